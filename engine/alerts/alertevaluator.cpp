#include "alerts/alertevaluator.h"

#include <cmath>

namespace es {

namespace {

AlertVerdict judge(bool breach, bool clear)
{
    return breach ? AlertVerdict::Breach : clear ? AlertVerdict::Clear : AlertVerdict::Between;
}

AlertCheck checkChange(const AlertCondition &c, const AlertObservation &o)
{
    AlertCheck r;
    if (!o.value || !o.previous)
        return r;
    const double current = *o.value;
    const double previous = *o.previous;
    double change = current - previous;
    if (c.unit == ChangeUnit::Percent) {
        if (previous == 0)
            return r; // no percentage of nothing
        // Multiplied first, so that 70 against 100 is exactly -30.
        change = change * 100.0 / std::abs(previous);
    }
    double magnitude = 0;
    double sign = 1;
    switch (c.direction) {
    case ChangeDirection::Up:
        magnitude = change;
        break;
    case ChangeDirection::Down:
        magnitude = -change;
        sign = -1;
        break;
    case ChangeDirection::Either:
        magnitude = std::abs(change);
        sign = change < 0 ? -1 : 1;
        break;
    }
    const double recovery = c.recoveryAmount.value_or(c.amount);
    r.measured = change;
    r.threshold = sign * c.amount;
    r.recovery = sign * recovery;
    r.verdict = judge(magnitude >= c.amount, magnitude < recovery);
    return r;
}

} // namespace

AlertCheck checkCondition(const AlertCondition &c, const AlertObservation &o)
{
    if (c.kind == AlertConditionKind::Change)
        return checkChange(c, o);
    AlertCheck r;
    if (c.kind == AlertConditionKind::NoData) {
        const double v = o.value.value_or(0);
        r.measured = v;
        r.threshold = c.noDataMinutes;
        r.verdict = v == 0 ? AlertVerdict::Breach : AlertVerdict::Clear;
        return r;
    }
    if (!o.value)
        return r;
    const double v = *o.value;
    r.measured = v;
    switch (c.kind) {
    case AlertConditionKind::Above:
        r.threshold = c.high;
        r.recovery = c.recoveryHigh.value_or(c.high);
        r.verdict = judge(v > c.high, v <= *r.recovery);
        break;
    case AlertConditionKind::Below:
        r.threshold = c.low;
        r.recovery = c.recoveryLow.value_or(c.low);
        r.verdict = judge(v < c.low, v >= *r.recovery);
        break;
    case AlertConditionKind::Outside: {
        const double lo = c.recoveryLow.value_or(c.low);
        const double hi = c.recoveryHigh.value_or(c.high);
        // The side the value is on names the mark and the recovery level.
        const bool upper = v > (c.low + c.high) / 2;
        r.threshold = upper ? c.high : c.low;
        r.recovery = upper ? hi : lo;
        r.verdict = judge(v < c.low || v > c.high, v >= lo && v <= hi);
        break;
    }
    case AlertConditionKind::Change:
    case AlertConditionKind::NoData:
        break;
    }
    return r;
}

AlertOutcome AlertEvaluator::evaluate(const AlertRule &rule, const AlertRuleState &state,
                                      const AlertObservation &obs, bool historical, std::int64_t nowMs)
{
    AlertOutcome out;
    out.check = checkCondition(rule.condition, obs);
    const AlertStep step = advanceAlert(rule.timing, state, out.check.verdict, obs.atMs);
    out.state = step.state;
    if (out.check.verdict != AlertVerdict::Unknown)
        out.state.lastValue = out.check.measured;
    if (!step.changed() && step.notice == AlertNotice::None)
        return out;

    AlertEvent e;
    e.ruleId = rule.id;
    e.ruleName = rule.name;
    e.severity = rule.severity;
    e.from = step.from;
    e.to = step.to;
    e.notice = step.notice;
    e.atMs = obs.atMs;
    e.value = out.check.measured;
    e.threshold = step.notice == AlertNotice::Resolved || step.to == AlertState::Recovering
                      ? out.check.recovery
                      : out.check.threshold;
    e.observed = rule.condition.kind == AlertConditionKind::NoData ? obs.value.value_or(0) : obs.value;
    e.baseline = obs.previous;
    e.window = obs.window;
    e.previousWindow = obs.previousWindow;
    e.historical = historical;
    e.muted = !historical && rule.isMuted(nowMs);
    e.historyId = state.historyId;
    out.events.push_back(e);
    return out;
}

AlertBacktest AlertEvaluator::backtest(const AlertRule &rule, std::span<const AlertSample> series)
{
    AlertBacktest result;
    AlertRuleState state;
    for (const AlertSample &sample : series) {
        AlertObservation obs;
        obs.atMs = sample.atMs;
        obs.value = sample.value;
        obs.previous = sample.previous;
        AlertOutcome out = evaluate(rule, state, obs, true, 0);
        state = out.state;
        for (AlertEvent &e : out.events) {
            if (e.notice == AlertNotice::Fired)
                result.episodes.push_back(AlertEpisode{e.atMs, 0, e.value, e.threshold, 0});
            else if (e.notice == AlertNotice::Reminder && !result.episodes.empty())
                ++result.episodes.back().reminders;
            else if (e.notice == AlertNotice::Resolved && !result.episodes.empty())
                result.episodes.back().resolvedMs = e.atMs;
            result.events.push_back(std::move(e));
        }
    }
    result.finalState = state;
    return result;
}

} // namespace es
