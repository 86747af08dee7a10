// The PDF report: written from a realistic ReportData and read back with
// poppler (pdftotext, pdfinfo, pdfimages), it carries the header facts, KPI
// values as formatted, charts as vectors, long tables split across pages with
// their header repeated, and the error of a failed section.

#include "export/pdfreportwriter.h"
#include "export/reportcellformat.h"
#include "query/labels.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace es;
using namespace es::ui;

namespace {

const QString kLongUrl =
    QStringLiteral("/campaigns/2026/black-friday/landing?utm_source=newsletter&utm_medium=email&"
                   "utm_campaign=november-deals&utm_content=banner-b");
const QString kSectionError =
    QStringLiteral("The workspace has no dimension \"file\". Pick another dimension.");

std::int64_t berlin(int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone("Europe/Berlin"))
        .toSecsSinceEpoch();
}

Metrics::Value value(double v, bool real = false)
{
    Metrics::Value out;
    out.isNull = false;
    out.real = real;
    out.d = v;
    out.i = std::int64_t(v);
    return out;
}

ReportKpi kpi(MetricId m, double current, double previous, double change)
{
    const bool real = Metrics::def(m).real;
    return ReportKpi{m, value(current, real), value(previous, real), change};
}

ReportColumn column(const QString &header, ReportColumnType type, std::optional<MetricId> m = std::nullopt)
{
    return ReportColumn{header, type, m};
}

