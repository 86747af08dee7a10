#pragma once
// Sends alert notices out on the workspace's notification channels: every
// enabled webhook, Slack-compatible webhook and e-mail channel receives each
// notice that should reach people (AlertEvent::shouldNotify()). E-mail
// passwords are read from the system keychain at send time; where no
// keychain runs, a password entered in this session is used and forgotten
// when the application quits, never written anywhere.
//
// Every attempt is reported with attempted(), so the caller keeps it in the
// history (AlertStore::recordDelivery); a delivery that finally failed is
// also reported with deliveryFailed() in plain words, so it is shown.

#include "alerts/alertpayload.h"
#include "alerts/notificationchannel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace es::ui {

class EmailNotifier;
class Keychain;
class WebhookNotifier;

class AlertDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit AlertDispatcher(QObject *parent = nullptr);
    ~AlertDispatcher() override;

    // The channels of the open workspace (NotificationChannels::parseList).
    void setChannels(const QList<NotificationChannel> &channels);
    const QList<NotificationChannel> &channels() const { return m_channels; }
    int enabledCount() const;

    // Delivers the notice on every enabled channel; returns how many
    // deliveries started.
    int dispatch(const es::AlertEvent &event, const es::AlertRule &rule, const AlertNoticeContext &context);
    // "Send test" on one channel, which need not be saved yet. For e-mail
    // with a user: `password` when given, else the session's or the
    // keychain's. The attempts are reported with test set.
    void sendTest(const NotificationChannel &channel, const std::optional<QString> &password = std::nullopt,
                  AlertNoticeContext context = {});

    // Keeps the e-mail password of a channel in the system keychain and
    // uses it from now on. When the keychain cannot keep it, it is used
    // until the application quits and passwordNotStored() says so.
    void storePassword(const QString &channelId, const QString &channelName, const QString &password);
    // Removes the keychain entry of a channel that was deleted.
    void removePassword(const QString &channelId);

    // A password for this session only (the keychain could not keep it).
    void setSessionPassword(const QString &channelId, const QString &password);
    void forgetSessionPassword(const QString &channelId);
    bool hasSessionPassword(const QString &channelId) const { return m_sessionPasswords.contains(channelId); }

    // Deliveries in progress, on every channel.
    int pendingCount() const;
    // Drops what is in progress (the workspace closes); nothing more is
    // reported about it.
    void cancelAll();

    WebhookNotifier *webhooks() const { return m_webhooks; }
    EmailNotifier *email() const { return m_email; }

signals:
    // Every attempt on every channel, tests included.
    void attempted(const es::ui::DeliveryAttempt &attempt);
    // A notice that could not be delivered after its last attempt (not for
    // tests): "Alert “Download spike” could not be sent to Ops webhook: ...".
    void deliveryFailed(const QString &message);
    // storePassword() could not write to the keychain; in plain words.
    void passwordNotStored(const QString &channelId, const QString &message);
    void passwordStored(const QString &channelId);

private:
    // Hands the channel's password to `send`, or reports a failed attempt
    // that says why there is none.
    void withPassword(const NotificationChannel &channel, const DeliveryAttempt &report,
                      std::function<void(const QString &)> send);
    void onAttempted(const DeliveryAttempt &attempt);
    void failNow(DeliveryAttempt report, const QString &message);

    QList<NotificationChannel> m_channels;
    QHash<QString, QString> m_sessionPasswords;
    QHash<QString, QString> m_channelNames; // channel id -> name, for messages
    QHash<QString, QString> m_ruleNames;    // "<channel id>/<history id>" -> rule name
    WebhookNotifier *m_webhooks;
    EmailNotifier *m_email;
    int m_waitingForKeychain = 0;
    quint64 m_generation = 0; // keychain answers for a cancelled round are dropped
};

} // namespace es::ui
