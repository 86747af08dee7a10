#include "ingest/rebuildsources.h"

#include "formats/formatregistry.h"
#include "ingest/fileimporter.h"
#include "ingest/inputstream.h"
#include "store/sqlite.h"
#include "store/streamtext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <map>

namespace es::rebuild {

namespace {

class RebuildText
{
    Q_DECLARE_TR_FUNCTIONS(es::WorkspaceRebuild)
};

bool attach(sql::Connection &c, const QString &build)
{
    auto st = c.prepare("ATTACH DATABASE ?1 AS fresh");
    st.bind(1, build);
    return st.exec();
}

} // namespace

std::vector<Source> loadSources(sql::Connection &c, QString *error)
{
    std::vector<Source> out;
    auto src = c.prepare("SELECT id, kind, display_name, uri, site FROM sources ORDER BY id");
    if (!src.isValid()) {
        *error = c.errorString();
        return out;
    }
    std::map<std::int64_t, size_t> index;
    while (src.step()) {
        Source s;
        s.id = src.int64(0);
        s.kind = src.qtext(1);
        s.displayName = src.qtext(2);
        s.uri = src.qtext(3);
        s.site = src.qtext(4);
        index[s.id] = out.size();
        out.push_back(s);
    }
    auto cps = c.prepare(
        "SELECT id, source_id, head_len, head_hash, path, offset, records, format, min_ts_ms, max_ts_ms, "
        "time_zone "
        "FROM file_checkpoints ORDER BY id");
    // Raw events of a checkpoint, found through the time-ordered key.
    auto raw = c.prepare("SELECT EXISTS(SELECT 1 FROM raw_events WHERE ts_ms >= ?1 AND ts_ms <= ?2 AND "
                         "checkpoint_id = ?3)");
    auto stored = c.prepare("SELECT (SELECT count(*) FROM raw_events WHERE ts_ms >= ?2 AND ts_ms <= ?3 AND "
                            "checkpoint_id = ?1), (SELECT coalesce(sum(text_len), 0) FROM stream_text "
                            "WHERE checkpoint_id = ?1)");
    if (!cps.isValid() || !raw.isValid() || !stored.isValid()) {
        *error = c.errorString();
        return out;
    }
    while (cps.step()) {
        const auto it = index.find(cps.int64(1));
        if (it == index.end())
            continue;
        Checkpoint cp;
        cp.id = cps.int64(0);
        cp.headLen = int(cps.int64(2));
        cp.headHash = cps.qtext(3);
        cp.path = cps.qtext(4);
        cp.offset = cps.int64(5);
        cp.records = cps.int64(6);
        cp.format = cps.qtext(7);
        cp.site = out[it->second].site;
        cp.timeZone = cps.qtext(10);
        cp.stream = cp.headLen == 0 && cp.headHash.startsWith(QLatin1String("stream:"));
        if (cp.stream) {
            stored.bind(1, cp.id)
                .bind(2, cps.isNull(8) ? 0 : cps.int64(8))
                .bind(3, cps.isNull(9) ? -1 : cps.int64(9));
            if (stored.step()) {
                cp.storedRecords = stored.int64(0);
                cp.readBytes = stored.int64(1);
            }
            stored.reset();
        } else {
            cp.readBytes = QFileInfo(cp.path).size();
            if (cp.records > 0 && !cps.isNull(8)) {
                raw.bind(1, cps.int64(8)).bind(2, cps.int64(9)).bind(3, cp.id);
                cp.keepRaw = raw.step() && raw.int64(0) == 1;
                raw.reset();
            }
        }
        out[it->second].checkpoints.push_back(cp);
    }
    return out;
}

QString checkReadable(const Checkpoint &cp)
{
    if (cp.stream) {
        if (cp.storedRecords >= cp.records)
            return {};
        return RebuildText::tr(
                   "%1 of its %2 records are no longer stored in the workspace (raw events older than "
                   "the retention period are removed, and records consumed before this version were "
                   "not kept). Consume the topic again from its start instead, if the cluster still has it.")
            .arg(cp.records - cp.storedRecords)
            .arg(cp.records);
    }
    const QString shown = QFileInfo(cp.path).fileName();
    if (!QFileInfo(cp.path).isFile())
        return RebuildText::tr("%1 is missing (it was at %2). Put it back there, or remove the source with "
                               "its data.")
            .arg(shown, cp.path);
    InputStream in;
    if (!in.open(cp.path))
        return RebuildText::tr("%1 cannot be read: %2").arg(shown, in.errorString());
    QByteArray head(cp.headLen, '\0');
    std::int64_t got = 0;
    while (got < cp.headLen) {
        const std::int64_t n = in.read(head.data() + got, cp.headLen - got);
        if (n <= 0)
            break;
        got += n;
    }
    const bool plainShorter =
        in.compression() == InputStream::Compression::None && QFileInfo(cp.path).size() < cp.offset;
    if (got != cp.headLen || plainShorter ||
        QCryptographicHash::hash(head, QCryptographicHash::Sha1).toHex() != cp.headHash.toLatin1())
        return RebuildText::tr("%1 no longer has the content that was imported (it was rotated, replaced "
                               "or shortened). Put the imported file back at %2, or remove the source "
                               "with its data.")
            .arg(shown, cp.path);
    return {};
}

bool copyKeptTables(sql::Connection &c, const QString &build, const QString &droppedIds,
                    const QSet<QString> &rebuilt, QString *error)
{
    if (!attach(c, build)) {
        *error = c.errorString();
        return false;
    }
    QStringList tables;
    {
        auto st = c.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                            "'sqlite_%' ORDER BY name");
        while (st.step())
            tables << st.qtext(0);
    }
    const std::string keep = droppedIds.toStdString();
    bool ok =
        c.exec("BEGIN") && c.exec("DELETE FROM fresh.meta") &&
        c.exec("INSERT INTO fresh.meta SELECT * FROM main.meta") &&
        c.exec("INSERT INTO fresh.sources SELECT * FROM main.sources WHERE id NOT IN (" + keep + ")") &&
        c.exec("INSERT INTO fresh.file_checkpoints(id, source_id, head_len, head_hash, path, compressed, "
               "format, updated_ms) SELECT id, source_id, head_len, head_hash, path, compressed, format, "
               "updated_ms FROM main.file_checkpoints WHERE source_id NOT IN (" +
               keep + ")") &&
        c.exec("INSERT INTO fresh.kafka_offsets SELECT * FROM main.kafka_offsets WHERE source_id NOT IN (" +
               keep + ")");
    for (const QString &t : std::as_const(tables)) {
        if (!ok || rebuilt.contains(t))
            continue;
        const std::string name = QString(t).replace(QLatin1Char('"'), QLatin1String("\"\"")).toStdString();
        ok = c.exec("INSERT INTO fresh.\"" + name + "\" SELECT * FROM main.\"" + name + "\"");
    }
    ok = ok && c.exec("COMMIT");
    if (!ok) {
        *error = c.errorString();
        c.exec("ROLLBACK");
    }
    c.exec("DETACH DATABASE fresh");
    return ok;
}

