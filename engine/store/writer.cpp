#include "store/writer.h"

#include "store/schema.h"
#include "store/sqlite.h"
#include "store/workspacedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>
#include <unordered_map>

namespace es {

namespace {
class WriterText
{
    Q_DECLARE_TR_FUNCTIONS(es::Writer)
};

struct DayKey
{
    int grp;
    std::int64_t bucket;
    std::int64_t d1;
    auto operator<=>(const DayKey &) const = default;
};

struct DayKeyHash
{
    size_t operator()(const DayKey &k) const noexcept
    {
        std::uint64_t h = std::uint64_t(k.bucket) * 0x9E3779B97F4A7C15ULL;
        h ^= std::uint64_t(k.d1) + 0x632BE59BD9B4E019ULL + (h << 6) + (h >> 2);
        h ^= std::uint64_t(k.grp) * 0xC2B2AE3D27D4EB4FULL;
        return size_t(h ^ (h >> 29));
    }
};

struct KeyedRow
{
    DayKey key;
    Counters counters;
};

// Sorts rows by key and adds up rows with equal keys, in place.
std::vector<KeyedRow> &sortAndCombine(std::vector<KeyedRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const KeyedRow &a, const KeyedRow &b) { return a.key < b.key; });
    size_t out = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (out > 0 && rows[out - 1].key == rows[i].key)
            rows[out - 1].counters += rows[i].counters;
        else
            rows[out++] = rows[i];
    }
    rows.resize(out);
    return rows;
}

// The three rollup tables share one layout; a batch adds its counters to them.
std::string upsertSql(std::string_view table)
{
    return "INSERT INTO " + std::string(table) +
           "(grp, bucket, d1, d2, bot, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, downloads, "
           "duration_us, duration_count) "
           "VALUES (?1, ?2, ?3, 0, 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
           "ON CONFLICT(grp, bucket, d1, d2, bot) DO UPDATE SET hits = hits + excluded.hits, "
           "bytes = bytes + excluded.bytes, s1xx = s1xx + excluded.s1xx, s2xx = s2xx + excluded.s2xx, "
           "s3xx = s3xx + excluded.s3xx, s4xx = s4xx + excluded.s4xx, s5xx = s5xx + excluded.s5xx, "
           "events = events + excluded.events, page_views = page_views + excluded.page_views, "
           "downloads = downloads + excluded.downloads, duration_us = duration_us + excluded.duration_us, "
           "duration_count = duration_count + excluded.duration_count";
}
} // namespace

struct Writer::Impl
{
    WorkspaceDb db;
    sql::Statement upMinute, upHour, upDay, insRaw, insSample, updCheckpoint, insCommit, dictIns, dictSel;
    // (dim, value) -> dict id; entries added inside a failed transaction are evicted.
    std::unordered_map<std::string, std::int64_t> dict[schema::kDimCount];
    std::vector<std::pair<int, std::string>> dictAddedInTx;
    RetentionPolicy retention;
    std::int64_t newestMs = INT64_MIN; // newest committed event

