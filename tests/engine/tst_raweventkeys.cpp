// Key pages and text loading of the raw-event search, as the event browser
// uses them over millions of rows: pages of keys equal the keys of full pages
// for the same query (many equal timestamps, two files, stream records whose
// lines the workspace stores, as Kafka's, and a real access log and JSON events when the shared folder is
// there); loading the text of keys gives exactly the rows the full search
// gives, in any order and across files; keys that are gone and files that
// changed say so.

#include "raweventstestsupport.h"
#include "store/sqlite.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>

Q_DECLARE_METATYPE(es::EventQuery)

using namespace es;
using namespace es::raweventstest;

namespace {

// `lines` combined-format lines, ten per second, with statuses and paths that
// repeat so filters match many of them.
QByteArray generatedLog(int lines, int firstSecond, const char *host)
{
    static const int statuses[] = {200, 200, 304, 404, 500, 200, 301};
    QByteArray out;
    for (int i = 0; i < lines; ++i) {
        const int second = firstSecond + i / 10;
        out += QStringLiteral(
                   "%1 - - [10/Oct/2025:%2:%3:%4 +0000] \"GET /p%5 HTTP/1.1\" %6 %7 \"-\" \"ua %8\"\n")
                   .arg(QLatin1String(host))
                   .arg(10 + second / 3600, 2, 10, QLatin1Char('0'))
                   .arg(second / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(second % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 13)
                   .arg(statuses[i % 7])
                   .arg(100 + i)
                   .arg(i)
                   .toUtf8();
    }
    return out;
}

bool sameKey(const EventRow &full, const EventKeyRow &key)
{
    return full.tsMs == key.key.tsMs && full.checkpointId == key.key.checkpointId &&
           full.offset == key.key.offset;
}

} // namespace

class TestRawEventKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_logA;
    std::int64_t m_streamCheckpoint = 0; // the stream records' checkpoint
    std::int64_t m_seventhOffset = 0;    // offset of its 7th record

    // Pages through `q` with search() and searchKeys() side by side; every
    // page must have the same keys, names, statuses, cursor and flags.
    // Returns the full rows.
    static QString comparePages(RawEventSearch &s, EventQuery q, std::vector<EventRow> &all, int &pages)
    {
        all.clear();
        pages = 0;
        for (;;) {
            std::optional<EventPage> full = s.search(q);
            if (!full)
                return QStringLiteral("search: ") + s.errorString();
            std::optional<EventKeyPage> keys = s.searchKeys(q);
            if (!keys)
                return QStringLiteral("searchKeys: ") + s.errorString();
            ++pages;
            if (full->rows.size() != keys->rows.size())
                return QStringLiteral("page %1: %2 rows against %3 keys")
                    .arg(pages)
                    .arg(full->rows.size())
                    .arg(keys->rows.size());
            for (size_t i = 0; i < full->rows.size(); ++i) {
                const EventRow &f = full->rows[i];
                const EventKeyRow &k = keys->rows[i];
                if (!sameKey(f, k) || f.status != k.status || f.source != s.sourceName(k.sourceId) ||
                    f.type != s.typeName(k.typeId))
                    return QStringLiteral("page %1 row %2 differs").arg(pages).arg(i);
            }
            if (full->nextCursor != keys->nextCursor || full->partial != keys->partial ||
                full->scanned != keys->scanned || full->unsearchable != keys->unsearchable)
                return QStringLiteral("page %1: cursor or flags differ").arg(pages);
            all.insert(all.end(), full->rows.begin(), full->rows.end());
            if (full->nextCursor.isEmpty())
                return {};
            q.after = full->nextCursor;
        }
    }

