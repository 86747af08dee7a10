#pragma once
// Answers a query from raw events when no rollup group holds its dimensions
// together: every raw event of the range points at its line in the imported
// file (or in the stored text of a Kafka topic), which is read, parsed and
// enriched again with the workspace's settings (docs/QUERY.md, "Queries from
// raw events").

#include "query/dimensions.h"
#include "query/query.h"
#include "query/rollupreader.h"
#include "store/rawevents.h"

#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace es {

namespace sql {
class Connection;
}

struct RawScanSpec
{
    TimeRange range;                                    // event times in [from, to), seconds
    std::vector<DimensionId> keys;                      // 0 to 2 group-by dimensions (k1, k2 of the cells)
    std::vector<Filter> filters;                        // all must hold
    bool visitors = false;                              // fill the cells' visitor sketches
    std::array<bool, 2> botRows{true, true};            // which records count at all (index: bot)
    std::function<std::int64_t(std::int64_t)> bucketOf; // event second -> output bucket
};

class RawScanner
{
    Q_DECLARE_TR_FUNCTIONS(es::RawScanner)
public:
    RawScanner(sql::Connection &c, DimensionValues &values, const std::atomic<bool> *cancel)
        : m_conn(c), m_values(values), m_cancel(cancel)
    {}

    // Adds the records of `spec` to `cells`. Keys of dict dimensions are dict
    // ids, or negative ids whose texts are given to `values`. False with
    // errorString() when a file cannot be read again or changed, or when
    // cancelled.
    bool scan(const RawScanSpec &spec, CellMap &cells);
    QString errorString() const { return m_error; }
    std::int64_t recordsRead() const { return m_records; }

    // Whether raw events hold every record of [fromSecs, toSecs): raw
    // retention reaches back that far, and every file with records in the
    // range was imported with its raw events. Otherwise false and *why.
    static bool covers(sql::Connection &c, std::int64_t fromSecs, std::int64_t toSecs,
                       std::int64_t rawCutoffMs, QString *why);

private:
    static QString whatToDo(); // what a user can do when a file cannot be read again
    // Why the line at `offset` of `path` cannot be read again.
    static QString unreadable(TextState state, const QString &path, std::int64_t offset);

    sql::Connection &m_conn;
    DimensionValues &m_values;
    const std::atomic<bool> *m_cancel;
    QString m_error;
    std::int64_t m_records = 0;
};

} // namespace es
