#include "dashboard/dashboardpage.h"

#include "core/zonebucketer.h"
#include "dashboard/dashboardview.h"
#include "dashboard/filterbar.h"
#include "query/queryservice.h"
#include "settings/preferences.h"
#include "timerange/timerangepicker.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace es::ui {

namespace {

// Live dashboards look at the last 30 minutes and redraw about once a second.
constexpr int kLiveIntervalMs = 1000;

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_toolBar(new QToolBar(this)), m_picker(new TimeRangePicker(this)),
      m_granularity(new QComboBox(this)), m_comparison(new QComboBox(this)), m_bots(new QComboBox(this)),
      m_filters(new FilterBar(this)), m_view(new DashboardView(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    if (auto spec = RangeSpec::fromString(prefs::dashboardRange.get()))
        m_state.spec = *spec;
    m_state.comparison =
        comparisonFromName(prefs::dashboardComparison.get()).value_or(Comparison::PreviousPeriod);
    m_picker->setHistory(prefs::rangeHistory.get());
    m_picker->setSpec(m_state.spec);
    buildToolBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);

    connect(m_view, &DashboardView::filterRequested, this, &DashboardPage::addFilter);
    connect(m_view, &DashboardView::rangeSelected, this,
            [this](const TimeRange &r) { setRange(RangeSpec::absolute(r)); });
    connect(m_view, &DashboardView::specChanged, this, [this](const DashboardSpec &spec) {
        m_dashboard = spec;
        emit dashboardEdited(spec);
    });
    connect(m_view, &DashboardView::allPresented, this, [this] {
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_refreshStartedMs;
        emit statusMessage(tr("Updated %1 (%2 ms)")
                               .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                               .arg(ms));
        emit refreshed();
    });
    connect(m_filters, &FilterBar::removeRequested, this, &DashboardPage::removeFilter);
    connect(m_filters, &FilterBar::clearRequested, this, [this] {
        Step s = currentStep();
        s.filters.clear();
        apply(s);
    });
    connect(m_picker, &TimeRangePicker::specChanged, this, &DashboardPage::setRange);
    connect(m_picker, &TimeRangePicker::historyChanged, this,
            [](const QStringList &h) { prefs::rangeHistory.set(h); });
    connect(m_picker, &TimeRangePicker::timeZoneChanged, this, [this](const QByteArray &zone) {
        // The zone of this view; the workspace's stored zone is changed with
        // `eventscope analytics` so imports and queries agree.
        m_state.timeZone = zone;
        refresh();
    });
    m_liveTimer.setInterval(kLiveIntervalMs);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] { startRefresh(); });
    connect(&m_extentWatcher, &QFutureWatcher<DataExtent>::finished, this, [this] {
        if (m_extentWatcher.isCanceled())
            return;
        finishRefresh(m_extentWatcher.result(), QDateTime::currentMSecsSinceEpoch());
    });
    syncControls();
    updateNavigation();
}

DashboardPage::~DashboardPage()
{
    m_extentWatcher.waitForFinished();
}

