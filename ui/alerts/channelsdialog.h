#pragma once
// Alerts → Notification Channels…: the webhooks, Slack-compatible webhooks
// and mailboxes that receive alert notices. A list of channels beside the
// settings of the selected one, with "Send Test" that delivers a made-up
// notice through the real notifier and shows each attempt. OK stays
// disabled while a channel cannot deliver, and says why. E-mail passwords
// go to the system keychain through the dispatcher, never to the workspace.

#include "alerts/notificationchannel.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QFormLayout;

namespace es::ui {

class AlertDispatcher;

class ChannelsDialog : public QDialog
{
    Q_OBJECT
public:
    ChannelsDialog(const QList<NotificationChannel> &channels, AlertDispatcher *dispatcher,
                   QWidget *parent = nullptr);

    // The channels as edited.
    QList<NotificationChannel> channels() const { return m_channels; }
    // Passwords typed in this dialog, by channel id (kept in the keychain on OK).
    QStringList changedPasswords() const { return m_passwords.keys(); }

    // Adds a channel of that kind with example settings and selects it.
    void addChannel(ChannelKind kind);
    void removeCurrent();
    void sendTest();
    int currentRow() const;
    void setCurrentRow(int row);

    // For tests and screenshots.
    QLabel *problemLabel() const { return m_problem; }
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *okButton() const;

    void accept() override;

signals:
    // OK: the channels to save.
    void channelsAccepted(const QList<es::ui::NotificationChannel> &channels);

private:
    void buildUi();
    void buildWebhookRows(QFormLayout *form);
    void buildEmailRows(QFormLayout *form);
    // Shows channel `row` in the form.
    void load(int row);
    // Takes the form into the current channel.
    void store();
    void refreshList();
    void validate();
    void onAttempted(const es::ui::DeliveryAttempt &attempt);
    QString listText(const NotificationChannel &c) const;

    QList<NotificationChannel> m_channels;
    QList<NotificationChannel> m_original;
    QHash<QString, QString> m_passwords; // typed, by channel id
    AlertDispatcher *m_dispatcher;
    bool m_loading = false;
    int m_row = -1;
    QString m_testChannel; // id of the channel whose test runs

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_kind = nullptr;
    QFormLayout *m_general = nullptr;
    QList<QWidget *> m_webhookRows;
    QList<QWidget *> m_emailRows;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_empty = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace es::ui
