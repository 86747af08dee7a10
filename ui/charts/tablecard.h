#pragma once
// A top-N table: the top values of a dimension with one or more metrics, bars
// behind the numbers, sortable by any column. Activating a row (click or
// Enter) filters the dashboard by its value.

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
    ResultTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    std::optional<DimensionId> m_dimension;
};

} // namespace es::ui
