#pragma once
// The rows of an SQL console statement: they arrive in batches from the
// worker and are shown a page at a time (canFetchMore/fetchMore), so a view
// scrolls through hundreds of thousands of rows without laying out all of
// them at once.

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace es::ui {

class SqlResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    static constexpr int kPage = 1000;

    void reset(const QStringList &columns);
    void append(const QList<QVariantList> &rows);
    void clear() { reset({}); }

    qint64 receivedRows() const { return qint64(m_rows.size()); }
    const QStringList &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QStringList m_columns;
    std::vector<QVariantList> m_rows;
    int m_shown = 0;
};

} // namespace es::ui
