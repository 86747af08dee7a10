#pragma once
// Line, area and stacked-bar charts over time. The comparison period is drawn
// dashed on the same bucket positions; dragging across the plot selects a new
// global range; hovering shows the exact values of the bucket.

#include "charts/chartcard.h"
#include "core/zonebucketer.h"

QT_BEGIN_NAMESPACE
class QChart;
class QCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace es::ui {

class ChartView;

class TimeSeriesCard : public ChartCard
{
    Q_OBJECT
public:
    explicit TimeSeriesCard(const WidgetSpec &spec, QWidget *parent = nullptr);

    // For tests: the chart and its bucket starts.
    QChart *chart() const { return m_chart; }
    const std::vector<std::int64_t> &buckets() const { return m_buckets; }
    ChartView *chartView() const { return m_view; }

protected:
    void start(QueryService &service, const ViewState &state) override;
    void paletteChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void present(const QueryResult &r);
    void presentLines(const QueryResult &r);
    void presentStacked(const QueryResult &r);
    void showHover(double x, const QPoint &globalPos);
    void onDragged(double x0, double x1);
    int labelCount() const;

    QChart *m_chart;
    ChartView *m_view;
    std::vector<std::int64_t> m_buckets;
    Granularity m_granularity = Granularity::Day;
    ZoneBucketer m_zone;
    // Hover text per bucket: "metric: value" lines.
    std::vector<QString> m_hoverText;
    QCategoryAxis *m_xAxis = nullptr;
    bool m_bars = false;
};

} // namespace es::ui
