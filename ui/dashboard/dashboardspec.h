#pragma once
// What a dashboard shows: an ordered list of widgets, each a chart kind with
// its metrics, dimension and size. Dashboards are stored as JSON in the
// workspace (meta key "dashboards") so they travel with the data; the shipped
// defaults come from defaultDashboards().
//
// QtCore only: the report renderer reads the same specs.

#include "query/dimensions.h"
#include "query/metrics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace es::ui {

enum class WidgetKind {
    Kpi,        // one metric: value, change, sparkline
    Line,       // metrics over time, comparison dashed
    Area,       // like Line, filled
    StackedBar, // one metric over time, split by the top values of a dimension
    Bar,        // one metric by the top values of a dimension
    Pie,        // share of the top values of a dimension, "Other" for the tail
    Donut,
    Scatter, // two metrics (x, y) per dimension value
    Table,   // top values of a dimension with several metrics
    Movers,  // top, rising and falling values in the last window (Live)
};

struct WidgetSpec
{
    WidgetKind kind = WidgetKind::Line;
    QString title; // empty: derived from metric and dimension
    std::vector<MetricId> metrics{MetricId::Hits};
    QString dimension; // Dimensions::name(); "params.KEY" for a params slot
    int topN = 10;
    int columnSpan = 1; // of DashboardSpec::kColumns
    int rowSpan = 1;

    friend bool operator==(const WidgetSpec &, const WidgetSpec &) = default;
};

struct DashboardSpec
{
    static constexpr int kColumns = 4;

    QString id;        // stable key ("overview")
    QString title;     // shown in the sidebar
    bool live = false; // the Live dashboard: last 30 minutes, auto-refresh
    std::vector<WidgetSpec> widgets;

    friend bool operator==(const DashboardSpec &, const DashboardSpec &) = default;
};

class Dashboards
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::Dashboards)
public:
    // Overview, Audience, Content, Events, Live. The Events dashboard gets a
    // bar chart for each of the workspace's configured params.* keys.
    static std::vector<DashboardSpec> defaults(const QStringList &paramKeys = {});

    static QString kindName(WidgetKind k); // "kpi", "line", ...
    static std::optional<WidgetKind> kindFromName(const QString &name);
    static QString kindTitle(WidgetKind k); // translated
    static std::vector<WidgetKind> allKinds();
    // Whether the kind needs a dimension, and how many metrics it shows.
    static bool needsDimension(WidgetKind k);
    static int metricCount(WidgetKind k); // 1, 2 (scatter) or up to 3 (0 = any)

    // The title shown when the spec has none ("Page views by country").
    static QString autoTitle(const WidgetSpec &w);

    static QJsonObject toJson(const DashboardSpec &d);
    static std::optional<DashboardSpec> fromJson(const QJsonObject &o, QString *error);
    static QByteArray serialize(const std::vector<DashboardSpec> &all);
    // Dashboards from the stored text; widgets with unknown metrics or kinds
    // are left out, not the whole dashboard.
    static std::vector<DashboardSpec> deserialize(const QByteArray &json, QString *error);
};

} // namespace es::ui
