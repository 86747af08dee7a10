#pragma once
// Delivers alert events to webhooks: an HTTP POST of the JSON body of
// AlertPayload (docs/ALERTS.md, "Notifications") or, for Slack channels, of
// a Slack-compatible {"text": ...} message. Asynchronous, on the thread the
// notifier lives in, through QNetworkAccessManager (https works through Qt's
// TLS and the system's certificates).
//
// Each attempt is reported, whether it worked or not, so that the caller can
// keep it with AlertStore::recordDelivery: a failed delivery is shown and
// kept, never silently lost. Server errors (5xx, 408, 429), timeouts and
// network errors are tried again after 1 s, 2 s, 4 s, ... up to the
// channel's retries; other answers (404, 401, ...) and certificate problems
// will not change by waiting and are reported at once.

#include "alerts/alertpayload.h"
#include "alerts/notificationchannel.h"

#include <QObject>
#include <QPointer>
#include <chrono>
#include <map>

class QNetworkAccessManager;
class QNetworkReply;

namespace es::ui {

class WebhookNotifier : public QObject
{
    Q_OBJECT
public:
    explicit WebhookNotifier(QObject *parent = nullptr);
    // Shares the application's manager (proxy settings, connection reuse);
    // it must outlive the notifier.
    explicit WebhookNotifier(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~WebhookNotifier() override;

    // Starts delivering `event` on a webhook or Slack channel and returns
    // the job number carried by every attempt it reports. A channel that
    // cannot deliver (no URL, an e-mail channel) reports one failed, final
    // attempt, so the failure is kept like any other.
    quint64 send(const NotificationChannel &channel, const AlertEvent &event, const AlertRule &rule,
                 const AlertNoticeContext &context);
    // "Send test": a made-up firing of an example rule, marked as a test.
    quint64 sendTest(const NotificationChannel &channel, AlertNoticeContext context = {});

    // The wait before the second attempt; it doubles for each further one.
    void setFirstRetryDelay(std::chrono::milliseconds delay) { m_firstRetryDelay = delay; }
    // Deliveries still in progress (sending or waiting for a retry).
    int pendingCount() const { return int(m_jobs.size()); }
    // Drops every delivery in progress; nothing more is reported about them.
    void cancelAll();

signals:
    // One attempt: ok, or what went wrong in plain words.
    void delivered(const QString &channelId, qint64 historyId, bool ok, int attempt, const QString &message);
    // The same attempt with all AlertStore::recordDelivery needs, and
    // whether another attempt follows.
    void attempted(const es::ui::DeliveryAttempt &attempt);

private:
    struct Job
    {
        NotificationChannel channel;
        QByteArray body;
        QString eventId;
        DeliveryAttempt report; // filled in per attempt
        QPointer<QNetworkReply> reply;
    };

    quint64 start(const NotificationChannel &channel, QByteArray body, const QString &eventId,
                  const DeliveryAttempt &first);
    void startAttempt(quint64 id);
    void finishAttempt(quint64 id, QNetworkReply *reply);
    void report(quint64 id, bool ok, bool retry, const QString &message);

    QNetworkAccessManager *m_manager = nullptr;
    std::map<quint64, Job> m_jobs;
    quint64 m_nextJob = 1;
    std::chrono::milliseconds m_firstRetryDelay{NotificationChannels::kFirstRetryDelayMs};
};

} // namespace es::ui
