#include "alerts/webhooknotifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace es::ui {

namespace {

// Answers that may pass: the server is in trouble, busy, or timed out
// waiting for us. Everything else in 4xx means the request itself is wrong.
bool retryableStatus(int status)
{
    return status >= 500 || status == 408 || status == 429;
}

// A short answer body often says what is wrong ("invalid_token",
// "no_service"); a page of HTML does not.
QString answerDetail(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).simplified();
    if (text.isEmpty() || text.size() > 200 || text.contains(QLatin1Char('<')))
        return {};
    return text;
}

QString statusAdvice(int status)
{
    switch (status) {
    case 400:
    case 422:
        return WebhookNotifier::tr("The receiver did not accept the message: check that the URL expects "
                                   "Eventscope's JSON, or choose the Slack format.");
    case 401:
    case 403:
        return WebhookNotifier::tr("Check the token in the URL and the permissions of the webhook.");
    case 404:
    case 410:
        return WebhookNotifier::tr("Check the URL.");
    case 405:
        return WebhookNotifier::tr("The URL does not take POST requests: check the URL.");
    case 408:
    case 429:
        return WebhookNotifier::tr("The receiver is busy.");
    default:
        break;
    }
    if (status >= 500)
        return WebhookNotifier::tr("The receiving server has a problem.");
    return WebhookNotifier::tr("Check the URL and the receiver.");
}

} // namespace

WebhookNotifier::WebhookNotifier(QObject *parent) : WebhookNotifier(nullptr, parent) {}

WebhookNotifier::WebhookNotifier(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager ? manager : new QNetworkAccessManager(this))
{}

WebhookNotifier::~WebhookNotifier()
{
    cancelAll();
}

void WebhookNotifier::cancelAll()
{
    // Moved out first: abort() may finish a reply synchronously.
    std::map<quint64, Job> jobs;
    jobs.swap(m_jobs);
    for (auto &[id, job] : jobs) {
        if (job.reply) {
            job.reply->disconnect(this);
            job.reply->abort();
            job.reply->deleteLater();
        }
    }
}

quint64 WebhookNotifier::send(const NotificationChannel &channel, const AlertEvent &event,
                              const AlertRule &rule, const AlertNoticeContext &context)
{
    const QJsonObject body = channel.kind == ChannelKind::Slack
                                 ? AlertPayload::slackJson(event, rule, context)
                                 : AlertPayload::webhookJson(event, rule, context);
    DeliveryAttempt report;
    report.historyId = event.historyId;
    report.notice = event.notice;
    report.test = context.test;
    return start(channel, QJsonDocument(body).toJson(QJsonDocument::Compact), AlertPayload::eventId(event),
                 report);
}

quint64 WebhookNotifier::sendTest(const NotificationChannel &channel, AlertNoticeContext context)
{
    context.test = true;
    const AlertRule rule = AlertPayload::sampleRule();
    return send(channel, AlertPayload::sampleEvent(rule, QDateTime::currentMSecsSinceEpoch()), rule, context);
}

quint64 WebhookNotifier::start(const NotificationChannel &channel, QByteArray body, const QString &eventId,
                               const DeliveryAttempt &first)
{
    const quint64 id = m_nextJob++;
    Job &job = m_jobs[id];
    job.channel = channel;
    job.body = std::move(body);
    job.eventId = eventId;
    job.report = first;
    job.report.job = id;
    job.report.channel = channel.deliveryName();
    job.report.channelId = channel.id;
    job.report.attempts = std::max(1, channel.attempts());
    job.report.attempt = 0; // counted up by each attempt

    QStringList problems = NotificationChannels::validate(channel);
    if (channel.kind == ChannelKind::Email)
        problems.prepend(tr("The channel %1 sends e-mail, not webhooks.").arg(channel.id));
    if (!problems.isEmpty()) {
        // Reported from the event loop, like every other outcome, so callers
        // can connect after send() returns.
        job.report.attempts = 1;
        const QString message = tr("Nothing was sent: %1").arg(problems.join(QLatin1Char(' ')));
        QTimer::singleShot(0, this, [this, id, message] { report(id, false, false, message); });
        return id;
    }
    startAttempt(id);
    return id;
}

