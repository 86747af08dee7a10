#pragma once
// The Alerts menu of the main window (Manage Alerts…, Mute All Alerts for 1
// Hour) and everything that tells people about alerts while the app runs:
// toasts over the dashboard, the tray icon with its firing count, and tray
// notifications while the window is in the background. "Open" on a toast
// shows the rule's metric on the dashboard for the window the rule read,
// with the rule's filters.

#include "alerts/alertrule.h"
#include "alerts/notificationchannel.h"
#include "mainwindow/workspacecontroller.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QMenu;

namespace es {
struct AlertEvent;
}

namespace es::ui {

class AlertDispatcher;
class AlertTray;
class AlertsController;
class ChannelsDialog;
class AlertsDialog;
class MainWindow;
class ToastManager;

class AlertActions : public QObject
{
    Q_OBJECT
public:
    // Opens the rule editor for `rule` and returns the rule to save, or
    // nothing when the user cancelled.
    using RuleEditor =
        std::function<std::optional<es::AlertRule>(const es::AlertRule &rule, bool isNew, QWidget *parent)>;

    explicit AlertActions(MainWindow *window);
    ~AlertActions() override;

    QMenu *menu() const { return m_menu; }
    QAction *manageAction() const { return m_manage; }
    QAction *muteAllAction() const { return m_muteAll; }
    QAction *channelsAction() const { return m_channels; }
    AlertsController *controller() const { return m_controller; }
    ToastManager *toasts() const { return m_toasts; }
    // Sends notices to the workspace's webhooks and mailboxes.
    AlertDispatcher *dispatcher() const { return m_dispatcher; }
    AlertTray *tray() const { return m_tray; }
    // The Manage Alerts dialog once it has been opened.
    AlertsDialog *dialog() const;
    // The Notification Channels dialog while it is open.
    ChannelsDialog *channelsDialog() const;

    // Starts the alerts of the workspace (an empty info stops them).
    void setWorkspace(const WorkspaceInfo &info);
    // Stops the engine and its thread (the window is closing).
    void shutdown();
    // New… and Edit… in Manage Alerts ask this editor; without one they
    // are unavailable.
    void setRuleEditor(RuleEditor editor);

    void manageAlerts();
    void showHistory();
    void muteAll();
    void manageChannels();
    // "Open" on a toast.
    void openEvent(const es::AlertEvent &event);
    void editRule(const es::AlertRule &rule, bool isNew);

signals:
    void statusMessage(const QString &text);

private:
    void onAlertRaised(const es::AlertEvent &event);
    void onAttempted(const es::ui::DeliveryAttempt &attempt);
    void raiseWindow();

    MainWindow *m_window;
    AlertsController *m_controller;
    ToastManager *m_toasts;
    AlertDispatcher *m_dispatcher;
    AlertTray *m_tray;
    QMenu *m_menu;
    QAction *m_manage;
    QAction *m_muteAll;
    QAction *m_channels;
    QPointer<AlertsDialog> m_dialog;
    QPointer<ChannelsDialog> m_channelsDialog;
    RuleEditor m_editor;
};

} // namespace es::ui
