#pragma once
// The SQL side of rollup rows: the upserts that add a batch's counters and
// session totals to the rollup tables, and the in-memory sorting of a batch's
// rows by primary key before they are written.

#include "aggregate/aggregate.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace es {

namespace sql {
class Statement;
}

// Everything a batch adds to one rollup row: its counters and, at the hour
// and day levels, the totals of the sessions that started in its bucket.
struct RowSums
{
    Counters counters;
    SessionTotals sessions;

    RowSums &operator+=(const RowSums &o)
    {
        counters += o.counters;
        sessions.merge(o.sessions);
        return *this;
    }
};

using RowSumMap = BasicRollupMap<RowSums>;

// The rows of a map in primary-key order, so that b-tree inserts have
// locality. The pointers stay valid while the map is not changed.
std::vector<std::pair<const RollupKey *, const RowSums *>> sortedRows(const RowSumMap &rows);

// The statement that adds a row's counters and session totals to one of
// rollup_minute, rollup_hour, rollup_day: one b-tree visit per row.
std::string rowUpsertSql(std::string_view table);

// Binds and runs it; false on an SQL error.
bool upsertRow(sql::Statement &st, const RollupKey &k, const RowSums &r);

} // namespace es