    bool prepare()
    {
        auto &c = db.connection();
        upMinute = c.prepare(upsertSql("rollup_minute"));
        upHour = c.prepare(upsertSql("rollup_hour"));
        upDay = c.prepare(upsertSql("rollup_day"));
        insRaw = c.prepare(
            "INSERT INTO raw_events(ts_ms, source_id, type_id, status, checkpoint_id, offset, length) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insSample =
            c.prepare("INSERT OR IGNORE INTO malformed_samples(checkpoint_id, line_no, reason, sample) "
                      "SELECT ?1, ?2, ?3, ?4 WHERE (SELECT count(*) FROM malformed_samples "
                      "WHERE checkpoint_id = ?1) < 20");
        updCheckpoint = c.prepare(
            "UPDATE file_checkpoints SET head_len = ?2, head_hash = ?3, path = ?4, compressed = "
            "?5, offset = ?6, "
            "line_no = ?7, format = ?8, parser_state = ?9, records = records + ?10, malformed = "
            "malformed + ?11, "
            "skipped = skipped + ?12, min_ts_ms = min(coalesce(min_ts_ms, ?13), coalesce(?13, min_ts_ms)), "
            "max_ts_ms = max(coalesce(max_ts_ms, ?14), coalesce(?14, max_ts_ms)), updated_ms = ?15 WHERE id "
            "= ?1");
        insCommit = c.prepare(
            "INSERT INTO commits(committed_ms, source_id, records, max_ts_ms) VALUES (?1, ?2, ?3, ?4)");
        dictIns =
            c.prepare("INSERT INTO dict(dim, value) VALUES (?1, ?2) ON CONFLICT(dim, value) DO NOTHING");
        dictSel = c.prepare("SELECT id FROM dict WHERE dim = ?1 AND value = ?2");
        return upMinute.isValid() && upHour.isValid() && upDay.isValid() && insRaw.isValid() &&
               insSample.isValid() && updCheckpoint.isValid() && insCommit.isValid() && dictIns.isValid() &&
               dictSel.isValid();
    }

    std::int64_t dictId(int dim, const std::string &value, bool &ok)
    {
        auto &cache = dict[dim];
        auto it = cache.find(value);
        if (it != cache.end())
            return it->second;
        dictSel.bind(1, dim).bind(2, std::string_view(value));
        std::int64_t id = -1;
        if (dictSel.step())
            id = dictSel.int64(0);
        dictSel.reset();
        if (id < 0) {
            dictIns.bind(1, dim).bind(2, std::string_view(value));
            if (!dictIns.exec()) {
                ok = false;
                return 0;
            }
            dictIns.reset();
            id = db.connection().lastInsertId();
            dictAddedInTx.emplace_back(dim, value);
        }
        cache.emplace(value, id);
        return id;
    }

    static bool upsert(sql::Statement &st, int grp, std::int64_t bucket, std::int64_t d1, const Counters &c)
    {
        st.bind(1, grp)
            .bind(2, bucket)
            .bind(3, d1)
            .bind(4, c.hits)
            .bind(5, c.bytes)
            .bind(6, c.s1xx)
            .bind(7, c.s2xx);
        st.bind(8, c.s3xx).bind(9, c.s4xx).bind(10, c.s5xx).bind(11, c.events);
        st.bind(12, c.pageViews).bind(13, c.downloads).bind(14, c.durationUs).bind(15, c.durationCount);
        return st.exec(); // exec() resets the statement; every parameter is bound again
    }

    QString apply(CommitBatch &b, const ZoneBucketer &zone, CommitInfo &info);
};

QString Writer::Impl::apply(CommitBatch &b, const ZoneBucketer &zone, CommitInfo &info)
{
    auto &c = db.connection();
    sql::Transaction tx(c);
    if (!tx.isActive())
        return c.errorString();
    dictAddedInTx.clear();
    bool ok = true;
    const Aggregate &a = b.delta;
    const std::int64_t source = b.checkpoint.sourceId;

    // String ids of the delta -> dict ids.
    auto mapDim = [&](StrDim sd, int dim) {
        std::vector<std::int64_t> ids(size_t(a.strings(sd).size()));
        for (int i = 0; i < a.strings(sd).size() && ok; ++i)
            ids[size_t(i)] = dictId(dim, a.strings(sd).value(i), ok);
        return ids;
    };
    // Dictionary dimension of each string dimension, in StrDim order.
    static constexpr int kDictDim[size_t(StrDim::Count)] = {schema::DimPath,      schema::DimSite,
                                                            schema::DimEventType, schema::DimMethod,
                                                            schema::DimBrowser,   schema::DimOs};
    std::vector<std::int64_t> dictIds[size_t(StrDim::Count)];
    for (size_t sd = 0; sd < size_t(StrDim::Count); ++sd)
        dictIds[sd] = mapDim(StrDim(sd), kDictDim[sd]);
    const std::vector<std::int64_t> &typeIds = dictIds[size_t(StrDim::EventType)];
    auto globalD1 = [&](int grp, std::int64_t d1) -> std::int64_t {
        const int sd = strDimOfGroup(grp);
        return sd >= 0 ? dictIds[size_t(sd)][size_t(d1)] : d1;
    };

    // Rows of each table, sorted by key before writing: the b-tree inserts
    // then have locality, and rows of the same key are added up once.
    // Minute rows have unique keys already; hour and day rows are summed in
    // hash maps (far fewer keys), then every table's rows are sorted by key so
    // the b-tree inserts have locality.
    std::vector<KeyedRow> minute;
    minute.reserve(a.minuteRows().size() * 2);
    std::unordered_map<DayKey, Counters, DayKeyHash> hourSums, daySums;
    hourSums.reserve(a.minuteRows().size() / 16 + a.hourRows().size());
    daySums.reserve(a.minuteRows().size() / 256 + a.hourRows().size() / 8 + a.dayRows().size());
    std::unordered_map<std::int64_t, std::int64_t> hourOf, dayOf; // memoised zone floors
    auto floorCached = [&zone](std::unordered_map<std::int64_t, std::int64_t> &memo, std::int64_t t,
                               Granularity g) {
        auto it = memo.find(t);
        if (it == memo.end())
            it = memo.emplace(t, zone.floor(t, g)).first;
        return it->second;
    };
    for (const auto &[k, cnt] : a.minuteRows()) {
        const std::int64_t d1 = globalD1(k.grp, k.d1);
        const std::int64_t h = floorCached(hourOf, k.bucket, Granularity::Hour);
        const std::int64_t dd = floorCached(dayOf, h, Granularity::Day);
        minute.push_back({{k.grp, k.bucket, d1}, cnt});
        hourSums[{k.grp, h, d1}] += cnt;
        daySums[{k.grp, dd, d1}] += cnt;
        if (k.grp == schema::GroupTotal) {
            minute.push_back({{schema::GroupSource, k.bucket, source}, cnt});
            hourSums[{schema::GroupSource, h, source}] += cnt;
            daySums[{schema::GroupSource, dd, source}] += cnt;
        }
    }
    // Records beyond the minute (or hour) retention arrive at a coarser level.
    for (const auto &[k, cnt] : a.hourRows()) {
        const std::int64_t d1 = globalD1(k.grp, k.d1);
        const std::int64_t dd = floorCached(dayOf, k.bucket, Granularity::Day);
        hourSums[{k.grp, k.bucket, d1}] += cnt;
        daySums[{k.grp, dd, d1}] += cnt;
        if (k.grp == schema::GroupTotal) {
            hourSums[{schema::GroupSource, k.bucket, source}] += cnt;
            daySums[{schema::GroupSource, dd, source}] += cnt;
        }
    }
    for (const auto &[k, cnt] : a.dayRows()) {
        daySums[{k.grp, k.bucket, globalD1(k.grp, k.d1)}] += cnt;
        if (k.grp == schema::GroupTotal)
            daySums[{schema::GroupSource, k.bucket, source}] += cnt;
    }
    auto sorted = [](const std::unordered_map<DayKey, Counters, DayKeyHash> &sums) {
        std::vector<KeyedRow> rows;
        rows.reserve(sums.size());
        for (const auto &[key, counters] : sums)
            rows.push_back({key, counters});
        return rows;
    };
    std::vector<KeyedRow> hour = sorted(hourSums), day = sorted(daySums);
    hourSums = {};
    daySums = {};
    for (const KeyedRow &r : sortAndCombine(minute))
        ok = ok && upsert(upMinute, r.key.grp, r.key.bucket, r.key.d1, r.counters);
    for (const KeyedRow &r : sortAndCombine(hour))
        ok = ok && upsert(upHour, r.key.grp, r.key.bucket, r.key.d1, r.counters);
    for (const KeyedRow &r : sortAndCombine(day))
        ok = ok && upsert(upDay, r.key.grp, r.key.bucket, r.key.d1, r.counters);

    for (const std::vector<RawRow> &segment : a.rawSegments()) {
        for (const RawRow &r : segment) {
            if (!ok)
                break;
            insRaw.bind(1, r.tsMs).bind(2, source).bind(3, r.typeId >= 0 ? typeIds[size_t(r.typeId)]
                                                                         : std::int64_t(0));
            insRaw.bind(4, r.status).bind(5, b.checkpoint.id).bind(6, r.offset).bind(7, r.length);
            ok = insRaw.exec();
        }
    }
    for (const MalformedSample &s : a.samples()) {
        if (!ok)
            break;
        insSample.bind(1, b.checkpoint.id).bind(2, s.lineNo).bind(3, std::string_view(s.reason));
        insSample.bind(4, QString::fromUtf8(s.text.data(), qsizetype(s.text.size())));
        ok = insSample.exec();
        insSample.reset();
    }

    const std::int64_t newest = a.records() > 0 ? std::max(newestMs, a.maxTsMs()) : newestMs;
    if (ok && a.records() > 0)
        ok = retention.apply(c, newest);

    const FileCheckpoint &cp = b.checkpoint;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (ok) {
        updCheckpoint.bind(1, cp.id).bind(2, cp.headLen).bind(3, cp.headHash).bind(4, cp.path);
        updCheckpoint.bind(5, cp.compressed ? 1 : 0).bind(6, cp.offset).bind(7, cp.lineNo).bind(8, cp.format);
        updCheckpoint.bind(9, cp.parserState)
            .bind(10, a.records())
            .bind(11, a.malformed())
            .bind(12, a.skipped());
        if (a.records() > 0)
            updCheckpoint.bind(13, a.minTsMs()).bind(14, a.maxTsMs());
        else
            updCheckpoint.bindNull(13).bindNull(14);
        updCheckpoint.bind(15, now);
        ok = updCheckpoint.exec();
        updCheckpoint.reset();
    }
    if (ok) {
        insCommit.bind(1, now).bind(2, source).bind(3, a.records());
        if (a.records() > 0)
            insCommit.bind(4, a.maxTsMs());
        else
            insCommit.bindNull(4);
        ok = insCommit.exec();
        insCommit.reset();
    }
    if (ok && tx.commit()) {
        newestMs = newest;
        info = {source, a.records(), a.records() > 0 ? a.maxTsMs() : 0, now};
        return {};
    }
    const int code = sqlite3_extended_errcode(c.handle());
    const QString detail = QString::fromUtf8(sqlite3_errmsg(c.handle()));
    tx.rollback();
    for (const auto &[dim, value] : dictAddedInTx)
        dict[dim].erase(value);
    if ((code & 0xff) == SQLITE_FULL)
        return WriterText::tr(
            "The disk holding the workspace is full. Nothing from the last batch was saved; "
            "free some space and run the import again to continue where it stopped.");
    if ((code & 0xff) == SQLITE_IOERR)
        return WriterText::tr(
                   "The workspace file could not be written (I/O error: %1). Nothing from the last "
                   "batch was saved; check the disk, then run the import again.")
            .arg(detail);
    return WriterText::tr("Saving to the workspace failed: %1. Nothing from the last batch was saved.")
        .arg(detail);
}

Writer::Writer() : d(std::make_unique<Impl>()), m_bucketer(std::make_unique<ZoneBucketer>()) {}

Writer::~Writer()
{
    close();
}

bool Writer::open(const QString &path)
{
    close();
    m_path = path;
    m_failed = false;
    m_error.clear();
    // Opened on the calling thread: SQLite connections opened with NOMUTEX may
    // move between threads as long as only one uses them at a time.
    if (!d->db.open(path)) {
        m_error = d->db.errorString();
        m_failed = true;
        return false;
    }
    m_path = d->db.path();
    if (!d->prepare()) {
        m_error = d->db.connection().errorString();
        m_failed = true;
        d->db.close();
        return false;
    }
    const QByteArray tz = d->db.meta(QStringLiteral("time_zone"), QStringLiteral("UTC")).toUtf8();
    const int weekStart = d->db.meta(QStringLiteral("week_start"), QStringLiteral("1")).toInt();
    d->retention = RetentionPolicy::load(d->db);
    d->newestMs = es::newestEventMs(d->db.connection());
    m_newestMs = d->newestMs;
    m_rawCutoffMs =
        d->newestMs == INT64_MIN ? INT64_MIN : RetentionPolicy::cutoffMs(d->newestMs, d->retention.rawDays);
    m_bucketer = std::make_unique<ZoneBucketer>(tz, weekStart);
    if (!m_bucketer->isValid())
        m_bucketer = std::make_unique<ZoneBucketer>("UTC", weekStart);
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void Writer::close()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    d->upMinute = {};
    d->upHour = {};
    d->upDay = {};
    d->insRaw = {};
    d->insSample = {};
    d->updCheckpoint = {};
    d->insCommit = {};
    d->dictIns = {};
    d->dictSel = {};
    d->db.close();
}

QString Writer::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool Writer::hasFailed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

void Writer::setCommitCallback(CommitCallback cb)
{
    std::lock_guard lock(m_mutex);
    m_onCommit = std::move(cb);
}

void Writer::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_cv.notify_all();
}

