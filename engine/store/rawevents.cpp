#include "store/rawevents.h"

#include "store/linereader.h"
#include "store/raweventfilter.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QStringMatcher>
#include <QTimeZone>
#include <algorithm>
#include <climits>
#include <cstring>
#include <deque>
#include <map>
#include <sqlite3.h>
#include <unordered_map>

namespace es {

namespace {

// Candidates per batch: a page without grep needs limit + 1 rows (one more
// tells whether another page exists); with grep, batches start at
// kFirstGrepBatch and double up to kMaxBatch rows or kBatchBytes of text.
constexpr int kFirstGrepBatch = 256;
constexpr int kMaxBatch = 65536;
constexpr std::int64_t kBatchBytes = 32 << 20;
constexpr size_t kMaxOpenFiles = 64;

// Position in the newest-first order: rows are sorted by the table's key
// (ts, checkpoint, offset) descending.
struct Key
{
    std::int64_t ts = 0;
    std::int64_t checkpoint = 0;
    std::int64_t offset = 0;
    auto operator<=>(const Key &) const = default;
};

QString encodeCursor(Key k)
{
    const QByteArray raw = "2:" + QByteArray::number(qint64(k.ts)) + ':' +
                           QByteArray::number(qint64(k.checkpoint)) + ':' +
                           QByteArray::number(qint64(k.offset));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Key> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4 || parts[0] != "2")
        return std::nullopt;
    bool okTs = false;
    bool okCp = false;
    bool okOff = false;
    const Key k{parts[1].toLongLong(&okTs), parts[2].toLongLong(&okCp), parts[3].toLongLong(&okOff)};
    if (!okTs || !okCp || !okOff)
        return std::nullopt;
    return k;
}

struct Candidate
{
    Key key;
    std::int64_t sourceId = 0;
    std::int64_t typeId = 0;
    int status = -1;
    std::int64_t checkpointId = 0; // 0: no file reference
    std::int64_t offset = 0;
    std::int32_t length = 0;
    bool hasPayload = false;
    QByteArray bytes; // payload, or the line once read
    TextState state = TextState::Ok;
};

// Candidates of one type (or of all types), newest first, fetched by key set
// in batches; the read transaction ends after every batch.
struct Stream
{
    sql::Statement st;
    std::optional<std::int64_t> typeId;
    std::deque<Candidate> buffered;
    Key upper; // the next batch starts below this key
    bool exhausted = false;
};

int cancelProgress(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

} // namespace

struct RawEventSearch::Impl
{
    WorkspaceDb db;
    QString error;
    const std::atomic<bool> *cancel = nullptr;
    std::unordered_map<std::int64_t, QString> sourceNames;
    std::unordered_map<std::int64_t, QString> typeNames;
    struct CheckpointInfo
    {
        QString path;
        int headLen = 0;
        QString headHash;
    };
    std::unordered_map<std::int64_t, CheckpointInfo> checkpoints;
    std::unordered_map<std::int64_t, std::unique_ptr<LineReader>> readers;
    std::uint64_t useClock = 0;

    bool cancelled() const { return cancel && cancel->load(); }

    bool loadNames()
    {
        auto &c = db.connection();
        sourceNames.clear();
        typeNames.clear();
        auto src = c.prepare("SELECT id, display_name FROM sources");
        while (src.step())
            sourceNames[src.int64(0)] = src.qtext(1);
        auto types = c.prepare("SELECT id, value FROM dict WHERE dim = ?1");
        types.bind(1, int(schema::DimEventType));
        while (types.step())
            typeNames[types.int64(0)] = types.qtext(1);
        if (!src.errorString().isEmpty() || !types.errorString().isEmpty() || !src.isValid() ||
            !types.isValid()) {
            error = c.errorString();
            return false;
        }
        return true;
    }

    // The source and status filters of a query as SQL conditions (" AND ..."),
    // names resolved to ids; nullopt when no requested source exists.
    std::optional<std::string> filterSql(const EventQuery &q, EventPage &page)
    {
        std::string sql;
        if (!q.sources.isEmpty()) {
            std::vector<std::int64_t> ids;
            for (const QString &name : q.sources) {
                bool known = false;
                for (const auto &[id, value] : sourceNames) {
                    if (value == name) {
                        ids.push_back(id);
                        known = true;
                    }
                }
                if (!known && !page.unknownSources.contains(name))
                    page.unknownSources << name;
            }
            if (ids.empty())
                return std::nullopt;
            sql += " AND " + sqlIdList("source_id", ids);
        }
        if (!q.statuses.isEmpty())
            sql += " AND " + StatusFilter::sql(q.statuses);
        return sql;
    }

