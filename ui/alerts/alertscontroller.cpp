#include "alerts/alertscontroller.h"

#include "query/queryservice.h"
#include "store/workspacedb.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>
#include <algorithm>

namespace es::ui {

namespace {

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isDemoWorkspace(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() == QFileInfo(WorkspaceDb::demoPath()).absoluteFilePath();
}

// Who acknowledged: the login name, as the command line records it too.
QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? AlertsController::tr("desktop user") : user;
}

} // namespace

AlertsController::AlertsController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<es::AlertEvent>();
    qRegisterMetaType<es::AlertRule>();
    qRegisterMetaType<es::AlertHistoryEntry>();
    qRegisterMetaType<es::ui::AlertRuleStatus>();
    qRegisterMetaType<QList<es::ui::AlertRuleStatus>>();
    qRegisterMetaType<QList<es::AlertHistoryEntry>>();
}

AlertsController::~AlertsController()
{
    close();
}

std::optional<AlertRule> AlertsController::rule(const QString &id) const
{
    for (const AlertRuleStatus &s : m_rules) {
        if (s.rule.id == id)
            return s.rule;
    }
    return std::nullopt;
}

void AlertsController::setWorkspace(const WorkspaceInfo &info)
{
    close();
    m_info = info;
    if (!info.ok || !info.service)
        return;

    const int generation = ++m_generation;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("alerts"));
    m_engine = new AlertEngine;
    m_engine->setSettings(m_settings);
    m_engine->moveToThread(m_thread);
    // Deleted on its own thread as the thread ends, so its timers stop there.
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &AlertEngine::transition, this, [this, generation](const AlertEvent &e) {
        if (generation == m_generation)
            onTransition(e);
    });
    connect(m_engine, &AlertEngine::ruleFailed, this,
            [this, generation](const QString &ruleId, const QString &message) {
                if (generation == m_generation)
                    emit ruleFailed(ruleId, message);
            });
    connect(m_engine, &AlertEngine::evaluated, this, [this, generation](qint64, int events) {
        // States moved: the rules table and the badge follow.
        if (generation == m_generation && events > 0)
            refreshRules();
    });
    m_thread->start();

    const QString path = info.path;
    // The service is kept alive by m_info until the thread has ended.
    QueryService *service = info.service.get();
    const bool demo = isDemoWorkspace(path);
    onEngine([this, path, service, demo](AlertEngine &engine, const Reply &answer) {
        if (!engine.open(path, service)) {
            const QString error = engine.errorString();
            answer(
                [this, error] { emit openFailed(tr("Alerts are off for this workspace: %1").arg(error)); });
            return;
        }
        AlertStore &store = engine.store();
        QString seedError;
        // The demo workspace shows what alerts do from the first start.
        if (demo && store.rules().empty()) {
            for (AlertRule r : AlertRules::demoRules()) {
                if (!store.saveRule(r, nowMs()))
                    seedError = store.errorString();
            }
        }
        const QList<AlertRuleStatus> rules = loadRules(store);
        const QByteArray channelsJson = store.channelsJson();
        answer([this, rules, seedError, channelsJson] {
            m_open = true;
            setRules(rules);
            QString channelError;
            m_channels = NotificationChannels::parseList(channelsJson, &channelError);
            emit channelsChanged(m_channels);
            emit opened();
            if (!seedError.isEmpty())
                emit operationFailed(tr("The example alert rules could not be added: %1").arg(seedError));
            if (!channelError.isEmpty())
                emit operationFailed(
                    tr("Some notification channels of the workspace cannot be used: %1").arg(channelError));
        });
        // After the answer, so the rules are known when the first notices arrive.
        engine.start();
    });
}

void AlertsController::close()
{
    if (!m_thread)
        return;
    const bool wasOpen = m_open;
    ++m_generation; // answers still on their way belong to the old workspace
    m_engine->requestStop();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine = nullptr; // deleted as its thread finished
    m_open = false;
    m_info = WorkspaceInfo();
    m_rules.clear();
    m_firedAt.clear();
    if (!m_channels.isEmpty()) {
        m_channels.clear();
        emit channelsChanged(m_channels);
    }
    if (!m_firing.isEmpty()) {
        m_firing.clear();
        emit firingCountChanged(0);
    }
    if (wasOpen)
        emit closed();
}

