#include "charts/timeseriescard.h"

#include "charts/charttheme.h"
#include "charts/chartview.h"
#include "charts/niceaxis.h"
#include "charts/timeaxis.h"
#include "charts/valueformat.h"
#include "query/labels.h"
#include "query/queryservice.h"

#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <cmath>
#include <map>

namespace es::ui {

namespace {

void setupValueAxis(QValueAxis *axis, double maxValue, MetricId m)
{
    applyNiceRange(axis, maxValue, 4, !Metrics::def(m).real);
}

} // namespace

TimeSeriesCard::TimeSeriesCard(const WidgetSpec &spec, QWidget *parent)
    : ChartCard(spec, parent), m_chart(new QChart), m_view(new ChartView(m_chart, this))
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setDragEnabled(true);
    m_view->setObjectName(QStringLiteral("timeChart"));
    m_view->setAccessibleName(title());
    m_view->setToolTip(tr("Drag across the chart to zoom into that time range."));
    setBody(m_view);
    connect(m_view, &ChartView::hovered, this, &TimeSeriesCard::showHover);
    connect(m_view, &ChartView::left, this, [] { QToolTip::hideText(); });
    connect(m_view, &ChartView::dragged, this, &TimeSeriesCard::onDragged);
    paletteChanged();
}

void TimeSeriesCard::paletteChanged()
{
    theme::apply(m_chart, palette());
}

void TimeSeriesCard::start(QueryService &service, const ViewState &state)
{
    Query q = state.baseQuery();
    q.granularity = state.effectiveGranularity();
    m_granularity = *q.granularity;
    m_zone = ZoneBucketer(state.timeZone.isEmpty() ? QByteArray("UTC") : state.timeZone);
    if (m_spec.kind == WidgetKind::StackedBar) {
        const auto dim = dimensionOf(state);
        if (!dim)
            return;
        q.groupBy = {*dim};
        q.metrics = {m_spec.metrics.front()};
        q.topN = m_spec.topN;
    } else {
        q.metrics = m_spec.metrics;
        q.comparison = state.comparison;
    }
    await(service.run(q), [this](const QueryResult &r) { present(r); });
}

void TimeSeriesCard::present(const QueryResult &r)
{
    if (!r.ok) {
        showError(r.error);
        return;
    }
    m_buckets = bucketsOf(r);
    bool any = false;
    for (const auto &row : r.rows)
        for (size_t c = 0; c < r.columns.size(); ++c)
            if (r.columns[c].role == ResultColumn::Role::Metric)
                if (auto v = ValueFormat::number(row[c]); v && *v != 0)
                    any = true;
    if (m_buckets.empty() || !any) {
        showEmpty();
        return;
    }
    m_chart->removeAllSeries();
    m_xAxis = nullptr;
    for (QAbstractAxis *a : m_chart->axes()) {
        m_chart->removeAxis(a);
        delete a;
    }
    m_hoverText.assign(m_buckets.size(), QString());
    if (m_spec.kind == WidgetKind::StackedBar)
        presentStacked(r);
    else
        presentLines(r);
    makeLegendToggle(m_chart);
    paletteChanged();
    showReady(r);
}

void TimeSeriesCard::presentLines(const QueryResult &r)
{
    const int timeCol = r.columnIndex(ResultColumn::Role::Bucket);
    std::map<std::int64_t, size_t> index;
    for (size_t i = 0; i < m_buckets.size(); ++i)
        index[m_buckets[i]] = i;

    auto *xAxis = new QCategoryAxis;
    auto *yAxis = new QValueAxis;
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    double maxValue = 0;
    const bool compare = viewState().comparison != Comparison::None;
    const QString previousName = [&] {
        switch (viewState().comparison) {
        case Comparison::WeekOverWeek:
            return tr("%1 (week before)");
        case Comparison::MonthOverMonth:
            return tr("%1 (month before)");
        case Comparison::YearOverYear:
            return tr("%1 (year before)");
        default:
            return tr("%1 (previous period)");
        }
    }();
    int colorIndex = 0;
    for (MetricId m : m_spec.metrics) {
        const int col = r.columnIndex(ResultColumn::Role::Metric, m);
        const int prevCol = r.columnIndex(ResultColumn::Role::Previous, m);
        if (col < 0)
            continue;
        const QColor color = theme::series(colorIndex++, palette());
        auto *line = new QLineSeries;
        line->setName(Labels::metricTitle(m));
        QLineSeries *previous = nullptr;
        if (compare && prevCol >= 0) {
            previous = new QLineSeries;
            previous->setName(previousName.arg(Labels::metricTitle(m)));
        }
        for (const auto &row : r.rows) {
            const auto *t = std::get_if<std::int64_t>(&row[size_t(timeCol)]);
            if (!t)
                continue;
            const size_t i = index[*t];
            const auto v = ValueFormat::number(row[size_t(col)]);
            if (v) {
                line->append(double(i), *v);
                maxValue = std::max(maxValue, *v);
            }
            QString &hover = m_hoverText[i];
            hover += QStringLiteral(
                         "<tr><td><span style='color:%1'>●</span> %2</td><td align=right><b>%3</b></td>")
                         .arg(color.name(), Labels::metricTitle(m).toHtmlEscaped(),
                              v ? ValueFormat::metric(m, *v) : QStringLiteral("—"));
            if (previous) {
                const auto pv = ValueFormat::number(row[size_t(prevCol)]);
                if (pv) {
                    previous->append(double(i), *pv);
                    maxValue = std::max(maxValue, *pv);
                }
                hover +=
                    QStringLiteral("<td align=right>&nbsp;%1</td>")
                        .arg(tr("before: %1").arg(pv ? ValueFormat::metric(m, *pv) : QStringLiteral("—")));
            }
            hover += QStringLiteral("</tr>");
        }
        QPen pen(color, 2);
        line->setPen(pen);
        if (m_spec.kind == WidgetKind::Area) {
            auto *area = new QAreaSeries(line);
            area->setName(line->name());
            QColor fill = color;
            fill.setAlpha(70);
            area->setBrush(fill);
            area->setPen(pen);
            m_chart->addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxis);
        } else {
            m_chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
        if (previous) {
            QColor faded = color;
            faded.setAlpha(170);
            QPen dashed(faded, 1.5, Qt::DashLine);
            previous->setPen(dashed);
            m_chart->addSeries(previous);
            previous->attachAxis(xAxis);
            previous->attachAxis(yAxis);
        }
    }
    m_xAxis = xAxis;
    m_bars = false;
    fillTimeAxis(xAxis, m_buckets, m_granularity, m_zone, labelCount(), false);
    setupValueAxis(yAxis, maxValue, m_spec.metrics.front());
    m_chart->legend()->setVisible(m_chart->series().size() > 1);
}

