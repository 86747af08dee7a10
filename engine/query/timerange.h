#pragma once
// Time ranges, bucket series and comparison periods for queries.
//
// Buckets come from ZoneBucketer, so they follow the workspace time zone: a
// day is local midnight to local midnight (23 or 25 hours on DST days), weeks
// start on the configured weekday, months, quarters and years are calendar
// periods.
//
// Comparison rules (see also docs/TIME.md). Every rule is a shift in local
// wall-clock time, so an hour bucket compares with the same wall-clock hour.
//
//   PreviousPeriod  The period of the same length immediately before.
//                   - A range from one local month start to another ("this
//                     month", "Q2", "2024") covers N whole months: the
//                     comparison is the N calendar months before (March ->
//                     February, Q2 -> Q1).
//                   - Otherwise a range from one local midnight to another
//                     covers N local days: the comparison is the N local days
//                     before (a 7-day range -> the 7 days before, whatever the
//                     DST changes in between).
//                   - Any other range (e.g. 90 minutes) is shifted back by its
//                     exact length in seconds.
//   WeekOverWeek    7 local days earlier (same weekday, same wall-clock time;
//                   not 604800 s when a DST change lies in between).
//   MonthOverMonth  The same day of month one month earlier, aligned by date,
//                   not by weekday. A day that the earlier month lacks is
//                   clamped to its last day (March 31 -> February 29 in 2024,
//                   February 28 in 2023), so two current days may compare with
//                   the same earlier day.
//   YearOverYear    Minute, hour, day and week buckets: 364 local days (52
//                   weeks) earlier, so a Monday compares with a Monday
//                   (2025-03-10 -> 2024-03-11). Month, quarter and year
//                   buckets: the same calendar period one year earlier (where
//                   day-of-week alignment means nothing); February 29 clamps
//                   to February 28.
//
// Each current bucket maps to the comparison bucket containing its shifted
// start. It has none when that bucket is not part of the comparison series or
// when the shifted wall-clock time does not exist (the hour skipped by a
// spring-forward change). A repeated wall-clock time (autumn fall-back) maps
// to its first occurrence, so both 02:00 hours of a 25-hour day compare with
// the single 02:00 hour of a normal day.

#include "core/granularity.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace es {

class ZoneBucketer;

// Half-open interval [fromSecs, toSecs) of UTC epoch seconds.
struct TimeRange
{
    std::int64_t fromSecs = 0;
    std::int64_t toSecs = 0;

    bool isEmpty() const { return toSecs <= fromSecs; }
    std::int64_t duration() const { return isEmpty() ? 0 : toSecs - fromSecs; }
    bool contains(std::int64_t secs) const { return secs >= fromSecs && secs < toSecs; }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// Start of every bucket that overlaps the range, in order. The first is
// zone.floor(range.fromSecs, g), so it may lie before the range; the last
// starts before range.toSecs. Empty for an empty range.
std::vector<std::int64_t> bucketStarts(const ZoneBucketer &zone, TimeRange range, Granularity g);

enum class Comparison : int { None, PreviousPeriod, WeekOverWeek, MonthOverMonth, YearOverYear };

// "none", "previous-period", "week-over-week", "month-over-month",
// "year-over-year"; fromName also accepts "previous", "wow", "mom" and "yoy".
QString comparisonName(Comparison c);
std::optional<Comparison> comparisonFromName(const QString &name);

// A backwards shift in local wall-clock time: first `months` calendar months
// (day of month clamped to the target month), then `days` local days, then
// `seconds` exact seconds.
struct PeriodShift
{
    int months = 0;
    int days = 0;
    std::int64_t seconds = 0;

    friend bool operator==(const PeriodShift &, const PeriodShift &) = default;
};

// The shift that `c` applies to `range` at granularity `g` (the rules above).
// Comparison::None gives the zero shift.
PeriodShift comparisonShift(const ZoneBucketer &zone, TimeRange range, Granularity g, Comparison c);

// Moves an instant back by `shift`. The result keeps the local wall-clock
// time; it is nullopt when that wall-clock time does not exist in the target
// day (DST gap). An ambiguous wall-clock time gives the earlier instant.
std::optional<std::int64_t> shiftBack(const ZoneBucketer &zone, std::int64_t utcSecs, PeriodShift shift);

struct ComparisonPlan
{
    Comparison comparison = Comparison::None;
    Granularity granularity = Granularity::Day;
    PeriodShift shift;
    TimeRange current;
    TimeRange previous; // empty for Comparison::None
    std::vector<std::int64_t> currentBuckets;
    std::vector<std::int64_t> previousBuckets;
    // One entry per current bucket: index into previousBuckets, or nullopt.
    std::vector<std::optional<std::size_t>> mapping;

    // Start of the comparison bucket of current bucket i, or nullopt.
    std::optional<std::int64_t> previousBucketFor(std::size_t i) const;
};

// Buckets of `range` and, unless c is None, of its comparison range, with the
// bucket-to-bucket mapping. The comparison range is `range` with both ends
// shifted back; an end whose wall-clock time falls into a DST gap becomes the
// first instant after the gap (02:30 on a day that jumps from 02:00 to 03:00
// becomes 03:00).
ComparisonPlan planComparison(const ZoneBucketer &zone, TimeRange range, Granularity g, Comparison c,
                              bool series = true);

struct Change
{
    double current = 0;
    double previous = 0;
    double absolute = 0; // current - previous
    // (current - previous) / previous * 100; empty when previous is 0.
    std::optional<double> percent;
};

Change computeChange(double current, double previous);

// Per current bucket: the change against its comparison bucket, or nullopt
// when it has none. `current` is indexed like plan.currentBuckets and
// `previous` like plan.previousBuckets; missing values count as 0.
std::vector<std::optional<Change>> compareSeries(const ComparisonPlan &plan,
                                                 const std::vector<double> &current,
                                                 const std::vector<double> &previous);

} // namespace es
