#include "timerange/rangeicons.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <functional>

namespace es::ui {

namespace {

// Draws `shape` on a 16-unit grid into 16, 32 and 48 pixel images, so the
// icon stays crisp at any device pixel ratio, once per enabled state.
QIcon drawnIcon(const QPalette &palette, const std::function<void(QPainter &)> &shape)
{
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor colour = palette.color(group, QPalette::ButtonText);
        for (const int size : {16, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            QPen pen(colour, 1.5);
            pen.setCapStyle(Qt::RoundCap);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            shape(painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

QIcon rangeClockIcon(const QPalette &palette)
{
    return drawnIcon(palette, [](QPainter &p) {
        p.drawEllipse(QPointF(8, 8), 6.25, 6.25);
        p.drawLine(QPointF(8, 8), QPointF(8, 4.5));
        p.drawLine(QPointF(8, 8), QPointF(10.5, 9.5));
    });
}

QIcon rangeZoomOutIcon(const QPalette &palette)
{
    return drawnIcon(palette, [](QPainter &p) {
        p.drawEllipse(QPointF(6.75, 6.75), 4.75, 4.75);
        p.drawLine(QPointF(4.5, 6.75), QPointF(9, 6.75));
        QPen handle = p.pen();
        handle.setWidthF(2.0);
        p.setPen(handle);
        p.drawLine(QPointF(10.5, 10.5), QPointF(14.25, 14.25));
    });
}

} // namespace es::ui
