#include "alerts/alertdispatcher.h"

#include "alerts/emailnotifier.h"
#include "alerts/webhooknotifier.h"
#include "sources/keychain.h"

#include <QDateTime>

namespace es::ui {

AlertDispatcher::AlertDispatcher(QObject *parent)
    : QObject(parent), m_webhooks(new WebhookNotifier(this)), m_email(new EmailNotifier(this))
{
    qRegisterMetaType<es::ui::DeliveryAttempt>();
    connect(m_webhooks, &WebhookNotifier::attempted, this, &AlertDispatcher::onAttempted);
    connect(m_email, &EmailNotifier::attempted, this, &AlertDispatcher::onAttempted);
}

AlertDispatcher::~AlertDispatcher() = default;

void AlertDispatcher::setChannels(const QList<NotificationChannel> &channels)
{
    m_channels = channels;
    for (const NotificationChannel &c : channels)
        m_channelNames.insert(c.id, c.name.isEmpty() ? c.id : c.name);
}

int AlertDispatcher::enabledCount() const
{
    int n = 0;
    for (const NotificationChannel &c : m_channels)
        n += c.enabled ? 1 : 0;
    return n;
}

int AlertDispatcher::dispatch(const AlertEvent &event, const AlertRule &rule,
                              const AlertNoticeContext &context)
{
    if (!event.shouldNotify())
        return 0;
    int started = 0;
    for (const NotificationChannel &c : m_channels) {
        if (!c.enabled)
            continue;
        ++started;
        m_ruleNames.insert(c.id + QLatin1Char('/') + QString::number(event.historyId), rule.name);
        if (c.kind != ChannelKind::Email) {
            m_webhooks->send(c, event, rule, context);
            continue;
        }
        DeliveryAttempt report;
        report.channel = c.deliveryName();
        report.channelId = c.id;
        report.historyId = event.historyId;
        report.notice = event.notice;
        withPassword(c, report, [this, c, event, rule, context](const QString &password) {
            m_email->send(c, password, event, rule, context);
        });
    }
    return started;
}

void AlertDispatcher::sendTest(const NotificationChannel &channel, const std::optional<QString> &password,
                               AlertNoticeContext context)
{
    context.test = true;
    m_channelNames.insert(channel.id, channel.name.isEmpty() ? channel.id : channel.name);
    if (channel.kind != ChannelKind::Email) {
        m_webhooks->sendTest(channel, context);
        return;
    }
    if (password || channel.user.isEmpty()) {
        m_email->sendTest(channel, password.value_or(QString()), context);
        return;
    }
    DeliveryAttempt report;
    report.channel = channel.deliveryName();
    report.channelId = channel.id;
    report.test = true;
    withPassword(channel, report,
                 [this, channel, context](const QString &pw) { m_email->sendTest(channel, pw, context); });
}

void AlertDispatcher::storePassword(const QString &channelId, const QString &channelName,
                                    const QString &password)
{
    // Used at once, whatever the keychain answers.
    m_sessionPasswords.insert(channelId, password);
    auto *keychain = new Keychain(this);
    connect(keychain, &Keychain::writeDone, this,
            [this, keychain, channelId, channelName](const QString &, const QString &error) {
                keychain->deleteLater();
                if (error.isEmpty()) {
                    // The keychain has it; nothing stays in memory longer than needed.
                    m_sessionPasswords.remove(channelId);
                    emit passwordStored(channelId);
                    return;
                }
                emit passwordNotStored(channelId,
                                       tr("The password of “%1” could not be stored: %2 It is used "
                                          "until Eventscope quits; enter it again after a restart.")
                                           .arg(channelName, error));
            });
    keychain->write(NotificationChannel::keychainKeyOf(channelId), password);
}

void AlertDispatcher::removePassword(const QString &channelId)
{
    m_sessionPasswords.remove(channelId);
    auto *keychain = new Keychain(this);
    connect(keychain, &Keychain::removeDone, keychain, &QObject::deleteLater);
    keychain->remove(NotificationChannel::keychainKeyOf(channelId));
}

void AlertDispatcher::setSessionPassword(const QString &channelId, const QString &password)
{
    m_sessionPasswords.insert(channelId, password);
}

void AlertDispatcher::forgetSessionPassword(const QString &channelId)
{
    m_sessionPasswords.remove(channelId);
}

int AlertDispatcher::pendingCount() const
{
    return m_webhooks->pendingCount() + m_email->pendingCount() + m_waitingForKeychain;
}

void AlertDispatcher::cancelAll()
{
    ++m_generation;
    m_waitingForKeychain = 0;
    m_webhooks->cancelAll();
    m_email->cancelAll();
}

void AlertDispatcher::withPassword(const NotificationChannel &channel, const DeliveryAttempt &report,
                                   std::function<void(const QString &)> send)
{
    if (channel.user.isEmpty()) {
        send(QString());
        return;
    }
    if (const auto it = m_sessionPasswords.constFind(channel.id); it != m_sessionPasswords.constEnd()) {
        send(*it);
        return;
    }
    // One keychain object per read, so concurrent reads of the same entry
    // each get their own answer.
    auto *keychain = new Keychain(this);
    ++m_waitingForKeychain;
    const quint64 generation = m_generation;
    const QString key = channel.keychainKey();
    connect(keychain, &Keychain::readDone, this,
            [this, keychain, generation, report, channel,
             send = std::move(send)](const QString &, const QString &password, const QString &error) {
                keychain->deleteLater();
                if (generation != m_generation)
                    return;
                --m_waitingForKeychain;
                if (!error.isEmpty()) {
                    failNow(report, tr("The password of the e-mail channel “%1” could not be read: %2 Enter "
                                       "it again under Alerts → Notification Channels.")
                                        .arg(channel.name, error));
                } else if (password.isEmpty()) {
                    failNow(report, tr("No password is stored for the e-mail channel “%1”. Enter it under "
                                       "Alerts → Notification Channels.")
                                        .arg(channel.name));
                } else {
                    send(password);
                }
            });
    keychain->read(key);
}

void AlertDispatcher::failNow(DeliveryAttempt report, const QString &message)
{
    report.attempt = 1;
    report.attempts = 1;
    report.ok = false;
    report.final = true;
    report.message = message;
    report.attemptedMs = QDateTime::currentMSecsSinceEpoch();
    onAttempted(report);
}

void AlertDispatcher::onAttempted(const DeliveryAttempt &attempt)
{
    emit attempted(attempt);
    if (attempt.test || !attempt.final)
        return;
    const QString key = attempt.channelId + QLatin1Char('/') + QString::number(attempt.historyId);
    const QString rule = m_ruleNames.take(key);
    if (attempt.ok)
        return;
    const QString channel = m_channelNames.value(attempt.channelId, attempt.channelId);
    emit deliveryFailed(
        rule.isEmpty()
            ? tr("An alert could not be sent to “%1”: %2").arg(channel, attempt.message)
            : tr("The alert “%1” could not be sent to “%2”: %3").arg(rule, channel, attempt.message));
}

} // namespace es::ui
