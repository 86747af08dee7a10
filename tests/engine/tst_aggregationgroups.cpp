// Which groups are pre-aggregated is a workspace setting: a group that is off
// gets no rows (counters, visitor sketches, sessions), the groups that are on
// get exactly the rows they get with every group on, and a query that needs
// a group that is off fails with a message naming the setting to change.

#include "ingest/fileimporter.h"
#include "query/queryservice.h"
#include "store/analyticssettings.h"
#include "store/readonlysql.h"
#include "store/schema.h"
#include "store/writer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace es;

namespace {

QStringList rowsOf(const QString &db, const QString &query)
{
    ReadOnlySql sql;
    QStringList out;
    if (sql.open(db))
        sql.run(query, nullptr, [&](const QVariantList &r) {
            QStringList cells;
            for (const QVariant &v : r)
                cells << v.toString();
            out << cells.join(QLatin1Char('|'));
            return true;
        });
    return out;
}

// Counters, sessions and sketch sizes per level and group.
QStringList groupSummary(const QString &db, int grp)
{
    QStringList out;
    for (const char *t : {"rollup_minute", "rollup_hour", "rollup_day"})
        out << rowsOf(db, QStringLiteral("SELECT count(*), sum(hits), sum(page_views), sum(sessions), "
                                         "sum(bounces), sum(d1 * 7 + d2 * 3 + bot + bucket % 1000) FROM %1 "
                                         "WHERE grp = %2")
                              .arg(QLatin1String(t))
                              .arg(grp));
    out << rowsOf(db,
                  QStringLiteral("SELECT level, count(*), sum(length(sketch)) FROM visitors WHERE grp = %1 "
                                 "GROUP BY level")
                      .arg(grp));
    return out;
}

} // namespace

class TestAggregationGroups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;

    QString importWith(const QString &name, std::uint32_t groups, const QString &pairs = {}, bool raw = true)
    {
        const QString db = m_dir.filePath(name + QStringLiteral(".eventscope"));
        Writer w;
        if (!w.open(db))
            return {};
        AnalyticsSettings s = w.analyticsSettings();
        s.geoip = false;
        s.groups = groups;
        QString error;
        if (!pairs.isEmpty() && !AnalyticsSettings::editPairs(s.pairs, pairs, &error))
            return {};
        if (!w.setAnalyticsSettings(s).isEmpty())
            return {};
        ImportOptions options;
        options.keepRawEvents = raw;
        FileImporter imp(w, options);
        if (!imp.importFile(m_log).error.isEmpty())
            return {};
        w.close();
        return db;
    }

    static constexpr std::uint32_t kOff =
        1u << schema::GroupBrowserVersion | 1u << schema::GroupPathDevice | 1u << schema::GroupReferrer;

