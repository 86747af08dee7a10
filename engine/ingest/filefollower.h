#pragma once
// Follows log files the way `tail -F` does: imports each file, then keeps
// importing lines as they are appended, until cancelled.
//
// - A line is taken only once its newline has been written.
// - Rotation by rename (access.log -> access.log.1, a new access.log) is
//   noticed by the file's identity changing; the old file is read on through
//   a descriptor held open on it until it has been quiet for a while, and the
//   new file is followed from its start.
// - A file that disappears is waited for; one that is truncated in place
//   (copytruncate) is read again from its start, as new content.
// Every read goes through FileImporter, so checkpoints make it exactly-once
// across restarts as well.

#include "ingest/importtypes.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace es {

class FileImporter;
class Writer;

class FileFollower
{
public:
    using ResultCallback = std::function<void(const FileImportResult &)>;

    FileFollower(Writer &writer, ImportOptions options);
    ~FileFollower();

    // Blocks until cancel(). `onResult` receives the first import of every
    // file and each later round that read something or went wrong.
    void run(const QStringList &paths, const ProgressCallback &progress, const ResultCallback &onResult);

    // Thread-safe; also stops an import in progress (its work so far is kept).
    void cancel();
    bool isCancelled() const { return m_cancel; }

private:
    struct Followed;
    FileImportResult importOnce(const QString &path, const QString &readFrom, bool holdPartialLine,
                                const ProgressCallback &progress);
    bool waitPoll();

    Writer &m_writer;
    ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    FileImporter *m_active = nullptr; // guarded by m_mutex
};

} // namespace es
