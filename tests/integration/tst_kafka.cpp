// The Kafka source against the embedded cluster (librdkafka's mock cluster on
// loopback, over real TCP): exact counts, exactly once across SIGKILL,
// restarts, a broker outage and a rebalance, JSON envelopes, and a
// third-party producer (kcat).

#include "demo/kafkademo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <librdkafka/rdkafka.h>
#include <map>

using es::demo::KafkaDemoCluster;

namespace {

constexpr int kPartitions = 8;
constexpr std::int64_t kBaseMs = 1760000000000; // 2025-10-09

struct Produced
{
    std::map<QString, int> byType;
    int total = 0;
};

// Deterministic events: user u<k> always goes to partition k % 8, as keyed producers do.
void makeEvents(int first, int count, std::vector<std::vector<std::string>> &byPartition, Produced &expected)
{
    static const char *types[] = {"page_view", "click", "search", "signup", "purchase", "download"};
    byPartition.assign(kPartitions, {});
    for (int i = first; i < first + count; ++i) {
        const int user = (i * 7919) % 997;
        const char *type = types[(i * 31 + user) % 6];
        const std::int64_t ts = kBaseMs + std::int64_t(i) * 37000; // about 26 days for 60k events
        byPartition[size_t(user % kPartitions)].push_back(
            QStringLiteral("{\"event_type\":\"%1\",\"ts\":%2,\"user_id\":\"u%3\",\"params\":{\"n\":%4}}")
                .arg(QLatin1String(type))
                .arg(ts)
                .arg(user)
                .arg(i)
                .toStdString());
        ++expected.byType[QLatin1String(type)];
        ++expected.total;
    }
}

} // namespace

