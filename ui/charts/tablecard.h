#pragma once
// A top-N table: the top values of a dimension with one or more metrics, bars
// behind the numbers, sortable by any column. Activating a row (click or
// Enter) filters the dashboard by its value. A refresh of the same table
// (live data, a commit) keeps what the user was looking at: the sort, the
// selected row (by its value) and the scroll position.

#include "charts/chartcard.h"

class QSortFilterProxyModel;
class QTableView;

namespace es::ui {

class ResultTableModel;

class TableCard : public ChartCard
{
    Q_OBJECT
public:
    explicit TableCard(const WidgetSpec &spec, QWidget *parent = nullptr);
    ResultTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void start(QueryService &service, const ViewState &state) override;

private:
    // The text of the dimension cell of a source row; empty without one.
    QString keyOf(int sourceRow) const;
    void apply(const es::QueryResult &r);

    ResultTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    std::optional<DimensionId> m_dimension;
    QString m_shape; // dimension, metrics and top N of the table shown
};

} // namespace es::ui
