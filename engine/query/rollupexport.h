#pragma once
// Writes a workspace's rollups as rollup records (RollupRecord, docs/KAFKA.md
// "Rollup records"), so that consuming them into another workspace gives it
// the same numbers. A consumer derives hour and day rows from minute records
// and day rows from hour records, so each coarser record carries only what
// its finer records do not: the counters and sessions of the records that
// reached that level directly (older than the finer level's retention, or
// sessions, which have no minute rows), and its visitor sketch only when the
// union of the finer sketches is not already equal to it. The source
// breakdown is not exported: the consuming workspace's is its topic.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <functional>

namespace es {

struct RollupExportResult
{
    std::int64_t records[3] = {0, 0, 0}; // minute, hour, day
    // Coarser rows smaller than the finer rows they contain (a workspace
    // whose time zone changed after import): exported without the excess.
    std::int64_t inconsistent = 0;
    QString error; // "" on success
};

// Calls `out` with each record as one line of JSON (without the newline);
// `out` returns false to stop. Opens the workspace read-only.
RollupExportResult exportRollupRecords(const QString &workspacePath,
                                       const std::function<bool(const QByteArray &)> &out);

} // namespace es
