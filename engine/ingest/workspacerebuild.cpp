#include "ingest/workspacerebuild.h"

#include "ingest/fileimporter.h"
#include "ingest/rebuildsources.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/workspacedb.h"
#include "store/writer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

namespace es {

namespace {

// Tables the rebuild writes itself; every other table is copied as it is.
const QSet<QString> &rebuiltTables()
{
    static const QSet<QString> names = {
        QStringLiteral("rollup_minute"),    QStringLiteral("rollup_hour"),
        QStringLiteral("rollup_day"),       QStringLiteral("visitors"),
        QStringLiteral("open_sessions"),    QStringLiteral("raw_events"),
        QStringLiteral("stream_text"),      QStringLiteral("dict"),
        QStringLiteral("commits"),          QStringLiteral("sources"),
        QStringLiteral("file_checkpoints"), QStringLiteral("malformed_samples"),
        QStringLiteral("kafka_offsets"),    QStringLiteral("meta")};
    return names;
}

QString sqlIdList(const std::vector<std::int64_t> &ids)
{
    QStringList parts;
    for (std::int64_t id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? QStringLiteral("-1") : parts.join(QLatin1Char(','));
}

void removeBuildFiles(const QString &build)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".stream"})
        QFile::remove(build + QLatin1String(suffix));
}

} // namespace

QString WorkspaceRebuild::buildPath(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".rebuild");
}

RebuildPlan WorkspaceRebuild::plan(const QString &workspacePath, const RebuildOptions &options)
{
    RebuildPlan plan;
    if (!QFileInfo(workspacePath).isFile()) {
        plan.error = tr("There is no workspace at %1.").arg(workspacePath);
        return plan;
    }
    sql::Connection c;
    if (!c.open(workspacePath, sql::Connection::Mode::ReadOnly)) {
        plan.error = tr("The workspace %1 cannot be read: %2").arg(workspacePath, c.errorString());
        return plan;
    }
    QString error;
    const std::vector<rebuild::Source> sources = rebuild::loadSources(c, &error);
    if (!error.isEmpty()) {
        plan.error = tr("The workspace %1 cannot be read: %2").arg(workspacePath, error);
        return plan;
    }
    plan.ok = true;
    for (std::int64_t id : options.dropSources) {
        if (std::none_of(sources.begin(), sources.end(),
                         [id](const rebuild::Source &s) { return s.id == id; }))
            plan.problems << tr("The workspace has no source %1; \"eventscope sources\" lists them.").arg(id);
    }
    for (const rebuild::Source &s : sources) {
        RebuildSourcePlan sp;
        sp.id = s.id;
        sp.kind = s.kind;
        sp.displayName = s.displayName;
        sp.uri = s.uri;
        for (const rebuild::Checkpoint &cp : s.checkpoints)
            sp.records += cp.records;
        if (std::find(options.dropSources.begin(), options.dropSources.end(), s.id) !=
            options.dropSources.end()) {
            sp.action = RebuildSourcePlan::Action::Drop;
            plan.sources.push_back(sp);
            continue;
        }
        for (const rebuild::Checkpoint &cp : s.checkpoints) {
            const QString why = rebuild::checkReadable(cp);
            if (!why.isEmpty()) {
                if (cp.records == 0)
                    continue; // nothing counted from it: nothing to lose
                sp.action = RebuildSourcePlan::Action::Unavailable;
                sp.reason = sp.reason.isEmpty() ? why : sp.reason + QLatin1Char(' ') + why;
                continue;
            }
            ++sp.files;
            sp.bytes += cp.readBytes;
            if (!cp.stream)
                sp.paths << cp.path;
        }
        if (sp.action == RebuildSourcePlan::Action::Rebuild) {
            plan.bytes += sp.bytes;
            plan.records += sp.records;
        } else if (!options.dropUnavailable) {
            plan.problems << tr("%1 cannot be rebuilt: %2").arg(sp.displayName, sp.reason);
        }
        plan.sources.push_back(sp);
    }
    plan.runnable = plan.problems.isEmpty();
    return plan;
}

