#include "alerts/backtestchart.h"

#include "charts/charttheme.h"
#include "charts/chartview.h"
#include "charts/valueformat.h"
#include "core/zonebucketer.h"
#include "query/labels.h"
#include "query/queryservice.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <optional>

namespace es::ui {

namespace {

constexpr std::int64_t kHourMs = 3600'000;

// The rule reduced to what decides its series: the number, the windows and
// the instants of evaluation. Marks and timing only change the backtest.
AlertRule readingOf(const AlertRule &r)
{
    AlertRule k;
    k.metric = r.metric;
    k.filters = r.filters;
    k.bots = r.bots;
    k.intervalMinutes = r.intervalMinutes;
    const AlertConditionKind kind = r.condition.kind;
    k.condition.kind = kind == AlertConditionKind::Change || kind == AlertConditionKind::NoData
                           ? kind
                           : AlertConditionKind::Above;
    if (kind == AlertConditionKind::NoData)
        k.condition.noDataMinutes = r.condition.noDataMinutes;
    else
        k.window = r.window;
    if (kind == AlertConditionKind::Change)
        k.condition.baseline = r.condition.baseline;
    return k;
}

} // namespace

BacktestChart::BacktestChart(std::shared_ptr<QueryService> service, QWidget *parent)
    : QWidget(parent), m_service(std::move(service)), m_chart(new QChart)
{
    setObjectName(QStringLiteral("backtestChart"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("backtestTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_days7 = new QToolButton(this);
    m_days7->setObjectName(QStringLiteral("days7Button"));
    m_days7->setText(tr("7 days"));
    m_days7->setAccessibleName(tr("Preview the last 7 days"));
    m_days7->setToolTip(tr("Try the rule on the last 7 days, evaluated as often as the rule is"));
    m_days30 = new QToolButton(this);
    m_days30->setObjectName(QStringLiteral("days30Button"));
    m_days30->setText(tr("30 days"));
    m_days30->setAccessibleName(tr("Preview the last 30 days"));
    m_days30->setToolTip(tr("Try the rule on the last 30 days, evaluated at least every hour"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_days7, m_days30}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        group->addButton(b);
    }
    m_days7->setChecked(true);
    connect(m_days7, &QToolButton::clicked, this, [this] { setDays(7); });
    connect(m_days30, &QToolButton::clicked, this, [this] { setDays(30); });

    m_view = new ChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("backtestView"));
    m_view->setAccessibleName(tr("Backtest chart"));
    m_view->setAccessibleDescription(
        tr("The rule's value at each evaluation, its marks, and the spans where it would have been active"));
    m_view->setMinimumHeight(240);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backtestMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("backtestCaption"));
    m_caption->setAccessibleName(tr("Backtest result"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("backtestLegend"));
    m_legend->setAccessibleName(tr("Legend"));
    m_legend->setWordWrap(true);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("backtestNotes"));
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_days7);
    header->addWidget(m_days30);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_caption);
    layout->addWidget(m_notes);

    // The legend is a label below: the chart's own elides its entries in a
    // dialog-sized chart.
    m_chart->legend()->setVisible(false);
    theme::apply(m_chart, palette());
    connect(&m_watcher, &QFutureWatcher<BacktestData>::finished, this, &BacktestChart::fetched);
    connect(m_view, &ChartView::hovered, this, &BacktestChart::showHover);
    connect(m_view, &ChartView::left, this, [] { QToolTip::hideText(); });
    showMessage(m_service ? tr("Reading the data…")
                          : tr("No workspace is open, so the rule cannot be tried on past data. Open a "
                               "workspace to see where it would have fired."));
}

BacktestChart::~BacktestChart()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.disconnect(this);
    for (QFuture<BacktestData> &job : m_jobs)
        job.waitForFinished();
}

void BacktestChart::setRule(const AlertRule &rule)
{
    m_rule = rule;
    m_hasRule = true;
    m_problem.clear();
    m_title->setText(AlertRules::describe(rule));
    if (!m_service)
        return;
    if (readingOf(rule) != m_readFor || m_days != m_readDays)
        fetch();
    else
        recompute(); // while reading, fetched() backtests the latest rule
}

void BacktestChart::setProblem(const QString &message)
{
    m_problem = message;
    m_backtest = {};
    m_caption->clear();
    m_notes->hide();
    if (m_service)
        showMessage(tr("Correct the rule to see where it would have fired."));
    emit updated();
}

void BacktestChart::setDays(int days)
{
    m_days7->setChecked(days == 7);
    m_days30->setChecked(days != 7);
    if (days == m_days)
        return;
    m_days = days;
    emit daysChanged(days);
    if (m_hasRule && m_problem.isEmpty() && m_readDays != m_days)
        setRule(m_rule);
}

