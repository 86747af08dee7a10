#pragma once
// What every Kafka client of the engine shares: applying the connection
// settings (bootstrap servers and -X properties) to a librdkafka
// configuration, librdkafka's error texts, and the translation context of
// the Kafka messages.

#include <QCoreApplication>
#include <QString>
#include <librdkafka/rdkafka.h>
#include <utility>
#include <vector>

namespace es {

class KafkaText
{
    Q_DECLARE_TR_FUNCTIONS(es::KafkaConsumer)
};

// Sets bootstrap.servers and the properties; returns an error that says what to fix, or "".
QString configureKafka(rd_kafka_conf_t *conf, const QString &brokers,
                       const std::vector<std::pair<QString, QString>> &properties);

inline QString kafkaErrorText(rd_kafka_resp_err_t err)
{
    return QString::fromUtf8(rd_kafka_err2str(err));
}

} // namespace es
