#pragma once
// Imports one log file into the workspace through the pipeline:
//   reader (this thread) -> N parse workers -> in-order merger -> Writer.
// The reader cuts large chunks at newlines; each worker parses a chunk into a
// partial Aggregate; the merger adds partials in file order into a delta and
// hands it to the writer together with the checkpoint of the last chunk, so
// every commit covers exactly a prefix of the file.

#include "ingest/importtypes.h"

#include <QString>
#include <atomic>

namespace es {

class Writer;

class FileImporter
{
public:
    FileImporter(Writer &writer, ImportOptions options);

    // Imports the file at `path`. When `readFrom` is given, the bytes are read
    // from there instead (for example a descriptor of a file that was rotated
    // away), while the workspace still records `path`.
    FileImportResult importFile(const QString &path, const ProgressCallback &progress = {},
                                const QString &readFrom = {});

    // Thread-safe alternative to returning false from the progress callback.
    void cancel() { m_cancel = true; }

    static constexpr int kHeadBytes = 4096; // fingerprint length
    static constexpr int kDetectBytes = 64 * 1024;
    static constexpr std::int64_t kMaxLineBytes = 1 << 20;

private:
    Writer &m_writer;
    ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
};

} // namespace es
