#include "query/queryservice.h"

#include "query/queryexecutor.h"
#include "store/retention.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QThread>
#include <algorithm>
#include <functional>
#include <list>
#include <set>
#include <sqlite3.h>
#include <unordered_map>
#include <variant>

namespace es {

// A running query: the flag its loops check and the connection that
// sqlite3_interrupt() stops.
struct QueryService::Job
{
    std::atomic<bool> cancel{false};
    std::function<bool()> futureCanceled;
    std::mutex mutex;
    sqlite3 *db = nullptr;

    void interrupt()
    {
        cancel = true;
        std::lock_guard lock(mutex);
        if (db)
            sqlite3_interrupt(db);
    }
    // SQLite progress handler: a non-zero return stops the statement.
    static int progress(void *self)
    {
        auto *j = static_cast<Job *>(self);
        if (!j->cancel.load(std::memory_order_relaxed) && j->futureCanceled && j->futureCanceled())
            j->cancel = true;
        return j->cancel.load(std::memory_order_relaxed) ? 1 : 0;
    }
};

// Read connections, reused across queries (at most one per worker thread is
// ever in use), and the jobs running on them.
struct QueryService::Pool
{
    QString path;
    std::mutex mutex;
    std::vector<std::unique_ptr<sql::Connection>> idle;
    std::set<std::shared_ptr<Job>> active;

    std::unique_ptr<sql::Connection> acquire(QString *error)
    {
        {
            std::lock_guard lock(mutex);
            if (!idle.empty()) {
                auto c = std::move(idle.back());
                idle.pop_back();
                return c;
            }
        }
        auto c = std::make_unique<sql::Connection>();
        if (!c->open(path, sql::Connection::Mode::ReadOnly)) {
            *error = QueryService::tr("Cannot open the workspace %1: %2")
                         .arg(QDir::toNativeSeparators(path), c->errorString());
            return nullptr;
        }
        c->exec("PRAGMA query_only=1");
        c->exec("PRAGMA mmap_size=268435456");
        c->exec("PRAGMA cache_size=-32768");
        return c;
    }
    void release(std::unique_ptr<sql::Connection> c)
    {
        std::lock_guard lock(mutex);
        idle.push_back(std::move(c));
    }
};

// LRU of recent results by canonical query text. Each entry carries the
// generation it was computed in; a commit starts a new generation.
struct QueryService::Cache
{
    using Value = std::variant<QueryResult, MoversResult>;
    std::mutex mutex;
    size_t capacity = 64;
    std::list<std::pair<QString, Value>> order; // most recent first
    std::unordered_map<QString, std::list<std::pair<QString, Value>>::iterator> index;
    std::atomic<std::uint64_t> generation{1};
    CacheStats stats;

    sql::Connection watch;
    std::mutex watchMutex;
    std::int64_t dataVersion = -1;

    void clear()
    {
        std::lock_guard lock(mutex);
        order.clear();
        index.clear();
        ++generation;
        ++stats.invalidations;
    }
    template<typename R> std::optional<R> get(const QString &key)
    {
        std::lock_guard lock(mutex);
        const auto it = index.find(key);
        if (it == index.end()) {
            ++stats.misses;
            return std::nullopt;
        }
        order.splice(order.begin(), order, it->second);
        ++stats.hits;
        return std::get<R>(it->second->second);
    }
    void put(const QString &key, Value v, std::uint64_t computedIn)
    {
        std::lock_guard lock(mutex);
        if (computedIn != generation.load() || capacity == 0)
            return;
        const auto it = index.find(key);
        if (it != index.end()) {
            order.erase(it->second);
            index.erase(it);
        }
        order.emplace_front(key, std::move(v));
        index[key] = order.begin();
        while (order.size() > capacity) {
            index.erase(order.back().first);
            order.pop_back();
        }
    }
};

QueryService::QueryService() : m_pool(std::make_shared<Pool>()), m_cache(std::make_unique<Cache>())
{
    m_threads.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 2, 4));
}

QueryService::~QueryService()
{
    close();
}

bool QueryService::open(const QString &workspacePath)
{
    close();
    m_error.clear();
    m_path = QFileInfo(workspacePath).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!QFileInfo::exists(m_path)) {
        m_error =
            tr("The workspace %1 does not exist. Import some logs first, or check the path given with --db.")
                .arg(shown);
        return false;
    }
    sql::Connection &w = m_cache->watch;
    if (!w.open(m_path, sql::Connection::Mode::ReadOnly)) {
        m_error = tr("Cannot open the workspace %1: %2").arg(shown, w.errorString());
        return false;
    }
    const std::int64_t version = w.scalarInt("PRAGMA user_version", -1);
    if (version < 0) {
        m_error = tr("%1 is not an Eventscope workspace, or it is damaged: %2").arg(shown, w.errorString());
    } else if (version > schema::currentVersion()) {
        m_error = tr("The workspace %1 was written by a newer version of Eventscope (schema %2; this version "
                     "understands up to %3). Update Eventscope to open it.")
                      .arg(shown)
                      .arg(version)
                      .arg(schema::currentVersion());
    } else if (version < schema::currentVersion()) {
        m_error =
            tr("The workspace %1 uses an older schema (version %2). Open it once in Eventscope (or run an "
               "import) to upgrade it, then try again.")
                .arg(shown)
                .arg(version);
    }
    if (!m_error.isEmpty()) {
        w.close();
        return false;
    }
    m_zone = WorkspaceInfo::load(w).timeZone;
    m_pool->path = m_path;
    m_cache->dataVersion = w.scalarInt("PRAGMA data_version", -1);
    return true;
}

