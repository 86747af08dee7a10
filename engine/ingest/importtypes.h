#pragma once
// Options, progress and results of a file import. Plain data, no Qt GUI, so
// the command line, the GUI and tests drive imports the same way.

#include "aggregate/aggregate.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <vector>

namespace es {

struct ImportOptions
{
    QString format;   // "" = detect from the first lines; else a format argument ("combined", "custom:...")
    QString timeZone; // IANA zone of timestamps written without an offset ("" = UTC)
    // The site of records whose line names none (no virtual host, Host header
    // or distribution), e.g. "shop.example.com" for a plain combined log;
    // also stored as the file source's site. "" = such records have no site.
    QString site;
    bool keepRawEvents = true; // store raw-event references for search
    int workers = 0;           // parse threads; 0 = one per core
    std::int64_t chunkBytes = 2 << 20;
    bool follow = false; // keep reading appended lines until cancelled
    int followPollMs = 500;
    // A file rotated away is still read until it has not changed for this long.
    int followRetiredGraceMs = 5000;
    // A .mmdb country database for this import; "" = the workspace setting.
    QString geoipPath;
    // Replay of a stream's stored records (WorkspaceRebuild): the lines go to
    // this existing checkpoint row instead of one found by the file's
    // content, and its text is stored again with the raw events. 0 = a file import.
    std::int64_t replayCheckpointId = 0;
};

struct ImportProgress
{
    QString path;
    std::int64_t bytesDone = 0; // of the file on disk (compressed bytes for .gz/.bz2)
    std::int64_t bytesTotal = 0;
    std::int64_t lines = 0;
    std::int64_t records = 0;
    std::int64_t malformed = 0;
    double linesPerSecond = 0;
    double etaSeconds = -1; // -1 when unknown
    bool following = false; // caught up, waiting for new lines
};

// Return false to cancel. Called at most ~20 times per second.
using ProgressCallback = std::function<bool(const ImportProgress &)>;

struct FileImportResult
{
    enum class Status { Imported, AlreadyImported, Empty, Failed, Cancelled };

    QString path;
    Status status = Status::Failed;
    QString format;
    double formatConfidence = 0;
    bool resumed = false;          // continued from an earlier checkpoint
    bool damaged = false;          // the input could not be read to its end (see warnings)
    std::int64_t skippedBytes = 0; // bytes already imported before (not read again)
    std::int64_t bytesRead = 0;    // decompressed bytes parsed in this run
    std::int64_t lines = 0, records = 0, malformed = 0, skippedLines = 0;
    double seconds = 0;
    double linesPerSecond = 0;
    QString error; // for Failed: what went wrong and what to do
    QStringList warnings;
    std::vector<MalformedSample> samples; // first samples of this run
};

QString importStatusName(FileImportResult::Status s);

} // namespace es
