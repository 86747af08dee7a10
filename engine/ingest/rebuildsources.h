#pragma once
// The steps of a WorkspaceRebuild that touch the stored sources: reading the
// sources and checkpoints of a workspace, checking that a checkpoint's data
// can still be read (the file with the imported content, or every record of
// a stream stored with its text), copying what is not an aggregate into
// the new file, and reading one checkpoint again into it.

#include "ingest/importtypes.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <cstdint>
#include <vector>

namespace es {

class Writer;
namespace sql {
class Connection;
}

namespace rebuild {

struct Checkpoint
{
    std::int64_t id = 0;
    bool stream = false; // a Kafka topic's checkpoint row, not a file
    int headLen = 0;
    QString headHash;
    QString path; // the file, or the stream's URI
    std::int64_t offset = 0;
    std::int64_t records = 0;
    QString format;
    QString site;                   // the source's site for lines that name none
    QString timeZone;               // given at import for time stamps without an offset
    bool keepRaw = true;            // the import stored raw events
    std::int64_t storedRecords = 0; // stream: records whose lines are stored (stream_text)
    std::int64_t readBytes = 0;     // to read again: the file's size on disk, or the stored text
};

struct Source
{
    std::int64_t id = 0;
    QString kind;
    QString displayName;
    QString uri;
    QString site;
    std::vector<Checkpoint> checkpoints; // in the order they were added
};

// The sources with their checkpoints; *error when the workspace cannot be read.
std::vector<Source> loadSources(sql::Connection &c, QString *error);

// "" when the checkpoint's data can be read again, else why not.
QString checkReadable(const Checkpoint &cp);

// Copies into the workspace file `build` (already created with the schema)
// the settings, every table that is not in `rebuilt`, and the sources not in
// `droppedIds` (an SQL id list) with empty checkpoints and their Kafka offsets.
bool copyKeptTables(sql::Connection &c, const QString &build, const QString &droppedIds,
                    const QSet<QString> &rebuilt, QString *error);
// After the data is in: alert rules continue after the new commits.
bool finishKeptTables(sql::Connection &c, const QString &build, QString *error);

struct Reimport
{
    FileImportResult result;
    QString error;
};
// Reads one checkpoint again into `writer`: a file from its path, a stream
// from its stored text (written to `scratch` first) into its checkpoint.
Reimport reimport(Writer &writer, sql::Connection &c, const Checkpoint &cp, const QString &scratch,
                  int workers, const ProgressCallback &progress);

} // namespace rebuild
} // namespace es