void AlertsController::Reply::operator()(std::function<void()> answer) const
{
    // Posted from the engine's thread; the controller outlives that thread
    // (close() waits for it), and a later workspace makes the answer stale.
    AlertsController *c = controller;
    const int g = generation;
    QMetaObject::invokeMethod(
        c,
        [c, g, answer = std::move(answer)] {
            if (g == c->m_generation)
                answer();
        },
        Qt::QueuedConnection);
}

void AlertsController::onEngine(std::function<void(AlertEngine &, const Reply &)> work)
{
    if (!m_engine) {
        emit operationFailed(tr("No workspace is open. Open one, then try again."));
        return;
    }
    AlertEngine *engine = m_engine;
    const Reply reply{this, m_generation};
    QMetaObject::invokeMethod(
        engine, [engine, reply, work = std::move(work)] { work(*engine, reply); }, Qt::QueuedConnection);
}

QList<AlertRuleStatus> AlertsController::loadRules(AlertStore &store)
{
    QList<AlertRuleStatus> out;
    for (const AlertRule &r : store.rules()) {
        AlertRuleStatus s;
        s.rule = r;
        s.state = store.state(r.id, AlertTrack::Live);
        AlertHistoryFilter f;
        f.ruleId = r.id;
        f.limit = 1;
        const std::vector<AlertHistoryEntry> last = store.history(f);
        if (!last.empty()) {
            s.lastFiredMs = last.front().firedMs;
            s.lastHistoryId = last.front().id;
        }
        out.push_back(s);
    }
    return out;
}

std::int64_t AlertsController::firedMs(std::int64_t historyId) const
{
    if (const auto it = m_firedAt.constFind(historyId); it != m_firedAt.constEnd())
        return *it;
    for (const AlertRuleStatus &s : m_rules) {
        if (s.lastHistoryId == historyId)
            return s.lastFiredMs;
    }
    return 0;
}

void AlertsController::setRules(const QList<AlertRuleStatus> &rules)
{
    m_rules = rules;
    QSet<QString> firing;
    for (const AlertRuleStatus &s : rules) {
        if (s.rule.enabled && s.state.isActive())
            firing.insert(s.rule.id);
    }
    const bool changed = firing != m_firing;
    m_firing = firing;
    emit rulesChanged(m_rules);
    if (changed)
        emit firingCountChanged(firingCount());
}

void AlertsController::onTransition(const AlertEvent &e)
{
    emit transition(e);
    if (e.notice == AlertNotice::Fired && e.historyId != 0 && !e.historical)
        m_firedAt.insert(e.historyId, e.atMs);
    if (!e.historical) {
        const bool active = e.to == AlertState::Firing || e.to == AlertState::Recovering;
        const bool changed = active ? !m_firing.contains(e.ruleId) : m_firing.contains(e.ruleId);
        if (active)
            m_firing.insert(e.ruleId);
        else
            m_firing.remove(e.ruleId);
        if (changed)
            emit firingCountChanged(firingCount());
    }
    if (e.shouldNotify())
        emit alertRaised(e);
}

void AlertsController::dataCommitted()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &AlertEngine::dataCommitted, Qt::QueuedConnection);
}

void AlertsController::refreshRules()
{
    onEngine([this](AlertEngine &engine, const Reply &answer) {
        const QList<AlertRuleStatus> rules = loadRules(engine.store());
        answer([this, rules] { setRules(rules); });
    });
}

void AlertsController::saveRule(const AlertRule &rule)
{
    onEngine([this, rule](AlertEngine &engine, const Reply &answer) {
        AlertStore &store = engine.store();
        AlertRule saved = rule; // gets its id here
        if (!store.saveRule(saved, nowMs())) {
            const QString error = store.errorString();
            answer([this, error] { emit operationFailed(error); });
            return;
        }
        const QList<AlertRuleStatus> rules = loadRules(store);
        answer([this, saved, rules] {
            setRules(rules);
            emit ruleSaved(saved);
        });
    });
}

