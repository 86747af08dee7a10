// Excel and CSV export of a computed report. The workbook is read back with
// an independent reader (openpyxl) and its zip parts, so the test sees what
// Excel would: typed cells, formats, frozen rows, filters and live charts.

#include "../support/python.h"
#include "export/csvreportwriter.h"
#include "export/xlsxreportwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace es;
using namespace es::ui;

namespace {

const QByteArray kZone = "Europe/Berlin";

std::int64_t berlin(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone(kZone)).toSecsSinceEpoch();
}

Metrics::Value metricValue(double v, bool real = false)
{
    Metrics::Value r;
    r.isNull = false;
    r.real = real;
    r.d = v;
    r.i = std::int64_t(v);
    return r;
}

ReportSectionData section(SectionKind kind, const QString &title)
{
    ReportSectionData s;
    s.section.kind = kind;
    s.section.title = title;
    s.title = title;
    return s;
}

const std::int64_t kHits[] = {21000, 22500, 23100, 22000, 24300, 19800, 19200};       // 151900
const std::int64_t kHitsBefore[] = {20000, 21000, 20500, 20100, 21500, 18900, 18000}; // 140000
const std::int64_t kViews[] = {6800, 7200, 7400, 7000, 7600, 6100, 5900};             // 48000
const std::int64_t kViewsBefore[] = {7100, 7300, 7500, 7400, 7700, 6500, 6500};       // 50000
constexpr double kTotalHits = 151900;

