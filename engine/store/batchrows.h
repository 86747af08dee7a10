#pragma once
// The rows a batch adds to the workspace, derived from its aggregate: the
// hour and day rollup rows made up of its minute rows (and the sessions that
// start in them), and the visitor sketches of every level, all with the
// workspace's keys (dict ids, the source group).

#include "aggregate/aggregate.h"
#include "store/rollupsql.h"

#include <functional>
#include <string>
#include <vector>

namespace es {

class ZoneBucketer;

struct BatchKeys
{
    // A row key of the batch's aggregate -> the stored key (dict ids).
    std::function<RollupKey(const RollupKey &)> global;
    // A total row's key -> the same row of the batch's source group.
    std::function<RollupKey(RollupKey)> source;
};

struct BatchRows
{
    std::vector<std::pair<RollupKey, Counters>> minute; // unique keys, sorted
    RowSumMap hour, day;
};

// Counter and session rows per level. Safe to call concurrently with
// prepareSketches() on the same aggregate.
BatchRows batchRows(const Aggregate &a, const ZoneBucketer &zone, const BatchKeys &keys);

// A visitor sketch of a batch, ready to be merged into the stored one.
struct PreparedSketch
{
    int level = 0; // 0 minute, 1 hour, 2 day
    RollupKey key;
    std::string bytes;
};

// The batch's sketches, by level, in key order and serialized: minute
// (total) sketches make up the hour ones, hour ones the day ones.
std::vector<PreparedSketch> prepareSketches(const Aggregate &a, const ZoneBucketer &zone,
                                            const BatchKeys &keys);

} // namespace es
