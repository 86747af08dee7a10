#pragma once
// The alerts of the open workspace, for the desktop application: runs the
// alert engine on a worker thread of its own, tells it about every commit of
// imports and Kafka consumers, and hands its live notices to the GUI thread.
// Reading and changing rules and the history also runs on that thread (the
// engine's store is its connection), and every answer comes back as a
// signal, so the GUI thread never waits for SQLite.

#include "alerts/alertengine.h"
#include "alerts/notificationchannel.h"
#include "mainwindow/workspacecontroller.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <optional>

class QThread;

namespace es::ui {

// A rule with its live state, as the rules table shows it.
struct AlertRuleStatus
{
    es::AlertRule rule;
    es::AlertRuleState state;     // live track
    std::int64_t lastFiredMs = 0; // the newest incident, live or historical; 0: never
    std::int64_t lastHistoryId = 0;
};

class AlertsController : public QObject
{
    Q_OBJECT
public:
    explicit AlertsController(QObject *parent = nullptr);
    ~AlertsController() override; // stops the engine and waits for its thread

    // Stops the engine of the previous workspace and starts one for `info`
    // (nothing for a workspace that is not ok). Opening runs on the worker
    // thread; opened() or openFailed() tells how it went.
    void setWorkspace(const WorkspaceInfo &info);
    // Stops the engine: interrupts an evaluation, then quit() + wait().
    void close();
    bool isOpen() const { return m_open; }
    const WorkspaceInfo &workspace() const { return m_info; }

    // Used by the next setWorkspace(); tests shorten the commit delay and
    // keep the timer out of the way.
    void setEngineSettings(const es::AlertEngineSettings &settings) { m_settings = settings; }

    // The rules as last loaded (every change and every evaluation with
    // events reloads them).
    const QList<AlertRuleStatus> &rules() const { return m_rules; }
    std::optional<es::AlertRule> rule(const QString &id) const;
    // The workspace's notification channels, as last loaded or saved.
    const QList<NotificationChannel> &channels() const { return m_channels; }
    // When incident `historyId` fired, if this session saw it fire or it is
    // a rule's latest incident; 0 when unknown.
    std::int64_t firedMs(std::int64_t historyId) const;
    // Live incidents that are firing or recovering.
    int firingCount() const { return int(m_firing.size()); }

public slots:
    // New data was committed: the engine evaluates what is due.
    void dataCommitted();
    void refreshRules();
    // Adds or replaces a rule (an empty id gets one from the name).
    void saveRule(const es::AlertRule &rule);
    void removeRule(const QString &id);
    void setRuleEnabled(const QString &id, bool enabled);
    // Notices of the rule are held back until now + forMs (still recorded).
    void snoozeRule(const QString &id, qint64 forMs = 60 * 60'000);
    void muteAll(qint64 forMs = 60 * 60'000);
    void acknowledge(qint64 historyId);
    // Answers with historyLoaded(request, ...); a newer request makes older
    // answers stale, which the caller recognises by the number.
    int loadHistory(const es::AlertHistoryFilter &filter);
    // Keeps an attempt to deliver a notice on a channel ("popup",
    // "webhook:ops", ...), whether it worked or not.
    void recordDelivery(const es::AlertDelivery &delivery);
    // Stores the channels in the workspace; channelsChanged() follows.
    void saveChannels(const QList<es::ui::NotificationChannel> &channels);

signals:
    void opened();
    void openFailed(const QString &message);
    void closed();
    void rulesChanged(const QList<es::ui::AlertRuleStatus> &rules);
    void ruleSaved(const es::AlertRule &rule);
    void ruleRemoved(const QString &id);
    void acknowledged(qint64 historyId);
    void historyLoaded(int request, const QList<es::AlertHistoryEntry> &entries);
    void channelsChanged(const QList<es::ui::NotificationChannel> &channels);
    // Every state change and reminder the engine reports, live or historical.
    void transition(const es::AlertEvent &event);
    // A live notice that should reach people (AlertEvent::shouldNotify()).
    void alertRaised(const es::AlertEvent &event);
    void firingCountChanged(int count);
    // A rule could not be evaluated, or an operation failed; in plain words.
    void ruleFailed(const QString &ruleId, const QString &message);
    void operationFailed(const QString &message);

private:
    // Posts an answer from the engine's thread to the GUI thread; dropped
    // if the workspace changed meanwhile.
    struct Reply
    {
        AlertsController *controller;
        int generation;
        void operator()(std::function<void()> answer) const;
    };
    // Runs `work` on the engine's thread with its store.
    void onEngine(std::function<void(es::AlertEngine &, const Reply &)> work);
    // On the engine's thread: saves the rule changed by `change`, then
    // reloads the rules.
    void changeRule(const QString &id, std::function<void(es::AlertRule &)> change);
    void setRules(const QList<AlertRuleStatus> &rules);
    void onTransition(const es::AlertEvent &event);
    // On the engine's thread.
    static QList<AlertRuleStatus> loadRules(es::AlertStore &store);

    WorkspaceInfo m_info;
    es::AlertEngineSettings m_settings;
    QThread *m_thread = nullptr;
    es::AlertEngine *m_engine = nullptr; // lives on m_thread
    int m_generation = 0;
    int m_historyRequest = 0;
    bool m_open = false;
    QList<AlertRuleStatus> m_rules;
    QList<NotificationChannel> m_channels;
    QHash<std::int64_t, std::int64_t> m_firedAt; // history id -> fired ms, seen live
    QSet<QString> m_firing;
};

} // namespace es::ui

Q_DECLARE_METATYPE(es::ui::AlertRuleStatus)
Q_DECLARE_METATYPE(es::AlertHistoryEntry)
Q_DECLARE_METATYPE(es::AlertRule)
