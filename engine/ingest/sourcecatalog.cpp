#include "ingest/sourcecatalog.h"

#include "store/schema.h"
#include "store/sqlite.h"
#include "store/workspacedb.h"

#include <QDateTime>
#include <QFileInfo>
#include <map>

namespace es {

SourceListResult SourceCatalog::list(const QString &workspacePath, bool includeRemoved)
{
    SourceListResult res;
    if (!QFileInfo(workspacePath).isFile()) {
        res.error = tr("There is no workspace at %1.").arg(workspacePath);
        return res;
    }
    sql::Connection c;
    if (!c.open(workspacePath, sql::Connection::Mode::ReadOnly)) {
        res.error = tr("The workspace %1 cannot be read: %2").arg(workspacePath, c.errorString());
        return res;
    }
    // Before schema 6 no source could be hidden.
    const bool hasRemoved = c.scalarInt("PRAGMA user_version", 0) >= 6;
    auto q = c.prepare(
        std::string("SELECT s.id, s.kind, s.uri, s.display_name, s.format, s.site, s.created_ms, ") +
        (hasRemoved ? "coalesce(s.removed_ms, 0)" : "0") +
        ", count(c.id), coalesce(sum(c.records), 0), coalesce(sum(c.malformed), 0), "
        "coalesce(max(c.updated_ms), 0), coalesce(min(c.min_ts_ms), 0), "
        "coalesce(max(c.max_ts_ms), 0) "
        "FROM sources s LEFT JOIN file_checkpoints c ON c.source_id = s.id "
        "GROUP BY s.id ORDER BY s.id");
    if (!q.isValid()) {
        res.error = tr("The workspace %1 cannot be read: %2").arg(workspacePath, c.errorString());
        return res;
    }
    std::map<std::int64_t, size_t> index;
    while (q.step()) {
        SourceInfo s;
        s.id = q.int64(0);
        s.kind = q.qtext(1);
        s.uri = q.qtext(2);
        s.displayName = q.qtext(3);
        s.format = q.qtext(4);
        s.site = q.qtext(5);
        s.createdMs = q.int64(6);
        s.removedMs = q.int64(7);
        s.files = int(q.int64(8));
        s.records = q.int64(9);
        s.malformed = q.int64(10);
        s.updatedMs = q.int64(11);
        s.minEventMs = q.int64(12);
        s.maxEventMs = q.int64(13);
        if (s.removedMs != 0 && !includeRemoved)
            continue;
        index[s.id] = res.sources.size();
        res.sources.push_back(s);
    }
    auto offsets = c.prepare("SELECT source_id, topic, partition, next_offset FROM kafka_offsets "
                             "ORDER BY source_id, topic, partition");
    while (offsets.step()) {
        const auto it = index.find(offsets.int64(0));
        if (it != index.end())
            res.sources[it->second].kafkaOffsets.push_back(
                {offsets.qtext(1), int(offsets.int64(2)), offsets.int64(3)});
    }
    res.ok = true;
    return res;
}

SourceRemoveResult SourceCatalog::removeSource(const QString &workspacePath, std::int64_t id, bool keepData,
                                               const RebuildProgressCallback &progress)
{
    SourceRemoveResult res;
    if (!keepData) {
        RebuildOptions options;
        options.dropSources = {id};
        res.rebuild = WorkspaceRebuild::run(workspacePath, options, progress);
        res.ok = res.rebuild.ok;
        res.error = res.rebuild.error;
        res.warnings = res.rebuild.warnings;
        return res;
    }
    if (!QFileInfo(workspacePath).isFile()) {
        res.error = tr("There is no workspace at %1.").arg(workspacePath);
        return res;
    }
    WorkspaceDb db;
    if (!db.open(workspacePath)) {
        res.error = db.errorString();
        return res;
    }
    auto &c = db.connection();
    auto exists = c.prepare("SELECT removed_ms IS NOT NULL FROM sources WHERE id = ?1");
    exists.bind(1, id);
    if (!exists.step()) {
        res.error = tr("The workspace has no source %1; \"eventscope sources\" lists them.").arg(id);
        return res;
    }
    if (exists.int64(0) == 1) {
        res.ok = true;
        res.warnings << tr("Source %1 was already removed.").arg(id);
        return res;
    }
    exists.reset();
    auto hide = c.prepare("UPDATE sources SET removed_ms = ?2 WHERE id = ?1");
    hide.bind(1, id).bind(2, QDateTime::currentMSecsSinceEpoch());
    if (!hide.exec()) {
        res.error = tr("The source could not be removed: %1").arg(c.errorString());
        return res;
    }
    res.ok = true;
    return res;
}

} // namespace es
