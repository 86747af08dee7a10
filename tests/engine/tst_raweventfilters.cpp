// The source and status filters and the counts by type of the raw-event
// search, on a workspace holding a real access log and real JSON events:
// every answer is compared with a count made here from the files (status
// read from the line by a regular expression, types from the JSON).

#include "raweventstestsupport.h"
#include "store/raweventfilter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace es;
using namespace es::raweventstest;

class TestRawEventFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QList<QByteArray> m_access;
    QMap<QString, qint64> m_jsonTypes;
    QList<QByteArray> m_json;

    qint64 countAll(EventQuery q)
    {
        RawEventSearch s;
        if (!s.open(m_db))
            return -1;
        q.limit = 100000;
        std::vector<EventRow> rows;
        if (!runAllPages(s, q, rows).isEmpty())
            return -1;
        return qint64(rows.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("w.eventscope"));
        MixedWorkspace files;
        const QString imported = importMixed(db, files);
        if (imported.isEmpty())
            return; // the cases skip
        QCOMPARE(imported, QStringLiteral("ok"));
        m_db = db;
        m_access = files.access;
        m_json = files.json;
        for (const QByteArray &l : std::as_const(m_json))
            ++m_jsonTypes[QJsonDocument::fromJson(l).object().value(QStringLiteral("type")).toString()];
        QCOMPARE(m_json.size(), 50);
    }

    void statusTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("empty") << QString() << QList<int>() << QString();
        QTest::newRow("code") << QStringLiteral("404") << QList<int>{404} << QStringLiteral("404");
        QTest::newRow("classes") << QStringLiteral("4xx,5XX") << QList<int>{4, 5}
                                 << QStringLiteral("4xx, 5xx");
        QTest::newRow("mixed, repeats") << QStringLiteral(" 2xx; 304 304  none") << QList<int>{2, 304, 0}
                                        << QStringLiteral("2xx, 304, none");
        QTest::newRow("dash") << QStringLiteral("-") << QList<int>{0} << QStringLiteral("none");
    }

    void statusTexts()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, values);
        QFETCH(QString, normalised);
        const std::optional<QList<int>> parsed = StatusFilter::parse(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, values);
        QCOMPARE(StatusFilter::toText(*parsed), normalised);
        QCOMPARE(StatusFilter::parse(normalised), parsed);
    }

    void badStatusTextsSayWhy()
    {
        for (const QString &bad : {QStringLiteral("99"), QStringLiteral("600"), QStringLiteral("6xx"),
                                   QStringLiteral("40"), QStringLiteral("ok")}) {
            QString error;
            QVERIFY2(!StatusFilter::parse(bad, &error), qPrintable(bad));
            QVERIFY2(error.contains(bad) && error.contains(QLatin1String("5xx")), qPrintable(error));
        }
    }

    void statusMatchesAgreesWithSql()
    {
        const QList<int> f{4, 200, 0};
        QVERIFY(StatusFilter::matches(f, 404));
        QVERIFY(StatusFilter::matches(f, 499));
        QVERIFY(StatusFilter::matches(f, 200));
        QVERIFY(StatusFilter::matches(f, -1));
        QVERIFY(!StatusFilter::matches(f, 500));
        QVERIFY(!StatusFilter::matches(f, 201));
        QVERIFY(StatusFilter::matches({}, 500));
        QCOMPARE(StatusFilter::sql(f),
                 std::string("(status IN (200) OR status BETWEEN 400 AND 499 OR status < 100)"));
        QCOMPARE(StatusFilter::sql({}), std::string());
    }

    void statusFilterCountsEqualIndependentCounts_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("404") << QStringLiteral("404");
        QTest::newRow("4xx") << QStringLiteral("4xx");
        QTest::newRow("2xx, 304") << QStringLiteral("2xx, 304");
        QTest::newRow("5xx") << QStringLiteral("5xx");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("3xx, none") << QStringLiteral("3xx, none");
    }

    void statusFilterCountsEqualIndependentCounts()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        QFETCH(QString, filter);
        const QList<int> statuses = *StatusFilter::parse(filter);
        qint64 expected = 0;
        for (const QByteArray &l : std::as_const(m_access))
            expected += StatusFilter::matches(statuses, statusOf(l)) ? 1 : 0;
        if (statuses.contains(0))
            expected += m_json.size(); // JSON events have no status
        EventQuery q;
        q.statuses = statuses;
        QCOMPARE(countAll(q), expected);
        if (!filter.contains(QLatin1String("none")))
            QVERIFY(expected > 0);
    }

    void sourceFilterAndUnknownSources()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        RawEventSearch s;
        QVERIFY(s.open(m_db));
        QCOMPARE(s.sourceNames(), QStringList({QStringLiteral("elastic_apache_logs.log"),
                                               QStringLiteral("lnav_gharchive_events_50.jsonl")}));
        EventQuery q;
        q.sources = {QStringLiteral("lnav_gharchive_events_50.jsonl")};
        QCOMPARE(countAll(q), qint64(m_json.size()));
        q.sources = {QStringLiteral("elastic_apache_logs.log")};
        QCOMPARE(countAll(q), qint64(m_access.size()));
        // Source, status and text together.
        q.statuses = {404};
        q.grep = QStringLiteral("GET /blog");
        qint64 expected = 0;
        for (const QByteArray &l : std::as_const(m_access))
            expected +=
                statusOf(l) == 404 && QString::fromUtf8(l).contains(q.grep, Qt::CaseInsensitive) ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(countAll(q), expected);

        q = EventQuery();
        q.sources = {QStringLiteral("no-such-source.log")};
        const std::optional<EventPage> page = s.search(q);
        QVERIFY(page);
        QVERIFY(page->rows.empty());
        QCOMPARE(page->unknownSources, QStringList{QStringLiteral("no-such-source.log")});
    }

    void countsByTypeEqualIndependentCounts()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        RawEventSearch s;
        QVERIFY(s.open(m_db));
        std::optional<std::vector<TypeCount>> counts = s.countByType(EventQuery());
        QVERIFY2(counts, qPrintable(s.errorString()));
        QMap<QString, qint64> expected = m_jsonTypes;
        expected[QStringLiteral("request")] = m_access.size();
        QMap<QString, qint64> got;
        for (const TypeCount &c : *counts)
            got[c.type] = c.count;
        QCOMPARE(got, expected);
        QCOMPARE(counts->front().type, QStringLiteral("request")); // most frequent first
        for (size_t i = 1; i < counts->size(); ++i)
            QVERIFY((*counts)[i - 1].count >= (*counts)[i].count);

        // With filters: status (JSON events have none), types, text.
        EventQuery q;
        q.statuses = {4};
        counts = s.countByType(q);
        QVERIFY(counts);
        qint64 fourXX = 0;
        for (const QByteArray &l : std::as_const(m_access))
            fourXX += statusOf(l) / 100 == 4 ? 1 : 0;
        QCOMPARE(*counts, (std::vector<TypeCount>{{QStringLiteral("request"), fourXX}}));

        q = EventQuery();
        q.types = {QStringLiteral("PushEvent"), QStringLiteral("request")};
        q.grep = QStringLiteral("kibana");
        counts = s.countByType(q);
        QVERIFY(counts);
        qint64 kibanaRequests = 0;
        for (const QByteArray &l : std::as_const(m_access))
            kibanaRequests += QString::fromUtf8(l).contains(q.grep, Qt::CaseInsensitive) ? 1 : 0;
        qint64 kibanaPushes = 0;
        for (const QByteArray &l : std::as_const(m_json)) {
            if (QJsonDocument::fromJson(l).object().value(QStringLiteral("type")).toString() ==
                    QLatin1String("PushEvent") &&
                QString::fromUtf8(l).contains(q.grep, Qt::CaseInsensitive))
                ++kibanaPushes;
        }
        std::vector<TypeCount> want{{QStringLiteral("request"), kibanaRequests}};
        if (kibanaPushes > 0)
            want.push_back({QStringLiteral("PushEvent"), kibanaPushes});
        QVERIFY(kibanaRequests > 0);
        QCOMPARE(*counts, want);

        // A time range counts [from, to).
        QList<qint64> times;
        for (const QByteArray &l : std::as_const(m_access))
            times << clfTime(l);
        std::sort(times.begin(), times.end());
        q = EventQuery();
        q.fromMs = times[100];
        q.toMs = times[5000];
        q.sources = {QStringLiteral("elastic_apache_logs.log")};
        counts = s.countByType(q);
        QVERIFY(counts);
        const qint64 inRange = std::count_if(times.begin(), times.end(),
                                             [&](qint64 t) { return t >= *q.fromMs && t < *q.toMs; });
        QCOMPARE(*counts, (std::vector<TypeCount>{{QStringLiteral("request"), inRange}}));
        QCOMPARE(countAll(q), inRange);
    }

    void countCanBeCancelled()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        RawEventSearch s;
        QVERIFY(s.open(m_db));
        const std::atomic<bool> cancel{true};
        EventQuery q;
        q.grep = QStringLiteral("GET");
        QVERIFY(!s.countByType(q, &cancel));
        QVERIFY(!s.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRawEventFilters)
#include "tst_raweventfilters.moc"
