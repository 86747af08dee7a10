// Raw-event search: real fixtures are imported into a temporary workspace and
// every answer is compared with a count made here from the file itself
// (regular expressions, a JSON library, timestamps parsed by hand), sharing no
// code with the parsers or the search. Also: key-set paging, gzip and bzip2
// input, files that moved or changed, payload rows, limits and cancellation.

#include "ingest/fileimporter.h"
#include "store/rawevents.h"
#include "store/sqlite.h"
#include "store/writer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <tuple>

using namespace es;

namespace {

const char *const kElastic = "access_logs/elastic_apache_logs.log";
const char *const kZanbil = "access_logs/lnav_zanbil_shop_access_1000.log";
const char *const kGharchive = "json_events/lnav_gharchive_events_50.jsonl";

QString shared(const char *rel)
{
    const QString p = QStringLiteral(ES_SHARED_DATA_DIR "/") + QLatin1String(rel);
    return QFile::exists(p) ? p : QString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The lines of a file, without line breaks.
QList<QByteArray> linesOf(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

// Lines of the combined format (optionally with more quoted fields after the
// user agent), recognised by a regular expression.
QList<QByteArray> combinedLines(const QString &path)
{
    static const QRegularExpression line(
        QStringLiteral("^\\S+ \\S+ (.*?) \\[[^\\]]+\\] \"((?:[^\"\\\\]|\\\\.)*)\" (\\d{3}) (\\d+|-) "
                       "\"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\"(?: \"[^\"]*\")*\\s*$"));
    QList<QByteArray> out;
    for (const QByteArray &l : linesOf(readAll(path))) {
        if (line.match(QString::fromLatin1(l)).hasMatch())
            out << l;
    }
    return out;
}

// "[17/May/2015:10:05:03 +0000]" of a line, in Unix milliseconds.
qint64 clfTime(const QByteArray &line)
{
    static const QRegularExpression re(
        QStringLiteral("\\[(\\d{2})/(\\w{3})/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2}) ([+-])(\\d{2})(\\d{2})\\]"));
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(line));
    if (!m.hasMatch())
        return -1;
    const QDate date(m.captured(3).toInt(), int(months.indexOf(m.captured(2))) + 1, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    const int offsetMinutes =
        (m.captured(7) == QLatin1String("-") ? -1 : 1) * (m.captured(8).toInt() * 60 + m.captured(9).toInt());
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() - qint64(offsetMinutes) * 60000;
}

QStringList sortedTexts(const std::vector<EventRow> &rows)
{
    QStringList t;
    for (const EventRow &r : rows)
        t << r.text;
    t.sort();
    return t;
}

QStringList sortedTexts(const QList<QByteArray> &lines)
{
    QStringList t;
    for (const QByteArray &l : lines)
        t << QString::fromUtf8(l);
    t.sort();
    return t;
}

FileImportResult importInto(const QString &db, const QString &file, const QString &format = {})
{
    Writer w;
    if (!w.open(db))
        return {};
    // Fixtures from different years share workspaces here; keep every raw event.
    RetentionPolicy keepAll = w.retention();
    keepAll.rawDays = 0;
    if (!w.setRetention(keepAll).isEmpty())
        return {};
    ImportOptions opt;
    opt.format = format;
    opt.chunkBytes = 64 * 1024;
    FileImporter imp(w, opt);
    FileImportResult r = imp.importFile(file);
    w.close();
    return r;
}

// Runs one query; on failure the page is left empty and the error returned.
QString runPage(RawEventSearch &s, const EventQuery &q, EventPage &page)
{
    std::optional<EventPage> p = s.search(q);
    if (!p)
        return s.errorString().isEmpty() ? QStringLiteral("search failed") : s.errorString();
    page = std::move(*p);
    return {};
}

// Follows the cursors of a query to the end; returns the concatenated rows.
QString runAllPages(RawEventSearch &s, EventQuery q, std::vector<EventRow> &rows, int *pages = nullptr,
                    QList<int> *pageSizes = nullptr)
{
    rows.clear();
    for (int n = 1;; ++n) {
        EventPage page;
        const QString err = runPage(s, q, page);
        if (!err.isEmpty())
            return err;
        if (pageSizes)
            pageSizes->append(int(page.rows.size()));
        rows.insert(rows.end(), page.rows.begin(), page.rows.end());
        if (pages)
            *pages = n;
        if (page.nextCursor.isEmpty())
            return {};
        if (n > 100000)
            return QStringLiteral("the pages do not end");
        q.after = page.nextCursor;
    }
}

bool newestFirst(const std::vector<EventRow> &rows)
{
    for (size_t i = 1; i < rows.size(); ++i) {
        const EventRow &a = rows[i - 1];
        const EventRow &b = rows[i];
        if (std::tuple(a.tsMs, a.checkpointId, a.offset) <= std::tuple(b.tsMs, b.checkpointId, b.offset))
            return false;
    }
    return true;
}

QList<qint64> idsOf(const std::vector<EventRow> &rows)
{
    QList<qint64> ids;
    for (const EventRow &r : rows)
        ids << (r.checkpointId << 40 | r.offset);
    return ids;
}

} // namespace

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

    void eventTypesOfJsonEvents()
    {
        const QString gh = shared(kGharchive);
        const QString access = shared(kZanbil);
        if (gh.isEmpty() || access.isEmpty())
            QSKIP("the shared real-log folder is not available");
        // Independent count of the top-level "type" of every line.
        QMap<QString, int> byType;
        QMap<QString, QSet<QString>> linesByType;
        for (const QByteArray &l : linesOf(readAll(gh))) {
            const QString type = QJsonDocument::fromJson(l).object().value(QStringLiteral("type")).toString();
            ++byType[type];
            linesByType[type].insert(QString::fromUtf8(l));
        }
        QCOMPARE(byType.value(QStringLiteral("PushEvent")), 30);

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        const FileImportResult r = importInto(db, gh);
        QCOMPARE(r.status, FileImportResult::Status::Imported);
        QVERIFY2(r.format.startsWith(QStringLiteral("json_events")), qPrintable(r.format));
        QCOMPARE(r.records, 50);
        const FileImportResult ra = importInto(db, access);
        QCOMPARE(ra.status, FileImportResult::Status::Imported);
        const qsizetype requests = combinedLines(access).size();
        QCOMPARE(ra.records, qint64(requests));

        RawEventSearch s;
        QVERIFY(s.open(db));
        QStringList types = byType.keys();
        types << QStringLiteral("request");
        types.sort();
        QCOMPARE(s.eventTypes(), types);

        for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
            EventQuery q;
            q.types = {it.key()};
            q.limit = 1000;
            EventPage page;
            QVERIFY(runPage(s, q, page).isEmpty());
            QCOMPARE(int(page.rows.size()), it.value());
            QVERIFY(newestFirst(page.rows));
            for (const EventRow &row : page.rows) {
                QCOMPARE(row.type, it.key());
                QCOMPARE(row.status, -1);
                QCOMPARE(row.source, QStringLiteral("lnav_gharchive_events_50.jsonl"));
                QVERIFY(linesByType[it.key()].contains(row.text));
            }
        }

        // Several types, requests only, everything, and names that do not occur.
        EventQuery two;
        two.types = {QStringLiteral("PushEvent"), QStringLiteral("ForkEvent"), QStringLiteral("PushEvent")};
        two.limit = 1000;
        EventPage page;
        QVERIFY(runPage(s, two, page).isEmpty());
        QCOMPARE(int(page.rows.size()),
                 byType.value(QStringLiteral("PushEvent")) + byType.value(QStringLiteral("ForkEvent")));
        QVERIFY(newestFirst(page.rows));
        QVERIFY(page.unknownTypes.isEmpty());

        // The multi-type merge pages like a single query.
        EventQuery twoPaged = two;
        twoPaged.limit = 4;
        std::vector<EventRow> paged;
        QVERIFY(runAllPages(s, twoPaged, paged).isEmpty());
        QCOMPARE(idsOf(paged), idsOf(page.rows));

        EventQuery req;
        req.types = {QStringLiteral("request")};
        req.limit = 5000;
        QVERIFY(runPage(s, req, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), requests);
        QCOMPARE(sortedTexts(page.rows), sortedTexts(combinedLines(access)));

        EventQuery reqAndPush;
        reqAndPush.types = {QStringLiteral("request"), QStringLiteral("PushEvent")};
        reqAndPush.limit = 5000;
        QVERIFY(runPage(s, reqAndPush, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), requests + byType.value(QStringLiteral("PushEvent")));

        EventQuery everything;
        everything.limit = 5000;
        QVERIFY(runPage(s, everything, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), requests + 50);
        QVERIFY(newestFirst(page.rows));

        EventQuery unknown;
        unknown.types = {QStringLiteral("NoSuchEvent"), QStringLiteral("pushevent")};
        QVERIFY(runPage(s, unknown, page).isEmpty());
        QVERIFY(page.rows.empty());
        QCOMPARE(page.unknownTypes,
                 (QStringList{QStringLiteral("NoSuchEvent"), QStringLiteral("pushevent")}));

        EventQuery grepType;
        grepType.types = {QStringLiteral("PushEvent")};
        grepType.grep = QStringLiteral("\"ref\":\"refs/heads/main\"");
        int mainPushes = 0;
        for (const QString &l : std::as_const(linesByType[QStringLiteral("PushEvent")]))
            mainPushes += QJsonDocument::fromJson(l.toUtf8())
                                      .object()
                                      .value(QStringLiteral("payload"))
                                      .toObject()
                                      .value(QStringLiteral("ref"))
                                      .toString() == QLatin1String("refs/heads/main")
                              ? 1
                              : 0;
        QVERIFY(mainPushes > 0);
        QVERIFY(runPage(s, grepType, page).isEmpty());
        QCOMPARE(int(page.rows.size()), mainPushes);
    }