private slots:
    void initTestCase()
    {
        // The first 3,000 lines of a real access log (four days).
        QFile in(QStringLiteral(ES_SHARED_DATA_DIR "/access_logs/elastic_apache_logs.log"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text;
        for (int i = 0; i < 3000 && !in.atEnd(); ++i)
            text += in.readLine();
        m_log = m_dir.filePath(QStringLiteral("access.log"));
        QFile out(m_log);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(text), text.size());
    }

    void namesRoundTrip()
    {
        QCOMPARE(AnalyticsSettings::groupsFromNames(AnalyticsSettings::allGroupNames(), nullptr).value_or(0),
                 schema::kAllGroups);
        QString unknown;
        QVERIFY(!AnalyticsSettings::groupsFromNames({QStringLiteral("path"), QStringLiteral("colour")},
                                                    &unknown));
        QCOMPARE(unknown, QStringLiteral("colour"));
        // The total and the source cannot be turned off.
        QCOMPARE(AnalyticsSettings::groupsFromMeta(QStringLiteral("none")), schema::kRequiredGroups);
        QCOMPARE(AnalyticsSettings::groupsFromMeta(QStringLiteral("url,country")),
                 schema::kRequiredGroups | 1u << schema::GroupPath | 1u << schema::GroupCountry);
    }

    void offGroupsGetNoRowsAndTheOthersAreUnchanged()
    {
        const QString all = importWith(QStringLiteral("all"), schema::kAllGroups);
        const QString some = importWith(QStringLiteral("some"), schema::kAllGroups & ~kOff);
        QVERIFY(!all.isEmpty() && !some.isEmpty());
        for (int g = 0; g < schema::kGroupCount; ++g) {
            const QStringList full = groupSummary(all, g);
            const QStringList part = groupSummary(some, g);
            if (kOff >> g & 1u) {
                int stored = 0; // rows with every group on, at any level
                for (int level = 0; level < 3; ++level)
                    stored += full[level].split(QLatin1Char('|')).first().toInt();
                QVERIFY2(stored > 0, schema::groupName(g));
                for (const char *t : {"rollup_minute", "rollup_hour", "rollup_day"})
                    QCOMPARE(rowsOf(some, QStringLiteral("SELECT count(*) FROM %1 WHERE grp = %2")
                                              .arg(QLatin1String(t))
                                              .arg(g)),
                             QStringList{QStringLiteral("0")});
                QCOMPARE(rowsOf(some, QStringLiteral("SELECT count(*) FROM visitors WHERE grp = %1").arg(g)),
                         QStringList{QStringLiteral("0")});
            } else {
                QCOMPARE(part, full);
            }
        }
    }

    void queriesNameTheGroupToTurnOn()
    {
        const QString some = importWith(QStringLiteral("query"), schema::kAllGroups & ~kOff);
        const QString all = importWith(QStringLiteral("query-all"), schema::kAllGroups);
        QueryService service, reference;
        QVERIFY2(service.open(some), qPrintable(service.errorString()));
        QVERIFY2(reference.open(all), qPrintable(reference.errorString()));
        Query q;
        q.metrics = {MetricId::Hits};
        q.range = {0, 4102444800}; // 1970 to 2100
        q.groupBy = {DimensionId::BrowserVersion};
        const QueryResult bad = service.run(q).result();
        QVERIFY2(bad.error.contains(QLatin1String("eventscope analytics --groups +browser_version")),
                 qPrintable(bad.error));
        // A group that is on answers as with every group on.
        q.groupBy = {DimensionId::Browser};
        q.metrics = {MetricId::Hits, MetricId::Visitors, MetricId::Sessions};
        const QueryResult good = service.run(q).result();
        const QueryResult expected = reference.run(q).result();
        QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
        QVERIFY(good.rows.size() > 3);
        QCOMPARE(good.rows, expected.rows);
        // So does a filter on a group that is on, not one on a group that is off.
        q.groupBy = {};
        q.filters = {{DimensionId::Referrer, {QStringLiteral("google.com")}}};
        QVERIFY(service.run(q).result().error.contains(QLatin1String("--groups +referrer")));
    }
    void pairEdits()
    {
        auto pairs = AnalyticsSettings().pairs;
        QString error;
        QVERIFY(AnalyticsSettings::editPairs(pairs, QStringLiteral("+country:browser,+url:status"), &error));
        QCOMPARE(AnalyticsSettings::pairName(pairs[0]), QStringLiteral("country:browser"));
        QCOMPARE(AnalyticsSettings::pairName(pairs[1]), QStringLiteral("path:status"));
        // Either order removes a pair; adding one twice keeps one.
        QVERIFY(AnalyticsSettings::editPairs(pairs, QStringLiteral("-browser:country,+path:status"), &error));
        QCOMPARE(AnalyticsSettings::pairName(pairs[0]), QString());
        QCOMPARE(AnalyticsSettings::pairName(pairs[1]), QStringLiteral("path:status"));
        QVERIFY(!AnalyticsSettings::editPairs(pairs, QStringLiteral("+country:device"), &error));
        QVERIFY(error.contains(QLatin1String("always")));
        QVERIFY(!AnalyticsSettings::editPairs(pairs, QStringLiteral("+country:bot"), &error));
        QVERIFY(!AnalyticsSettings::editPairs(pairs, QStringLiteral("+os:os"), &error));
        QVERIFY(!AnalyticsSettings::editPairs(pairs, QStringLiteral("+a:b:c"), &error));
        QVERIFY(AnalyticsSettings::editPairs(
            pairs, QStringLiteral("+os:site,+method:referrer,+device:status"), &error));
        QVERIFY(!AnalyticsSettings::editPairs(pairs, QStringLiteral("+event_type:site"), &error));
        QVERIFY(error.contains(QLatin1String("At most 4")));
        const auto stored = AnalyticsSettings::pairsFromMeta(QStringLiteral(",path:status,,os:site"));
        QCOMPARE(AnalyticsSettings::pairName(stored[1]), QStringLiteral("path:status"));
        QCOMPARE(AnalyticsSettings::pairName(stored[3]), QStringLiteral("os:site"));
        QCOMPARE(stored[0][0], -1);
    }

    void pairsAnswerCombinedQueries()
    {
        // Expected hits per (path, status), counted from the log text.
        QFile in(m_log);
        QVERIFY(in.open(QIODevice::ReadOnly));
        static const QRegularExpression request(
            QStringLiteral("\\] \"[A-Z]+ ([^ ?\"]*)[^\"]*\" ([0-9]{3}) "));
        std::map<std::pair<QString, qint64>, qint64> expected;
        while (!in.atEnd()) {
            const QRegularExpressionMatch m = request.match(QString::fromUtf8(in.readLine()));
            if (m.hasMatch())
                ++expected[{m.captured(1), m.captured(2).toLongLong()}];
        }
        QVERIFY(expected.size() > 100);

        const QString db =
            importWith(QStringLiteral("pairs"), schema::kAllGroups, QStringLiteral("+url:status"));
        QVERIFY(!db.isEmpty());
        QueryService service;
        QVERIFY2(service.open(db), qPrintable(service.errorString()));
        Query q;
        q.metrics = {MetricId::Hits};
        q.range = {0, 4102444800};
        q.groupBy = {DimensionId::Url, DimensionId::Status};
        const QueryResult r = service.run(q).result();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        std::map<std::pair<QString, qint64>, qint64> got;
        for (const auto &row : r.rows)
            got[{std::get<QString>(row[0]), std::get<std::int64_t>(row[1])}] = std::get<std::int64_t>(row[2]);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);

        // A filter on one part of the pair, grouped by the other.
        q.groupBy = {DimensionId::Url};
        q.filters = {{DimensionId::StatusClass, {QStringLiteral("4xx")}}};
        const QueryResult errors = service.run(q).result();
        QVERIFY2(errors.error.isEmpty(), qPrintable(errors.error));
        qint64 sum = 0, want = 0;
        for (const auto &row : errors.rows)
            sum += std::get<std::int64_t>(row[1]);
        for (const auto &[k, n] : expected)
            want += k.second >= 400 && k.second < 500 ? n : 0;
        QCOMPARE(sum, want);

        // A combination that is not configured names the pair to add.
        q.groupBy = {DimensionId::Url, DimensionId::Browser};
        q.filters = {};
        QVERIFY2(service.run(q).result().error.contains(QLatin1String("--pairs +path:browser")),
                 qPrintable(service.run(q).result().error));
        service.close();

        // Removing the pair deletes its rows.
        {
            Writer w;
            QVERIFY(w.open(db));
            AnalyticsSettings s = w.analyticsSettings();
            QString error;
            QVERIFY(AnalyticsSettings::editPairs(s.pairs, QStringLiteral("-status:url"), &error));
            QCOMPARE(w.setAnalyticsSettings(s), QString());
        }
        QCOMPARE(
            rowsOf(db,
                   QStringLiteral("SELECT count(*) FROM rollup_day WHERE grp = %1").arg(schema::GroupPair0)),
            QStringList{QStringLiteral("0")});
    }
    void rawEventsAnswerWhatNoGroupHolds()
    {
        const QString withPair =
            importWith(QStringLiteral("raw-pair"), schema::kAllGroups, QStringLiteral("+browser:os"));
        const QString without = importWith(QStringLiteral("raw"), schema::kAllGroups & ~kOff);
        QVERIFY(!withPair.isEmpty() && !without.isEmpty());
        QueryService pair, raw;
        QVERIFY(pair.open(withPair) && raw.open(without));
        Query q;
        q.metrics = {MetricId::Hits, MetricId::Visitors, MetricId::PageViews, MetricId::Status4xx};
        q.range = {1431820800, 1432252800}; // 2015-05-17 .. 2015-05-22 UTC, the days of the log
        q.groupBy = {DimensionId::Browser, DimensionId::Os};
        const QueryResult expected = pair.run(q).result();
        QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
        QVERIFY(expected.rows.size() > 10);
        const QueryResult got = raw.run(q).result();
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        QCOMPARE(got.level, QStringLiteral("raw"));
        QVERIFY(got.warnings.join(QLatin1Char(' ')).contains(QLatin1String("3000 records were read again")));
        QCOMPARE(got.rows, expected.rows);

        // Per day, a filter on a dimension of a group that is off, bots only.
        q.groupBy = {DimensionId::Browser};
        q.granularity = Granularity::Day;
        q.filters = {{DimensionId::BrowserVersion, {QStringLiteral("Chrome 32")}},
                     {DimensionId::Os, {QStringLiteral("Windows")}}};
        q.bots = BotMode::Exclude;
        QueryResult a = raw.run(q).result();
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        q.filters = {{DimensionId::Os, {QStringLiteral("Windows")}}};
        QueryResult b = raw.run(q).result();
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        std::int64_t narrow = 0, wide = 0;
        for (const auto &row : a.rows)
            narrow += std::get<std::int64_t>(row[2]);
        for (const auto &row : b.rows)
            wide += std::get<std::int64_t>(row[2]);
        QVERIFY(narrow > 0 && narrow < wide);

        // Sessions cannot come from raw events.
        q.metrics = {MetricId::Sessions};
        QVERIFY(
            raw.run(q).result().error.contains(QLatin1String("Session metrics cannot come from raw events")));
        raw.close();

        // Without raw events, or with a file that changed, the query says why.
        const QString noRaw = importWith(QStringLiteral("no-raw"), schema::kAllGroups, {}, false);
        QueryService none;
        QVERIFY(none.open(noRaw));
        q.metrics = {MetricId::Hits};
        q.groupBy = {DimensionId::Browser, DimensionId::Os};
        q.filters = {};
        const QString e = none.run(q).result().error;
        QVERIFY2(e.contains(QLatin1String("--pairs +browser:os")) && e.contains(QLatin1String("--no-raw")),
                 qPrintable(e));
        QFile log(m_log);
        QVERIFY(log.open(QIODevice::ReadWrite));
        QVERIFY(log.seek(100));
        QCOMPARE(log.write("XXXXXXXXXX"), qint64(10));
        log.close();
        QueryService changed;
        QVERIFY(changed.open(without));
        const QString c = changed.run(q).result().error;
        QVERIFY2(c.contains(QLatin1String("changed since it was imported")), qPrintable(c));
        initTestCase(); // the log as it was, for the other tests
    }
};

QTEST_GUILESS_MAIN(TestAggregationGroups)
#include "tst_aggregationgroups.moc"