// A week in November (no DST change) as buildReport() would return it.
ReportData weeklyReport()
{
    ReportData d;
    d.tmpl.id = QStringLiteral("weekly-summary");
    d.tmpl.title = QStringLiteral("Weekly summary");
    d.tmpl.description = QStringLiteral("Traffic of the shop, week over week.");
    d.workspaceName = QStringLiteral("Shop");
    d.timeZone = kZone;
    d.range = {berlin(2026, 11, 9), berlin(2026, 11, 16)};
    d.previous = {berlin(2026, 11, 2), berlin(2026, 11, 9)};
    d.comparison = Comparison::PreviousPeriod;
    d.granularity = Granularity::Day;
    d.generatedMs = berlin(2026, 11, 16, 8, 30, 15) * 1000;
    d.warnings << QStringLiteral("2 days have no data for page views.");

    ReportSectionData kpis = section(SectionKind::Kpis, QStringLiteral("Key figures"));
    kpis.kpis = {{MetricId::Hits, metricValue(151900), metricValue(140000), 8.5},
                 {MetricId::PageViews, metricValue(48000), metricValue(50000), -4.0},
                 {MetricId::BounceRate, metricValue(0.414, true), metricValue(0.45, true), -8.0},
                 {MetricId::Bytes, metricValue(9876543210), Metrics::Value{}, std::nullopt},
                 {MetricId::AvgResponseMs, metricValue(123.45, true), metricValue(120.0, true), 2.875}};
    d.sections.push_back(kpis);

    ReportSectionData series = section(SectionKind::TimeSeries, QStringLiteral("Traffic over time"));
    series.section.metrics = {MetricId::Hits, MetricId::PageViews};
    ReportTable t;
    t.columns = {{QStringLiteral("Period"), ReportColumnType::Date, std::nullopt},
                 {QStringLiteral("Hits"), ReportColumnType::Integer, MetricId::Hits},
                 {QStringLiteral("Hits (previous)"), ReportColumnType::Integer, MetricId::Hits},
                 {QStringLiteral("Page views"), ReportColumnType::Integer, MetricId::PageViews},
                 {QStringLiteral("Page views (previous)"), ReportColumnType::Integer, MetricId::PageViews}};
    series.chart.kind = ReportChart::Kind::Line;
    series.chart.series = {{QStringLiteral("Hits"), MetricId::Hits, false, {}},
                           {QStringLiteral("Hits (previous)"), MetricId::Hits, true, {}},
                           {QStringLiteral("Page views"), MetricId::PageViews, false, {}},
                           {QStringLiteral("Page views (previous)"), MetricId::PageViews, true, {}}};
    for (int i = 0; i < 7; ++i) {
        const std::int64_t day = berlin(2026, 11, 9 + i);
        series.chart.buckets.push_back(day);
        t.rows.push_back({day, kHits[i], kHitsBefore[i], kViews[i], kViewsBefore[i]});
        const std::int64_t values[] = {kHits[i], kHitsBefore[i], kViews[i], kViewsBefore[i]};
        for (int s = 0; s < 4; ++s)
            series.chart.series[size_t(s)].values.push_back(double(values[s]));
    }
    series.tables.push_back(t);
    d.sections.push_back(series);

    ReportSectionData pages = section(SectionKind::Breakdown, QStringLiteral("Top pages [hits/share]"));
    pages.section.dimension = QStringLiteral("path");
    ReportTable p;
    p.columns = {{QStringLiteral("Path"), ReportColumnType::Text, std::nullopt},
                 {QStringLiteral("Hits"), ReportColumnType::Integer, MetricId::Hits},
                 {QStringLiteral("Share"), ReportColumnType::Percent, std::nullopt},
                 {QStringLiteral("Page views"), ReportColumnType::Integer, MetricId::PageViews},
                 {QStringLiteral("Change"), ReportColumnType::Percent, std::nullopt}};
    const std::vector<std::tuple<QString, std::int64_t, std::int64_t, ReportCell>> top = {
        {QStringLiteral("/"), 60760, 20000, 0.05},
        {QStringLiteral("/search?q=shoes,red"), 30380, 9000, -0.125},
        {QStringLiteral("/say \"hi\""), 15190, 5000, std::monostate{}},
        {QStringLiteral("/über-uns"), 7595, 3000, 0.5},
        {QStringLiteral("/contact"), 3038, 1200, -0.02}};
    pages.chart.kind = ReportChart::Kind::Bar;
    pages.chart.series.push_back({QStringLiteral("Hits"), MetricId::Hits, false, {}});
    for (const auto &[path, hits, views, change] : top) {
        p.rows.push_back({path, hits, double(hits) / kTotalHits, views, change});
        pages.chart.categories << path;
        pages.chart.series.front().values.push_back(double(hits));
    }
    p.totals = {QStringLiteral("Total"), std::int64_t(151900), 1.0, std::int64_t(48000), 0.085};
    pages.tables.push_back(p);
    d.sections.push_back(pages);

    ReportSectionData pie =
        section(SectionKind::Pie, QStringLiteral("Share of hits by browser family (top 3)"));
    ReportTable b;
    b.columns = {{QStringLiteral("Browser"), ReportColumnType::Text, std::nullopt},
                 {QStringLiteral("Hits"), ReportColumnType::Integer, MetricId::Hits},
                 {QStringLiteral("Share"), ReportColumnType::Percent, std::nullopt}};
    pie.chart.kind = ReportChart::Kind::Pie;
    pie.chart.series.push_back({QStringLiteral("Hits"), MetricId::Hits, false, {}});
    for (const auto &[name, hits] :
         std::vector<std::pair<QString, std::int64_t>>{{QStringLiteral("Chrome"), 75950},
                                                       {QStringLiteral("Firefox"), 30380},
                                                       {QStringLiteral("Safari"), 22785}}) {
        b.rows.push_back({name, hits, double(hits) / kTotalHits});
        pie.chart.categories << name;
        pie.chart.series.front().values.push_back(double(hits));
    }
    pie.chart.categories << QStringLiteral("Other");
    pie.chart.series.front().values.push_back(22785.0);
    b.totals = {QStringLiteral("Total"), std::int64_t(151900), 1.0};
    pie.tables.push_back(b);
    d.sections.push_back(pie);

    ReportSectionData movers = section(SectionKind::Movers, QStringLiteral("Movers by country"));
    auto moversTable = [](const QString &caption, const std::vector<std::vector<ReportCell>> &rows) {
        ReportTable m;
        m.caption = caption;
        m.columns = {{QStringLiteral("Country"), ReportColumnType::Text, std::nullopt},
                     {QStringLiteral("Hits"), ReportColumnType::Integer, MetricId::Hits},
                     {QStringLiteral("Previous"), ReportColumnType::Integer, MetricId::Hits},
                     {QStringLiteral("Change"), ReportColumnType::Integer, MetricId::Hits, true},
                     {QStringLiteral("Change %"), ReportColumnType::Percent, std::nullopt, true}};
        m.rows = rows;
        return m;
    };
    auto mover = [](const char *country, std::int64_t now, std::int64_t before, double pct) {
        return std::vector<ReportCell>{QString::fromUtf8(country), now, before, now - before, pct};
    };
    movers.tables.push_back(moversTable(QStringLiteral("Rising"), {mover("Germany", 40000, 30000, 1.0 / 3.0),
                                                                   mover("France", 9000, 6000, 0.5)}));
    movers.tables.push_back(
        moversTable(QStringLiteral("Falling"),
                    {mover("United States", 20000, 26000, -6.0 / 26.0), mover("Japan", 0, 1500, -1.0)}));
    d.sections.push_back(movers);

    ReportSectionData text = section(SectionKind::Text, QStringLiteral("About this report"));
    text.text = QStringLiteral("This report covers the shop's traffic for one week.\n\n"
                               "Numbers leave bots out where the metric says so.");
    d.sections.push_back(text);

    ReportSectionData failed = section(SectionKind::TimeSeries, QStringLiteral("Traffic over time"));
    failed.error = QStringLiteral("The query failed: the database is locked.");
    d.sections.push_back(failed);
    return d;
}

