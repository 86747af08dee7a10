#pragma once
// How chart widgets write numbers and bucket times: thousands separators and
// dates as the locale writes them, bytes and durations in readable units.

#include "core/granularity.h"
#include "query/query.h"

#include <QCoreApplication>
#include <QString>

namespace es {
class ZoneBucketer;
}

namespace es::ui {

class ValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::ValueFormat)
public:
    // A metric value as shown in tiles, tooltips and axis labels.
    static QString metric(MetricId m, double v);
    // A compact form for axes and tiles: 12.3k, 4.5M (bytes: 1.2 GB).
    static QString compact(MetricId m, double v);
    // "+12.5 %" / "−3.0 %".
    static QString percentChange(double pct);
    // "+0.3 pts" / "−1.2 pts": the change of a rate, in percentage points.
    static QString pointsChange(double points);
    // Rates (bounce rate) change in points: "+0.8 %" of 37.6 % reads as if
    // the rate rose by 0.8 points.
    static bool changesInPoints(MetricId m);
    // The number of a cell as a double; nullopt for null and text.
    static std::optional<double> number(const Cell &c);
    // The value of a dimension cell as stored (numbers as digits); "" for null.
    static QString text(const Cell &c);

    // A bucket start in the zone: short for axis ticks, long for tooltips.
    static QString bucketShort(std::int64_t utcSecs, Granularity g, const ZoneBucketer &zone);
    static QString bucketLong(std::int64_t utcSecs, Granularity g, const ZoneBucketer &zone);
};

} // namespace es::ui
