// The result table model shows query results as people read them (titles,
// separators, units, local times across a DST change), sorts by raw values
// through a proxy, feeds the bar delegate its fractions and change signs, and
// exports exact CSV. Texts are compared in a fixed English locale.

#include "models/csvexport.h"
#include "models/resultfilterproxymodel.h"
#include "models/resulttablemodel.h"
#include "query/labels.h"
#include "resultfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace es;
using namespace es::ui;
using namespace fixtures;

namespace {

QString text(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

QStringList columnTexts(const QAbstractItemModel &m, int column)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << text(m, r, column);
    return out;
}

QStringList headers(const QAbstractItemModel &m)
{
    QStringList out;
    for (int c = 0; c < m.columnCount(); ++c)
        out << m.headerData(c, Qt::Horizontal).toString();
    return out;
}

} // namespace

class TestResultTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        useEnglishLocale();
    }

    void passesModelTesterThroughResets()
    {
        ResultTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setResult(series());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 9);
        model.setTimeZone("America/New_York");
        model.setGranularity(es::Granularity::Day);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QVERIFY(model.result().columns.empty());
        model.setResult(totals());
        model.setResult(es::QueryResult::failure(QStringLiteral("broken")));
        model.setResult(series());
        QCOMPARE(resets.count(), 5);
        QCOMPARE(model.rowCount(QModelIndex()), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void passesModelTesterBehindSortingProxy()
    {
        ResultTableModel model;
        ResultFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(totals());
        proxy.sort(2, Qt::DescendingOrder);
        proxy.setFilterFixedString(QStringLiteral("s"));
        QCOMPARE(proxy.rowCount(), 2);
        model.setResult(series());
        model.setTimeZone("UTC");
        proxy.setFilterFixedString(QString());
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        model.setResult(totals());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void headerTitles()
    {
        ResultTableModel model;
        model.setResult(series());
        QCOMPARE(headers(model),
                 QStringList({"Time", "Previous time", "Hits", "Hits (previous)", "Hits (change)",
                              "Hits (change %)", "Bounce rate", "Bounce rate (change)", "Bytes"}));
        model.setResult(totals());
        QCOMPARE(headers(model),
                 QStringList({"URL", "Status", "Hits", "Avg. response time", "Avg. session duration",
                              "Pages per session", "Errors (change)"}));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 es::Metrics::definition(es::MetricId::Hits));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::AscendingOrder));
    }

    void labels()
    {
        QCOMPARE(Labels::metricTitle(es::MetricId::PageViews), QStringLiteral("Page views"));
        QCOMPARE(Labels::metricTitle(es::MetricId::BounceRate), QStringLiteral("Bounce rate"));
        QCOMPARE(Labels::dimensionTitle(es::DimensionId::Country), QStringLiteral("Country"));
        QCOMPARE(Labels::dimensionTitle(es::DimensionId::Param2), QStringLiteral("Parameter 3"));
        // Every metric and dimension has a title of its own, not its name.
        for (const es::MetricDef &m : es::Metrics::all())
            QVERIFY2(Labels::metricTitle(m.id) != QLatin1String(m.name), m.name);
        for (const es::DimensionDef &dim : es::Dimensions::all())
            QVERIFY2(Labels::dimensionTitle(dim.id) != QLatin1String(dim.name), dim.name);
        const es::ResultColumn views{QStringLiteral("page_views_previous"),
                                     ColumnKind::Integer,
                                     Role::Previous,
                                     MetricId::PageViews,
                                     {}};
        QCOMPARE(Labels::columnTitle(views), QStringLiteral("Page views (previous)"));
        const es::ResultColumn pct{QStringLiteral("visitors_change_pct"),
                                   ColumnKind::Real,
                                   Role::ChangePercent,
                                   MetricId::Visitors,
                                   {}};
        QCOMPARE(Labels::columnTitle(pct), QStringLiteral("Visitors (change %)"));
        const es::ResultColumn param{
            QStringLiteral("params.plan"), ColumnKind::Text, Role::Dimension, {}, DimensionId::Param0};
        QCOMPARE(Labels::columnTitle(param), QStringLiteral("plan"));
    }

    void displayTexts_data()
    {
        QTest::addColumn<bool>("isSeries");
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("hour buckets across DST")
            << true << 0 << QStringList({"3/31/2024 12:00 AM", "3/31/2024 1:00 AM", "3/31/2024 3:00 AM"});
        QTest::newRow("previous bucket, one missing")
            << true << 1 << QStringList({"3/30/2024 12:00 AM", "3/30/2024 1:00 AM", "\u2014"});
        QTest::newRow("counts") << true << 2 << QStringList({"1,234,567", "9", "100"});
        QTest::newRow("change") << true << 4 << QStringList({"+234,567", "-9", "+100"});
        QTest::newRow("change %") << true << 5 << QStringList({"+23.5%", "-50.0%", "\u2014"});
        QTest::newRow("bounce rate") << true << 6 << QStringList({"42.5%", "\u2014", "100.0%"});
        QTest::newRow("bounce rate change") << true << 7 << QStringList({"-3.1 pp", "\u2014", "+20.0 pp"});
        QTest::newRow("bytes") << true << 8 << QStringList({"1.5 KB", "512 B", "5.0 GB"});
        QTest::newRow("urls") << false << 0
                              << QStringList({"/search?q=a,b", "say \"hi\"", "/line\nbreak", "(empty)"});
        QTest::newRow("status codes") << false << 1 << QStringList({"200", "404", "500", "301"});
        QTest::newRow("response time") << false << 3 << QStringList({"123 ms", "4.6 ms", "\u2014", "0.0 ms"});
        QTest::newRow("session duration")
            << false << 4 << QStringList({"1 min 05 s", "42 s", "1 h 02 min", "0 s"});
        QTest::newRow("pages per session") << false << 5 << QStringList({"3.14", "1.00", "\u2014", "2.50"});
        QTest::newRow("errors change") << false << 6 << QStringList({"+5", "-3", "0", "\u2014"});
    }

    void displayTexts()
    {
        QFETCH(bool, isSeries);
        QFETCH(int, column);
        QFETCH(QStringList, expected);
        ResultTableModel model;
        model.setResult(isSeries ? series() : totals());
        model.setGranularity(es::Granularity::Hour);
        QCOMPARE(columnTexts(model, column), expected);
    }

    void bucketTextsFollowGranularityAndZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("granularity"); // -1: not set
        QTest::addColumn<QString>("expected");
        QTest::newRow("day") << QByteArray() << int(es::Granularity::Day) << QStringLiteral("3/31/2024");
        QTest::newRow("week") << QByteArray() << int(es::Granularity::Week)
                              << QStringLiteral("Week of 3/31/2024");
        QTest::newRow("month") << QByteArray() << int(es::Granularity::Month) << QStringLiteral("March 2024");
        QTest::newRow("quarter") << QByteArray() << int(es::Granularity::Quarter)
                                 << QStringLiteral("Q1 2024");
        QTest::newRow("year") << QByteArray() << int(es::Granularity::Year) << QStringLiteral("2024");
        QTest::newRow("utc hour") << QByteArray("UTC") << int(es::Granularity::Hour)
                                  << QStringLiteral("3/30/2024 11:00 PM");
        QTest::newRow("new york") << QByteArray("America/New_York") << int(es::Granularity::Minute)
                                  << QStringLiteral("3/30/2024 7:00 PM");
        // Not midnight in New York: the guess keeps the time.
        QTest::newRow("guessed") << QByteArray("America/New_York") << -1
                                 << QStringLiteral("3/30/2024 7:00 PM");
        QTest::newRow("unknown zone falls back to the result's")
            << QByteArray("Nowhere/Atlantis") << int(es::Granularity::Hour)
            << QStringLiteral("3/31/2024 12:00 AM");
    }

    void bucketTextsFollowGranularityAndZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, granularity);
        QFETCH(QString, expected);
        ResultTableModel model;
        model.setResult(series());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTimeZone(zone);
        if (granularity >= 0)
            model.setGranularity(es::Granularity(granularity));
        QCOMPARE(changed.isEmpty(), zone.isEmpty() && granularity < 0);
        QCOMPARE(text(model, 0, 0), expected);
    }

    void guessesDatesForMidnightBuckets()
    {
        ResultTableModel model;
        es::QueryResult r = series();
        r.rows.resize(1); // 00:00 in Berlin, the previous bucket too
        model.setResult(r);
        QCOMPARE(text(model, 0, 0), QStringLiteral("3/31/2024"));
        QCOMPARE(text(model, 0, 1), QStringLiteral("3/30/2024"));
        model.setTimeZone("UTC");
        QCOMPARE(text(model, 0, 0), QStringLiteral("3/30/2024 11:00 PM"));
    }

    void tooltipsShowExactValues()
    {
        ResultTableModel model;
        model.setResult(series());
        QCOMPARE(text(model, 0, 2, Qt::ToolTipRole), QStringLiteral("1,234,567"));
        QCOMPARE(text(model, 0, 5, Qt::ToolTipRole), QStringLiteral("23.4567"));
        QCOMPARE(text(model, 0, 6, Qt::ToolTipRole), QStringLiteral("0.4253"));
        QCOMPARE(text(model, 2, 8, Qt::ToolTipRole), QStringLiteral("5,368,709,120"));
        QCOMPARE(text(model, 0, 0, Qt::ToolTipRole), QStringLiteral("2024-03-31T00:00:00+01:00"));
        QCOMPARE(text(model, 2, 0, Qt::ToolTipRole), QStringLiteral("2024-03-31T03:00:00+02:00"));
        QCOMPARE(text(model, 2, 5, Qt::ToolTipRole),
                 QStringLiteral("No percentage: the previous value is 0"));
        model.setResult(totals());
        QCOMPARE(text(model, 2, 4, Qt::ToolTipRole), QStringLiteral("3,725"));
        QCOMPARE(text(model, 1, 1, Qt::ToolTipRole), QStringLiteral("404"));
    }

    void rawValuesAndAlignment()
    {
        ResultTableModel model;
        model.setResult(series());
        const QVariant hits = model.data(model.index(0, 2), ResultTableModel::RawValueRole);
        QCOMPARE(hits.typeId(), QMetaType::LongLong);
        QCOMPARE(hits.toLongLong(), 1234567);
        QCOMPARE(model.data(model.index(0, 2), Qt::EditRole), hits);
        QCOMPARE(model.data(model.index(0, 6), ResultTableModel::RawValueRole).toDouble(), 0.4253);
        QCOMPARE(model.data(model.index(0, 0), ResultTableModel::RawValueRole).toLongLong(), 1711839600);
        QVERIFY(!model.data(model.index(1, 6), ResultTableModel::RawValueRole).isValid());
        QCOMPARE(model.data(model.index(0, 2), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.data(model.index(0, 0), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft | Qt::AlignVCenter));
        model.setResult(totals());
        QCOMPARE(model.data(model.index(0, 0), ResultTableModel::RawValueRole).toString(), "/search?q=a,b");
        // A status code is a label, not a quantity.
        QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft | Qt::AlignVCenter));
    }

    void sortsByRawValues_data()
    {
        QTest::addColumn<bool>("isSeries");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        // As texts these would sort "1,234,567" < "100" < "9".
        QTest::newRow("counts") << true << 2 << int(Qt::AscendingOrder)
                                << QStringList({"9", "100", "1,234,567"});
        // As texts: "1.5 KB" < "5.0 GB" < "512 B".
        QTest::newRow("bytes") << true << 8 << int(Qt::AscendingOrder)
                               << QStringList({"512 B", "1.5 KB", "5.0 GB"});
        QTest::newRow("times") << true << 0 << int(Qt::DescendingOrder)
                               << QStringList(
                                      {"3/31/2024 3:00 AM", "3/31/2024 1:00 AM", "3/31/2024 12:00 AM"});
        QTest::newRow("durations") << false << 4 << int(Qt::DescendingOrder)
                                   << QStringList({"1 h 02 min", "1 min 05 s", "42 s", "0 s"});
        QTest::newRow("texts") << false << 0 << int(Qt::AscendingOrder)
                               << QStringList({"(empty)", "/line\nbreak", "/search?q=a,b", "say \"hi\""});
        // Empty cells compare greater than any value.
        QTest::newRow("empty cells") << true << 5 << int(Qt::AscendingOrder)
                                     << QStringList({"-50.0%", "+23.5%", "\u2014"});
    }

    void sortsByRawValues()
    {
        QFETCH(bool, isSeries);
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        ResultTableModel model;
        model.setResult(isSeries ? series() : totals());
        model.setGranularity(es::Granularity::Hour);
        ResultFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(columnTexts(proxy, column), expected);
    }

    void filtersOnLabelColumnsOnly()
    {
        ResultTableModel model;
        model.setResult(totals());
        ResultFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterFixedString(QStringLiteral("SEARCH"));
        QCOMPARE(columnTexts(proxy, 0), QStringList({"/search?q=a,b"}));
        proxy.setFilterFixedString(QStringLiteral("404"));
        QCOMPARE(columnTexts(proxy, 0), QStringList({"say \"hi\""}));
        // 1,234,567 hits is a number, not something to filter by.
        proxy.setFilterFixedString(QStringLiteral("1,234,567"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString(QStringLiteral("a"));
        proxy.sort(2, Qt::DescendingOrder);
        QCOMPARE(proxy.sourceRows(), std::vector<int>({2, 0, 1}));
    }

    void fractionsForMetricColumns()
    {
        ResultTableModel model;
        model.setResult(series());
        auto fraction = [&](int row, int column) {
            return model.data(model.index(row, column), ResultTableModel::FractionRole);
        };
        QCOMPARE(fraction(0, 2).toDouble(), 1.0);
        QCOMPARE(fraction(1, 2).toDouble(), 9.0 / 1234567);
        QCOMPARE(fraction(2, 2).toDouble(), 100.0 / 1234567);
        QCOMPARE(fraction(0, 6).toDouble(), 0.4253);
        QCOMPARE(fraction(2, 6).toDouble(), 1.0);
        QCOMPARE(fraction(0, 8).toDouble(), 1536.0 / 5368709120.0);
        QVERIFY(!fraction(1, 6).isValid()); // empty cell
        QVERIFY(!fraction(0, 0).isValid()); // time
        QVERIFY(!fraction(0, 3).isValid()); // previous
        QVERIFY(!fraction(0, 4).isValid()); // change
        QVERIFY(!fraction(0, 5).isValid()); // change %

        es::QueryResult r;
        r.columns = {{QStringLiteral("hits"), ColumnKind::Integer, Role::Metric, MetricId::Hits, {}},
                     {QStringLiteral("events"), ColumnKind::Integer, Role::Metric, MetricId::Events, {}}};
        r.rows = {{i(5), i(0)}, {i(-2), i(0)}};
        model.setResult(r);
        QVERIFY(!fraction(0, 0).isValid()); // a negative value: no bars in the column
        QCOMPARE(fraction(0, 1).toDouble(), 0.0);
    }

    void changeSignsAndTones()
    {
        ResultTableModel model;
        model.setResult(series());
        auto role = [&](int row, int column, int r) { return model.data(model.index(row, column), r); };
        QCOMPARE(role(0, 4, ResultTableModel::ChangeSignRole).toInt(), 1);
        QCOMPARE(role(1, 4, ResultTableModel::ChangeSignRole).toInt(), -1);
        QCOMPARE(role(1, 5, ResultTableModel::ChangeSignRole).toInt(), -1);
        QVERIFY(!role(2, 5, ResultTableModel::ChangeSignRole).isValid());
        QVERIFY(!role(0, 2, ResultTableModel::ChangeSignRole).isValid());
        QCOMPARE(role(0, 4, ResultTableModel::ChangeToneRole).toInt(), 1);
        // A falling bounce rate is good news, rising errors are not.
        QCOMPARE(role(0, 7, ResultTableModel::ChangeSignRole).toInt(), -1);
        QCOMPARE(role(0, 7, ResultTableModel::ChangeToneRole).toInt(), 1);
        model.setResult(totals());
        QCOMPARE(role(0, 6, ResultTableModel::ChangeToneRole).toInt(), -1);
        QCOMPARE(role(1, 6, ResultTableModel::ChangeToneRole).toInt(), 1);
        QCOMPARE(role(2, 6, ResultTableModel::ChangeSignRole).toInt(), 0);

        // The sign of a percentage is that of the text it shows.
        es::QueryResult r;
        r.columns = {
            {QStringLiteral("hits_change_pct"), ColumnKind::Real, Role::ChangePercent, MetricId::Hits, {}}};
        r.rows = {{d(0.027)}, {d(-0.06)}};
        model.setResult(r);
        QCOMPARE(text(model, 0, 0), QStringLiteral("0.0%"));
        QCOMPARE(role(0, 0, ResultTableModel::ChangeSignRole).toInt(), 0);
        QCOMPARE(text(model, 1, 0), QStringLiteral("-0.1%"));
        QCOMPARE(role(1, 0, ResultTableModel::ChangeSignRole).toInt(), -1);
    }

    void csvOfResult()
    {
        const QString expected =
            QStringLiteral("time,previous_time,hits,hits_previous,hits_change,hits_change_pct,bounce_rate,"
                           "bounce_rate_change,bytes\r\n"
                           "2024-03-31T00:00:00+01:00,2024-03-30T00:00:00+01:00,1234567,1000000,234567,23."
                           "4567,0.4253,-0.031,1536\r\n"
                           "2024-03-31T01:00:00+01:00,2024-03-30T01:00:00+01:00,9,18,-9,-50,,,512\r\n"
                           "2024-03-31T03:00:00+02:00,,100,0,100,,1,0.2,5368709120\r\n");
        QCOMPARE(resultToCsv(series(), "Europe/Berlin"), expected);
        // An empty zone means the result's own.
        QCOMPARE(resultToCsv(series(), QByteArray()), expected);
        const QString utc = resultToCsv(series(), "UTC");
        QVERIFY2(utc.contains(QStringLiteral("\r\n2024-03-30T23:00:00Z,2024-03-29T23:00:00Z,")),
                 qPrintable(utc));
    }

    void csvQuotesFields()
    {
        QCOMPARE(resultToCsv(totals(), QByteArray()),
                 QStringLiteral(
                     "url,status,hits,avg_response_ms,avg_session_seconds,pages_per_session,errors_change\r\n"
                     "\"/search?q=a,b\",200,10,123.4,65.4,3.14159,5\r\n"
                     "\"say \"\"hi\"\"\",404,9,4.56,42,1,-3\r\n"
                     "\"/line\nbreak\",500,1234567,,3725,,0\r\n"
                     ",301,100,0,0,2.5,\r\n"));
        QCOMPARE(csvField(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
        QCOMPARE(csvField(QStringLiteral("plain text")), QStringLiteral("plain text"));
        QCOMPARE(resultToCsv(totals(), QByteArray(), {3, 1}),
                 QStringLiteral(
                     "url,status,hits,avg_response_ms,avg_session_seconds,pages_per_session,errors_change\r\n"
                     ",301,100,0,0,2.5,\r\n"
                     "\"say \"\"hi\"\"\",404,9,4.56,42,1,-3\r\n"));
    }

    void csvOfSortedProxy()
    {
        ResultTableModel model;
        model.setResult(totals());
        ResultFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(2, Qt::DescendingOrder);
        QCOMPARE(modelToCsv(&proxy),
                 QStringLiteral("URL,Status,Hits,Avg. response time,Avg. session duration,Pages per session,"
                                "Errors (change)\r\n"
                                "\"/line\nbreak\",500,\"1,234,567\",\u2014,1 h 02 min,\u2014,0\r\n"
                                "(empty),301,100,0.0 ms,0 s,2.50,\u2014\r\n"
                                "\"/search?q=a,b\",200,10,123 ms,1 min 05 s,3.14,+5\r\n"
                                "\"say \"\"hi\"\"\",404,9,4.6 ms,42 s,1.00,-3\r\n"));
        QCOMPARE(modelToCsv(nullptr), QString());
    }
};

QTEST_MAIN(TestResultTableModel)
#include "tst_resulttablemodel.moc"