// Dumps what openpyxl reads, and each sheet's charts as their XML parts
// found through the sheet's drawing relationships.
const char *kDumpScript = // moc cannot read raw string literals
    "import json, posixpath, sys, zipfile\n"
    "import xml.etree.ElementTree as ET\n"
    "import openpyxl\n"
    "\n"
    "path = sys.argv[1]\n"
    "wb = openpyxl.load_workbook(path)\n"
    "out = {'sheets': wb.sheetnames,\n"
    "       'props': {'title': wb.properties.title, 'creator': wb.properties.creator,\n"
    "                 'subject': wb.properties.subject},\n"
    "       'ws': {}}\n"
    "for ws in wb.worksheets:\n"
    "    cells = {}\n"
    "    for row in ws.iter_rows():\n"
    "        for c in row:\n"
    "            if c.value is None:\n"
    "                continue\n"
    "            v = c.value\n"
    "            t = type(v).__name__\n"
    "            if hasattr(v, 'isoformat'):\n"
    "                v = v.isoformat()\n"
    "            cells[c.coordinate] = {'v': v, 't': t, 'f': c.number_format, 'b': bool(c.font.b)}\n"
    "    out['ws'][ws.title] = {'cells': cells, 'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,\n"
    "                           'openpyxlCharts': len(ws._charts)}\n"
    "\n"
    "z = zipfile.ZipFile(path)\n"
    "names = set(z.namelist())\n"
    "R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'\n"
    "M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'\n"
    "def rels(part):\n"
    "    d = posixpath.dirname(part)\n"
    "    rp = posixpath.join(d, '_rels', posixpath.basename(part) + '.rels')\n"
    "    if rp not in names:\n"
    "        return {}\n"
    "    return {r.get('Id'): posixpath.normpath(posixpath.join(d, r.get('Target'))) for r in "
    "ET.fromstring(z.read(rp))}\n"
    "wbrels = rels('xl/workbook.xml')\n"
    "for s in ET.fromstring(z.read('xl/workbook.xml')).iter('{%s}sheet' % M):\n"
    "    charts = []\n"
    "    for drawing in rels(wbrels[s.get('{%s}id' % R)]).values():\n"
    "        if '/drawings/' in drawing:\n"
    "            charts += [{'part': c, 'xml': z.read(c).decode()} for c in rels(drawing).values() if "
    "'/charts/' in c]\n"
    "    out['ws'][s.get('name')]['charts'] = charts\n"
    "print(json.dumps(out))\n";

} // namespace

class TestXlsxReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_data = weeklyReport();
    }

    void workbookSheetsAndProperties()
    {
        const QJsonObject wb = workbook();
        if (wb.isEmpty())
            return;
        const QStringList sheets = wb.value(QStringLiteral("sheets")).toVariant().toStringList();
        // Text sections go on Summary; names lose []:*?/\, stop at 31
        // characters and stay unique ignoring case.
        QCOMPARE(sheets,
                 QStringList({QStringLiteral("Summary"), QStringLiteral("Key figures"),
                              QStringLiteral("Traffic over time"), QStringLiteral("Top pages hits share"),
                              QStringLiteral("Share of hits by browser family"),
                              QStringLiteral("Movers by country"), QStringLiteral("Traffic over time (2)")}));
        const QJsonObject props = wb.value(QStringLiteral("props")).toObject();
        QCOMPARE(props.value(QStringLiteral("title")).toString(), QStringLiteral("Weekly summary"));
        QCOMPARE(props.value(QStringLiteral("creator")).toString(), QStringLiteral("Eventscope"));
        QCOMPARE(props.value(QStringLiteral("subject")).toString(), m_data.tmpl.description);
    }

    void summarySheet()
    {
        const QJsonObject wb = workbook();
        if (wb.isEmpty())
            return;
        const QJsonObject cells =
            sheet(wb, QStringLiteral("Summary")).value(QStringLiteral("cells")).toObject();
        QCOMPARE(value(cells, "A1"), QVariant(QStringLiteral("Weekly summary")));
        QCOMPARE(value(cells, "A2"), QVariant(m_data.tmpl.description));
        QCOMPARE(besides(cells, QStringLiteral("Range")), QVariant(m_data.rangeLabel()));
        QCOMPARE(m_data.rangeLabel(), QStringLiteral("11/9/26 – 11/15/26"));
        QCOMPARE(besides(cells, QStringLiteral("Compared with")),
                 QVariant(QStringLiteral("11/2/26 – 11/8/26")));
        QCOMPARE(besides(cells, QStringLiteral("Time zone")), QVariant(QStringLiteral("Europe/Berlin")));
        QCOMPARE(besides(cells, QStringLiteral("Workspace")), QVariant(QStringLiteral("Shop")));
        QCOMPARE(besides(cells, QStringLiteral("Warnings")), QVariant(m_data.warnings.front()));
        // A real date-time in the report's zone, not a text.
        const QString generated = rowOf(cells, QStringLiteral("Generated"));
        QCOMPARE(cell(cells, "B" + generated).value(QStringLiteral("t")).toString(),
                 QStringLiteral("datetime"));
        QCOMPARE(value(cells, "B" + generated), QVariant(QStringLiteral("2026-11-16T08:30:15")));

        // Key figures: Metric | Value | Previous | Change, values as the report has them.
        const QString header = rowOf(cells, QStringLiteral("Metric"));
        QVERIFY(!header.isEmpty());
        QCOMPARE(value(cells, "B" + header), QVariant(QStringLiteral("Value")));
        QCOMPARE(value(cells, "C" + header), QVariant(QStringLiteral("Previous")));
        QCOMPARE(value(cells, "D" + header), QVariant(QStringLiteral("Change")));
        QVERIFY(cell(cells, "A" + header).value(QStringLiteral("b")).toBool());
        const int first = header.toInt() + 1;
        const QStringList metrics = {QStringLiteral("Hits"), QStringLiteral("Page views"),
                                     QStringLiteral("Bounce rate"), QStringLiteral("Bytes"),
                                     QStringLiteral("Avg. response time")};
        for (int i = 0; i < metrics.size(); ++i)
            QCOMPARE(value(cells, "A" + QString::number(first + i)), QVariant(metrics[i]));
        const QString hits = QString::number(first);
        expectNumber(cells, "B" + hits, 151900, "int", "#,##0");
        expectNumber(cells, "C" + hits, 140000, "int", "#,##0");
        expectNumber(cells, "D" + hits, 0.085, "float", "+0.0%;-0.0%;0.0%");
        expectNumber(cells, "D" + QString::number(first + 1), -0.04, "float", "+0.0%;-0.0%;0.0%");
        const QString bounce = QString::number(first + 2);
        expectNumber(cells, "B" + bounce, 0.414, "float", "0.0%");
        expectNumber(cells, "C" + bounce, 0.45, "float", "0.0%");
        const QString bytes = QString::number(first + 3);
        expectNumber(cells, "B" + bytes, 9876543210.0, "int", "#,##0");
        QVERIFY(!cells.contains(QStringLiteral("C") + bytes)); // no previous value: empty, not 0
        QVERIFY(!cells.contains(QStringLiteral("D") + bytes));
        expectNumber(cells, "B" + QString::number(first + 4), 123.45, "float", "#,##0.00");

        // The Text section as paragraphs.
        const QString about = rowOf(cells, QStringLiteral("About this report"));
        QVERIFY(!about.isEmpty());
        QCOMPARE(value(cells, "A" + QString::number(about.toInt() + 1)),
                 QVariant(QStringLiteral("This report covers the shop's traffic for one week.")));
        QCOMPARE(value(cells, "A" + QString::number(about.toInt() + 2)),
                 QVariant(QStringLiteral("Numbers leave bots out where the metric says so.")));
    }

    void timeSeriesSheet()
    {
        const QJsonObject wb = workbook();
        if (wb.isEmpty())
            return;
        const QJsonObject ws = sheet(wb, QStringLiteral("Traffic over time"));
        const QJsonObject cells = ws.value(QStringLiteral("cells")).toObject();
        QCOMPARE(value(cells, "A1"), QVariant(QStringLiteral("Traffic over time")));
        QCOMPARE(value(cells, "A3"), QVariant(QStringLiteral("Period")));
        QCOMPARE(value(cells, "E3"), QVariant(QStringLiteral("Page views (previous)")));
        QVERIFY(cell(cells, "B3").value(QStringLiteral("b")).toBool());
        // Local midnight of each bucket in Berlin, as real dates.
        for (int i = 0; i < 7; ++i) {
            const QString ref = QStringLiteral("A") + QString::number(4 + i);
            QCOMPARE(cell(cells, ref).value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
            QCOMPARE(value(cells, ref),
                     QVariant(QDate(2026, 11, 9 + i).toString(Qt::ISODate) + QStringLiteral("T00:00:00")));
            expectNumber(cells, "B" + QString::number(4 + i), double(kHits[i]), "int", "#,##0");
            expectNumber(cells, "E" + QString::number(4 + i), double(kViewsBefore[i]), "int", "#,##0");
        }
        QVERIFY(!cells.contains(QStringLiteral("A11")));
        QCOMPARE(ws.value(QStringLiteral("freeze")).toString(), QStringLiteral("A4"));
        QCOMPARE(ws.value(QStringLiteral("filter")).toString(), QStringLiteral("A3:E10"));
    }

    void breakdownAndPieSheets()
    {
        const QJsonObject wb = workbook();
        if (wb.isEmpty())
            return;
        const QJsonObject ws = sheet(wb, QStringLiteral("Top pages hits share"));
        const QJsonObject cells = ws.value(QStringLiteral("cells")).toObject();
        QCOMPARE(value(cells, "A5"), QVariant(QStringLiteral("/search?q=shoes,red")));
        QCOMPARE(value(cells, "A7"), QVariant(QStringLiteral("/über-uns")));
        expectNumber(cells, "B4", 60760, "int", "#,##0");
        expectNumber(cells, "C4", 0.4, "float", "0.0%");
        expectNumber(cells, "E5", -0.125, "float", "0.0%");
        QVERIFY(!cells.contains(QStringLiteral("E6"))); // no change known
        // Totals after one empty row, outside the filter, in bold.
        QVERIFY(!cells.contains(QStringLiteral("A9")));
        QCOMPARE(value(cells, "A10"), QVariant(QStringLiteral("Total")));
        QVERIFY(cell(cells, "A10").value(QStringLiteral("b")).toBool());
        QVERIFY(cell(cells, "B10").value(QStringLiteral("b")).toBool());
        expectNumber(cells, "B10", 151900, "int", "#,##0");
        expectNumber(cells, "C10", 1, "int", "0.0%");
        QCOMPARE(ws.value(QStringLiteral("freeze")).toString(), QStringLiteral("A4"));
        QCOMPARE(ws.value(QStringLiteral("filter")).toString(), QStringLiteral("A3:E8"));

        // The pie's "Other" is not a table row: the chart's data go next to the table.
        const QJsonObject pie = sheet(wb, QStringLiteral("Share of hits by browser family"))
                                    .value(QStringLiteral("cells"))
                                    .toObject();
        QCOMPARE(value(pie, "E2"), QVariant(QStringLiteral("Chart data")));
        QCOMPARE(value(pie, "E3"), QVariant(QStringLiteral("Browser")));
        QCOMPARE(value(pie, "F3"), QVariant(QStringLiteral("Hits")));
        QCOMPARE(value(pie, "E4"), QVariant(QStringLiteral("Chrome")));
        QCOMPARE(value(pie, "E7"), QVariant(QStringLiteral("Other")));
        expectNumber(pie, "F7", 22785, "int", "#,##0");
        QVERIFY(!pie.contains(QStringLiteral("E8")));
        expectNumber(pie, "C6", 0.15, "float", "0.0%");
    }

    void moversAndErrorSheets()
    {
        const QJsonObject wb = workbook();
        if (wb.isEmpty())
            return;
        const QJsonObject ws = sheet(wb, QStringLiteral("Movers by country"));
        const QJsonObject cells = ws.value(QStringLiteral("cells")).toObject();
        // Rising and Falling side by side under one frozen header row.
        QCOMPARE(value(cells, "A2"), QVariant(QStringLiteral("Rising")));
        QCOMPARE(value(cells, "G2"), QVariant(QStringLiteral("Falling")));
        QCOMPARE(value(cells, "G4"), QVariant(QStringLiteral("United States")));
        // Change columns sign a rise.
        expectNumber(cells, "J4", -6000, "int", "+#,##0;-#,##0;0");
        expectNumber(cells, "E5", 0.5, "float", "+0.0%;-0.0%;0.0%");
        expectNumber(cells, "K5", -1, "int", "+0.0%;-0.0%;0.0%");
        QCOMPARE(ws.value(QStringLiteral("freeze")).toString(), QStringLiteral("A4"));
        QCOMPARE(ws.value(QStringLiteral("filter")).toString(), QStringLiteral("A3:E5"));

        const QJsonObject failed =
            sheet(wb, QStringLiteral("Traffic over time (2)")).value(QStringLiteral("cells")).toObject();
        QCOMPARE(value(failed, "A3"), QVariant(QStringLiteral("The query failed: the database is locked.")));
        QCOMPARE(failed.size(), 2);
    }

    void nativeChartsReadTheSheet()
    {
        const QJsonObject wb = workbook();
        if (wb.isEmpty())
            return;
        // Native charts where the report has one; none for Movers.
        const QStringList withChart = {QStringLiteral("Traffic over time"),
                                       QStringLiteral("Top pages hits share"),
                                       QStringLiteral("Share of hits by browser family")};
        for (const QString &name : wb.value(QStringLiteral("sheets")).toVariant().toStringList()) {
            const QJsonObject ws = sheet(wb, name);
            QCOMPARE(ws.value(QStringLiteral("charts")).toArray().size(), withChart.contains(name) ? 1 : 0);
            QCOMPARE(ws.value(QStringLiteral("openpyxlCharts")).toInt(), withChart.contains(name) ? 1 : 0);
        }
        auto chartXml = [&](const QString &name) {
            return sheet(wb, name)
                .value(QStringLiteral("charts"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("xml"))
                .toString();
        };
        const QString line = chartXml(QStringLiteral("Traffic over time"));
        QVERIFY(line.contains(QStringLiteral("<c:lineChart>")));
        QCOMPARE(line.count(QStringLiteral("<c:ser>")), 4);
        QCOMPARE(line.count(QStringLiteral("<a:prstDash val=\"dash\"/>")), 2); // the previous period
        QVERIFY(line.contains(QStringLiteral("<c:f>'Traffic over time'!$A$4:$A$10</c:f>")));
        QVERIFY(line.contains(QStringLiteral("<c:f>'Traffic over time'!$B$4:$B$10</c:f>")));
        QVERIFY(line.contains(QStringLiteral("<c:f>'Traffic over time'!$E$3</c:f>"))); // the series name
        QVERIFY(line.contains(QStringLiteral("<c:f>'Traffic over time'!$A$1</c:f>"))); // the title
        // Dates on the axis even for viewers that only read the cached values.
        QVERIFY(line.contains(QStringLiteral("<c:numFmt formatCode=\"d mmm\" sourceLinked=\"0\"/>")));

        const QString bar = chartXml(QStringLiteral("Top pages hits share"));
        QVERIFY(bar.contains(QStringLiteral("<c:barChart>")));
        QCOMPARE(bar.count(QStringLiteral("<c:ser>")), 1);
        QVERIFY(bar.contains(QStringLiteral("<c:f>'Top pages hits share'!$A$4:$A$8</c:f>")));
        QVERIFY(bar.contains(QStringLiteral("<c:f>'Top pages hits share'!$B$4:$B$8</c:f>")));

        const QString pie = chartXml(QStringLiteral("Share of hits by browser family"));
        QVERIFY(pie.contains(QStringLiteral("<c:pieChart>")));
        QVERIFY(pie.contains(QStringLiteral("<c:f>'Share of hits by browser family'!$E$4:$E$7</c:f>")));
        QVERIFY(pie.contains(QStringLiteral("<c:f>'Share of hits by browser family'!$F$4:$F$7</c:f>")));
    }

    void xlsxReplacesAndReportsErrors()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace/Weekly.xlsx"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a workbook");
        old.close();
        QString error;
        QVERIFY2(XlsxReportWriter::write(m_data, path, &error), qPrintable(error));
        QFile result(path);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.read(2), QByteArray("PK")); // a zip container
        // Nothing else is left in the folder.
        QCOMPARE(
            QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("Weekly.xlsx")});

        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/Weekly.xlsx"));
        QVERIFY(!XlsxReportWriter::write(m_data, missing, &error));
        QCOMPARE(error, QStringLiteral("The folder \"%1\" does not exist. Choose an existing folder.")
                            .arg(QDir::toNativeSeparators(QFileInfo(missing).absolutePath())));
        QVERIFY(!QFile::exists(missing));
    }

    void csvFiles()
    {
        const QString dir = m_dir.filePath(QStringLiteral("csv/new"));
        QStringList written;
        QString error;
        QVERIFY2(CsvReportWriter::write(m_data, dir, &written, &error), qPrintable(error));
        QStringList names;
        for (const QString &p : std::as_const(written)) {
            QVERIFY(QFile::exists(p));
            names << QFileInfo(p).fileName();
        }
        // No file for the Text section (6) or the failed one (7).
        QCOMPARE(names, QStringList({QStringLiteral("01 Key figures.csv"),
                                     QStringLiteral("02 Traffic over time.csv"),
                                     QStringLiteral("03 Top pages [hits-share].csv"),
                                     QStringLiteral("04 Share of hits by browser family (top 3).csv"),
                                     QStringLiteral("05 Movers by country - Rising.csv"),
                                     QStringLiteral("05 Movers by country - Falling.csv")}));
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 6);

        QCOMPARE(read(written[0]), QByteArray("metric,value,previous,change_pct\r\n"
                                              "hits,151900,140000,0.085\r\n"
                                              "page_views,48000,50000,-0.04\r\n"
                                              "bounce_rate,0.414,0.45,-0.08\r\n"
                                              "bytes,9876543210,,\r\n"
                                              "avg_response_ms,123.45,120,0.02875\r\n"));
        const QList<QByteArray> series = read(written[1]).split('\n');
        QCOMPARE(series.size(), 9); // header, 7 days, the empty rest after the last CRLF
        QCOMPARE(series[0], QByteArray("Period,Hits,Hits (previous),Page views,Page views (previous)\r"));
        QCOMPARE(series[1], QByteArray("2026-11-09,21000,20000,6800,7100\r"));
        QCOMPARE(series[7], QByteArray("2026-11-15,19200,18000,5900,6500\r"));
        QCOMPARE(read(written[2]), QByteArray("Path,Hits,Share,Page views,Change\r\n"
                                              "/,60760,0.4,20000,0.05\r\n"
                                              "\"/search?q=shoes,red\",30380,0.2,9000,-0.125\r\n"
                                              "\"/say \"\"hi\"\"\",15190,0.1,5000,\r\n"
                                              "/\xc3\xbc"
                                              "ber-uns,7595,0.05,3000,0.5\r\n"
                                              "/contact,3038,0.02,1200,-0.02\r\n"
                                              "Total,151900,1,48000,0.085\r\n"));
        QCOMPARE(read(written[5]), QByteArray("Country,Hits,Previous,Change,Change %\r\n"
                                              "United States,20000,26000,-6000,-0.23076923076923078\r\n"
                                              "Japan,0,1500,-1500,-1\r\n"));

        // A file that cannot be created is an error with what to do.
        const QString blocked = m_dir.filePath(QStringLiteral("csv/blocked"));
        QVERIFY(QDir().mkpath(blocked + QStringLiteral("/01 Key figures.csv")));
        QVERIFY(!CsvReportWriter::write(m_data, blocked, &written, &error));
        QVERIFY2(error.contains(QStringLiteral("01 Key figures.csv")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("close it there")), qPrintable(error));
    }

