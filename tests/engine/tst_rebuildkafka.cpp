// Rebuilding a workspace with a Kafka source (consumed from librdkafka's mock
// cluster over loopback): the stored records are replayed with the current
// settings, the numbers stay those of the consumed messages, the offsets per
// partition survive (consuming again brings exactly the new messages), and a
// source whose records are no longer all stored cannot be rebuilt.

#include "demo/kafkademo.h"
#include "ingest/kafkaconsumer.h"
#include "ingest/sourcecatalog.h"
#include "ingest/workspacerebuild.h"
#include "rebuildsupport.h"
#include "store/workspacedb.h"
#include "workspacetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace es;
using es::test::buildWorkspace;
using es::test::numbers;

namespace {

constexpr std::int64_t kBaseMs = 1760000000000; // 2025-10-09

std::vector<std::string> events(int first, int count)
{
    static const char *types[] = {"page_view", "click", "search", "signup"};
    std::vector<std::string> out;
    for (int i = first; i < first + count; ++i)
        out.push_back(QStringLiteral("{\"event_type\":\"%1\",\"ts\":%2,\"user_id\":\"u%3\"}")
                          .arg(QLatin1String(types[(i * 7) % 4]))
                          .arg(kBaseMs + std::int64_t(i) * 61000)
                          .arg(i % 37)
                          .toStdString());
    return out;
}

} // namespace