void TimeSeriesCard::presentStacked(const QueryResult &r)
{
    const int timeCol = r.columnIndex(ResultColumn::Role::Bucket);
    const int dimCol = r.columnIndex(ResultColumn::Role::Dimension);
    const int col = r.columnIndex(ResultColumn::Role::Metric);
    std::map<std::int64_t, size_t> index;
    for (size_t i = 0; i < m_buckets.size(); ++i)
        index[m_buckets[i]] = i;
    // Values in the order the result ranks them (by total over the range).
    std::vector<QString> values;
    std::map<QString, std::vector<double>> byValue;
    for (const auto &row : r.rows) {
        const QString value = ValueFormat::text(row[size_t(dimCol)]);
        auto [it, inserted] = byValue.try_emplace(value, std::vector<double>(m_buckets.size(), 0.0));
        if (inserted)
            values.push_back(value);
        const auto *t = std::get_if<std::int64_t>(&row[size_t(timeCol)]);
        if (t)
            it->second[index[*t]] += ValueFormat::number(row[size_t(col)]).value_or(0);
    }
    const MetricId m = m_spec.metrics.front();
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    std::vector<double> totals(m_buckets.size(), 0.0);
    int colorIndex = 0;
    const auto dim = Dimensions::fromName(m_spec.dimension, viewState().paramKeys);
    for (const QString &value : values) {
        auto *set = new QBarSet(value.isEmpty() ? tr("(none)") : value);
        const QColor color = theme::series(colorIndex++, palette());
        set->setColor(color);
        set->setBorderColor(color);
        const auto &v = byValue[value];
        for (size_t i = 0; i < v.size(); ++i) {
            *set << v[i];
            totals[i] += v[i];
            m_hoverText[i] +=
                QStringLiteral(
                    "<tr><td><span style='color:%1'>■</span> %2</td><td align=right><b>%3</b></td></tr>")
                    .arg(color.name(), set->label().toHtmlEscaped(), ValueFormat::metric(m, v[i]));
        }
        if (dim) {
            connect(set, &QBarSet::clicked, this, [this, d = *dim, value](int) {
                emit filterRequested(Filter{d, {value}});
            });
        }
        series->append(set);
    }
    m_chart->addSeries(series);
    auto *xAxis = new QCategoryAxis;
    auto *yAxis = new QValueAxis;
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    m_xAxis = xAxis;
    m_bars = true;
    fillTimeAxis(xAxis, m_buckets, m_granularity, m_zone, labelCount(), true);
    setupValueAxis(yAxis, totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end()), m);
    m_chart->legend()->setVisible(true);
}

int TimeSeriesCard::labelCount() const
{
    // About one label per 90 pixels of plot; before the first layout the
    // card's width stands in for the view's.
    return std::max(2, std::max(m_view->width(), width() - 40) / 90);
}

void TimeSeriesCard::resizeEvent(QResizeEvent *event)
{
    ChartCard::resizeEvent(event);
    if (m_xAxis && !m_buckets.empty())
        fillTimeAxis(m_xAxis, m_buckets, m_granularity, m_zone, labelCount(), m_bars);
}

void TimeSeriesCard::showHover(double x, const QPoint &globalPos)
{
    const long i = std::lround(x);
    if (i < 0 || size_t(i) >= m_buckets.size() || state() != State::Ready) {
        QToolTip::hideText();
        return;
    }
    const QString text =
        QStringLiteral("<b>%1</b><table>%2</table>")
            .arg(ValueFormat::bucketLong(m_buckets[size_t(i)], m_granularity, m_zone).toHtmlEscaped(),
                 m_hoverText[size_t(i)]);
    QToolTip::showText(globalPos, text, m_view);
}

void TimeSeriesCard::onDragged(double x0, double x1)
{
    if (m_buckets.empty())
        return;
    const long a = std::clamp(std::lround(std::floor(x0 + 0.5)), 0L, long(m_buckets.size()) - 1);
    const long b = std::clamp(std::lround(std::ceil(x1 - 0.5)), 0L, long(m_buckets.size()) - 1);
    const std::int64_t from = m_buckets[size_t(a)];
    const std::int64_t to = m_zone.next(m_buckets[size_t(std::max(a, b))], m_granularity);
    emit rangeSelected(TimeRange{from, to});
}

} // namespace es::ui
