// The stored text of a stream (a Kafka topic has no file): the writer keeps
// each batch's lines as blocks of whole lines in stream_text, raw events point
// into them by offset, the event browser and queries from raw events read
// the lines back from there, and the raw-event retention removes them. The
// stream is filled the way a rebuild replays a topic: an import into the
// stream's checkpoint, which stores its text as consuming does.

#include "ingest/fileimporter.h"
#include "query/queryservice.h"
#include "raweventstestsupport.h"
#include "store/analyticssettings.h"
#include "store/linereader.h"
#include "store/sqlite.h"
#include "store/streamtext.h"
#include "store/writer.h"
#include "workspacetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::raweventstest;

class TestStreamText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log; // 3,000 real lines and one of 300 KB
    QList<QByteArray> m_lines;

    // A new workspace without countries (the test needs no country database).
    static bool openWorkspace(Writer &w, const QString &db)
    {
        if (!w.open(db))
            return false;
        AnalyticsSettings s = w.analyticsSettings();
        s.geoip = false;
        return w.setAnalyticsSettings(s).isEmpty();
    }

    // A workspace whose only source is a stream holding the lines of m_log.
    QString streamWorkspace(const QString &name, std::int64_t *checkpointId = nullptr)
    {
        const QString db = m_dir.filePath(name);
        Writer w;
        if (!openWorkspace(w, db))
            return {};
        const Writer::FileMatch m =
            w.registerStream(QStringLiteral("kafka"), QStringLiteral("kafka://test/access"),
                             QStringLiteral("access"), QStringLiteral("combined"));
        if (!m.error.isEmpty())
            return {};
        ImportOptions o;
        o.format = QStringLiteral("combined");
        o.replayCheckpointId = m.checkpoint.id;
        const FileImportResult r = FileImporter(w, o).importFile(m_log);
        if (r.status != FileImportResult::Status::Imported)
            return {};
        if (checkpointId)
            *checkpointId = m.checkpoint.id;
        return db;
    }

    QString fileWorkspace(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        Writer w;
        if (!openWorkspace(w, db))
            return {};
        ImportOptions o;
        o.format = QStringLiteral("combined");
        return FileImporter(w, o).importFile(m_log).status == FileImportResult::Status::Imported ? db
                                                                                                 : QString();
    }

