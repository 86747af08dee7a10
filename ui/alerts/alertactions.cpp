#include "alerts/alertactions.h"

#include "alerts/alertdispatcher.h"
#include "alerts/alertscontroller.h"
#include "alerts/alertsdialog.h"
#include "alerts/alerttoast.h"
#include "alerts/alerttray.h"
#include "alerts/channelsdialog.h"
#include "alerts/ruleeditordialog.h"
#include "alerts/toastmanager.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow/mainwindow.h"
#include "query/dimensions.h"
#include "settings/preferences.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QMenu>
#include <QTimeZone>
#include <algorithm>

namespace es::ui {

namespace {

constexpr qint64 kHourMs = 60 * 60'000;

bool showsMetric(const DashboardSpec &d, MetricId metric)
{
    if (d.live)
        return false; // the Live dashboard keeps its own range
    for (const WidgetSpec &w : d.widgets) {
        if (std::find(w.metrics.begin(), w.metrics.end(), metric) != w.metrics.end())
            return true;
    }
    return false;
}

} // namespace

AlertActions::AlertActions(MainWindow *window)
    : QObject(window), m_window(window), m_controller(new AlertsController(this)),
      m_toasts(new ToastManager(window, window->centralWidget(), this)),
      m_dispatcher(new AlertDispatcher(this)), m_tray(new AlertTray(window)),
      m_menu(new QMenu(tr("&Alerts"), window)), m_manage(new QAction(tr("&Manage Alerts…"), this)),
      m_muteAll(new QAction(tr("M&ute All Alerts for 1 Hour"), this)),
      m_channels(new QAction(tr("&Notification Channels…"), this))
{
    m_menu->setObjectName(QStringLiteral("alertsMenu"));
    m_manage->setObjectName(QStringLiteral("manageAlertsAction"));
    m_manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_manage->setStatusTip(tr("Create, edit and switch alert rules, and see the alert history"));
    m_muteAll->setObjectName(QStringLiteral("muteAllAlertsAction"));
    m_muteAll->setStatusTip(
        tr("No alert notices for an hour; rules are still evaluated and incidents recorded"));
    m_channels->setObjectName(QStringLiteral("notificationChannelsAction"));
    m_channels->setStatusTip(tr("Send alert notices to webhooks, Slack-compatible chats and e-mail"));
    m_manage->setEnabled(false);
    m_muteAll->setEnabled(false);
    m_channels->setEnabled(false);
    m_menu->addAction(m_manage);
    m_menu->addAction(m_channels);
    m_menu->addSeparator();
    m_menu->addAction(m_muteAll);
    connect(m_manage, &QAction::triggered, this, &AlertActions::manageAlerts);
    connect(m_channels, &QAction::triggered, this, &AlertActions::manageChannels);
    connect(m_muteAll, &QAction::triggered, this, &AlertActions::muteAll);
    // New and Edit open the rule editor with its backtest on the workspace.
    m_editor = [this](const AlertRule &rule, bool isNew, QWidget *parent) -> std::optional<AlertRule> {
        const WorkspaceInfo &info = m_controller->workspace();
        RuleEditorDialog editor(rule, info.service, info.paramKeys, parent);
        std::vector<AlertRule> others;
        for (const AlertRuleStatus &status : m_controller->rules())
            others.push_back(status.rule);
        editor.setOtherRules(std::move(others));
        editor.setWindowTitle(isNew ? tr("New Alert Rule") : tr("Edit Alert Rule"));
        if (editor.exec() != QDialog::Accepted)
            return std::nullopt;
        return editor.result();
    };

    connect(m_controller, &AlertsController::opened, this, [this] {
        m_manage->setEnabled(true);
        m_muteAll->setEnabled(true);
        m_channels->setEnabled(true);
    });
    connect(m_controller, &AlertsController::closed, this, [this] {
        m_manage->setEnabled(false);
        m_muteAll->setEnabled(false);
        m_channels->setEnabled(false);
        if (m_channelsDialog)
            m_channelsDialog->reject();
    });
    connect(m_controller, &AlertsController::channelsChanged, m_dispatcher, &AlertDispatcher::setChannels);
    connect(m_dispatcher, &AlertDispatcher::attempted, this, &AlertActions::onAttempted);
    connect(m_dispatcher, &AlertDispatcher::deliveryFailed, this, &AlertActions::statusMessage);
    connect(m_controller, &AlertsController::alertRaised, this, &AlertActions::onAlertRaised);
    connect(m_controller, &AlertsController::firingCountChanged, m_tray, &AlertTray::setFiringCount);
    connect(m_controller, &AlertsController::openFailed, this, &AlertActions::statusMessage);
    connect(m_controller, &AlertsController::operationFailed, this, &AlertActions::statusMessage);
    connect(m_controller, &AlertsController::ruleFailed, this,
            [this](const QString &, const QString &message) { emit statusMessage(message); });

    connect(m_toasts, &ToastManager::openRequested, this, &AlertActions::openEvent);
    connect(m_toasts, &ToastManager::acknowledgeRequested, this, [this](const AlertEvent &e) {
        if (e.historyId != 0)
            m_controller->acknowledge(e.historyId);
    });
    connect(m_toasts, &ToastManager::snoozeRequested, this, [this](const AlertEvent &e) {
        m_controller->snoozeRule(e.ruleId, kHourMs);
        emit statusMessage(tr("“%1” is snoozed for an hour.").arg(e.ruleName));
    });
    connect(m_toasts, &ToastManager::moreRequested, this, &AlertActions::showHistory);
    connect(m_tray, &AlertTray::showWindowRequested, this, &AlertActions::raiseWindow);
    connect(m_tray, &AlertTray::manageRequested, this, [this] {
        raiseWindow();
        manageAlerts();
    });
}

AlertActions::~AlertActions()
{
    shutdown();
}

AlertsDialog *AlertActions::dialog() const
{
    return m_dialog;
}

ChannelsDialog *AlertActions::channelsDialog() const
{
    return m_channelsDialog;
}

void AlertActions::setWorkspace(const WorkspaceInfo &info)
{
    m_toasts->clear();
    // Deliveries of the previous workspace's notices can no longer be
    // recorded in its history.
    m_dispatcher->cancelAll();
    m_controller->setWorkspace(info);
}

void AlertActions::shutdown()
{
    m_dispatcher->cancelAll();
    m_controller->close();
}

void AlertActions::setRuleEditor(RuleEditor editor)
{
    m_editor = std::move(editor);
    if (m_dialog)
        m_dialog->setEditingAvailable(bool(m_editor));
}

void AlertActions::manageAlerts()
{
    if (!m_dialog) {
        m_dialog = new AlertsDialog(m_controller, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setEditingAvailable(bool(m_editor));
        connect(m_dialog, &AlertsDialog::editRequested, this, &AlertActions::editRule);
    }
    // Modeless: alerts keep arriving while the rules are looked at.
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void AlertActions::showHistory()
{
    manageAlerts();
    m_dialog->showHistory();
}

void AlertActions::muteAll()
{
    m_controller->muteAll(kHourMs);
    emit statusMessage(tr("Alert notices are muted for an hour."));
}

void AlertActions::manageChannels()
{
    if (!m_controller->isOpen())
        return;
    if (!m_channelsDialog) {
        m_channelsDialog = new ChannelsDialog(m_controller->channels(), m_dispatcher, m_window);
        m_channelsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_channelsDialog, &ChannelsDialog::channelsAccepted, m_controller,
                &AlertsController::saveChannels);
    }
    m_channelsDialog->show();
    m_channelsDialog->raise();
    m_channelsDialog->activateWindow();
}

void AlertActions::onAttempted(const DeliveryAttempt &attempt)
{
    // Every attempt of a real notice is kept, failed ones included; a test
    // message belongs to no incident.
    if (!attempt.test && attempt.historyId != 0)
        m_controller->recordDelivery(attempt.toDelivery());
}

void AlertActions::editRule(const AlertRule &rule, bool isNew)
{
    if (!m_editor)
        return;
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog) : m_window;
    if (const std::optional<AlertRule> edited = m_editor(rule, isNew, parent))
        m_controller->saveRule(*edited);
}

void AlertActions::onAlertRaised(const AlertEvent &e)
{
    const std::optional<AlertRule> rule = m_controller->rule(e.ruleId);
    const QByteArray zone = m_controller->workspace().timeZone;
    m_toasts->showAlert(e, rule, zone);
    if (rule) {
        AlertNoticeContext context;
        context.workspaceName = QFileInfo(m_controller->workspace().path).completeBaseName();
        context.zone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone);
        if (!context.zone.isValid())
            context.zone = QTimeZone::utc();
        context.firedMs = e.notice == AlertNotice::Fired ? e.atMs : m_controller->firedMs(e.historyId);
        m_dispatcher->dispatch(e, *rule, context);
    }
    if (e.historyId != 0) {
        AlertDelivery d;
        d.historyId = e.historyId;
        d.notice = e.notice;
        d.channel = QStringLiteral("popup");
        d.ok = true;
        d.attemptedMs = QDateTime::currentMSecsSinceEpoch();
        m_controller->recordDelivery(d);
    }
    if (m_tray->windowInBackground()) {
        const QString title =
            e.notice == AlertNotice::Resolved ? tr("Resolved: %1").arg(e.ruleName) : e.ruleName;
        m_tray->notify(title, AlertToast::describeValue(e, rule), e.severity);
    }
}