void DashboardPage::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("dashboardToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_back = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Back"), this);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Undo the last change of range or filters (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    connect(m_back, &QAction::triggered, this, &DashboardPage::goBack);
    m_forward = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Forward"), this);
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("Redo the change undone with Back (%1)")
                              .arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    connect(m_forward, &QAction::triggered, this, &DashboardPage::goForward);
    m_toolBar->addAction(m_back);
    m_toolBar->addAction(m_forward);
    if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_back)))
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_forward)))
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_picker);

    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->setAccessibleName(tr("Granularity"));
    m_granularity->setToolTip(
        tr("Bucket size of charts over time; Auto picks 30 to 200 points for the range."));
    m_granularity->addItem(tr("Auto"), -1);
    const std::pair<Granularity, QString> grains[] = {
        {Granularity::Minute, tr("By minute")}, {Granularity::Hour, tr("By hour")},
        {Granularity::Day, tr("By day")},       {Granularity::Week, tr("By week")},
        {Granularity::Month, tr("By month")},   {Granularity::Quarter, tr("By quarter")},
        {Granularity::Year, tr("By year")},
    };
    for (const auto &[g, label] : grains)
        m_granularity->addItem(label, int(g));
    connect(m_granularity, &QComboBox::activated, this, [this] {
        Step s = currentStep();
        const int g = m_granularity->currentData().toInt();
        s.granularity = g < 0 ? std::nullopt : std::optional<Granularity>(Granularity(g));
        apply(s);
    });

    m_comparison->setObjectName(QStringLiteral("comparisonCombo"));
    m_comparison->setAccessibleName(tr("Comparison"));
    m_comparison->setToolTip(tr("Period to compare with: drawn dashed in charts, as a change in KPI tiles."));
    const std::pair<Comparison, QString> comparisons[] = {
        {Comparison::None, tr("No comparison")},
        {Comparison::PreviousPeriod, tr("vs previous period")},
        {Comparison::WeekOverWeek, tr("vs week before")},
        {Comparison::MonthOverMonth, tr("vs month before")},
        {Comparison::YearOverYear, tr("vs year before")},
    };
    for (const auto &[c, label] : comparisons)
        m_comparison->addItem(label, int(c));
    connect(m_comparison, &QComboBox::activated, this, [this] {
        Step s = currentStep();
        s.comparison = Comparison(m_comparison->currentData().toInt());
        prefs::dashboardComparison.set(comparisonName(s.comparison));
        apply(s);
    });

    m_bots->setObjectName(QStringLiteral("botsCombo"));
    m_bots->setAccessibleName(tr("Bots"));
    m_bots->setToolTip(tr("Which clients count. By default page views, visitors and sessions leave bots out; "
                          "hits and bytes include them."));
    m_bots->addItem(tr("Bots: default"), int(BotMode::Default));
    m_bots->addItem(tr("Bots included"), int(BotMode::Include));
    m_bots->addItem(tr("Bots excluded"), int(BotMode::Exclude));
    m_bots->addItem(tr("Bots only"), int(BotMode::Only));
    connect(m_bots, &QComboBox::activated, this, [this] {
        Step s = currentStep();
        s.bots = BotMode(m_bots->currentData().toInt());
        apply(s);
    });
    m_toolBar->addWidget(m_granularity);
    m_toolBar->addWidget(m_comparison);
    m_toolBar->addWidget(m_bots);
    m_toolBar->addSeparator();

    m_live = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Live"), this);
    m_live->setCheckable(true);
    m_live->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_live->setToolTip(tr("Refresh every second as new data is committed (%1)")
                           .arg(m_live->shortcut().toString(QKeySequence::NativeText)));
    m_live->setObjectName(QStringLiteral("liveAction"));
    connect(m_live, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_liveTimer.start();
            startRefresh();
        } else {
            m_liveTimer.stop();
        }
    });
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this);
    m_refresh->setShortcuts(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Query again (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, this, &DashboardPage::refresh);
    m_toolBar->addAction(m_live);
    m_toolBar->addAction(m_refresh);

    // Keyboard shortcuts for the common ranges.
    const std::pair<QString, QKeySequence> ranges[] = {
        {QStringLiteral("last-24h"), QKeySequence(Qt::CTRL | Qt::Key_1)},
        {QStringLiteral("last-7d"), QKeySequence(Qt::CTRL | Qt::Key_2)},
        {QStringLiteral("last-30d"), QKeySequence(Qt::CTRL | Qt::Key_3)},
        {QStringLiteral("last-90d"), QKeySequence(Qt::CTRL | Qt::Key_4)},
        {QStringLiteral("this-year"), QKeySequence(Qt::CTRL | Qt::Key_5)},
        {QStringLiteral("last-2y"), QKeySequence(Qt::CTRL | Qt::Key_6)},
        {QStringLiteral("all"), QKeySequence(Qt::CTRL | Qt::Key_0)},
    };
    for (const auto &[id, key] : ranges) {
        auto *a = new QAction(RangeSpec::presetLabel(id), this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, id = id] { setRange(RangeSpec::fromPreset(id)); });
        addAction(a);
        m_rangeActions << a;
    }
    // The picker's own actions (previous, next, zoom out, open) carry its
    // shortcuts; the View menu lists them too.
    m_rangeActions << m_picker->actions();
    addAction(m_back);
    addAction(m_forward);
}

void DashboardPage::setWorkspace(const WorkspaceInfo &info)
{
    m_info = info;
    if (!info.ok) {
        m_live->setChecked(false);
        m_view->clearService();
        return;
    }
    m_state.timeZone = info.timeZone;
    m_state.weekStart = info.weekStart;
    m_state.paramKeys = info.paramKeys;
    m_picker->setTimeZone(info.timeZone);
    m_picker->setWeekStart(info.weekStart);
    m_picker->setDataExtent(info.extent);
    m_backStack.clear();
    m_forwardStack.clear();
    m_state.filters.clear();
    syncControls();
    updateNavigation();
    finishRefresh(info.extent, QDateTime::currentMSecsSinceEpoch());
}

void DashboardPage::setDashboard(const DashboardSpec &spec)
{
    const bool wasLive = m_dashboard.live;
    m_dashboard = spec;
    m_view->setDashboard(spec);
    if (spec.live && !wasLive) {
        m_rangeBeforeLive = m_state.spec;
        m_haveRangeBeforeLive = true;
        m_state.spec = RangeSpec::fromPreset(QStringLiteral("last-30m"));
        m_state.granularity = Granularity::Minute;
        m_live->setChecked(true);
    } else if (!spec.live && wasLive) {
        m_live->setChecked(false);
        if (m_haveRangeBeforeLive)
            m_state.spec = m_rangeBeforeLive;
        m_state.granularity.reset();
    }
    syncControls();
    if (m_info.ok)
        refresh();
}

