#include "store/rawevents_p.h"

#include "store/raweventfilter.h"
#include "store/schema.h"

#include <QStringMatcher>
#include <algorithm>
#include <climits>
#include <sqlite3.h>

namespace es {

namespace {

// Candidates per batch: a page without grep needs limit + 1 rows (one more
// tells whether another page exists); with grep, batches start at
// kFirstGrepBatch and double up to kMaxBatch rows or kBatchBytes of text.
constexpr int kFirstGrepBatch = 256;
constexpr int kMaxBatch = 65536;
constexpr std::int64_t kBatchBytes = 32 << 20;
constexpr size_t kMaxOpenFiles = 64;

int cancelProgress(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

} // namespace

namespace rawevents {

QString encodeCursor(Key k)
{
    const QByteArray raw = "2:" + QByteArray::number(qint64(k.tsMs)) + ':' +
                           QByteArray::number(qint64(k.checkpointId)) + ':' +
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

} // namespace rawevents

using rawevents::decodeCursor;
using rawevents::encodeCursor;
using Key = rawevents::Key;

RawEventSearch::Impl::CancelScope::CancelScope(Impl *d, const std::atomic<bool> *flag) : m_d(d)
{
    d->cancel = flag;
    if (flag)
        sqlite3_progress_handler(d->db.connection().handle(), 1000, &cancelProgress,
                                 const_cast<std::atomic<bool> *>(flag));
}

RawEventSearch::Impl::CancelScope::~CancelScope()
{
    sqlite3_progress_handler(m_d->db.connection().handle(), 0, nullptr, nullptr);
    // Files are opened again (and their head checked again) by the next call.
    m_d->readers.clear();
    m_d->cancel = nullptr;
}

bool RawEventSearch::Impl::loadNames()
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

QString RawEventSearch::Impl::sourceName(std::int64_t id) const
{
    const auto src = sourceNames.find(id);
    return src != sourceNames.end() ? src->second : QStringLiteral("#%1").arg(id);
}

QString RawEventSearch::Impl::typeName(std::int64_t id) const
{
    if (id == 0)
        return requestType();
    const auto type = typeNames.find(id);
    return type != typeNames.end() ? type->second : QStringLiteral("#%1").arg(id);
}

std::optional<std::string> RawEventSearch::Impl::filterSql(const EventQuery &q, EventPageInfo &page)
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

bool RawEventSearch::Impl::hasRequests()
{
    return db.connection().scalarInt("SELECT EXISTS(SELECT 1 FROM raw_events WHERE type_id = 0)", 0) == 1;
}

const RawEventSearch::Impl::CheckpointInfo &RawEventSearch::Impl::checkpoint(std::int64_t id)
{
    auto it = checkpoints.find(id);
    if (it != checkpoints.end())
        return it->second;
    CheckpointInfo info;
    auto st = db.connection().prepare("SELECT path, head_len, head_hash FROM file_checkpoints WHERE id = ?1");
    st.bind(1, id);
    if (st.step()) {
        info.path = st.qtext(0);
        info.headLen = int(st.int64(1));
        info.headHash = st.qtext(2);
    }
    return checkpoints.emplace(id, std::move(info)).first->second;
}

LineReader &RawEventSearch::Impl::reader(std::int64_t checkpointId)
{
    auto it = readers.find(checkpointId);
    if (it == readers.end()) {
        if (readers.size() >= kMaxOpenFiles) {
            auto oldest = std::min_element(readers.begin(), readers.end(), [](const auto &a, const auto &b) {
                return a.second->lastUse < b.second->lastUse;
            });
            readers.erase(oldest);
        }
        const CheckpointInfo &info = checkpoint(checkpointId);
        it = readers
                 .emplace(checkpointId,
                          LineReader::isStream(info.headLen, info.headHash)
                              ? std::make_unique<LineReader>(db.connection(), checkpointId)
                              : std::make_unique<LineReader>(info.path, info.headLen, info.headHash, cancel))
                 .first;
    }
    it->second->lastUse = ++useClock;
    return *it->second;
}

bool RawEventSearch::Impl::fetch(Stream &s, std::int64_t fromMs, int batch)
{
    s.st.bind(1, fromMs)
        .bind(2, s.upper.tsMs)
        .bind(3, s.upper.checkpointId)
        .bind(4, batch)
        .bind(6, s.upper.offset);
    if (s.typeId)
        s.st.bind(5, *s.typeId);
    int n = 0;
    while (s.st.step()) {
        Candidate c;
        c.key = {s.st.int64(1), s.st.int64(5), s.st.int64(6)}; // (ts_ms, checkpoint_id, offset)
        c.sourceId = s.st.int64(2);
        c.typeId = s.st.int64(3);
        c.status = int(s.st.int64(4));
        c.checkpointId = s.st.isNull(5) ? 0 : s.st.int64(5);
        c.offset = s.st.int64(6);
        c.length = std::int32_t(s.st.int64(7));
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

bool RawEventSearch::Impl::resolve(std::vector<Candidate> &batch, size_t count)
{
    std::vector<size_t> fileRows;
    for (size_t i = 0; i < count; ++i) {
        Candidate &c = batch[i];
        if (c.checkpointId == 0)
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

EventRow RawEventSearch::Impl::makeRow(Candidate &c, QString text)
{
    EventRow row;
    row.checkpointId = c.key.checkpointId;
    row.offset = c.key.offset;
    row.tsMs = c.key.tsMs;
    row.source = sourceName(c.sourceId);
    row.type = typeName(c.typeId);
    row.status = c.status;
    row.textState = c.state;
    if (c.state == TextState::Ok)
        row.text = std::move(text);
    if (c.checkpointId != 0)
        row.path = checkpoint(c.checkpointId).path;
    return row;
}

bool RawEventSearch::Impl::run(const EventQuery &q, const std::atomic<bool> *cancelFlag, bool withText,
                               EventPageInfo &page, const std::function<void(Candidate &, QString &&)> &take)
{
    error.clear();
    if (!db.isOpen()) {
        error = tr("No workspace is open.");
        return false;
    }
    if (q.limit < 1) {
        error = tr("The number of rows must be at least 1.");
        return false;
    }
    Key upper{INT64_MAX, INT64_MAX, INT64_MAX};
    if (q.toMs)
        upper = std::min(upper, Key{*q.toMs, INT64_MIN, INT64_MIN});
    if (!q.after.isEmpty()) {
        const std::optional<Key> after = decodeCursor(q.after);
        if (!after) {
            error = tr("The cursor \"%1\" is not valid. Pass the cursor printed with the previous page "
                       "unchanged, or leave it out to start at the newest event.")
                        .arg(q.after);
            return false;
        }
        upper = std::min(upper, *after);
    }
    const std::int64_t fromMs = q.fromMs.value_or(INT64_MIN);
    checkpoints.clear();
    if (!loadNames())
        return false;

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
            if (name == requestType() && hasRequests())
                add(0);
            for (const auto &[id, value] : typeNames) {
                if (value == name)
                    add(id);
            }
            if (!known && !page.unknownTypes.contains(name))
                page.unknownTypes << name;
        }
        if (typeIds.empty())
            return true;
    }

    const std::optional<std::string> filters = filterSql(q, page);
    if (!filters)
        return true;

    const bool grep = !q.grep.isEmpty();
    // Keys without grep need no length: the row's
    // record is decoded no further than its status.
    const bool needText = withText || grep;
    std::vector<Stream> streams;
    for (const std::optional<std::int64_t> &typeId : typeIds) {
        Stream s;
        std::string sql = needText
                              ? "SELECT 0, ts_ms, source_id, type_id, status, checkpoint_id, offset, length "
                              : "SELECT 0, ts_ms, source_id, type_id, status, checkpoint_id, offset, 0 ";
        sql += "FROM raw_events WHERE ts_ms >= ?1 AND ts_ms <= ?2 AND (ts_ms, checkpoint_id, offset) < (?2, "
               "?3, ?6)";
        // Requests are type 0. The type is filtered along the time-ordered
        // key: an index by type would double the cost of storing each event.
        if (typeId)
            sql += " AND type_id = ?5";
        sql += *filters;
        sql += " ORDER BY ts_ms DESC, checkpoint_id DESC, offset DESC LIMIT ?4";
        s.st = db.connection().prepare(sql);
        if (!s.st.isValid()) {
            error = db.connection().errorString();
            return false;
        }
        s.typeId = typeId;
        s.upper = upper;
        streams.push_back(std::move(s));
    }

    const CancelScope scope(this, cancelFlag);
    const QStringMatcher matcher(q.grep, Qt::CaseInsensitive);
    const size_t limit = size_t(q.limit);
    size_t taken = 0;
    Key lastTaken;
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
            if (s.buffered.empty() && !s.exhausted && !fetch(s, fromMs, fetchSize())) {
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
        if (cancelled()) {
            page.cancelled = true;
            return true;
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
            bytes += c->length;
            batch.push_back(std::move(*c));
        }
        if (fetchFailed) {
            if (cancelled()) {
                page.cancelled = true;
                return true;
            }
            return false;
        }
        if (batch.empty()) {
            if (!exhausted) // stopped by maxScanned
                page.nextCursor = encodeCursor(taken < limit ? lastScanned : lastTaken);
            page.partial = !exhausted && taken < limit;
            return true;
        }

        // Without grep only the rows that go into the page need their text.
        const size_t resolveCount = grep       ? batch.size()
                                    : withText ? std::min(batch.size(), limit - taken)
                                               : 0;
        if (!resolve(batch, resolveCount)) {
            page.cancelled = true;
            return true;
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            Candidate &c = batch[i];
            ++page.scanned;
            lastScanned = c.key;
            QString text;
            if (grep) {
                if (c.state != TextState::Ok) {
                    if (taken < limit)
                        ++page.unsearchable;
                    continue;
                }
                text = QString::fromUtf8(c.bytes);
                if (matcher.indexIn(text) < 0)
                    continue;
            } else if (i < resolveCount && c.state == TextState::Ok) {
                text = QString::fromUtf8(c.bytes);
            }
            if (taken == limit) {
                // One more match exists: the page is full and has a successor.
                page.nextCursor = encodeCursor(lastTaken);
                return true;
            }
            if (!withText)
                text.clear();
            take(c, std::move(text));
            lastTaken = c.key;
            ++taken;
        }
        if (exhausted)
            return true;
        if (grep)
            batchSize = std::min(batchSize * 2, kMaxBatch);
    }
}

} // namespace es
