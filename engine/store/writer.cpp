#include "store/writer.h"

#include "core/workerthread.h"
#include "store/batchrows.h"
#include "store/rollupsql.h"
#include "store/schema.h"
#include "store/sketchsql.h"
#include "store/sqlite.h"
#include "store/walcheckpointer.h"
#include "store/workspacedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cstring>
#include <future>
#include <sqlite3.h>
#include <unordered_map>

namespace es {

namespace {

class WriterText
{
    Q_DECLARE_TR_FUNCTIONS(es::Writer)
};

} // namespace

struct Writer::Impl
{
    WorkspaceDb db;
    sql::Statement upMinute, upHour, upDay, insRaw, insText, insSample, updCheckpoint, insCommit, dictIns,
        dictSel;
    sql::Statement delOpen, insOpen, updSessionState, upVisitors, upKafka;
    // (dim, value) -> dict id; entries added inside a failed transaction are evicted.
    std::unordered_map<std::string, std::int64_t> dict[schema::kDimCount];
    std::vector<std::pair<int, std::string>> dictAddedInTx;
    RetentionPolicy retention;
    WalCheckpointer checkpointer;
    std::int64_t newestMs = INT64_MIN; // newest committed event

    bool prepare()
    {
        auto &c = db.connection();
        upMinute = c.prepare(rowUpsertSql("rollup_minute"));
        upHour = c.prepare(rowUpsertSql("rollup_hour"));
        upDay = c.prepare(rowUpsertSql("rollup_day"));
        insRaw = c.prepare("INSERT INTO raw_events(ts_ms, source_id, type_id, status, checkpoint_id, offset, "
                           "length) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insText =
            c.prepare("INSERT OR REPLACE INTO stream_text(checkpoint_id, offset, max_ts_ms, bytes, codec, "
                      "text_len) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
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
        delOpen = c.prepare("DELETE FROM open_sessions WHERE checkpoint_id = ?1");
        insOpen = c.prepare(
            "INSERT INTO open_sessions(checkpoint_id, level, grp, bucket, d1, d2, bot, sessions, "
            "bounces, session_views, session_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        updSessionState = c.prepare("UPDATE file_checkpoints SET session_state = ?2 WHERE id = ?1");
        upKafka = c.prepare("INSERT INTO kafka_offsets(source_id, topic, partition, next_offset) "
                            "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(source_id, topic, partition) "
                            "DO UPDATE SET next_offset = excluded.next_offset");
        if (!upKafka.isValid())
            return false;
        if (!sql::registerSketchFunctions(c.handle()))
            return false;
        upVisitors =
            c.prepare("INSERT INTO visitors(level, grp, bucket, d1, d2, bot, sketch) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(level, grp, bucket, d1, d2, bot) "
                      "DO UPDATE SET sketch = sketch_union(sketch, excluded.sketch)");
        if (!delOpen.isValid() || !insOpen.isValid() || !updSessionState.isValid() || !upVisitors.isValid())
            return false;
        return upMinute.isValid() && upHour.isValid() && upDay.isValid() && insRaw.isValid() &&
               insText.isValid() && insSample.isValid() && updCheckpoint.isValid() && insCommit.isValid() &&
               dictIns.isValid() && dictSel.isValid();
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
    auto mapDim = [&](const Aggregate &agg, StrDim sd, int dim) {
        std::vector<std::int64_t> ids(size_t(agg.strings(sd).size()));
        for (int i = 0; i < agg.strings(sd).size() && ok; ++i)
            ids[size_t(i)] = dictId(dim, agg.strings(sd).value(i), ok);
        return ids;
    };
    // Dictionary dimension of each string dimension, in StrDim order.
    static constexpr int kDictDim[size_t(StrDim::Count)] = {
        schema::DimPath,    schema::DimSite,       schema::DimEventType,  schema::DimMethod,
        schema::DimBrowser, schema::DimOs,         schema::DimReferrer,   schema::DimBrowserVersion,
        schema::DimParam0,  schema::DimParam0 + 1, schema::DimParam0 + 2, schema::DimParam0 + 3};
    std::vector<std::int64_t> dictIds[size_t(StrDim::Count)];
    for (size_t sd = 0; sd < size_t(StrDim::Count); ++sd)
        dictIds[sd] = mapDim(a, StrDim(sd), kDictDim[sd]);
    const std::vector<std::int64_t> &typeIds = dictIds[size_t(StrDim::EventType)];
    auto globalKey = [&](const RollupKey &k) {
        RollupKey g = k;
        if (const int sd = a.strDimOf(k.grp, 0); sd >= 0)
            g.d1 = dictIds[size_t(sd)][size_t(k.d1)];
        if (schema::isPairGroup(k.grp)) {
            if (const int sd = a.strDimOf(k.grp, 1); sd >= 0)
                g.d2 = std::int32_t(dictIds[size_t(sd)][size_t(k.d2)]);
        }
        return g;
    };
    // The source group repeats the total with the batch's source.
    auto sourceKey = [source](RollupKey k) {
        k.grp = schema::GroupSource;
        k.d1 = source;
        return k;
    };

    // The sketches are prepared on another thread while this one writes the
    // counters.
    const BatchKeys keys{globalKey, sourceKey};
    std::future<std::vector<PreparedSketch>> sketchJob = std::async(std::launch::async, [&a, &zone, &keys] {
        workerthread::enter("es-sketch");
        return prepareSketches(a, zone, keys);
    });
    const BatchRows counterRows = batchRows(a, zone, keys);
    for (const auto &[key, counters] : counterRows.minute)
        ok = ok && upsertRow(upMinute, key, {counters, {}});
    for (const auto &[key, sums] : sortedRows(counterRows.hour))
        ok = ok && upsertRow(upHour, *key, *sums);
    for (const auto &[key, sums] : sortedRows(counterRows.day))
        ok = ok && upsertRow(upDay, *key, *sums);

    // The provisional rows of the sessions still open.
    if (ok) {
        delOpen.bind(1, b.checkpoint.id);
        ok = delOpen.exec();
    }
    if (ok && b.final) {
        const Aggregate &o = b.openSessions;
        std::vector<std::int64_t> openIds[size_t(StrDim::Count)];
        for (size_t sd = 0; sd < size_t(StrDim::Count); ++sd)
            openIds[sd] = mapDim(o, StrDim(sd), kDictDim[sd]);
        for (int level = 1; level <= 2 && ok; ++level) {
            SessionMap rows;
            for (const auto &[key, t] : o.sessionRows(level)) {
                RollupKey k = key;
                if (const int sd = strDimOfGroup(k.grp); sd >= 0)
                    k.d1 = openIds[size_t(sd)][size_t(k.d1)];
                rows[k].merge(t);
                if (k.grp == schema::GroupTotal)
                    rows[sourceKey(k)].merge(t);
            }
            for (const auto &[k, t] : rows) {
                insOpen.bind(1, b.checkpoint.id).bind(2, level).bind(3, int(k.grp)).bind(4, k.bucket);
                insOpen.bind(5, k.d1).bind(6, k.d2).bind(7, int(k.bot)).bind(8, t.sessions);
                insOpen.bind(9, t.bounces).bind(10, t.pageViews).bind(11, t.durationMs);
                if (!(ok = insOpen.exec()))
                    break;
            }
        }
    }
    if (ok && !b.checkpoint.sessionState.empty()) {
        updSessionState.bind(1, b.checkpoint.id);
        updSessionState.bindBlob(2, b.checkpoint.sessionState.data(), int(b.checkpoint.sessionState.size()));
        ok = updSessionState.exec();
    }

    // Raw rows go in in key order: the b-tree pages they land on stay in the
    // page cache, where rows in arrival order (partitions interleaved) would
    // touch pages all over the table.
    std::vector<const RawRow *> rawRows;
    rawRows.reserve(a.rawRowCount());
    for (const std::vector<RawRow> &segment : a.rawSegments())
        for (const RawRow &r : segment)
            rawRows.push_back(&r);
    std::sort(rawRows.begin(), rawRows.end(), [](const RawRow *x, const RawRow *y) {
        return x->tsMs != y->tsMs ? x->tsMs < y->tsMs : x->offset < y->offset;
    });
    for (const RawRow *row : rawRows) {
        if (!ok)
            break;
        const RawRow &r = *row;
        insRaw.bind(1, r.tsMs).bind(2, source).bind(3, r.typeId >= 0 ? typeIds[size_t(r.typeId)]
                                                                     : std::int64_t(0));
        insRaw.bind(4, r.status).bind(5, b.checkpoint.id).bind(6, r.offset).bind(7, r.length);
        ok = insRaw.exec();
    }
    // A stream's raw events point into its text, stored in the blocks of
    // whole lines the parse workers packed, so that reading one line back
    // reads one small block.
    if (ok && !rawRows.empty()) {
        const std::int64_t maxTs = a.records() > 0 ? a.maxTsMs() : newestMs;
        for (const streamtext::Block &block : b.streamBlocks) {
            insText.bind(1, b.checkpoint.id).bind(2, block.offset).bind(3, maxTs);
            insText.bindBlob(4, block.bytes.data(), int(block.bytes.size()));
            insText.bind(5, block.codec).bind(6, block.textLen);
            if (!(ok = insText.exec()))
                break;
        }
    }
    // Visitor sketches, prepared by the task started above while the rows
    // before were written; the upserts merge them into the stored ones.
    for (const PreparedSketch &p : sketchJob.get()) {
        if (!ok)
            break;
        upVisitors.bind(1, p.level).bind(2, int(p.key.grp)).bind(3, p.key.bucket).bind(4, p.key.d1);
        upVisitors.bind(5, p.key.d2).bind(6, int(p.key.bot));
        upVisitors.bindBlob(7, p.bytes.data(), int(p.bytes.size()));
        ok = upVisitors.exec();
    }

    for (const MalformedSample &s : a.samples()) {
        if (!ok)
            break;
        insSample.bind(1, b.checkpoint.id).bind(2, s.lineNo).bind(3, std::string_view(s.reason));
        insSample.bind(4, QString::fromUtf8(s.text.data(), qsizetype(s.text.size())));
        ok = insSample.exec();
        insSample.reset();
    }

    for (const auto &[partition, next] : b.kafkaOffsets) {
        if (!ok)
            break;
        upKafka.bind(1, source).bind(2, b.kafkaTopic).bind(3, partition).bind(4, next);
        ok = upKafka.exec();
        upKafka.reset();
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
    // Without the second connection the checkpoints stay in the commits.
    d->checkpointer.start(d->db.connection().handle(), m_path);
    m_bucketer = std::make_unique<ZoneBucketer>(tz, weekStart);
    if (!m_bucketer->isValid())
        m_bucketer = std::make_unique<ZoneBucketer>("UTC", weekStart);
    m_stop = false;
    m_thread = std::thread([this] {
        workerthread::enter("es-writer");
        run();
    });
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
    d->checkpointer.stop();
    d->upMinute = {};
    d->upHour = {};
    d->upDay = {};
    d->insRaw = {};
    d->insText = {};
    d->insSample = {};
    d->updCheckpoint = {};
    d->insCommit = {};
    d->dictIns = {};
    d->dictSel = {};
    d->delOpen = {};
    d->insOpen = {};
    d->updSessionState = {};
    d->upVisitors = {};
    d->upKafka = {};
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
        if (err.isEmpty() && !skip && shared->afterCommit)
            shared->afterCommit();
        if (err.isEmpty() && !skip && cb)
            cb(info);
    });
    return true;
}

int Writer::pendingBatches() const
{
    std::lock_guard lock(m_mutex);
    return m_pendingBatches;
}

bool Writer::flush()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_pendingBatches == 0; });
    return !m_failed;
}

AnalyticsSettings Writer::analyticsSettings()
{
    return call([this] { return AnalyticsSettings::load(d->db); });
}

QString Writer::setAnalyticsSettings(const AnalyticsSettings &settings)
{
    return call([&]() -> QString {
        AnalyticsSettings s = settings;
        if (s.anonymize == IpAnonymizer::Mode::SaltedHash && s.ipSalt.isEmpty())
            s.ipSalt = IpAnonymizer::newSalt();
        auto &c = d->db.connection();
        const AnalyticsSettings before = AnalyticsSettings::load(d->db);
        sql::Transaction tx(c);
        bool ok = tx.isActive();
        // A params.* or pair slot that changes loses the rows it had, so
        // that what comes into the slot later never mixes with them.
        auto dropGroup = [&](int grp) {
            for (const char *table :
                 {"rollup_minute", "rollup_hour", "rollup_day", "visitors", "open_sessions"}) {
                auto st = c.prepare(std::string("DELETE FROM ") + table + " WHERE grp = ?1");
                st.bind(1, grp);
                ok = ok && st.exec();
            }
        };
        for (int slot = 0; slot < schema::kParamSlots && ok; ++slot) {
            const QString was = before.paramKeys.value(slot);
            if (was.isEmpty() || was == s.paramKeys.value(slot))
                continue;
            dropGroup(schema::GroupParam0 + slot);
            auto st = c.prepare("DELETE FROM dict WHERE dim = ?1");
            st.bind(1, schema::DimParam0 + slot);
            ok = ok && st.exec();
            d->dict[schema::DimParam0 + slot].clear();
        }
        for (int slot = 0; slot < schema::kPairSlots && ok; ++slot) {
            if (before.pairs[size_t(slot)][0] >= 0 && before.pairs[size_t(slot)] != s.pairs[size_t(slot)])
                dropGroup(schema::GroupPair0 + slot);
        }
        ok = ok && s.save(d->db) && tx.commit();
        if (!ok) {
            const QString err = c.errorString();
            tx.rollback();
            return err;
        }
        return QString();
    });
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

sql::Connection &Writer::connection()
{
    return d->db.connection();
}

} // namespace es