ReportData weeklySummary()
{
    ReportData d;
    d.tmpl.id = QStringLiteral("weekly-summary");
    d.tmpl.title = QStringLiteral("Weekly summary");
    d.tmpl.description =
        QStringLiteral("Traffic, top pages and errors of last week, compared with the week before.");
    d.workspaceName = QStringLiteral("Acme shop");
    d.timeZone = "Europe/Berlin";
    d.range = {berlin(9), berlin(16)};
    d.previous = {berlin(2), berlin(9)};
    d.granularity = Granularity::Day;
    d.comparison = Comparison::PreviousPeriod;
    d.generatedMs = berlin(16, 8, 30) * 1000;

    ReportSectionData kpis;
    kpis.section.kind = SectionKind::Kpis;
    kpis.title = QStringLiteral("Key figures");
    kpis.kpis = {
        kpi(MetricId::Visitors, 12345, 9876, 25.0),    kpi(MetricId::PageViews, 48210, 50100, -3.7725),
        kpi(MetricId::Sessions, 15321, 14000, 9.4357), kpi(MetricId::BounceRate, 0.4213, 0.40, 5.325),
        kpi(MetricId::Bytes, 1.5e9, 1.2e9, 25.0),      kpi(MetricId::Errors, 37, 50, -26.0)};
    d.sections.push_back(kpis);

    ReportSectionData series;
    series.section.kind = SectionKind::TimeSeries;
    series.title = QStringLiteral("Visitors and page views per day");
    series.chart.kind = ReportChart::Kind::Line;
    ReportTable daily;
    daily.columns = {
        column(QStringLiteral("Period"), ReportColumnType::Date),
        column(QStringLiteral("Visitors"), ReportColumnType::Integer, MetricId::Visitors),
        column(QStringLiteral("Visitors (previous)"), ReportColumnType::Integer, MetricId::Visitors),
        column(QStringLiteral("Page views"), ReportColumnType::Integer, MetricId::PageViews),
        column(QStringLiteral("Page views (previous)"), ReportColumnType::Integer, MetricId::PageViews)};
    ReportSeries visitors{QStringLiteral("Visitors"), MetricId::Visitors, false, {}};
    ReportSeries visitorsBefore{QStringLiteral("Visitors (previous)"), MetricId::Visitors, true, {}};
    ReportSeries views{QStringLiteral("Page views"), MetricId::PageViews, false, {}};
    ReportSeries viewsBefore{QStringLiteral("Page views (previous)"), MetricId::PageViews, true, {}};
    const int v[] = {1620, 1840, 1910, 1785, 1702, 1480, 2008};
    const int vb[] = {1350, 1422, 1501, 1460, 1390, 1270, 1483};
    for (int i = 0; i < 7; ++i) {
        series.chart.buckets.push_back(berlin(9 + i));
        visitors.values.push_back(v[i]);
        visitorsBefore.values.push_back(vb[i]);
        views.values.push_back(v[i] * 3.9);
        viewsBefore.values.push_back(vb[i] * 4.2);
        daily.rows.push_back({berlin(9 + i), std::int64_t(v[i]), std::int64_t(vb[i]),
                              std::int64_t(v[i] * 3.9), std::int64_t(vb[i] * 4.2)});
    }
    series.chart.series = {visitors, visitorsBefore, views, viewsBefore};
    series.tables.push_back(daily);
    d.sections.push_back(series);

    ReportSectionData pages;
    pages.section.kind = SectionKind::Breakdown;
    pages.section.topN = 120;
    pages.title = QStringLiteral("Top pages");
    pages.chart.kind = ReportChart::Kind::Bar;
    ReportSeries pageVisitors{QStringLiteral("Visitors"), MetricId::Visitors, false, {}};
    ReportTable top;
    top.columns = {column(QStringLiteral("Request path"), ReportColumnType::Text),
                   column(QStringLiteral("Visitors"), ReportColumnType::Integer, MetricId::Visitors),
                   column(QStringLiteral("Share"), ReportColumnType::Percent),
                   column(QStringLiteral("Bytes"), ReportColumnType::Bytes, MetricId::Bytes),
                   column(QStringLiteral("Change"), ReportColumnType::Percent)};
    for (int i = 1; i <= 120; ++i) {
        const QString path = i == 3 ? kLongUrl : QStringLiteral("/docs/page-%1").arg(i);
        const std::int64_t n = 2600 - 21 * i; // the last row: 80
        pages.chart.categories << path;
        pageVisitors.values.push_back(double(n));
        top.rows.push_back({path, n, double(n) / 171390.0, std::int64_t(n) * 52000, (i % 7 - 3) / 100.0});
    }
    top.totals = {QStringLiteral("Total"), std::int64_t(171390), 1.0, std::int64_t(8912280000), 0.084};
    pages.chart.series = {pageVisitors};
    pages.tables.push_back(top);
    d.sections.push_back(pages);

    ReportSectionData countries;
    countries.section.kind = SectionKind::Pie;
    countries.title = QStringLiteral("Visitors by country");
    countries.chart.kind = ReportChart::Kind::Pie;
    countries.chart.categories = {QStringLiteral("Germany"),     QStringLiteral("United States"),
                                  QStringLiteral("France"),      QStringLiteral("Austria"),
                                  QStringLiteral("Switzerland"), QStringLiteral("Other")};
    countries.chart.series = {ReportSeries{QStringLiteral("Visitors"),
                                           MetricId::Visitors,
                                           false,
                                           {5400.0, 2469.0, 1234.0, 987.0, 655.0, 1600.0}}};
    d.sections.push_back(countries);

    ReportSectionData movers;
    movers.section.kind = SectionKind::Movers;
    movers.title = QStringLiteral("Pages that moved");
    for (const QString &caption : {QStringLiteral("Rising"), QStringLiteral("Falling")}) {
        ReportTable t;
        t.caption = caption;
        t.columns = {column(QStringLiteral("Request path"), ReportColumnType::Text),
                     column(QStringLiteral("Page views"), ReportColumnType::Integer, MetricId::PageViews),
                     column(QStringLiteral("Previous"), ReportColumnType::Integer, MetricId::PageViews),
                     column(QStringLiteral("Change"), ReportColumnType::Integer, MetricId::PageViews),
                     column(QStringLiteral("Change %"), ReportColumnType::Percent)};
        const bool rising = caption == QStringLiteral("Rising");
        for (int i = 0; i < 5; ++i) {
            const std::int64_t before = 800 + 100 * i, delta = (rising ? 1 : -1) * (400 - 60 * i);
            t.rows.push_back({QStringLiteral("/%1/item-%2")
                                  .arg(rising ? QStringLiteral("sale") : QStringLiteral("archive"))
                                  .arg(i + 1),
                              before + delta, before, delta, double(delta) / double(before)});
        }
        movers.tables.push_back(t);
    }
    d.sections.push_back(movers);

    ReportSectionData notes;
    notes.section.kind = SectionKind::Text;
    notes.title = QStringLiteral("Notes");
    notes.text =
        QStringLiteral("The Black Friday campaign started on Friday and lifted visitors by a quarter.\n\n"
                       "Errors fell after the release on Tuesday; the remaining ones come from an old "
                       "sitemap that still lists removed pages.");
    d.sections.push_back(notes);

    ReportSectionData broken;
    broken.section.kind = SectionKind::Breakdown;
    broken.title = QStringLiteral("Downloads by file");
    broken.error = kSectionError;
    d.sections.push_back(broken);
    return d;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// For looking at the pages (and screenshots of them) without a workspace:
// ES_PDFREPORT_COPY names a folder that receives a copy of each PDF.
void keepCopy(const QString &path)
{
    const QString folder = qEnvironmentVariable("ES_PDFREPORT_COPY");
    if (folder.isEmpty())
        return;
    const QString copy = QDir(folder).filePath(QFileInfo(path).fileName());
    QFile::remove(copy);
    QFile::copy(path, copy);
}

// Hourly buckets, mixed units, short categories, missing values and an
// empty table: the shapes a real workspace produces on a quiet week.
ReportData quietWeek()
{
    ReportData d;
    d.tmpl.title = QStringLiteral("Operations review for the shop, the API and the content delivery network");
    d.workspaceName = QStringLiteral("Acme production");
    d.timeZone = "Europe/Berlin";
    d.range = {berlin(9), berlin(16)};
    d.granularity = Granularity::Hour;
    d.generatedMs = berlin(16, 9) * 1000;
    d.warnings << QStringLiteral("Data from 12 Nov 03:00 to 05:00 is missing: the import was paused.");

    ReportSectionData kpis;
    kpis.section.kind = SectionKind::Kpis;
    kpis.title = QStringLiteral("Key figures");
    ReportKpi sessions{MetricId::AvgSessionSeconds, {}, {}, std::nullopt};
    kpis.kpis = {ReportKpi{MetricId::Hits, value(1234567), {}, std::nullopt}, sessions};
    d.sections.push_back(kpis);

    ReportSectionData load;
    load.section.kind = SectionKind::TimeSeries;
    load.title = QStringLiteral("Requests and traffic per hour");
    load.chart.kind = ReportChart::Kind::Line;
    ReportSeries hits{QStringLiteral("Hits"), MetricId::Hits, false, {}};
    ReportSeries bytes{QStringLiteral("Bytes"), MetricId::Bytes, false, {}};
    ReportTable hourly;
    hourly.columns = {column(QStringLiteral("Period"), ReportColumnType::DateTime),
                      column(QStringLiteral("Hits"), ReportColumnType::Integer, MetricId::Hits),
                      column(QStringLiteral("Bytes"), ReportColumnType::Bytes, MetricId::Bytes)};
    for (int h = 0; h < 168; ++h) {
        const std::int64_t t = berlin(9) + h * 3600;
        const double v = 4000 + 3000 * std::sin(h * 3.14159 / 12);
        load.chart.buckets.push_back(t);
        hits.values.push_back(h == 75 ? std::nullopt : std::optional<double>(v));
        bytes.values.push_back(v * 61000);
        hourly.rows.push_back({t, std::int64_t(v), std::int64_t(v * 61000)});
    }
    load.chart.series = {hits, bytes};
    load.tables.push_back(hourly);
    d.sections.push_back(load);

    ReportSectionData status;
    status.section.kind = SectionKind::Breakdown;
    status.title = QStringLiteral("Hits by status");
    status.chart.kind = ReportChart::Kind::Bar;
    status.chart.categories = {QStringLiteral("200"), QStringLiteral("304"), QStringLiteral("404"),
                               QStringLiteral("500")};
    status.chart.series = {
        ReportSeries{QStringLiteral("Hits"), MetricId::Hits, false, {980000.0, 200000.0, 50000.0, 4567.0}}};
    ReportTable codes;
    codes.columns = {column(QStringLiteral("Status"), ReportColumnType::Text),
                     column(QStringLiteral("Hits"), ReportColumnType::Integer, MetricId::Hits)};
    codes.rows = {{QStringLiteral("200"), std::int64_t(980000)},
                  {QStringLiteral("304"), std::int64_t(200000)},
                  {QStringLiteral("404"), std::int64_t(50000)},
                  {QStringLiteral("500"), std::int64_t(4567)}};
    status.tables.push_back(codes);
    d.sections.push_back(status);

    ReportSectionData movers;
    movers.section.kind = SectionKind::Movers;
    movers.title = QStringLiteral("Endpoints that moved");
    ReportTable falling;
    falling.caption = QStringLiteral("Falling");
    falling.columns = {column(QStringLiteral("Endpoint"), ReportColumnType::Text)};
    movers.tables.push_back(falling);
    d.sections.push_back(movers);

    ReportSectionData notes;
    notes.section.kind = SectionKind::Text;
    notes.title = QStringLiteral("Notes");
    notes.text = QStringLiteral("Dashboards: ") + kLongUrl + kLongUrl;
    d.sections.push_back(notes);
    return d;
}

QString infoField(const QString &info, const QString &field)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void pageSizeFollowsLocale()
    {
        QCOMPARE(PdfReportWriter::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QPageSize::Letter);
        QCOMPARE(PdfReportWriter::defaultPageSize(QLocale(QLocale::English, QLocale::Canada)),
                 QPageSize::Letter);
        QCOMPARE(PdfReportWriter::defaultPageSize(QLocale(QLocale::Spanish, QLocale::Mexico)),
                 QPageSize::Letter);
        QCOMPARE(PdfReportWriter::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
        QCOMPARE(PdfReportWriter::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QPageSize::A4);
    }

    void cellsAreTyped()
    {
        const ReportData d = weeklySummary();
        QCOMPARE(ReportCellFormat::percent(0.253), QStringLiteral("25.3 %"));
        QCOMPARE(ReportCellFormat::change(12.34), QStringLiteral("+12.3 %"));
        QCOMPARE(ReportCellFormat::change(-4.0), QStringLiteral("\u22124.0 %"));
        QCOMPARE(ReportCellFormat::change(-0.01), QStringLiteral("0.0 %"));
        // Change columns sign a rise as well as a fall.
        ReportColumn diff = column(QStringLiteral("Change"), ReportColumnType::Integer, MetricId::PageViews);
        diff.change = true;
        QCOMPARE(ReportCellFormat::text(diff, std::int64_t(1400), d), QStringLiteral("+1,400"));
        QCOMPARE(ReportCellFormat::text(diff, std::int64_t(-62), d), QStringLiteral("\u221262"));
        QCOMPARE(ReportCellFormat::text(diff, std::int64_t(0), d), QStringLiteral("0"));
        ReportColumn pct = column(QStringLiteral("Change %"), ReportColumnType::Percent);
        pct.change = true;
        QCOMPARE(ReportCellFormat::text(pct, 0.375, d), QStringLiteral("+37.5 %"));
        QCOMPARE(ReportCellFormat::text(pct, -1.0, d), QStringLiteral("\u2212100.0 %"));
        QCOMPARE(ReportCellFormat::metricValue(MetricId::BounceRate, 0.4213), QStringLiteral("42.1 %"));
        QCOMPARE(ReportCellFormat::metricValue(MetricId::Visitors, 1234567), QStringLiteral("1,234,567"));
        QCOMPARE(ReportCellFormat::metricValue(MetricId::Bytes, 1.5e9), QStringLiteral("1.5 GB"));
        // Midnight in Berlin is 23:00 UTC the day before: the cell shows the local day.
        QCOMPARE(ReportCellFormat::text(column(QString(), ReportColumnType::Date), berlin(9), d),
                 QStringLiteral("11/9/2026"));
        QCOMPARE(ReportCellFormat::text(column(QString(), ReportColumnType::DateTime), berlin(9, 14, 5), d),
                 QStringLiteral("11/9/2026 ") + QLocale().toString(QTime(14, 5), QLocale::ShortFormat));
        QCOMPARE(ReportCellFormat::text(column(QString(), ReportColumnType::Percent), 0.253, d),
                 QStringLiteral("25.3 %"));
        QCOMPARE(ReportCellFormat::text(column(QString(), ReportColumnType::Integer), std::int64_t(12345), d),
                 QStringLiteral("12,345"));
        QCOMPARE(ReportCellFormat::text(column(QString(), ReportColumnType::Bytes), std::int64_t(2500000), d),
                 QStringLiteral("2.5 MB"));
        QCOMPARE(ReportCellFormat::text(column(QString(), ReportColumnType::Real), 2.5, d),
                 QStringLiteral("2.50"));
        QCOMPARE(ReportCellFormat::text(column(QString(), ReportColumnType::Integer), ReportCell{}, d),
                 QStringLiteral("\u2014"));
        QVERIFY(ReportCellFormat::riseIsGood(MetricId::Visitors));
        QVERIFY(!ReportCellFormat::riseIsGood(MetricId::BounceRate));
        QVERIFY(!ReportCellFormat::riseIsGood(MetricId::Errors));
        // Green for good news, red for bad: fewer errors are good, a higher bounce rate is not.
        const auto &kpis = d.sections.front().kpis;
        const auto visitors = ReportCellFormat::kpiChange(kpis[0], true);
        QCOMPARE(visitors.change, QStringLiteral("+25.0 %"));
        QCOMPARE(visitors.previous, QStringLiteral(" vs 9,876"));
        QCOMPARE(visitors.tone, 1);
        QCOMPARE(ReportCellFormat::kpiChange(kpis[3], true).tone, -1); // bounce rate up
        // A rate changes in points: 42.13 % against 40.0 % is +2.1 points, not +5.3 %.
        QCOMPARE(ReportCellFormat::kpiChange(kpis[3], true).change, QStringLiteral("+2.1 pts"));
        QCOMPARE(ReportCellFormat::kpiChange(kpis[3], true).previous, QStringLiteral(" vs 40.0 %"));
        QCOMPARE(ReportCellFormat::kpiChange(kpis[5], true).tone, 1);  // errors down
        QCOMPARE(ReportCellFormat::kpiChange(kpis[1], true).tone, -1); // page views down
        ReportKpi fromZero{MetricId::Hits, value(50), value(0), std::nullopt};
        QCOMPARE(ReportCellFormat::kpiChange(fromZero, true).previous, QStringLiteral("previously 0"));
        QCOMPARE(ReportCellFormat::kpiChange(fromZero, true).tone, 0);
        QVERIFY(ReportCellFormat::alignRight(ReportColumnType::Percent));
        QVERIFY(!ReportCellFormat::alignRight(ReportColumnType::Text));
    }

    void unwritableFolderSaysWhatToDo()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("missing/report.pdf"));
        QVERIFY(!PdfReportWriter::write(weeklySummary(), path, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void writesReport()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed");
        const ReportData d = weeklySummary();
        const QString path = m_dir.filePath(QStringLiteral("weekly.pdf"));
        QString error;
        PdfReportOptions options;
        options.pageSize = QPageSize::Letter;
        QVERIFY2(PdfReportWriter::write(d, path, &error, options), qPrintable(error));
        keepCopy(path);

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QCOMPARE(infoField(info, QStringLiteral("Title")), QStringLiteral("Weekly summary"));
        QCOMPARE(infoField(info, QStringLiteral("Creator")), QStringLiteral("Eventscope"));
        QVERIFY2(infoField(info, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792 pts")),
                 qPrintable(info));
        const int pages = infoField(info, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));

        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QStringList pageTexts = text.split(QLatin1Char('\f'));
        if (pageTexts.size() > pages && pageTexts.last().trimmed().isEmpty())
            pageTexts.removeLast();
        QCOMPARE(pageTexts.size(), pages);
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(pageTexts[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                     qPrintable(pageTexts[i]));
            // The title, range and zone head every page.
            QVERIFY(pageTexts[i].contains(QStringLiteral("Weekly summary")));
            QVERIFY(pageTexts[i].contains(d.rangeLabel()));
            QVERIFY(pageTexts[i].contains(QStringLiteral("Europe/Berlin")));
        }

        const QString first = pageTexts.first();
        QCOMPARE(d.rangeLabel(), QStringLiteral("11/9/26 \u2013 11/15/26"));
        for (const QString &expected : {QStringLiteral("Traffic, top pages and errors of last week"),
                                        QStringLiteral("11/2/26 \u2013 11/8/26"), QStringLiteral("Acme shop"),
                                        QStringLiteral("11/16/2026 8:30"), QStringLiteral("Key figures")})
            QVERIFY2(first.contains(expected), qPrintable(expected + QLatin1Char('\n') + first));
        // Each KPI as formatted, with its change.
        for (const QString &expected :
             {QStringLiteral("12,345"), QStringLiteral("+25.0 %"), QStringLiteral("vs 9,876"),
              QStringLiteral("48,210"), QStringLiteral("\u22123.8 %"), QStringLiteral("15,321"),
              QStringLiteral("+9.4 %"), QStringLiteral("42.1 %"), QStringLiteral("+2.1 pts"),
              QStringLiteral("vs 40.0 %"), QStringLiteral("1.5 GB"), QStringLiteral("vs 1.2 GB"),
              QStringLiteral("\u221226.0 %"), QStringLiteral("vs 50"),
              Labels::metricTitle(MetricId::BounceRate)})
            QVERIFY2(first.contains(expected), qPrintable(expected));

        // The line chart is text, not pixels: its legend in full and its
        // days in the report's zone (Berlin midnight is 23:00 UTC).
        const int chartPage = int(std::find_if(pageTexts.begin(), pageTexts.end(),
                                               [](const QString &p) {
                                                   return p.contains(QStringLiteral("Page views (previous)"));
                                               }) -
                                  pageTexts.begin());
        QVERIFY(chartPage < pages);
        const QString chart = pageTexts[chartPage];
        QVERIFY2(chart.contains(QStringLiteral("Visitors (previous)")), qPrintable(chart));
        QVERIFY2(chart.contains(QStringLiteral("9 Nov")) && chart.contains(QStringLiteral("15 Nov")),
                 qPrintable(chart));
        QVERIFY2(!chart.contains(QRegularExpression(QStringLiteral("\\b8 Nov"))), qPrintable(chart));
        // The daily table, its dates in the report's zone.
        QVERIFY2(text.contains(
                     QRegularExpression(QStringLiteral("11/9/2026\\s+1,620\\s+1,350\\s+6,318\\s+5,670"))),
                 qPrintable(text));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("11/15/2026\\s+2,008\\s+1,483\\s+7,831\\s+6,228"))));
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // the column header lines only

        // Every font is embedded, so the report reads the same on any machine.
        if (!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()) {
            const QStringList fonts = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n')).mid(2);
            const QRegularExpression row(
                QStringLiteral("^(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
            int embedded = 0;
            for (const QString &line : fonts) {
                const auto m = row.match(line.trimmed());
                if (!m.hasMatch())
                    continue;
                QVERIFY2(m.captured(1).contains(QStringLiteral("DejaVuSans")), qPrintable(line));
                QCOMPARE(m.captured(2), QStringLiteral("yes"));
                ++embedded;
            }
            QVERIFY(embedded >= 2); // regular and bold
        }

        // The breakdown spans pages and repeats its header row on each.
        int headerPages = 0;
        for (const QString &p : pageTexts)
            if (p.contains(QStringLiteral("Request path")) && p.contains(QStringLiteral("Share")))
                ++headerPages;
        QVERIFY2(headerPages >= 2, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Top pages (continued)")));
        const QRegularExpression lastRow(QStringLiteral("/docs/page-120\\s+80\\s+0.0 %\\s+4.2 MB"));
        QVERIFY2(text.contains(lastRow), qPrintable(text));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("Total\\s+171,390\\s+100.0 %\\s+8.9 GB\\s+8.4 %"))));
        // The long URL is cut in its middle, keeping both ends.
        QVERIFY(!text.contains(kLongUrl));
        QVERIFY2(text.contains(
                     QRegularExpression(QStringLiteral("/campaigns/2026/\\S*\u2026\\S*banner-b\\s+2,537"))),
                 qPrintable(text));

        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Germany\\s+5,400\\s+43.7 %"))));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("/sale/item-1\\s+1,200\\s+800\\s+400\\s+50.0 %"))));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("/archive/item-1\\s+400\\s+800\\s+-400\\s+-50.0 %"))));
        QVERIFY(text.contains(QStringLiteral("lifted visitors by a quarter")));
        QVERIFY(text.contains(QStringLiteral("Downloads by file")));
        QVERIFY(text.contains(kSectionError));
    }

    void quietWeek()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        const QString path = m_dir.filePath(QStringLiteral("quiet.pdf"));
        QString error;
        QVERIFY2(PdfReportWriter::write(::quietWeek(), path, &error), qPrintable(error));
        keepCopy(path);
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        const QString first = text.section(QLatin1Char('\f'), 0, 0);
        QVERIFY2(first.contains(QStringLiteral("the import was paused")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("1,234,567")));
        QVERIFY(first.contains(QStringLiteral("\u2014"))); // no session data
        QVERIFY(!first.contains(QStringLiteral("Compared with"), Qt::CaseInsensitive));
        // 168 hours are left to the spreadsheet, not printed as pages of numbers.
        QVERIFY(
            text.contains(QStringLiteral("168 periods: the Excel export of this report lists each one.")));
        QVERIFY(!text.contains(QStringLiteral("11/12/2026 3:00")));
        // Bytes get their own axis with their own unit.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d+ MB"))), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("500\\s+4,567"))));
        QVERIFY(text.contains(QStringLiteral("None in this period.")));
    }

    void a4FromTheLocale()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils (pdfinfo) is not installed");
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString path = m_dir.filePath(QStringLiteral("weekly-de.pdf"));
        QString error;
        PdfReportOptions options;
        options.creator = QStringLiteral("Eventscope 0.1");
        const bool ok = PdfReportWriter::write(weeklySummary(), path, &error, options);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(ok, qPrintable(error));
        keepCopy(path);
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(infoField(info, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842 pts")),
                 qPrintable(info));
        QCOMPARE(infoField(info, QStringLiteral("Creator")), QStringLiteral("Eventscope 0.1"));
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("12.345"))); // German group separator
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