    bool hasRequests()
    {
        return db.connection().scalarInt("SELECT EXISTS(SELECT 1 FROM raw_events WHERE type_id = 0)", 0) == 1;
    }

    const CheckpointInfo &checkpoint(std::int64_t id)
    {
        auto it = checkpoints.find(id);
        if (it != checkpoints.end())
            return it->second;
        CheckpointInfo info;
        auto st =
            db.connection().prepare("SELECT path, head_len, head_hash FROM file_checkpoints WHERE id = ?1");
        st.bind(1, id);
        if (st.step()) {
            info.path = st.qtext(0);
            info.headLen = int(st.int64(1));
            info.headHash = st.qtext(2);
        }
        return checkpoints.emplace(id, std::move(info)).first->second;
    }

    LineReader &reader(std::int64_t checkpointId)
    {
        auto it = readers.find(checkpointId);
        if (it == readers.end()) {
            if (readers.size() >= kMaxOpenFiles) {
                auto oldest =
                    std::min_element(readers.begin(), readers.end(), [](const auto &a, const auto &b) {
                        return a.second->lastUse < b.second->lastUse;
                    });
                readers.erase(oldest);
            }
            const CheckpointInfo &info = checkpoint(checkpointId);
            it = readers
                     .emplace(checkpointId,
                              std::make_unique<LineReader>(info.path, info.headLen, info.headHash, cancel))
                     .first;
        }
        it->second->lastUse = ++useClock;
        return *it->second;
    }

    // Fetches the next batch of a stream. Returns false on an error.
    bool fetch(Stream &s, std::int64_t fromMs, int batch)
    {
        s.st.bind(1, fromMs)
            .bind(2, s.upper.ts)
            .bind(3, s.upper.checkpoint)
            .bind(4, batch)
            .bind(6, s.upper.offset);
        if (s.typeId)
            s.st.bind(5, *s.typeId);
        int n = 0;
        sqlite3_stmt *h = s.st.handle();
        while (s.st.step()) {
            Candidate c;
            c.key = {s.st.int64(1), s.st.int64(5), s.st.int64(6)}; // (ts_ms, checkpoint_id, offset)
            c.sourceId = s.st.int64(2);
            c.typeId = s.st.int64(3);
            c.status = int(s.st.int64(4));
            c.checkpointId = s.st.isNull(5) ? 0 : s.st.int64(5);
            c.offset = s.st.int64(6);
            c.length = std::int32_t(s.st.int64(7));
            if (!s.st.isNull(8)) {
                c.hasPayload = true;
                const void *blob = sqlite3_column_blob(h, 8);
                c.bytes = QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(h, 8));
            }
            s.buffered.push_back(std::move(c));
            ++n;
        }
        const QString stepError = s.st.errorString();
        s.st.reset();
        if (!stepError.isEmpty()) {
            error = stepError;
            return false;
        }
        if (n < batch)
            s.exhausted = true;
        if (n > 0)
            s.upper = s.buffered.back().key;
        return true;
    }

    // Reads the text of the first `count` candidates: payloads as they are,
    // file lines grouped by file in offset order. Returns false if cancelled.
    bool resolve(std::vector<Candidate> &batch, size_t count)
    {
        std::vector<size_t> fileRows;
        for (size_t i = 0; i < count; ++i) {
            Candidate &c = batch[i];
            if (c.hasPayload)
                c.state = TextState::Ok;
            else if (c.checkpointId == 0)
                c.state = TextState::NotStored;
            else
                fileRows.push_back(i);
        }
        std::sort(fileRows.begin(), fileRows.end(), [&](size_t a, size_t b) {
            return std::pair(batch[a].checkpointId, batch[a].offset) <
                   std::pair(batch[b].checkpointId, batch[b].offset);
        });
        for (size_t i : fileRows) {
            if (cancelled())
                return false;
            Candidate &c = batch[i];
            LineReader &r = reader(c.checkpointId);
            c.state = r.readLine(c.offset, c.length, c.bytes);
            if (r.cancelled())
                return false;
        }
        return true;
    }

