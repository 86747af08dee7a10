#include "timerange/paddeditemdelegate.h"

namespace es::ui {

PaddedItemDelegate::PaddedItemDelegate(int verticalPadding, QObject *parent)
    : QStyledItemDelegate(parent), m_padding(verticalPadding)
{}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += 2 * m_padding;
    return size;
}

} // namespace es::ui
