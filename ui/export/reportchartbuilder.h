#pragma once
// Qt Charts charts of report sections, drawn as vectors onto any painter (a
// PDF page): lines over time with the comparison dashed, bars of a
// breakdown, the slices of a pie. The chart gets its final size and is laid
// out before it is painted, so titles and axis labels are never elided.

#include "reports/reportdata.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace es::ui {

class ReportChartBuilder
{
public:
    // A bar chart shows at most this many categories (the table has all).
    static constexpr int kMaxBars = 15;

    // Whether the section has a chart with at least one value.
    static bool hasChart(const es::ReportSectionData &section);
    // How many categories a bar chart shows.
    static int barCount(const es::ReportChart &chart);
    // The height in points the chart wants at `width` points.
    static double preferredHeight(const es::ReportSectionData &section, double width);

    // The chart laid out at `sizePt` points; scene units are 1/unitsPerPoint
    // of a point, so fonts keep their size when it is painted at that size.
    static std::unique_ptr<QChart> build(const es::ReportSectionData &section, const es::ReportData &report,
                                         const QSizeF &sizePt, double unitsPerPoint);
    // Builds the chart at the target's size (the painter's device units) and
    // paints it there.
    static void paint(QPainter &painter, const QRectF &target, const es::ReportSectionData &section,
                      const es::ReportData &report);

    // The colour of series or pie slice `i`; "Other" is grey.
    static QColor color(const es::ReportChart &chart, int i);
};

} // namespace es::ui