    EventRow makeRow(Candidate &c, QString text)
    {
        EventRow row;
        row.checkpointId = c.key.checkpoint;
        row.offset = c.key.offset;
        row.tsMs = c.key.ts;
        const auto src = sourceNames.find(c.sourceId);
        row.source = src != sourceNames.end() ? src->second : QStringLiteral("#%1").arg(c.sourceId);
        if (c.typeId == 0) {
            row.type = requestType();
        } else {
            const auto type = typeNames.find(c.typeId);
            row.type = type != typeNames.end() ? type->second : QStringLiteral("#%1").arg(c.typeId);
        }
        row.status = c.status;
        row.textState = c.state;
        if (c.state == TextState::Ok)
            row.text = std::move(text);
        if (c.checkpointId != 0)
            row.path = checkpoint(c.checkpointId).path;
        return row;
    }
};

RawEventSearch::RawEventSearch() : d(std::make_unique<Impl>()) {}

RawEventSearch::~RawEventSearch() = default;

bool RawEventSearch::open(const QString &workspacePath)
{
    close();
    if (!d->db.open(workspacePath, WorkspaceDb::Access::ReadOnly)) {
        d->error = d->db.errorString();
        return false;
    }
    return true;
}

void RawEventSearch::close()
{
    d->readers.clear();
    d->checkpoints.clear();
    d->db.close();
    d->error.clear();
}

QString RawEventSearch::errorString() const
{
    return d->error;
}

QByteArray RawEventSearch::timeZoneId()
{
    const QByteArray id = d->db.isOpen() ? d->db.meta(QStringLiteral("time_zone")).toUtf8() : QByteArray();
    return !id.isEmpty() && QTimeZone(id).isValid() ? id : QByteArray("UTC");
}

QStringList RawEventSearch::eventTypes()
{
    QStringList names;
    if (!d->db.isOpen() || !d->loadNames())
        return names;
    for (const auto &[id, name] : d->typeNames)
        names << name;
    if (d->hasRequests() && !names.contains(requestType()))
        names << requestType();
    names.sort();
    return names;
}

QStringList RawEventSearch::sourceNames()
{
    QStringList names;
    if (!d->db.isOpen() || !d->loadNames())
        return names;
    for (const auto &[id, name] : d->sourceNames) {
        if (!names.contains(name))
            names << name;
    }
    names.sort();
    return names;
}

std::optional<std::vector<TypeCount>> RawEventSearch::countByType(const EventQuery &q,
                                                                  const std::atomic<bool> *cancel)
{
    d->error.clear();
    if (!d->db.isOpen()) {
        d->error = tr("No workspace is open.");
        return std::nullopt;
    }
    std::map<QString, std::int64_t> byName;
    if (!q.grep.isEmpty()) {
        // Only the text tells whether a row matches: count the rows of every page.
        EventQuery pages = q;
        pages.limit = 10000;
        pages.after.clear();
        pages.maxScanned = INT64_MAX;
        for (;;) {
            std::optional<EventPage> page = search(pages, cancel);
            if (!page)
                return std::nullopt;
            if (page->cancelled) {
                d->error = tr("The count was cancelled.");
                return std::nullopt;
            }
            for (const EventRow &r : page->rows)
                ++byName[r.type];
            if (page->nextCursor.isEmpty())
                break;
            pages.after = page->nextCursor;
        }
    } else {
        if (!d->loadNames())
            return std::nullopt;
        EventPage unused;
        const std::optional<std::string> filters = d->filterSql(q, unused);
        if (filters) {
            auto &c = d->db.connection();
            auto st = c.prepare("SELECT type_id, count(*) FROM raw_events WHERE ts_ms >= ?1 AND ts_ms < ?2" +
                                *filters + " GROUP BY type_id");
            if (!st.isValid()) {
                d->error = c.errorString();
                return std::nullopt;
            }
            st.bind(1, q.fromMs.value_or(INT64_MIN)).bind(2, q.toMs.value_or(INT64_MAX));
            if (cancel)
                sqlite3_progress_handler(c.handle(), 1000, &cancelProgress,
                                         const_cast<std::atomic<bool> *>(cancel));
            while (st.step()) {
                const std::int64_t typeId = st.int64(0);
                const auto it = d->typeNames.find(typeId);
                const QString name = typeId == 0                ? requestType()
                                     : it != d->typeNames.end() ? it->second
                                                                : QStringLiteral("#%1").arg(typeId);
                if (q.types.isEmpty() || q.types.contains(name))
                    byName[name] += st.int64(1);
            }
            const QString stepError = st.errorString();
            sqlite3_progress_handler(c.handle(), 0, nullptr, nullptr);
            if (cancel && cancel->load()) {
                d->error = tr("The count was cancelled.");
                return std::nullopt;
            }
            if (!stepError.isEmpty()) {
                d->error = stepError;
                return std::nullopt;
            }
        }
    }
    std::vector<TypeCount> out;
    for (const auto &[name, count] : byName)
        out.push_back({name, count});
    std::stable_sort(out.begin(), out.end(),
                     [](const TypeCount &a, const TypeCount &b) { return a.count > b.count; });
    return out;
}