bool finishKeptTables(sql::Connection &c, const QString &build, QString *error)
{
    // Alert rules have looked at everything imported before; the rebuild's
    // commits are the same data again, not new data to catch up on.
    // Reading a hidden source's files again must not show it again.
    const bool ok = attach(c, build) &&
                    c.exec("UPDATE fresh.alert_rules SET commit_cursor = "
                           "(SELECT coalesce(max(id), 0) FROM fresh.commits)") &&
                    c.exec("UPDATE fresh.sources SET removed_ms = "
                           "(SELECT m.removed_ms FROM main.sources m WHERE m.id = fresh.sources.id)");
    if (!ok)
        *error = c.errorString();
    c.exec("DETACH DATABASE fresh");
    return ok;
}

Reimport reimport(Writer &writer, sql::Connection &c, const Checkpoint &cp, const QString &scratch,
                  int workers, const ProgressCallback &progress)
{
    Reimport r;
    ImportOptions options;
    options.workers = workers;
    options.keepRawEvents = cp.keepRaw;
    options.site = cp.site;
    options.timeZone = cp.timeZone;
    if (!cp.stream) {
        options.format = cp.format;
        r.result = FileImporter(writer, options).importFile(cp.path, progress);
        return r;
    }
    // A stream: its stored lines, in the order they came in, as a file.
    QFile out(scratch);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        r.error = out.errorString();
        return r;
    }
    auto rows = c.prepare(
        "SELECT bytes, codec, text_len, offset FROM stream_text WHERE checkpoint_id = ?1 ORDER BY offset");
    rows.bind(1, cp.id);
    QByteArray lines;
    while (rows.step()) {
        if (!streamtext::unpack(int(rows.int64(1)), rows.blob(0), rows.int64(2), lines)) {
            r.error =
                RebuildText::tr("The stored text of %1 is damaged at offset %2; the workspace cannot "
                                "rebuild it. Remove the source, or restore the workspace from a backup.")
                    .arg(cp.path)
                    .arg(rows.int64(3));
            return r;
        }
        if (out.write(lines) != qint64(lines.size())) {
            r.error = out.errorString();
            return r;
        }
    }
    if (!rows.errorString().isEmpty()) {
        r.error = rows.errorString();
        return r;
    }
    out.close();
    if (out.size() == 0) {
        r.result.status = FileImportResult::Status::Empty;
        return r;
    }
    options.format = storedLineFormat(cp.format);
    options.keepRawEvents = true;
    options.replayCheckpointId = cp.id;
    r.result = FileImporter(writer, options).importFile(scratch, progress);
    return r;
}

} // namespace es::rebuild