void Writer::run()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task();
        m_cv.notify_all();
    }
}

bool Writer::submit(std::unique_ptr<CommitBatch> batch)
{
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_failed || m_pendingBatches < kMaxQueued; });
        if (m_failed)
            return false;
        ++m_pendingBatches;
    }
    std::shared_ptr<CommitBatch> shared(std::move(batch));
    post([this, shared] {
        bool skip;
        {
            std::lock_guard lock(m_mutex);
            skip = m_failed;
        }
        CommitInfo info;
        const QString err = skip ? QString() : d->apply(*shared, *m_bucketer, info);
        if (err.isEmpty() && !skip && d->newestMs != INT64_MIN) {
            m_newestMs = d->newestMs;
            m_rawCutoffMs = RetentionPolicy::cutoffMs(d->newestMs, d->retention.rawDays);
        }
        CommitCallback cb;
        {
            std::lock_guard lock(m_mutex);
            --m_pendingBatches;
            if (!err.isEmpty()) {
                m_failed = true;
                m_error = err;
            }
            cb = m_onCommit;
        }
        if (err.isEmpty() && !skip && cb)
            cb(info);
    });
    return true;
}

bool Writer::flush()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_pendingBatches == 0; });
    return !m_failed;
}

RetentionPolicy Writer::retention()
{
    return call([this] { return d->retention; });
}

