#include "dashboard/viewstate.h"

namespace es::ui {

Granularity ViewState::effectiveGranularity() const
{
    return granularity.value_or(autoGranularity(range, nowMs / 1000));
}

Query ViewState::baseQuery() const
{
    Query q;
    q.range = range;
    q.timeZone = timeZone;
    q.weekStart = weekStart;
    q.filters = filters;
    q.bots = bots;
    return q;
}

Granularity autoGranularity(TimeRange range, std::int64_t nowSecs)
{
    constexpr std::int64_t kHour = 3600, kDay = 86400;
    const std::int64_t d = range.duration();
    const std::int64_t age = nowSecs - range.fromSecs;
    Granularity g;
    if (d <= 3 * kHour)
        g = Granularity::Minute;
    else if (d <= 8 * kDay)
        g = Granularity::Hour;
    else if (d <= 200 * kDay)
        g = Granularity::Day;
    else if (d <= 1400 * kDay)
        g = Granularity::Week;
    else if (d <= 16 * 365 * kDay)
        g = Granularity::Month;
    else
        g = Granularity::Year;
    // Minute rows are kept for 7 days and hour rows for 90 (docs/SCHEMA.md);
    // asking finer than what exists would give an empty or refused chart.
    if (g == Granularity::Minute && age > 7 * kDay)
        g = Granularity::Hour;
    if (g == Granularity::Hour && age > 90 * kDay)
        g = Granularity::Day;
    return g;
}

} // namespace es::ui