RebuildResult WorkspaceRebuild::run(const QString &workspacePath, const RebuildOptions &options,
                                    const RebuildProgressCallback &progress)
{
    QElapsedTimer clock;
    clock.start();
    RebuildResult res;
    const QString path = QFileInfo(workspacePath).absoluteFilePath();
    auto finish = [&](RebuildResult &r) -> RebuildResult {
        r.seconds = double(clock.nsecsElapsed()) / 1e9;
        r.linesPerSecond = r.seconds > 0 ? double(r.lines) / r.seconds : 0;
        return r;
    };

    // An older workspace is upgraded first, as opening it anywhere would.
    {
        sql::Connection probe;
        if (probe.open(path, sql::Connection::Mode::ReadOnly) &&
            probe.scalarInt("PRAGMA user_version", 0) < schema::currentVersion()) {
            probe.close();
            WorkspaceDb db;
            if (!db.open(path)) {
                res.error = db.errorString();
                return finish(res);
            }
        }
    }
    const RebuildPlan plan = WorkspaceRebuild::plan(path, options);
    if (!plan.ok || !plan.runnable) {
        res.error = plan.ok ? plan.problems.join(QLatin1Char('\n')) : plan.error;
        return finish(res);
    }

    // Hold the workspace exclusively from here to the swap: nothing else may
    // write to it (or have it open) while its replacement is built.
    sql::Connection lock;
    if (!lock.open(path, sql::Connection::Mode::ReadWrite)) {
        res.error = tr("The workspace %1 cannot be opened: %2").arg(path, lock.errorString());
        return finish(res);
    }
    // A window that just closed the workspace may still be finishing a read.
    sqlite3_busy_timeout(lock.handle(), 3000);
    if (!lock.exec("PRAGMA locking_mode=EXCLUSIVE") || !lock.exec("BEGIN EXCLUSIVE") ||
        !lock.exec("COMMIT")) {
        res.error = tr("The workspace %1 is in use by another program or window. Close it there (or stop "
                       "the import or the API server using it), then try again.")
                        .arg(path);
        return finish(res);
    }

    const QString build = buildPath(path);
    removeBuildFiles(build);
    auto fail = [&](const QString &error) -> RebuildResult {
        res.ok = false;
        res.error = error;
        lock.close();
        removeBuildFiles(build);
        return finish(res);
    };

    std::vector<std::int64_t> dropped = options.dropSources;
    std::vector<const RebuildSourcePlan *> rebuilt;
    for (const RebuildSourcePlan &sp : plan.sources) {
        if (sp.action == RebuildSourcePlan::Action::Unavailable) {
            dropped.push_back(sp.id);
            res.warnings << tr("%1 was removed with its data because it cannot be read again: %2")
                                .arg(sp.displayName, sp.reason);
        } else if (sp.action == RebuildSourcePlan::Action::Rebuild) {
            rebuilt.push_back(&sp);
        }
    }

    // 1. The new file: schema, then everything that is not an aggregate.
    {
        WorkspaceDb fresh;
        if (!fresh.open(build))
            return fail(
                tr("The new workspace file %1 cannot be created: %2").arg(build, fresh.errorString()));
    }
    QString error;
    if (!rebuild::copyKeptTables(lock, build, sqlIdList(dropped), rebuiltTables(), &error))
        return fail(tr("Copying the workspace's settings failed: %1").arg(error));

    // 2. Every checkpoint of the kept sources, read again in the order it came in.
    QString loadError;
    std::vector<rebuild::Source> sources = rebuild::loadSources(lock, &loadError);
    if (!loadError.isEmpty())
        return fail(loadError);
    Writer writer;
    if (!writer.open(build))
        return fail(writer.errorString());
    std::int64_t bytesDone = 0;
    int index = 0;
    bool cancelled = false;
    for (const RebuildSourcePlan *sp : rebuilt) {
        const auto src = std::find_if(sources.begin(), sources.end(),
                                      [sp](const rebuild::Source &s) { return s.id == sp->id; });
        if (src == sources.end())
            continue;
        for (const rebuild::Checkpoint &cp : src->checkpoints) {
            if (!rebuild::checkReadable(cp).isEmpty())
                continue; // empty and gone (see plan())
            const std::int64_t linesBefore = res.lines;
            auto onProgress = [&](const ImportProgress &p) {
                if (!progress)
                    return true;
                RebuildProgress rp;
                rp.sourceIndex = index;
                rp.sourceCount = int(rebuilt.size());
                rp.source = sp->displayName;
                rp.lines = linesBefore + p.lines;
                const double secs = std::max(1e-3, double(clock.elapsed()) / 1000.0);
                rp.linesPerSecond = double(rp.lines) / secs;
                const double done = double(bytesDone + p.bytesDone);
                rp.fraction = plan.bytes > 0 ? std::min(1.0, done / double(plan.bytes)) : 0;
                if (done > 0)
                    rp.etaSeconds = std::max(0.0, (double(plan.bytes) - done) * secs / done);
                // The importer reports its end without asking: remember a "stop" said then.
                if (!progress(rp))
                    cancelled = true;
                return !cancelled;
            };
            const rebuild::Reimport r = rebuild::reimport(writer, lock, cp, build + QStringLiteral(".stream"),
                                                          options.workers, onProgress);
            QFile::remove(build + QStringLiteral(".stream"));
            res.lines += r.result.lines;
            res.records += r.result.records;
            res.warnings += r.result.warnings;
            bytesDone += cp.readBytes;
            if (cancelled || r.result.status == FileImportResult::Status::Cancelled) {
                cancelled = true;
                break;
            }
            if (!r.error.isEmpty() || r.result.status == FileImportResult::Status::Failed) {
                writer.close();
                return fail(tr("Reading %1 again failed: %2")
                                .arg(cp.path, r.error.isEmpty() ? r.result.error : r.error));
            }
        }
        if (cancelled)
            break;
        ++index;
    }
    const bool flushed = writer.flush();
    const QString writerError = writer.errorString();
    writer.close();
    if (cancelled) {
        res.cancelled = true;
        return fail(tr("The rebuild was cancelled; the workspace is unchanged."));
    }
    if (!flushed)
        return fail(writerError);

    // 3. What refers to the new commits and checkpoints.
    if (!rebuild::finishKeptTables(lock, build, &error))
        return fail(tr("Finishing the new workspace file failed: %1").arg(error));

    // 4. The swap. Closing the last connection checkpoints and removes the
    // write-ahead log, so the workspace is one file again.
    lock.close();
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
        QFileInfo(build + QStringLiteral("-wal")).size() > 0)
        return fail(tr("The workspace was opened by another program during the rebuild; it was left "
                       "unchanged. Close it there and rebuild again."));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(build + QStringLiteral("-wal"));
    QFile::remove(build + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(build).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(tr("The workspace could not be replaced by the rebuilt file (%1); it was left unchanged.")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    res.ok = true;
    return finish(res);
}

} // namespace es
