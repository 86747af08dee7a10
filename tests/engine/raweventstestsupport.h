#pragma once
// Fixtures and independent counts shared by the raw-event search tests: real
// fixtures are imported into temporary workspaces, and the answers are
// compared with counts made from the files themselves (regular expressions,
// timestamps parsed by hand), sharing no code with the parsers or the search.

#include "ingest/fileimporter.h"
#include "store/rawevents.h"
#include "store/sqlite.h"
#include "store/streamtext.h"
#include "store/writer.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <optional>
#include <tuple>
#include <vector>

namespace es::raweventstest {

inline constexpr const char *kElastic = "access_logs/elastic_apache_logs.log";
inline constexpr const char *kZanbil = "access_logs/lnav_zanbil_shop_access_1000.log";
inline constexpr const char *kGharchive = "json_events/lnav_gharchive_events_50.jsonl";

inline QString shared(const char *rel)
{
    const QString p = QStringLiteral(ES_SHARED_DATA_DIR "/") + QLatin1String(rel);
    return QFile::exists(p) ? p : QString();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The lines of a file, without line breaks.
inline QList<QByteArray> linesOf(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

// Lines of the combined format (optionally with more quoted fields after the
// user agent), recognised by a regular expression.
inline QList<QByteArray> combinedLines(const QString &path)
{
    static const QRegularExpression line(
        QStringLiteral("^\\S+ \\S+ (.*?) \\[[^\\]]+\\] \"((?:[^\"\\\\]|\\\\.)*)\" (\\d{3}) (\\d+|-) "
                       "\"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\"(?: \"[^\"]*\")*\\s*$"));
    QList<QByteArray> out;
    for (const QByteArray &l : linesOf(readAll(path))) {
        if (line.match(QString::fromLatin1(l)).hasMatch())
            out << l;
    }
    return out;
}

// "[17/May/2015:10:05:03 +0000]" of a line, in Unix milliseconds.
inline qint64 clfTime(const QByteArray &line)
{
    static const QRegularExpression re(
        QStringLiteral("\\[(\\d{2})/(\\w{3})/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2}) ([+-])(\\d{2})(\\d{2})\\]"));
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(line));
    if (!m.hasMatch())
        return -1;
    const QDate date(m.captured(3).toInt(), int(months.indexOf(m.captured(2))) + 1, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    const int offsetMinutes =
        (m.captured(7) == QLatin1String("-") ? -1 : 1) * (m.captured(8).toInt() * 60 + m.captured(9).toInt());
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() - qint64(offsetMinutes) * 60000;
}

// The HTTP status of a combined-format line, read from the field after the request.
inline int statusOf(const QByteArray &line)
{
    return QString::fromLatin1(line)
        .section(QLatin1Char('"'), 2, 2)
        .trimmed()
        .section(QLatin1Char(' '), 0, 0)
        .toInt();
}

inline QStringList sortedTexts(const std::vector<EventRow> &rows)
{
    QStringList t;
    for (const EventRow &r : rows)
        t << r.text;
    t.sort();
    return t;
}

inline QStringList sortedTexts(const QList<QByteArray> &lines)
{
    QStringList t;
    for (const QByteArray &l : lines)
        t << QString::fromUtf8(l);
    t.sort();
    return t;
}

inline FileImportResult importInto(const QString &db, const QString &file, const QString &format = {})
{
    Writer w;
    if (!w.open(db))
        return {};
    // Fixtures from different years share workspaces here; keep every raw event.
    RetentionPolicy keepAll = w.retention();
    keepAll.rawDays = 0;
    if (!w.setRetention(keepAll).isEmpty())
        return {};
    ImportOptions opt;
    opt.format = format;
    opt.chunkBytes = 64 * 1024;
    FileImporter imp(w, opt);
    FileImportResult r = imp.importFile(file);
    w.close();
    return r;
}

// A workspace at `db` with the elastic access log and the GH Archive events
// imported, and the lines of both files; empty when the shared folder is
// missing, else an error message or "ok".
struct MixedWorkspace
{
    QList<QByteArray> access; // the combined-format lines of the access log
    QList<QByteArray> json;   // the JSON events
};
inline QString importMixed(const QString &db, MixedWorkspace &out)
{
    const QString access = shared(kElastic);
    const QString json = shared(kGharchive);
    if (access.isEmpty() || json.isEmpty())
        return {};
    if (importInto(db, access).status != FileImportResult::Status::Imported ||
        importInto(db, json).status != FileImportResult::Status::Imported)
        return QStringLiteral("the fixtures did not import");
    out.access = combinedLines(access);
    out.json = linesOf(readAll(json));
    return QStringLiteral("ok");
}

// Runs one query; on failure the page is left empty and the error returned.
inline QString runPage(RawEventSearch &s, const EventQuery &q, EventPage &page)
{
    std::optional<EventPage> p = s.search(q);
    if (!p)
        return s.errorString().isEmpty() ? QStringLiteral("search failed") : s.errorString();
    page = std::move(*p);
    return {};
}

// Follows the cursors of a query to the end; returns the concatenated rows.
inline QString runAllPages(RawEventSearch &s, EventQuery q, std::vector<EventRow> &rows, int *pages = nullptr,
                           QList<int> *pageSizes = nullptr)
{
    rows.clear();
    for (int n = 1;; ++n) {
        EventPage page;
        const QString err = runPage(s, q, page);
        if (!err.isEmpty())
            return err;
        if (pageSizes)
            pageSizes->append(int(page.rows.size()));
        rows.insert(rows.end(), page.rows.begin(), page.rows.end());
        if (pages)
            *pages = n;
        if (page.nextCursor.isEmpty())
            return {};
        if (n > 100000)
            return QStringLiteral("the pages do not end");
        q.after = page.nextCursor;
    }
}

// The line of a file record, read from its file at the row's offset (the
// path asked of SQLite); empty when it cannot be read.
inline QByteArray lineAt(const QString &db, qint64 checkpointId, qint64 offset)
{
    sql::Connection c;
    if (!c.open(db, sql::Connection::Mode::ReadOnly))
        return {};
    auto st = c.prepare("SELECT path FROM file_checkpoints WHERE id = ?1");
    st.bind(1, std::int64_t(checkpointId));
    if (!st.step())
        return {};
    QFile f(st.qtext(0));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return {};
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Adds records of a stream (as a Kafka topic's) to `c`: a stream checkpoint of
// source `sourceId`, the lines as one block of its stored text, and one raw
// event per line with its time and status. Returns the checkpoint id, or 0.
inline std::int64_t addStreamRecords(sql::Connection &c, std::int64_t sourceId, const QString &uri,
                                     const std::vector<std::pair<qint64, QByteArray>> &records, int status)
{
    auto cp =
        c.prepare("INSERT INTO file_checkpoints(source_id, head_len, head_hash, path, compressed, format, "
                  "updated_ms) VALUES (?1, 0, ?2, ?3, 0, 'json_events', 0)");
    cp.bind(1, sourceId).bind(2, QStringLiteral("stream:") + uri).bind(3, uri);
    if (!cp.exec())
        return 0;
    const std::int64_t id = c.lastInsertId();
    QByteArray text;
    auto raw =
        c.prepare("INSERT INTO raw_events(ts_ms, checkpoint_id, offset, source_id, type_id, status, length) "
                  "VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)");
    for (const auto &[tsMs, line] : records) {
        raw.bind(1, std::int64_t(tsMs)).bind(2, id).bind(3, std::int64_t(text.size())).bind(4, sourceId);
        raw.bind(5, status).bind(6, std::int64_t(line.size()));
        if (!raw.exec())
            return 0;
        text += line + '\n';
    }
    auto block =
        c.prepare("INSERT INTO stream_text(checkpoint_id, offset, max_ts_ms, bytes, codec, text_len) "
                  "VALUES (?1, 0, ?2, ?3, ?4, ?5)");
    const streamtext::Block packed = streamtext::pack(0, {text.constData(), size_t(text.size())});
    block.bind(1, id).bind(2, std::int64_t(records.empty() ? 0 : records.back().first));
    block.bindBlob(3, packed.bytes.data(), int(packed.bytes.size()));
    block.bind(4, packed.codec).bind(5, packed.textLen);
    return block.exec() ? id : 0;
}

inline bool newestFirst(const std::vector<EventRow> &rows)
{
    for (size_t i = 1; i < rows.size(); ++i) {
        const EventRow &a = rows[i - 1];
        const EventRow &b = rows[i];
        if (std::tuple(a.tsMs, a.checkpointId, a.offset) <= std::tuple(b.tsMs, b.checkpointId, b.offset))
            return false;
    }
    return true;
}

inline QList<qint64> idsOf(const std::vector<EventRow> &rows)
{
    QList<qint64> ids;
    for (const EventRow &r : rows)
        ids << (r.checkpointId << 40 | r.offset);
    return ids;
}

} // namespace es::raweventstest
