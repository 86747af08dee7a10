#include "charts/kpicard.h"

#include "charts/charttheme.h"
#include "charts/sparkline.h"
#include "charts/valueformat.h"
#include "query/queryservice.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace es::ui {

namespace {

// Whether a rise of the metric is good news (errors and bounces are not).
bool riseIsGood(MetricId m)
{
    switch (m) {
    case MetricId::Errors:
    case MetricId::Status4xx:
    case MetricId::Status5xx:
    case MetricId::BounceRate:
    case MetricId::Bounces:
    case MetricId::AvgResponseMs:
        return false;
    default:
        return true;
    }
}

} // namespace

KpiCard::KpiCard(const WidgetSpec &spec, QWidget *parent)
    : ChartCard(spec, parent), m_value(new QLabel), m_change(new QLabel), m_spark(new Sparkline)
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_change->setObjectName(QStringLiteral("kpiChange"));
    m_change->setTextFormat(Qt::PlainText);
    m_spark->setObjectName(QStringLiteral("kpiSparkline"));
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_spark, 1);
    setBody(body);
    m_value->setAccessibleName(title());
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

void KpiCard::start(QueryService &service, const ViewState &state)
{
    Query total = state.baseQuery();
    total.metrics = {m_spec.metrics.front()};
    total.comparison = state.comparison;
    Query series = total;
    series.comparison = Comparison::None;
    series.granularity = state.effectiveGranularity();
    m_total = {};
    m_series = {};
    await(service.run(total), [this](const QueryResult &r) {
        m_total = r;
        if (allArrived())
            finish();
    });
    await(service.run(series), [this](const QueryResult &r) {
        m_series = r;
        if (allArrived())
            finish();
    });
}

void KpiCard::finish()
{
    if (!m_total.ok) {
        showError(m_total.error);
        return;
    }
    const MetricId m = m_spec.metrics.front();
    const int col = m_total.columnIndex(ResultColumn::Role::Metric);
    const int prevCol = m_total.columnIndex(ResultColumn::Role::Previous);
    const int pctCol = m_total.columnIndex(ResultColumn::Role::ChangePercent);
    if (m_total.rows.empty() || col < 0) {
        showEmpty();
        return;
    }
    const auto &row = m_total.rows.front();
    const auto value = ValueFormat::number(row[size_t(col)]);
    if (!value) {
        // A ratio without a denominator: no sessions, no timed requests. Only
        // logs whose format has %D or %T time their requests; say so.
        showEmpty(m == MetricId::AvgResponseMs
                      ? tr("No timed requests in this range. Logs record response times with %D or %T "
                           "in their format.")
                      : QString());
        return;
    }
    m_value->setText(value ? ValueFormat::metric(m, *value) : QStringLiteral("—"));
    m_value->setToolTip(value ? QLocale().toString(*value, 'f', Metrics::def(m).real ? 3 : 0) : QString());
    m_direction = 0;
    if (viewState().comparison == Comparison::None || prevCol < 0) {
        m_change->setText(tr("No comparison"));
    } else {
        const auto prev = ValueFormat::number(row[size_t(prevCol)]);
        const auto pct = pctCol >= 0 ? ValueFormat::number(row[size_t(pctCol)]) : std::nullopt;
        const QString before = prev ? ValueFormat::metric(m, *prev) : QStringLiteral("—");
        // A rate changes in points, anything else in percent.
        const std::optional<double> points = ValueFormat::changesInPoints(m) && prev
                                                 ? std::optional<double>((*value - *prev) * 100)
                                                 : std::nullopt;
        if (points || pct) {
            const double change = points ? points.value_or(0) : pct.value_or(0);
            m_direction = change > 0.05 ? 1 : (change < -0.05 ? -1 : 0);
            const QString arrow =
                m_direction > 0 ? QStringLiteral("▲ ") : (m_direction < 0 ? QStringLiteral("▼ ") : QString());
            m_change->setText(
                tr("%1%2 vs %3")
                    .arg(arrow,
                         points ? ValueFormat::pointsChange(change) : ValueFormat::percentChange(change),
                         before));
        } else {
            m_change->setText(tr("No data in the period before"));
        }
    }
    std::vector<double> spark;
    if (m_series.ok) {
        const int sc = m_series.columnIndex(ResultColumn::Role::Metric);
        for (const auto &r : m_series.rows)
            spark.push_back(ValueFormat::number(r[size_t(sc)]).value_or(0));
    }
    m_spark->setValues(std::move(spark));
    paletteChanged();
    showReady(m_total);
}

void KpiCard::paletteChanged()
{
    const MetricId m = m_spec.metrics.front();
    QPalette p = m_change->palette();
    QColor c = theme::muted(palette());
    if (m_direction != 0) {
        const bool good = (m_direction > 0) == riseIsGood(m);
        c = good ? theme::up(palette()) : theme::down(palette());
    }
    // On the card's Base background a label draws with the Text role.
    p.setColor(QPalette::WindowText, c);
    p.setColor(QPalette::Text, c);
    m_change->setPalette(p);
    m_spark->setColor(theme::series(0, palette()));
}

} // namespace es::ui
