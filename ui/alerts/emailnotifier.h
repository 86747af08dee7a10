#pragma once
// Delivers alert events by e-mail through an SMTP server, with libcurl:
// plain SMTP, STARTTLS (required once chosen: the message is never sent
// unencrypted instead) or implicit TLS, with optional authentication. The
// message is plain text in UTF-8, quoted-printable (RFC 5322, RFC 2045,
// RFC 2047 for non-ASCII subjects and names).
//
// libcurl blocks, so each attempt runs on a small thread pool of the
// notifier; the API is asynchronous and reports each attempt like
// WebhookNotifier. Timeouts, refused connections and temporary (4xx) SMTP
// answers are tried again after 1 s, 2 s, 4 s, ...; a refused login,
// permanent (5xx) answers and TLS problems are reported at once.
//
// The password is passed in at send time (from the keychain); it is kept
// only while the delivery runs and never logged or reported.

#include "alerts/alertpayload.h"
#include "alerts/notificationchannel.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>

template<typename T> class QFutureWatcher;

namespace es::ui {

struct SmtpResult;

class EmailNotifier : public QObject
{
    Q_OBJECT
public:
    explicit EmailNotifier(QObject *parent = nullptr);
    // Cancels what is running and waits for it (at most about a second).
    ~EmailNotifier() override;

    // Starts delivering `event` to the channel's recipients and returns the
    // job number carried by every attempt it reports. A channel that cannot
    // deliver reports one failed, final attempt.
    quint64 send(const NotificationChannel &channel, const QString &password, const AlertEvent &event,
                 const AlertRule &rule, const AlertNoticeContext &context);
    // "Send test": a made-up firing of an example rule, marked as a test.
    quint64 sendTest(const NotificationChannel &channel, const QString &password,
                     AlertNoticeContext context = {});

    void setFirstRetryDelay(std::chrono::milliseconds delay) { m_firstRetryDelay = delay; }
    int pendingCount() const { return int(m_jobs.size()); }
    // Drops every delivery in progress; nothing more is reported about them.
    void cancelAll();

    // An e-mail as sent: headers and a quoted-printable UTF-8 body, lines
    // ending in CRLF.
    struct Message
    {
        QString from; // "alerts@example.com" or "Name <alerts@example.com>"
        QStringList to;
        QString subject;
        QString text; // lines separated by \n
        QDateTime date;
        QString messageId; // without angle brackets
    };
    static QByteArray compose(const Message &m);
    // RFC 2047 encoded words where the text is not plain ASCII, folded so no
    // line exceeds 78 characters; `used` is the length of "Subject: ".
    static QByteArray encodeHeaderText(const QString &text, int used);
    static QByteArray quotedPrintable(const QByteArray &utf8);
    // The address of "Name <addr>", or the whole text trimmed.
    static QString address(const QString &mailbox);
    // "smtp://host:587" or "smtps://host:465".
    static QString smtpUrl(const NotificationChannel &channel);

signals:
    void delivered(const QString &channelId, qint64 historyId, bool ok, int attempt, const QString &message);
    void attempted(const es::ui::DeliveryAttempt &attempt);

private:
    struct Job
    {
        NotificationChannel channel;
        QString password;
        QByteArray message;
        DeliveryAttempt report;
        std::shared_ptr<std::atomic_bool> cancel;
        std::unique_ptr<QFutureWatcher<SmtpResult>> watcher;
    };

    void startAttempt(quint64 id);
    void finishAttempt(quint64 id, const SmtpResult &result);
    void report(quint64 id, bool ok, bool retry, const QString &message);

    std::map<quint64, Job> m_jobs;
    quint64 m_nextJob = 1;
    std::chrono::milliseconds m_firstRetryDelay{NotificationChannels::kFirstRetryDelayMs};
    // Last member: destroyed first, so it waits for running attempts while
    // the rest still exists.
    QThreadPool m_pool;
};

} // namespace es::ui
