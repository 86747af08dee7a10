#pragma once
// Paints result cells the way dashboards read at a glance: a faint bar behind
// each metric value, as long as its share of the column's largest value, and
// changes in green or red with an arrow. Reads the roles of ResultTableModel;
// other cells paint as usual.

#include <QStyledItemDelegate>

namespace es::ui {

class BarCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BarCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Text colour of a change that is good (tone 1) or bad (tone -1) news,
    // dark on light palettes and light on dark ones so it stays readable.
    static QColor changeColor(const QPalette &palette, int tone);
    // "▲ " or "▼ " for a sign of 1 or -1, else empty.
    static QString arrow(int sign);
};

} // namespace es::ui
