#include "mainwindow/mainwindow.h"

#include "alerts/alertactions.h"
#include "alerts/alertscontroller.h"
#include "core/version.h"
#include "core/workerthread.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardsidebar.h"
#include "dashboard/dashboardview.h"
#include "events/eventbrowser.h"
#include "events/eventbrowseractions.h"
#include "mainwindow/workspaceactions.h"
#include "mainwindow/workspacecontroller.h"
#include "reports/reportactions.h"
#include "settings/appearance.h"
#include "settings/preferences.h"
#include "settings/settingsactions.h"
#include "sources/demokafka.h"
#include "sources/sourceactions.h"
#include "sources/sourcecontroller.h"
#include "sources/sourcespanel.h"
#include "sources/sourcestatus.h"
#include "store/workspacedb.h"
#include "workbench/apiserverdialog.h"
#include "workbench/sqlconsole.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>

namespace es::ui {

namespace {
bool isDemoWorkspace(const QString &path)
{
    return !path.isEmpty() &&
           QFileInfo(path).absoluteFilePath() == QFileInfo(WorkspaceDb::demoPath()).absoluteFilePath();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new WorkspaceController(this)), m_central(new QStackedWidget(this)),
      m_emptyState(new QLabel(this)), m_splitter(new QSplitter(this)), m_sidebar(new DashboardSidebar(this)),
      m_page(new DashboardPage(this)), m_statusWorkspace(new QLabel(this)), m_statusState(new QLabel(this)),
      m_statusData(new QLabel(this)), m_sources(new SourceController(this)),
      m_sourceActions(new SourceActions(m_sources, this)), m_sourceStatus(new SourceStatus(m_sources, this)),
      m_commitRefresh(new QTimer(this)), m_reportActions(new ReportActions(this, m_workspace, m_page, [this] {
          for (const DashboardSpec &d : m_dashboards) {
              if (d.id == m_currentId)
                  return d;
          }
          return m_dashboards.empty() ? DashboardSpec() : m_dashboards.front();
      }))
{
    // Imports and consumers share the cores with this window: their bulk
    // threads run at a lower priority, so that the GUI thread stays responsive.
    workerthread::setBackgroundNice(10);
    setObjectName(QStringLiteral("MainWindow"));
    m_demoKafka = new DemoKafka(m_sources, this);
    connect(m_demoKafka, &DemoKafka::failed, this, [this](const QString &error) {
        m_statusState->setText(
            tr("The live demo could not start: %1 The demo workspace itself works as before.").arg(error));
    });
    m_workspaceActions = new WorkspaceActions(this);
    connect(m_workspaceActions, &WorkspaceActions::openRequested, this, &MainWindow::openWorkspace);
    connect(m_workspaceActions, &WorkspaceActions::statusMessage, m_statusState, &QLabel::setText);
    setWindowIcon(QIcon(QStringLiteral(":/icons/eventscope.svg")));
    resize(1400, 900);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAccessibleName(tr("Dashboard area"));
    m_emptyState->setText(tr("Opening the workspace…"));
    m_central->addWidget(m_emptyState);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 1220});
    m_splitter->setChildrenCollapsible(false);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);

    m_statusWorkspace->setObjectName(QStringLiteral("statusWorkspace"));
    m_statusState->setObjectName(QStringLiteral("statusState"));
    m_statusData->setObjectName(QStringLiteral("statusData"));
    statusBar()->addWidget(m_statusState, 1);
    statusBar()->addPermanentWidget(m_sourceStatus);
    statusBar()->addPermanentWidget(m_statusData);
    setAcceptDrops(true);

    // New data: the dashboard refreshes at most once a second while batches commit.
    m_commitRefresh->setSingleShot(true);
    m_commitRefresh->setInterval(1000);
    connect(m_commitRefresh, &QTimer::timeout, m_page, &DashboardPage::refresh);
    connect(m_sources, &SourceController::committed, this, [this] {
        if (!m_commitRefresh->isActive())
            m_commitRefresh->start();
    });
    connect(m_sourceStatus, &SourceStatus::message, m_statusState, &QLabel::setText);
    connect(m_reportActions, &ReportActions::statusMessage, m_statusState, &QLabel::setText);
    statusBar()->addPermanentWidget(m_statusWorkspace);

    m_alertActions = new AlertActions(this);
    connect(m_sources, &SourceController::committed, m_alertActions->controller(),
            &AlertsController::dataCommitted);
    connect(m_alertActions, &AlertActions::statusMessage, m_statusState, &QLabel::setText);
    m_sourcesPanel = new SourcesPanel(
        m_sources, m_sourceActions,
        [this](std::function<void()> ready) { releaseWorkspace(std::move(ready)); },
        [this] {
            if (!m_releasedPath.isEmpty())
                openWorkspace(std::exchange(m_releasedPath, QString()));
        },
        this);
    connect(m_sourcesPanel, &SourcesPanel::message, m_statusState, &QLabel::setText);
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sourcesPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    m_sourcesDock->hide();
    createActions();

    connect(m_workspace, &WorkspaceController::opening, this, [this](const QString &path) {
        m_statusState->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_workspace, &WorkspaceController::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_workspace, &WorkspaceController::failed, this, &MainWindow::onWorkspaceFailed);
    connect(m_workspace, &WorkspaceController::saveFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Not saved"), message); });
    connect(m_sidebar, &DashboardSidebar::currentChanged, this, &MainWindow::showDashboard);
    connect(m_sidebar, &DashboardSidebar::addRequested, this, &MainWindow::addDashboard);
    connect(m_sidebar, &DashboardSidebar::renameRequested, this, &MainWindow::renameDashboard);
    connect(m_sidebar, &DashboardSidebar::removeRequested, this, &MainWindow::removeDashboard);
    connect(m_sidebar, &DashboardSidebar::restoreDefaultsRequested, this, &MainWindow::restoreDefaults);
    connect(m_page, &DashboardPage::dashboardEdited, this, [this](const DashboardSpec &spec) {
        auto all = m_dashboards;
        for (DashboardSpec &d : all)
            if (d.id == spec.id)
                d = spec;
        setDashboards(std::move(all), true);
    });
    connect(m_page, &DashboardPage::statusMessage, m_statusState, &QLabel::setText);
    connect(m_page, &DashboardPage::refreshed, this, [this] {
        const auto &s = m_page->state();
        const QTimeZone zone(s.timeZone.isEmpty() ? QByteArray("UTC") : s.timeZone);
        m_statusData->setText(tr("Time zone %1").arg(QString::fromLatin1(zone.id())));
        if (m_announceReady) {
            m_announceReady = false;
            emit workspaceReady();
        }
    });

    restoreGeometry(prefs::windowGeometry.get());
    restoreState(prefs::windowState.get());
    m_splitter->restoreState(prefs::splitterState.get());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_workspaceActions->newAction());
    file->addAction(m_workspaceActions->openAction());
    file->addMenu(m_workspaceActions->recentMenu());
    file->addAction(m_workspaceActions->demoAction());
    file->addSeparator();
    file->addAction(m_sourceActions->importAction());
    file->addMenu(m_sourceActions->recentMenu());
    file->addAction(m_sourceActions->kafkaAction());
    file->addAction(m_sourceActions->stopKafkaAction());
    file->addSeparator();
    file->addAction(m_reportActions->exportReportAction());
    file->addAction(m_reportActions->exportDashboardAction());
    file->addAction(m_reportActions->scheduledReportsAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_settingsActions = new SettingsActions(this);
    menuBar()->addMenu(tr("&Edit"))->addAction(m_settingsActions->settingsAction());
    connect(m_settingsActions, &SettingsActions::rebuildRequested, this, [this] {
        m_sourcesPanel->openRebuild(RebuildOptions(),
                                    tr("The stored numbers are counted again from the sources with the new "
                                       "settings: the files are read again and the stored Kafka records "
                                       "replayed."));
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_page->refreshAction());
    view->addAction(m_page->liveAction());
    view->addSeparator();
    view->addAction(m_page->backAction());
    view->addAction(m_page->forwardAction());
    QMenu *ranges = view->addMenu(tr("Time &Range"));
    ranges->addActions(m_page->rangeActions());
    view->addSeparator();
    m_sqlAction = view->addAction(tr("S&QL Console"), this, &MainWindow::showSqlConsole);
    m_sqlAction->setObjectName(QStringLiteral("sqlConsoleAction"));
    m_sqlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_sqlAction->setStatusTip(tr("Ask the workspace anything in read-only SQL"));
    m_sqlAction->setEnabled(false);
    QAction *sourcesAction = m_sourcesDock->toggleViewAction();
    sourcesAction->setText(tr("&Sources"));
    sourcesAction->setObjectName(QStringLiteral("sourcesAction"));
    sourcesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    sourcesAction->setStatusTip(tr("Files and Kafka topics of the workspace, with their state"));
    view->addAction(sourcesAction);
    m_eventBrowserActions = new EventBrowserActions(this);
    view->addAction(m_eventBrowserActions->action());
    m_apiAction = view->addAction(tr("Local &API Server…"), this, &MainWindow::showApiServer);
    m_apiAction->setObjectName(QStringLiteral("apiServerAction"));
    m_apiAction->setStatusTip(tr("Let scripts read the workspace over HTTP on this machine"));
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *schemes = new QActionGroup(this);
    const std::pair<Appearance, QString> choices[] = {{Appearance::System, tr("&System Colours")},
                                                      {Appearance::Light, tr("&Light")},
                                                      {Appearance::Dark, tr("&Dark")}};
    const Appearance current = appearanceFromName(prefs::appearance.get());
    for (const auto &[a, label] : choices) {
        QAction *act = appearance->addAction(label);
        act->setCheckable(true);
        act->setChecked(a == current);
        act->setData(appearanceName(a));
        schemes->addAction(act);
        connect(act, &QAction::triggered, this, [a = a] {
            prefs::appearance.set(appearanceName(a));
            applyAppearance(a);
        });
    }
    // Edit → Settings… can change it too.
    connect(appearance, &QMenu::aboutToShow, schemes, [schemes] {
        for (QAction *act : schemes->actions())
            act->setChecked(act->data().toString() == prefs::appearance.get());
    });
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    QMenu *dashboard = menuBar()->addMenu(tr("&Dashboard"));
    QAction *addWidget = dashboard->addAction(tr("&Add Widget…"), m_page->view(), &DashboardView::addWidget);
    addWidget->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    dashboard->addAction(tr("&New Dashboard…"), this, &MainWindow::addDashboard);
    dashboard->addSeparator();
    dashboard->addAction(tr("&Restore Default Dashboards"), this, &MainWindow::restoreDefaults);

    menuBar()->addMenu(m_alertActions->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Eventscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openWorkspace(const QString &path)
{
    m_workspace->open(path);
}

void MainWindow::setLiveDemo(bool on, int eventsPerSecond)
{
    m_liveDemo = on;
    m_demoKafka->setRate(eventsPerSecond);
    const QString path = m_sources->workspace();
    if (on && isDemoWorkspace(path))
        m_demoKafka->start(path);
}

void MainWindow::onWorkspaceOpened(const WorkspaceInfo &info)
{
    prefs::lastWorkspace.set(info.path);
    m_workspaceActions->noteOpened(info.path);
    m_sqlAction->setEnabled(true);
    if (m_sqlConsole)
        m_sqlConsole->setWorkspace(info.path);
    if (m_apiServer)
        m_apiServer->setWorkspace(info.path);
    m_sources->setWorkspace(info.path);
    if (m_liveDemo && isDemoWorkspace(info.path))
        m_demoKafka->start(info.path);
    m_sourcesPanel->setWorkspace(info.path);
    m_reportActions->setWorkspace(info);
    m_alertActions->setWorkspace(info);
    m_statusWorkspace->setText(QFileInfo(info.path).fileName());
    m_statusWorkspace->setToolTip(QDir::toNativeSeparators(info.path));
    m_statusState->setText(tr("Ready"));
    QString error;
    std::vector<DashboardSpec> stored = info.dashboards.isEmpty()
                                            ? std::vector<DashboardSpec>()
                                            : Dashboards::deserialize(info.dashboards, &error);
    if (!error.isEmpty())
        m_statusState->setText(error);
    if (stored.empty())
        stored = Dashboards::defaults(info.paramKeys);
    m_page->setWorkspace(info);
    m_central->setCurrentWidget(m_splitter);
    m_announceReady = true;
    const QString last = m_startDashboard.isEmpty() ? prefs::lastDashboard.get() : m_startDashboard;
    if (m_startRange)
        m_page->setStartRange(*m_startRange);
    m_currentId.clear();
    setDashboards(std::move(stored), false);
    // A dashboard named with --dashboard is for this start only: the next
    // start opens the one last chosen in the window again.
    const QString remembered = prefs::lastDashboard.get();
    showDashboard(std::any_of(m_dashboards.begin(), m_dashboards.end(),
                              [&last](const DashboardSpec &d) { return d.id == last; })
                      ? last
                      : m_dashboards.front().id);
    if (!m_startDashboard.isEmpty())
        prefs::lastDashboard.set(remembered);
    m_startDashboard.clear();
    updateTitle();
}

void MainWindow::setStartView(const QString &dashboardId, const std::optional<RangeSpec> &range)
{
    m_startDashboard = dashboardId;
    m_startRange = range;
}

void MainWindow::showApiServer()
{
    if (!m_apiServer) {
        m_apiServer = new ApiServerDialog(this);
        connect(m_apiServer, &ApiServerDialog::addressChanged, this, [this](const QString &address) {
            m_statusState->setText(address.isEmpty() ? tr("The local API server stopped.")
                                                     : tr("Local API at %1/api/v1/").arg(address));
        });
    }
    m_apiServer->setWorkspace(m_workspace->currentPath());
    m_apiServer->show();
    m_apiServer->raise();
    m_apiServer->activateWindow();
}

void MainWindow::showSqlConsole()
{
    if (!m_sqlConsole)
        m_sqlConsole = new SqlConsole(this);
    m_sqlConsole->setWorkspace(m_workspace->currentPath());
    m_sqlConsole->show();
    m_sqlConsole->raise();
    m_sqlConsole->activateWindow();
}

void MainWindow::releaseWorkspace(std::function<void()> ready)
{
    m_releasedPath = m_workspace->currentPath();
    m_sqlAction->setEnabled(false);
    if (m_sqlConsole)
        m_sqlConsole->setWorkspace(QString());
    if (m_apiServer)
        m_apiServer->setWorkspace(QString());
    m_page->setWorkspace(WorkspaceInfo());
    m_alertActions->setWorkspace(WorkspaceInfo());
    m_reportActions->setWorkspace(WorkspaceInfo());
    m_sourcesPanel->setWorkspace(QString());
    if (EventBrowser *events = m_eventBrowserActions->browser())
        events->setWorkspace(QString());
    // Ready once the pending saves are written and the imports and consumers
    // have stopped, whichever comes last; nothing here waits.
    auto waiting = std::make_shared<int>(2);
    auto done = [waiting, ready = std::move(ready)] {
        if (--*waiting == 0)
            ready();
    };
    m_workspace->close(done);
    m_central->setCurrentWidget(m_emptyState);
    m_emptyState->setText(
        tr("<h2>Rebuilding the workspace…</h2><p>It opens again when the rebuild ends.</p>"));
    m_statusState->setText(tr("Rebuilding the workspace…"));
    m_sources->setWorkspace(QString());
    if (!m_sources->isBusy()) {
        QTimer::singleShot(0, this, done);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sources, &SourceController::stopped, this, [connection, done] {
        QObject::disconnect(*connection);
        done();
    });
}

void MainWindow::onWorkspaceFailed(const QString &path, const QString &message)
{
    m_sqlAction->setEnabled(false);
    if (m_sqlConsole)
        m_sqlConsole->setWorkspace(QString());
    if (m_apiServer)
        m_apiServer->setWorkspace(QString());
    m_page->setWorkspace(WorkspaceInfo());
    m_alertActions->setWorkspace(WorkspaceInfo());
    m_reportActions->setWorkspace(WorkspaceInfo());
    m_central->setCurrentWidget(m_emptyState);
    m_statusState->setText(tr("Could not open %1").arg(QFileInfo(path).fileName()));
    m_emptyState->setText(
        tr("<h2>The workspace could not be opened</h2><p>%1</p>").arg(message.toHtmlEscaped()));
    QMessageBox box(QMessageBox::Warning, tr("Cannot open workspace"), message, QMessageBox::Ok, this);
    box.setWindowModality(Qt::WindowModal);
    box.open();
}

void MainWindow::setDashboards(std::vector<DashboardSpec> all, bool save)
{
    m_dashboards = std::move(all);
    m_sidebar->setDashboards(m_dashboards, m_currentId);
    if (save)
        m_workspace->saveDashboards(Dashboards::serialize(m_dashboards));
}

void MainWindow::showDashboard(const QString &id)
{
    for (const DashboardSpec &d : m_dashboards) {
        if (d.id != id)
            continue;
        if (m_currentId != id) {
            m_currentId = id;
            prefs::lastDashboard.set(id);
            m_sidebar->setDashboards(m_dashboards, id);
        }
        m_page->setDashboard(d);
        return;
    }
}

void MainWindow::addDashboard()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New dashboard"), tr("Name:"), QLineEdit::Normal,
                                                tr("My dashboard"), &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    DashboardSpec d;
    d.id = QStringLiteral("custom-%1").arg(QDateTime::currentMSecsSinceEpoch());
    d.title = title;
    WidgetSpec kpi;
    kpi.kind = WidgetKind::Kpi;
    kpi.metrics = {MetricId::Visitors};
    WidgetSpec line;
    line.kind = WidgetKind::Line;
    line.metrics = {MetricId::PageViews};
    line.columnSpan = 3;
    d.widgets = {kpi, line};
    auto all = m_dashboards;
    all.push_back(d);
    setDashboards(std::move(all), true);
    showDashboard(d.id);
}

void MainWindow::renameDashboard(const QString &id)
{
    auto all = m_dashboards;
    for (DashboardSpec &d : all) {
        if (d.id != id)
            continue;
        bool ok = false;
        const QString title =
            QInputDialog::getText(this, tr("Rename dashboard"), tr("Name:"), QLineEdit::Normal, d.title, &ok)
                .trimmed();
        if (!ok || title.isEmpty())
            return;
        d.title = title;
    }
    setDashboards(std::move(all), true);
}

void MainWindow::removeDashboard(const QString &id)
{
    if (m_dashboards.size() <= 1)
        return;
    if (QMessageBox::question(
            this, tr("Remove dashboard"),
            tr("Remove this dashboard? “Restore Default Dashboards” brings the shipped ones back.")) !=
        QMessageBox::Yes)
        return;
    auto all = m_dashboards;
    all.erase(std::remove_if(all.begin(), all.end(), [&id](const DashboardSpec &d) { return d.id == id; }),
              all.end());
    setDashboards(std::move(all), true);
    if (id == m_currentId)
        showDashboard(m_dashboards.front().id);
}

void MainWindow::restoreDefaults()
{
    if (QMessageBox::question(
            this, tr("Restore default dashboards"),
            tr("Replace all dashboards with the shipped ones? Your changes to them are lost.")) !=
        QMessageBox::Yes)
        return;
    setDashboards(Dashboards::defaults(m_page->state().paramKeys), true);
    const QString id = m_currentId;
    m_currentId.clear();
    const bool kept = std::any_of(m_dashboards.begin(), m_dashboards.end(),
                                  [&id](const DashboardSpec &d) { return d.id == id; });
    showDashboard(kept ? id : m_dashboards.front().id);
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace->currentPath();
    setWindowTitle(path.isEmpty() ? QStringLiteral("Eventscope")
                                  : tr("%1 — Eventscope").arg(QFileInfo(path).completeBaseName()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Eventscope"),
                       tr("<h3>Eventscope %1</h3><p>Desktop analytics for web access logs, JSON event logs "
                          "and Kafka topics.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sources->isBusy()) {
        // What was read is committed first, which can take a few seconds
        // (a consumer leaves its group): the window stays responsive and
        // closes when the inputs have stopped.
        event->ignore();
        if (!m_closing) {
            m_closing = true;
            centralWidget()->setEnabled(false);
            menuBar()->setEnabled(false);
            m_statusState->setText(tr("Stopping imports and consumers; what they read is being saved…"));
            connect(m_sources, &SourceController::stopped, this, &QWidget::close, Qt::SingleShotConnection);
            m_sources->stopAllInBackground();
        }
        return;
    }
    prefs::windowGeometry.set(saveGeometry());
    prefs::windowState.set(saveState());
    prefs::splitterState.set(m_splitter->saveState());
    m_reportActions->shutdown(); // a scheduled report being written is stopped
    m_workspace->waitForSaves();
    m_sources->stopAll(); // nothing runs any more; this returns at once
    m_alertActions->shutdown();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_workspace->isOpen())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        m_sourceActions->openImportDialog(files);
        event->acceptProposedAction();
    }
}

} // namespace es::ui
