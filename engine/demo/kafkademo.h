#pragma once
// An embedded Kafka cluster for the demo, the tests and the benchmarks:
// librdkafka's mock cluster, listening on loopback over real TCP, with a
// producer connected to it like any third-party client. Clients reach it at
// bootstraps() while this object lives.

#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

typedef struct rd_kafka_s rd_kafka_t;
typedef struct rd_kafka_mock_cluster_s rd_kafka_mock_cluster_t;

namespace es::demo {

class KafkaDemoCluster
{
public:
    KafkaDemoCluster() = default;
    ~KafkaDemoCluster();
    KafkaDemoCluster(const KafkaDemoCluster &) = delete;
    KafkaDemoCluster &operator=(const KafkaDemoCluster &) = delete;

    // Starts `brokers` brokers; returns an error or "".
    QString start(int brokers = 3);
    QString bootstraps() const { return m_bootstraps; }
    // The cluster's id as clients see it (a new one for every cluster); ""
    // if the producer could not learn it within `timeoutMs`.
    QString clusterId(int timeoutMs = 5000) const;

    // Creates a topic; returns an error or "".
    QString createTopic(const QString &topic, int partitions);

    // Produces messages; partition -1 spreads them round-robin. Waits until
    // all are acknowledged. Returns an error or "".
    QString produce(const QString &topic, const std::vector<std::string> &messages, int partition = -1);
    // Produces the '\n'-separated lines of `text`, one message each.
    QString produceLines(const QString &topic, std::string_view text);

    // Takes a broker (1..brokers) down or brings it back.
    void setBrokerDown(int broker, bool down);

private:
    rd_kafka_t *m_host = nullptr; // owns the mock cluster
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
    rd_kafka_t *m_producer = nullptr;
    QString m_bootstraps;
    std::uint64_t m_next = 0; // round-robin position
};

} // namespace es::demo