private slots:
    void initTestCase()
    {
        QFile in(QStringLiteral(ES_SHARED_DATA_DIR "/access_logs/elastic_apache_logs.log"));
        if (!in.open(QIODevice::ReadOnly))
            QSKIP("the shared real-log folder is not there");
        QByteArray text;
        for (int i = 0; i < 3000 && !in.atEnd(); ++i)
            text += in.readLine();
        // A request for a 300 KB path: longer than a block of stored text.
        const QByteArray longLine = "10.1.2.3 - - [17/May/2015:10:05:03 +0000] \"GET /" +
                                    QByteArray(300 * 1024, 'x') + " HTTP/1.1\" 200 5 \"-\" \"curl/8.0\"\n";
        text.insert(text.indexOf('\n', text.size() / 2) + 1, longLine);
        m_log = m_dir.filePath(QStringLiteral("access.log"));
        QVERIFY(writeAll(m_log, text));
        m_lines = linesOf(text);
        QCOMPARE(m_lines.size(), 3001);
    }

    // The blocks are whole lines, one after the other, and together they are
    // the stream: the long line has a block of its own.
    void blocksHoldTheStreamInWholeLines()
    {
        std::int64_t cp = 0;
        const QString db = streamWorkspace(QStringLiteral("blocks.eventscope"), &cp);
        QVERIFY(!db.isEmpty());
        sql::Connection c;
        QVERIFY(c.open(db, sql::Connection::Mode::ReadOnly));
        QByteArray all;
        int blocks = 0;
        qsizetype longest = 0;
        bool damaged = false;
        for (const auto &[offset, text] : es::test::streamBlocks(c, cp, &damaged)) {
            QCOMPARE(offset, std::int64_t(all.size()));
            QVERIFY(!text.isEmpty() && text.back() == '\n');
            all.append(text);
            longest = std::max(longest, text.size());
            ++blocks;
        }
        QVERIFY(!damaged);
        QCOMPARE(all, readAll(m_log));
        QVERIFY2(blocks >= 3, qPrintable(QString::number(blocks)));
        QVERIFY(longest > 300 * 1024);
        QCOMPARE(c.scalarInt("SELECT count(*) FROM raw_events"), 3001);
        // Stored compressed: the log's lines take less than a third of their size.
        QCOMPARE(c.scalarInt("SELECT count(*) FROM stream_text WHERE codec <> 1"), 0);
        const std::int64_t stored = c.scalarInt("SELECT sum(length(bytes)) FROM stream_text");
        QVERIFY2(stored > 0 && stored * 3 < all.size(), qPrintable(QString::number(stored)));
    }

    // Packing gives the text back; text that does not shrink is kept as it
    // is; damaged bytes are refused, and a line in a damaged block reads as
    // an error, never as other text.
    void packedBlocksAreCheckedWhenRead()
    {
        const QByteArray lines = readAll(m_log).left(200000);
        const streamtext::Block b = streamtext::pack(42, {lines.constData(), size_t(lines.size())});
        QCOMPARE(b.offset, std::int64_t(42));
        QCOMPARE(b.textLen, std::int64_t(lines.size()));
        QCOMPARE(b.codec, int(streamtext::Zstd));
        QVERIFY(b.bytes.size() * 3 < size_t(lines.size()));
        QByteArray back;
        QVERIFY(streamtext::unpack(b.codec, b.bytes, b.textLen, back));
        QCOMPARE(back, lines);
        QVERIFY(!streamtext::unpack(b.codec, b.bytes, b.textLen + 1, back));
        QVERIFY(!streamtext::unpack(b.codec, std::string_view(b.bytes).substr(0, b.bytes.size() / 2),
                                    b.textLen, back));
        QVERIFY(!streamtext::unpack(7, b.bytes, b.textLen, back));

        const QByteArray tiny("x\n");
        const streamtext::Block t = streamtext::pack(0, {tiny.constData(), size_t(tiny.size())});
        QCOMPARE(t.codec, int(streamtext::Plain));
        QCOMPARE(QByteArray::fromStdString(t.bytes), tiny);

        std::int64_t cp = 0;
        const QString db = streamWorkspace(QStringLiteral("damaged.eventscope"), &cp);
        QVERIFY(!db.isEmpty());
        sql::Connection c;
        QVERIFY(c.open(db, sql::Connection::Mode::ReadWrite));
        const std::int64_t last = c.scalarInt("SELECT max(offset) FROM stream_text");
        QVERIFY(c.exec("UPDATE stream_text SET bytes = substr(bytes, 1, length(bytes) / 2) WHERE offset = " +
                       std::to_string(last)));
        auto st =
            c.prepare("SELECT offset, length FROM raw_events WHERE offset >= ?1 ORDER BY offset LIMIT 1");
        st.bind(1, last);
        QVERIFY(st.step());
        const std::int64_t offset = st.int64(0);
        const std::int32_t length = std::int32_t(st.int64(1));
        st.reset();
        LineReader reader(c, cp);
        QByteArray line;
        QCOMPARE(reader.readLine(offset, length, line), TextState::ReadError);
        QVERIFY(line.isEmpty());
        QCOMPARE(reader.readLine(0, std::int32_t(m_lines[0].size()), line), TextState::Ok);
        QCOMPARE(line, m_lines[0]);
    }

    // The event browser shows every line as it came, the long one too.
    void eventsReadTheirLinesBack()
    {
        const QString db = streamWorkspace(QStringLiteral("browse.eventscope"));
        QVERIFY(!db.isEmpty());
        RawEventSearch s;
        QVERIFY(s.open(db));
        std::vector<EventRow> rows;
        QCOMPARE(runAllPages(s, EventQuery{}, rows), QString());
        QCOMPARE(rows.size(), size_t(3001));
        for (const EventRow &r : rows)
            QCOMPARE(r.textState, TextState::Ok);
        QCOMPARE(sortedTexts(rows), sortedTexts(m_lines));
        EventQuery g;
        g.grep = QStringLiteral("xxxxxxxxxx HTTP/1.1");
        std::vector<EventRow> found;
        QCOMPARE(runAllPages(s, g, found), QString());
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].text.size(), m_lines[m_lines.indexOf(found[0].text.toUtf8())].size());
    }

    // A query no group covers is answered from raw events: from a stream's
    // stored text as from a file, with the same numbers.
    void queriesFromRawEventsReadTheStream()
    {
        const QString stream = streamWorkspace(QStringLiteral("query-stream.eventscope"));
        const QString file = fileWorkspace(QStringLiteral("query-file.eventscope"));
        QVERIFY(!stream.isEmpty() && !file.isEmpty());
        Query q;
        q.metrics = {MetricId::Hits, MetricId::Visitors, MetricId::PageViews};
        q.range = {1431820800, 1432252800}; // 2015-05-17 .. 2015-05-22 UTC
        q.groupBy = {DimensionId::Browser, DimensionId::Os};
        QueryService fromStream, fromFile;
        QVERIFY(fromStream.open(stream) && fromFile.open(file));
        const QueryResult a = fromStream.run(q).result();
        const QueryResult b = fromFile.run(q).result();
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(a.level, QStringLiteral("raw"));
        QVERIFY(a.rows.size() > 10);
        QCOMPARE(a.rows, b.rows);
    }

    // The SQL console reads the stored text and the visitor sketches with
    // its functions; its visitor count is the query service's.
    void sqlFunctionsReadTheStore()
    {
        const QString db = streamWorkspace(QStringLiteral("sql.eventscope"));
        QVERIFY(!db.isEmpty());
        QCOMPARE(es::test::text(db, QStringLiteral("SELECT group_concat(t, '') FROM (SELECT "
                                                   "stream_text_of(bytes, codec, text_len) AS t "
                                                   "FROM stream_text ORDER BY offset)"))
                     .toUtf8(),
                 readAll(m_log));
        Query q;
        q.metrics = {MetricId::Visitors};
        q.range = {1431820800, 1432252800}; // 2015-05-17 .. 2015-05-22 UTC
        q.granularity = Granularity::Day;
        q.bots = BotMode::Include;
        QueryService service;
        QVERIFY(service.open(db));
        const QueryResult r = service.run(q).result();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.rows.empty());
        const qint64 first = std::get<std::int64_t>(r.rows.front().back());
        QVERIFY(first > 100);
        QCOMPARE(
            es::test::scalar(db, QStringLiteral("SELECT sketch_estimate(sketch) FROM visitors WHERE level "
                                                "= 2 AND grp = 0 AND (SELECT min(bucket) FROM visitors "
                                                "WHERE level = 2 AND grp = 0) = bucket")),
            first);
    }

    // The raw-event retention removes a block once every record of its batch
    // is older than it keeps; the events it keeps still show their lines.
    void retentionRemovesTheText()
    {
        std::int64_t cp = 0;
        const QString db = streamWorkspace(QStringLiteral("retention.eventscope"), &cp);
        QVERIFY(!db.isEmpty());
        const qint64 blocks = es::test::scalar(db, QStringLiteral("SELECT count(*) FROM stream_text"));
        {
            // A block of an earlier batch, from 2015-05-10.
            sql::Connection c;
            QVERIFY(c.open(db, sql::Connection::Mode::ReadWrite));
            QVERIFY(c.exec(
                "INSERT INTO stream_text(checkpoint_id, offset, max_ts_ms, bytes, text_len) VALUES (" +
                std::to_string(cp) + ", 1000000000, 1431216000000, CAST('old' || char(10) AS BLOB), 4)"));
        }
        {
            Writer w;
            QVERIFY(w.open(db));
            RetentionPolicy p = w.retention();
            p.rawDays = 1; // the lines span 25 hours
            QCOMPARE(w.setRetention(p), QString());
        }
        QCOMPARE(es::test::scalar(db, QStringLiteral("SELECT count(*) FROM stream_text")), blocks);
        QCOMPARE(es::test::scalar(
                     db, QStringLiteral("SELECT count(*) FROM stream_text WHERE offset = 1000000000")),
                 qint64(0));
        const qint64 kept = es::test::scalar(db, QStringLiteral("SELECT count(*) FROM raw_events"));
        QVERIFY(kept > 0 && kept < 3001);
        RawEventSearch s;
        QVERIFY(s.open(db));
        std::vector<EventRow> rows;
        QCOMPARE(runAllPages(s, EventQuery{}, rows), QString());
        QCOMPARE(qint64(rows.size()), kept);
        for (const EventRow &r : rows)
            QCOMPARE(r.textState, TextState::Ok);
    }
};

QTEST_GUILESS_MAIN(TestStreamText)
#include "tst_streamtext.moc"
