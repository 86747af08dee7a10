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

struct KeyedRow
{
    RollupKey key;
    Counters counters;
};

using CounterSums = std::unordered_map<RollupKey, Counters, RollupKeyHash>;

// Sorts rows by key and adds up rows with equal keys, in place.
std::vector<KeyedRow> &sortAndCombine(std::vector<KeyedRow> &rows);

// Statements for one of rollup_minute, rollup_hour, rollup_day.
std::string counterUpsertSql(std::string_view table);
std::string sessionUpsertSql(std::string_view table);

// Bind and run the statements above; false on an SQL error.
bool upsertCounters(sql::Statement &st, const RollupKey &k, const Counters &c);
bool upsertSessions(sql::Statement &st, const RollupKey &k, const SessionTotals &t);

} // namespace es
