#pragma once
// Top movers of a dimension for the Live dashboard: the last 15 minutes
// against the 15 minutes before, as top, rising and falling lists.

#include "charts/chartcard.h"

class QTabBar;
class QTableView;

namespace es::ui {

class MoversModel;

class MoversCard : public ChartCard
{
    Q_OBJECT
public:
    explicit MoversCard(const WidgetSpec &spec, QWidget *parent = nullptr);
    MoversModel *model() const { return m_model; }

protected:
    void start(QueryService &service, const ViewState &state) override;

private:
    QTabBar *m_tabs;
    QTableView *m_table;
    MoversModel *m_model;
    std::optional<DimensionId> m_dimension;
};

} // namespace es::ui
