#include "demo/kafkademo.h"

#include <QCoreApplication>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

namespace es::demo {

namespace {
class KafkaDemoText
{
    Q_DECLARE_TR_FUNCTIONS(es::demo::KafkaDemoCluster)
};
} // namespace

KafkaDemoCluster::~KafkaDemoCluster()
{
    if (m_producer) {
        rd_kafka_flush(m_producer, 10000);
        rd_kafka_destroy(m_producer);
    }
    if (m_cluster)
        rd_kafka_mock_cluster_destroy(m_cluster);
    if (m_host)
        rd_kafka_destroy(m_host);
}

QString KafkaDemoCluster::start(int brokers)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "log_level", "3", err, sizeof err);
    m_host = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!m_host)
        return KafkaDemoText::tr("The Kafka demo cluster could not be started: %1")
            .arg(QString::fromUtf8(err));
    m_cluster = rd_kafka_mock_cluster_new(m_host, brokers);
    if (!m_cluster)
        return KafkaDemoText::tr("The Kafka demo cluster could not be started.");
    m_bootstraps = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster));

    conf = rd_kafka_conf_new();
    const QByteArray bs = m_bootstraps.toUtf8();
    if (rd_kafka_conf_set(conf, "bootstrap.servers", bs.constData(), err, sizeof err) != RD_KAFKA_CONF_OK ||
        rd_kafka_conf_set(conf, "linger.ms", "5", err, sizeof err) != RD_KAFKA_CONF_OK ||
        rd_kafka_conf_set(conf, "enable.idempotence", "true", err, sizeof err) != RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        return QString::fromUtf8(err);
    }
    m_producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!m_producer)
        return QString::fromUtf8(err);
    return {};
}

QString KafkaDemoCluster::clusterId(int timeoutMs) const
{
    if (!m_producer)
        return {};
    char *id = rd_kafka_clusterid(m_producer, timeoutMs);
    if (!id)
        return {};
    const QString out = QString::fromUtf8(id);
    rd_kafka_mem_free(m_producer, id);
    return out;
}

QString KafkaDemoCluster::createTopic(const QString &topic, int partitions)
{
    const rd_kafka_resp_err_t e =
        rd_kafka_mock_topic_create(m_cluster, topic.toUtf8().constData(), partitions, 1);
    return e == RD_KAFKA_RESP_ERR_NO_ERROR ? QString() : QString::fromUtf8(rd_kafka_err2str(e));
}

QString KafkaDemoCluster::produce(const QString &topic, const std::vector<std::string> &messages,
                                  int partition)
{
    const QByteArray t = topic.toUtf8();
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(m_producer, t.constData(), nullptr);
    const rd_kafka_metadata_t *md = nullptr;
    int count = 1;
    if (rd_kafka_metadata(m_producer, 0, rkt, &md, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (md->topic_cnt == 1)
            count = std::max(1, md->topics[0].partition_cnt);
        rd_kafka_metadata_destroy(md);
    }
    rd_kafka_topic_destroy(rkt);
    QString error;
    for (const std::string &m : messages) {
        const int p = partition >= 0 ? partition : int(m_next++ % std::uint64_t(count));
        for (;;) {
            const rd_kafka_resp_err_t e =
                rd_kafka_producev(m_producer, RD_KAFKA_V_TOPIC(t.constData()), RD_KAFKA_V_PARTITION(p),
                                  RD_KAFKA_V_VALUE(const_cast<char *>(m.data()), m.size()),
                                  RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (e == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                rd_kafka_poll(m_producer, 10);
                continue;
            }
            if (e != RD_KAFKA_RESP_ERR_NO_ERROR)
                error = QString::fromUtf8(rd_kafka_err2str(e));
            break;
        }
        if (!error.isEmpty())
            break;
        rd_kafka_poll(m_producer, 0);
    }
    if (rd_kafka_flush(m_producer, 60000) != RD_KAFKA_RESP_ERR_NO_ERROR && error.isEmpty())
        error = KafkaDemoText::tr("The demo cluster did not acknowledge all messages.");
    return error;
}

QString KafkaDemoCluster::produceLines(const QString &topic, std::string_view text)
{
    std::vector<std::string> messages;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        if (nl > pos)
            messages.emplace_back(text.substr(pos, nl - pos));
        pos = nl + 1;
    }
    return produce(topic, messages);
}

void KafkaDemoCluster::setBrokerDown(int broker, bool down)
{
    if (down)
        rd_kafka_mock_broker_set_down(m_cluster, broker);
    else
        rd_kafka_mock_broker_set_up(m_cluster, broker);
}

} // namespace es::demo
