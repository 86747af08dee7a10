#pragma once
// Runs one Query or MoversQuery on one read connection, on the calling thread:
// chooses the rollup level, snaps the range to whole buckets, reads the
// current (and comparison) cells and builds the result table. QueryService
// runs it on its worker threads; tests and tools can call it directly.

#include "core/zonebucketer.h"
#include "query/query.h"
#include "query/rollupreader.h"
#include "store/retention.h"

#include <QCoreApplication>
#include <array>
#include <atomic>
#include <memory>

namespace es {

namespace sql {
class Connection;
}

// What a query needs to know about the workspace besides the rollups.
struct WorkspaceInfo
{
    QByteArray timeZone = "UTC";
    RetentionPolicy retention;
    std::int64_t newestMs = INT64_MIN; // newest committed event
    std::uint32_t groups = ~0u;        // the pre-aggregated groups (AnalyticsSettings::groups)
    QStringList paramKeys;             // the params.* keys that are dimensions, by slot
    std::array<std::array<int, 2>, 4> pairs = {
        {{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}}; // pair groups by slot

    static WorkspaceInfo load(sql::Connection &c);
    // The first stored bucket retention keeps at a level for a group
    // (INT64_MIN when nothing was removed).
    std::int64_t keptFrom(RollupLevel level, int group) const;
};

class QueryExecutor
{
    Q_DECLARE_TR_FUNCTIONS(es::QueryExecutor)
public:
    QueryExecutor(sql::Connection &c, const std::atomic<bool> *cancel = nullptr);

    QueryResult run(const Query &q);
    MoversResult movers(const MoversQuery &q);

    // Defined in queryexecutor_p.h.
    struct Plan;
    struct Resolved;

private:
    bool resolve(const std::vector<DimensionId> &groupBy, const std::vector<Filter> &filters, Resolved &out,
                 QString *error);
    bool planLevel(const Query &q, const Resolved &r, Plan &plan, QueryResult &result);
    QueryResult runFromRaw(const Query &q, const Resolved &r, Plan &plan, const QString &whyNoGroup);
    bool readRange(const Plan &plan, const Resolved &r, RollupLevel level, TimeRange range, bool perBucket,
                   CellMap &out, QString *error);
    void checkRetention(RollupLevel level, int group, TimeRange range, QStringList &warnings);
    QueryResult buildTable(const Query &q, const Resolved &r, const Plan &plan, const CellMap &current,
                           const CellMap &previous);

    sql::Connection &m_conn;
    const std::atomic<bool> *m_cancel;
    WorkspaceInfo m_info;
    DimensionValues m_values;
};

} // namespace es
