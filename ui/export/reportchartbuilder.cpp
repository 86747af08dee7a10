#include "export/reportchartbuilder.h"

#include "charts/charttheme.h"
#include "charts/niceaxis.h"
#include "charts/timeaxis.h"
#include "core/zonebucketer.h"
#include "export/reportcellformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <algorithm>
#include <cmath>

namespace es::ui {

namespace {

// Scene units per point: laying out at twice the size keeps the text
// metrics of small fonts precise.
constexpr double kUnitsPerPoint = 2.0;
// Rows of the legend beside a pie, in points.
constexpr double kLegendRow = 14.0;

QPalette paperPalette()
{
    QPalette p;
    const QColor text(0x1d, 0x23, 0x2b);
    for (auto role : {QPalette::Window, QPalette::Base})
        p.setColor(role, Qt::white);
    for (auto role : {QPalette::Text, QPalette::WindowText})
        p.setColor(role, text);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x5f, 0x6b, 0x7a));
    return p;
}

QFont baseFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // A tiny letter spacing turns ligatures off, so "fi" stays two letters
    // that search and copy find in the PDF.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

// A font of `pt` points in scene units.
QFont chartFont(double pt, double unitsPerPoint)
{
    QFont f = baseFont();
    f.setPixelSize(std::max(1, int(std::lround(pt * unitsPerPoint))));
    return f;
}

// Metrics that share a y axis: the same unit.
int unitOf(std::optional<MetricId> m)
{
    if (!m)
        return 0;
    switch (*m) {
    case MetricId::Bytes:
        return 1;
    case MetricId::BounceRate:
        return 2;
    case MetricId::AvgSessionSeconds:
        return 3;
    case MetricId::AvgResponseMs:
        return 4;
    case MetricId::PagesPerSession:
        return 5;
    default:
        return 0;
    }
}

// A value axis with round steps whose labels are written like the metric
// ("1.5 GB", "42.0 %"), which a QValueAxis label format cannot do.
QCategoryAxis *valueAxis(double lo, double hi, std::optional<MetricId> metric, int ticks, const QFont &font)
{
    const NiceRange nice = niceRange(lo, hi, ticks, !metric || !Metrics::def(*metric).real);
    lo = nice.lo;
    hi = nice.hi;
    const double step = nice.step;

    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(lo);
    axis->setRange(lo, hi);
    axis->setLabelsFont(font);
    QStringList used;
    for (double v = lo; v <= hi + step / 2; v += step) {
        QString label = metric ? ReportCellFormat::metricValue(*metric, v) : QLocale().toString(v);
        while (used.contains(label)) // labels must be unique
            label += QChar(0x200B);
        used << label;
        axis->append(label, v);
    }
    return axis;
}

