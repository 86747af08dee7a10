// QueryService over a workspace filled with known rollup, visitor and open
// session rows. Expected instants are written in UTC with the Berlin offset
// in effect (+01:00 winter, +02:00 summer; 2024-03-31 has 23 hours).

#include "aggregate/visitorsketch.h"
#include "enrich/geoip.h"
#include "query/queryexecutor.h"
#include "query/queryservice.h"
#include "store/workspacedb.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <initializer_list>
#include <string>

using namespace es;

namespace {

std::int64_t at(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toSecsSinceEpoch();
}

using Cols = std::initializer_list<std::pair<const char *, std::int64_t>>;

std::int64_t integer(const QueryResult &r, size_t row, const char *column)
{
    const int c = r.columnIndex(QString::fromLatin1(column));
    Q_ASSERT(c >= 0 && row < r.rows.size());
    const auto *v = std::get_if<std::int64_t>(&r.rows[row][size_t(c)]);
    return v ? *v : -999999;
}

double real(const QueryResult &r, size_t row, const char *column)
{
    const int c = r.columnIndex(QString::fromLatin1(column));
    Q_ASSERT(c >= 0 && row < r.rows.size());
    const auto *v = std::get_if<double>(&r.rows[row][size_t(c)]);
    return v ? *v : -999999.0;
}

bool isNull(const QueryResult &r, size_t row, const char *column)
{
    const int c = r.columnIndex(QString::fromLatin1(column));
    return std::holds_alternative<std::monostate>(r.rows[row][size_t(c)]);
}

QString text(const QueryResult &r, size_t row, const char *column)
{
    const int c = r.columnIndex(QString::fromLatin1(column));
    const auto *v = std::get_if<QString>(&r.rows[row][size_t(c)]);
    return v ? *v : QStringLiteral("<not text>");
}

std::string sketchOf(std::initializer_list<const char *> keys)
{
    VisitorSketch s;
    for (const char *k : keys)
        s.addKey(k);
    return s.serialize();
}

Query query(std::vector<MetricId> metrics, std::int64_t from, std::int64_t to,
            std::optional<Granularity> g = Granularity::Day)
{
    Query q;
    q.metrics = std::move(metrics);
    q.range = {from, to};
    q.granularity = g;
    return q;
}

} // namespace

