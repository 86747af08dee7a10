#pragma once
// The application window: menus, the dashboard area and the status bar.
// It only wires parts together; each part is its own class.

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace es::ui {

class WorkspaceController;
struct WorkspaceInfo;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceController *workspace() const { return m_workspace; }
    void openWorkspace(const QString &path);

signals:
    // Emitted once the workspace is open and the window has painted it.
    void workspaceReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void onWorkspaceOpened(const WorkspaceInfo &info);
    void onWorkspaceFailed(const QString &path, const QString &message);
    void updateTitle();
    void showAbout();

    WorkspaceController *m_workspace;
    QStackedWidget *m_central;
    QLabel *m_emptyState;
    QLabel *m_statusWorkspace;
    QLabel *m_statusState;
};

} // namespace es::ui
