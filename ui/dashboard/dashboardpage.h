#pragma once
// The dashboard area: the toolbar (time range, granularity, comparison, bots,
// live, back and forward), the filter chips and the dashboard grid. It owns
// the view state, resolves the range against the clock on every refresh and
// keeps the back / forward history of view changes.

#include "dashboard/dashboardspec.h"
#include "dashboard/viewstate.h"
#include "mainwindow/workspacecontroller.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QToolBar;
class QToolButton;

namespace es::ui {

class DashboardView;
class FilterBar;
class TimeRangePicker;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setWorkspace(const WorkspaceInfo &info);
    void setDashboard(const DashboardSpec &spec);
    // The range to start with, without recording a step or storing it.
    void setStartRange(const RangeSpec &spec);
    const ViewState &state() const { return m_state; }
    DashboardView *view() const { return m_view; }
    TimeRangePicker *picker() const { return m_picker; }
    FilterBar *filterBar() const { return m_filters; }
    QToolBar *toolBar() const { return m_toolBar; }
    bool isLive() const;

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *liveAction() const { return m_live; }
    QList<QAction *> rangeActions() const { return m_rangeActions; }

    // The parts of the state the user changes, as one undoable step.
    struct Step
    {
        RangeSpec spec;
        std::optional<Granularity> granularity;
        Comparison comparison = Comparison::None;
        std::vector<Filter> filters;
        BotMode bots = BotMode::Default;
        friend bool operator==(const Step &, const Step &) = default;
    };
    void apply(const Step &step); // pushes the current step onto the back history

public slots:
    void refresh();
    void addFilter(const es::Filter &filter);
    void removeFilter(int index);
    void setRange(const es::RangeSpec &spec);
    void goBack();
    void goForward();

signals:
    void dashboardEdited(const es::ui::DashboardSpec &spec);
    // Every widget has shown the result of the last refresh.
    void refreshed();
    void statusMessage(const QString &text);

private:
    void buildToolBar();
    Step currentStep() const;
    void setStep(const Step &step);
    void syncControls();
    void updateNavigation();
    void startRefresh();
    void finishRefresh(const DataExtent &extent, std::int64_t nowMs);

    WorkspaceInfo m_info;
    ViewState m_state;
    DashboardSpec m_dashboard;
    RangeSpec m_rangeBeforeLive;
    bool m_haveRangeBeforeLive = false;
    QToolBar *m_toolBar;
    TimeRangePicker *m_picker;
    QComboBox *m_granularity;
    QComboBox *m_comparison;
    QComboBox *m_bots;
    FilterBar *m_filters;
    DashboardView *m_view;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_refresh;
    QAction *m_live;
    QList<QAction *> m_rangeActions;
    std::vector<Step> m_backStack;
    std::vector<Step> m_forwardStack;
    QTimer m_liveTimer;
    QFutureWatcher<DataExtent> m_extentWatcher;
    bool m_refreshQueued = false;
    bool m_syncing = false;
    qint64 m_refreshStartedMs = 0;
};

} // namespace es::ui
