#include "store/rollupsql.h"

#include "store/sqlite.h"

#include <algorithm>

namespace es {

std::vector<std::pair<const RollupKey *, const RowSums *>> sortedRows(const RowSumMap &rows)
{
    std::vector<std::pair<const RollupKey *, const RowSums *>> out;
    out.reserve(rows.size());
    for (const auto &[key, sums] : rows)
        out.emplace_back(&key, &sums);
    std::sort(out.begin(), out.end(), [](const auto &x, const auto &y) { return *x.first < *y.first; });
    return out;
}

// The three rollup tables share one layout; a batch adds to every column.
std::string rowUpsertSql(std::string_view table)
{
    static constexpr const char *kColumns[] = {"hits",       "bytes",     "s1xx",          "s2xx",
                                               "s3xx",       "s4xx",      "s5xx",          "events",
                                               "page_views", "downloads", "duration_us",   "duration_count",
                                               "sessions",   "bounces",   "session_views", "session_ms"};
    std::string cols = "grp, bucket, d1, d2, bot", values = "?1, ?2, ?3, ?4, ?5", update;
    int n = 5;
    for (const char *c : kColumns) {
        cols += std::string(", ") + c;
        values += ", ?" + std::to_string(++n);
        update += std::string(update.empty() ? "" : ", ") + c + " = " + c + " + excluded." + c;
    }
    return "INSERT INTO " + std::string(table) + "(" + cols + ") VALUES (" + values +
           ") ON CONFLICT(grp, bucket, d1, d2, bot) DO UPDATE SET " + update;
}

bool upsertRow(sql::Statement &st, const RollupKey &k, const RowSums &r)
{
    const Counters &c = r.counters;
    const SessionTotals &t = r.sessions;
    st.bind(1, int(k.grp)).bind(2, k.bucket).bind(3, k.d1).bind(4, k.d2).bind(5, int(k.bot));
    st.bind(6, c.hits).bind(7, c.bytes).bind(8, c.s1xx).bind(9, c.s2xx).bind(10, c.s3xx);
    st.bind(11, c.s4xx).bind(12, c.s5xx).bind(13, c.events).bind(14, c.pageViews).bind(15, c.downloads);
    st.bind(16, c.durationUs).bind(17, c.durationCount).bind(18, t.sessions).bind(19, t.bounces);
    st.bind(20, t.pageViews).bind(21, t.durationMs);
    return st.exec(); // exec() resets the statement; every parameter is bound again
}

} // namespace es
