#include "charts/chartview.h"

#include <QMouseEvent>
#include <QRubberBand>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

namespace es::ui {

ChartView::ChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(90);
}

double ChartView::xAt(const QPoint &pos) const
{
    const QPointF scene = mapToScene(pos);
    const QPointF inChart = chart()->mapFromScene(scene);
    const auto series = chart()->series();
    return series.isEmpty() ? 0 : chart()->mapToValue(inChart, series.front()).x();
}

void ChartView::mousePressEvent(QMouseEvent *e)
{
    if (m_dragEnabled && e->button() == Qt::LeftButton &&
        chart()->plotArea().contains(chart()->mapFromScene(mapToScene(e->position().toPoint())))) {
        m_origin = e->position().toPoint();
        m_dragging = true;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, this);
        const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
        m_band->setGeometry(QRect(m_origin.x(), int(plot.top()), 1, int(plot.height())));
        m_band->show();
        e->accept();
        return;
    }
    QChartView::mousePressEvent(e);
}

void ChartView::mouseMoveEvent(QMouseEvent *e)
{
    const QPoint p = e->position().toPoint();
    if (m_dragging && m_band) {
        const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
        const int x = std::clamp(p.x(), int(plot.left()), int(plot.right()));
        m_band->setGeometry(QRect(QPoint(std::min(x, m_origin.x()), int(plot.top())),
                                  QSize(std::abs(x - m_origin.x()), int(plot.height()))));
    }
    if (chart()->plotArea().contains(chart()->mapFromScene(mapToScene(p))))
        emit hovered(xAt(p), e->globalPosition().toPoint());
    else
        emit left();
    QChartView::mouseMoveEvent(e);
}

void ChartView::mouseReleaseEvent(QMouseEvent *e)
{
    if (m_dragging && e->button() == Qt::LeftButton) {
        m_dragging = false;
        if (m_band)
            m_band->hide();
        const QPoint p = e->position().toPoint();
        if (std::abs(p.x() - m_origin.x()) >= 6) {
            const double a = xAt(m_origin), b = xAt(p);
            emit dragged(std::min(a, b), std::max(a, b));
        }
        e->accept();
        return;
    }
    QChartView::mouseReleaseEvent(e);
}

void ChartView::leaveEvent(QEvent *e)
{
    emit left();
    QChartView::leaveEvent(e);
}

void makeLegendToggle(QChart *chart)
{
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *m : markers) {
        QObject::connect(m, &QLegendMarker::clicked, m, [m] {
            QAbstractSeries *s = m->series();
            s->setVisible(!s->isVisible());
            m->setVisible(true); // hiding a series hides its marker too
            QColor c = m->labelBrush().color();
            c.setAlphaF(s->isVisible() ? 1.0 : 0.4);
            m->setLabelBrush(c);
            QBrush b = m->brush();
            QColor bc = b.color();
            bc.setAlphaF(s->isVisible() ? 1.0 : 0.3);
            b.setColor(bc);
            m->setBrush(b);
        });
    }
}

} // namespace es::ui