void AlertActions::openEvent(const AlertEvent &e)
{
    DashboardPage *page = m_window->dashboardPage();
    const std::optional<AlertRule> rule = m_controller->rule(e.ruleId);
    const MetricId metric = rule ? rule->metric : MetricId::Hits;

    // The dashboard that shows the metric: the current one if it does, else
    // the first that does, else the first that is not Live.
    const auto &all = m_window->dashboards();
    QString target;
    const QString current = prefs::lastDashboard.get();
    for (const DashboardSpec &d : all) {
        if (d.id == current && showsMetric(d, metric))
            target = d.id;
    }
    for (const DashboardSpec &d : all) {
        if (target.isEmpty() && showsMetric(d, metric))
            target = d.id;
    }
    for (const DashboardSpec &d : all) {
        if (target.isEmpty() && !d.live)
            target = d.id;
    }
    if (!target.isEmpty())
        m_window->showDashboard(target);

    // The window the rule read, so the dashboard shows the number of the
    // notice; rules without one (no data) look at the minutes before.
    TimeRange window = e.window;
    if (window.isEmpty()) {
        const std::int64_t end = e.atMs / 60'000 * 60;
        const int minutes = rule && rule->condition.kind == AlertConditionKind::NoData
                                ? rule->condition.noDataMinutes
                                : (rule ? rule->window.minutes : 60);
        window = TimeRange{end - std::int64_t(minutes) * 60, end};
    }
    DashboardPage::Step step;
    step.spec = RangeSpec::absolute(window);
    step.comparison = page->state().comparison;
    step.filters = page->state().filters;
    step.bots = rule ? rule->bots : page->state().bots;
    const QStringList paramKeys = m_controller->workspace().paramKeys;
    if (rule) {
        for (const AlertFilter &f : rule->filters) {
            const std::optional<DimensionId> d = Dimensions::fromName(f.dimension, paramKeys);
            if (!d)
                continue;
            auto same = std::find_if(step.filters.begin(), step.filters.end(),
                                     [&](const Filter &x) { return x.dimension == *d; });
            if (same != step.filters.end())
                same->values = f.values;
            else
                step.filters.push_back(Filter{*d, f.values});
        }
    }
    // One step, so Back returns to what was shown before.
    page->apply(step);
    raiseWindow();
}

void AlertActions::raiseWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace es::ui
