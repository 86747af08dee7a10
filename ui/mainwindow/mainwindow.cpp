#include "mainwindow/mainwindow.h"

#include "core/version.h"
#include "mainwindow/workspacecontroller.h"
#include "settings/preferences.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace es::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new WorkspaceController(this)), m_central(new QStackedWidget(this)),
      m_emptyState(new QLabel(this)), m_statusWorkspace(new QLabel(this)), m_statusState(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/eventscope.svg")));
    resize(1280, 800);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAccessibleName(tr("Dashboard area"));
    m_emptyState->setText(tr("Opening the workspace…"));
    m_central->addWidget(m_emptyState);
    setCentralWidget(m_central);

    m_statusWorkspace->setObjectName(QStringLiteral("statusWorkspace"));
    m_statusState->setObjectName(QStringLiteral("statusState"));
    statusBar()->addWidget(m_statusState, 1);
    statusBar()->addPermanentWidget(m_statusWorkspace);

    createActions();

    connect(m_workspace, &WorkspaceController::opening, this, [this](const QString &path) {
        m_statusState->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_workspace, &WorkspaceController::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_workspace, &WorkspaceController::failed, this, &MainWindow::onWorkspaceFailed);

    restoreGeometry(prefs::windowGeometry.get());
    restoreState(prefs::windowState.get());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

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

void MainWindow::onWorkspaceOpened(const WorkspaceInfo &info)
{
    prefs::lastWorkspace.set(info.path);
    m_statusWorkspace->setText(QFileInfo(info.path).fileName());
    m_statusWorkspace->setToolTip(QDir::toNativeSeparators(info.path));
    m_statusState->setText(tr("Ready"));
    m_emptyState->setText(tr("<h2>%1</h2><p>The workspace is open. Dashboards of its traffic and events "
                             "will appear here.</p>")
                              .arg(QFileInfo(info.path).completeBaseName().toHtmlEscaped()));
    updateTitle();
    // Let the new state paint before announcing readiness (used by --screenshot).
    QTimer::singleShot(0, this, &MainWindow::workspaceReady);
}

void MainWindow::onWorkspaceFailed(const QString &path, const QString &message)
{
    m_statusState->setText(tr("Could not open %1").arg(QFileInfo(path).fileName()));
    m_emptyState->setText(tr("<h2>The workspace could not be opened</h2><p>%1</p>").arg(message.toHtmlEscaped()));
    QMessageBox box(QMessageBox::Warning, tr("Cannot open workspace"), message, QMessageBox::Ok, this);
    box.setWindowModality(Qt::WindowModal);
    box.open();
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
    prefs::windowGeometry.set(saveGeometry());
    prefs::windowState.set(saveState());
    event->accept();
}

} // namespace es::ui
