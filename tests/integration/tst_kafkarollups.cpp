// Rollup records through Kafka (librdkafka's mock cluster on loopback, over
// real TCP, the real eventscope binary): a workspace built from raw access
// logs is exported with `eventscope rollup-export`, the records are produced
// to a topic of several partitions and consumed into an empty workspace,
// which then answers every query exactly like the first one. Consuming
// again, or after SIGKILL in the middle, counts nothing twice; records the
// workspace cannot hold are counted as malformed, with their reasons.

#include "demo/kafkademo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using es::demo::KafkaDemoCluster;

namespace {

constexpr int kPartitions = 6;
const QString kFrom = QStringLiteral("2025-10-01");
const QString kTo = QStringLiteral("2025-10-15");

} // namespace

class TstKafkaRollups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    KafkaDemoCluster m_cluster;
    int m_records = 0;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
        QJsonObject summary;
    };

    // Day and hour buckets in a zone with daylight-saving time and an offset.
    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
        return env;
    }

    Run run(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.summary = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
        return r;
    }

    QString db(const QString &name) const { return m_dir.filePath(name); }

    QStringList consumeArgs(const QString &name, const QString &topic) const
    {
        return {QStringLiteral("--db"),
                db(name),
                QStringLiteral("consume"),
                QStringLiteral("--brokers"),
                m_cluster.bootstraps(),
                QStringLiteral("--topic"),
                topic,
                QStringLiteral("-X"),
                QStringLiteral("session.timeout.ms=6000"),
                QStringLiteral("-X"),
                QStringLiteral("heartbeat.interval.ms=500")};
    }

    Run consume(const QString &name, const QString &topic, const QStringList &extra = {})
    {
        return run(consumeArgs(name, topic) +
                   QStringList{QStringLiteral("--until-caught-up"), QStringLiteral("--json")} + extra);
    }

    // What a workspace answers: totals per hour, day and minute, the
    // breakdowns by the dimensions records carry, with every metric.
    QString answers(const QString &name)
    {
        const QString all = QStringLiteral("hits,requests,bytes,page_views,downloads,events,errors,avg_"
                                           "response_ms,visitors,sessions,bounces,"
                                           "bounce_rate,pages_per_session,avg_session_seconds");
        const QString some = QStringLiteral("hits,bytes,page_views,visitors,sessions,bounce_rate");
        const QList<QStringList> queries = {
            {QStringLiteral("--metric"), all},
            {QStringLiteral("--metric"), all, QStringLiteral("--granularity"), QStringLiteral("day")},
            {QStringLiteral("--metric"), all, QStringLiteral("--granularity"), QStringLiteral("hour")},
            {QStringLiteral("--metric"), all, QStringLiteral("--granularity"), QStringLiteral("week")},
            {QStringLiteral("--metric"), all, QStringLiteral("--bots"), QStringLiteral("only")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("country")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("device")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("country,device")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("browser")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("os")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("site")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("referrer")},
            {QStringLiteral("--metric"), some, QStringLiteral("--by"), QStringLiteral("url"),
             QStringLiteral("--top"), QStringLiteral("100000")},
            {QStringLiteral("--metric"), QStringLiteral("hits,page_views"), QStringLiteral("--by"),
             QStringLiteral("url,device"), QStringLiteral("--top"), QStringLiteral("100000")},
            {QStringLiteral("--metric"), QStringLiteral("hits,bytes,visitors"), QStringLiteral("--by"),
             QStringLiteral("status")},
            {QStringLiteral("--metric"), QStringLiteral("hits,bytes,visitors"), QStringLiteral("--by"),
             QStringLiteral("method")},
            {QStringLiteral("--metric"), QStringLiteral("hits,visitors"), QStringLiteral("--by"),
             QStringLiteral("country"), QStringLiteral("--granularity"), QStringLiteral("day")},
        };
        QStringList out;
        for (const QStringList &q : queries) {
            const Run r = run(QStringList{QStringLiteral("--db"), db(name), QStringLiteral("query"),
                                          QStringLiteral("--from"), kFrom, QStringLiteral("--to"), kTo,
                                          QStringLiteral("--format"), QStringLiteral("csv")} +
                              q);
            // Rows of equal rank come in the order of their dictionary ids.
            QStringList rows = r.out.split(u'\n');
            rows.sort();
            out << q.join(u' ') << rows.join(u'\n') << r.err << QStringLiteral("exit %1").arg(r.exitCode);
        }
        // The last hours of data per minute (minute rollups), in local time.
        const Run minutes = run(
            {QStringLiteral("--db"), db(name), QStringLiteral("query"), QStringLiteral("--from"),
             QStringLiteral("2025-10-10T00:00"), QStringLiteral("--to"), QStringLiteral("2025-10-10T03:00"),
             QStringLiteral("--granularity"), QStringLiteral("minute"), QStringLiteral("--metric"),
             QStringLiteral("hits,requests,bytes,page_views,downloads,errors,avg_response_ms,visitors"),
             QStringLiteral("--format"), QStringLiteral("csv")});
        out << minutes.out << minutes.err << QStringLiteral("exit %1").arg(minutes.exitCode);
        return out.join(u'\n');
    }

    qint64 storedMessages(const QString &name)
    {
        const Run r = run({QStringLiteral("--db"), db(name), QStringLiteral("sql"),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("SELECT coalesce(sum(next_offset), 0) FROM kafka_offsets")},
                          30000);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? -1 : lines.last().toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_cluster.start(3), QString());
        // Workspace A from raw access logs: three days with sites, countries,
        // devices, bots and sessions.
        const QString log = m_dir.filePath(QStringLiteral("access.log"));
        Run g =
            run({QStringLiteral("generate"), QStringLiteral("--kind"), QStringLiteral("access"),
                 QStringLiteral("--vhost"), QStringLiteral("--lines"), QStringLiteral("20000"),
                 QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--end"),
                 QStringLiteral("2025-10-10T00:00:00Z"), QStringLiteral("--seed"), QStringLiteral("7"), log});
        QVERIFY2(g.exitCode == 0, qPrintable(g.err));
        // Countries come from Debian's geoip-database when it is installed.
        const Run i =
            run({QStringLiteral("--db"), db(QStringLiteral("a.db")), QStringLiteral("import"), log});
        QVERIFY2(i.exitCode == 0, qPrintable(i.err));

        // Its rollups as records, produced round-robin to several partitions.
        const QString file = m_dir.filePath(QStringLiteral("rollups.jsonl"));
        const Run e =
            run({QStringLiteral("--db"), db(QStringLiteral("a.db")), QStringLiteral("rollup-export"),
                 QStringLiteral("--output"), file, QStringLiteral("--json")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QJsonObject counts = QJsonDocument::fromJson(e.err.trimmed().toUtf8()).object();
        QVERIFY2(counts.value(QStringLiteral("minute")).toInt() > 1000, qPrintable(e.err));
        QVERIFY2(counts.value(QStringLiteral("hour")).toInt() > 100, qPrintable(e.err));
        QVERIFY2(counts.value(QStringLiteral("day")).toInt() > 10, qPrintable(e.err));
        QCOMPARE(counts.value(QStringLiteral("inconsistent")).toInt(), 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        std::vector<std::vector<std::string>> parts(kPartitions);
        size_t bytes = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            parts[size_t(m_records % kPartitions)].push_back(line.toStdString());
            bytes += size_t(line.size());
            ++m_records;
        }
        QCOMPARE(m_records, counts.value(QStringLiteral("records")).toInt());
        qInfo("%d rollup records, %zu bytes", m_records, bytes);
        QVERIFY2(bytes / kPartitions < 4u << 20, "a partition of the mock cluster keeps about 5 MiB");
        QCOMPARE(m_cluster.createTopic(QStringLiteral("rollups"), kPartitions), QString());
        for (int p = 0; p < kPartitions; ++p)
            QCOMPARE(m_cluster.produce(QStringLiteral("rollups"), parts[size_t(p)], p), QString());
    }

    // Merging the rollups gives the same answers as ingesting the raw events.
    void mergedEqualsRaw()
    {
        const Run r = consume(QStringLiteral("b.db"), QStringLiteral("rollups"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.summary.value(QStringLiteral("status")).toString(), QStringLiteral("caught-up"));
        QCOMPARE(r.summary.value(QStringLiteral("format")).toString(), QStringLiteral("rollup")); // detected
        QCOMPARE(r.summary.value(QStringLiteral("messages")).toInt(), m_records);
        QCOMPARE(r.summary.value(QStringLiteral("events")).toInt(), m_records);
        QCOMPARE(r.summary.value(QStringLiteral("malformed")).toInt(), 0);
        qInfo("merged %d records in %.2f s (%.0f records/s while consuming)", m_records,
              r.summary.value(QStringLiteral("seconds")).toDouble(),
              r.summary.value(QStringLiteral("messages_per_second")).toDouble());
        const QString expected = answers(QStringLiteral("a.db"));
        // The answers are real numbers, not empty tables or errors.
        QVERIFY2(expected.count(u'\n') > 500, qPrintable(expected.left(2000)));
        QCOMPARE(expected.count(QLatin1String("\nexit 0")), 18);
        QCOMPARE(answers(QStringLiteral("b.db")), expected);

        // Again: nothing new, nothing counted twice.
        const Run again = consume(QStringLiteral("b.db"), QStringLiteral("rollups"));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.summary.value(QStringLiteral("messages")).toInt(), 0);
        QCOMPARE(answers(QStringLiteral("b.db")), expected);
    }

    // SIGKILL in the middle of the topic, then a restart from the stored offsets.
    void killedAndRestarted()
    {
        const QString name = QStringLiteral("c.db");
        // The workspace exists before the first kill, which may come at once.
        QCOMPARE(run({QStringLiteral("--db"), db(name), QStringLiteral("retention")}).exitCode, 0);
        int kills = 0, partial = 0;
        for (int round = 0; round < 3; ++round) {
            QProcess p;
            p.setProcessEnvironment(environment());
            // Small fetches make consuming slow enough to be killed in the middle.
            p.start(QStringLiteral(ES_BINARY_PATH),
                    consumeArgs(name, QStringLiteral("rollups")) +
                        QStringList{QStringLiteral("--follow"), QStringLiteral("-X"),
                                    QStringLiteral("max.partition.fetch.bytes=4096"), QStringLiteral("-X"),
                                    QStringLiteral("fetch.max.bytes=16384"), QStringLiteral("-X"),
                                    QStringLiteral("message.max.bytes=16384")});
            QVERIFY(p.waitForStarted());
            const qint64 before = storedMessages(name);
            QElapsedTimer waited;
            waited.start();
            while (p.state() == QProcess::Running && storedMessages(name) == before &&
                   waited.elapsed() < 60000)
                QThread::msleep(20);
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++kills;
            }
            p.waitForFinished();
            if (p.exitStatus() == QProcess::NormalExit)
                qInfo("the consumer ended by itself: %s", p.readAllStandardError().constData());
            const qint64 stored = storedMessages(name);
            qInfo("round %d: killed with %lld of %d records stored", round, stored, m_records);
            partial += stored > 0 && stored < m_records ? 1 : 0;
        }
        QVERIFY(kills >= 1);
        QVERIFY2(partial >= 1, "no kill landed in the middle of the topic");
        const Run last = consume(name, QStringLiteral("rollups"));
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QCOMPARE(storedMessages(name), qint64(m_records));
        QCOMPARE(answers(name), answers(QStringLiteral("a.db")));
    }

    // Records the workspace cannot hold are malformed, with their reasons;
    // the others are merged.
    void badRecordsAreCounted()
    {
        QCOMPARE(m_cluster.createTopic(QStringLiteral("mixed"), 2), QString());
        const std::string head = "{\"kind\":\"eventscope.rollup\",\"version\":1,";
        const std::vector<std::string> messages = {
            head + "\"granularity\":\"hour\",\"window_start\":\"2025-10-09T10:00:00Z\",\"metrics\":{\"hits\":"
                   "5}}",
            head + "\"granularity\":\"week\",\"window_start\":\"2025-10-09T10:00:00Z\",\"metrics\":{\"hits\":"
                   "5}}",
            head + "\"granularity\":\"hour\",\"window_start\":\"2025-10-09T10:00:00Z\",\"dimensions\":{"
                   "\"colour\":"
                   "\"red\"},\"metrics\":{\"hits\":5}}",
            head +
                "\"granularity\":\"hour\",\"window_start\":\"2025-10-09T11:00:00Z\",\"metrics\":{\"hits\":2},"
                "\"visitors_sketch\":\"not base64!\"}",
            "not JSON at all",
            head + "\"granularity\":\"minute\",\"window_start\":1760004060000,\"dimensions\":{\"device\":"
                   "\"mobile\"},\"metrics\":{\"hits\":3,\"page_views\":1}}",
        };
        QCOMPARE(m_cluster.produce(QStringLiteral("mixed"), messages, 0), QString());
        const Run r = consume(QStringLiteral("d.db"), QStringLiteral("mixed"),
                              {QStringLiteral("--format"), QStringLiteral("rollup")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.err));
        QCOMPARE(r.summary.value(QStringLiteral("messages")).toInt(), 6);
        QCOMPARE(r.summary.value(QStringLiteral("events")).toInt(), 2);
        QCOMPARE(r.summary.value(QStringLiteral("malformed")).toInt(), 4);
        const Run reasons =
            run({QStringLiteral("--db"), db(QStringLiteral("d.db")), QStringLiteral("sql"),
                 QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("SELECT line_no, reason FROM malformed_samples ORDER BY line_no")});
        QVERIFY2(reasons.out.contains(QLatin1String("2,\"granularity is not minute, hour or day\"")),
                 qPrintable(reasons.out));
        QVERIFY2(reasons.out.contains(QLatin1String("3,unknown dimension colour")), qPrintable(reasons.out));
        QVERIFY2(reasons.out.contains(QLatin1String("4,visitors_sketch is not base64")),
                 qPrintable(reasons.out));
        QVERIFY2(reasons.out.contains(QLatin1String("5,invalid JSON")), qPrintable(reasons.out));
        const Run hits =
            run({QStringLiteral("--db"), db(QStringLiteral("d.db")), QStringLiteral("query"),
                 QStringLiteral("--from"), kFrom, QStringLiteral("--to"), kTo, QStringLiteral("--metric"),
                 QStringLiteral("hits,page_views"), QStringLiteral("--by"), QStringLiteral("device"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(hits.out.contains(QLatin1String("\nmobile,3,1")), qPrintable(hits.out + hits.err));
    }
};

QTEST_GUILESS_MAIN(TstKafkaRollups)
#include "tst_kafkarollups.moc"
