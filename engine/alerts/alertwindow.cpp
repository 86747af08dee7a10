#include "alerts/alertwindow.h"

#include "core/zonebucketer.h"

namespace es {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// `t` moved back by `shift` in wall-clock time; in a DST gap, the first
// instant after the gap. Instants after t map past the gap, so the earliest
// one that exists maps to the change itself.
std::int64_t shiftOrGapEnd(const ZoneBucketer &zone, std::int64_t t, PeriodShift shift)
{
    if (const auto r = shiftBack(zone, t, shift))
        return *r;
    std::int64_t lo = t;            // maps into the gap
    std::int64_t hi = t + 3 * 3600; // no zone skips more than 3 hours
    if (!shiftBack(zone, hi, shift))
        return t - shift.days * std::int64_t(86400) - shift.seconds;
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (shiftBack(zone, mid, shift))
            hi = mid;
        else
            lo = mid;
    }
    return *shiftBack(zone, hi, shift);
}

Comparison comparisonOf(ChangeBaseline b)
{
    return b == ChangeBaseline::SameTimeLastWeek ? Comparison::WeekOverWeek : Comparison::PreviousPeriod;
}

} // namespace

AlertWindows alertWindows(const AlertRule &rule, std::int64_t atMs, const ZoneBucketer &zone)
{
    AlertWindows w;
    const std::int64_t end = floorDiv(atMs, 60'000) * 60;
    const AlertCondition &c = rule.condition;
    if (c.kind == AlertConditionKind::NoData) {
        w.current = {end - std::int64_t(c.noDataMinutes) * 60, end};
        return w;
    }
    Granularity period = Granularity::Day;
    switch (rule.window.kind) {
    case AlertWindowKind::Trailing:
        w.current = {end - std::int64_t(rule.window.minutes) * 60, end};
        break;
    case AlertWindowKind::Today:
        w.current = {zone.floor(end - 1, Granularity::Day), end};
        break;
    case AlertWindowKind::ThisWeek:
        period = Granularity::Week;
        w.current = {zone.floor(end - 1, Granularity::Week), end};
        break;
    }
    if (c.kind != AlertConditionKind::Change)
        return w;

    const Comparison cmp = comparisonOf(c.baseline);
    if (rule.window.kind == AlertWindowKind::Trailing) {
        w.previous = planComparison(zone, w.current, Granularity::Minute, cmp, false).previous;
        return w;
    }
    // A period so far compares with the same part of the period before: the
    // shift is that of the whole calendar period (one local day or week), not
    // the length of the part that has passed.
    const TimeRange whole{w.current.fromSecs, zone.next(w.current.fromSecs, period)};
    const PeriodShift shift = comparisonShift(zone, whole, period, cmp);
    w.previous = {shiftOrGapEnd(zone, w.current.fromSecs, shift),
                  shiftOrGapEnd(zone, w.current.toSecs, shift)};
    return w;
}

} // namespace es
