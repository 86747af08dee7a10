#pragma once
// Consumes a Kafka topic into the workspace through the same pipeline as
// files: messages become lines of chunks, parse workers aggregate them, and
// the writer commits each delta together with the next offset of every
// partition it covers (table kafka_offsets). On assignment the consumer seeks
// to those stored offsets, so what is in the workspace is exactly the prefix
// of each partition up to its stored offset: nothing is lost or counted twice
// across crashes, restarts, rebalances and broker outages. The offsets are
// also committed to Kafka, asynchronously and only after the workspace has
// them, so that ordinary lag tools see the group.
//
// Messages are JSON events, a JSON envelope with the log line in a field
// (Filebeat, Vector, Fluent Bit), or raw log lines in any file format; the
// format is detected from the first messages unless one is given, and kept
// with the source.

#include "ingest/importtypes.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace es {

class Writer;

struct KafkaOptions
{
    QString brokers; // bootstrap servers, "host:port,..."
    QString topic;
    QString group = QStringLiteral("eventscope");
    // "" = detect; otherwise a file format argument (json_events, combined, ...).
    QString format;
    // The JSON field holding the log line of an envelope; "" = detect
    // ("message" when the messages are envelopes), "-" = never an envelope.
    QString envelopeField;
    // Where partitions start that the workspace has no offsets for; the
    // others always continue at the workspace's offsets.
    enum class Start {
        Earliest, // at the beginning
        Latest,   // at the end
        Time,     // at the first message at or after startMs
        Stored    // at the group's committed offsets, else the beginning
    };
    Start start = Start::Earliest;
    std::int64_t startMs = 0;
    std::vector<std::pair<QString, QString>> properties; // extra librdkafka properties (-X)
    bool untilCaughtUp = false;                          // stop once every assigned partition is at its end
    QString timeZone;                                    // of time stamps without an offset
    int workers = 0;                                     // parse threads; 0 = one per core
    QString geoipPath;
    int connectTimeoutMs = 30000; // how long to wait for the cluster before giving up
    // Store every record in raw_events and its line in stream_text, for search and
    // so that the aggregates can be rebuilt from them (WorkspaceRebuild).
    bool keepRawEvents = true;
    // The cluster's name in the source's URI (kafka://NAME/topic); "" = the
    // id the cluster reports. The embedded demo names each run: the ids of
    // librdkafka's mock clusters come from a memory address and can repeat.
    QString clusterName;
};

struct KafkaStatus
{
    enum class State { Connecting, Consuming, CaughtUp, Disconnected, Stopped };
    State state = State::Connecting;
    std::int64_t sinceMs = 0; // when the state began (Unix ms)
    std::int64_t messages = 0, records = 0, malformed = 0, skipped = 0;
    double messagesPerSecond = -1; // over the last second; -1 until one second of consuming
    std::int64_t lag = -1;         // messages behind the partitions' ends; -1 when unknown
    // Per assigned partition (by partition number): messages behind its end;
    // 0 once it reached its end, -1 when unknown.
    std::vector<std::pair<int, std::int64_t>> partitionLag;
    int partitions = 0;  // assigned
    bool paused = false; // fetching paused until the writer catches up
    std::int64_t lastCommitMs = 0;
    QString lastError; // the last broker or delivery error, "" when none
    QString format;
};

QString kafkaStateName(KafkaStatus::State s);

struct KafkaResult
{
    enum class Status { CaughtUp, Stopped, Failed };
    Status status = Status::Failed;
    QString source; // the source's URI in the workspace
    QString format;
    std::int64_t messages = 0, records = 0, malformed = 0, skipped = 0;
    double seconds = 0;
    // From the first message to the last commit: without connecting and
    // joining the group.
    double activeSeconds = 0;
    double messagesPerSecond = 0;
    QString error;
    QStringList warnings;
};

class KafkaConsumer
{
public:
    // Return false to stop. Called about 5 times per second.
    using StatusCallback = std::function<bool(const KafkaStatus &)>;

    KafkaConsumer(Writer &writer, KafkaOptions options);
    ~KafkaConsumer();

    KafkaResult run(const StatusCallback &status = {});
    // Thread-safe; run() returns after committing what it has.
    void cancel() { m_cancel = true; }

    struct Impl;

private:
    Writer &m_writer;
    KafkaOptions m_options;
    std::atomic<bool> m_cancel{false};
};

// Lists the topics of a cluster with their partition counts (the cluster
// metadata), for "Test connection". Returns an error or "".
struct KafkaTopicInfo
{
    QString name;
    int partitions = 0;
};
QString listKafkaTopics(const QString &brokers, const std::vector<std::pair<QString, QString>> &properties,
                        int timeoutMs, std::vector<KafkaTopicInfo> &out);

} // namespace es
