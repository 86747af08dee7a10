#include "workbench/sqlresultmodel.h"

#include "workbench/sqlworker.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace es::ui {

void SqlResultModel::reset(const QStringList &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    m_shown = 0;
    endResetModel();
}

void SqlResultModel::append(const QList<QVariantList> &rows)
{
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    // The first page shows at once; later ones when the view asks.
    if (m_shown < kPage)
        fetchMore({});
}

int SqlResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int SqlResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown || index.column() >= m_columns.size())
        return {};
    const QVariant &v = m_rows[size_t(index.row())].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return v.isNull() ? QStringLiteral("NULL") : sqlCellText(v);
    case Qt::ToolTipRole:
        return sqlCellText(v);
    case Qt::EditRole:
        return v;
    case Qt::ForegroundRole:
        if (v.isNull())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SqlResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    return section + 1;
}

bool SqlResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < int(m_rows.size());
}

void SqlResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min(kPage, int(m_rows.size()) - m_shown);
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

} // namespace es::ui
