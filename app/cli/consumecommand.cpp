// eventscope consume: consumes a Kafka topic into the workspace, exactly once.
// eventscope kafka-demo: runs an embedded Kafka cluster with demo events.

#include "cli/command.h"
#include "cli/output.h"
#include "core/timeexpr.h"
#include "demo/kafkademo.h"
#include "demo/kafkademofeed.h"
#include "ingest/kafkaconsumer.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace es::cli {

namespace {

class ConsumeCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::ConsumeCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);
    static void addDemoOptions(QCommandLineParser &p);
    static int runDemo(QCommandLineParser &p, const GlobalOptions &g);
};

std::atomic<KafkaConsumer *> g_consumer{nullptr};
std::atomic<bool> g_stop{false};

void onInterrupt(int)
{
    g_stop = true;
    if (KafkaConsumer *c = g_consumer.load())
        c->cancel();
}

void installHandlers()
{
    struct sigaction sa = {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

QString resultStatusName(KafkaResult::Status s)
{
    switch (s) {
    case KafkaResult::Status::CaughtUp:
        return QStringLiteral("caught-up");
    case KafkaResult::Status::Stopped:
        return QStringLiteral("stopped");
    case KafkaResult::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

void ConsumeCommand::addOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("brokers"), tr("Kafka bootstrap servers, host:port[,host:port...]."), tr("LIST")});
    p.addOption({QStringLiteral("topic"), tr("Topic to consume."), tr("TOPIC")});
    p.addOption({QStringLiteral("group"), tr("Consumer group id (default: eventscope)."), tr("GROUP")});
    p.addOption({QStringLiteral("format"),
                 tr("Message format instead of detecting it: json_events[:...], rollup (pre-aggregated "
                    "rollup records), or any log format of \"eventscope import\" for raw log lines."),
                 tr("NAME")});
    p.addOption({QStringLiteral("envelope"),
                 tr("The messages are JSON envelopes with the log line in this field (Filebeat, Vector, "
                    "Fluent Bit: message); \"-\" when they never are. Default: detected."),
                 tr("FIELD")});
    p.addOption({QStringLiteral("from"),
                 tr("Where partitions start that the workspace has not read yet: earliest (default), "
                    "latest, stored (the group's committed offsets), or a time such as 2026-11-01 or "
                    "now-1h. Partitions already in the workspace always continue where they stopped."),
                 tr("WHERE")});
    p.addOption({QStringLiteral("X"),
                 tr("Any librdkafka property, as with kcat (security.protocol=SASL_SSL, "
                    "sasl.mechanism=SCRAM-SHA-256, ssl.ca.location=FILE, ...)."),
                 tr("KEY=VALUE")});
    p.addOption({QStringLiteral("tz"),
                 tr("Time zone of time stamps without a UTC offset; stored with the topic, so later runs and "
                    "rebuilds read them the same way (default: the stored one, else UTC)."),
                 tr("ZONE")});
    p.addOption({QStringLiteral("until-caught-up"),
                 tr("Stop when every partition is at its end, and print a summary.")});
    p.addOption({QStringLiteral("follow"), tr("Keep consuming until Ctrl+C (the default).")});
    p.addOption({QStringLiteral("no-raw"),
                 tr("Do not store the records for search (smaller; the workspace then cannot be rebuilt "
                    "from them).")});
    p.addOption({QStringLiteral("connect-timeout"),
                 tr("Give up when no broker answers within this many seconds (default 30)."), tr("SECONDS")});
    p.addOption(
        {QStringLiteral("list-topics"), tr("List the cluster's topics with their partitions and exit.")});
    p.addOption({QStringLiteral("json"), tr("Print the summary (and with --follow, the status) as JSON.")});
}

int ConsumeCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    KafkaOptions o;
    o.brokers = p.value(QStringLiteral("brokers"));
    if (o.brokers.isEmpty()) {
        printErr(tr("eventscope consume: name the brokers with --brokers host:port.") + QLatin1Char('\n'));
        return ExitUsage;
    }
    for (const QString &kv : p.values(QStringLiteral("X"))) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0) {
            printErr(tr("eventscope consume: -X takes KEY=VALUE, not \"%1\".").arg(kv) + QLatin1Char('\n'));
            return ExitUsage;
        }
        o.properties.emplace_back(kv.left(eq), kv.mid(eq + 1));
    }
    o.keepRawEvents = !p.isSet(QStringLiteral("no-raw"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("list-topics"))) {
        std::vector<KafkaTopicInfo> topics;
        const QString e = listKafkaTopics(o.brokers, o.properties, 10000, topics);
        if (!e.isEmpty()) {
            printErr(tr("error: %1").arg(e) + QLatin1Char('\n'));
            return ExitFailure;
        }
        QJsonArray arr;
        for (const KafkaTopicInfo &t : topics) {
            if (json)
                arr.append(QJsonObject{{QStringLiteral("topic"), t.name},
                                       {QStringLiteral("partitions"), t.partitions}});
            else
                printOut(tr("%1\t%n partition(s)", nullptr, t.partitions).arg(t.name) + QLatin1Char('\n'));
        }
        if (json)
            printOut(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
        return ExitOk;
    }
    o.topic = p.value(QStringLiteral("topic"));
    if (o.topic.isEmpty()) {
        printErr(tr("eventscope consume: name the topic with --topic.") + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("group")))
        o.group = p.value(QStringLiteral("group"));
    o.format = p.value(QStringLiteral("format"));
    o.envelopeField = p.value(QStringLiteral("envelope"));
    o.timeZone = p.value(QStringLiteral("tz"));
    o.untilCaughtUp = p.isSet(QStringLiteral("until-caught-up"));
    if (p.isSet(QStringLiteral("connect-timeout")))
        o.connectTimeoutMs = std::max(1, p.value(QStringLiteral("connect-timeout")).toInt()) * 1000;
    if (o.untilCaughtUp && p.isSet(QStringLiteral("follow"))) {
        printErr(tr("eventscope consume: choose either --until-caught-up or --follow.") + QLatin1Char('\n'));
        return ExitUsage;
    }

    Writer writer;
    if (!writer.open(g.dbPath)) {
        printErr(writer.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    const QString from = p.value(QStringLiteral("from"));
    if (from == QLatin1String("stored")) {
        o.start = KafkaOptions::Start::Stored;
    } else if (from.isEmpty() || from == QLatin1String("earliest")) {
        o.start = KafkaOptions::Start::Earliest;
    } else if (from == QLatin1String("latest")) {
        o.start = KafkaOptions::Start::Latest;
    } else {
        QString error;
        const auto t =
            parseTimeExpression(from, QDateTime::currentMSecsSinceEpoch(), writer.bucketer(), &error);
        if (!t) {
            printErr(tr("eventscope consume: --from: %1").arg(error) + QLatin1Char('\n'));
            return ExitUsage;
        }
        o.start = KafkaOptions::Start::Time;
        o.startMs = *t;
    }

    installHandlers();
    KafkaConsumer consumer(writer, o);
    g_consumer = &consumer;
    const bool tty = isatty(STDERR_FILENO) && !json;
    const QLocale locale;
    QElapsedTimer sinceLine;
    sinceLine.start();
    const KafkaResult r = consumer.run([&](const KafkaStatus &s) {
        if (tty) {
            printErr(QStringLiteral("\r\033[K%1  %2  %3  %4")
                         .arg(kafkaStateName(s.state), tr("%1 messages").arg(locale.toString(s.messages)),
                              s.messagesPerSecond >= 0
                                  ? tr("%1 msg/s").arg(locale.toString(qint64(s.messagesPerSecond)))
                                  : QString(),
                              s.lag >= 0 ? tr("lag %1").arg(locale.toString(s.lag)) : QString()));
        } else if (json && !o.untilCaughtUp && sinceLine.elapsed() >= 5000) {
            sinceLine.restart();
            printOut(QString::fromUtf8(
                         QJsonDocument(QJsonObject{{QStringLiteral("state"), kafkaStateName(s.state)},
                                                   {QStringLiteral("messages"), double(s.messages)},
                                                   {QStringLiteral("events"), double(s.records)},
                                                   {QStringLiteral("lag"), double(s.lag)},
                                                   {QStringLiteral("messages_per_second"),
                                                    s.messagesPerSecond >= 0 ? QJsonValue(s.messagesPerSecond)
                                                                             : QJsonValue()},
                                                   {QStringLiteral("error"), s.lastError}})
                             .toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
        }
        return !g_stop.load();
    });
    g_consumer = nullptr;
    writer.close();
    if (tty)
        printErr(QStringLiteral("\r\033[K"));
    if (json) {
        QJsonArray warnings;
        for (const QString &w : r.warnings)
            warnings.append(w);
        QJsonObject out{{QStringLiteral("database"), writer.path()},
                        {QStringLiteral("source"), r.source},
                        {QStringLiteral("topic"), o.topic},
                        {QStringLiteral("status"), resultStatusName(r.status)},
                        {QStringLiteral("format"), r.format},
                        {QStringLiteral("messages"), double(r.messages)},
                        {QStringLiteral("events"), double(r.records)},
                        {QStringLiteral("malformed"), double(r.malformed)},
                        {QStringLiteral("skipped"), double(r.skipped)},
                        {QStringLiteral("seconds"), r.seconds},
                        {QStringLiteral("messages_per_second"), r.messagesPerSecond},
                        {QStringLiteral("warnings"), warnings}};
        if (!r.error.isEmpty())
            out[QStringLiteral("error")] = r.error;
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        printOut(tr("%1: %2, format %3").arg(o.topic, resultStatusName(r.status), r.format) +
                 QLatin1Char('\n'));
        printOut(tr("  messages %1, events %2, malformed %3, %4 s, %5 messages/s")
                     .arg(locale.toString(r.messages), locale.toString(r.records),
                          locale.toString(r.malformed), QString::number(r.seconds, 'f', 2),
                          locale.toString(qint64(r.messagesPerSecond))) +
                 QLatin1Char('\n'));
        for (const QString &w : r.warnings)
            printErr(tr("warning: %1").arg(w) + QLatin1Char('\n'));
        if (!r.error.isEmpty())
            printErr(tr("error: %1").arg(r.error) + QLatin1Char('\n'));
    }
    switch (r.status) {
    case KafkaResult::Status::CaughtUp:
        return ExitOk;
    case KafkaResult::Status::Stopped:
        return o.untilCaughtUp ? ExitCancelled : ExitOk;
    case KafkaResult::Status::Failed:
        break;
    }
    return ExitFailure;
}

void ConsumeCommand::addDemoOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("topic"), tr("Topic to create (default: events)."), tr("TOPIC")});
    p.addOption({QStringLiteral("partitions"), tr("Partitions of the topic (default 6)."), tr("N")});
    p.addOption({QStringLiteral("brokers"), tr("Number of brokers (default 3)."), tr("N")});
    p.addOption({QStringLiteral("history"),
                 tr("Demo events of the last 7 days produced at start (default "
                    "20000)."),
                 tr("N")});
    p.addOption({QStringLiteral("rate"), tr("Live demo events per second afterwards (default 20; 0 = none)."),
                 tr("N")});
}

int ConsumeCommand::runDemo(QCommandLineParser &p, const GlobalOptions &)
{
    const QString topic = p.value(QStringLiteral("topic")).isEmpty() ? QStringLiteral("events")
                                                                     : p.value(QStringLiteral("topic"));
    const int partitions =
        p.isSet(QStringLiteral("partitions")) ? p.value(QStringLiteral("partitions")).toInt() : 6;
    const int brokers = p.isSet(QStringLiteral("brokers")) ? p.value(QStringLiteral("brokers")).toInt() : 3;
    const qint64 history =
        p.isSet(QStringLiteral("history")) ? p.value(QStringLiteral("history")).toLongLong() : 20000;
    const int rate = p.isSet(QStringLiteral("rate")) ? p.value(QStringLiteral("rate")).toInt() : 20;
    if (partitions < 1 || brokers < 1 || history < 0 || rate < 0) {
        printErr(tr("eventscope kafka-demo: --partitions and --brokers take a positive number, --history and "
                    "--rate zero or more.") +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    demo::KafkaDemoCluster cluster;
    QString e = cluster.start(brokers);
    if (e.isEmpty())
        e = cluster.createTopic(topic, partitions);
    if (!e.isEmpty()) {
        printErr(tr("error: %1").arg(e) + QLatin1Char('\n'));
        return ExitFailure;
    }
    installHandlers();
    demo::KafkaDemoFeedOptions feedOptions;
    feedOptions.topic = topic;
    feedOptions.historyEvents = history;
    feedOptions.rate = rate;
    demo::KafkaDemoFeed feed;
    e = feed.start(cluster, feedOptions);
    if (!e.isEmpty()) {
        printErr(tr("error: %1").arg(e) + QLatin1Char('\n'));
        return ExitFailure;
    }
    printOut(
        tr("Kafka demo cluster at %1, topic %2 with %3 partitions.\nConsume it with:\n  eventscope consume "
           "--brokers %1 --topic %2\nStop with Ctrl+C.")
            .arg(cluster.bootstraps(), topic)
            .arg(partitions) +
        QLatin1Char('\n'));
    QString lastError;
    while (!g_stop) {
        QThread::msleep(200);
        const QString feedError = feed.lastError();
        if (feedError != lastError && !feedError.isEmpty())
            printErr(tr("warning: %1").arg(feedError) + QLatin1Char('\n'));
        lastError = feedError;
    }
    feed.stop();
    return ExitOk;
}

Command consumeCommand()
{
    return {QStringLiteral("consume"),
            [] { return ConsumeCommand::tr("Consume a Kafka topic into the workspace."); },
            &ConsumeCommand::addOptions, &ConsumeCommand::run};
}

Command kafkaDemoCommand()
{
    return {
        QStringLiteral("kafka-demo"),
        [] { return ConsumeCommand::tr("Run an embedded Kafka cluster on this machine with demo events."); },
        &ConsumeCommand::addDemoOptions, &ConsumeCommand::runDemo};
}

} // namespace es::cli