    void requestTypeInAJsonOnlyWorkspaceIsUnknown()
    {
        const QString gh = shared(kGharchive);
        if (gh.isEmpty())
            QSKIP("the shared real-log folder is not available");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QCOMPARE(importInto(db, gh).status, FileImportResult::Status::Imported);
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventQuery q;
        q.types = {QStringLiteral("request")};
        EventPage page;
        QVERIFY(runPage(s, q, page).isEmpty());
        QVERIFY(page.rows.empty());
        QCOMPARE(page.unknownTypes, QStringList{QStringLiteral("request")});
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

    void movedOrChangedFileGivesNoText()
    {
        const QString src = shared(kZanbil);
        if (src.isEmpty())
            QSKIP("the shared real-log folder is not available");
        const QByteArray original = readAll(src);
        const QList<QByteArray> lines = combinedLines(src);
        const QSet<QString> known = [&] {
            QSet<QString> s;
            for (const QByteArray &l : lines)
                s.insert(QString::fromUtf8(l));
            return s;
        }();
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("shop.log"));
        QVERIFY(writeAll(log, original));
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QCOMPARE(importInto(db, log).status, FileImportResult::Status::Imported);
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventQuery q;
        q.limit = 5000;
        EventPage page;

        // Moved away: no text, and grep cannot look at these rows.
        const QString moved = dir.filePath(QStringLiteral("elsewhere.log"));
        QVERIFY(QFile::rename(log, moved));
        QVERIFY(runPage(s, q, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), lines.size());
        for (const EventRow &r : page.rows) {
            QCOMPARE(r.textState, TextState::FileMissing);
            QVERIFY(r.text.isEmpty());
            QCOMPARE(r.path, log);
        }
        QVERIFY(
            RawEventSearch::textStateText(TextState::FileMissing).contains(QStringLiteral("unavailable")));
        EventQuery g = q;
        g.grep = QStringLiteral("GET");
        QVERIFY(runPage(s, g, page).isEmpty());
        QVERIFY(page.rows.empty());
        QCOMPARE(page.unsearchable, qint64(lines.size()));

        // Another file at the same path: its head differs, so no row shows its lines.
        QVERIFY(writeAll(log, readAll(shared(kElastic))));
        QVERIFY(runPage(s, q, page).isEmpty());
        for (const EventRow &r : page.rows)
            QCOMPARE(r.textState, TextState::FileChanged);

        // The same head, but one line in the middle grew by a character: the
        // lines before it still read, the rest is unavailable, none is wrong.
        const qsizetype middle = original.indexOf('\n', original.size() / 2) + 1;
        QByteArray edited = original;
        edited.insert(middle + 10, 'X');
        QVERIFY(writeAll(log, edited));
        QVERIFY(runPage(s, q, page).isEmpty());
        QCOMPARE(qsizetype(page.rows.size()), lines.size());
        qsizetype before = 0;
        for (const QByteArray &l : linesOf(original.left(middle)))
            before += lines.contains(l) ? 1 : 0;
        qsizetype ok = 0;
        for (const EventRow &r : page.rows) {
            if (r.textState == TextState::Ok) {
                ++ok;
                QVERIFY2(known.contains(r.text), qPrintable(r.text));
            } else {
                QCOMPARE(r.textState, TextState::FileChanged);
            }
        }
        QCOMPARE(ok, before);

        // Back in place: all text returns.
        QVERIFY(writeAll(log, original));
        QVERIFY(runPage(s, q, page).isEmpty());
        QCOMPARE(sortedTexts(page.rows), sortedTexts(lines));
    }