QString BacktestChart::caption() const
{
    return m_caption->text();
}

void BacktestChart::fetch()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_readFor = readingOf(m_rule);
    m_readDays = m_days;
    m_loading = true;
    m_backtest = {};
    m_caption->setText(tr("Reading the last %1 days…").arg(m_days));
    m_notes->hide();
    std::erase_if(m_jobs, [](const QFuture<BacktestData> &f) { return f.isFinished(); });
    const std::uint64_t generation = ++m_generation;
    // The job gets the bare service: the destructor waits for every job,
    // and m_service keeps the service alive until then.
    QueryService *service = m_service.get();
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    QFuture<BacktestData> job =
        QtConcurrent::run([service, rule = m_rule, days = m_days, now, cancel = m_cancel, generation] {
            BacktestData d = readBacktestData(*service, rule, days, now, *cancel);
            d.generation = generation;
            return d;
        });
    m_jobs.push_back(job);
    m_watcher.setFuture(job);
}

void BacktestChart::fetched()
{
    const QFuture<BacktestData> f = m_watcher.future();
    if (f.isCanceled() || f.resultCount() == 0)
        return;
    BacktestData d = f.result();
    if (d.generation != m_generation)
        return; // a newer read is under way
    m_loading = false;
    m_data = std::move(d);
    recompute();
}

void BacktestChart::recompute()
{
    if (m_loading || !m_problem.isEmpty())
        return;
    m_backtest = {};
    m_measured.clear();
    if (!m_data.error.isEmpty()) {
        showMessage(m_data.error);
        m_caption->clear();
        m_notes->hide();
        emit updated();
        return;
    }
    m_backtest = AlertEvaluator::backtest(m_rule, m_data.samples);
    for (const AlertSample &s : m_data.samples) {
        AlertObservation o;
        o.atMs = s.atMs;
        o.value = s.value;
        o.previous = s.previous;
        m_measured.push_back(checkCondition(m_rule.condition, o).measured);
    }
    draw();
    m_caption->setText(captionText());
    m_notes->setText(m_data.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_data.notes.isEmpty());
    emit updated();
}

double BacktestChart::xOf(std::int64_t ms) const
{
    return double(ms - m_data.fromMs) / double(kHourMs);
}

void BacktestChart::showMessage(const QString &text)
{
    m_message->setText(text);
    m_legend->hide();
    m_stack->setCurrentWidget(m_message);
}

QString BacktestChart::captionText() const
{
    const std::vector<AlertEpisode> &episodes = m_backtest.episodes;
    if (episodes.empty())
        return tr("Would not have fired in the last %1 days.").arg(m_readDays);
    std::int64_t total = 0;
    int reminders = 0;
    for (const AlertEpisode &e : episodes) {
        total += (e.resolvedMs > 0 ? e.resolvedMs : m_data.toMs) - e.firedMs;
        reminders += e.reminders;
    }
    // Singulars of their own, so English reads right without a catalogue.
    const int n = int(episodes.size());
    QString text = n == 1 ? tr("Would have fired once in the last %1 days (total %2).")
                          : tr("Would have fired %n times in the last %1 days (total %2).", nullptr, n);
    text = text.arg(m_readDays).arg(backtestDuration(total));
    if (reminders > 0)
        text +=
            QLatin1Char(' ') + (reminders == 1 ? tr("One reminder would have gone out.")
                                               : tr("%n reminders would have gone out.", nullptr, reminders));
    if (episodes.back().resolvedMs == 0)
        text += QLatin1Char(' ') + tr("It would still be active at the end.");
    return text;
}

QString BacktestChart::valueText(double v) const
{
    const QLocale l;
    if (m_rule.condition.kind == AlertConditionKind::Change) {
        const QString n = l.toString(std::abs(v), 'g', 6);
        const QString signedN = v > 0 ? QStringLiteral("+") + n : v < 0 ? QStringLiteral("−") + n : n;
        return m_rule.condition.unit == ChangeUnit::Percent ? tr("%1 %").arg(signedN) : signedN;
    }
    if (!Metrics::def(m_rule.metric).real && v != std::floor(v))
        return l.toString(v, 'g', 6);
    return ValueFormat::metric(m_rule.metric, v);
}

