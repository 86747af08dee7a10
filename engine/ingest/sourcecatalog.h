#pragma once
// The sources of a workspace as users see them (files and Kafka topics, with
// what each has brought in), and removing one. Plain data and static calls on
// a workspace path, so the desktop app runs them on a worker thread and the
// command line the same way. No call keeps a connection open.
//
// Removing a source keeping its data only hides it: its numbers stay in the
// aggregates and its checkpoints stay, so importing the same file again still
// finds it "already imported" (and shows the source again). Removing a source
// with its data rebuilds the aggregates from the other sources
// (WorkspaceRebuild); see docs/REBUILD.md.

#include "ingest/workspacerebuild.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <vector>

namespace es {

struct KafkaPartitionOffset
{
    QString topic;
    int partition = 0;
    std::int64_t nextOffset = 0; // the next message the workspace has not counted
};

struct SourceInfo
{
    std::int64_t id = 0; // sources.id
    QString kind;        // "file" or "kafka"
    QString displayName;
    QString uri; // the file's path, or "kafka://brokers/topic"
    QString format;
    QString site;
    int files = 0;               // checkpoints: distinct file contents (rotations) or the stream
    std::int64_t records = 0;    // records counted
    std::int64_t malformed = 0;  // lines that could not be read
    std::int64_t createdMs = 0;  // when the source was added (Unix ms)
    std::int64_t updatedMs = 0;  // last checkpoint written (Unix ms); 0 when none
    std::int64_t minEventMs = 0; // oldest and newest record (Unix ms); 0 when none
    std::int64_t maxEventMs = 0;
    std::int64_t removedMs = 0;                     // hidden since (Unix ms); 0 for a listed source
    std::vector<KafkaPartitionOffset> kafkaOffsets; // Kafka: stored offsets per partition
};

struct SourceListResult
{
    bool ok = false;
    QString error; // what went wrong and what to do
    std::vector<SourceInfo> sources;
};

struct SourceRemoveResult
{
    bool ok = false;
    QString error;
    QStringList warnings;
    RebuildResult rebuild; // removal with data: the rebuild that did it
};

class SourceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(es::SourceCatalog)
public:
    // The workspace's sources in the order they were added. Hidden ones
    // (removed keeping their data) only with `includeRemoved`. Read-only.
    static SourceListResult list(const QString &workspacePath, bool includeRemoved = false);

    // Removes source `id`. keepData: hides it (see above), instant.
    // Otherwise its data leaves the aggregates through a rebuild of the
    // workspace from the other sources' files and stored Kafka records; the
    // same rules as WorkspaceRebuild::run apply (no other connection open on
    // the workspace; nothing changes unless it succeeds).
    static SourceRemoveResult removeSource(const QString &workspacePath, std::int64_t id, bool keepData,
                                           const RebuildProgressCallback &progress = {});
};

} // namespace es
