#include "dashboard/dashboardspec.h"

#include "query/labels.h"

#include <QJsonDocument>
#include <algorithm>
#include <array>

namespace es::ui {

namespace {

struct KindInfo
{
    WidgetKind kind;
    const char *name;
    const char *title;
};

constexpr std::array kKinds = {
    KindInfo{WidgetKind::Kpi, "kpi", QT_TRANSLATE_NOOP("es::ui::Dashboards", "KPI tile")},
    KindInfo{WidgetKind::Line, "line", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Line chart")},
    KindInfo{WidgetKind::Area, "area", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Area chart")},
    KindInfo{WidgetKind::StackedBar, "stacked_bar",
             QT_TRANSLATE_NOOP("es::ui::Dashboards", "Stacked bars over time")},
    KindInfo{WidgetKind::Bar, "bar", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Bar chart")},
    KindInfo{WidgetKind::Pie, "pie", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Pie chart")},
    KindInfo{WidgetKind::Donut, "donut", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Donut chart")},
    KindInfo{WidgetKind::Scatter, "scatter", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Scatter plot")},
    KindInfo{WidgetKind::Table, "table", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Top-N table")},
    KindInfo{WidgetKind::Movers, "movers", QT_TRANSLATE_NOOP("es::ui::Dashboards", "Top movers")},
};

WidgetSpec widget(WidgetKind kind, std::vector<MetricId> metrics, const char *dimension = "", int columns = 1,
                  int rows = 1, int topN = 10)
{
    WidgetSpec w;
    w.kind = kind;
    w.metrics = std::move(metrics);
    w.dimension = QString::fromLatin1(dimension);
    w.columnSpan = columns;
    w.rowSpan = rows;
    w.topN = topN;
    return w;
}

} // namespace

std::vector<DashboardSpec> Dashboards::defaults(const QStringList &paramKeys)
{
    using K = WidgetKind;
    using M = MetricId;
    std::vector<DashboardSpec> all;

    DashboardSpec overview{QStringLiteral("overview"), tr("Overview"), false, {}};
    overview.widgets = {
        widget(K::Kpi, {M::Visitors}),
        widget(K::Kpi, {M::PageViews}),
        widget(K::Kpi, {M::Sessions}),
        widget(K::Kpi, {M::BounceRate}),
        widget(K::Line, {M::PageViews, M::Visitors}, "", 4, 2),
        widget(K::Table, {M::PageViews, M::Visitors}, "url", 2, 2, 10),
        widget(K::Donut, {M::Visitors}, "device", 1, 2, 5),
        widget(K::Bar, {M::Visitors}, "country", 1, 2, 8),
    };
    all.push_back(std::move(overview));

    DashboardSpec audience{QStringLiteral("audience"), tr("Audience"), false, {}};
    audience.widgets = {
        widget(K::Kpi, {M::Visitors}),
        widget(K::Kpi, {M::Sessions}),
        widget(K::Kpi, {M::PagesPerSession}),
        widget(K::Kpi, {M::AvgSessionSeconds}),
        widget(K::Bar, {M::Visitors}, "country", 2, 2, 10),
        widget(K::Pie, {M::Visitors}, "browser", 1, 2, 6),
        widget(K::Donut, {M::Visitors}, "os", 1, 2, 6),
        widget(K::Table, {M::Visitors, M::PageViews, M::BounceRate}, "country", 2, 2, 10),
        widget(K::Bar, {M::Visitors}, "device", 1, 2, 5),
        widget(K::Scatter, {M::PagesPerSession, M::AvgSessionSeconds}, "country", 1, 2, 20),
    };
    all.push_back(std::move(audience));

    DashboardSpec content{QStringLiteral("content"), tr("Content"), false, {}};
    content.widgets = {
        widget(K::Kpi, {M::PageViews}),
        widget(K::Kpi, {M::Downloads}),
        widget(K::Kpi, {M::Errors}),
        widget(K::Kpi, {M::AvgResponseMs}),
        widget(K::Table, {M::PageViews, M::Visitors, M::Bytes}, "url", 2, 2, 15),
        widget(K::Table, {M::Downloads}, "url", 2, 2, 15),
        widget(K::StackedBar, {M::Hits}, "status_class", 2, 2, 6),
        widget(K::Scatter, {M::Hits, M::Bytes}, "url", 2, 2, 40),
    };
    all.push_back(std::move(content));

    DashboardSpec events{QStringLiteral("events"), tr("Events"), false, {}};
    events.widgets = {
        widget(K::Kpi, {M::Events}),
        widget(K::Kpi, {M::Visitors}),
        widget(K::Kpi, {M::Sessions}),
        widget(K::Kpi, {M::PageViews}),
        widget(K::Line, {M::Events}, "", 4, 2),
        widget(K::StackedBar, {M::Events}, "event_type", 2, 2, 6),
        widget(K::Bar, {M::Events}, "event_type", 2, 2, 10),
        widget(K::Table, {M::Events, M::Visitors}, "event_type", 4, 2, 20),
    };
    for (const QString &key : paramKeys) {
        if (key.isEmpty())
            continue;
        WidgetSpec w = widget(K::Bar, {M::Events}, "", 2, 2, 10);
        w.dimension = QStringLiteral("params.") + key;
        events.widgets.push_back(w);
    }
    all.push_back(std::move(events));

    DashboardSpec live{QStringLiteral("live"), tr("Live"), true, {}};
    live.widgets = {
        widget(K::Kpi, {M::Hits}),
        widget(K::Kpi, {M::PageViews}),
        widget(K::Kpi, {M::Visitors}),
        widget(K::Kpi, {M::Errors}),
        widget(K::Area, {M::Hits, M::PageViews}, "", 4, 2),
        widget(K::Movers, {M::Hits}, "url", 2, 2, 8),
        widget(K::Movers, {M::Hits}, "country", 2, 2, 8),
    };
    all.push_back(std::move(live));
    return all;
}

QString Dashboards::kindName(WidgetKind k)
{
    for (const auto &i : kKinds)
        if (i.kind == k)
            return QString::fromLatin1(i.name);
    return {};
}

std::optional<WidgetKind> Dashboards::kindFromName(const QString &name)
{
    for (const auto &i : kKinds)
        if (name == QLatin1String(i.name))
            return i.kind;
    return std::nullopt;
}

QString Dashboards::kindTitle(WidgetKind k)
{
    for (const auto &i : kKinds)
        if (i.kind == k)
            return tr(i.title);
    return {};
}

std::vector<WidgetKind> Dashboards::allKinds()
{
    std::vector<WidgetKind> out;
    for (const auto &i : kKinds)
        out.push_back(i.kind);
    return out;
}

bool Dashboards::needsDimension(WidgetKind k)
{
    switch (k) {
    case WidgetKind::Kpi:
    case WidgetKind::Line:
    case WidgetKind::Area:
        return false;
    default:
        return true;
    }
}

int Dashboards::metricCount(WidgetKind k)
{
    switch (k) {
    case WidgetKind::Scatter:
        return 2;
    case WidgetKind::Line:
    case WidgetKind::Area:
    case WidgetKind::Table:
        return 0;
    default:
        return 1;
    }
}

QString Dashboards::autoTitle(const WidgetSpec &w)
{
    if (w.metrics.empty())
        return kindTitle(w.kind);
    const QString m0 = Labels::metricTitle(w.metrics.front());
    const auto dim = Dimensions::fromName(w.dimension);
    const QString dimTitle = dim ? Labels::dimensionTitle(*dim) : w.dimension;
    switch (w.kind) {
    case WidgetKind::Kpi:
        return m0;
    case WidgetKind::Line:
    case WidgetKind::Area: {
        QStringList names;
        for (MetricId m : w.metrics)
            names << Labels::metricTitle(m);
        return tr("%1 over time").arg(names.join(tr(" and ")));
    }
    case WidgetKind::StackedBar:
        return tr("%1 by %2 over time").arg(m0, dimTitle);
    case WidgetKind::Scatter:
        return w.metrics.size() >= 2
                   ? tr("%1 against %2 by %3").arg(Labels::metricTitle(w.metrics[1]), m0, dimTitle)
                   : m0;
    case WidgetKind::Movers:
        return tr("%1 on the move").arg(dimTitle);
    default:
        return tr("%1 by %2").arg(m0, dimTitle);
    }
}

QJsonObject Dashboards::toJson(const DashboardSpec &d)
{
    QJsonArray widgets;
    for (const WidgetSpec &w : d.widgets) {
        QJsonArray metrics;
        for (MetricId m : w.metrics)
            metrics.append(Metrics::name(m));
        QJsonObject o{{QStringLiteral("kind"), kindName(w.kind)},
                      {QStringLiteral("metrics"), metrics},
                      {QStringLiteral("columns"), w.columnSpan},
                      {QStringLiteral("rows"), w.rowSpan},
                      {QStringLiteral("top"), w.topN}};
        if (!w.title.isEmpty())
            o.insert(QStringLiteral("title"), w.title);
        if (!w.dimension.isEmpty())
            o.insert(QStringLiteral("dimension"), w.dimension);
        widgets.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("title"), d.title},
                  {QStringLiteral("widgets"), widgets}};
    if (d.live)
        o.insert(QStringLiteral("live"), true);
    return o;
}

std::optional<DashboardSpec> Dashboards::fromJson(const QJsonObject &o, QString *error)
{
    DashboardSpec d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.live = o.value(QStringLiteral("live")).toBool();
    if (d.id.isEmpty() || d.title.isEmpty()) {
        if (error)
            *error = tr("A stored dashboard has no id or title.");
        return std::nullopt;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("widgets")).toArray()) {
        const QJsonObject wo = v.toObject();
        const auto kind = kindFromName(wo.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        WidgetSpec w;
        w.kind = *kind;
        w.title = wo.value(QStringLiteral("title")).toString();
        w.dimension = wo.value(QStringLiteral("dimension")).toString();
        w.columnSpan = std::clamp(wo.value(QStringLiteral("columns")).toInt(1), 1, DashboardSpec::kColumns);
        w.rowSpan = std::clamp(wo.value(QStringLiteral("rows")).toInt(1), 1, 4);
        w.topN = std::clamp(wo.value(QStringLiteral("top")).toInt(10), 1, 100);
        w.metrics.clear();
        bool ok = true;
        for (const QJsonValue &m : wo.value(QStringLiteral("metrics")).toArray()) {
            const auto id = Metrics::fromName(m.toString());
            if (!id) {
                ok = false;
                break;
            }
            w.metrics.push_back(*id);
        }
        if (!ok || w.metrics.empty() || (needsDimension(w.kind) && w.dimension.isEmpty()))
            continue;
        d.widgets.push_back(std::move(w));
    }
    return d;
}

QByteArray Dashboards::serialize(const std::vector<DashboardSpec> &all)
{
    QJsonArray list;
    for (const DashboardSpec &d : all)
        list.append(toJson(d));
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("dashboards"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::vector<DashboardSpec> Dashboards::deserialize(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("The stored dashboards cannot be read (%1); the defaults are shown.")
                         .arg(parseError.errorString());
        return {};
    }
    std::vector<DashboardSpec> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("dashboards")).toArray()) {
        if (auto d = fromJson(v.toObject(), error))
            out.push_back(std::move(*d));
    }
    return out;
}

} // namespace es::ui
