#pragma once
// Charts of a metric by the values of a dimension: horizontal bars (with the
// comparison period as a second bar), pie and donut shares with "Other" for
// the tail, and scatter plots of two metrics per value. Clicking a bar, slice
// or point filters the dashboard by that value.

#include "charts/chartcard.h"

QT_BEGIN_NAMESPACE
class QChart;
class QPieSeries;
class QVBoxLayout;
QT_END_NAMESPACE

namespace es::ui {

class ChartView;

class DimensionCard : public ChartCard
{
    Q_OBJECT
public:
    explicit DimensionCard(const WidgetSpec &spec, QWidget *parent = nullptr);
    QChart *chart() const { return m_chart; }
    // Pies and donuts: their legend, one checkable button per slice, beside
    // the chart (Qt Charts' own legend cuts names in narrow cards).
    QWidget *pieLegend() const { return m_pieLegend; }

protected:
    void start(QueryService &service, const ViewState &state) override;
    void paletteChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Item
    {
        QString value; // as stored; "" for none
        double v = 0;
        std::optional<double> previous;
        double v2 = 0; // scatter: second metric
    };
    void present(const QueryResult &r);
    void presentBar(const std::vector<Item> &all);
    void presentPie(std::vector<Item> items);
    void presentScatter(const std::vector<Item> &items);
    void fillPieLegend(QPieSeries *series);
    void elidePieLegend();
    QString shown(const QString &value) const;
    // How many bars fit the height with readable labels (Qt Charts elides
    // category labels to "..." when a row is lower than the text).
    int barsThatFit() const;
    void requestFilter(const QString &value);

    QChart *m_chart;
    ChartView *m_view;
    QWidget *m_pieLegend;
    QVBoxLayout *m_pieLegendRows;
    std::optional<DimensionId> m_dimension;
    QueryResult m_result;
    int m_barsShown = 0;
};

} // namespace es::ui
