#pragma once
// Sorts a ResultTableModel by raw values (so "9" sorts below "10" and
// "1.2 MB" above "900 KB") and filters its rows by the text of the label
// columns: dimension values and bucket times, not the numbers.

#include <QSortFilterProxyModel>
#include <vector>

namespace es::ui {

class ResultFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultFilterProxyModel(QObject *parent = nullptr);

    // Source rows in the order the proxy shows them.
    std::vector<int> sourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool isLabelColumn(int sourceColumn) const;
};

} // namespace es::ui
