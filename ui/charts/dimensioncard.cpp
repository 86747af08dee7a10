#include "charts/dimensioncard.h"

#include "charts/charttheme.h"
#include "charts/chartview.h"
#include "charts/niceaxis.h"
#include "charts/valueformat.h"
#include "query/labels.h"
#include "query/queryservice.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

namespace es::ui {

namespace {

void niceAxis(QValueAxis *axis, double max, MetricId m, int ticks)
{
    applyNiceRange(axis, max, ticks - 1, !Metrics::def(m).real);
}

} // namespace

DimensionCard::DimensionCard(const WidgetSpec &spec, QWidget *parent)
    : ChartCard(spec, parent), m_chart(new QChart), m_view(new ChartView(m_chart, this)),
      m_pieLegend(new QWidget(this)), m_pieLegendRows(new QVBoxLayout(m_pieLegend))
{
    m_view->setObjectName(QStringLiteral("dimensionChart"));
    m_view->setAccessibleName(title());
    m_pieLegend->setObjectName(QStringLiteral("pieLegend"));
    m_pieLegend->setAccessibleName(tr("Legend of %1").arg(title()));
    m_pieLegendRows->setContentsMargins(0, 0, 4, 0);
    m_pieLegendRows->setSpacing(0);
    m_pieLegend->hide();
    auto *body = new QWidget(this);
    auto *row = new QHBoxLayout(body);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_view, 1);
    row->addWidget(m_pieLegend, 0);
    setBody(body);
    paletteChanged();
}

void DimensionCard::paletteChanged()
{
    theme::apply(m_chart, palette());
}

void DimensionCard::start(QueryService &service, const ViewState &state)
{
    m_dimension = dimensionOf(state);
    if (!m_dimension)
        return;
    Query q = state.baseQuery();
    q.groupBy = {*m_dimension};
    q.metrics = m_spec.metrics;
    if (m_spec.kind == WidgetKind::Bar)
        q.comparison = state.comparison;
    // Pies need the tail for "Other"; the others show the top values only.
    const bool pie = m_spec.kind == WidgetKind::Pie || m_spec.kind == WidgetKind::Donut;
    q.topN = pie ? 0 : m_spec.topN;
    await(service.run(q), [this](const QueryResult &r) { present(r); });
}

QString DimensionCard::shown(const QString &value) const
{
    return value.isEmpty() ? tr("(none)") : value;
}

void DimensionCard::requestFilter(const QString &value)
{
    if (m_dimension)
        emit filterRequested(Filter{*m_dimension, {value}});
}

int DimensionCard::barsThatFit() const
{
    const int rowHeight = fontMetrics().height() + 8;
    const int height = std::max(m_view->height(), this->height() - 50);
    return std::max(3, (height - 70) / rowHeight);
}

void DimensionCard::resizeEvent(QResizeEvent *event)
{
    ChartCard::resizeEvent(event);
    if (m_pieLegend->isVisible())
        elidePieLegend();
    if (m_spec.kind == WidgetKind::Bar && state() == State::Ready && m_result.ok &&
        barsThatFit() != m_barsShown && (m_barsShown < m_spec.topN || barsThatFit() < m_barsShown))
        present(m_result);
}

void DimensionCard::present(const QueryResult &r)
{
    m_result = r;
    m_pieLegend->hide();
    if (!r.ok) {
        showError(r.error);
        return;
    }
    const int dimCol = r.columnIndex(ResultColumn::Role::Dimension);
    const MetricId m0 = m_spec.metrics.front();
    const int c0 = r.columnIndex(ResultColumn::Role::Metric, m0);
    const int prevCol = r.columnIndex(ResultColumn::Role::Previous, m0);
    const int c1 =
        m_spec.metrics.size() > 1 ? r.columnIndex(ResultColumn::Role::Metric, m_spec.metrics[1]) : -1;
    std::vector<Item> items;
    for (const auto &row : r.rows) {
        Item it;
        it.value = ValueFormat::text(row[size_t(dimCol)]);
        it.v = ValueFormat::number(row[size_t(c0)]).value_or(0);
        if (prevCol >= 0)
            it.previous = ValueFormat::number(row[size_t(prevCol)]);
        if (c1 >= 0)
            it.v2 = ValueFormat::number(row[size_t(c1)]).value_or(0);
        if (it.v != 0 || it.v2 != 0)
            items.push_back(std::move(it));
    }
    if (items.empty()) {
        showEmpty();
        return;
    }
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes()) {
        m_chart->removeAxis(a);
        delete a;
    }
    switch (m_spec.kind) {
    case WidgetKind::Pie:
    case WidgetKind::Donut:
        presentPie(std::move(items));
        break;
    case WidgetKind::Scatter:
        presentScatter(items);
        break;
    default:
        presentBar(items);
        break;
    }
    paletteChanged();
    showReady(r);
}