void lineChart(QChart *chart, const ReportSectionData &s, const ReportData &d, const QSizeF &size, double u,
               const QPalette &pal)
{
    const ReportChart &c = s.chart;
    const int n = int(c.buckets.size());
    const QFont labels = chartFont(7.5, u);
    auto *x = new QCategoryAxis;
    x->setLabelsFont(labels);
    const int maxLabels = std::max(2, int(size.width() / 55));
    fillTimeAxis(x, c.buckets, d.granularity, ZoneBucketer(d.timeZone), maxLabels, false);
    // Room beside the first and last points so their markers are not cut.
    if (n > 1)
        x->setRange(-0.25, n - 0.75);
    chart->addAxis(x, Qt::AlignBottom);

    // Series of the first metric's unit on the left, any other unit on the right.
    const int leftUnit = unitOf(c.series.front().metric);
    double range[2][2] = {{0, 0}, {0, 0}};
    std::optional<MetricId> axisMetric[2];
    bool used[2] = {false, false};
    for (const ReportSeries &rs : c.series) {
        const int side = unitOf(rs.metric) == leftUnit ? 0 : 1;
        if (!used[side])
            axisMetric[side] = rs.metric;
        used[side] = true;
        for (const auto &v : rs.values) {
            if (v) {
                range[side][0] = std::min(range[side][0], *v);
                range[side][1] = std::max(range[side][1], *v);
            }
        }
    }
    const int ticks = std::clamp(int(size.height() / 45), 3, 6);
    QCategoryAxis *y[2] = {nullptr, nullptr};
    for (int side = 0; side < 2; ++side) {
        if (!used[side])
            continue;
        y[side] = valueAxis(range[side][0], range[side][1], axisMetric[side], ticks, labels);
        chart->addAxis(y[side], side == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }

    int colour = -1;
    for (const ReportSeries &rs : c.series) {
        if (!rs.comparison)
            ++colour;
        auto *line = new QLineSeries;
        line->setName(rs.name);
        for (int i = 0; i < n && i < int(rs.values.size()); ++i) {
            if (rs.values[size_t(i)])
                line->append(i, *rs.values[size_t(i)]);
        }
        QPen pen(theme::series(std::max(0, colour), pal));
        pen.setWidthF((rs.comparison ? 1.3 : 2.0) * u);
        pen.setStyle(rs.comparison ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        line->setPen(pen);
        if (!rs.comparison && n <= 31) {
            line->setPointsVisible(true);
            line->setMarkerSize(4 * u);
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y[unitOf(rs.metric) == leftUnit ? 0 : 1]);
    }
    chart->legend()->setVisible(c.series.size() > 1);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void barChart(QChart *chart, const ReportSectionData &s, const QSizeF &size, double u, const QPalette &pal)
{
    const ReportChart &c = s.chart;
    const int n = ReportChartBuilder::barCount(c);
    const QFont labels = chartFont(7.5, u);
    // Short categories (status codes, countries) read well under vertical
    // bars; long ones (paths, URLs) need the width of a horizontal chart.
    bool horizontal = n > 12;
    for (int i = 0; i < n && !horizontal; ++i)
        horizontal = c.categories[i].size() > 10;

    // Elided in the middle so that unique ends of URLs stay readable; the
    // axis would otherwise cut them off at its own width.
    const QFontMetricsF fm(labels);
    const double maxLabel = horizontal ? size.width() * u * 0.36 : size.width() * u / std::max(1, n) - 4 * u;
    QStringList categories;
    for (int i = 0; i < n; ++i) {
        QString label = fm.elidedText(c.categories[i], Qt::ElideMiddle, maxLabel);
        while (categories.contains(label)) // duplicates would be dropped
            label += QChar(0x200B);
        categories << label;
    }
    // Horizontal bars run bottom-up; the first (largest) belongs on top.
    if (horizontal)
        std::reverse(categories.begin(), categories.end());

    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double lo = 0, hi = 0;
    int colour = 0;
    std::optional<MetricId> metric;
    for (const ReportSeries &rs : c.series) {
        auto *set = new QBarSet(rs.name);
        for (int i = 0; i < n; ++i) {
            const int at = horizontal ? n - 1 - i : i;
            const double v = at < int(rs.values.size()) ? rs.values[size_t(at)].value_or(0) : 0;
            set->append(v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        set->setColor(theme::series(colour++, pal));
        set->setBorderColor(Qt::transparent);
        series->append(set);
        if (!metric)
            metric = rs.metric;
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *cats = new QBarCategoryAxis;
    cats->append(categories);
    cats->setLabelsFont(labels);
    cats->setGridLineVisible(false);
    const int ticks = std::clamp(int((horizontal ? size.width() : size.height()) / 80), 3, 6);
    QCategoryAxis *values = valueAxis(lo, hi, metric, ticks, labels);
    if (metric) {
        values->setTitleText(c.series.front().name);
        values->setTitleFont(chartFont(7.5, u));
    }
    chart->addAxis(cats, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cats);
    series->attachAxis(values);
    chart->legend()->setVisible(c.series.size() > 1);
}

void pieChart(QChart *chart, const ReportSectionData &s)
{
    const ReportChart &c = s.chart;
    auto *pie = new QPieSeries;
    const ReportSeries &rs = c.series.front();
    for (int i = 0; i < c.categories.size() && i < int(rs.values.size()); ++i) {
        const double v = rs.values[size_t(i)].value_or(0);
        if (v <= 0)
            continue;
        QPieSlice *slice = pie->append(c.categories[i], v);
        slice->setColor(ReportChartBuilder::color(c, i));
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(false);
    }
    pie->setHoleSize(0.45);
    pie->setPieSize(0.92);
    chart->addSeries(pie);
    // pieLegend() lists the slices beside the pie with values and shares.
    chart->legend()->setVisible(false);
}

// The legend of a pie: swatch, category, value and share on each row, so the
// reader needs no table and labels are never squeezed around the slices.
void pieLegend(QPainter &p, const QRectF &r, const ReportChart &c, double devicePerPoint)
{
    const ReportSeries &series = c.series.front();
    double total = 0;
    for (const auto &v : series.values)
        total += std::max(0.0, v.value_or(0));
    QFont f = baseFont();
    f.setPointSizeF(8);
    const QFontMetricsF fm(f, p.device());
    QStringList values, shares;
    double valueW = 0, shareW = 0;
    for (int i = 0; i < c.categories.size(); ++i) {
        const double v = i < int(series.values.size()) ? series.values[size_t(i)].value_or(0) : 0;
        values << (series.metric ? ReportCellFormat::metricValue(*series.metric, v) : QLocale().toString(v));
        shares << ReportCellFormat::percent(total > 0 ? v / total : 0);
        valueW = std::max(valueW, fm.horizontalAdvance(values.back()));
        shareW = std::max(shareW, fm.horizontalAdvance(shares.back()));
    }
    const double u = devicePerPoint, rowH = kLegendRow * u, sw = 8 * u, labelX = r.left() + sw + 6 * u;
    double labelW = 0;
    for (const QString &category : c.categories)
        labelW = std::max(labelW, fm.horizontalAdvance(category) + u);
    labelW = std::clamp(labelW, 40 * u, std::max(40 * u, r.width() - sw - 6 * u - valueW - shareW - 24 * u));
    const double top = r.top() + std::max(0.0, (r.height() - rowH * double(c.categories.size())) / 2);
    p.save();
    p.setFont(f);
    for (int i = 0; i < c.categories.size(); ++i) {
        const double y = top + i * rowH;
        p.setPen(Qt::NoPen);
        p.setBrush(ReportChartBuilder::color(c, i));
        p.drawRect(QRectF(r.left(), y + (rowH - sw) / 2, sw, sw));
        p.setPen(QColor(0x1d, 0x23, 0x2b));
        p.drawText(QRectF(labelX, y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(c.categories[i], Qt::ElideMiddle, labelW));
        const double vx = labelX + labelW + 12 * u;
        p.drawText(QRectF(vx, y, valueW, rowH), Qt::AlignRight | Qt::AlignVCenter, values[i]);
        p.setPen(QColor(0x5f, 0x6b, 0x7a));
        p.drawText(QRectF(vx + valueW + 12 * u, y, shareW, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   shares[i]);
    }
    p.restore();
}

} // namespace

bool ReportChartBuilder::hasChart(const ReportSectionData &section)
{
    const ReportChart &c = section.chart;
    if (c.kind == ReportChart::Kind::None || c.series.empty())
        return false;
    if (c.kind == ReportChart::Kind::Line && c.buckets.empty())
        return false;
    if (c.kind != ReportChart::Kind::Line && c.categories.isEmpty())
        return false;
    for (const ReportSeries &s : c.series)
        for (const auto &v : s.values)
            if (v && (c.kind != ReportChart::Kind::Pie || *v > 0))
                return true;
    return false;
}

int ReportChartBuilder::barCount(const ReportChart &chart)
{
    return std::min<int>(int(chart.categories.size()), kMaxBars);
}

double ReportChartBuilder::preferredHeight(const ReportSectionData &section, double width)
{
    switch (section.chart.kind) {
    case ReportChart::Kind::Line:
        return std::clamp(width * 0.42, 160.0, 240.0);
    case ReportChart::Kind::Bar: {
        const int n = barCount(section.chart);
        bool horizontal = n > 12;
        for (int i = 0; i < n && !horizontal; ++i)
            horizontal = section.chart.categories[i].size() > 10;
        return horizontal ? 44.0 + 17.0 * n : 190.0;
    }
    case ReportChart::Kind::Pie:
        return std::max(190.0, kLegendRow * double(section.chart.categories.size()) + 8);
    case ReportChart::Kind::None:
        break;
    }
    return 0;
}

QColor ReportChartBuilder::color(const ReportChart &chart, int i)
{
    const QPalette pal = paperPalette();
    if (chart.kind == ReportChart::Kind::Pie && i == chart.categories.size() - 1 && i > 0 &&
        chart.categories[i] == ReportData::tr("Other"))
        return QColor(0xb4, 0xbb, 0xc4);
    // The last scheme colour is grey, kept for "Other".
    return theme::series(i % 9, pal);
}

std::unique_ptr<QChart> ReportChartBuilder::build(const ReportSectionData &section, const ReportData &report,
                                                  const QSizeF &sizePt, double unitsPerPoint)
{
    auto chart = std::make_unique<QChart>();
    const QPalette pal = paperPalette();
    theme::apply(chart.get(), pal);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundVisible(false);
    // Room for the half of the top and rightmost axis labels that stands out
    // of the plot area.
    const int m = int(std::lround(6 * unitsPerPoint));
    chart->setMargins(QMargins(0, m, 2 * m, 0));
    chart->legend()->setFont(chartFont(7.5, unitsPerPoint));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (hasChart(section)) {
        switch (section.chart.kind) {
        case ReportChart::Kind::Line:
            lineChart(chart.get(), section, report, sizePt, unitsPerPoint, pal);
            break;
        case ReportChart::Kind::Bar:
            barChart(chart.get(), section, sizePt, unitsPerPoint, pal);
            break;
        case ReportChart::Kind::Pie:
            pieChart(chart.get(), section);
            break;
        case ReportChart::Kind::None:
            break;
        }
    }
    for (QAbstractAxis *a : chart->axes())
        theme::applyAxis(a, pal);
    chart->resize(sizePt * unitsPerPoint);
    return chart;
}

void ReportChartBuilder::paint(QPainter &painter, const QRectF &target, const ReportSectionData &section,
                               const ReportData &report)
{
    const double devicePerPoint = painter.device() ? painter.device()->logicalDpiX() / 72.0 : 1.0;
    QRectF area = target;
    if (section.chart.kind == ReportChart::Kind::Pie && hasChart(section)) {
        // The donut on the left, its legend beside it.
        const double side = std::min({target.width() * 0.42, target.height(), 200 * devicePerPoint});
        area = QRectF(target.left(), target.top() + (target.height() - side) / 2, side, side);
        const double gap = 16 * devicePerPoint;
        pieLegend(
            painter,
            QRectF(area.right() + gap, target.top(), target.right() - area.right() - gap, target.height()),
            section.chart, devicePerPoint);
    }
    const QSizeF sizePt = area.size() / devicePerPoint;
    QGraphicsScene scene;
    QChart *chart = build(section, report, sizePt, kUnitsPerPoint).release();
    scene.addItem(chart); // the scene owns it from here
    const QRectF source(QPointF(0, 0), sizePt * kUnitsPerPoint);
    scene.setSceneRect(source);
    chart->setGeometry(source);
    // Laying out now, not on the next event loop turn: painted before its
    // layout, a chart is tiny with elided labels.
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents(chart, 0);
    chart->layout()->activate();
    scene.render(&painter, area, source, Qt::IgnoreAspectRatio);
}

} // namespace es::ui
