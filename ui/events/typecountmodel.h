#pragma once
// Events per type for the event browser's filter (RawEventSearch::
// countByType), most frequent first, with a total. Its rows let the user
// pick a type by clicking it.

#include "store/rawevents.h"

#include <QAbstractTableModel>
#include <vector>

namespace es::ui {

class TypeCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, CountColumn, ColumnCount };
    static constexpr int TypeRole = Qt::UserRole + 1; // the type name; empty on the total row

    using QAbstractTableModel::QAbstractTableModel;

    void setCounts(std::vector<es::TypeCount> counts);
    const std::vector<es::TypeCount> &counts() const { return m_counts; }
    std::int64_t total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<es::TypeCount> m_counts;
};

} // namespace es::ui