void DimensionCard::presentBar(const std::vector<Item> &all)
{
    m_barsShown = std::min(int(all.size()), barsThatFit());
    const std::vector<Item> items(all.begin(), all.begin() + m_barsShown);
    const MetricId m = m_spec.metrics.front();
    auto *series = new QHorizontalBarSeries;
    auto *current = new QBarSet(Labels::metricTitle(m));
    current->setColor(theme::series(0, palette()));
    current->setBorderColor(current->color());
    const bool compare =
        viewState().comparison != Comparison::None &&
        std::any_of(items.begin(), items.end(), [](const Item &i) { return i.previous.has_value(); });
    QBarSet *previous = compare ? new QBarSet(tr("Before")) : nullptr;
    if (previous) {
        QColor c = theme::series(0, palette());
        c.setAlpha(90);
        previous->setColor(c);
        previous->setBorderColor(c);
    }
    QStringList categories;
    double max = 0;
    // Horizontal bars grow upwards; the largest value belongs at the top.
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        QString label = shown(it->value);
        while (categories.contains(label))
            label += QChar(0x200B);
        categories << label;
        *current << it->v;
        max = std::max(max, it->v);
        if (previous) {
            *previous << it->previous.value_or(0);
            max = std::max(max, it->previous.value_or(0));
        }
    }
    auto tooltip = [this, items, m](bool status, int index, bool isPrevious) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const Item &it = items[items.size() - 1 - size_t(index)];
        QString text = QStringLiteral("<b>%1</b><br>%2: %3")
                           .arg(shown(it.value).toHtmlEscaped(), Labels::metricTitle(m).toHtmlEscaped(),
                                ValueFormat::metric(m, it.v));
        if (it.previous)
            text += QStringLiteral("<br>") + tr("Before: %1").arg(ValueFormat::metric(m, *it.previous));
        Q_UNUSED(isPrevious);
        QToolTip::showText(QCursor::pos(), text, m_view);
    };
    connect(current, &QBarSet::hovered, this, [tooltip](bool s, int i) { tooltip(s, i, false); });
    connect(current, &QBarSet::clicked, this,
            [this, items](int i) { requestFilter(items[items.size() - 1 - size_t(i)].value); });
    if (previous) {
        series->append(previous);
        connect(previous, &QBarSet::hovered, this, [tooltip](bool s, int i) { tooltip(s, i, true); });
    }
    series->append(current);
    series->setBarWidth(previous ? 0.85 : 0.7);
    m_chart->addSeries(series);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    auto *xAxis = new QValueAxis;
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    niceAxis(xAxis, max, m, 4);
    yAxis->setGridLineVisible(false);
    m_chart->legend()->setVisible(previous != nullptr);
    makeLegendToggle(m_chart);
}

void DimensionCard::presentPie(std::vector<Item> items)
{
    const MetricId m = m_spec.metrics.front();
    auto *series = new QPieSeries;
    const size_t top = size_t(std::max(1, m_spec.topN));
    double other = 0;
    if (items.size() > top) {
        for (size_t i = top; i < items.size(); ++i)
            other += items[i].v;
        items.resize(top);
    }
    double total = other;
    for (const Item &it : items)
        total += it.v;
    int colorIndex = 0;
    auto addSlice = [&](const QString &label, double v, const QString &filterValue, bool isOther) {
        auto *slice = series->append(label, v);
        const QColor c = isOther ? theme::muted(palette()) : theme::series(colorIndex++, palette());
        slice->setColor(c);
        slice->setBorderColor(palette().color(QPalette::Base));
        const QString tip = QStringLiteral("<b>%1</b><br>%2 · %3 %")
                                .arg(label.toHtmlEscaped(), ValueFormat::metric(m, v),
                                     QLocale().toString(total > 0 ? v / total * 100 : 0, 'f', 1));
        connect(slice, &QPieSlice::hovered, this, [this, slice, tip](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), tip, m_view);
            else
                QToolTip::hideText();
        });
        if (!isOther)
            connect(slice, &QPieSlice::clicked, this, [this, filterValue] { requestFilter(filterValue); });
    };
    for (const Item &it : items)
        addSlice(shown(it.value), it.v, it.value, false);
    if (other > 0)
        addSlice(tr("Other"), other, {}, true);
    series->setPieSize(0.85);
    if (m_spec.kind == WidgetKind::Donut)
        series->setHoleSize(0.5);
    for (QPieSlice *s : series->slices())
        s->setExplodeDistanceFactor(0.06);
    m_chart->addSeries(series);
    m_chart->legend()->setVisible(false);
    fillPieLegend(series);
}

