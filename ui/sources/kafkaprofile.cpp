#include "sources/kafkaprofile.h"

#include <QSettings>
#include <algorithm>

namespace es::ui {

namespace {

const QString kGroup = QStringLiteral("kafkaProfiles");

KafkaProfile::Security securityFromName(const QString &name)
{
    for (auto s : {KafkaProfile::Security::Plaintext, KafkaProfile::Security::Ssl,
                   KafkaProfile::Security::SaslPlaintext, KafkaProfile::Security::SaslSsl}) {
        if (name.compare(securityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return KafkaProfile::Security::Plaintext;
}

KafkaProfile::Mechanism mechanismFromName(const QString &name)
{
    for (auto m : {KafkaProfile::Mechanism::Plain, KafkaProfile::Mechanism::ScramSha256,
                   KafkaProfile::Mechanism::ScramSha512}) {
        if (name.compare(mechanismName(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return KafkaProfile::Mechanism::Plain;
}

KafkaOptions::Start startFromName(const QString &start)
{
    if (start == QLatin1String("latest"))
        return KafkaOptions::Start::Latest;
    if (start == QLatin1String("stored"))
        return KafkaOptions::Start::Stored;
    if (start == QLatin1String("time"))
        return KafkaOptions::Start::Time;
    return KafkaOptions::Start::Earliest;
}

// "a:1, b:2" -> "a:1,b:2"
QString normalizedBrokers(const QString &brokers)
{
    QStringList parts;
    for (const QString &p : brokers.split(u',', Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(u',');
}

} // namespace

QString securityName(KafkaProfile::Security s)
{
    switch (s) {
    case KafkaProfile::Security::Plaintext:
        return QStringLiteral("PLAINTEXT");
    case KafkaProfile::Security::Ssl:
        return QStringLiteral("SSL");
    case KafkaProfile::Security::SaslPlaintext:
        return QStringLiteral("SASL_PLAINTEXT");
    case KafkaProfile::Security::SaslSsl:
        return QStringLiteral("SASL_SSL");
    }
    return {};
}

QString mechanismName(KafkaProfile::Mechanism m)
{
    switch (m) {
    case KafkaProfile::Mechanism::Plain:
        return QStringLiteral("PLAIN");
    case KafkaProfile::Mechanism::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case KafkaProfile::Mechanism::ScramSha512:
        return QStringLiteral("SCRAM-SHA-512");
    }
    return {};
}

int parseKafkaExtra(const QStringList &lines, std::vector<std::pair<QString, QString>> *out)
{
    int number = 0;
    for (const QString &line : lines) {
        ++number;
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        const qsizetype eq = t.indexOf(u'=');
        if (eq <= 0)
            return number;
        const QString key = t.left(eq).trimmed();
        if (key.isEmpty() || key.contains(u' '))
            return number;
        if (out)
            out->emplace_back(key, t.mid(eq + 1).trimmed());
    }
    return 0;
}

std::vector<std::pair<QString, QString>> KafkaProfile::properties(const QString &password) const
{
    std::vector<std::pair<QString, QString>> p;
    // librdkafka spells the protocols in lower case in its documentation;
    // it accepts either.
    p.emplace_back(QStringLiteral("security.protocol"), securityName(security).toLower());
    if (needsPassword()) {
        p.emplace_back(QStringLiteral("sasl.mechanism"), mechanismName(mechanism));
        p.emplace_back(QStringLiteral("sasl.username"), username);
        p.emplace_back(QStringLiteral("sasl.password"), password);
    }
    // The TLS files only matter, and are only checked by librdkafka, when
    // the connection uses TLS.
    if (isTls(security)) {
        if (!caFile.isEmpty())
            p.emplace_back(QStringLiteral("ssl.ca.location"), caFile);
        if (!certFile.isEmpty())
            p.emplace_back(QStringLiteral("ssl.certificate.location"), certFile);
        if (!keyFile.isEmpty())
            p.emplace_back(QStringLiteral("ssl.key.location"), keyFile);
    }
    parseKafkaExtra(extra, &p);
    return p;
}

KafkaOptions KafkaProfile::options(const QString &password) const
{
    KafkaOptions o;
    o.brokers = normalizedBrokers(brokers);
    o.topic = topic.trimmed();
    o.group = group.trimmed();
    o.format = format.trimmed();
    o.start = startFromName(start);
    o.startMs = startMs;
    o.properties = properties(password);
    return o;
}

std::vector<KafkaProfile> loadKafkaProfiles()
{
    std::vector<KafkaProfile> profiles;
    QSettings s;
    const int n = s.beginReadArray(kGroup);
    profiles.reserve(size_t(std::max(n, 0)));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        KafkaProfile p;
        p.name = s.value(QStringLiteral("name")).toString();
        if (p.name.isEmpty())
            continue;
        p.brokers = s.value(QStringLiteral("brokers")).toString();
        p.topic = s.value(QStringLiteral("topic")).toString();
        p.group = s.value(QStringLiteral("group"), p.group).toString();
        p.security = securityFromName(s.value(QStringLiteral("security")).toString());
        p.mechanism = mechanismFromName(s.value(QStringLiteral("mechanism")).toString());
        p.username = s.value(QStringLiteral("username")).toString();
        p.caFile = s.value(QStringLiteral("caFile")).toString();
        p.certFile = s.value(QStringLiteral("certFile")).toString();
        p.keyFile = s.value(QStringLiteral("keyFile")).toString();
        p.format = s.value(QStringLiteral("format")).toString();
        p.start = s.value(QStringLiteral("start"), p.start).toString();
        p.startMs = s.value(QStringLiteral("startMs"), 0).toLongLong();
        p.extra = s.value(QStringLiteral("extra")).toStringList();
        p.rememberPassword = s.value(QStringLiteral("rememberPassword"), true).toBool();
        profiles.push_back(std::move(p));
    }
    s.endArray();
    return profiles;
}

void saveKafkaProfiles(const std::vector<KafkaProfile> &profiles)
{
    QSettings s;
    s.remove(kGroup); // entries beyond the new size would linger otherwise
    s.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < int(profiles.size()); ++i) {
        const KafkaProfile &p = profiles[size_t(i)];
        s.setArrayIndex(i);
        // Never the password: it belongs in the keychain.
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("brokers"), p.brokers);
        s.setValue(QStringLiteral("topic"), p.topic);
        s.setValue(QStringLiteral("group"), p.group);
        s.setValue(QStringLiteral("security"), securityName(p.security));
        s.setValue(QStringLiteral("mechanism"), mechanismName(p.mechanism));
        s.setValue(QStringLiteral("username"), p.username);
        s.setValue(QStringLiteral("caFile"), p.caFile);
        s.setValue(QStringLiteral("certFile"), p.certFile);
        s.setValue(QStringLiteral("keyFile"), p.keyFile);
        s.setValue(QStringLiteral("format"), p.format);
        s.setValue(QStringLiteral("start"), p.start);
        s.setValue(QStringLiteral("startMs"), qint64(p.startMs));
        s.setValue(QStringLiteral("extra"), p.extra);
        s.setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    }
    s.endArray();
}

} // namespace es::ui
