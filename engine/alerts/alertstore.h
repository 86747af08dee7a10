#pragma once
// Keeps alert rules, the state of each rule and the alert history in the
// workspace (tables alert_rules, alert_states, alert_history,
// alert_deliveries; docs/SCHEMA.md), so that firing alerts, pending periods
// and unacknowledged incidents survive a restart.
//
// It opens a read-write connection of its own; use one store per thread.
// An evaluation's history rows and the rule's new state are written in one
// transaction, so a crash never leaves a state that points at a missing
// incident, or an incident that the state forgot.

#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"
#include "alerts/alertstate.h"
#include "store/workspacedb.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace es {

// A rule is evaluated on two tracks that never share state: live, in
// wall-clock time, and catch-up, in the data time of imported data.
enum class AlertTrack : int { Live = 0, CatchUp = 1 };

// One attempt to deliver a notice on one channel ("popup", "email",
// "webhook:ops"), kept whether it worked or not.
struct AlertDelivery
{
    std::int64_t id = 0;
    std::int64_t historyId = 0;
    AlertNotice notice = AlertNotice::Fired;
    QString channel;
    bool ok = false;
    QString error; // what went wrong, for a failed attempt
    std::int64_t attemptedMs = 0;
};

struct AlertHistoryEntry
{
    std::int64_t id = 0;
    QString ruleId;
    QString ruleName; // as it was when the incident fired
    AlertSeverity severity = AlertSeverity::Warning;
    std::int64_t firedMs = 0;
    std::optional<double> value; // AlertEvent::value when it fired
    std::optional<double> threshold;
    std::optional<double> observed;
    std::optional<double> baseline;
    TimeRange window;            // UTC seconds
    std::int64_t resolvedMs = 0; // 0 while open
    std::optional<double> resolvedValue;
    int reminders = 0;
    bool historical = false;
    bool muted = false;
    QString ackedBy; // empty until acknowledged
    std::int64_t ackedMs = 0;

    // Every attempt to deliver its notices, oldest first; only filled in
    // when AlertHistoryFilter::withDeliveries asks for them.
    std::vector<AlertDelivery> deliveries;

    bool isOpen() const { return resolvedMs == 0; }
    bool isAcknowledged() const { return ackedMs != 0; }
};

struct AlertHistoryFilter
{
    QString ruleId;                  // empty: every rule
    std::int64_t fromMs = INT64_MIN; // fired at or after
    std::int64_t toMs = INT64_MAX;   // fired before
    bool historical = true;          // include incidents found in imported data
    bool openOnly = false;
    int limit = 1000; // newest first
    bool withDeliveries = false;
};

// Data time of a stretch of committed data, UTC ms, both ends included.
struct CommittedSpan
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    friend bool operator==(const CommittedSpan &, const CommittedSpan &) = default;
};

class AlertStore
{
    Q_DECLARE_TR_FUNCTIONS(es::AlertStore)
public:
    // Opens (and migrates) the workspace without the integrity check, which
    // the application runs once on its own connection.
    bool open(const QString &workspacePath);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }
    QString path() const { return m_db.path(); }

    // Rules in the order they were added.
    std::vector<AlertRule> rules();
    std::optional<AlertRule> rule(const QString &id);
    // Adds or replaces a rule after validating it (false with errorString()
    // naming every problem). A rule without an id gets one from its name. A
    // new rule watches data committed from now on; a rule whose metric,
    // filters, window, condition or timing changed starts over from Normal,
    // and its open incidents are resolved at nowMs.
    bool saveRule(AlertRule &rule, std::int64_t nowMs);
    // Removes the rule and its state; its history is kept, open incidents
    // are resolved at nowMs.
    bool removeRule(const QString &id, std::int64_t nowMs);

    AlertRuleState state(const QString &ruleId, AlertTrack track);
    // Writes history rows for `events` (in order: a firing adds an incident,
    // a reminder counts on it, a resolution closes it), sets each event's
    // historyId and state.historyId, and stores `state`, in one transaction.
    // A firing recorded before (same rule, instant and track) is not added
    // twice.
    bool record(const AlertRule &rule, AlertTrack track, AlertRuleState &state,
                std::vector<AlertEvent> &events);

    std::vector<AlertHistoryEntry> history(const AlertHistoryFilter &filter = {});
    std::optional<AlertHistoryEntry> incident(std::int64_t historyId);
    bool acknowledge(std::int64_t historyId, const QString &by, std::int64_t atMs);
    // Stores an attempt (sets d.id). Failed attempts are kept like any other.
    bool recordDelivery(AlertDelivery &d);
    std::vector<AlertDelivery> deliveries(std::int64_t historyId);

    // The notification channels of the workspace, as the JSON array the
    // desktop app and "eventscope alerts channels" read and write (they
    // hold no secret: passwords live in the system keychain). Empty when
    // none were saved.
    QByteArray channelsJson();
    bool saveChannelsJson(const QByteArray &json);

    // Catch-up bookkeeping over the writer's commit log (table commits).
    std::int64_t latestCommitId();
    std::int64_t commitCursor(const QString &ruleId);
    bool setCommitCursor(const QString &ruleId, std::int64_t commitId);
    // The data time covered by commits (afterId, upToId], merged into
    // disjoint spans in time order. A source's stretch starts where its
    // previous commit ended or, for its first commit, at the oldest record
    // of its files.
    std::vector<CommittedSpan> committedSpans(std::int64_t afterId, std::int64_t upToId);

private:
    bool fail(const QString &what);
    bool closeOpenIncidents(const QString &ruleId, std::int64_t nowMs);
    bool writeState(const QString &ruleId, AlertTrack track, const AlertRuleState &s);

    WorkspaceDb m_db;
    QString m_error;
};

} // namespace es