    static QString compareRows(const EventRow &want, const EventRow &got)
    {
        if (want.tsMs != got.tsMs || want.checkpointId != got.checkpointId || want.offset != got.offset)
            return QStringLiteral("key");
        if (want.text != got.text || want.textState != got.textState)
            return QStringLiteral("text \"%1\" against \"%2\"").arg(got.text, want.text);
        if (want.path != got.path || want.source != got.source || want.type != got.type ||
            want.status != got.status)
            return QStringLiteral("path, source, type or status");
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("w.eventscope"));
        m_logA = m_dir.filePath(QStringLiteral("a.log"));
        const QString logB = m_dir.filePath(QStringLiteral("b.log"));
        // Two files over the same seconds: equal timestamps within a file and across files.
        QVERIFY(writeAll(m_logA, generatedLog(3000, 0, "10.0.0.1")));
        QVERIFY(writeAll(logB, generatedLog(1200, 150, "10.0.0.2")));
        QCOMPARE(importInto(m_db, m_logA, QStringLiteral("combined")).records, qint64(3000));
        QCOMPARE(importInto(m_db, logB, QStringLiteral("combined")).records, qint64(1200));
        // Records of a stream, whose lines the workspace stores (as a Kafka
        // topic's), at the same instants as file lines, and one with no line.
        sql::Connection c;
        QVERIFY(c.open(m_db, sql::Connection::Mode::ReadWrite));
        const qint64 base =
            QDateTime(QDate(2025, 10, 10), QTime(10, 2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        std::vector<std::pair<qint64, QByteArray>> stream;
        for (int i = 0; i < 40; ++i)
            stream.emplace_back(
                base + (i / 4) * 1000,
                QStringLiteral("{\"kafka\":%1, \"note\":\"GET /p3 by payload\"}").arg(i + 1).toUtf8());
        m_streamCheckpoint = addStreamRecords(c, 1, QStringLiteral("kafka://test/keys"), stream, 201);
        QVERIFY(m_streamCheckpoint > 0);
        for (int i = 0; i < 6; ++i)
            m_seventhOffset += stream[size_t(i)].second.size() + 1;
        QVERIFY(
            c.exec(QStringLiteral("INSERT INTO raw_events(ts_ms, checkpoint_id, offset, source_id, type_id, "
                                  "status) VALUES (%1, 0, 999, 1, 0, 202)")
                       .arg(base)
                       .toStdString()));
    }

    void keyPagesEqualFullPages_data()
    {
        QTest::addColumn<EventQuery>("query");
        EventQuery all;
        all.limit = 97;
        QTest::newRow("all, pages of 97") << all;
        EventQuery big = all;
        big.limit = 1000;
        QTest::newRow("all, pages of 1000") << big;
        EventQuery status = all;
        status.statuses = {4, 201};
        QTest::newRow("status 4xx and 201") << status;
        EventQuery range = all;
        range.fromMs = QDateTime(QDate(2025, 10, 10), QTime(10, 1, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        range.toMs = QDateTime(QDate(2025, 10, 10), QTime(10, 3, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("time range") << range;
        EventQuery grep = all;
        grep.grep = QStringLiteral("get /P3");
        QTest::newRow("grep") << grep;
        EventQuery partial = grep;
        partial.maxScanned = 500;
        QTest::newRow("grep, partial pages") << partial;
        EventQuery type = all;
        type.types = {RawEventSearch::requestType()};
        type.sources = {QStringLiteral("a.log")};
        QTest::newRow("type and source") << type;
    }

    void keyPagesEqualFullPages()
    {
        QFETCH(EventQuery, query);
        RawEventSearch s;
        QVERIFY(s.open(m_db));
        std::vector<EventRow> rows;
        int pages = 0;
        const QString error = comparePages(s, query, rows, pages);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY(newestFirst(rows));
        // Equal timestamps occur on many pages: the order within a second is the key's.
        int equalNeighbours = 0;
        for (size_t i = 1; i < rows.size(); ++i)
            equalNeighbours += rows[i].tsMs == rows[i - 1].tsMs ? 1 : 0;
        // (A search text keeps one line in 13 of the files, so fewer of them share a second.)
        QVERIFY2(equalNeighbours > (query.grep.isEmpty() ? int(rows.size()) / 2 : 10),
                 qPrintable(QString::number(equalNeighbours)));
    }

    void loadedRowsEqualSearchedRows()
    {
        RawEventSearch s;
        QVERIFY(s.open(m_db));
        EventQuery q;
        q.limit = 100000;
        EventPage whole;
        QVERIFY(runPage(s, q, whole).isEmpty());
        QCOMPARE(whole.rows.size(), size_t(3000 + 1200 + 41));
        int payloads = 0;
        int fromA = 0;
        for (const EventRow &r : whole.rows) {
            payloads += r.text.startsWith(QLatin1String("{\"kafka\"")) ? 1 : 0;
            fromA += r.path == m_logA ? 1 : 0;
        }
        QCOMPARE(payloads, 40);
        QCOMPARE(fromA, 3000);
        // In blocks of 256 keys, as the browser asks, and once shuffled across files.
        for (size_t first = 0; first < whole.rows.size(); first += 256) {
            std::vector<EventKey> keys;
            for (size_t i = first; i < std::min(whole.rows.size(), first + 256); ++i)
                keys.push_back({whole.rows[i].tsMs, whole.rows[i].checkpointId, whole.rows[i].offset});
            std::optional<std::vector<EventRow>> loaded = s.loadRows(keys);
            QVERIFY2(loaded, qPrintable(s.errorString()));
            QCOMPARE(loaded->size(), keys.size());
            for (size_t i = 0; i < keys.size(); ++i) {
                const QString diff = compareRows(whole.rows[first + i], (*loaded)[i]);
                QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("row %1: %2").arg(first + i).arg(diff)));
            }
        }
        std::vector<size_t> order(whole.rows.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        std::vector<EventKey> keys;
        for (size_t i : order)
            keys.push_back({whole.rows[i].tsMs, whole.rows[i].checkpointId, whole.rows[i].offset});
        std::optional<std::vector<EventRow>> loaded = s.loadRows(keys);
        QVERIFY(loaded);
        for (size_t i = 0; i < order.size(); ++i)
            QVERIFY2(compareRows(whole.rows[order[i]], (*loaded)[i]).isEmpty(),
                     qPrintable(QString::number(i)));
        // A stream record's text is its stored line; the row without one says so.
        const auto stream = std::find_if(whole.rows.begin(), whole.rows.end(), [this](const EventRow &r) {
            return r.checkpointId == m_streamCheckpoint && r.offset == m_seventhOffset;
        });
        QVERIFY(stream != whole.rows.end());
        QCOMPARE(stream->text, QStringLiteral("{\"kafka\":7, \"note\":\"GET /p3 by payload\"}"));
        QCOMPARE(stream->status, 201);
        const auto none = std::find_if(whole.rows.begin(), whole.rows.end(), [](const EventRow &r) {
            return r.offset == 999 && r.checkpointId == 0;
        });
        QVERIFY(none != whole.rows.end());
        QCOMPARE(none->textState, TextState::NotStored);
    }

    void keysThatAreGoneOrFilesThatChanged()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("c.log"));
        const QByteArray original = generatedLog(300, 0, "10.0.0.3");
        QVERIFY(writeAll(log, original));
        const QString db = dir.filePath(QStringLiteral("c.eventscope"));
        QCOMPARE(importInto(db, log, QStringLiteral("combined")).records, qint64(300));
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventQuery q;
        q.limit = 1000;
        std::optional<EventKeyPage> keys = s.searchKeys(q);
        QVERIFY(keys);
        QCOMPARE(keys->rows.size(), size_t(300));
        const EventKey first = keys->rows.front().key;
        const EventKey gone{first.tsMs + 1, first.checkpointId, first.offset};
        std::optional<std::vector<EventRow>> loaded = s.loadRows({first, gone});
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), size_t(2));
        QCOMPARE(loaded->at(0).text, QString::fromUtf8(linesOf(original).last()));
        QCOMPARE(loaded->at(0).textState, TextState::Ok);
        QCOMPARE(loaded->at(1).textState, TextState::NotStored);
        QCOMPARE(loaded->at(1).source, QString());
        QCOMPARE(loaded->at(1).status, -1);
        // The line's place now holds other bytes: no text, never another line's.
        QVERIFY(writeAll(log, "X" + original));
        loaded = s.loadRows({first});
        QVERIFY(loaded);
        QCOMPARE(loaded->at(0).textState, TextState::FileChanged);
        QCOMPARE(loaded->at(0).text, QString());
        QVERIFY(QFile::remove(log));
        loaded = s.loadRows({first});
        QVERIFY(loaded);
        QCOMPARE(loaded->at(0).textState, TextState::FileMissing);
        // A cancelled load says so.
        std::atomic<bool> cancel{true};
        QVERIFY(!s.loadRows({first}, &cancel));
        QVERIFY(!s.errorString().isEmpty());
    }

    void realLogsKeysAndTexts()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.eventscope"));
        MixedWorkspace files;
        const QString imported = importMixed(db, files);
        if (imported.isEmpty())
            QSKIP("the shared real-log folder is not available");
        QCOMPARE(imported, QStringLiteral("ok"));
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventQuery q;
        q.limit = 700;
        std::vector<EventRow> rows;
        int pages = 0;
        const QString error = comparePages(s, q, rows, pages);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qsizetype(rows.size()), files.access.size() + files.json.size());
        std::vector<EventKey> keys;
        for (const EventRow &r : rows)
            keys.push_back({r.tsMs, r.checkpointId, r.offset});
        std::optional<std::vector<EventRow>> loaded = s.loadRows(keys);
        QVERIFY(loaded);
        for (size_t i = 0; i < rows.size(); ++i)
            QVERIFY2(compareRows(rows[i], (*loaded)[i]).isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(sortedTexts(*loaded), sortedTexts(files.access + files.json));
    }
};

QTEST_MAIN(TestRawEventKeys)
#include "tst_raweventkeys.moc"