QString Writer::setRetention(const RetentionPolicy &policy)
{
    return call([&]() -> QString {
        auto &c = d->db.connection();
        sql::Transaction tx(c);
        if (!policy.save(d->db) || !policy.apply(c, d->newestMs) || !tx.commit())
            return c.errorString();
        d->retention = policy;
        m_rawCutoffMs =
            d->newestMs == INT64_MIN ? INT64_MIN : RetentionPolicy::cutoffMs(d->newestMs, policy.rawDays);
        return {};
    });
}

Writer::FileMatch Writer::registerFile(const QString &path, const QString &format, int headLen,
                                       const QString &headHash, bool compressed,
                                       const std::function<QString(int)> &headOf)
{
    return call([&]() -> FileMatch {
        FileMatch m;
        auto &c = d->db.connection();
        sql::Transaction tx(c);
        // Candidates: same full head, or a shorter head that is a prefix of this file.
        auto cand =
            c.prepare("SELECT id, source_id, head_len, head_hash, offset, line_no, format, parser_state "
                      "FROM file_checkpoints WHERE head_hash = ?1 OR head_len < ?2 ORDER BY offset DESC");
        cand.bind(1, headHash).bind(2, headLen);
        while (cand.step()) {
            const int len = int(cand.int64(2));
            const QString hash = cand.qtext(3);
            if (len == headLen ? hash != headHash : (len > headLen || headOf(len) != hash))
                continue;
            FileCheckpoint &cp = m.checkpoint;
            cp.id = cand.int64(0);
            cp.sourceId = cand.int64(1);
            cp.offset = cand.int64(4);
            cp.lineNo = cand.int64(5);
            cp.format = cand.qtext(6);
            cp.parserState = cand.qtext(7);
            m.existing = true;
            break;
        }
        if (!m.existing) {
            // Only new content creates a source: a renamed or recompressed copy
            // stays with the source it was first imported from.
            auto src = c.prepare("INSERT INTO sources(kind, uri, display_name, format, created_ms) "
                                 "VALUES ('file', ?1, ?2, ?3, ?4) ON CONFLICT(kind, uri) DO NOTHING");
            const QString name = path.section(QLatin1Char('/'), -1);
            src.bind(1, path).bind(2, name).bind(3, format).bind(4, QDateTime::currentMSecsSinceEpoch());
            if (!src.exec()) {
                m.error = c.errorString();
                return m;
            }
            auto sel = c.prepare("SELECT id FROM sources WHERE kind = 'file' AND uri = ?1");
            sel.bind(1, path);
            const std::int64_t sourceId = sel.step() ? sel.int64(0) : 0;
            auto ins =
                c.prepare("INSERT INTO file_checkpoints(source_id, head_len, head_hash, path, compressed, "
                          "format, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            ins.bind(1, sourceId)
                .bind(2, headLen)
                .bind(3, headHash)
                .bind(4, path)
                .bind(5, compressed ? 1 : 0);
            ins.bind(6, format).bind(7, QDateTime::currentMSecsSinceEpoch());
            if (!ins.exec()) {
                m.error = c.errorString();
                return m;
            }
            m.checkpoint.id = c.lastInsertId();
            m.checkpoint.sourceId = sourceId;
            m.checkpoint.format = format;
        }
        m.checkpoint.headLen = headLen;
        m.checkpoint.headHash = headHash;
        m.checkpoint.path = path;
        m.checkpoint.compressed = compressed;
        if (!tx.commit())
            m.error = c.errorString();
        return m;
    });
}

} // namespace es
