#include "mainwindow/workspaceactions.h"

#include "settings/preferences.h"
#include "store/workspacedb.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace es::ui {

namespace {

const QString kSuffix = QStringLiteral(".eventscope");

QString filter()
{
    return WorkspaceActions::tr("Eventscope workspaces (*.eventscope);;All files (*)");
}

QString startFolder()
{
    const QString last = prefs::lastWorkspace.get();
    if (!last.isEmpty() &&
        QFileInfo(last).absoluteFilePath() != QFileInfo(WorkspaceDb::demoPath()).absoluteFilePath())
        return QFileInfo(last).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString chooseFile(bool create, QWidget *parent)
{
    if (create) {
        // An existing file is opened rather than replaced, so the dialog
        // does not ask about overwriting.
        return QFileDialog::getSaveFileName(
            parent, WorkspaceActions::tr("New Workspace"),
            QDir(startFolder()).filePath(WorkspaceActions::tr("logs") + kSuffix), filter(), nullptr,
            QFileDialog::DontConfirmOverwrite);
    }
    return QFileDialog::getOpenFileName(parent, WorkspaceActions::tr("Open Workspace"), startFolder(),
                                        filter());
}

} // namespace

WorkspaceActions::WorkspaceActions(QWidget *window)
    : QObject(window), m_window(window), m_new(new QAction(tr("&New Workspace…"), this)),
      m_open(new QAction(tr("&Open Workspace…"), this)),
      m_demo(new QAction(tr("Open &Demo Workspace"), this)), m_recent(new QMenu(tr("Open &Recent"), window)),
      m_chooser(chooseFile)
{
    m_new->setObjectName(QStringLiteral("newWorkspaceAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Create an empty workspace file to import logs into"));
    m_open->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a workspace (.eventscope file)"));
    m_demo->setObjectName(QStringLiteral("demoWorkspaceAction"));
    m_demo->setStatusTip(tr("Four weeks of generated traffic to try everything on"));
    m_recent->setObjectName(QStringLiteral("recentWorkspacesMenu"));
    connect(m_new, &QAction::triggered, this, &WorkspaceActions::newWorkspace);
    connect(m_open, &QAction::triggered, this, &WorkspaceActions::openWorkspace);
    connect(m_demo, &QAction::triggered, this, [this] { emit openRequested(WorkspaceDb::demoPath()); });
    connect(m_recent, &QMenu::aboutToShow, this, &WorkspaceActions::fillRecent);
    fillRecent();
}

QStringList WorkspaceActions::recent()
{
    QStringList out;
    for (const QString &p : prefs::recentWorkspaces.get()) {
        if (QFileInfo::exists(p) && !out.contains(p))
            out << p;
    }
    return out;
}

void WorkspaceActions::noteOpened(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(WorkspaceDb::demoPath()).absoluteFilePath())
        return; // one click away in its own entry
    QStringList list = prefs::recentWorkspaces.get();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    prefs::recentWorkspaces.set(list);
    fillRecent();
}

void WorkspaceActions::fillRecent()
{
    m_recent->clear();
    const QStringList list = recent();
    int n = 0;
    for (const QString &path : list) {
        ++n;
        const QFileInfo info(path);
        // "&1 shop — /home/me/logs": the name first, the folder to tell
        // equal names apart.
        QAction *a = m_recent->addAction(
            tr("&%1 %2 — %3")
                .arg(n)
                .arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())));
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        m_recent->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recent->addSeparator();
    m_recent->addAction(tr("&Clear List"), this, [this] {
        prefs::recentWorkspaces.set({});
        fillRecent();
    });
}

void WorkspaceActions::newWorkspace()
{
    QString path = m_chooser(true, m_window);
    if (path.isEmpty())
        return;
    if (!path.endsWith(kSuffix, Qt::CaseInsensitive) && QFileInfo(path).suffix().isEmpty())
        path += kSuffix;
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        emit statusMessage(
            tr("Cannot create a workspace in %1: the folder is not writable. Choose another folder.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.exists())
        emit statusMessage(tr("%1 exists already and was opened, not replaced.").arg(info.fileName()));
    emit openRequested(info.absoluteFilePath());
}

void WorkspaceActions::warn(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Workspace"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("workspaceWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void WorkspaceActions::openWorkspace()
{
    const QString path = m_chooser(false, m_window);
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        warn(tr("%1 does not exist. It may have been moved or deleted.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openRequested(QFileInfo(path).absoluteFilePath());
}

} // namespace es::ui
