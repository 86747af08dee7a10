#pragma once
// The state machine of an alert rule, as a pure function of (state,
// verdict of one observation, time), so that live evaluation, the catch-up
// over imported data and the rule editor's backtest behave identically.
//
//   Normal --breach--> Pending --held long enough--> Firing
//   Normal --breach, no pending period------------> Firing
//   Pending --no breach--> Normal
//   Firing --clear--> Recovering (keep-firing period) or Normal
//   Recovering --not clear--> Firing (the same incident goes on)
//   Recovering --clear for the keep-firing period--> Normal
//
// "Clear" means past the recovery level (hysteresis); a value between the
// mark and the recovery level keeps a firing rule firing and cancels a
// pending one. Timing is in the instants of the observations: wall-clock
// time when evaluating live, data time when catching up on imported data.

#include "alerts/alertrule.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace es {

enum class AlertState : int { Normal, Pending, Firing, Recovering };

QString alertStateName(AlertState s); // "normal", "pending", "firing", "recovering"
std::optional<AlertState> alertStateFromName(const QString &name);
QString alertStateTitle(AlertState s); // translated

// What one observation says about the condition.
enum class AlertVerdict : int {
    Breach,  // the condition holds
    Between, // between the mark and the recovery level
    Clear,   // at or past the recovery level
    Unknown, // nothing to judge: a ratio of nothing, an empty window, a percent change against 0
};

// What a notifier tells people about a step.
enum class AlertNotice : int { None, Fired, Reminder, Resolved };
QString alertNoticeName(AlertNotice n); // "", "fired", "reminder", "resolved"

struct AlertRuleState
{
    AlertState state = AlertState::Normal;
    std::int64_t sinceMs = 0;       // when the current state was entered
    std::int64_t breachSinceMs = 0; // Pending: first breach of the current run
    int consecutive = 0;            // Pending: breaching observations in a row
    std::int64_t clearSinceMs = 0;  // Recovering: first clear observation
    std::int64_t firedMs = 0;       // Firing, Recovering: when the incident fired
    std::int64_t lastNoticeMs = 0;  // Firing: when it fired or last reminded
    std::int64_t evaluatedMs = 0;   // the last observation; 0: never evaluated
    std::optional<double> lastValue;
    // The alert_history row of the incident in progress (kept by AlertStore;
    // 0 outside an incident or without a store).
    std::int64_t historyId = 0;

    bool isActive() const { return state == AlertState::Firing || state == AlertState::Recovering; }
    friend bool operator==(const AlertRuleState &, const AlertRuleState &) = default;
};

struct AlertStep
{
    AlertRuleState state; // after the observation
    AlertState from = AlertState::Normal;
    AlertState to = AlertState::Normal;
    AlertNotice notice = AlertNotice::None;

    bool changed() const { return from != to; }
};

// One observation at atMs (UTC ms). An Unknown verdict leaves the state as it
// is (only evaluatedMs moves).
AlertStep advanceAlert(const AlertTiming &timing, const AlertRuleState &state, AlertVerdict verdict,
                       std::int64_t atMs);

} // namespace es
