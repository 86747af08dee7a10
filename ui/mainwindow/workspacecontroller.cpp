#include "mainwindow/workspacecontroller.h"

#include "demo/demoworkspace.h"
#include "store/workspacedb.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace es::ui {

WorkspaceController::WorkspaceController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<WorkspaceInfo>::finished, this, [this] {
        const WorkspaceInfo info = m_watcher.result();
        if (info.ok) {
            m_current = info;
            emit opened(info);
        } else {
            emit failed(info.path, info.error);
        }
    });
}

WorkspaceController::~WorkspaceController()
{
    // The job holds no pointer to this object, so waiting is only about not
    // leaving a thread writing to the file while the process exits.
    m_watcher.waitForFinished();
}

void WorkspaceController::open(const QString &path)
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
    const bool demo =
        QFileInfo(path).absoluteFilePath() == QFileInfo(WorkspaceDb::demoPath()).absoluteFilePath();
    emit opening(demo ? tr("the demo workspace (the first start generates four weeks of traffic)") : path);
    m_watcher.setFuture(QtConcurrent::run([path, demo] {
        WorkspaceInfo info;
        info.path = path;
        if (demo) {
            const demo::DemoBuildResult built = demo::ensureDemoWorkspace(path);
            if (!built.ok) {
                info.error = built.errorString;
                return info;
            }
        }
        WorkspaceDb db;
        info.ok = db.open(path);
        info.error = db.errorString();
        info.schemaVersion = db.schemaVersion();
        info.path = db.path();
        return info;
    }));
}

} // namespace es::ui
