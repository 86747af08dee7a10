// Raw-event search over a real access log imported once: every answer is
// compared with a count made here from the file itself. Rows newest first,
// grep, time ranges, key-set paging, limits, scan bounds, cancellation, and
// the same answers from gzip and bzip2 copies of the log.

#include "raweventstestsupport.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>

using namespace es;
using namespace es::raweventstest;

class TestRawEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_elasticDb; // elastic_apache_logs.log imported once, shared by read-only tests
    QList<QByteArray> m_elasticLines;

    bool haveShared() const { return !m_elasticDb.isEmpty(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString src = shared(kElastic);
        if (src.isEmpty())
            return;
        m_elasticDb = m_dir.filePath(QStringLiteral("elastic.eventscope"));
        const FileImportResult r = importInto(m_elasticDb, src);
        QCOMPARE(r.status, FileImportResult::Status::Imported);
        m_elasticLines = combinedLines(src);
        QCOMPARE(r.records, qint64(m_elasticLines.size()));
        QVERIFY(m_elasticLines.size() > 5000);
    }

    void everyRowNewestFirstWithItsLine()
    {
        if (!haveShared())
            QSKIP("the shared real-log folder is not available");
        RawEventSearch s;
        QVERIFY2(s.open(m_elasticDb), qPrintable(s.errorString()));
        EventQuery q;
        q.limit = 100000;
        EventPage page;
        const QString err = runPage(s, q, page);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(qsizetype(page.rows.size()), m_elasticLines.size());
        QVERIFY(page.nextCursor.isEmpty());
        QVERIFY(!page.partial);
        QVERIFY(newestFirst(page.rows));
        // The texts are exactly the lines of the file, and each row's time is its line's time.
        QCOMPARE(sortedTexts(page.rows), sortedTexts(m_elasticLines));
        for (const EventRow &r : page.rows) {
            QCOMPARE(r.textState, TextState::Ok);
            QCOMPARE(r.tsMs, clfTime(r.text.toLatin1()));
            QCOMPARE(r.source, QStringLiteral("elastic_apache_logs.log"));
            QCOMPARE(r.type, QStringLiteral("request"));
            QCOMPARE(
                r.status,
                r.text.section(QLatin1Char('"'), 2, 2).trimmed().section(QLatin1Char(' '), 0, 0).toInt());
        }
        QCOMPARE(s.eventTypes(), QStringList{QStringLiteral("request")});
        QVERIFY(!s.timeZoneId().isEmpty());
    }

    void grepCountsEqualIndependentCount_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("kibana") << QStringLiteral("kibana");
        QTest::newRow("upper case") << QStringLiteral("KIBANA");
        QTest::newRow("mixed case, spaces") << QStringLiteral("Mozilla/5.0 (X11");
        QTest::newRow("status and size") << QStringLiteral("\" 404 ");
        QTest::newRow("nothing") << QStringLiteral("no line has this");
    }

    void grepCountsEqualIndependentCount()
    {
        if (!haveShared())
            QSKIP("the shared real-log folder is not available");
        QFETCH(QString, word);
        qsizetype expected = 0;
        for (const QByteArray &l : std::as_const(m_elasticLines))
            expected += QString::fromUtf8(l).contains(word, Qt::CaseInsensitive) ? 1 : 0;
        RawEventSearch s;
        QVERIFY(s.open(m_elasticDb));
        EventQuery q;
        q.grep = word;
        q.limit = 100000;
        EventPage page;
        const QString err = runPage(s, q, page);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(qsizetype(page.rows.size()), expected);
        QVERIFY(page.nextCursor.isEmpty());
        QVERIFY(!page.partial);
        QCOMPARE(page.unsearchable, 0);
        QCOMPARE(page.scanned, qint64(m_elasticLines.size()));
        for (const EventRow &r : page.rows)
            QVERIFY(r.text.contains(word, Qt::CaseInsensitive));
        QVERIFY(newestFirst(page.rows));
    }

    void timeRangeIsHalfOpen()
    {
        if (!haveShared())
            QSKIP("the shared real-log folder is not available");
        // A range whose ends are times that occur in the file, to show [from, to).
        QList<qint64> times;
        for (const QByteArray &l : std::as_const(m_elasticLines))
            times << clfTime(l);
        std::sort(times.begin(), times.end());
        const qint64 from = times[times.size() / 4];
        const qint64 to = times[times.size() / 2];
        QVERIFY(from < to);
        qsizetype inRange = 0;
        qsizetype inRangeWithWord = 0;
        for (const QByteArray &l : std::as_const(m_elasticLines)) {
            const qint64 t = clfTime(l);
            if (t >= from && t < to) {
                ++inRange;
                inRangeWithWord += l.contains("GET /blog") ? 1 : 0;
            }
        }
        QVERIFY(inRangeWithWord > 0);

        RawEventSearch s;
        QVERIFY(s.open(m_elasticDb));
        EventQuery q;
        q.fromMs = from;
        q.toMs = to;
        q.limit = 100000;
        EventPage page;
        QString err = runPage(s, q, page);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(qsizetype(page.rows.size()), inRange);
        QCOMPARE(page.rows.back().tsMs, from);
        QVERIFY(page.rows.front().tsMs < to);

        q.grep = QStringLiteral("get /BLOG");
        err = runPage(s, q, page);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(qsizetype(page.rows.size()), inRangeWithWord);
        // Only the candidates inside the range are examined.
        QCOMPARE(page.scanned, qint64(inRange));

        // An empty range.
        q.grep.clear();
        q.toMs = from;
        err = runPage(s, q, page);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(page.rows.empty());
        QVERIFY(page.nextCursor.isEmpty());
    }

    void pagesConcatenateToOneQuery_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("grep");
        QTest::newRow("37 per page") << 37 << QString();
        QTest::newRow("1000 per page") << 1000 << QString();
        QTest::newRow("grep, 50 per page") << 50 << QStringLiteral("GET /images");
        QTest::newRow("grep, 7 per page") << 7 << QStringLiteral("kibana");
    }

    void pagesConcatenateToOneQuery()
    {
        if (!haveShared())
            QSKIP("the shared real-log folder is not available");
        QFETCH(int, pageSize);
        QFETCH(QString, grep);
        RawEventSearch s;
        QVERIFY(s.open(m_elasticDb));
        EventQuery big;
        big.grep = grep;
        big.limit = 100000;
        EventPage whole;
        QString err = runPage(s, big, whole);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(whole.rows.size() > size_t(3 * pageSize));

        EventQuery q = big;
        q.limit = pageSize;
        std::vector<EventRow> paged;
        int pages = 0;
        QList<int> sizes;
        err = runAllPages(s, q, paged, &pages, &sizes);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(idsOf(paged), idsOf(whole.rows));
        const QList<qint64> pagedIds = idsOf(paged);
        QCOMPARE(QSet<qint64>(pagedIds.begin(), pagedIds.end()).size(), pagedIds.size());
        // Every page but the last is full, and the last is not empty.
        QCOMPARE(pages, int((whole.rows.size() + size_t(pageSize) - 1) / size_t(pageSize)));
        for (int i = 0; i + 1 < sizes.size(); ++i)
            QCOMPARE(sizes[i], pageSize);
        QVERIFY(sizes.last() > 0);
        // Stable with equal timestamps: some page boundary falls between two rows of the same second.
        if (grep.isEmpty() && pageSize == 37) {
            bool splitSecond = false;
            for (size_t i = size_t(pageSize); i < paged.size(); i += size_t(pageSize))
                splitSecond = splitSecond || paged[i - 1].tsMs == paged[i].tsMs;
            QVERIFY(splitSecond);
        }
    }

    void limitAndCursor()
    {
        if (!haveShared())
            QSKIP("the shared real-log folder is not available");
        RawEventSearch s;
        QVERIFY(s.open(m_elasticDb));
        EventQuery all;
        all.limit = 100000;
        EventPage whole;
        QVERIFY(runPage(s, all, whole).isEmpty());

        for (int limit : {1, 5, 100}) {
            EventQuery q;
            q.limit = limit;
            EventPage page;
            QVERIFY(runPage(s, q, page).isEmpty());
            QCOMPARE(int(page.rows.size()), limit);
            QVERIFY(!page.nextCursor.isEmpty());
            QCOMPARE(idsOf(page.rows), idsOf(whole.rows).mid(0, limit));
        }
        // Exactly as many rows as exist: no next page.
        EventQuery exact;
        exact.limit = int(whole.rows.size());
        EventPage page;
        QVERIFY(runPage(s, exact, page).isEmpty());
        QCOMPARE(page.rows.size(), whole.rows.size());
        QVERIFY(page.nextCursor.isEmpty());
        // The default limit.
        QVERIFY(runPage(s, EventQuery{}, page).isEmpty());
        QCOMPARE(page.rows.size(), size_t(100));

        // Bad cursors and limits are errors with a clear message.
        QVERIFY(RawEventSearch::isValidCursor(QString()));
        QVERIFY(!RawEventSearch::isValidCursor(QStringLiteral("garbage!")));
        QVERIFY(!RawEventSearch::isValidCursor(QStringLiteral("MTox")));
        EventQuery bad;
        bad.after = QStringLiteral("garbage!");
        QVERIFY(!s.search(bad).has_value());
        QVERIFY2(s.errorString().contains(QStringLiteral("\"garbage!\" is not valid")),
                 qPrintable(s.errorString()));
        EventQuery zero;
        zero.limit = 0;
        QVERIFY(!s.search(zero).has_value());
    }

    void scanBoundGivesPartialPagesThatContinue()
    {
        if (!haveShared())
            QSKIP("the shared real-log folder is not available");
        const QString word = QStringLiteral("kibana");
        qsizetype expected = 0;
        for (const QByteArray &l : std::as_const(m_elasticLines))
            expected += QString::fromUtf8(l).contains(word, Qt::CaseInsensitive) ? 1 : 0;
        RawEventSearch s;
        QVERIFY(s.open(m_elasticDb));
        EventQuery q;
        q.grep = word;
        q.limit = 100000;
        q.maxScanned = 700;
        std::vector<EventRow> found;
        qint64 scanned = 0;
        int partialPages = 0;
        for (;;) {
            EventPage page;
            QVERIFY(runPage(s, q, page).isEmpty());
            found.insert(found.end(), page.rows.begin(), page.rows.end());
            scanned += page.scanned;
            QVERIFY(page.scanned <= 700);
            if (page.partial) {
                ++partialPages;
                QCOMPARE(page.scanned, 700);
                QVERIFY(!page.nextCursor.isEmpty());
            }
            if (page.nextCursor.isEmpty())
                break;
            q.after = page.nextCursor;
        }
        QCOMPARE(partialPages, int(m_elasticLines.size() / 700));
        QCOMPARE(scanned, qint64(m_elasticLines.size()));
        QCOMPARE(qsizetype(found.size()), expected);
        QVERIFY(newestFirst(found));
    }

    void cancelledSearchSaysSo()
    {
        if (!haveShared())
            QSKIP("the shared real-log folder is not available");
        RawEventSearch s;
        QVERIFY(s.open(m_elasticDb));
        std::atomic<bool> cancel{true};
        EventQuery q;
        q.grep = QStringLiteral("kibana");
        const std::optional<EventPage> page = s.search(q, &cancel);
        QVERIFY(page.has_value());
        QVERIFY(page->cancelled);
        QVERIFY(page->rows.empty());
        // The same object works normally afterwards.
        cancel = false;
        const std::optional<EventPage> again = s.search(q, &cancel);
        QVERIFY(again.has_value());
        QVERIFY(!again->cancelled);
        QCOMPARE(again->rows.size(), size_t(100));
    }

    void compressedInput_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::newRow("gzip") << QStringLiteral("gzip");
        QTest::newRow("bzip2") << QStringLiteral("bzip2");
    }

    void compressedInput()
    {
        QFETCH(QString, tool);
        const QString src = shared(kElastic);
        if (src.isEmpty())
            QSKIP("the shared real-log folder is not available");
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("access.log"));
        QVERIFY(QFile::copy(src, plain));
        QCOMPARE(QProcess::execute(tool, {QStringLiteral("-9"), plain}), 0);
        const QString packed =
            plain + (tool == QLatin1String("gzip") ? QStringLiteral(".gz") : QStringLiteral(".bz2"));
        QVERIFY(QFile::exists(packed));
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QCOMPARE(importInto(db, packed).status, FileImportResult::Status::Imported);

        RawEventSearch s;
        QVERIFY(s.open(db));
        EventQuery q;
        q.limit = 100000;
        EventPage whole;
        QVERIFY(runPage(s, q, whole).isEmpty());
        QCOMPARE(qsizetype(whole.rows.size()), m_elasticLines.size());
        QCOMPARE(sortedTexts(whole.rows), sortedTexts(m_elasticLines));
        for (const EventRow &r : whole.rows)
            QCOMPARE(r.tsMs, clfTime(r.text.toLatin1()));

        // Newest first means backwards through the file: every page starts the stream again.
        q.limit = 997;
        std::vector<EventRow> paged;
        QVERIFY(runAllPages(s, q, paged).isEmpty());
        QCOMPARE(idsOf(paged), idsOf(whole.rows));
        QCOMPARE(sortedTexts(paged), sortedTexts(m_elasticLines));

        // Grep reads the whole file in growing batches.
        q.limit = 100000;
        q.grep = QStringLiteral("kibana");
        EventPage hits;
        QVERIFY(runPage(s, q, hits).isEmpty());
        qsizetype expected = 0;
        for (const QByteArray &l : std::as_const(m_elasticLines))
            expected += QString::fromUtf8(l).contains(q.grep, Qt::CaseInsensitive) ? 1 : 0;
        QCOMPARE(qsizetype(hits.rows.size()), expected);
    }
};

QTEST_GUILESS_MAIN(TestRawEvents)
#include "tst_rawevents.moc"
