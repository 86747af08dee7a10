#include "query/timerange.h"

#include "core/timeparse.h"
#include "core/zonebucketer.h"

#include <algorithm>
#include <cmath>

namespace es {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

std::int64_t localSecs(const ZoneBucketer &zone, std::int64_t utcSecs)
{
    return utcSecs + zone.offsetAt(utcSecs);
}

// Months since year 0 of the local date of an instant.
std::int64_t localMonthIndex(const ZoneBucketer &zone, std::int64_t utcSecs)
{
    int y;
    unsigned m, d;
    civilFromDays(floorDiv(localSecs(zone, utcSecs), 86400), y, m, d);
    return std::int64_t(y) * 12 + (m - 1);
}

unsigned daysInMonth(int y, unsigned m)
{
    const std::int64_t first = daysFromCivil(y, m, 1);
    const std::int64_t next = m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
    return unsigned(next - first);
}

struct Shifted
{
    std::int64_t utc;
    bool exists; // false: the wall-clock time fell into a DST gap; utc is the end of the gap
};

Shifted shiftLocal(const ZoneBucketer &zone, std::int64_t utcSecs, const PeriodShift &shift)
{
    Shifted r{utcSecs, true};
    if (shift.months != 0 || shift.days != 0) {
        const std::int64_t local = localSecs(zone, utcSecs);
        std::int64_t day = floorDiv(local, 86400);
        const std::int64_t timeOfDay = local - day * 86400;
        if (shift.months != 0) {
            int y;
            unsigned m, d;
            civilFromDays(day, y, m, d);
            const std::int64_t total = std::int64_t(y) * 12 + (m - 1) - shift.months;
            const int ny = int(floorDiv(total, 12));
            const unsigned nm = unsigned(total - std::int64_t(ny) * 12) + 1;
            day = daysFromCivil(ny, nm, std::min(d, daysInMonth(ny, nm)));
        }
        day -= shift.days;
        const std::int64_t target = day * 86400 + timeOfDay;
        r.utc = zone.localToUtc(target);
        r.exists = localSecs(zone, r.utc) == target;
        if (!r.exists) {
            // localToUtc moved the time forward by the length of the gap; the
            // first instant after the gap is the change itself. Every instant
            // from target - (offset after the change) on, up to r.utc, lies
            // before or at the change: find the change by bisection.
            const int after = zone.offsetAt(r.utc);
            std::int64_t lo = target - after; // before the change
            std::int64_t hi = r.utc;          // at or after the change
            while (hi - lo > 1) {
                const std::int64_t mid = lo + (hi - lo) / 2;
                if (zone.offsetAt(mid) == after)
                    hi = mid;
                else
                    lo = mid;
            }
            r.utc = hi;
        }
    }
    r.utc -= shift.seconds;
    return r;
}

} // namespace

std::vector<std::int64_t> bucketStarts(const ZoneBucketer &zone, TimeRange range, Granularity g)
{
    std::vector<std::int64_t> out;
    if (range.isEmpty())
        return out;
    std::int64_t b = zone.floor(range.fromSecs, g);
    while (b < range.toSecs) {
        out.push_back(b);
        const std::int64_t n = zone.next(b, g);
        if (n <= b)
            break;
        b = n;
    }
    return out;
}

QString comparisonName(Comparison c)
{
    switch (c) {
    case Comparison::None:
        return QStringLiteral("none");
    case Comparison::PreviousPeriod:
        return QStringLiteral("previous-period");
    case Comparison::WeekOverWeek:
        return QStringLiteral("week-over-week");
    case Comparison::MonthOverMonth:
        return QStringLiteral("month-over-month");
    case Comparison::YearOverYear:
        return QStringLiteral("year-over-year");
    }
    return QString();
}

std::optional<Comparison> comparisonFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("none"))
        return Comparison::None;
    if (n == QLatin1String("previous-period") || n == QLatin1String("previous"))
        return Comparison::PreviousPeriod;
    if (n == QLatin1String("week-over-week") || n == QLatin1String("wow"))
        return Comparison::WeekOverWeek;
    if (n == QLatin1String("month-over-month") || n == QLatin1String("mom"))
        return Comparison::MonthOverMonth;
    if (n == QLatin1String("year-over-year") || n == QLatin1String("yoy"))
        return Comparison::YearOverYear;
    return std::nullopt;
}

