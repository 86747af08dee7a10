// Kafka consumption against a bare librdkafka consumer, on the same topic of
// the embedded cluster in the same run: 1,000,000 JSON events of about 150
// bytes over 64 partitions. The bare consumer subscribes with its own group
// and only counts messages; Eventscope parses, aggregates and commits them
// into a new workspace. Both rates run from the first message to the last
// (the group join is left out of both). Prints the figures and the ratio to
// the median of three bare runs (and to the fastest of them: a bare run
// shares the two cores with the in-process cluster, and one run in several
// is far off the others, either way). Eventscope runs twice: as `eventscope consume`
// does by default (raw events kept, with the topic's text), then with
// --no-raw. ES_BENCH_X="key=value ..." passes librdkafka properties to
// Eventscope's consumer; ES_BENCH_NO_RAW=1 runs only the second,
// ES_BENCH_RAW_ONLY=1 only the first.
//
// Usage: bench_consume [events] [partitions]

#include "demo/kafkademo.h"
#include "ingest/kafkaconsumer.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <librdkafka/rdkafka.h>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

double bareConsumer(const QString &brokers, const char *topic, std::int64_t expected, const char *group)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", brokers.toUtf8().constData(), err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", group, err, sizeof err);
    rd_kafka_conf_set(conf, "auto.offset.reset", "earliest", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *t = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(t, topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(rk, t);
    rd_kafka_topic_partition_list_destroy(t);
    std::int64_t count = 0;
    QElapsedTimer clock;
    while (count < expected) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m)
            continue;
        if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR && count++ == 0)
            clock.start();
        rd_kafka_message_destroy(m);
    }
    const double secs = double(clock.nsecsElapsed()) / 1e9;
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return double(count) / secs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::int64_t events = argc > 1 ? std::atoll(argv[1]) : 1000000;
    const int partitions = argc > 2 ? std::atoi(argv[2]) : 64;
    es::demo::KafkaDemoCluster cluster;
    QString e = cluster.start(1);
    if (e.isEmpty())
        e = cluster.createTopic(QStringLiteral("bench"), partitions);
    if (!e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    static const char *types[] = {"page_view", "click", "search", "download"};
    std::vector<std::string> messages;
    messages.reserve(size_t(events));
    size_t bytes = 0;
    for (std::int64_t i = 0; i < events; ++i) {
        char buf[256];
        const int n =
            std::snprintf(buf, sizeof buf,
                          "{\"event_type\":\"%s\",\"ts\":%lld,\"user_id\":\"user-%lld\","
                          "\"session_id\":\"s%lld\",\"params\":{\"path\":\"/p/%lld\",\"os\":\"linux\"}}",
                          types[i % 4], 1760000000000LL + i * 250, (long long)(i * 7919 % 50000),
                          (long long)(i / 20), (long long)(i % 500));
        messages.emplace_back(buf, size_t(n));
        bytes += size_t(n);
    }
    std::printf("producing %lld events (%.0f B each) over %d partitions...\n", (long long)events,
                double(bytes) / double(events), partitions);
    QElapsedTimer produceClock;
    produceClock.start();
    if (!(e = cluster.produce(QStringLiteral("bench"), messages)).isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    std::printf("  produced in %.1f s\n", double(produceClock.elapsed()) / 1000.0);
    messages.clear();
    messages.shrink_to_fit();

    // The bare rate varies from run to run: the median of three runs is the
    // reference. ES_BENCH_SKIP_BARE=1 leaves them out (for profiling
    // Eventscope's part).
    const bool skipBare = qEnvironmentVariableIntValue("ES_BENCH_SKIP_BARE") == 1;
    std::vector<double> bares;
    for (int i = 1; i <= 3; ++i)
        bares.push_back(skipBare ? 1
                                 : bareConsumer(cluster.bootstraps(), "bench", events,
                                                ("bench-bare-" + std::to_string(i)).c_str()));
    std::printf("bare librdkafka consumer (counts only): %.0f, %.0f and %.0f msg/s\n", bares[0], bares[1],
                bares[2]);
    std::sort(bares.begin(), bares.end());
    const double bare = bares[1], fastest = bares[2];

    // Eventscope as `eventscope consume` runs by default (raw events kept,
    // with the topic's text for search and rebuilds), then with --no-raw.
    QTemporaryDir dir;
    const auto consume = [&](bool keepRaw) -> std::optional<double> {
        es::Writer writer;
        const QString name = keepRaw ? QStringLiteral("raw") : QStringLiteral("noraw");
        if (!writer.open(dir.filePath(name + QStringLiteral(".eventscope")))) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
            return std::nullopt;
        }
        es::KafkaOptions o;
        o.brokers = cluster.bootstraps();
        o.topic = QStringLiteral("bench");
        o.group = QStringLiteral("bench-eventscope-") + name;
        o.untilCaughtUp = true;
        o.keepRawEvents = keepRaw;
        if (const char *x = std::getenv("ES_BENCH_X")) {
            for (const QString &kv : QString::fromUtf8(x).split(u' ', Qt::SkipEmptyParts))
                o.properties.emplace_back(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        }
        es::KafkaConsumer consumer(writer, o);
        rusage before{}, after{};
        getrusage(RUSAGE_SELF, &before);
        const es::KafkaResult r = consumer.run();
        getrusage(RUSAGE_SELF, &after);
        writer.close();
        if (r.status != es::KafkaResult::Status::CaughtUp || r.records != events) {
            std::fprintf(stderr, "consume failed: %s (%lld events)\n", qPrintable(r.error),
                         (long long)r.records);
            return std::nullopt;
        }
        const auto cpu = [](const rusage &u) {
            return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
                   double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
        };
        std::printf("eventscope consume + parse + aggregate + commit, %s: %.0f msg/s (%.2f s from the first "
                    "message, %.2f s with connecting and joining, %.1f s of CPU)\n",
                    keepRaw ? "raw events kept (default)" : "--no-raw", r.messagesPerSecond, r.activeSeconds,
                    r.seconds, cpu(after) - cpu(before));
        std::printf("  ratio: %.0f%% of the median bare run (target >= 75%%), %.0f%% of the fastest\n",
                    100.0 * r.messagesPerSecond / bare, 100.0 * r.messagesPerSecond / fastest);
        return r.messagesPerSecond;
    };
    const bool noRawOnly = qEnvironmentVariableIntValue("ES_BENCH_NO_RAW") == 1;
    const bool rawOnly = qEnvironmentVariableIntValue("ES_BENCH_RAW_ONLY") == 1;
    if ((!noRawOnly && !consume(true)) || (!rawOnly && !consume(false)))
        return 1;
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("peak RSS of the process (cluster, producer and all consumers): %.0f MiB\n",
                double(ru.ru_maxrss) / 1024.0);
    return 0;
}