void DashboardPage::setStartRange(const RangeSpec &spec)
{
    m_state.spec = spec;
    syncControls();
}

bool DashboardPage::isLive() const
{
    return m_live->isChecked();
}

DashboardPage::Step DashboardPage::currentStep() const
{
    return Step{m_state.spec, m_state.granularity, m_state.comparison, m_state.filters, m_state.bots};
}

void DashboardPage::setStep(const Step &s)
{
    m_state.spec = s.spec;
    m_state.granularity = s.granularity;
    m_state.comparison = s.comparison;
    m_state.filters = s.filters;
    m_state.bots = s.bots;
    if (!m_dashboard.live)
        prefs::dashboardRange.set(s.spec.toString());
    syncControls();
    updateNavigation();
    refresh();
}

void DashboardPage::apply(const Step &step)
{
    const Step now = currentStep();
    if (step == now)
        return;
    m_backStack.push_back(now);
    if (m_backStack.size() > 50)
        m_backStack.erase(m_backStack.begin());
    m_forwardStack.clear();
    setStep(step);
}

void DashboardPage::goBack()
{
    if (m_backStack.empty())
        return;
    m_forwardStack.push_back(currentStep());
    const Step s = m_backStack.back();
    m_backStack.pop_back();
    setStep(s);
}

void DashboardPage::goForward()
{
    if (m_forwardStack.empty())
        return;
    m_backStack.push_back(currentStep());
    const Step s = m_forwardStack.back();
    m_forwardStack.pop_back();
    setStep(s);
}

void DashboardPage::updateNavigation()
{
    m_back->setEnabled(!m_backStack.empty());
    m_forward->setEnabled(!m_forwardStack.empty());
}

void DashboardPage::syncControls()
{
    m_syncing = true;
    m_picker->setSpec(m_state.spec);
    m_granularity->setCurrentIndex(
        std::max(0, m_granularity->findData(m_state.granularity ? int(*m_state.granularity) : -1)));
    m_comparison->setCurrentIndex(std::max(0, m_comparison->findData(int(m_state.comparison))));
    m_bots->setCurrentIndex(std::max(0, m_bots->findData(int(m_state.bots))));
    m_filters->setFilters(m_state.filters, m_state.paramKeys);
    m_syncing = false;
}

void DashboardPage::setRange(const RangeSpec &spec)
{
    Step s = currentStep();
    s.spec = spec;
    apply(s);
}

void DashboardPage::addFilter(const Filter &filter)
{
    Step s = currentStep();
    for (Filter &f : s.filters) {
        if (f.dimension == filter.dimension) {
            // A second value of the same dimension narrows to it, not to both.
            f.values = filter.values;
            apply(s);
            return;
        }
    }
    s.filters.push_back(filter);
    apply(s);
}

void DashboardPage::removeFilter(int index)
{
    Step s = currentStep();
    if (index < 0 || index >= int(s.filters.size()))
        return;
    s.filters.erase(s.filters.begin() + index);
    apply(s);
}

void DashboardPage::refresh()
{
    startRefresh();
}

void DashboardPage::startRefresh()
{
    if (!m_info.ok || !m_info.service)
        return;
    if (m_extentWatcher.isRunning()) {
        m_refreshQueued = true;
        return;
    }
    // The newest event moves while data arrives; "all data" and the status
    // need it. Two index probes, but still SQL: not on this thread.
    auto service = m_info.service;
    m_extentWatcher.setFuture(QtConcurrent::run([service] {
        DataExtent e;
        const std::int64_t oldest = service->oldestDataSecs();
        const std::int64_t newest = service->newestEventSecs();
        if (oldest != INT64_MIN && newest != INT64_MIN)
            e = DataExtent{oldest, newest};
        return e;
    }));
}

void DashboardPage::finishRefresh(const DataExtent &extent, std::int64_t nowMs)
{
    if (!m_info.ok)
        return;
    m_info.extent = extent;
    m_picker->setDataExtent(extent);
    const ZoneBucketer zone(m_state.timeZone.isEmpty() ? QByteArray("UTC") : m_state.timeZone);
    QString error;
    const auto range = resolveRange(m_state.spec, nowMs, zone, extent, &error);
    if (!range) {
        emit statusMessage(error);
        return;
    }
    m_state.range = *range;
    m_state.nowMs = nowMs;
    m_refreshStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_view->refresh(m_info.service, m_state);
    if (m_refreshQueued) {
        m_refreshQueued = false;
        startRefresh();
    }
}

} // namespace es::ui
