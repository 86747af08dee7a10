#pragma once
// One pre-aggregated rollup record, the fourth Kafka message format
// (docs/KAFKA.md, "Rollup records"): the counters, session totals and visitor
// sketch of one rollup row, computed upstream (Spark, Flink, or
// `eventscope rollup-export`) and merged into a workspace by RollupMerger.
// This file only reads and writes the JSON; which rows a record becomes
// depends on the workspace and is RollupMerger's business.

#include "aggregate/counters.h"
#include "aggregate/sessionizer.h"
#include "aggregate/visitorsketch.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace es {

struct RollupRecord
{
    static constexpr std::string_view kKind = "eventscope.rollup";
    static constexpr int kVersion = 1;

    int level = 0;                                       // 0 minute, 1 hour, 2 day
    std::int64_t windowStart = 0;                        // UTC seconds
    bool bot = false;                                    // the row of bots (every row is split this way)
    std::vector<std::pair<QString, QString>> dimensions; // name -> value, as written
    Counters counters;
    SessionTotals sessions;
    std::optional<VisitorSketch> visitors; // none: the record adds no visitors

    // Parses one message. On failure returns false and sets `reason` to a
    // short English reason, stored with the malformed samples like those of
    // the log parsers ("missing window_start", "bad visitors_sketch").
    static bool parse(std::string_view json, RollupRecord &out, std::string &reason);
    // The record as one line of compact JSON. `sketch` is the serialized
    // visitor sketch (empty: none), given apart so that an exporter need not
    // deserialize stored sketches.
    QByteArray toJson(const std::string &sketch) const;

    static const char *granularityName(int level);
};

} // namespace es