class TestRebuildKafka : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    demo::KafkaDemoCluster m_cluster;

    KafkaResult consume(const QString &db, const QString &topic = QStringLiteral("events"),
                        const QString &timeZone = {})
    {
        Writer w;
        if (!w.open(db))
            return {};
        KafkaOptions o;
        o.brokers = m_cluster.bootstraps();
        o.topic = topic;
        o.timeZone = timeZone;
        o.untilCaughtUp = true;
        o.workers = 2;
        // The mock cluster makes a member joining right after the last one
        // left wait out the group's session timeout: short here, as in tst_kafka.
        o.properties = {{QStringLiteral("session.timeout.ms"), QStringLiteral("6000")},
                        {QStringLiteral("heartbeat.interval.ms"), QStringLiteral("500")}};
        KafkaConsumer consumer(w, o);
        return consumer.run();
    }
    static std::vector<KafkaPartitionOffset> offsets(const QString &db)
    {
        for (const SourceInfo &s : SourceCatalog::list(db).sources)
            if (s.kind == QLatin1String("kafka"))
                return s.kafkaOffsets;
        return {};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_cluster.start(1), QString());
        QCOMPARE(m_cluster.createTopic(QStringLiteral("events"), 3), QString());
        QCOMPARE(m_cluster.produce(QStringLiteral("events"), events(0, 1500)), QString());
    }

    void replaysStoredRecordsAndKeepsOffsets()
    {
        const QString db = m_dir.filePath(QStringLiteral("k.eventscope"));
        QVERIFY(buildWorkspace(db, {}));
        const KafkaResult first = consume(db);
        QVERIFY2(first.status == KafkaResult::Status::CaughtUp, qPrintable(first.error));
        QCOMPARE(first.records, 1500);
        const QStringList before = numbers(db);
        const std::vector<KafkaPartitionOffset> offsetsBefore = offsets(db);
        QCOMPARE(int(offsetsBefore.size()), 3);
        std::int64_t sum = 0;
        for (const KafkaPartitionOffset &o : offsetsBefore)
            sum += o.nextOffset;
        QCOMPARE(sum, 1500);

        const RebuildPlan plan = WorkspaceRebuild::plan(db);
        QVERIFY2(plan.runnable, qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(plan.sources[0].kind, QStringLiteral("kafka"));
        QCOMPARE(plan.sources[0].records, 1500);
        const RebuildResult r = WorkspaceRebuild::run(db);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records, 1500);
        QCOMPARE(numbers(db), before);
        const std::vector<KafkaPartitionOffset> offsetsAfter = offsets(db);
        QCOMPARE(offsetsAfter.size(), offsetsBefore.size());
        for (size_t i = 0; i < offsetsAfter.size(); ++i)
            QCOMPARE(offsetsAfter[i].nextOffset, offsetsBefore[i].nextOffset);
        // The replayed records have their text stored again: a second rebuild works too.
        QVERIFY(WorkspaceRebuild::run(db).ok);
        QCOMPARE(numbers(db), before);

        // Consuming again continues after the stored offsets: only the new messages count.
        QCOMPARE(consume(db).records, 0);
        QCOMPARE(m_cluster.produce(QStringLiteral("events"), events(1500, 40)), QString());
        QCOMPARE(consume(db).records, 40);
        QVERIFY(WorkspaceRebuild::run(db).ok);
        WorkspaceDb w;
        QVERIFY(w.open(db, WorkspaceDb::Access::ReadOnly));
        QCOMPARE(w.connection().scalarInt("SELECT sum(hits) FROM rollup_day WHERE grp = 0"), 1540);
        QCOMPARE(w.connection().scalarInt("SELECT count(*) FROM raw_events"), 1540);
        // Every record's line is in the stored text, once.
        qsizetype lines = 0;
        for (const auto &[offset, text] : es::test::streamBlocks(w.connection()))
            lines += text.count('\n');
        QCOMPARE(lines, qsizetype(1540));
    }

    // Times without an offset are read in the zone given when the topic was
    // first consumed: by later runs that give none, and by a rebuild.
    void naiveTimesKeepTheirZone()
    {
        QCOMPARE(m_cluster.createTopic(QStringLiteral("naive"), 2), QString());
        const auto naive = [](int first, int count) {
            std::vector<std::string> out;
            for (int i = first; i < first + count; ++i)
                out.push_back(QStringLiteral("{\"event_type\":\"click\",\"ts\":\"2025-10-09T10:%1:00\"}")
                                  .arg(i, 2, 10, QLatin1Char('0'))
                                  .toStdString());
            return out;
        };
        QCOMPARE(m_cluster.produce(QStringLiteral("naive"), naive(0, 20)), QString());
        const QString db = m_dir.filePath(QStringLiteral("naive.eventscope"));
        QVERIFY(buildWorkspace(db, {}));
        KafkaResult r = consume(db, QStringLiteral("naive"), QStringLiteral("America/New_York"));
        QVERIFY2(r.status == KafkaResult::Status::CaughtUp, qPrintable(r.error));
        QCOMPARE(r.records, 20);
        QCOMPARE(m_cluster.produce(QStringLiteral("naive"), naive(20, 20)), QString());
        r = consume(db, QStringLiteral("naive"));
        QVERIFY2(r.status == KafkaResult::Status::CaughtUp, qPrintable(r.error));
        QCOMPARE(r.records, 20);
        // 10:00 in New York on 9 October 2025 is 14:00 UTC, for all 40.
        const QString hours = QStringLiteral("SELECT group_concat(bucket || ':' || events) FROM rollup_hour "
                                             "WHERE grp = 0 AND d1 = 0");
        const QString expected = QStringLiteral("1760018400:40");
        QCOMPARE(es::test::text(db, hours), expected);
        QCOMPARE(es::test::text(db, QStringLiteral("SELECT time_zone FROM file_checkpoints")),
                 QStringLiteral("America/New_York"));
        QVERIFY(WorkspaceRebuild::run(db).ok);
        QCOMPARE(es::test::text(db, hours), expected);
    }

    void recordsNoLongerStoredAreSaid()
    {
        const QString db = m_dir.filePath(QStringLiteral("k2.eventscope"));
        QVERIFY(buildWorkspace(db, {}));
        QVERIFY(consume(db).records > 0);
        {
            WorkspaceDb w;
            QVERIFY(w.open(db));
            QVERIFY(w.connection().exec("DELETE FROM raw_events WHERE offset % 10 = 0"));
        }
        const RebuildPlan plan = WorkspaceRebuild::plan(db);
        QVERIFY(!plan.runnable);
        QCOMPARE(plan.sources[0].action, RebuildSourcePlan::Action::Unavailable);
        QVERIFY2(plan.sources[0].reason.contains(QStringLiteral("no longer stored")),
                 qPrintable(plan.sources[0].reason));
    }
};

QTEST_GUILESS_MAIN(TestRebuildKafka)
#include "tst_rebuildkafka.moc"
