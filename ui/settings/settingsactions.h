#pragma once
// Edit → Settings… (Ctrl+,): opens the settings dialog on the window's
// workspace, and after a save that changes how data is aggregated, says that
// the change applies to data imported from now on and offers to rebuild
// what is stored.

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMessageBox;

namespace es::ui {

class MainWindow;
class SettingsDialog;

class SettingsActions : public QObject
{
    Q_OBJECT
public:
    explicit SettingsActions(MainWindow *window);

    QAction *settingsAction() const { return m_action; }
    // The dialog while it is open.
    SettingsDialog *dialog() const;
    // The rebuild offer while it is shown.
    QMessageBox *rebuildOffer() const;

    void showSettings();
    // Shows what the changed settings mean for data already imported, with
    // Rebuild…; nothing when none of `changedKeys` affects past data.
    void offerRebuild(const QStringList &changedKeys);

signals:
    // The user asked to rebuild the stored aggregates with the new settings.
    void rebuildRequested();

private:
    void saved(const QStringList &changedKeys);

    MainWindow *m_window;
    QAction *m_action;
    QPointer<SettingsDialog> m_dialog;
    QPointer<QMessageBox> m_offer;
};

} // namespace es::ui
