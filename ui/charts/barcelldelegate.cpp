#include "charts/barcelldelegate.h"

#include "models/cellformatter.h"
#include "models/resulttablemodel.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace es::ui {

BarCellDelegate::BarCellDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor BarCellDelegate::changeColor(const QPalette &palette, int tone)
{
    if (tone == 0)
        return palette.color(QPalette::Text);
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    if (tone > 0)
        return darkBase ? QColor(0x6f, 0xd6, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    return darkBase ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QString BarCellDelegate::arrow(int sign)
{
    if (sign > 0)
        return QStringLiteral("\u25B2 ");
    if (sign < 0)
        return QStringLiteral("\u25BC ");
    return QString();
}

QSize BarCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString prefix = arrow(index.data(ResultTableModel::ChangeSignRole).toInt());
    if (!prefix.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(prefix);
    return size;
}

void BarCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QVariant fraction = index.data(ResultTableModel::FractionRole);
    const QVariant sign = index.data(ResultTableModel::ChangeSignRole);
    const bool empty = index.data(Qt::DisplayRole).toString() == CellFormatter::nullText();
    if (!fraction.isValid() && !sign.isValid() && !empty) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;

    // Background, selection and focus frame as the style draws them; the
    // text comes last so the bar stays behind it.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    if (fraction.isValid()) {
        const double f = std::clamp(fraction.toDouble(), 0.0, 1.0);
        const QRectF area = QRectF(opt.rect).adjusted(3, 4, -3, -4);
        const qreal width = area.width() * f;
        if (width >= 1) {
            QColor bar = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
            bar.setAlphaF(0.25f);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(bar);
            painter->drawRoundedRect(QRectF(area.topLeft(), QSizeF(width, area.height())), 2, 2);
        }
    }

    QColor color = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QString shown = text;
    if (empty && !selected) {
        color = opt.palette.color(group, QPalette::PlaceholderText);
    } else if (sign.isValid()) {
        shown = arrow(sign.toInt()) + text;
        if (!selected) {
            const QVariant tone = index.data(ResultTableModel::ChangeToneRole);
            color = changeColor(opt.palette, tone.isValid() ? tone.toInt() : sign.toInt());
        }
    }

    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    painter->setFont(opt.font);
    painter->setPen(color);
    const QString elided = opt.fontMetrics.elidedText(shown, opt.textElideMode, textRect.width());
    painter->drawText(textRect, int(opt.displayAlignment) | Qt::TextSingleLine, elided);
    painter->restore();
}

} // namespace es::ui
