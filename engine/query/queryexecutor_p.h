#pragma once
// Internals shared by the two source files of QueryExecutor: the resolved
// dimensions and the plan of a query, and how a cell becomes a metric value.

#include "query/queryexecutor.h"
#include "store/schema.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <optional>

namespace es {

struct QueryExecutor::Resolved
{
    int group = 0;
    std::vector<ReadSpec::KeyPart> keys;
    std::vector<ReadSpec::FilterPart> filters;
    QStringList warnings;
    bool groupMissing = false; // no rollup group holds the dimensions (resolve() failed)
    bool raw = false;          // answered from raw events instead
    std::vector<Filter> rawFilters;
};

struct QueryExecutor::Plan
{
    RollupLevel level = RollupLevel::Day;
    Granularity snap = Granularity::Day; // the bucket size the range snaps to
    std::optional<Granularity> series;   // output buckets; nullopt for totals
    std::unique_ptr<ZoneBucketer> workspaceZone;
    std::unique_ptr<ZoneBucketer> zone; // the query's zone
    TimeRange current;
    ComparisonPlan cmp;
    // Totals whose comparison period reaches back past what retention keeps
    // at `level`: that period is read at this coarser level over whole
    // buckets, moved back to bucket starts, so the current period stays as
    // asked.
    std::optional<RollupLevel> previousLevel;
    TimeRange previousRange;
    ColumnMask columns = 0;
    bool counters = false; // needs counter columns
    bool visitors = false;
    bool sessions = false;
    std::array<bool, 2> botRows{false, false};

    // The finest level that holds every metric of the plan for `group`;
    // nullopt when one of them is not kept for the group at all.
    std::optional<RollupLevel> finestLevel(int group) const
    {
        int finest = 0;
        if (counters)
            finest = std::max(finest, schema::finestCounterLevel(group));
        if (visitors)
            finest = std::max(finest, schema::finestVisitorLevel(group));
        if (sessions)
            finest = std::max(finest, schema::finestSessionLevel(group));
        if (finest > 2)
            return std::nullopt;
        return RollupLevel(finest);
    }
};

namespace queryexec {

inline Granularity levelGranularity(RollupLevel l)
{
    return l == RollupLevel::Minute ? Granularity::Minute
           : l == RollupLevel::Hour ? Granularity::Hour
                                    : Granularity::Day;
}

inline bool aligned(const ZoneBucketer &z, std::int64_t t, Granularity g)
{
    return z.floor(t, g) == t;
}

inline TimeRange snapRange(const ZoneBucketer &z, TimeRange r, Granularity g)
{
    const std::int64_t from = z.floor(r.fromSecs, g);
    return {from, z.next(z.floor(r.toSecs - 1, g), g)};
}

inline QString localTime(std::int64_t secs, const QByteArray &zone)
{
    const QTimeZone tz(zone);
    const QDateTime dt =
        tz.isValid() ? QDateTime::fromSecsSinceEpoch(secs, tz) : QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

inline Cell toCell(const Metrics::Value &v)
{
    if (v.isNull)
        return std::monostate{};
    if (v.real)
        return v.d;
    return v.i;
}

inline Metrics::Value valueOf(MetricId m, const CellData *cell, BotMode bots)
{
    if (!cell)
        return Metrics::compute(m, ColumnSums{}, 0);
    const std::array<bool, 2> rows = Metrics::botRows(m, bots);
    return Metrics::compute(m, cell->sumsFor(rows), Metrics::def(m).visitors ? cell->visitorsFor(rows) : 0);
}

inline const CellData *findCell(const CellMap &m, const CellKey &k)
{
    return m.find(k);
}

} // namespace queryexec

} // namespace es
