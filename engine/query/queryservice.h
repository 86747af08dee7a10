#pragma once
// QueryService: the only way the application, reports, alerts and the
// command line read numbers from a workspace (docs/QUERY.md).
//
// Queries run on the service's own QThreadPool, each on a read-only
// connection of its own (connections are pooled, at most one per worker
// thread), and return a QFuture. A query is cancelled through
// QFuture::cancel() or cancelAll(): a flag checked while rows are read, and
// sqlite3_interrupt() for a statement that is running.
//
// Recent results are cached by the canonical text of the query. Before a
// cached result is served, `PRAGMA data_version` of a watching connection
// tells whether another connection committed since; if so the whole cache is
// dropped. invalidate() does the same at once, for the writer's commit
// callback.

#include "query/query.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace es {

class QueryService
{
    Q_DECLARE_TR_FUNCTIONS(es::QueryService)
public:
    QueryService();
    ~QueryService(); // cancels what runs and waits for it
    QueryService(const QueryService &) = delete;
    QueryService &operator=(const QueryService &) = delete;

    // Checks that the workspace exists and has the current schema, and keeps
    // a connection that watches for commits. False with errorString().
    bool open(const QString &workspacePath);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    // The workspace time zone (IANA id), the default zone of queries.
    QByteArray workspaceTimeZone() const { return m_zone; }
    // Time of the newest imported event, Unix seconds; INT64_MIN when empty.
    std::int64_t newestEventSecs();
    // Start of the first local day that holds data, Unix seconds; INT64_MIN
    // when empty. With newestEventSecs() the extent of "all data".
    std::int64_t oldestDataSecs();
    // The params.* keys that are dimensions, by slot ("" for a free slot);
    // see Dimensions::fromName(name, paramKeys).
    QStringList paramKeys();

    QFuture<QueryResult> run(const Query &q);
    QFuture<MoversResult> topMovers(const MoversQuery &q);
    QFuture<MoversResult> topMovers(DimensionId dimension, TimeRange window, TimeRange previousWindow, int n,
                                    MetricId metric = MetricId::Hits);

    // Interrupts every running query; they finish with a "cancelled" error.
    void cancelAll();
    // Drops every cached result (thread-safe; for the writer's commit callback).
    void invalidate();

    void setCacheCapacity(int entries);
    void setMaxThreads(int threads);

    struct CacheStats
    {
        std::int64_t hits = 0;
        std::int64_t misses = 0;
        std::int64_t invalidations = 0;
    };
    CacheStats cacheStats() const;

private:
    struct Job;
    struct Cache;
    struct Pool;

    template<typename R, typename Fn> QFuture<R> submit(const QString &key, Fn compute);
    std::uint64_t checkDataVersion();

    QThreadPool m_threads;
    std::shared_ptr<Pool> m_pool;
    std::unique_ptr<Cache> m_cache;
    QString m_path;
    QString m_error;
    QByteArray m_zone;
};

} // namespace es
