#pragma once
// A KPI tile: the metric's value for the range, its change against the
// comparison period (arrow and colour), and a sparkline of the range.

#include "charts/chartcard.h"

class QLabel;

namespace es::ui {

class Sparkline;

class KpiCard : public ChartCard
{
    Q_OBJECT
public:
    explicit KpiCard(const WidgetSpec &spec, QWidget *parent = nullptr);

    QString valueText() const;
    QString changeText() const;
    const Sparkline *sparkline() const { return m_spark; }

protected:
    void start(QueryService &service, const ViewState &state) override;
    void paletteChanged() override;

private:
    void finish();

    QLabel *m_value;
    QLabel *m_change;
    Sparkline *m_spark;
    QueryResult m_total;
    QueryResult m_series;
    int m_direction = 0; // -1, 0, 1
};

} // namespace es::ui