void WebhookNotifier::startAttempt(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return; // cancelled while waiting
    Job &job = it->second;
    ++job.report.attempt;

    QNetworkRequest request(job.channel.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QString version = QCoreApplication::applicationVersion();
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      version.isEmpty() ? QByteArrayLiteral("Eventscope")
                                        : QByteArrayLiteral("Eventscope/") + version.toUtf8());
    // Lets receivers drop the repeats that a retry after a lost answer makes.
    request.setRawHeader(QByteArrayLiteral("X-Eventscope-Event"), job.eventId.toUtf8());
    // An inactivity timeout: a receiver that trickles an answer is not cut
    // off, one that says nothing for this long is.
    request.setTransferTimeout(job.channel.timeoutSeconds * 1000);

    job.report.attemptedMs = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply = m_manager->post(request, job.body);
    job.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { finishAttempt(id, reply); });
}

void WebhookNotifier::finishAttempt(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = it->second;
    job.reply = nullptr;

    const QString where = NotificationChannels::displayUrl(job.channel.url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    if (status >= 200 && status < 300 && error == QNetworkReply::NoError) {
        report(id, true, false, tr("The webhook at %1 accepted the alert (%2).").arg(where).arg(status));
        return;
    }
    if (status > 0) {
        QString answer = QString::number(status);
        const QString reason =
            QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        if (!reason.isEmpty())
            answer += QLatin1Char(' ') + reason;
        if (const QString detail = answerDetail(reply->read(4096)); !detail.isEmpty())
            answer += QStringLiteral(" (%1)").arg(detail);
        report(id, false, retryableStatus(status),
               tr("The webhook at %1 answered %2. %3").arg(where, answer, statusAdvice(status)));
        return;
    }

    QString message;
    bool retry = true;
    switch (error) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout (cancelling drops the job first)
    case QNetworkReply::TimeoutError:
        message = tr("The webhook at %1 did not answer within the timeout of %2 s.")
                      .arg(where)
                      .arg(job.channel.timeoutSeconds);
        break;
    case QNetworkReply::ConnectionRefusedError:
        message = tr("Could not connect to %1: the connection was refused. Check the host and port, and that "
                     "the receiver is running.")
                      .arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        message = tr("The host %1 was not found. Check the URL and the network.").arg(job.channel.url.host());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        retry = false; // a certificate does not become trusted by waiting
        message = tr("The secure connection to %1 failed: %2. Check the server's certificate.")
                      .arg(where, reply->errorString());
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        retry = false;
        message = tr("The webhook at %1 cannot be used: %2. Check the URL.").arg(where, reply->errorString());
        break;
    default:
        message = tr("The webhook at %1 could not be reached: %2.").arg(where, reply->errorString());
        break;
    }
    report(id, false, retry, message);
}

void WebhookNotifier::report(quint64 id, bool ok, bool retry, const QString &message)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = it->second;
    DeliveryAttempt a = job.report;
    a.attempt = std::max(1, a.attempt);
    if (a.attemptedMs == 0)
        a.attemptedMs = QDateTime::currentMSecsSinceEpoch();
    a.ok = ok;
    a.final = ok || !retry || a.attempt >= a.attempts;
    a.message = message;
    std::chrono::milliseconds wait{0};
    if (!a.final) {
        wait = std::chrono::milliseconds(
            NotificationChannels::retryDelayMs(a.attempt + 1, std::int64_t(m_firstRetryDelay.count())));
        a.message +=
            QLatin1Char(' ') + NotificationChannels::retryNote(wait.count(), a.attempt + 1, a.attempts);
        QTimer::singleShot(wait, this, [this, id] { startAttempt(id); });
    } else {
        m_jobs.erase(it);
    }
    // A receiver may delete the notifier in its slot.
    const QPointer<WebhookNotifier> self(this);
    emit delivered(a.channelId, qint64(a.historyId), a.ok, a.attempt, a.message);
    if (self)
        emit attempted(a);
}

} // namespace es::ui
