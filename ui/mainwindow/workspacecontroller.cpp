#include "mainwindow/workspacecontroller.h"

#include "demo/demoworkspace.h"
#include "query/queryservice.h"
#include "reports/reportschedule.h"
#include "reports/reporttemplate.h"
#include "store/sqlite.h"
#include "store/workspacedb.h"

#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace es::ui {

namespace {
const QString kDashboardsKey = QStringLiteral("dashboards");
}

WorkspaceController::WorkspaceController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<WorkspaceInfo>::finished, this, [this] {
        if (m_queuedPath) {
            // Superseded while it ran: the workspace asked for since opens now.
            const QString path = *m_queuedPath;
            m_queuedPath.reset();
            startOpen(path);
            return;
        }
        if (m_watcher.future().resultCount() == 0) // emptied by close()
            return;
        const WorkspaceInfo info = m_watcher.result();
        if (info.ok) {
            m_current = info;
            emit opened(info);
            // The dashboards query while the whole file is checked; a damaged
            // file closes the workspace with the reason.
            const QString path = info.path;
            m_checkWatcher.setFuture(
                QtConcurrent::run([path] { return std::pair(path, WorkspaceDb::checkIntegrity(path)); }));
        } else {
            emit failed(info.path, info.error);
        }
    });
    connect(&m_checkWatcher, &QFutureWatcher<std::pair<QString, QString>>::finished, this, [this] {
        if (m_checkWatcher.future().resultCount() == 0)
            return;
        const auto [checked, error] = m_checkWatcher.result();
        // A check of a workspace closed meanwhile says nothing about the open one.
        if (error.isEmpty() || !m_current.ok || checked != m_current.path)
            return;
        const QString path = m_current.path;
        m_current = WorkspaceInfo();
        emit failed(path, error);
    });
    connect(&m_saveWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_saveWatcher.result();
        if (!error.isEmpty())
            emit saveFailed(error);
    });
}

WorkspaceController::~WorkspaceController()
{
    // The jobs hold no pointer to this object, so waiting is only about not
    // leaving a thread writing to the file while the process exits.
    m_watcher.waitForFinished();
    m_checkWatcher.waitForFinished();
    waitForSaves();
}

void WorkspaceController::open(const QString &path)
{
    // Nothing here waits: an open still running finishes first (its result
    // is dropped); a running integrity check and pending saves go on beside
    // the new open (SQLite serialises their writes).
    if (m_watcher.isRunning()) {
        m_queuedPath = path;
        return;
    }
    startOpen(path);
}

void WorkspaceController::startOpen(const QString &path)
{
    const bool demo =
        QFileInfo(path).absoluteFilePath() == QFileInfo(WorkspaceDb::demoPath()).absoluteFilePath();
    emit opening(demo ? tr("the demo workspace (the first start generates four weeks of traffic)") : path);
    // Created here so the service and its thread pool belong to the GUI thread.
    auto service = std::make_shared<QueryService>();
    m_watcher.setFuture(QtConcurrent::run([path, demo, service] {
        WorkspaceInfo info;
        info.path = path;
        if (demo) {
            const demo::DemoBuildResult built = demo::ensureDemoWorkspace(path);
            if (!built.ok) {
                info.error = built.errorString;
                return info;
            }
        }
        {
            WorkspaceDb db;
            info.ok = db.open(path, WorkspaceDb::Access::ReadWrite, WorkspaceDb::Check::Deferred);
            info.error = db.errorString();
            info.schemaVersion = db.schemaVersion();
            info.path = db.path();
            if (!info.ok)
                return info;
            info.dashboards = db.meta(kDashboardsKey).toUtf8();
            info.reportTemplates = db.meta(QLatin1String(kReportTemplatesMetaKey)).toUtf8();
            info.reportSchedules = db.meta(QLatin1String(kReportSchedulesMetaKey)).toUtf8();
            info.weekStart =
                std::clamp(db.meta(QStringLiteral("week_start"), QStringLiteral("1")).toInt(), 1, 7);
        }
        if (!service->open(info.path)) {
            info.ok = false;
            info.error = service->errorString();
            return info;
        }
        info.service = service;
        info.timeZone = service->workspaceTimeZone();
        info.paramKeys = service->paramKeys();
        const std::int64_t oldest = service->oldestDataSecs();
        const std::int64_t newest = service->newestEventSecs();
        if (oldest != INT64_MIN && newest != INT64_MIN)
            info.extent = DataExtent{oldest, newest};
        return info;
    }));
}

void WorkspaceController::saveDashboards(const QByteArray &json)
{
    saveMeta(kDashboardsKey, json, tr("The dashboards could not be saved: %1"));
}

void WorkspaceController::saveReportTemplates(const QByteArray &json)
{
    saveMeta(QLatin1String(kReportTemplatesMetaKey), json, tr("The report templates could not be saved: %1"));
}

void WorkspaceController::saveReportSchedules(const QByteArray &json)
{
    saveMeta(QLatin1String(kReportSchedulesMetaKey), json,
             tr("The scheduled reports could not be saved: %1"));
}

void WorkspaceController::saveMeta(const QString &key, const QByteArray &json, const QString &failure)
{
    if (!m_current.ok)
        return;
    const QString path = m_current.path;
    QFuture<QString> previous = m_save;
    m_save = QtConcurrent::run([path, key, json, previous, failure]() mutable {
        previous.waitForFinished();
        sql::Connection c;
        if (!c.open(path, sql::Connection::Mode::ReadWrite))
            return failure.arg(c.errorString());
        auto st = c.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        const QByteArray k = key.toUtf8();
        st.bind(1, std::string_view(k.constData(), size_t(k.size())));
        st.bind(2, std::string_view(json.constData(), size_t(json.size())));
        if (!st.exec())
            return failure.arg(st.errorString()) + QLatin1Char(' ') +
                   tr("Check that the workspace file is writable.");
        return QString();
    });
    m_saveWatcher.setFuture(m_save);
}

void WorkspaceController::waitForSaves()
{
    m_save.waitForFinished();
}

void WorkspaceController::close(std::function<void()> released)
{
    m_current = WorkspaceInfo();
    m_queuedPath.reset();
    // The finished open keeps its result, and with it the query service; an
    // open still running is left to finish unwatched.
    m_watcher.setFuture(QFuture<WorkspaceInfo>());
    if (m_save.isFinished()) {
        QTimer::singleShot(0, this, std::move(released));
        return;
    }
    m_save.then(this, [released = std::move(released)](const QString &) { released(); });
}

} // namespace es::ui
