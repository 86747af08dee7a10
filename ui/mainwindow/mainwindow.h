#pragma once
// The application window: menus, the dashboard sidebar, the dashboard page
// and the status bar. It only wires parts together; each part is its own
// class.

#include "dashboard/dashboardspec.h"
#include "query/rangespec.h"

#include <QMainWindow>
#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace es::ui {

class AlertActions;
class EventBrowserActions;
class WorkspaceActions;
class SqlConsole;
class ApiServerDialog;
class DashboardPage;
class DemoKafka;
class DashboardSidebar;
class ReportActions;
class SettingsActions;
class SourceActions;
class SourceController;
class SourceStatus;
class SourcesPanel;
class WorkspaceController;
struct WorkspaceInfo;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceController *workspace() const { return m_workspace; }
    DashboardPage *dashboardPage() const { return m_page; }
    DashboardSidebar *sidebar() const { return m_sidebar; }
    SourceController *sources() const { return m_sources; }
    SourceActions *sourceActions() const { return m_sourceActions; }
    SourceStatus *sourceStatus() const { return m_sourceStatus; }
    ReportActions *reportActions() const { return m_reportActions; }
    AlertActions *alertActions() const { return m_alertActions; }
    WorkspaceActions *workspaceActions() const { return m_workspaceActions; }
    EventBrowserActions *eventBrowserActions() const { return m_eventBrowserActions; }
    SettingsActions *settingsActions() const { return m_settingsActions; }
    QAction *sqlConsoleAction() const { return m_sqlAction; }
    SqlConsole *sqlConsole() const { return m_sqlConsole; }
    void showSqlConsole();
    ApiServerDialog *apiServer() const { return m_apiServer; }
    QAction *apiServerAction() const { return m_apiAction; }
    void showApiServer();
    SourcesPanel *sourcesPanel() const { return m_sourcesPanel; }
    QDockWidget *sourcesDock() const { return m_sourcesDock; }
    // Closes the workspace everywhere (dashboards, alerts, inputs, consoles)
    // and calls `ready` once nothing has it open, for a rebuild; open it
    // again with openWorkspace().
    void releaseWorkspace(std::function<void()> ready);
    const std::vector<DashboardSpec> &dashboards() const { return m_dashboards; }
    void openWorkspace(const QString &path);
    void showDashboard(const QString &id);
    // What the first dashboard shows, instead of the last one and its range
    // (command-line --dashboard and --range; not stored).
    void setStartView(const QString &dashboardId, const std::optional<RangeSpec> &range);
    // Whenever the demo workspace is open, an embedded Kafka cluster feeds it
    // live events (`eventscope demo`, --demo): about `eventsPerSecond` of them.
    void setLiveDemo(bool on, int eventsPerSecond = 20);
    DemoKafka *demoKafka() const { return m_demoKafka; }

signals:
    // Emitted once the workspace is open and every widget of the first
    // dashboard has shown its data.
    void workspaceReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void onWorkspaceOpened(const WorkspaceInfo &info);
    void onWorkspaceFailed(const QString &path, const QString &message);
    void setDashboards(std::vector<DashboardSpec> all, bool save);
    void addDashboard();
    void renameDashboard(const QString &id);
    void removeDashboard(const QString &id);
    void restoreDefaults();
    void updateTitle();
    void showAbout();

    WorkspaceController *m_workspace;
    QStackedWidget *m_central;
    QLabel *m_emptyState;
    QSplitter *m_splitter;
    DashboardSidebar *m_sidebar;
    DashboardPage *m_page;
    QLabel *m_statusWorkspace;
    QLabel *m_statusState;
    QLabel *m_statusData;
    SourceController *m_sources;
    SourceActions *m_sourceActions;
    SourceStatus *m_sourceStatus;
    QTimer *m_commitRefresh;
    ReportActions *m_reportActions;
    AlertActions *m_alertActions = nullptr;
    WorkspaceActions *m_workspaceActions = nullptr;
    EventBrowserActions *m_eventBrowserActions = nullptr;
    SettingsActions *m_settingsActions = nullptr;
    QAction *m_sqlAction = nullptr;
    SqlConsole *m_sqlConsole = nullptr; // made when first shown
    QAction *m_apiAction = nullptr;
    ApiServerDialog *m_apiServer = nullptr; // made when first shown
    QDockWidget *m_sourcesDock = nullptr;
    SourcesPanel *m_sourcesPanel = nullptr;
    QString m_releasedPath; // closed for a rebuild, opened again after
    std::vector<DashboardSpec> m_dashboards;
    QString m_currentId;
    bool m_announceReady = false;
    // Closing waits, without blocking, for imports and consumers to commit
    // their last batch.
    bool m_closing = false;
    QString m_startDashboard;
    std::optional<RangeSpec> m_startRange;
    // Made after m_sources, so that its cluster outlives the consumers.
    DemoKafka *m_demoKafka = nullptr;
    bool m_liveDemo = false;
};

} // namespace es::ui
