#pragma once
// Opens a workspace off the GUI thread (the integrity check and migrations
// can take seconds on a large file) and reports the outcome by signal.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace es::ui {

struct WorkspaceInfo
{
    QString path;
    int schemaVersion = 0;
    bool ok = false;
    QString error;
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

signals:
    void opening(const QString &path);
    void opened(const es::ui::WorkspaceInfo &info);
    void failed(const QString &path, const QString &message);

private:
    QFutureWatcher<WorkspaceInfo> m_watcher;
    WorkspaceInfo m_current;
};

} // namespace es::ui
