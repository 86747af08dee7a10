#pragma once
// Judges observations of a rule's metric against its condition and runs the
// state machine (alertstate.h) on them. Pure: values and time come in, the
// next state and the events come out, so live evaluation (AlertEngine), the
// catch-up over imported data and the rule editor's backtest share it.

#include "alerts/alertrule.h"
#include "alerts/alertstate.h"
#include "query/timerange.h"

#include <QMetaType>
#include <QString>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace es {

// The metric of a rule over its window, as read at one instant.
struct AlertObservation
{
    std::int64_t atMs = 0;          // the instant evaluated (UTC ms)
    std::optional<double> value;    // over the window; nullopt when there is none (a ratio of nothing)
    std::optional<double> previous; // change rules: over the baseline window
    TimeRange window;               // what was read (for the history); may be empty
    TimeRange previousWindow;
};

// What the condition makes of one observation.
struct AlertCheck
{
    AlertVerdict verdict = AlertVerdict::Unknown;
    // The number compared: the value; for change rules the change in percent
    // or absolute (negative for a fall); for no-data rules the count over the
    // last N minutes.
    std::optional<double> measured;
    // The mark it is compared with (the one crossed, for a band; for change
    // rules signed like the change; for no-data rules the N minutes).
    std::optional<double> threshold;
    // The level at which a firing rule recovers (the mark without hysteresis).
    std::optional<double> recovery;
};

AlertCheck checkCondition(const AlertCondition &c, const AlertObservation &o);

// One state change or reminder of a rule.
struct AlertEvent
{
    QString ruleId;
    QString ruleName;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertState from = AlertState::Normal;
    AlertState to = AlertState::Normal;
    AlertNotice notice = AlertNotice::None;
    std::int64_t atMs = 0;           // the instant observed: wall-clock time live, data time when historical
    std::optional<double> value;     // AlertCheck::measured
    std::optional<double> threshold; // Fired, Reminder: the mark; Resolved: the recovery level
    std::optional<double> observed;  // the metric over the window
    std::optional<double> baseline;  // change rules: the metric over the baseline window
    TimeRange window;
    TimeRange previousWindow;
    // Found in data imported after the fact (docs/ALERTS.md, "Historical
    // catch-up"): recorded, never notified.
    bool historical = false;
    // The rule was muted: recorded, not notified.
    bool muted = false;
    std::int64_t historyId = 0; // alert_history row, once recorded

    // Whether a notifier should deliver it: firing, reminders and
    // resolutions of live, unmuted rules.
    bool shouldNotify() const { return notice != AlertNotice::None && !historical && !muted; }
};

struct AlertOutcome
{
    AlertRuleState state;
    AlertCheck check;
    std::vector<AlertEvent> events; // at most one per observation
};

// One value of a metric series for backtest(): the value of the rule's
// window ending at atMs (usually a bucket value observed at the bucket's
// end) and, for change rules, the baseline's value.
struct AlertSample
{
    std::int64_t atMs = 0;
    std::optional<double> value;
    std::optional<double> previous;
};

// One incident of a backtest: from firing to resolution.
struct AlertEpisode
{
    std::int64_t firedMs = 0;
    std::int64_t resolvedMs = 0; // 0: still active at the end of the series
    std::optional<double> value; // the measured value when it fired
    std::optional<double> threshold;
    int reminders = 0;
};

struct AlertBacktest
{
    std::vector<AlertEvent> events;
    std::vector<AlertEpisode> episodes;
    AlertRuleState finalState;
};

class AlertEvaluator
{
public:
    // One observation of `rule`: the condition, then the state machine.
    // Events are marked historical as told, and muted when the rule is muted
    // at the wall-clock instant nowMs.
    static AlertOutcome evaluate(const AlertRule &rule, const AlertRuleState &state,
                                 const AlertObservation &obs, bool historical, std::int64_t nowMs);

    // Where the rule, with its pending period, hysteresis, keep-firing
    // period and reminders, would have fired and recovered over `series`
    // (in time order), starting from Normal. Nothing is notified or stored.
    static AlertBacktest backtest(const AlertRule &rule, std::span<const AlertSample> series);
};

} // namespace es

Q_DECLARE_METATYPE(es::AlertEvent)