void QueryService::close()
{
    cancelAll();
    m_threads.waitForDone();
    {
        std::lock_guard lock(m_pool->mutex);
        m_pool->idle.clear();
    }
    {
        std::lock_guard lock(m_cache->watchMutex);
        m_cache->watch.close();
    }
    m_cache->clear();
}

std::int64_t QueryService::newestEventSecs()
{
    std::lock_guard lock(m_cache->watchMutex);
    if (!m_cache->watch.isOpen())
        return INT64_MIN;
    const std::int64_t ms = newestEventMs(m_cache->watch);
    return ms == INT64_MIN ? ms : ms / 1000;
}

std::int64_t QueryService::oldestDataSecs()
{
    std::lock_guard lock(m_cache->watchMutex);
    if (!m_cache->watch.isOpen())
        return INT64_MIN;
    // The totals group has a row for every day with data; the key's prefix
    // makes this one index probe.
    auto st = m_cache->watch.prepare("SELECT min(bucket) FROM rollup_day WHERE grp = ?1");
    st.bind(1, int(schema::GroupTotal));
    if (st.step() && !st.isNull(0))
        return st.int64(0);
    return INT64_MIN;
}

QStringList QueryService::paramKeys()
{
    std::lock_guard lock(m_cache->watchMutex);
    if (!m_cache->watch.isOpen())
        return {};
    return WorkspaceInfo::load(m_cache->watch).paramKeys;
}

bool QueryService::isOpen() const
{
    return m_cache->watch.isOpen();
}

void QueryService::cancelAll()
{
    std::lock_guard lock(m_pool->mutex);
    for (const auto &job : m_pool->active)
        job->interrupt();
}

void QueryService::invalidate()
{
    m_cache->clear();
}

void QueryService::setCacheCapacity(int entries)
{
    std::lock_guard lock(m_cache->mutex);
    m_cache->capacity = size_t(std::max(0, entries));
}

void QueryService::setMaxThreads(int threads)
{
    m_threads.setMaxThreadCount(std::max(1, threads));
}

QueryService::CacheStats QueryService::cacheStats() const
{
    std::lock_guard lock(m_cache->mutex);
    return m_cache->stats;
}

std::uint64_t QueryService::checkDataVersion()
{
    std::lock_guard lock(m_cache->watchMutex);
    if (m_cache->watch.isOpen()) {
        const std::int64_t v = m_cache->watch.scalarInt("PRAGMA data_version", -1);
        if (v != m_cache->dataVersion) {
            m_cache->dataVersion = v;
            m_cache->clear();
        }
    }
    return m_cache->generation.load();
}

template<typename R, typename Fn> QFuture<R> QueryService::submit(const QString &key, Fn compute)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    if (!isOpen()) {
        R r;
        r.error = tr("No workspace is open.");
        promise->addResult(r);
        promise->finish();
        return future;
    }
    // Registered before it is queued, so that cancelAll() reaches a query
    // that has not started yet.
    auto job = std::make_shared<Job>();
    job->futureCanceled = [promise] { return promise->isCanceled(); };
    {
        std::lock_guard lock(m_pool->mutex);
        m_pool->active.insert(job);
    }
    m_threads.start([this, promise, job, key, compute]() {
        auto finish = [&](std::optional<R> r) {
            {
                std::lock_guard lock(m_pool->mutex);
                m_pool->active.erase(job);
            }
            if (r)
                promise->addResult(std::move(*r));
            promise->finish();
        };
        auto cancelled = [] {
            R r;
            r.error = tr("The query was cancelled.");
            return r;
        };
        if (promise->isCanceled())
            return finish(std::nullopt);
        if (job->cancel)
            return finish(cancelled());
        const std::uint64_t generation = checkDataVersion();
        if (std::optional<R> cached = m_cache->get<R>(key)) {
            cached->fromCache = true;
            return finish(std::move(cached));
        }
        R r;
        auto conn = m_pool->acquire(&r.error);
        if (!conn)
            return finish(std::move(r));
        {
            std::lock_guard lock(job->mutex);
            job->db = conn->handle();
        }
        sqlite3_progress_handler(conn->handle(), 1000, &Job::progress, job.get());
        r = compute(*conn, &job->cancel);
        sqlite3_progress_handler(conn->handle(), 0, nullptr, nullptr);
        {
            std::lock_guard lock(job->mutex);
            job->db = nullptr;
        }
        m_pool->release(std::move(conn));
        if (job->cancel)
            return finish(cancelled());
        if (r.ok)
            m_cache->put(key, r, generation);
        finish(std::move(r));
    });
    return future;
}

QFuture<QueryResult> QueryService::run(const Query &q)
{
    return submit<QueryResult>(q.canonicalText(), [q](sql::Connection &c, const std::atomic<bool> *cancel) {
        return QueryExecutor(c, cancel).run(q);
    });
}

QFuture<MoversResult> QueryService::topMovers(const MoversQuery &q)
{
    return submit<MoversResult>(q.canonicalText(), [q](sql::Connection &c, const std::atomic<bool> *cancel) {
        return QueryExecutor(c, cancel).movers(q);
    });
}

QFuture<MoversResult> QueryService::topMovers(DimensionId dimension, TimeRange window,
                                              TimeRange previousWindow, int n, MetricId metric)
{
    MoversQuery q;
    q.dimension = dimension;
    q.window = window;
    q.previousWindow = previousWindow;
    q.topN = n;
    q.metric = metric;
    return topMovers(q);
}

} // namespace es