// One flat button per slice, with the slice's colour: names stay whole (the
// pie gives up width for them, and only a name longer than half the card is
// cut, whole in its tooltip). Clicking one hides its slice, and its name is
// dimmed; clicking again shows it.
void DimensionCard::fillPieLegend(QPieSeries *series)
{
    while (QLayoutItem *item = m_pieLegendRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pieLegendRows->addStretch(1);
    const int swatch = fontMetrics().height() * 2 / 3;
    for (QPieSlice *slice : series->slices()) {
        auto *button = new QToolButton(m_pieLegend);
        QPixmap pixmap(swatch, swatch);
        pixmap.fill(slice->color());
        button->setIcon(QIcon(pixmap));
        button->setIconSize(QSize(swatch, swatch));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        const QString name = slice->label();
        button->setToolTip(tr("%1: click to hide or show its slice").arg(name));
        button->setAccessibleName(name);
        const double value = slice->value();
        connect(button, &QToolButton::clicked, slice, [button, slice, value] {
            const bool hide = slice->value() != 0;
            slice->setValue(hide ? 0 : value);
            // A hidden slice's name is dimmed.
            QPalette pal = button->palette();
            QColor text = button->parentWidget()->palette().color(QPalette::ButtonText);
            if (hide)
                text.setAlphaF(0.4);
            pal.setColor(QPalette::ButtonText, text);
            button->setPalette(pal);
            button->setAccessibleDescription(hide ? tr("hidden") : QString());
        });
        m_pieLegendRows->addWidget(button);
    }
    m_pieLegendRows->addStretch(1);
    elidePieLegend();
    m_pieLegend->show();
}

// Names longer than half the card are cut; the card's width decides.
void DimensionCard::elidePieLegend()
{
    const int widest = std::max(80, width() / 2) - fontMetrics().height() - 16;
    for (QToolButton *button : m_pieLegend->findChildren<QToolButton *>())
        button->setText(fontMetrics().elidedText(button->accessibleName(), Qt::ElideRight, widest));
}

void DimensionCard::presentScatter(const std::vector<Item> &items)
{
    const MetricId mx = m_spec.metrics.front();
    const MetricId my = m_spec.metrics.size() > 1 ? m_spec.metrics[1] : mx;
    auto *series = new QScatterSeries;
    series->setName(shown(m_spec.dimension));
    series->setMarkerSize(9);
    series->setColor(theme::series(0, palette()));
    series->setBorderColor(palette().color(QPalette::Base));
    // Bytes are plotted in megabytes; an axis of nine-digit numbers is unreadable.
    const double sx = mx == MetricId::Bytes ? 1e-6 : 1.0;
    const double sy = my == MetricId::Bytes ? 1e-6 : 1.0;
    double maxX = 0, maxY = 0;
    for (const Item &it : items) {
        series->append(it.v * sx, it.v2 * sy);
        maxX = std::max(maxX, it.v * sx);
        maxY = std::max(maxY, it.v2 * sy);
    }
    auto find = [items, sx, sy](const QPointF &p) -> const Item * {
        for (const Item &it : items)
            if (it.v * sx == p.x() && it.v2 * sy == p.y())
                return &it;
        return nullptr;
    };
    connect(series, &QScatterSeries::hovered, this, [this, find, mx, my](const QPointF &p, bool on) {
        const Item *it = find(p);
        if (!on || !it) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5")
                               .arg(shown(it->value).toHtmlEscaped(), Labels::metricTitle(mx).toHtmlEscaped(),
                                    ValueFormat::metric(mx, it->v), Labels::metricTitle(my).toHtmlEscaped(),
                                    ValueFormat::metric(my, it->v2)),
                           m_view);
    });
    connect(series, &QScatterSeries::clicked, this, [this, find](const QPointF &p) {
        if (const Item *it = find(p))
            requestFilter(it->value);
    });
    m_chart->addSeries(series);
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    auto axisTitle = [](MetricId m) {
        return m == MetricId::Bytes ? tr("%1 (MB)").arg(Labels::metricTitle(m)) : Labels::metricTitle(m);
    };
    xAxis->setTitleText(axisTitle(mx));
    yAxis->setTitleText(axisTitle(my));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    // Room beyond the largest point, which would sit half outside the plot.
    niceAxis(xAxis, maxX * 1.04, mx, 5);
    niceAxis(yAxis, maxY * 1.04, my, 5);
    m_chart->legend()->setVisible(false);
}

} // namespace es::ui
