#include "alerts/notificationchannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace es::ui {

namespace {

constexpr const char *kKindNames[] = {"webhook", "slack", "email"};
constexpr const char *kSecurityNames[] = {"none", "starttls", "tls"};

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// The address inside "Name <addr>", or the whole text.
QString bareAddress(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

bool plausibleAddress(const QString &mailbox)
{
    // Only what would make the SMTP dialogue fail for certain; the server
    // has the last word on the rest.
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+$"));
    return re.match(bareAddress(mailbox)).hasMatch();
}

// Reads typed members and remembers the first problem, so that fromJson
// names the field that is wrong instead of silently using a default.
class Reader
{
public:
    explicit Reader(const QJsonObject &o) : m_o(o) {}

    bool has(const char *k) const { return m_o.contains(key(k)) && !m_o.value(key(k)).isNull(); }
    QString text(const char *k, const QString &fallback = {})
    {
        if (!has(k))
            return fallback;
        const QJsonValue v = m_o.value(key(k));
        if (!v.isString()) {
            fail(NotificationChannels::tr("\"%1\" must be a text.").arg(key(k)));
            return fallback;
        }
        return v.toString();
    }
    int integer(const char *k, int fallback)
    {
        if (!has(k))
            return fallback;
        const QJsonValue v = m_o.value(key(k));
        const double d = v.toDouble();
        if (!v.isDouble() || !(d >= -1e9 && d <= 1e9) || d != std::floor(d)) {
            fail(NotificationChannels::tr("\"%1\" must be a whole number.").arg(key(k)));
            return fallback;
        }
        return int(d);
    }
    bool boolean(const char *k, bool fallback)
    {
        if (!has(k))
            return fallback;
        const QJsonValue v = m_o.value(key(k));
        if (!v.isBool()) {
            fail(NotificationChannels::tr("\"%1\" must be true or false.").arg(key(k)));
            return fallback;
        }
        return v.toBool();
    }
    QStringList texts(const char *k)
    {
        if (!has(k))
            return {};
        const QJsonValue v = m_o.value(key(k));
        QStringList out;
        if (v.isString())
            return {v.toString()};
        if (!v.isArray()) {
            fail(NotificationChannels::tr("\"%1\" must be a list of texts.").arg(key(k)));
            return out;
        }
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                fail(NotificationChannels::tr("\"%1\" must be a list of texts.").arg(key(k)));
                return out;
            }
            out << e.toString();
        }
        return out;
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    QString error() const { return m_error; }

private:
    QJsonObject m_o;
    QString m_error;
};

} // namespace

int NotificationChannel::effectiveSmtpPort() const
{
    return smtpPort > 0 ? smtpPort : usualSmtpPort(security);
}

int NotificationChannel::usualSmtpPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return 25;
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::Tls:
        return 465;
    }
    return 25;
}

QString NotificationChannel::deliveryName() const
{
    return NotificationChannels::kindName(kind) + QLatin1Char(':') + id;
}

AlertDelivery DeliveryAttempt::toDelivery() const
{
    AlertDelivery d;
    d.historyId = historyId;
    d.notice = notice;
    d.channel = channel;
    d.ok = ok;
    if (!ok)
        d.error = message;
    d.attemptedMs = attemptedMs;
    return d;
}

QString NotificationChannels::kindName(ChannelKind k)
{
    return QString::fromLatin1(kKindNames[int(k)]);
}

std::optional<ChannelKind> NotificationChannels::kindFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (name.compare(QLatin1String(kKindNames[i]), Qt::CaseInsensitive) == 0)
            return ChannelKind(i);
    }
    return std::nullopt;
}

QString NotificationChannels::kindTitle(ChannelKind k)
{
    switch (k) {
    case ChannelKind::Webhook:
        return tr("Webhook");
    case ChannelKind::Slack:
        return tr("Slack-compatible webhook");
    case ChannelKind::Email:
        return tr("E-mail");
    }
    return {};
}

QString NotificationChannels::securityName(SmtpSecurity s)
{
    return QString::fromLatin1(kSecurityNames[int(s)]);
}

std::optional<SmtpSecurity> NotificationChannels::securityFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (name.compare(QLatin1String(kSecurityNames[i]), Qt::CaseInsensitive) == 0)
            return SmtpSecurity(i);
    }
    return std::nullopt;
}

