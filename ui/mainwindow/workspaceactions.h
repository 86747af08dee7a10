#pragma once
// The workspace entries of the File menu: New Workspace… (Ctrl+N), Open
// Workspace… (Ctrl+O), Open Recent with the last workspaces opened, and Open
// Demo Workspace. A workspace is one .eventscope file (SQLite); a new one is
// created when it is first opened.

#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace es::ui {

class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceActions(QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *demoAction() const { return m_demo; }
    QMenu *recentMenu() const { return m_recent; }

    // Remembers an opened workspace at the top of Open Recent.
    void noteOpened(const QString &path);
    // The recent workspaces that still exist, newest first.
    static QStringList recent();
    static constexpr int kMaxRecent = 8;

    // Asks for a file: to create one (New) or an existing one (Open); an
    // empty string when cancelled. By default the platform's file dialog;
    // tests replace it.
    using FileChooser = std::function<QString(bool create, QWidget *parent)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    void newWorkspace();
    void openWorkspace();

signals:
    void openRequested(const QString &path);
    void statusMessage(const QString &text);

private:
    void fillRecent();
    // A window-modal warning that does not block the event loop.
    void warn(const QString &text);

    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_demo;
    QMenu *m_recent;
    FileChooser m_chooser;
};

} // namespace es::ui
