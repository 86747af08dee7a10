// Export Dashboard as PDF: every shipped dashboard becomes a valid report
// template with the dashboard's range, comparison, filters and widgets.

#include "reports/dashboardreport.h"

#include <QTest>

using namespace es;
using namespace es::ui;

class TestDashboardReport : public QObject
{
    Q_OBJECT

private slots:
    void everyDefaultDashboardExports()
    {
        ViewState state;
        state.spec = RangeSpec::fromPreset(QStringLiteral("last-30d"));
        state.comparison = Comparison::WeekOverWeek;
        state.granularity = Granularity::Minute;
        state.filters = {Filter{DimensionId::Country, {QStringLiteral("DE")}}};
        state.bots = BotMode::Exclude;
        state.timeZone = "Europe/Berlin";
        state.paramKeys = {QStringLiteral("os_type"), QStringLiteral("path")};
        for (const DashboardSpec &d : Dashboards::defaults(state.paramKeys)) {
            const ReportTemplate t = templateFromDashboard(d, state);
            QVERIFY2(ReportTemplates::validate(t).isEmpty(),
                     qPrintable(d.id + QStringLiteral(": ") + ReportTemplates::validate(t)));
            QCOMPARE(t.title, d.title);
            QCOMPARE(t.range, state.spec);
            QCOMPARE(t.comparison, Comparison::WeekOverWeek);
            QCOMPARE(t.granularity, Granularity::Hour); // reports go from hours up
            QCOMPARE(t.bots, BotMode::Exclude);
            QCOMPARE(t.timeZone, QByteArray("Europe/Berlin"));
            QCOMPARE(int(t.filters.size()), 1);
            QCOMPARE(t.filters.front().dimension, QStringLiteral("country"));
            // One KPI summary of every tile, then one section per other widget.
            std::vector<MetricId> tiles;
            int others = 0;
            for (const WidgetSpec &w : d.widgets) {
                if (w.kind == WidgetKind::Kpi)
                    tiles.push_back(w.metrics.front());
                else
                    ++others;
            }
            const int kpiSections = tiles.empty() ? 0 : 1;
            QCOMPARE(int(t.sections.size()), kpiSections + others);
            if (!tiles.empty()) {
                QCOMPARE(t.sections.front().kind, SectionKind::Kpis);
                QCOMPARE(t.sections.front().metrics, tiles);
            }
        }
    }

    void widgetKindsMapToSections()
    {
        DashboardSpec d;
        d.id = QStringLiteral("mine");
        d.title = QStringLiteral("Mine");
        WidgetSpec line{WidgetKind::StackedBar, {}, {MetricId::Hits}, QStringLiteral("country"), 10, 2, 1};
        WidgetSpec donut{
            WidgetKind::Donut, {}, {MetricId::Visitors, MetricId::Hits}, QStringLiteral("os"), 6, 1, 1};
        WidgetSpec movers{WidgetKind::Movers,
                          QStringLiteral("Moving"),
                          {MetricId::BounceRate},
                          QStringLiteral("url"),
                          5,
                          1,
                          1};
        d.widgets = {line, donut, movers};
        const ReportTemplate t = templateFromDashboard(d, ViewState{});
        QCOMPARE(int(t.sections.size()), 3);
        QCOMPARE(t.sections[0].kind, SectionKind::TimeSeries);
        QVERIFY(t.sections[0].dimension.isEmpty());
        QCOMPARE(t.sections[1].kind, SectionKind::Pie);
        QCOMPARE(t.sections[1].metrics, std::vector<MetricId>{MetricId::Visitors});
        QCOMPARE(t.sections[1].topN, 6);
        QCOMPARE(t.sections[2].kind, SectionKind::Movers);
        QCOMPARE(t.sections[2].title, QStringLiteral("Moving"));
        QCOMPARE(t.sections[2].metrics, std::vector<MetricId>{MetricId::Hits}); // movers rank counts
        QVERIFY(ReportTemplates::validate(t).isEmpty());
    }
};

QTEST_MAIN(TestDashboardReport)
#include "tst_dashboardreport.moc"