bool RawEventSearch::isValidCursor(const QString &cursor)
{
    return cursor.isEmpty() || decodeCursor(cursor).has_value();
}

QString RawEventSearch::textStateText(TextState state)
{
    switch (state) {
    case TextState::Ok:
        return {};
    case TextState::FileMissing:
        return tr("text unavailable: the file is no longer at its imported path");
    case TextState::FileChanged:
        return tr("text unavailable: the file has changed since the import");
    case TextState::ReadError:
        return tr("text unavailable: the file cannot be read");
    case TextState::NotStored:
        return tr("text unavailable: the line was not kept");
    }
    return {};
}

std::optional<EventPage> RawEventSearch::search(const EventQuery &q, const std::atomic<bool> *cancel)
{
    d->error.clear();
    if (!d->db.isOpen()) {
        d->error = tr("No workspace is open.");
        return std::nullopt;
    }
    if (q.limit < 1) {
        d->error = tr("The number of rows must be at least 1.");
        return std::nullopt;
    }
    Key upper{INT64_MAX, INT64_MAX, INT64_MAX};
    if (q.toMs)
        upper = std::min(upper, Key{*q.toMs, INT64_MIN, INT64_MIN});
    if (!q.after.isEmpty()) {
        const std::optional<Key> after = decodeCursor(q.after);
        if (!after) {
            d->error = tr("The cursor \"%1\" is not valid. Pass the cursor printed with the previous page "
                          "unchanged, or leave it out to start at the newest event.")
                           .arg(q.after);
            return std::nullopt;
        }
        upper = std::min(upper, *after);
    }
    const std::int64_t fromMs = q.fromMs.value_or(INT64_MIN);
    d->checkpoints.clear();
    if (!d->loadNames())
        return std::nullopt;

    EventPage page;
    std::vector<std::optional<std::int64_t>> typeIds;
    if (q.types.isEmpty()) {
        typeIds.push_back(std::nullopt);
    } else {
        for (const QString &name : q.types) {
            bool known = false;
            auto add = [&](std::int64_t id) {
                known = true;
                if (std::find(typeIds.begin(), typeIds.end(), std::optional(id)) == typeIds.end())
                    typeIds.push_back(id);
            };
            if (name == requestType() && d->hasRequests())
                add(0);
            for (const auto &[id, value] : d->typeNames) {
                if (value == name)
                    add(id);
            }
            if (!known && !page.unknownTypes.contains(name))
                page.unknownTypes << name;
        }
        if (typeIds.empty())
            return page;
    }

    const std::optional<std::string> filters = d->filterSql(q, page);
    if (!filters)
        return page;

    std::vector<Stream> streams;
    for (const std::optional<std::int64_t> &typeId : typeIds) {
        Stream s;
        std::string sql =
            "SELECT 0, ts_ms, source_id, type_id, status, checkpoint_id, offset, length, payload "
            "FROM raw_events WHERE ts_ms >= ?1 AND ts_ms <= ?2 AND (ts_ms, checkpoint_id, offset) < (?2, ?3, "
            "?6)";
        // Event types have a partial index (type_id <> 0); requests are type 0.
        if (typeId)
            sql += *typeId != 0 ? " AND type_id = ?5 AND type_id <> 0" : " AND type_id = ?5";
        sql += *filters;
        sql += " ORDER BY ts_ms DESC, checkpoint_id DESC, offset DESC LIMIT ?4";
        s.st = d->db.connection().prepare(sql);
        if (!s.st.isValid()) {
            d->error = d->db.connection().errorString();
            return std::nullopt;
        }
        s.typeId = typeId;
        s.upper = upper;
        streams.push_back(std::move(s));
    }

    sqlite3 *handle = d->db.connection().handle();
    d->cancel = cancel;
    if (cancel)
        sqlite3_progress_handler(handle, 1000, &cancelProgress, const_cast<std::atomic<bool> *>(cancel));
    struct Cleanup
    {
        Impl *d;
        sqlite3 *handle;
        ~Cleanup()
        {
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
            d->readers.clear();
            d->cancel = nullptr;
        }
    } cleanup{d.get(), handle};

    const bool grep = !q.grep.isEmpty();
    const QStringMatcher matcher(q.grep, Qt::CaseInsensitive);
    const size_t limit = size_t(q.limit);
    int batchSize =
        grep ? std::max(kFirstGrepBatch, std::min(q.limit + 1, kMaxBatch)) : std::min(q.limit + 1, kMaxBatch);
    Key lastScanned = upper;
    std::vector<Candidate> batch;
    bool fetchFailed = false;

    // Several type streams share the batch, so they fetch smaller parts of it.
    auto fetchSize = [&] { return std::max(64, batchSize / int(streams.size())); };
    // The newest remaining candidate over all streams.
    auto next = [&]() -> std::optional<Candidate> {
        Stream *best = nullptr;
        for (Stream &s : streams) {
            if (s.buffered.empty() && !s.exhausted && !d->fetch(s, fromMs, fetchSize())) {
                fetchFailed = true;
                return std::nullopt;
            }
            if (!s.buffered.empty() && (!best || s.buffered.front().key > best->buffered.front().key))
                best = &s;
        }
        if (!best)
            return std::nullopt;
        Candidate c = std::move(best->buffered.front());
        best->buffered.pop_front();
        return c;
    };

    for (;;) {
        if (d->cancelled()) {
            page.cancelled = true;
            return page;
        }
        batch.clear();
        std::int64_t bytes = 0;
        bool exhausted = false;
        while (int(batch.size()) < batchSize && bytes < kBatchBytes &&
               page.scanned + std::int64_t(batch.size()) < q.maxScanned) {
            std::optional<Candidate> c = next();
            if (!c) {
                exhausted = !fetchFailed;
                break;
            }
            bytes += c->hasPayload ? c->bytes.size() : c->length;
            batch.push_back(std::move(*c));
        }
        if (fetchFailed) {
            if (d->cancelled()) {
                page.cancelled = true;
                return page;
            }
            return std::nullopt;
        }
        if (batch.empty()) {
            if (!exhausted) {
                // Stopped by maxScanned.
                if (page.rows.size() < limit) {
                    page.partial = true;
                    page.nextCursor = encodeCursor(lastScanned);
                } else {
                    page.nextCursor = encodeCursor(
                        {page.rows.back().tsMs, page.rows.back().checkpointId, page.rows.back().offset});
                }
            }
            return page;
        }

        // Without grep only the rows that go into the page need their text.
        const size_t needText = grep ? batch.size() : std::min(batch.size(), limit - page.rows.size());
        if (!d->resolve(batch, needText)) {
            page.cancelled = true;
            return page;
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            Candidate &c = batch[i];
            ++page.scanned;
            lastScanned = c.key;
            QString text;
            bool match = true;
            if (grep) {
                if (c.state != TextState::Ok) {
                    if (page.rows.size() < limit)
                        ++page.unsearchable;
                    continue;
                }
                text = QString::fromUtf8(c.bytes);
                match = matcher.indexIn(text) >= 0;
            } else if (i < needText && c.state == TextState::Ok) {
                text = QString::fromUtf8(c.bytes);
            }
            if (!match)
                continue;
            if (page.rows.size() == limit) {
                // One more match exists: the page is full and has a successor.
                page.nextCursor = encodeCursor(
                    {page.rows.back().tsMs, page.rows.back().checkpointId, page.rows.back().offset});
                return page;
            }
            page.rows.push_back(d->makeRow(c, std::move(text)));
        }
        if (exhausted)
            return page;
        if (grep)
            batchSize = std::min(batchSize * 2, kMaxBatch);
    }
}

} // namespace es
