#pragma once
// Rebuilds a workspace's aggregates from the original data: the files of its
// sources are read again and the stored records of its Kafka sources are
// replayed, with the workspace's current settings. Needed when a setting
// changes how past lines are counted (page-view and download rules, visitor
// key, anonymisation, session timeout, groups, time zone) and to remove a
// source together with its data, since rollups are sums over all sources and
// visitor sketches and sessions cannot be subtracted.
//
// No data loss: the new aggregates are built in a new database file next to
// the workspace (`<workspace>.rebuild`), with every table that is not an
// aggregate copied over (settings, dashboards, alert rules and history,
// report schedules, channels) and the kept sources with their ids. Only when
// everything succeeded does the new file replace the workspace, by an atomic
// rename. On failure or cancellation the workspace is left as it was and the
// new file is removed.
//
// The workspace must not be open anywhere else while run() works (the
// desktop app closes it first and opens it again afterwards). run() holds an
// exclusive lock on it from start to end, which also keeps other programs
// from writing to it meanwhile, and refuses to start when it is in use.
//
// Plain data and static calls: run them on a worker thread.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <vector>

namespace es {

struct RebuildOptions
{
    // Sources removed together with their data: not read again, and gone
    // from the source list (their checkpoints too, so their files can be
    // imported again later).
    std::vector<std::int64_t> dropSources;
    // A source that cannot be rebuilt (file missing or changed, Kafka records
    // no longer stored) makes run() refuse. With this set it is removed with
    // its data instead, and a warning says so.
    bool dropUnavailable = false;
    // Parse threads per file; 0 = one per core.
    int workers = 0;
};

struct RebuildSourcePlan
{
    enum class Action {
        Rebuild,    // read again
        Drop,       // removed with its data, as asked
        Unavailable // cannot be read again: `reason` says why
    };
    std::int64_t id = 0;
    QString kind; // "file" or "kafka"
    QString displayName;
    QString uri;
    Action action = Action::Rebuild;
    QString reason;           // Unavailable: why, in plain words, and what to do
    int files = 0;            // checkpoints to read again
    std::int64_t records = 0; // records the source holds now
    std::int64_t bytes = 0;   // bytes to read again (decompressed)
    QStringList paths;        // files to read again
};

struct RebuildPlan
{
    bool ok = false;       // the workspace could be read
    QString error;         // when not ok
    bool runnable = false; // run() would start with these options
    std::vector<RebuildSourcePlan> sources;
    std::int64_t bytes = 0;   // to read in all
    std::int64_t records = 0; // records the rebuilt sources hold now
    QStringList problems;     // why it is not runnable
};

struct RebuildProgress
{
    int sourceIndex = 0; // 0-based index among the sources rebuilt
    int sourceCount = 0;
    QString source;         // display name of the source being read
    std::int64_t lines = 0; // lines read so far, all sources
    double linesPerSecond = 0;
    double fraction = 0;    // 0..1 of the bytes to read
    double etaSeconds = -1; // -1 when unknown
};

// Return false to cancel. Called at most about 20 times per second.
using RebuildProgressCallback = std::function<bool(const RebuildProgress &)>;

struct RebuildResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // what went wrong and what to do; the workspace is unchanged
    QStringList warnings;
    std::int64_t lines = 0;
    std::int64_t records = 0;
    double seconds = 0;
    double linesPerSecond = 0;
};

class WorkspaceRebuild
{
    Q_DECLARE_TR_FUNCTIONS(es::WorkspaceRebuild)
public:
    // What run() would do: per source, whether it can be read again and why
    // not. Reads the workspace and looks at the files; changes nothing.
    static RebuildPlan plan(const QString &workspacePath, const RebuildOptions &options = {});

    // Rebuilds as planned and replaces the workspace. See the class comment.
    static RebuildResult run(const QString &workspacePath, const RebuildOptions &options = {},
                             const RebuildProgressCallback &progress = {});

    // The file the new aggregates are built in.
    static QString buildPath(const QString &workspacePath);
};

} // namespace es