    void crlfLinesAndPayloadRows()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("crlf.log"));
        QVERIFY(writeAll(
            log, "1.2.3.4 - - [10/Oct/2025:13:55:36 +0000] \"GET /a HTTP/1.1\" 200 10 \"-\" \"ua\"\r\n"
                 "1.2.3.4 - - [10/Oct/2025:13:55:37 +0000] \"GET /b HTTP/1.1\" 404 10 \"-\" \"ua\"\r\n"
                 "1.2.3.4 - - [10/Oct/2025:13:55:38 +0000] \"GET /c HTTP/1.1\" 500 10 \"-\" \"ua\""));
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QCOMPARE(importInto(db, log, QStringLiteral("combined")).status, FileImportResult::Status::Imported);
        {
            // A record that carries its payload (as Kafka records do) and one with neither.
            sql::Connection c;
            QVERIFY(c.open(db, sql::Connection::Mode::ReadWrite));
            QVERIFY(c.exec("INSERT INTO raw_events(ts_ms, checkpoint_id, offset, source_id, type_id, status, "
                           "payload) VALUES (1760104539000, 0, 1, 1, 0, 201, "
                           "CAST('{\"kafka\":\"payload\"}' AS BLOB))"));
            QVERIFY(c.exec("INSERT INTO raw_events(ts_ms, checkpoint_id, offset, source_id, type_id, status) "
                           "VALUES (1760104540000, 0, 2, 1, 0, 202)"));
        }
        RawEventSearch s;
        QVERIFY(s.open(db));
        EventPage page;
        QVERIFY(runPage(s, EventQuery{}, page).isEmpty());
        QCOMPARE(page.rows.size(), size_t(5));
        QCOMPARE(page.rows[0].textState, TextState::NotStored);
        QCOMPARE(page.rows[0].status, 202);
        QCOMPARE(page.rows[1].text, QStringLiteral("{\"kafka\":\"payload\"}"));
        QCOMPARE(page.rows[1].status, 201);
        QCOMPARE(page.rows[2].text,
                 QStringLiteral(
                     "1.2.3.4 - - [10/Oct/2025:13:55:38 +0000] \"GET /c HTTP/1.1\" 500 10 \"-\" \"ua\""));
        QCOMPARE(page.rows[3].text,
                 QStringLiteral(
                     "1.2.3.4 - - [10/Oct/2025:13:55:37 +0000] \"GET /b HTTP/1.1\" 404 10 \"-\" \"ua\""));
        QCOMPARE(page.rows[3].status, 404);
        QCOMPARE(page.rows[3].tsMs, 1760104537000);
        QCOMPARE(page.rows[4].text,
                 QStringLiteral(
                     "1.2.3.4 - - [10/Oct/2025:13:55:36 +0000] \"GET /a HTTP/1.1\" 200 10 \"-\" \"ua\""));
        EventQuery g;
        g.grep = QStringLiteral("KAFKA");
        QVERIFY(runPage(s, g, page).isEmpty());
        QCOMPARE(page.rows.size(), size_t(1));
        QCOMPARE(page.unsearchable, 1);
    }

    void missingWorkspaceIsAnError()
    {
        QTemporaryDir dir;
        RawEventSearch s;
        QVERIFY(!s.open(dir.filePath(QStringLiteral("none.eventscope"))));
        QVERIFY2(s.errorString().contains(QStringLiteral("does not exist")), qPrintable(s.errorString()));
        QVERIFY(!s.search(EventQuery{}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRawEvents)
#include "tst_rawevents.moc"
