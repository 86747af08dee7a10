#pragma once
// Merges pre-aggregated rollup records (RollupRecord, docs/KAFKA.md "Rollup
// records") into a batch's Aggregate, so that the writer commits them like
// the rows of parsed records: in one transaction with the Kafka offsets, the
// hour and day rows derived from finer ones, the visitor sketches united with
// the stored ones. A record becomes the rows a record of raw events would
// have made at its granularity: the same groups, levels and retention
// cut-offs (Aggregate::addRecord), with its dimensions resolved against the
// workspace's groups, params keys and pairs.

#include "ingest/chunkparser.h"

#include <QStringList>
#include <string>
#include <string_view>

namespace es {

class ZoneBucketer;
struct RollupRecord;

class RollupMerger
{
public:
    RollupMerger(const ZoneBucketer &zone, const Cutoffs &cutoffs, const QStringList &paramKeys);

    // Adds one message, line `lineNo` of the stream, to `agg`. A message that
    // is not a record this workspace can merge is counted as malformed with
    // its reason. Returns whether it was merged.
    bool add(std::string_view message, Aggregate &agg, std::int64_t lineNo);

    // Whether a message says it is a rollup record (its "kind").
    static bool isRollupMessage(std::string_view message);

private:
    bool merge(const RollupRecord &r, Aggregate &agg, std::string &reason) const;

    const ZoneBucketer &m_zone;
    Cutoffs m_cutoffs;
    QStringList m_paramKeys;
};

} // namespace es
