#pragma once
// The global state every dashboard widget queries with: the picked range and
// its resolution at the last refresh, the granularity, the comparison, the
// filters and the bot mode.

#include "query/query.h"
#include "query/rangespec.h"

#include <QByteArray>
#include <QStringList>
#include <optional>
#include <vector>

namespace es::ui {

struct ViewState
{
    RangeSpec spec;
    TimeRange range; // spec resolved at nowMs
    std::int64_t nowMs = 0;
    std::optional<Granularity> granularity; // nullopt: auto
    Comparison comparison = Comparison::None;
    std::vector<Filter> filters;
    BotMode bots = BotMode::Default;
    QByteArray timeZone; // IANA id of the workspace
    int weekStart = 1;   // of the workspace; 1 = Monday ... 7 = Sunday
    QStringList paramKeys;

    // The bucket size for charts: the explicit one, or autoGranularity().
    Granularity effectiveGranularity() const;
    // A query of this state's range, zone, filters and bots.
    Query baseQuery() const;
};

// About 30 to 200 points for the range, never finer than the rollups kept
// for its start (minute rows for 7 days, hour rows for 90 days).
Granularity autoGranularity(TimeRange range, std::int64_t nowSecs);

} // namespace es::ui
