#include "mainwindow/workspacecontroller.h"

#include "store/workspacedb.h"

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
    emit opening(path);
    m_watcher.setFuture(QtConcurrent::run([path] {
        WorkspaceInfo info;
        info.path = path;
        WorkspaceDb db;
        info.ok = db.open(path);
        info.error = db.errorString();
        info.schemaVersion = db.schemaVersion();
        info.path = db.path();
        return info;
    }));
}

} // namespace es::ui
