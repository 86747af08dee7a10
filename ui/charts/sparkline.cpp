#include "charts/sparkline.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace es::ui {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void Sparkline::setValues(std::vector<double> values)
{
    m_values = std::move(values);
    update();
}

void Sparkline::setColor(const QColor &c)
{
    m_color = c;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
    const double min = std::min(0.0, *lo), span = std::max(1e-9, *hi - min);
    const QRectF r = QRectF(rect()).adjusted(1, 2, -1, -2);
    const double dx = r.width() / double(m_values.size() - 1);
    QPainterPath line;
    for (size_t i = 0; i < m_values.size(); ++i) {
        const QPointF pt(r.left() + dx * double(i), r.bottom() - (m_values[i] - min) / span * r.height());
        if (i == 0)
            line.moveTo(pt);
        else
            line.lineTo(pt);
    }
    QPainterPath fill = line;
    fill.lineTo(r.right(), r.bottom());
    fill.lineTo(r.left(), r.bottom());
    fill.closeSubpath();
    QColor c = m_color.isValid() ? m_color : palette().color(QPalette::Highlight);
    QColor f = c;
    f.setAlpha(45);
    p.fillPath(fill, f);
    p.setPen(QPen(c, 1.5));
    p.drawPath(line);
}

} // namespace es::ui
