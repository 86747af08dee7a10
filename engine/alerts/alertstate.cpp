#include "alerts/alertstate.h"

#include <QCoreApplication>

namespace es {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;

const char *const kStateNames[] = {"normal", "pending", "firing", "recovering"};

bool pendingDone(const AlertTiming &t, const AlertRuleState &s, std::int64_t atMs)
{
    if (t.pendingEvaluations > 0)
        return s.consecutive >= t.pendingEvaluations;
    return atMs - s.breachSinceMs >= std::int64_t(t.pendingMinutes) * kMinuteMs;
}

void enter(AlertStep &step, AlertState to, std::int64_t atMs)
{
    step.to = to;
    step.state.state = to;
    step.state.sinceMs = atMs;
}

} // namespace

QString alertStateName(AlertState s)
{
    return QString::fromLatin1(kStateNames[int(s)]);
}

std::optional<AlertState> alertStateFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kStateNames[i]))
            return AlertState(i);
    }
    return std::nullopt;
}

QString alertStateTitle(AlertState s)
{
    switch (s) {
    case AlertState::Normal:
        return QCoreApplication::translate("es::AlertState", "Normal");
    case AlertState::Pending:
        return QCoreApplication::translate("es::AlertState", "Pending");
    case AlertState::Firing:
        return QCoreApplication::translate("es::AlertState", "Firing");
    case AlertState::Recovering:
        return QCoreApplication::translate("es::AlertState", "Recovering");
    }
    return {};
}

QString alertNoticeName(AlertNotice n)
{
    switch (n) {
    case AlertNotice::None:
        break;
    case AlertNotice::Fired:
        return QStringLiteral("fired");
    case AlertNotice::Reminder:
        return QStringLiteral("reminder");
    case AlertNotice::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

AlertStep advanceAlert(const AlertTiming &timing, const AlertRuleState &state, AlertVerdict verdict,
                       std::int64_t atMs)
{
    AlertStep step;
    step.state = state;
    step.from = step.to = state.state;
    step.state.evaluatedMs = atMs;
    if (verdict == AlertVerdict::Unknown)
        return step;
    AlertRuleState &s = step.state;

    auto fire = [&] {
        enter(step, AlertState::Firing, atMs);
        step.notice = AlertNotice::Fired;
        s.firedMs = atMs;
        s.lastNoticeMs = atMs;
        s.consecutive = 0;
    };
    auto resolve = [&] {
        enter(step, AlertState::Normal, atMs);
        step.notice = AlertNotice::Resolved;
        s.breachSinceMs = s.clearSinceMs = s.firedMs = s.lastNoticeMs = 0;
        s.consecutive = 0;
    };

    switch (state.state) {
    case AlertState::Normal:
        if (verdict != AlertVerdict::Breach)
            break;
        s.breachSinceMs = atMs;
        s.consecutive = 1;
        if (pendingDone(timing, s, atMs))
            fire();
        else
            enter(step, AlertState::Pending, atMs);
        break;
    case AlertState::Pending:
        if (verdict != AlertVerdict::Breach) {
            // A pending rule needs the condition to hold without a break;
            // the hysteresis band is a break too.
            enter(step, AlertState::Normal, atMs);
            s.breachSinceMs = 0;
            s.consecutive = 0;
            break;
        }
        ++s.consecutive;
        if (pendingDone(timing, s, atMs))
            fire();
        break;
    case AlertState::Firing:
        if (verdict == AlertVerdict::Clear) {
            if (timing.keepFiringMinutes > 0) {
                enter(step, AlertState::Recovering, atMs);
                s.clearSinceMs = atMs;
            } else {
                resolve();
            }
        } else if (timing.repeatMinutes > 0 &&
                   atMs - s.lastNoticeMs >= std::int64_t(timing.repeatMinutes) * kMinuteMs) {
            step.notice = AlertNotice::Reminder;
            s.lastNoticeMs = atMs;
        }
        break;
    case AlertState::Recovering:
        if (verdict != AlertVerdict::Clear) {
            enter(step, AlertState::Firing, atMs);
            s.clearSinceMs = 0;
        } else if (atMs - s.clearSinceMs >= std::int64_t(timing.keepFiringMinutes) * kMinuteMs) {
            resolve();
        }
        break;
    }
    return step;
}

} // namespace es
