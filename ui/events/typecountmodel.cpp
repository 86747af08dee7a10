#include "events/typecountmodel.h"

#include <QFont>
#include <QLocale>

namespace es::ui {

void TypeCountModel::setCounts(std::vector<es::TypeCount> counts)
{
    beginResetModel();
    m_counts = std::move(counts);
    endResetModel();
}

std::int64_t TypeCountModel::total() const
{
    std::int64_t sum = 0;
    for (const es::TypeCount &c : m_counts)
        sum += c.count;
    return sum;
}

int TypeCountModel::rowCount(const QModelIndex &parent) const
{
    // The total comes last, once there is something to add up.
    return parent.isValid() || m_counts.empty() ? 0 : int(m_counts.size()) + 1;
}

int TypeCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TypeCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totalRow = index.row() == int(m_counts.size());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TypeColumn)
            return totalRow ? tr("All types") : m_counts[size_t(index.row())].type;
        return QLocale().toString(qlonglong(totalRow ? total() : m_counts[size_t(index.row())].count));
    case TypeRole:
        return totalRow ? QString() : m_counts[size_t(index.row())].type;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TypeCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TypeColumn ? tr("Type") : tr("Events");
}

} // namespace es::ui
