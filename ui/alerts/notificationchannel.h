#pragma once
// A notification channel: where alert notices go (a webhook, a Slack-style
// incoming webhook or an SMTP mailbox) and how patiently they are delivered
// (timeout, retries). Channels are stored as JSON (docs/ALERTS.md,
// "Notifications"); the SMTP password never is: it lives in the OS keychain
// under keychainKey() and is handed to EmailNotifier at send time.
//
// DeliveryAttempt is what a notifier reports about one attempt, with all that
// AlertStore::recordDelivery needs, so that a failed delivery is kept.

#include "alerts/alertstate.h"
#include "alerts/alertstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <cstdint>
#include <optional>

namespace es::ui {

enum class ChannelKind : int { Webhook, Slack, Email };
enum class SmtpSecurity : int { None, StartTls, Tls };

struct NotificationChannel
{
    QString id; // stable key: "ops"; part of the delivery records ("webhook:ops")
    QString name;
    ChannelKind kind = ChannelKind::Webhook;
    bool enabled = true;

    // Webhook, Slack.
    QUrl url;

    // Email.
    QString smtpHost;
    int smtpPort = 0; // 0: the usual port of the security mode (25, 587, 465)
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: no authentication
    QString from; // "alerts@example.com" or "Eventscope <alerts@example.com>"
    QStringList to;

    int timeoutSeconds = 10;
    // Attempts after the first failed one, waiting 1 s, 2 s, 4 s, ... before
    // each (only for failures that may pass: see the notifiers).
    int retries = 3;

    friend bool operator==(const NotificationChannel &, const NotificationChannel &) = default;

    int attempts() const { return 1 + retries; }
    // The usual port when smtpPort is 0.
    int effectiveSmtpPort() const;
    // How delivery records name the channel: "webhook:ops", "slack:team",
    // "email:oncall" (AlertDelivery::channel).
    QString deliveryName() const;
    // The keychain entry of the SMTP password.
    QString keychainKey() const { return keychainKeyOf(id); }
    static QString keychainKeyOf(const QString &channelId)
    {
        return QStringLiteral("alert-channel/") + channelId;
    }
    // 25, 587 or 465.
    static int usualSmtpPort(SmtpSecurity security);
};

// One attempt to deliver one notice on one channel.
struct DeliveryAttempt
{
    quint64 job = 0; // what send() returned
    QString channel; // NotificationChannel::deliveryName()
    QString channelId;
    std::int64_t historyId = 0; // 0 for a test message
    AlertNotice notice = AlertNotice::Fired;
    int attempt = 1;  // 1-based
    int attempts = 1; // at most, for this channel
    bool ok = false;
    bool final = false; // no further attempt follows
    bool test = false;  // from sendTest(): nothing to record
    QString message;    // plain words, for a person
    std::int64_t attemptedMs = 0;

    // The record for AlertStore::recordDelivery.
    AlertDelivery toDelivery() const;
};

class NotificationChannels
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::NotificationChannels)
public:
    static QString kindName(ChannelKind k); // "webhook", "slack", "email"
    static std::optional<ChannelKind> kindFromName(const QString &name);
    static QString kindTitle(ChannelKind k);     // translated
    static QString securityName(SmtpSecurity s); // "none", "starttls", "tls"
    static std::optional<SmtpSecurity> securityFromName(const QString &name);

    // Every problem of the channel, each in plain words with what to change;
    // empty when it can deliver.
    static QStringList validate(const NotificationChannel &c);

    // The JSON form (docs/ALERTS.md). Fields a kind does not use are not
    // written. fromJson names the first field it cannot read, then what
    // validate() finds.
    static QJsonObject toJson(const NotificationChannel &c);
    static std::optional<NotificationChannel> fromJson(const QJsonObject &o, QString *error);

    // The channels of a workspace: a JSON array of toJson() objects
    // (AlertStore::channelsJson). parseList keeps the channels it can read
    // and names the others in `error`, one line each; an empty text is an
    // empty list.
    static QByteArray serializeList(const QList<NotificationChannel> &channels);
    static QList<NotificationChannel> parseList(const QByteArray &json, QString *error);
    // An id for a new channel named `name` ("Ops webhook" -> "ops-webhook"),
    // not one of `taken`.
    static QString uniqueId(const QString &name, const QStringList &taken);

    // The wait before attempt `attempt` (2, 3, ...): firstDelayMs doubling
    // each time (1 s, 2 s, 4 s, ... with the default).
    static std::int64_t retryDelayMs(int attempt, std::int64_t firstDelayMs = kFirstRetryDelayMs);

    // "Trying again in 2 s (attempt 3 of 4)." for failure messages.
    static QString retryNote(std::int64_t waitMs, int nextAttempt, int attempts);

    // A URL as messages show it: scheme, host, port and the first path
    // segment; user info, query and the rest of the path, where webhook
    // tokens live, become "…".
    static QString displayUrl(const QUrl &url);

    static constexpr std::int64_t kFirstRetryDelayMs = 1000;
    static constexpr int kMaxRetries = 10;
    static constexpr int kMaxTimeoutSeconds = 600;
};

} // namespace es::ui

Q_DECLARE_METATYPE(es::ui::DeliveryAttempt)
Q_DECLARE_METATYPE(es::ui::NotificationChannel)
