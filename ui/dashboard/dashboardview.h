#pragma once
// One dashboard: its widgets in a grid of DashboardSpec::kColumns columns,
// in order, each spanning its columns and rows. Editing a widget (move,
// resize, remove, change) produces a new spec through specChanged(); the
// owner stores it and hands it back.

#include "dashboard/dashboardspec.h"
#include "dashboard/viewstate.h"

#include <QScrollArea>
#include <memory>

class QGridLayout;

namespace es {
class QueryService;
}

namespace es::ui {

class ChartCard;

class DashboardView : public QScrollArea
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setDashboard(const DashboardSpec &spec);
    const DashboardSpec &dashboard() const { return m_spec; }
    void refresh(const std::shared_ptr<QueryService> &service, const ViewState &state);
    // Lets go of the query service (the workspace was closed).
    void clearService() { m_service.reset(); }
    const std::vector<ChartCard *> &cards() const { return m_cards; }

    static ChartCard *createCard(const WidgetSpec &spec, QWidget *parent);

public slots:
    void addWidget();

signals:
    void specChanged(const es::ui::DashboardSpec &spec);
    void filterRequested(const es::Filter &filter);
    void rangeSelected(const es::TimeRange &range);
    // Every card has shown a result since the last refresh.
    void allPresented();

private:
    void rebuild();
    void editWidget(int index);
    void changeSpec(DashboardSpec spec);

    DashboardSpec m_spec;
    QWidget *m_canvas;
    QGridLayout *m_grid;
    std::vector<ChartCard *> m_cards;
    std::shared_ptr<QueryService> m_service;
    ViewState m_state;
    bool m_hasState = false;
    int m_waiting = 0;
};

} // namespace es::ui