class TstKafka : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    KafkaDemoCluster m_cluster;
    Produced m_expected;

    struct Run
    {
        int exitCode = -1;
        QJsonObject summary;
        QString err;
    };

    QStringList base(const QString &db) const
    {
        // A killed member leaves the group after the session timeout: short here.
        return {QStringLiteral("--db"),
                m_dir.filePath(db),
                QStringLiteral("consume"),
                QStringLiteral("--brokers"),
                m_cluster.bootstraps(),
                QStringLiteral("-X"),
                QStringLiteral("session.timeout.ms=6000"),
                QStringLiteral("-X"),
                QStringLiteral("heartbeat.interval.ms=500")};
    }

    Run consume(const QString &db, const QString &topic, const QStringList &extra = {})
    {
        QProcess p;
        p.start(QStringLiteral(ES_BINARY_PATH),
                base(db) +
                    QStringList{QStringLiteral("--topic"), topic, QStringLiteral("--until-caught-up"),
                                QStringLiteral("--json")} +
                    extra);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitCode();
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.summary = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
        return r;
    }

    // The query output of a workspace: event counts by type and by day, and visitors.
    QString query(const QString &db, const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ES_BINARY_PATH),
                QStringList{QStringLiteral("--db"), m_dir.filePath(db), QStringLiteral("query"),
                            QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2026-01-01"), QStringLiteral("--format"), QStringLiteral("csv")} +
                    args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
    }

    std::map<QString, int> countsByType(const QString &db)
    {
        std::map<QString, int> out;
        const QStringList lines = query(db, {QStringLiteral("--metric"), QStringLiteral("events"),
                                             QStringLiteral("--by"), QStringLiteral("event_type")})
                                      .split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(u',');
            if (cells.size() >= 2)
                out[cells[0]] = cells[1].toInt();
        }
        return out;
    }

    // Sorted lines: rows of equal rank may come in any order.
    QString fingerprint(const QString &db)
    {
        QStringList lines = (query(db, {QStringLiteral("--metric"), QStringLiteral("events,visitors"),
                                        QStringLiteral("--by"), QStringLiteral("event_type"),
                                        QStringLiteral("--granularity"), QStringLiteral("day")}) +
                             query(db, {QStringLiteral("--metric"), QStringLiteral("events,visitors"),
                                        QStringLiteral("--granularity"), QStringLiteral("week")}))
                                .split(u'\n');
        lines.sort();
        return lines.join(u'\n');
    }

    // Messages of a topic the workspace has, by its stored offsets.
    qint64 storedMessages(const QString &db)
    {
        QProcess p;
        p.start(QStringLiteral(ES_BINARY_PATH),
                {QStringLiteral("--db"), m_dir.filePath(db), QStringLiteral("sql"),
                 QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("SELECT coalesce(sum(next_offset), 0) FROM kafka_offsets")});
        p.waitForFinished(30000);
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? -1 : lines.last().toLongLong();
    }

    void produce(const QString &topic, int first, int count)
    {
        std::vector<std::vector<std::string>> parts;
        makeEvents(first, count, parts, m_expected);
        for (int p = 0; p < kPartitions; ++p)
            QCOMPARE(m_cluster.produce(topic, parts[size_t(p)], p), QString());
    }

    // A second member of the group joins until it has partitions, then leaves:
    // two rebalances for the consumer under test.
    void forceRebalance(const QString &topic)
    {
        char err[512];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        QCOMPARE(rd_kafka_conf_set(conf, "bootstrap.servers", m_cluster.bootstraps().toUtf8().constData(),
                                   err, sizeof err),
                 RD_KAFKA_CONF_OK);
        rd_kafka_conf_set(conf, "group.id", "eventscope", err, sizeof err);
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
        rd_kafka_conf_set(conf, "session.timeout.ms", "6000", err, sizeof err);
        rd_kafka_conf_set(conf, "heartbeat.interval.ms", "500", err, sizeof err);
        rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
        QVERIFY(rk);
        rd_kafka_poll_set_consumer(rk);
        rd_kafka_topic_partition_list_t *t = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(t, topic.toUtf8().constData(), RD_KAFKA_PARTITION_UA);
        rd_kafka_subscribe(rk, t);
        rd_kafka_topic_partition_list_destroy(t);
        QElapsedTimer clock;
        clock.start();
        bool assigned = false;
        while (!assigned && clock.elapsed() < 20000) {
            if (rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100))
                rd_kafka_message_destroy(m);
            rd_kafka_topic_partition_list_t *a = nullptr;
            if (rd_kafka_assignment(rk, &a) == RD_KAFKA_RESP_ERR_NO_ERROR) {
                assigned = a->cnt > 0;
                rd_kafka_topic_partition_list_destroy(a);
            }
        }
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
        QVERIFY2(assigned, "the second group member never got partitions");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_cluster.start(3), QString());
        QCOMPARE(m_cluster.createTopic(QStringLiteral("events"), kPartitions), QString());
        produce(QStringLiteral("events"), 0, 40000);
    }

    void exactCounts()
    {
        const Run r = consume(QStringLiteral("a.db"), QStringLiteral("events"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.summary.value(QStringLiteral("status")).toString(), QStringLiteral("caught-up"));
        QCOMPARE(r.summary.value(QStringLiteral("format")).toString(), QStringLiteral("json_events"));
        QCOMPARE(r.summary.value(QStringLiteral("messages")).toInt(), 40000);
        QCOMPARE(r.summary.value(QStringLiteral("events")).toInt(), 40000);
        QCOMPARE(countsByType(QStringLiteral("a.db")), m_expected.byType);

        // Again: nothing new, nothing counted twice.
        const Run again = consume(QStringLiteral("a.db"), QStringLiteral("events"));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.summary.value(QStringLiteral("messages")).toInt(), 0);
        QCOMPARE(countsByType(QStringLiteral("a.db")), m_expected.byType);
    }

    // SIGKILL at random moments, a broker outage, a rebalance and more
    // messages while it runs: the result equals an uninterrupted run.
    void killsOutagesAndRebalances()
    {
        quint32 seed = qEnvironmentVariable("ES_KAFKA_SEED").toUInt();
        if (seed == 0)
            seed = QRandomGenerator::system()->generate();
        qInfo("kill points from seed %u (ES_KAFKA_SEED=%u repeats them)", seed, seed);
        QRandomGenerator rng(seed);
        const QString db = QStringLiteral("b.db");
        int kills = 0, partial = 0;
        // A consumer can read its whole backlog before its first commit, so a
        // kill after that commit may find nothing left to do. Up to three more
        // rounds, each with a new backlog of 20,000 messages, are killed a
        // random moment after they start, committed or not.
        for (int round = 0; round < 6 || (partial == 0 && round < 9); ++round) {
            if (round >= 6)
                produce(QStringLiteral("events"), 60000 + (round - 6) * 20000, 20000);
            QProcess p;
            // Small fetches make consuming slow enough to be killed in the middle.
            p.start(QStringLiteral(ES_BINARY_PATH),
                    base(db) + QStringList{QStringLiteral("--topic"), QStringLiteral("events"),
                                           QStringLiteral("--follow"), QStringLiteral("-X"),
                                           QStringLiteral("max.partition.fetch.bytes=2048"),
                                           QStringLiteral("-X"), QStringLiteral("fetch.max.bytes=16384"),
                                           QStringLiteral("-X"), QStringLiteral("message.max.bytes=16384")});
            QVERIFY(p.waitForStarted());
            // Rounds 1 to 3 bring more messages while it runs (60,000 in all).
            const qint64 before = storedMessages(db);
            if (round >= 1 && round <= 3)
                produce(QStringLiteral("events"), 40000 + (round - 1) * 7000, round == 3 ? 6000 : 7000);
            auto waitForCommit = [&] {
                QElapsedTimer waited;
                waited.start();
                while (p.state() == QProcess::Running && storedMessages(db) == before &&
                       waited.elapsed() < 30000)
                    QThread::msleep(20);
            };
            if (round == 2) {
                m_cluster.setBrokerDown(1, true);
                QThread::msleep(1500); // the outage lasts this long
                m_cluster.setBrokerDown(1, false);
            }
            if (round < 6)
                waitForCommit();
            else
                QThread::msleep(20 + rng.bounded(300));
            if (round == 3) // it holds partitions now: a second member takes some, then leaves
                forceRebalance(QStringLiteral("events"));
            // Round 0 is killed right after its first commit, in the middle of
            // its 40,000 messages; the others a random moment later.
            if (round > 0 && round < 6)
                QThread::msleep(rng.bounded(400));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++kills;
            }
            p.waitForFinished();
            const qint64 stored = storedMessages(db);
            qInfo("round %d: killed with %lld of %d messages stored", round, stored, m_expected.total);
            if (stored > 0 && stored < m_expected.total)
                ++partial;
        }
        qInfo("killed %d times, %d of them in the middle of the topic", kills, partial);
        // Where a kill lands depends on the machine's speed; that every one of
        // them is survived exactly once is what the counts below check.
        QVERIFY2(kills >= 6, "the consumer ended before it could be killed");
        const Run last = consume(db, QStringLiteral("events"));
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QCOMPARE(countsByType(db), m_expected.byType);

        // The uninterrupted workspace catches up with the second batch too.
        const qint64 had = storedMessages(QStringLiteral("a.db"));
        const Run a = consume(QStringLiteral("a.db"), QStringLiteral("events"));
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QCOMPARE(a.summary.value(QStringLiteral("messages")).toInt(), int(m_expected.total - had));
        QCOMPARE(countsByType(QStringLiteral("a.db")), m_expected.byType);
        const QString expected = fingerprint(QStringLiteral("a.db"));
        QVERIFY(expected.count(u'\n') > 20);
        QCOMPARE(fingerprint(db), expected);
    }

    // Filebeat-style envelopes: the log line is in "message"; detected.
    void envelopes()
    {
        QCOMPARE(m_cluster.createTopic(QStringLiteral("filebeat"), 3), QString());
        std::vector<std::string> messages;
        for (int i = 0; i < 600; ++i) {
            const QString line =
                QStringLiteral(
                    "203.0.113.%1 - - [10/Oct/2025:13:%2:%3 +0000] \"GET /page/%4 HTTP/1.1\" 200 %5 "
                    "\"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\"")
                    .arg(i % 50)
                    .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 7)
                    .arg(1000 + i);
            QJsonObject o{
                {QStringLiteral("@timestamp"), QStringLiteral("2025-10-10T13:00:00.000Z")},
                {QStringLiteral("message"), line},
                {QStringLiteral("host"), QJsonObject{{QStringLiteral("name"), QStringLiteral("web1")}}}};
            messages.push_back(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
        }
        QCOMPARE(m_cluster.produce(QStringLiteral("filebeat"), messages), QString());
        const Run r = consume(QStringLiteral("c.db"), QStringLiteral("filebeat"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.summary.value(QStringLiteral("format")).toString(), QStringLiteral("combined"));
        QCOMPARE(r.summary.value(QStringLiteral("events")).toInt(), 600);
        QCOMPARE(r.summary.value(QStringLiteral("malformed")).toInt(), 0);
        const QString hits =
            query(QStringLiteral("c.db"), {QStringLiteral("--metric"), QStringLiteral("hits")});
        QVERIFY2(hits.contains(QStringLiteral("600")), qPrintable(hits));
    }

    // A third-party producer: kcat writes one message per line.
    void kcatProducer()
    {
        const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
        QVERIFY2(!kcat.isEmpty(), "kcat is missing: packaging/install-deps.sh installs it");
        QCOMPARE(m_cluster.createTopic(QStringLiteral("kcat"), 4), QString());
        QFile f(m_dir.filePath(QStringLiteral("events.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 1000; ++i)
            f.write(QStringLiteral("{\"event_type\":\"%1\",\"ts\":%2}\n")
                        .arg(i % 3 == 0 ? QStringLiteral("signup") : QStringLiteral("click"))
                        .arg(kBaseMs + i * 1000)
                        .toUtf8());
        f.close();
        QProcess p;
        // From standard input kcat sends one message per line (a file argument is one message).
        p.setStandardInputFile(f.fileName());
        p.start(kcat, {QStringLiteral("-P"), QStringLiteral("-b"), m_cluster.bootstraps(),
                       QStringLiteral("-t"), QStringLiteral("kcat")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Run r = consume(QStringLiteral("d.db"), QStringLiteral("kcat"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.summary.value(QStringLiteral("events")).toInt(), 1000);
        const std::map<QString, int> expected{{QStringLiteral("click"), 666},
                                              {QStringLiteral("signup"), 334}};
        QCOMPARE(countsByType(QStringLiteral("d.db")), expected);
    }

    void unknownTopicSaysSo()
    {
        const Run r = consume(QStringLiteral("e.db"), QStringLiteral("no-such-topic"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.summary.value(QStringLiteral("error")).toString().contains(QStringLiteral("does not exist")),
            qPrintable(r.summary.value(QStringLiteral("error")).toString() + r.err));
    }

    void unreachableBrokerSaysSo()
    {
        QProcess p;
        p.start(QStringLiteral(ES_BINARY_PATH),
                {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("f.db")), QStringLiteral("consume"),
                 QStringLiteral("--brokers"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--topic"),
                 QStringLiteral("events"), QStringLiteral("--until-caught-up"),
                 QStringLiteral("--connect-timeout"), QStringLiteral("3")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("No Kafka broker answered")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TstKafka)
#include "tst_kafka.moc"
