#include "models/resultfilterproxymodel.h"

#include "models/resulttablemodel.h"

#include <QRegularExpression>

namespace es::ui {

ResultFilterProxyModel::ResultFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResultTableModel::RawValueRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

std::vector<int> ResultFilterProxyModel::sourceRows() const
{
    std::vector<int> rows;
    if (columnCount() == 0)
        return rows;
    rows.reserve(size_t(rowCount()));
    for (int r = 0; r < rowCount(); ++r)
        rows.push_back(mapToSource(index(r, 0)).row());
    return rows;
}

bool ResultFilterProxyModel::isLabelColumn(int sourceColumn) const
{
    const auto *results = qobject_cast<const ResultTableModel *>(sourceModel());
    if (!results)
        return true; // another model: every column counts
    const es::ResultColumn &c = results->result().columns[size_t(sourceColumn)];
    return !ResultTableModel::isNumeric(c);
}

bool ResultFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QRegularExpression &re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        if (!isLabelColumn(c))
            continue;
        const QString text = m->data(m->index(sourceRow, c, sourceParent), filterRole()).toString();
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace es::ui