class TestQueryService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    WorkspaceDb m_db;
    QueryService m_service;
    std::int64_t m_dictA = 0, m_dictB = 0, m_dictC = 0, m_dictD = 0;

    sql::Connection &c() { return m_db.connection(); }

    void add(const char *table, int grp, std::int64_t bucket, std::int64_t d1, int bot, Cols cols,
             std::int64_t d2 = 0)
    {
        std::string names = "grp, bucket, d1, d2, bot";
        std::string values = "?1, ?2, ?3, ?4, ?5";
        int i = 6;
        for (const auto &col : cols) {
            names += std::string(", ") + col.first;
            values += ", ?" + std::to_string(i++);
        }
        auto st =
            c().prepare(std::string("INSERT INTO ") + table + "(" + names + ") VALUES (" + values + ")");
        st.bind(1, grp).bind(2, bucket).bind(3, d1).bind(4, d2).bind(5, bot);
        i = 6;
        for (const auto &col : cols)
            st.bind(i++, col.second);
        QVERIFY2(st.exec(), qPrintable(st.errorString()));
    }
    void addSketch(int level, int grp, std::int64_t bucket, std::int64_t d1, int bot, const std::string &blob)
    {
        auto st = c().prepare("INSERT INTO visitors(level, grp, bucket, d1, d2, bot, sketch) "
                              "VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)");
        st.bind(1, level).bind(2, grp).bind(3, bucket).bind(4, d1).bind(5, bot).bindBlob(6, blob.data(),
                                                                                         int(blob.size()));
        QVERIFY2(st.exec(), qPrintable(st.errorString()));
    }
    std::int64_t dictId(int dim, const char *value)
    {
        auto st = c().prepare("INSERT INTO dict(dim, value) VALUES (?1, ?2)");
        st.bind(1, dim).bind(2, std::string_view(value));
        st.exec();
        return c().lastInsertId();
    }
    QueryResult run(const Query &q)
    {
        const QueryResult r = m_service.run(q).result();
        if (!r.ok)
            qWarning("query failed: %s", qPrintable(r.error));
        return r;
    }

    // Movers of URLs over `days`-day windows ending at `end`, with the newest
    // event at `newest` (which retention counts back from).
    MoversResult urlMoversWithNewest(const char *newest, const char *end, int days, int n)
    {
        const bool stored =
            c().exec("INSERT INTO commits(committed_ms, source_id, records, max_ts_ms) VALUES (0, 1, 1, " +
                     std::to_string(at(newest) * 1000) + ")");
        const std::int64_t t = at(end), span = std::int64_t(days) * 86400;
        MoversResult m =
            m_service.topMovers(DimensionId::Url, {t - span, t}, {t - 2 * span, t - span}, n).result();
        if (!c().exec("DELETE FROM commits") || !stored)
            m.ok = false;
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("q.eventscope"));
        QVERIFY2(m_db.open(m_path), qPrintable(m_db.errorString()));
        QVERIFY(m_db.setMeta(QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")));
        QVERIFY(c().exec("BEGIN"));
        // Day totals 2024-03-25 .. 2024-04-07 (Berlin): hits 10 * (i + 1) by
        // people and 1 by bots each day; page views 5 and 2.
        for (int i = 0; i < 14; ++i) {
            const std::int64_t day =
                at("2024-03-25T00:00:00+01:00") + std::int64_t(i) * 86400 - (i >= 7 ? 3600 : 0);
            add("rollup_day", 0, day, 0, 0, {{"hits", 10 * (i + 1)}, {"page_views", 5}, {"bytes", 100}});
            add("rollup_day", 0, day, 0, 1, {{"hits", 1}, {"page_views", 2}, {"bytes", 7}});
        }
        add("rollup_day", 0, at("2023-04-03T00:00:00+02:00"), 0, 0, {{"hits", 40}});
        // Paths on 2024-04-01: /a 30 hits, /b 20, /c 10; bytes the other way round.
        m_dictA = dictId(1, "/a");
        m_dictB = dictId(1, "/b");
        m_dictC = dictId(1, "/c");
        m_dictD = dictId(1, "/d");
        const std::int64_t apr1 = at("2024-04-01T00:00:00+02:00");
        add("rollup_day", 1, apr1, m_dictA, 0, {{"hits", 30}, {"bytes", 1}, {"s4xx", 3}});
        add("rollup_day", 1, apr1, m_dictB, 0, {{"hits", 20}, {"bytes", 2}, {"s4xx", 1}});
        add("rollup_day", 1, apr1, m_dictC, 0, {{"hits", 10}, {"bytes", 3}});
        add("rollup_day", 1, apr1, m_dictA, 1, {{"hits", 4}});
        // Country x device on 2024-04-01.
        const std::int64_t de = GeoLookup::packCountry("DE"), fr = GeoLookup::packCountry("FR");
        add("rollup_day", 14, apr1, de, 0, {{"hits", 7}}, 0);
        add("rollup_day", 14, apr1, de, 0, {{"hits", 5}}, 1);
        add("rollup_day", 14, apr1, fr, 0, {{"hits", 2}}, 1);
        // Visitors per day: {a b c}, {b c d}, {x}; a bot {a bot1} on the first day.
        addSketch(2, 0, apr1, 0, 0, sketchOf({"a", "b", "c"}));
        addSketch(2, 0, apr1 + 86400, 0, 0, sketchOf({"b", "c", "d"}));
        addSketch(2, 0, apr1 + 2 * 86400, 0, 0, sketchOf({"x"}));
        addSketch(2, 0, apr1, 0, 1, sketchOf({"a", "bot1"}));
        // Sessions in the hour 2024-04-01 10:00 Berlin, plus one still open.
        const std::int64_t h10 = at("2024-04-01T10:00:00+02:00");
        add("rollup_hour", 0, h10, 0, 0,
            {{"hits", 50}, {"sessions", 4}, {"bounces", 2}, {"session_views", 10}, {"session_ms", 60000}});
        QVERIFY(c().exec("INSERT INTO sources(id, kind, uri, display_name, created_ms) "
                         "VALUES (1, 'file', '/logs/access.log', 'access.log', 0)"));
        QVERIFY(c().exec("INSERT INTO file_checkpoints(id, source_id, head_len, head_hash, path, format, "
                         "updated_ms) VALUES (1, 1, 10, 'x', '/logs/access.log', 'combined', 0)"));
        QVERIFY(c().exec("INSERT INTO open_sessions VALUES (1, 1, 0, " + std::to_string(h10) +
                         ", 0, 0, 0, 1, 1, 1, 0)"));
        // Hours around Berlin midnight 2024-01-11 (22:00 and 23:00 UTC on the 10th).
        add("rollup_hour", 0, at("2024-01-10T22:00:00Z"), 0, 0, {{"hits", 3}});
        add("rollup_hour", 0, at("2024-01-10T23:00:00Z"), 0, 0, {{"hits", 5}});
        // Minute rows for movers: window 12:15-12:30 UTC vs 12:00-12:15.
        const std::int64_t w = at("2024-04-02T12:15:00Z");
        const struct
        {
            std::int64_t path;
            int cur, prev;
        } movers[] = {{m_dictA, 10, 2}, {m_dictB, 5, 9}, {m_dictC, 0, 3}, {m_dictD, 7, 0}};
        for (const auto &m : movers) {
            if (m.cur)
                add("rollup_minute", 1, w + 120, m.path, 0, {{"hits", m.cur}});
            if (m.prev)
                add("rollup_minute", 1, w - 600, m.path, 0, {{"hits", m.prev}});
        }
        QVERIFY(c().exec("COMMIT"));
        QVERIFY2(m_service.open(m_path), qPrintable(m_service.errorString()));
        QCOMPARE(m_service.workspaceTimeZone(), QByteArray("Europe/Berlin"));
    }

    void daySeriesAcrossDst()
    {
        const QueryResult r =
            run(query({MetricId::Hits}, at("2024-03-29T00:00:00+01:00"), at("2024-04-02T00:00:00+02:00")));
        QVERIFY(r.ok);
        QCOMPARE(r.level, QStringLiteral("day"));
        QCOMPARE(r.rows.size(), size_t(4));
        QCOMPARE(integer(r, 2, "time"), at("2024-03-31T00:00:00+01:00"));
        QCOMPARE(integer(r, 3, "time"), at("2024-04-01T00:00:00+02:00"));
        const std::int64_t expected[] = {51, 61, 71, 81};
        for (size_t i = 0; i < 4; ++i)
            QCOMPARE(integer(r, i, "hits"), expected[i]);
    }

    void emptyBucketsAreZero()
    {
        const QueryResult r = run(query({MetricId::Hits, MetricId::AvgResponseMs},
                                        at("2024-04-07T00:00:00+02:00"), at("2024-04-09T00:00:00+02:00")));
        QCOMPARE(r.rows.size(), size_t(2));
        QCOMPARE(integer(r, 0, "hits"), 141);
        QCOMPARE(integer(r, 1, "hits"), 0);
        QVERIFY(isNull(r, 1, "avg_response_ms"));
    }

    void coarserBuckets_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<QList<qint64>>("hits");
        QTest::newRow("week") << int(Granularity::Week) << "2024-03-25T00:00:00+01:00"
                              << "2024-04-08T00:00:00+02:00"
                              << QList<qint64>{at("2024-03-25T00:00:00+01:00"),
                                               at("2024-04-01T00:00:00+02:00")}
                              << QList<qint64>{287, 777};
        QTest::newRow("month") << int(Granularity::Month) << "2024-03-10T00:00:00+01:00"
                               << "2024-04-20T00:00:00+02:00"
                               << QList<qint64>{at("2024-03-01T00:00:00+01:00"),
                                                at("2024-04-01T00:00:00+02:00")}
                               << QList<qint64>{287, 777};
        QTest::newRow("quarter") << int(Granularity::Quarter) << "2024-01-01T00:00:00+01:00"
                                 << "2024-07-01T00:00:00+02:00"
                                 << QList<qint64>{at("2024-01-01T00:00:00+01:00"),
                                                  at("2024-04-01T00:00:00+02:00")}
                                 << QList<qint64>{287, 777};
        QTest::newRow("year") << int(Granularity::Year) << "2023-01-01T00:00:00+01:00"
                              << "2025-01-01T00:00:00+01:00"
                              << QList<qint64>{at("2023-01-01T00:00:00+01:00"),
                                               at("2024-01-01T00:00:00+01:00")}
                              << QList<qint64>{40, 1064};
    }
    void coarserBuckets()
    {
        QFETCH(int, granularity);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QList<qint64>, starts);
        QFETCH(QList<qint64>, hits);
        const QueryResult r =
            run(query({MetricId::Hits}, at(qPrintable(from)), at(qPrintable(to)), Granularity(granularity)));
        QVERIFY(r.ok);
        QCOMPARE(r.rows.size(), size_t(starts.size()));
        for (size_t i = 0; i < r.rows.size(); ++i) {
            QCOMPARE(integer(r, i, "time"), starts[qsizetype(i)]);
            QCOMPARE(integer(r, i, "hits"), hits[qsizetype(i)]);
        }
    }

    void otherZoneCutsDaysFromHours()
    {
        Query q = query({MetricId::Hits}, at("2024-01-10T00:00:00Z"), at("2024-01-12T00:00:00Z"));
        q.timeZone = "UTC";
        const QueryResult utc = run(q);
        QVERIFY(utc.ok);
        QCOMPARE(utc.level, QStringLiteral("hour"));
        QCOMPARE(integer(utc, 0, "hits"), 8); // both hours are on the 10th in UTC
        QCOMPARE(integer(utc, 1, "hits"), 0);
        q.timeZone = "Asia/Kolkata"; // +05:30: hours do not line up
        const QueryResult bad = m_service.run(q).result();
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("do not start at the same instants")),
                 qPrintable(bad.error));
        q.timeZone = "Mars/Olympus";
        QVERIFY(m_service.run(q).result().error.contains(QLatin1String("Unknown time zone")));
    }

    void botModes()
    {
        Query q = query({MetricId::Hits, MetricId::PageViews}, at("2024-03-25T00:00:00+01:00"),
                        at("2024-03-26T00:00:00+01:00"), std::nullopt);
        QCOMPARE(integer(run(q), 0, "hits"), 11);      // load: bots included by default
        QCOMPARE(integer(run(q), 0, "page_views"), 5); // page views: bots excluded by default
        q.bots = BotMode::Include;
        QCOMPARE(integer(run(q), 0, "page_views"), 7);
        q.bots = BotMode::Exclude;
        QCOMPARE(integer(run(q), 0, "hits"), 10);
        q.bots = BotMode::Only;
        QCOMPARE(integer(run(q), 0, "hits"), 1);
        QCOMPARE(integer(run(q), 0, "page_views"), 2);
        q.bots = BotMode::Default;
        q.groupBy = {DimensionId::Bot};
        const QueryResult byBot = run(q);
        QCOMPARE(byBot.rows.size(), size_t(2));
        QCOMPARE(text(byBot, 0, "bot"), QStringLiteral("no"));
        QCOMPARE(integer(byBot, 1, "hits"), 1);
    }

    void topAndSort()
    {
        Query q = query({MetricId::Hits, MetricId::Bytes}, at("2024-04-01T00:00:00+02:00"),
                        at("2024-04-02T00:00:00+02:00"), std::nullopt);
        q.groupBy = {DimensionId::Url};
        QueryResult r = run(q);
        QCOMPARE(r.rows.size(), size_t(3));
        QCOMPARE(text(r, 0, "url"), QStringLiteral("/a"));
        QCOMPARE(integer(r, 0, "hits"), 34);
        QCOMPARE(text(r, 2, "url"), QStringLiteral("/c"));
        q.sortBy = MetricId::Bytes;
        q.topN = 2;
        r = run(q);
        QCOMPARE(r.rows.size(), size_t(2));
        QCOMPARE(text(r, 0, "url"), QStringLiteral("/c"));
        QCOMPARE(text(r, 1, "url"), QStringLiteral("/b"));
        q.sortBy = MetricId::Errors;
        q.ascending = true;
        q.topN = 1;
        QCOMPARE(text(run(q), 0, "url"), QStringLiteral("/c"));
    }

    void filters()
    {
        Query q = query({MetricId::Hits}, at("2024-04-01T00:00:00+02:00"), at("2024-04-02T00:00:00+02:00"),
                        std::nullopt);
        q.filters = {{DimensionId::Url, {QStringLiteral("/a"), QStringLiteral("/c")}}};
        QCOMPARE(integer(run(q), 0, "hits"), 44);
        q.filters = {{DimensionId::Url, {QStringLiteral("/nowhere")}}};
        const QueryResult none = run(q);
        QCOMPARE(integer(none, 0, "hits"), 0);
        QVERIFY(none.warnings.join(QLatin1Char(' ')).contains(QLatin1String("/nowhere")));
        q.filters = {{DimensionId::Device, {QStringLiteral("phone")}}};
        QVERIFY(m_service.run(q).result().error.contains(QLatin1String("desktop, mobile")));
    }

    void twoDimensionGroups()
    {
        Query q = query({MetricId::Hits}, at("2024-04-01T00:00:00+02:00"), at("2024-04-02T00:00:00+02:00"),
                        std::nullopt);
        q.groupBy = {DimensionId::Country, DimensionId::Device};
        QueryResult r = run(q);
        QCOMPARE(r.rows.size(), size_t(3));
        QCOMPARE(text(r, 0, "country"), QStringLiteral("DE"));
        QCOMPARE(text(r, 0, "device"), QStringLiteral("desktop"));
        QCOMPARE(integer(r, 0, "hits"), 7);
        q.groupBy = {DimensionId::Device};
        q.filters = {{DimensionId::Country, {QStringLiteral("de")}}};
        r = run(q);
        QCOMPARE(r.rows.size(), size_t(2));
        QCOMPARE(text(r, 1, "device"), QStringLiteral("mobile"));
        QCOMPARE(integer(r, 1, "hits"), 5);
        q.groupBy = {DimensionId::Country, DimensionId::Browser};
        q.filters.clear();
        const QueryResult bad = m_service.run(q).result();
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QStringLiteral("No aggregation group holds country × browser together")),
                 qPrintable(bad.error));
    }

    void visitorsUnion()
    {
        Query q =
            query({MetricId::Visitors}, at("2024-04-01T00:00:00+02:00"), at("2024-04-04T00:00:00+02:00"));
        QueryResult r = run(q);
        QCOMPARE(r.rows.size(), size_t(3));
        QCOMPARE(integer(r, 0, "visitors"), 3);
        QCOMPARE(integer(r, 1, "visitors"), 3);
        QCOMPARE(integer(r, 2, "visitors"), 1);
        q.granularity.reset();
        QCOMPARE(integer(run(q), 0, "visitors"), 5); // a b c d x, once each
        q.bots = BotMode::Include;
        QCOMPARE(integer(run(q), 0, "visitors"), 6);
        q.granularity = Granularity::Week;
        QCOMPARE(integer(run(q), 0, "visitors"), 6);
    }

    void sessionsWithOpenSessions()
    {
        const std::int64_t h10 = at("2024-04-01T10:00:00+02:00");
        Query q = query({MetricId::Sessions, MetricId::Bounces, MetricId::BounceRate,
                         MetricId::PagesPerSession, MetricId::AvgSessionSeconds},
                        h10, h10 + 3600, Granularity::Hour);
        const QueryResult r = run(q);
        QVERIFY(r.ok);
        QCOMPARE(r.rows.size(), size_t(1));
        QCOMPARE(integer(r, 0, "sessions"), 5);
        QCOMPARE(integer(r, 0, "bounces"), 3);
        QCOMPARE(real(r, 0, "bounce_rate"), 0.6);
        QCOMPARE(real(r, 0, "pages_per_session"), 2.2);
        QCOMPARE(real(r, 0, "avg_session_seconds"), 12.0);
        q.granularity = Granularity::Minute;
        QVERIFY(m_service.run(q).result().error.contains(QLatin1String("not per minute")));
        q.granularity = Granularity::Hour;
        q.groupBy = {DimensionId::Status};
        QVERIFY(m_service.run(q).result().error.contains(QLatin1String("Sessions are not kept")));
    }

    void comparisons()
    {
        Query q = query({MetricId::Hits}, at("2024-04-01T00:00:00+02:00"), at("2024-04-08T00:00:00+02:00"));
        q.comparison = Comparison::WeekOverWeek;
        QueryResult r = run(q);
        QCOMPARE(r.rows.size(), size_t(7));
        QCOMPARE(integer(r, 0, "previous_time"), at("2024-03-25T00:00:00+01:00"));
        QCOMPARE(integer(r, 0, "hits"), 81);
        QCOMPARE(integer(r, 0, "hits_previous"), 11);
        QCOMPARE(integer(r, 0, "hits_change"), 70);
        QCOMPARE(real(r, 0, "hits_change_pct"), 70.0 / 11.0 * 100.0);
        QCOMPARE(integer(r, 6, "hits_previous"), 71); // Sunday 04-07 vs Sunday 03-31 (23 hours)
        q.range = {at("2024-04-01T00:00:00+02:00"), at("2024-04-02T00:00:00+02:00")};
        q.comparison = Comparison::YearOverYear;
        r = run(q);
        QCOMPARE(r.rows.size(), size_t(1));
        QCOMPARE(integer(r, 0, "previous_time"), at("2023-04-03T00:00:00+02:00"));
        QCOMPARE(integer(r, 0, "hits_previous"), 40);
        QCOMPARE(integer(r, 0, "hits_change"), 41);
        q.granularity.reset();
        q.comparison = Comparison::PreviousPeriod;
        r = run(q);
        QCOMPARE(integer(r, 0, "hits_previous"), 71);
        QCOMPARE(r.previous, (TimeRange{at("2024-03-31T00:00:00+01:00"), at("2024-04-01T00:00:00+02:00")}));
    }

    void movers()
    {
        const std::int64_t w = at("2024-04-02T12:15:00Z");
        const MoversResult m = m_service.topMovers(DimensionId::Url, {w, w + 900}, {w - 900, w}, 2).result();
        QVERIFY2(m.ok, qPrintable(m.error));
        QCOMPARE(m.level, QStringLiteral("minute"));
        QCOMPARE(m.top.size(), size_t(2));
        QCOMPARE(m.top[0].value, QStringLiteral("/a"));
        QCOMPARE(m.top[0].current, 10);
        QCOMPARE(m.top[1].value, QStringLiteral("/d"));
        QCOMPARE(m.rising.size(), size_t(2));
        QCOMPARE(m.rising[0].value, QStringLiteral("/a"));
        QCOMPARE(m.rising[0].change, 8);
        QCOMPARE(*m.rising[0].percent, 400.0);
        QCOMPARE(m.rising[1].value, QStringLiteral("/d"));
        QVERIFY(!m.rising[1].percent);
        QCOMPARE(m.falling.size(), size_t(2));
        QCOMPARE(m.falling[0].value, QStringLiteral("/b"));
        QCOMPARE(m.falling[0].change, -4);
        QCOMPARE(m.falling[1].value, QStringLiteral("/c"));
    }

    void moversBeyondMinuteRetention()
    {
        // Paths keep minute rows for a day and hour rows for 7 days before the
        // newest event (04-07 12:00 UTC): a window of 8 days comes from days.
        const MoversResult m = urlMoversWithNewest("2024-04-07T12:00:00Z", "2024-04-07T12:15:00Z", 8, 2);
        QVERIFY2(m.ok, qPrintable(m.error));
        QCOMPARE(m.level, QStringLiteral("day"));
        QVERIFY2(m.warnings.join(QLatin1Char(' ')).contains(QLatin1String("removed by retention")),
                 qPrintable(m.warnings.join(QLatin1Char(' '))));
        // The day rows of 04-01 (30 hits by people), not the minute rows of 04-02 (10).
        QCOMPARE(m.top[0].value, QStringLiteral("/a"));
        QVERIFY2(m.top[0].current >= 30, qPrintable(QString::number(m.top[0].current)));
    }

    void moversPreviousWindowBeyondHourRetention()
    {
        // Paths keep hour rows for 7 days before the newest event (04-09
        // 12:00 UTC). Four days from 04-05 10:00 against the four before: the
        // previous window starts before 04-02 12:00, so both come from day
        // rows, which hold /a's hits of 04-01: 30 by people and 4 by bots,
        // which hits count by default.
        const MoversResult m = urlMoversWithNewest("2024-04-09T12:00:00Z", "2024-04-09T10:00:00Z", 4, 3);
        QVERIFY2(m.ok, qPrintable(m.error));
        QCOMPARE(m.level, QStringLiteral("day"));
        QVERIFY2(m.warnings.join(QLatin1Char(' ')).contains(QLatin1String("removed by retention")),
                 qPrintable(m.warnings.join(QLatin1Char(' '))));
        QVERIFY(!m.falling.empty());
        QCOMPARE(m.falling[0].value, QStringLiteral("/a"));
        QCOMPARE(m.falling[0].previous, std::int64_t(34));
        QCOMPARE(m.falling[0].current, std::int64_t(0));
    }

    void cacheInvalidatedByAnotherConnection()
    {
        const Query q = query({MetricId::Hits}, at("2024-04-03T00:00:00+02:00"),
                              at("2024-04-04T00:00:00+02:00"), std::nullopt);
        QCOMPARE(integer(run(q), 0, "hits"), 101);
        QueryResult again = run(q);
        QVERIFY(again.fromCache);
        QCOMPARE(integer(again, 0, "hits"), 101);
        QVERIFY(c().exec("UPDATE rollup_day SET hits = hits + 1000 WHERE grp = 0 AND bot = 0 AND bucket = " +
                         std::to_string(at("2024-04-03T00:00:00+02:00"))));
        again = run(q);
        QVERIFY(!again.fromCache);
        QCOMPARE(integer(again, 0, "hits"), 1101);
        QVERIFY(run(q).fromCache);
        m_service.invalidate();
        QVERIFY(!run(q).fromCache);
    }

    void retentionWarning()
    {
        QVERIFY(
            c().exec("INSERT INTO commits(committed_ms, source_id, records, max_ts_ms) VALUES (0, 1, 1, " +
                     std::to_string(at("2024-04-07T12:00:00Z") * 1000) + ")"));
        QVERIFY(m_db.setMeta(QStringLiteral("hour_retention_days"), QStringLiteral("3")));
        const QueryResult r = run(query({MetricId::Hits}, at("2024-03-25T00:00:00+01:00"),
                                        at("2024-03-26T00:00:00+01:00"), Granularity::Hour));
        QVERIFY(r.ok);
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("removed by retention")),
                 qPrintable(r.warnings.join(QLatin1Char(' '))));
        // A total over a range not on whole days comes from day rows then.
        const QueryResult total = run(query({MetricId::Hits}, at("2024-03-25T06:00:00+01:00"),
                                            at("2024-03-25T07:00:00+01:00"), std::nullopt));
        QCOMPARE(total.level, QStringLiteral("day"));
        QCOMPARE(integer(total, 0, "hits"), 11);
        QVERIFY(c().exec("DELETE FROM commits"));
        QVERIFY(c().exec("DELETE FROM meta WHERE key = 'hour_retention_days'"));
    }

    void comparisonKeepsTheCurrentPeriod()
    {
        // Hour rows are kept from 2024-04-04 12:00 UTC. Two days to 04-07
        // 13:00 UTC are read from hours; the two days before them reach back
        // past that, so they alone move back to whole days.
        QVERIFY(
            c().exec("INSERT INTO commits(committed_ms, source_id, records, max_ts_ms) VALUES (0, 1, 1, " +
                     std::to_string(at("2024-04-07T12:00:00Z") * 1000) + ")"));
        QVERIFY(m_db.setMeta(QStringLiteral("hour_retention_days"), QStringLiteral("3")));
        add("rollup_hour", 0, at("2024-04-05T14:00:00Z"), 0, 0, {{"hits", 3}});
        add("rollup_hour", 0, at("2024-04-05T12:00:00Z"), 0, 0, {{"hits", 100}}); // before the range
        Query q =
            query({MetricId::Hits}, at("2024-04-05T13:00:00Z"), at("2024-04-07T13:00:00Z"), std::nullopt);
        const QueryResult alone = run(q);
        QCOMPARE(integer(alone, 0, "hits"), 3);
        q.comparison = Comparison::PreviousPeriod;
        const QueryResult r = run(q);
        QCOMPARE(r.level, QStringLiteral("hour"));
        QCOMPARE(integer(r, 0, "hits"), 3);
        // 2024-04-03 and 04-04 in Berlin, as a query of those days gives them
        // (100 + 110 by people, 1 + 1 by bots, plus what cacheInvalidated...() added).
        const TimeRange days{at("2024-04-03T00:00:00+02:00"), at("2024-04-05T00:00:00+02:00")};
        QCOMPARE(r.previous, days);
        const qint64 previous =
            integer(run(query({MetricId::Hits}, days.fromSecs, days.toSecs, std::nullopt)), 0, "hits");
        QVERIFY(previous >= 212);
        QCOMPARE(integer(r, 0, "hits_previous"), previous);
        QVERIFY2(
            r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("comparison period was moved back")),
            qPrintable(r.warnings.join(QLatin1Char(' '))));
        QVERIFY(c().exec("DELETE FROM rollup_hour WHERE bucket IN (" +
                         std::to_string(at("2024-04-05T14:00:00Z")) + ", " +
                         std::to_string(at("2024-04-05T12:00:00Z")) + ")"));
        QVERIFY(c().exec("DELETE FROM commits"));
        QVERIFY(c().exec("DELETE FROM meta WHERE key = 'hour_retention_days'"));
    }

    void cancel()
    {
        QueryService service;
        QVERIFY(service.open(m_path));
        service.setMaxThreads(1);
        QVERIFY(c().exec("BEGIN"));
        auto st = c().prepare(
            "INSERT INTO rollup_minute(grp, bucket, d1, d2, bot, hits) VALUES (0, ?1, 0, 0, 0, 1)");
        const std::int64_t start = at("2020-01-01T00:00:00Z");
        for (int i = 0; i < 400000; ++i) {
            st.bind(1, start + std::int64_t(i) * 60);
            QVERIFY(st.exec());
        }
        QVERIFY(c().exec("COMMIT"));
        const Query heavy = query({MetricId::Hits}, start, start + 400000 * 60, Granularity::Minute);
        QFuture<QueryResult> running = service.run(heavy);
        QFuture<QueryResult> waiting =
            service.run(query({MetricId::Hits}, start, start + 60, Granularity::Minute));
        waiting.cancel();
        service.cancelAll();
        const QueryResult r = running.result();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
        waiting.waitForFinished();
        QVERIFY(waiting.isCanceled());
        // The executor stops before reading when the flag is already set.
        std::atomic<bool> flag{true};
        QVERIFY(QueryExecutor(c(), &flag).run(heavy).error.contains(QLatin1String("cancelled")));
        // And the service still answers afterwards.
        QCOMPARE(
            integer(service.run(query({MetricId::Hits}, start, start + 120, Granularity::Minute)).result(), 1,
                    "hits"),
            1);
    }
};

QTEST_GUILESS_MAIN(TestQueryService)
#include "tst_queryservice.moc"
