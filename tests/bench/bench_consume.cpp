// Kafka consumption against a bare librdkafka consumer, on the same topic of
// the embedded cluster in the same run: 1,000,000 JSON events of about 150
// bytes over 64 partitions. The bare consumer subscribes with its own group
// and only counts messages; Eventscope parses, aggregates and commits them
// into a new workspace. Both rates run from the first message to the last
// (the group join is left out of both). The runs are interleaved in rounds
// (bare, Eventscope with raw events as `eventscope consume` keeps them by
// default, Eventscope with --no-raw); the figures are the median and the
// fastest run of each, and the ratios compare median to median and fastest
// to fastest. ES_BENCH_X="key=value ..." passes librdkafka properties to
// Eventscope's consumer; ES_BENCH_NO_RAW=1 runs only --no-raw,
// ES_BENCH_RAW_ONLY=1 only the default.
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

// CPU time of the whole process (the in-process cluster included), in seconds.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct BareRun
{
    double rate = 0; // messages per second from the first message
    double cpu = 0;  // CPU seconds, joining the group included
};

BareRun bareConsumer(const QString &brokers, const char *topic, std::int64_t expected, const char *group)
{
    const double cpuBefore = cpuSeconds();
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
    return {double(count) / secs, cpuSeconds() - cpuBefore};
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

    // Every rate varies from run to run on two cores shared with the
    // in-process cluster, so the runs are interleaved: each round runs the
    // bare consumer, then Eventscope with raw events (as `eventscope consume`
    // does by default), then with --no-raw, so that a slow or fast spell of
    // the machine falls on all three alike. Medians compare to medians and
    // the fastest runs to the fastest. ES_BENCH_SKIP_BARE=1 leaves the bare
    // runs out (for profiling Eventscope's part); ES_BENCH_ROUNDS sets the
    // number of rounds (5).
    const bool skipBare = qEnvironmentVariableIntValue("ES_BENCH_SKIP_BARE") == 1;
    const bool noRawOnly = qEnvironmentVariableIntValue("ES_BENCH_NO_RAW") == 1;
    const bool rawOnly = qEnvironmentVariableIntValue("ES_BENCH_RAW_ONLY") == 1;
    const int rounds = std::max(1, qEnvironmentVariableIsSet("ES_BENCH_ROUNDS")
                                       ? qEnvironmentVariableIntValue("ES_BENCH_ROUNDS")
                                       : 5);
    QTemporaryDir dir;
    const auto consume = [&](bool keepRaw, int round) -> std::optional<double> {
        es::Writer writer;
        const QString name =
            (keepRaw ? QStringLiteral("raw-") : QStringLiteral("noraw-")) + QString::number(round);
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
        const double cpuBefore = cpuSeconds();
        const es::KafkaResult r = consumer.run();
        const double cpu = cpuSeconds() - cpuBefore;
        writer.close();
        if (r.status != es::KafkaResult::Status::CaughtUp || r.records != events) {
            std::fprintf(stderr, "consume failed: %s (%lld events)\n", qPrintable(r.error),
                         (long long)r.records);
            return std::nullopt;
        }
        std::printf("  eventscope, %-9s %8.0f msg/s (%.2f s from the first message, %.2f s with connecting "
                    "and joining, %.1f s of CPU)\n",
                    keepRaw ? "raw kept:" : "--no-raw:", r.messagesPerSecond, r.activeSeconds, r.seconds,
                    cpu);
        return r.messagesPerSecond;
    };
    std::vector<double> bares, raws, noRaws;
    for (int round = 1; round <= rounds; ++round) {
        std::printf("round %d of %d\n", round, rounds);
        if (!skipBare) {
            const BareRun bare = bareConsumer(cluster.bootstraps(), "bench", events,
                                              ("bench-bare-" + std::to_string(round)).c_str());
            bares.push_back(bare.rate);
            std::printf("  bare librdkafka consumer (counts only): %8.0f msg/s (%.1f s of CPU)\n", bare.rate,
                        bare.cpu);
        }
        std::fflush(stdout);
        for (const bool keepRaw : {true, false}) {
            if ((keepRaw && noRawOnly) || (!keepRaw && rawOnly))
                continue;
            const std::optional<double> rate = consume(keepRaw, round);
            if (!rate)
                return 1;
            (keepRaw ? raws : noRaws).push_back(*rate);
            std::fflush(stdout);
        }
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    const auto best = [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); };
    std::printf("\n%-52s %12s %12s\n", "", "median", "fastest");
    if (!bares.empty())
        std::printf("%-52s %12.0f %12.0f\n", "bare librdkafka consumer (msg/s)", median(bares), best(bares));
    for (const auto &[label, v] : {std::pair{"eventscope, raw events kept (default) (msg/s)", &raws},
                                   std::pair{"eventscope, --no-raw (msg/s)", &noRaws}}) {
        if (v->empty())
            continue;
        std::printf("%-52s %12.0f %12.0f\n", label, median(*v), best(*v));
        if (!bares.empty())
            std::printf("%-52s %11.0f%% %11.0f%%   target >= 75%%\n", "  ratio to the bare consumer",
                        100.0 * median(*v) / median(bares), 100.0 * best(*v) / best(bares));
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("peak RSS of the process (cluster, producer and all consumers): %.0f MiB\n",
                double(ru.ru_maxrss) / 1024.0);
    return 0;
}
