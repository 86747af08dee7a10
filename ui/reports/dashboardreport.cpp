#include "reports/dashboardreport.h"

#include "query/dimensions.h"

namespace es::ui {

ReportTemplate templateFromDashboard(const DashboardSpec &dashboard, const ViewState &state)
{
    ReportTemplate t;
    t.id = QStringLiteral("dashboard-") + dashboard.id;
    t.title = dashboard.title;
    t.description = Dashboards::tr("The %1 dashboard as shown on screen.").arg(dashboard.title);
    t.range = state.spec;
    t.granularity = state.granularity;
    if (t.granularity == Granularity::Minute)
        t.granularity = Granularity::Hour;
    t.timeZone = state.timeZone;
    t.comparison = state.comparison;
    t.bots = state.bots;
    for (const Filter &f : state.filters)
        t.filters.push_back({Dimensions::name(f.dimension, state.paramKeys), f.values});

    ReportSection kpis;
    kpis.kind = SectionKind::Kpis;
    kpis.metrics.clear();
    for (const WidgetSpec &w : dashboard.widgets) {
        if (w.kind == WidgetKind::Kpi && !w.metrics.empty())
            kpis.metrics.push_back(w.metrics.front());
    }
    if (!kpis.metrics.empty()) {
        kpis.metrics.resize(std::min<size_t>(kpis.metrics.size(), 8));
        t.sections.push_back(kpis);
    }
    for (const WidgetSpec &w : dashboard.widgets) {
        ReportSection s;
        s.title = w.title.isEmpty() ? Dashboards::autoTitle(w) : w.title;
        s.metrics = w.metrics;
        s.dimension = w.dimension;
        s.topN = w.topN;
        switch (w.kind) {
        case WidgetKind::Kpi:
            continue;
        case WidgetKind::Line:
        case WidgetKind::Area:
        case WidgetKind::StackedBar:
            s.kind = SectionKind::TimeSeries;
            s.dimension.clear();
            if (s.metrics.size() > 3)
                s.metrics.resize(3);
            break;
        case WidgetKind::Bar:
        case WidgetKind::Table:
        case WidgetKind::Scatter:
            s.kind = SectionKind::Breakdown;
            if (s.metrics.size() > 4)
                s.metrics.resize(4);
            break;
        case WidgetKind::Pie:
        case WidgetKind::Donut:
            s.kind = SectionKind::Pie;
            s.metrics.resize(1);
            break;
        case WidgetKind::Movers:
            s.kind = SectionKind::Movers;
            s.metrics.resize(1);
            // Movers rank counts that add up.
            if (Metrics::def(s.metrics.front()).real || s.metrics.front() == MetricId::Visitors)
                s.metrics = {MetricId::Hits};
            break;
        }
        if (s.metrics.empty())
            continue;
        t.sections.push_back(std::move(s));
    }
    return t;
}

} // namespace es::ui
