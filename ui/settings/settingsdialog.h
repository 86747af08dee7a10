#pragma once
// Edit → Settings…: the application's settings (language, theme, Kafka, the
// local API) and those of the open workspace (time, visitors, classification,
// countries, data), one page each. Workspace settings are read and written
// off the GUI thread on a connection of their own; OK and Apply stay
// disabled, with the reason beside them, while any input is invalid.

#include "settings/settingspage.h"

#include <QDialog>
#include <QFutureWatcher>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace es::ui {

class ProblemFooter;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `workspacePath` is the open workspace, or "" when none is open (its
    // pages are then disabled).
    explicit SettingsDialog(const QString &workspacePath, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    const std::vector<SettingsPage *> &pages() const { return m_pages; }
    template<typename Page> Page *page() const
    {
        for (SettingsPage *p : m_pages) {
            if (auto *wanted = qobject_cast<Page *>(p))
                return wanted;
        }
        return nullptr;
    }
    void showPage(int index);
    int currentPage() const;
    // Whether the workspace settings are shown (false while they load, when
    // they failed to, and without a workspace).
    bool workspaceLoaded() const { return m_workspaceLoaded; }
    bool isSaving() const { return m_saveWatcher.isRunning(); }
    QStringList problems() const;

    ProblemFooter *footer() const { return m_footer; }
    QPushButton *okButton() const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *restoreDefaultsButton() const { return m_restore; }
    QLabel *noticeLabel() const { return m_notice; }

    // Loads the defaults into the current page.
    void restoreDefaults();
    // Stores what changed; closes the dialog afterwards when `close`.
    void save(bool close);

signals:
    // The workspace settings were read (or could not be: see noticeLabel()).
    void loaded();
    // A save ended: the keys of every setting that changed (workspace `meta`
    // keys and preference keys), or an error.
    void saved(const QStringList &changedKeys);
    void saveFailed(const QString &error);

private:
    struct Loaded
    {
        WorkspaceSettings settings;
        QString error;
    };
    void buildUi();
    void loadFinished();
    void saveFinished();
    void revalidate();
    void setWorkspaceEnabled(bool on);

    QString m_path;
    SettingsValues m_values;  // as stored
    SettingsValues m_saving;  // what the running save stores
    QStringList m_savingKeys; // its changed keys
    bool m_closeAfterSave = false;
    bool m_workspaceLoaded = false;
    std::vector<SettingsPage *> m_pages;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_notice = nullptr;
    ProblemFooter *m_footer = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_restore = nullptr;
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<Loaded> m_saveWatcher;
};

} // namespace es::ui
