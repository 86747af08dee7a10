#include "ingest/kafkaclient.h"

#include "ingest/kafkaconsumer.h"

#include <algorithm>

namespace es {

QString configureKafka(rd_kafka_conf_t *conf, const QString &brokers,
                       const std::vector<std::pair<QString, QString>> &properties)
{
    char err[512];
    auto set = [&](const QString &k, const QString &v) -> QString {
        if (rd_kafka_conf_set(conf, k.toUtf8().constData(), v.toUtf8().constData(), err, sizeof err) !=
            RD_KAFKA_CONF_OK)
            return KafkaText::tr(
                       "The Kafka setting %1 is not accepted: %2. Correct or remove it (a -X option "
                       "or an extra property of the connection).")
                .arg(k, QString::fromUtf8(err));
        return {};
    };
    QString e = set(QStringLiteral("bootstrap.servers"), brokers);
    for (const auto &[k, v] : properties) {
        if (e.isEmpty())
            e = set(k, v);
    }
    return e;
}

QString kafkaStateName(KafkaStatus::State s)
{
    switch (s) {
    case KafkaStatus::State::Connecting:
        return QStringLiteral("connecting");
    case KafkaStatus::State::Consuming:
        return QStringLiteral("consuming");
    case KafkaStatus::State::CaughtUp:
        return QStringLiteral("caught-up");
    case KafkaStatus::State::Disconnected:
        return QStringLiteral("disconnected");
    case KafkaStatus::State::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString listKafkaTopics(const QString &brokers, const std::vector<std::pair<QString, QString>> &properties,
                        int timeoutMs, std::vector<KafkaTopicInfo> &out)
{
    out.clear();
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    QString e = configureKafka(conf, brokers, properties);
    if (!e.isEmpty()) {
        rd_kafka_conf_destroy(conf);
        return e;
    }
    char err[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        return KafkaText::tr("The Kafka client could not be created: %1").arg(QString::fromUtf8(err));
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t r = rd_kafka_metadata(rk, 1, nullptr, &md, timeoutMs);
    if (r != RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_destroy(rk);
        return KafkaText::tr(
                   "No answer from the Kafka cluster at %1: %2. Check the address, the port and the "
                   "security settings.")
            .arg(brokers, kafkaErrorText(r));
    }
    for (int i = 0; i < md->topic_cnt; ++i) {
        const QString name = QString::fromUtf8(md->topics[i].topic);
        if (!name.startsWith(u"__"))
            out.push_back({name, md->topics[i].partition_cnt});
    }
    std::sort(out.begin(), out.end(),
              [](const KafkaTopicInfo &a, const KafkaTopicInfo &b) { return a.name < b.name; });
    rd_kafka_metadata_destroy(md);
    rd_kafka_destroy(rk);
    return {};
}

} // namespace es