void AlertsController::changeRule(const QString &id, std::function<void(AlertRule &)> change)
{
    onEngine([this, id, change = std::move(change)](AlertEngine &engine, const Reply &answer) {
        AlertStore &store = engine.store();
        std::optional<AlertRule> r = store.rule(id);
        if (!r) {
            answer([this, id] {
                emit operationFailed(tr("The alert rule \"%1\" no longer exists.").arg(id));
                refreshRules();
            });
            return;
        }
        change(*r);
        if (!store.saveRule(*r, nowMs())) {
            const QString error = store.errorString();
            answer([this, error] { emit operationFailed(error); });
            return;
        }
        const QList<AlertRuleStatus> rules = loadRules(store);
        const AlertRule saved = *r;
        answer([this, saved, rules] {
            setRules(rules);
            emit ruleSaved(saved);
        });
    });
}

void AlertsController::removeRule(const QString &id)
{
    onEngine([this, id](AlertEngine &engine, const Reply &answer) {
        AlertStore &store = engine.store();
        if (!store.removeRule(id, nowMs())) {
            const QString error = store.errorString();
            answer([this, error] { emit operationFailed(error); });
            return;
        }
        const QList<AlertRuleStatus> rules = loadRules(store);
        answer([this, id, rules] {
            setRules(rules);
            emit ruleRemoved(id);
        });
    });
}

void AlertsController::setRuleEnabled(const QString &id, bool enabled)
{
    changeRule(id, [enabled](AlertRule &r) { r.enabled = enabled; });
}

void AlertsController::snoozeRule(const QString &id, qint64 forMs)
{
    changeRule(id, [forMs](AlertRule &r) { r.muteUntilMs = nowMs() + forMs; });
}

void AlertsController::muteAll(qint64 forMs)
{
    onEngine([this, forMs](AlertEngine &engine, const Reply &answer) {
        AlertStore &store = engine.store();
        const std::int64_t until = nowMs() + forMs;
        QString error;
        for (AlertRule r : store.rules()) {
            r.muteUntilMs = std::max(r.muteUntilMs, until);
            if (!store.saveRule(r, nowMs()))
                error = store.errorString();
        }
        const QList<AlertRuleStatus> rules = loadRules(store);
        answer([this, rules, error] {
            setRules(rules);
            if (!error.isEmpty())
                emit operationFailed(error);
        });
    });
}

void AlertsController::acknowledge(qint64 historyId)
{
    onEngine([this, historyId](AlertEngine &engine, const Reply &answer) {
        AlertStore &store = engine.store();
        if (!store.acknowledge(historyId, currentUser(), nowMs())) {
            const QString error = store.errorString();
            answer([this, error] { emit operationFailed(error); });
            return;
        }
        answer([this, historyId] { emit acknowledged(historyId); });
    });
}

int AlertsController::loadHistory(const AlertHistoryFilter &filter)
{
    const int request = ++m_historyRequest;
    onEngine([this, filter, request](AlertEngine &engine, const Reply &answer) {
        const std::vector<AlertHistoryEntry> entries = engine.store().history(filter);
        const QList<AlertHistoryEntry> list(entries.begin(), entries.end());
        answer([this, request, list] { emit historyLoaded(request, list); });
    });
    return request;
}

void AlertsController::recordDelivery(const AlertDelivery &delivery)
{
    onEngine([this, delivery](AlertEngine &engine, const Reply &answer) {
        AlertStore &store = engine.store();
        AlertDelivery d = delivery;
        if (!store.recordDelivery(d)) {
            const QString error = store.errorString();
            answer([this, error] { emit operationFailed(error); });
        }
    });
}

void AlertsController::saveChannels(const QList<NotificationChannel> &channels)
{
    const QByteArray json = NotificationChannels::serializeList(channels);
    onEngine([this, channels, json](AlertEngine &engine, const Reply &answer) {
        AlertStore &store = engine.store();
        if (!store.saveChannelsJson(json)) {
            const QString error = store.errorString();
            answer([this, error] { emit operationFailed(error); });
            return;
        }
        answer([this, channels] {
            m_channels = channels;
            emit channelsChanged(m_channels);
        });
    });
}

} // namespace es::ui