void BacktestChart::draw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes()) {
        m_chart->removeAxis(a);
        delete a;
    }
    const std::vector<AlertSample> &samples = m_data.samples;
    if (samples.empty())
        return showMessage(tr("There is no evaluation to show."));
    m_stack->setCurrentWidget(m_view);
    const QPalette pal = palette();
    const AlertCondition &c = m_rule.condition;

    struct Mark
    {
        double y;
        QString name;
        bool recovery;
    };
    std::vector<Mark> marks;
    auto mark = [&](double y, const QString &name, bool recovery) {
        marks.push_back(Mark{y, name.arg(valueText(y)), recovery});
    };
    switch (c.kind) {
    case AlertConditionKind::Above:
        mark(c.high, tr("High-mark %1"), false);
        if (c.recoveryHigh)
            mark(*c.recoveryHigh, tr("Recovers at %1"), true);
        break;
    case AlertConditionKind::Below:
        mark(c.low, tr("Low-mark %1"), false);
        if (c.recoveryLow)
            mark(*c.recoveryLow, tr("Recovers at %1"), true);
        break;
    case AlertConditionKind::Outside:
        mark(c.high, tr("High-mark %1"), false);
        mark(c.low, tr("Low-mark %1"), false);
        if (c.recoveryHigh)
            mark(*c.recoveryHigh, tr("Upper recovery %1"), true);
        if (c.recoveryLow)
            mark(*c.recoveryLow, tr("Lower recovery %1"), true);
        break;
    case AlertConditionKind::Change:
        for (double sign : {1.0, -1.0}) {
            if ((sign > 0 && c.direction == ChangeDirection::Down) ||
                (sign < 0 && c.direction == ChangeDirection::Up))
                continue;
            mark(sign * c.amount, tr("Fires at %1"), false);
            if (c.recoveryAmount)
                mark(sign * *c.recoveryAmount, tr("Recovers below %1"), true);
        }
        break;
    case AlertConditionKind::NoData:
        break;
    }

    double lo = 0, hi = 0;
    for (const std::optional<double> &v : m_measured) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    for (const Mark &m : marks) {
        lo = std::min(lo, m.y);
        hi = std::max(hi, m.y);
    }
    if (hi <= lo)
        hi = lo + 1;
    const double pad = (hi - lo) * 0.08;
    auto *xAxis = new QCategoryAxis;
    auto *yAxis = new QValueAxis;
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    yAxis->setRange(lo < 0 ? lo - pad : 0, hi + pad);
    // Round ticks (0, 10, 20, ...): the tick count first, then the range
    // that fits it.
    yAxis->setTickCount(6);
    yAxis->applyNiceNumbers();
    const bool fractions = c.kind == AlertConditionKind::Change
                               ? c.unit == ChangeUnit::Percent && hi - lo < 10
                               : Metrics::def(m_rule.metric).real;
    yAxis->setLabelFormat(fractions ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    QString yTitle = Labels::metricTitle(m_rule.metric);
    if (c.kind == AlertConditionKind::Change)
        yTitle = c.unit == ChangeUnit::Percent ? tr("Change of %1 (%)").arg(yTitle)
                                               : tr("Change of %1").arg(yTitle);
    yAxis->setTitleText(yTitle);
    QFont small = yAxis->titleFont();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    small.setBold(false);
    yAxis->setTitleFont(small);
    const double yMin = yAxis->min(), yMax = yAxis->max();
    const double xEnd = xOf(m_data.toMs);

    QStringList legend;
    auto attach = [&](QAbstractSeries *s, const QString &symbol, const QColor &color) {
        m_chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
        QString name = s->name().toHtmlEscaped();
        legend << QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
                      .arg(color.name(), symbol, name.replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    };
    // Where the alert would have been active, from firing to resolution
    // (or the end): one area whose upper edge steps up over each incident.
    if (!m_backtest.episodes.empty()) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (const AlertEpisode &e : m_backtest.episodes) {
            const double x0 = xOf(e.firedMs), x1 = xOf(e.resolvedMs > 0 ? e.resolvedMs : m_data.toMs);
            *upper << QPointF(x0, yMin) << QPointF(x0, yMax) << QPointF(x1, yMax) << QPointF(x1, yMin);
        }
        *lower << QPointF(upper->at(0).x(), yMin) << QPointF(upper->at(upper->count() - 1).x(), yMin);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(tr("Active"));
        QColor fill = theme::down(pal);
        fill.setAlpha(theme::isDark(pal) ? 70 : 45);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        // The legend cannot show alpha: the fill as it looks on the base.
        const QColor base = pal.color(QPalette::Base);
        const float a = fill.alphaF();
        const QColor shown = QColor::fromRgbF(base.redF() * (1 - a) + fill.redF() * a,
                                              base.greenF() * (1 - a) + fill.greenF() * a,
                                              base.blueF() * (1 - a) + fill.blueF() * a);
        attach(area, QStringLiteral("█"), shown);
    }

    auto *line = new QLineSeries;
    line->setName(c.kind == AlertConditionKind::Change ? tr("Change") : Labels::metricTitle(m_rule.metric));
    for (size_t i = 0; i < samples.size(); ++i) {
        if (m_measured[i])
            line->append(xOf(samples[i].atMs), *m_measured[i]);
    }
    line->setPen(QPen(theme::series(0, pal), 1.6));
    attach(line, QStringLiteral("━━"), theme::series(0, pal));

    for (const Mark &m : marks) {
        auto *s = new QLineSeries;
        s->setName(m.name);
        *s << QPointF(0, m.y) << QPointF(xEnd, m.y);
        const QColor color = m.recovery ? theme::series(1, pal) : theme::down(pal);
        s->setPen(QPen(color, 1.6, m.recovery ? Qt::DotLine : Qt::DashLine));
        attach(s, m.recovery ? QStringLiteral("┈┈") : QStringLiteral("╌╌"), color);
    }

    auto markers = [&](const QString &name, QScatterSeries::MarkerShape shape, const QString &symbol,
                       const QColor &color, AlertNotice n) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerShape(shape);
        s->setMarkerSize(11);
        s->setColor(color);
        s->setBorderColor(pal.color(QPalette::Base));
        for (const AlertEvent &e : m_backtest.events) {
            if (e.notice == n && e.value)
                s->append(xOf(e.atMs), *e.value);
        }
        attach(s, symbol, color);
    };
    markers(tr("Fired"), QScatterSeries::MarkerShapeTriangle, QStringLiteral("▲"), theme::down(pal),
            AlertNotice::Fired);
    markers(tr("Resolved"), QScatterSeries::MarkerShapeCircle, QStringLiteral("●"), theme::up(pal),
            AlertNotice::Resolved);

    // Day labels at local midnights; weekly ones on a month.
    const ZoneBucketer zone(m_data.timeZone.isEmpty() ? QByteArray("UTC") : m_data.timeZone);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setStartValue(0);
    xAxis->setRange(0, xEnd);
    const int every = m_readDays > 10 ? 7 : 1;
    int n = 0;
    for (std::int64_t t = zone.next(zone.floor(m_data.fromMs / 1000, Granularity::Day), Granularity::Day);
         t * 1000 <= m_data.toMs; t = zone.next(t, Granularity::Day)) {
        if (n++ % every == 0)
            xAxis->append(ValueFormat::bucketShort(t, Granularity::Day, zone), xOf(t * 1000));
    }
    m_legend->setText(legend.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_legend->show();
    theme::apply(m_chart, pal);
}

