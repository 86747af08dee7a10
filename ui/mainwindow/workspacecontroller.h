#pragma once
// Opens a workspace off the GUI thread (the integrity check and migrations
// can take seconds on a large file), opens its QueryService and reads the
// stored dashboards, and reports the outcome by signal.

#include "query/rangespec.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace es {
class QueryService;
}

namespace es::ui {

struct WorkspaceInfo
{
    QString path;
    int schemaVersion = 0;
    bool ok = false;
    QString error;
    std::shared_ptr<QueryService> service;
    QByteArray timeZone;
    int weekStart = 1; // 1 = Monday ... 7 = Sunday (Settings → Time)
    QStringList paramKeys;
    DataExtent extent;
    QByteArray dashboards;      // stored JSON; empty for the defaults
    QByteArray reportTemplates; // the user's report templates, stored JSON
    QByteArray reportSchedules; // scheduled reports, stored JSON
};

class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceController(QObject *parent = nullptr);
    ~WorkspaceController() override;

    void open(const QString &path);
    QString currentPath() const { return m_current.path; }
    bool isOpen() const { return m_current.ok; }
    bool isBusy() const { return m_watcher.isRunning(); }
    std::shared_ptr<QueryService> service() const { return m_current.service; }

    // Stores the dashboards in the workspace, off the GUI thread; saves are
    // applied in order.
    void saveDashboards(const QByteArray &json);
    // The user's report templates (ReportTemplates::serialize), the same way.
    void saveReportTemplates(const QByteArray &json);
    // The scheduled reports (ReportSchedules::serialize), the same way.
    void saveReportSchedules(const QByteArray &json);
    // Waits for pending saves (when the application quits, so nothing is lost).
    void waitForSaves();
    // Lets go of the open workspace (its query service) at once; `released`
    // runs on this object's thread once the pending saves are written, so
    // the file can be rebuilt. open() again afterwards.
    void close(std::function<void()> released);

signals:
    void opening(const QString &path);
    void opened(const es::ui::WorkspaceInfo &info);
    void failed(const QString &path, const QString &message);
    void saveFailed(const QString &message);

private:
    void saveMeta(const QString &key, const QByteArray &json, const QString &failure);

    void startOpen(const QString &path);
    QFutureWatcher<WorkspaceInfo> m_watcher;
    // Asked for while another open ran: opened when that one ends (its result is dropped).
    std::optional<QString> m_queuedPath;
    WorkspaceInfo m_current;
    // The integrity check of a workspace: (path, problem).
    QFutureWatcher<std::pair<QString, QString>> m_checkWatcher;
    QFuture<QString> m_save;
    QFutureWatcher<QString> m_saveWatcher;
};

} // namespace es::ui
