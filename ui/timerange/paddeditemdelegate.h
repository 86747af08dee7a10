#pragma once
// Gives list rows some air above and below the text, so a short list of
// choices in a popup reads like a menu rather than a dense table.

#include <QStyledItemDelegate>

namespace es::ui {

class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PaddedItemDelegate(int verticalPadding, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_padding;
};

} // namespace es::ui