PeriodShift comparisonShift(const ZoneBucketer &zone, TimeRange range, Granularity g, Comparison c)
{
    PeriodShift s;
    switch (c) {
    case Comparison::None:
        break;
    case Comparison::WeekOverWeek:
        s.days = 7;
        break;
    case Comparison::MonthOverMonth:
        s.months = 1;
        break;
    case Comparison::YearOverYear:
        if (g == Granularity::Month || g == Granularity::Quarter || g == Granularity::Year)
            s.months = 12;
        else
            s.days = 364;
        break;
    case Comparison::PreviousPeriod: {
        if (range.isEmpty())
            break;
        const auto startsA = [&](std::int64_t t, Granularity unit) { return zone.floor(t, unit) == t; };
        if (startsA(range.fromSecs, Granularity::Month) && startsA(range.toSecs, Granularity::Month)) {
            s.months = int(localMonthIndex(zone, range.toSecs) - localMonthIndex(zone, range.fromSecs));
        } else if (startsA(range.fromSecs, Granularity::Day) && startsA(range.toSecs, Granularity::Day)) {
            s.days = int(floorDiv(localSecs(zone, range.toSecs), 86400) -
                         floorDiv(localSecs(zone, range.fromSecs), 86400));
        } else {
            s.seconds = range.duration();
        }
        break;
    }
    }
    return s;
}

std::optional<std::int64_t> shiftBack(const ZoneBucketer &zone, std::int64_t utcSecs, PeriodShift shift)
{
    const Shifted r = shiftLocal(zone, utcSecs, shift);
    if (!r.exists)
        return std::nullopt;
    return r.utc;
}

std::optional<std::int64_t> ComparisonPlan::previousBucketFor(std::size_t i) const
{
    if (i >= mapping.size() || !mapping[i])
        return std::nullopt;
    return previousBuckets[*mapping[i]];
}

ComparisonPlan planComparison(const ZoneBucketer &zone, TimeRange range, Granularity g, Comparison c,
                              bool series)
{
    ComparisonPlan plan;
    plan.comparison = c;
    plan.granularity = g;
    plan.current = range;
    // A total without a comparison needs no bucket list (a range of decades
    // has millions of minutes).
    if (!series && c == Comparison::None)
        return plan;
    plan.currentBuckets = bucketStarts(zone, range, g);
    plan.mapping.assign(plan.currentBuckets.size(), std::nullopt);
    if (c == Comparison::None || range.isEmpty())
        return plan;

    plan.shift = comparisonShift(zone, range, g, c);
    plan.previous = {shiftLocal(zone, range.fromSecs, plan.shift).utc,
                     shiftLocal(zone, range.toSecs, plan.shift).utc};
    plan.previousBuckets = bucketStarts(zone, plan.previous, g);

    for (std::size_t i = 0; i < plan.currentBuckets.size(); ++i) {
        const Shifted s = shiftLocal(zone, plan.currentBuckets[i], plan.shift);
        if (!s.exists)
            continue;
        const std::int64_t start = zone.floor(s.utc, g);
        const auto it = std::lower_bound(plan.previousBuckets.begin(), plan.previousBuckets.end(), start);
        if (it != plan.previousBuckets.end() && *it == start)
            plan.mapping[i] = std::size_t(it - plan.previousBuckets.begin());
    }
    return plan;
}

Change computeChange(double current, double previous)
{
    Change c;
    c.current = current;
    c.previous = previous;
    c.absolute = current - previous;
    if (previous != 0)
        c.percent = c.absolute / std::abs(previous) * 100.0;
    return c;
}

std::vector<std::optional<Change>> compareSeries(const ComparisonPlan &plan,
                                                 const std::vector<double> &current,
                                                 const std::vector<double> &previous)
{
    std::vector<std::optional<Change>> out(plan.currentBuckets.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (i >= plan.mapping.size() || !plan.mapping[i])
            continue;
        const std::size_t j = *plan.mapping[i];
        out[i] =
            computeChange(i < current.size() ? current[i] : 0.0, j < previous.size() ? previous[j] : 0.0);
    }
    return out;
}

} // namespace es