void BacktestChart::showHover(double x, const QPoint &globalPos)
{
    const std::vector<AlertSample> &samples = m_data.samples;
    if (samples.empty() || m_stack->currentWidget() != m_view) {
        QToolTip::hideText();
        return;
    }
    const auto at = std::int64_t(double(m_data.fromMs) + x * double(kHourMs));
    auto it = std::lower_bound(samples.begin(), samples.end(), at,
                               [](const AlertSample &s, std::int64_t v) { return s.atMs < v; });
    if (it == samples.end() || (it != samples.begin() && at - std::prev(it)->atMs < it->atMs - at))
        it = std::prev(it);
    const size_t i = size_t(it - samples.begin());
    const ZoneBucketer zone(m_data.timeZone.isEmpty() ? QByteArray("UTC") : m_data.timeZone);
    const MetricId m = m_rule.metric;
    const QString row = QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>");
    auto value = [&](const std::optional<double> &v) {
        return v ? ValueFormat::metric(m, *v) : QStringLiteral("—");
    };
    QString rows = row.arg(Labels::metricTitle(m).toHtmlEscaped(), value(it->value));
    if (m_rule.condition.kind == AlertConditionKind::Change) {
        rows += row.arg(tr("Baseline"), value(it->previous));
        rows += row.arg(tr("Change"), m_measured[i] ? valueText(*m_measured[i]) : QStringLiteral("—"));
    }
    const QString when = ValueFormat::bucketLong(it->atMs / 1000, Granularity::Minute, zone);
    QToolTip::showText(globalPos,
                       QStringLiteral("<b>%1</b><table>%2</table>").arg(when.toHtmlEscaped(), rows), m_view);
}

void BacktestChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart) {
        theme::apply(m_chart, palette());
        if (m_stack->currentWidget() == m_view)
            draw();
    }
}

} // namespace es::ui
