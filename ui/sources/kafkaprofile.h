#pragma once
// A Kafka connection profile: where the cluster is, how to authenticate and
// what to read. Profiles are kept in the application settings; the password
// never is: it lives in the OS keychain (see Keychain), or is asked for at
// connect time when no keychain service runs.

#include "ingest/kafkaconsumer.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace es::ui {

struct KafkaProfile
{
    QString name;    // unique, shown in menus
    QString brokers; // host:port,...
    QString topic;
    QString group = QStringLiteral("eventscope");
    enum class Security { Plaintext, Ssl, SaslPlaintext, SaslSsl };
    Security security = Security::Plaintext;
    enum class Mechanism { Plain, ScramSha256, ScramSha512 };
    Mechanism mechanism = Mechanism::Plain;
    QString username;
    QString caFile, certFile, keyFile;
    QString format;                             // "" = detect
    QString start = QStringLiteral("earliest"); // earliest, latest, time, stored
    std::int64_t startMs = 0;                   // "time": the first message at or after it (Unix ms)
    QStringList extra;                          // key=value librdkafka properties
    // Whether the password is kept in the system keychain (under keychainKey());
    // otherwise it is asked for at each connect.
    bool rememberPassword = true;

    bool operator==(const KafkaProfile &) const = default;

    static bool isSasl(Security s) { return s == Security::SaslPlaintext || s == Security::SaslSsl; }
    static bool isTls(Security s) { return s == Security::Ssl || s == Security::SaslSsl; }
    bool needsPassword() const { return isSasl(security); }
    // The librdkafka properties of this profile, with the password.
    std::vector<std::pair<QString, QString>> properties(const QString &password) const;
    // Options for KafkaConsumer.
    KafkaOptions options(const QString &password) const;
    // The keychain entry of the password.
    QString keychainKey() const { return QStringLiteral("kafka/") + name; }
};

// Profiles in the application settings (without passwords).
std::vector<KafkaProfile> loadKafkaProfiles();
void saveKafkaProfiles(const std::vector<KafkaProfile> &profiles);

// Splits extra property lines into key=value pairs, skipping blank lines and
// "#" comments; returns the 1-based number of the first line that is not
// key=value (with a non-empty key), or 0 when all are.
int parseKafkaExtra(const QStringList &lines, std::vector<std::pair<QString, QString>> *out = nullptr);

QString securityName(KafkaProfile::Security s);   // librdkafka's name (SASL_SSL, ...)
QString mechanismName(KafkaProfile::Mechanism m); // librdkafka's name (SCRAM-SHA-256, ...)

} // namespace es::ui
