#pragma once
// A QChartView that reports the hovered x position and a horizontal drag, so
// time charts can show exact values and zoom the global time range. Charts
// keep their own zoom off: the dashboard decides what range is shown.

#include <QtCharts/QChartView>

class QRubberBand;

namespace es::ui {

class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);
    void setDragEnabled(bool on) { m_dragEnabled = on; }
    // The x value (series coordinates) under a widget position.
    double xAt(const QPoint &pos) const;

signals:
    void hovered(double x, const QPoint &globalPos);
    void left();
    // A drag from x0 to x1 (x0 < x1) in series coordinates.
    void dragged(double x0, double x1);

protected:
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void leaveEvent(QEvent *e) override;

private:
    QRubberBand *m_band = nullptr;
    QPoint m_origin;
    bool m_dragging = false;
    bool m_dragEnabled = false;
};

// Legend markers toggle their series; a hidden series' marker is dimmed.
void makeLegendToggle(QChart *chart);

} // namespace es::ui