private:
    // The workbook as openpyxl reads it; empty after QSKIP when it is not installed.
    QJsonObject workbook()
    {
        if (!m_dump.isEmpty())
            return m_dump;
        const QString python = pythonWithOpenpyxl();
        if (python.isEmpty()) {
            QTest::qSkip("python3-openpyxl is not installed", __FILE__, __LINE__);
            return {};
        }
        const QString path = m_dir.filePath(QStringLiteral("Weekly summary 2026-11-09.xlsx"));
        QString error;
        if (!XlsxReportWriter::write(m_data, path, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QString::fromLatin1(kDumpScript), path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            QTest::qFail(p.readAllStandardError().constData(), __FILE__, __LINE__);
            return {};
        }
        m_dump = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        if (m_dump.isEmpty())
            QTest::qFail("openpyxl gave no JSON", __FILE__, __LINE__);
        return m_dump;
    }

    static QString pythonWithOpenpyxl() { return es::test::pythonWith(QStringLiteral("openpyxl")); }

    static QJsonObject sheet(const QJsonObject &wb, const QString &name)
    {
        return wb.value(QStringLiteral("ws")).toObject().value(name).toObject();
    }
    static QJsonObject cell(const QJsonObject &cells, const QString &ref)
    {
        return cells.value(ref).toObject();
    }
    static QVariant value(const QJsonObject &cells, const QString &ref)
    {
        return cell(cells, ref).value(QStringLiteral("v")).toVariant();
    }
    // The row number (as text) of the cell in column A holding `text`.
    static QString rowOf(const QJsonObject &cells, const QString &text)
    {
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('A')) &&
                it.value().toObject().value(QStringLiteral("v")).toString() == text)
                return it.key().mid(1);
        }
        return {};
    }
    static QVariant besides(const QJsonObject &cells, const QString &label)
    {
        const QString row = rowOf(cells, label);
        return row.isEmpty() ? QVariant() : value(cells, QStringLiteral("B") + row);
    }
    static void expectNumber(const QJsonObject &cells, const QString &ref, double expected,
                             const char *pyType, const char *format)
    {
        const QJsonObject c = cell(cells, ref);
        QVERIFY2(!c.isEmpty(), qPrintable(ref));
        QCOMPARE(c.value(QStringLiteral("t")).toString(), QString::fromLatin1(pyType));
        QCOMPARE(c.value(QStringLiteral("v")).toDouble(), expected);
        QCOMPARE(c.value(QStringLiteral("f")).toString(), QString::fromLatin1(format));
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    ReportData m_data;
    QJsonObject m_dump;
};

QTEST_MAIN(TestXlsxReport)
#include "tst_xlsxreport.moc"