QStringList NotificationChannels::validate(const NotificationChannel &c)
{
    QStringList problems;
    if (c.id.trimmed().isEmpty())
        problems << tr("The channel needs an id, such as \"ops\".");
    if (c.kind == ChannelKind::Email) {
        if (c.smtpHost.trimmed().isEmpty())
            problems << tr("Give the host name of the mail server (SMTP), such as smtp.example.com.");
        if (c.smtpPort < 0 || c.smtpPort > 65535)
            problems
                << tr("The port %1 is not a port: use 1 to 65535, or 0 for the usual one.").arg(c.smtpPort);
        if (!plausibleAddress(c.from))
            problems << tr("The sender \"%1\" is not an e-mail address: use one like alerts@example.com.")
                            .arg(c.from);
        if (c.to.isEmpty())
            problems << tr("Give at least one recipient.");
        for (const QString &rcpt : c.to) {
            if (!plausibleAddress(rcpt))
                problems << tr("The recipient \"%1\" is not an e-mail address.").arg(rcpt);
        }
    } else {
        const QString scheme = c.url.scheme().toLower();
        if (!c.url.isValid() || c.url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            problems << tr("The webhook URL must start with https:// (or http://) and name a host.");
    }
    if (c.timeoutSeconds < 1 || c.timeoutSeconds > kMaxTimeoutSeconds)
        problems << tr("The timeout must be 1 to %1 seconds, not %2.")
                        .arg(kMaxTimeoutSeconds)
                        .arg(c.timeoutSeconds);
    if (c.retries < 0 || c.retries > kMaxRetries)
        problems << tr("Retries must be 0 to %1, not %2.").arg(kMaxRetries).arg(c.retries);
    return problems;
}

QJsonObject NotificationChannels::toJson(const NotificationChannel &c)
{
    QJsonObject o;
    o.insert(key("id"), c.id);
    o.insert(key("name"), c.name);
    o.insert(key("kind"), kindName(c.kind));
    o.insert(key("enabled"), c.enabled);
    if (c.kind == ChannelKind::Email) {
        QJsonObject smtp;
        smtp.insert(key("host"), c.smtpHost);
        smtp.insert(key("port"), c.smtpPort);
        smtp.insert(key("security"), securityName(c.security));
        smtp.insert(key("user"), c.user);
        o.insert(key("smtp"), smtp);
        o.insert(key("from"), c.from);
        o.insert(key("to"), QJsonArray::fromStringList(c.to));
    } else {
        o.insert(key("url"), c.url.toString(QUrl::FullyEncoded));
    }
    o.insert(key("timeoutSeconds"), c.timeoutSeconds);
    o.insert(key("retries"), c.retries);
    return o;
}

std::optional<NotificationChannel> NotificationChannels::fromJson(const QJsonObject &o, QString *error)
{
    Reader r(o);
    NotificationChannel c;
    c.id = r.text("id");
    c.name = r.text("name", c.id);
    const QString kind = r.text("kind", kindName(c.kind));
    if (const auto k = kindFromName(kind))
        c.kind = *k;
    else
        r.fail(tr("\"kind\" must be webhook, slack or email, not \"%1\".").arg(kind));
    c.enabled = r.boolean("enabled", true);
    if (c.kind == ChannelKind::Email) {
        const QJsonValue smtpValue = o.value(key("smtp"));
        if (!smtpValue.isUndefined() && !smtpValue.isObject())
            r.fail(tr("\"smtp\" must be an object with host, port, security and user."));
        Reader s(smtpValue.toObject());
        c.smtpHost = s.text("host");
        c.smtpPort = s.integer("port", 0);
        const QString security = s.text("security", securityName(c.security));
        if (const auto sec = securityFromName(security))
            c.security = *sec;
        else
            s.fail(tr("\"security\" must be none, starttls or tls, not \"%1\".").arg(security));
        c.user = s.text("user");
        if (!s.error().isEmpty())
            r.fail(tr("In \"smtp\": %1").arg(s.error()));
        c.from = r.text("from");
        c.to = r.texts("to");
    } else {
        c.url = QUrl(r.text("url"), QUrl::StrictMode);
    }
    c.timeoutSeconds = r.integer("timeoutSeconds", c.timeoutSeconds);
    c.retries = r.integer("retries", c.retries);

    QString problem = r.error();
    if (problem.isEmpty())
        problem = validate(c).join(QLatin1Char('\n'));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return c;
}

QByteArray NotificationChannels::serializeList(const QList<NotificationChannel> &channels)
{
    QJsonArray a;
    for (const NotificationChannel &c : channels)
        a.append(toJson(c));
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

QList<NotificationChannel> NotificationChannels::parseList(const QByteArray &json, QString *error)
{
    QList<NotificationChannel> out;
    QStringList problems;
    if (!json.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (!doc.isArray()) {
            problems << (doc.isNull() ? tr("The notification channels are not valid JSON: %1.")
                                            .arg(parseError.errorString())
                                      : tr("The notification channels must be a JSON array."));
        } else {
            QStringList ids;
            const QJsonArray a = doc.array();
            for (qsizetype i = 0; i < a.size(); ++i) {
                QString problem;
                const std::optional<NotificationChannel> c = fromJson(a.at(i).toObject(), &problem);
                if (!a.at(i).isObject())
                    problem = tr("it is not a JSON object");
                if (!c || !a.at(i).isObject()) {
                    problems << tr("Channel %1 was skipped: %2").arg(i + 1).arg(problem);
                } else if (ids.contains(c->id)) {
                    problems
                        << tr("Channel %1 was skipped: the id \"%2\" is used twice.").arg(i + 1).arg(c->id);
                } else {
                    ids << c->id;
                    out << *c;
                }
            }
        }
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return out;
}

QString NotificationChannels::uniqueId(const QString &name, const QStringList &taken)
{
    return AlertRules::uniqueId(taken, name);
}

std::int64_t NotificationChannels::retryDelayMs(int attempt, std::int64_t firstDelayMs)
{
    if (attempt <= 1)
        return 0;
    return firstDelayMs << std::min(attempt - 2, 20);
}

QString NotificationChannels::retryNote(std::int64_t waitMs, int nextAttempt, int attempts)
{
    const QString wait = waitMs % 1000 == 0 ? tr("%1 s").arg(waitMs / 1000) : tr("%1 ms").arg(waitMs);
    return tr("Trying again in %1 (attempt %2 of %3).").arg(wait).arg(nextAttempt).arg(attempts);
}

QString NotificationChannels::displayUrl(const QUrl &url)
{
    QString shown = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() >= 0)
        shown += QLatin1Char(':') + QString::number(url.port());
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty())
        shown += QLatin1Char('/') + segments.first();
    if (segments.size() > 1 || url.hasQuery() || url.hasFragment())
        shown += QStringLiteral("/…");
    return shown;
}

} // namespace es::ui
