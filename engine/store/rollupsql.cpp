#include "store/rollupsql.h"

#include "store/sqlite.h"

#include <algorithm>

namespace es {

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
std::string counterUpsertSql(std::string_view table)
{
    return "INSERT INTO " + std::string(table) +
           "(grp, bucket, d1, d2, bot, hits, bytes, s1xx, s2xx, s3xx, s4xx, s5xx, events, page_views, "
           "downloads, "
           "duration_us, duration_count) "
           "VALUES (?1, ?2, ?3, ?16, ?17, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
           "ON CONFLICT(grp, bucket, d1, d2, bot) DO UPDATE SET hits = hits + excluded.hits, "
           "bytes = bytes + excluded.bytes, s1xx = s1xx + excluded.s1xx, s2xx = s2xx + excluded.s2xx, "
           "s3xx = s3xx + excluded.s3xx, s4xx = s4xx + excluded.s4xx, s5xx = s5xx + excluded.s5xx, "
           "events = events + excluded.events, page_views = page_views + excluded.page_views, "
           "downloads = downloads + excluded.downloads, duration_us = duration_us + excluded.duration_us, "
           "duration_count = duration_count + excluded.duration_count";
}

std::string sessionUpsertSql(std::string_view table)
{
    return "INSERT INTO " + std::string(table) +
           "(grp, bucket, d1, d2, bot, sessions, bounces, session_views, session_ms) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
           "ON CONFLICT(grp, bucket, d1, d2, bot) DO UPDATE SET sessions = sessions + excluded.sessions, "
           "bounces = bounces + excluded.bounces, session_views = session_views + excluded.session_views, "
           "session_ms = session_ms + excluded.session_ms";
}
bool upsertCounters(sql::Statement &st, const RollupKey &k, const Counters &c)
{
    st.bind(1, int(k.grp)).bind(2, k.bucket).bind(3, k.d1).bind(16, k.d2).bind(17, int(k.bot));
    st.bind(4, c.hits).bind(5, c.bytes).bind(6, c.s1xx).bind(7, c.s2xx);
    st.bind(8, c.s3xx).bind(9, c.s4xx).bind(10, c.s5xx).bind(11, c.events);
    st.bind(12, c.pageViews).bind(13, c.downloads).bind(14, c.durationUs).bind(15, c.durationCount);
    return st.exec(); // exec() resets the statement; every parameter is bound again
}

bool upsertSessions(sql::Statement &st, const RollupKey &k, const SessionTotals &t)
{
    st.bind(1, int(k.grp)).bind(2, k.bucket).bind(3, k.d1).bind(4, k.d2).bind(5, int(k.bot));
    st.bind(6, t.sessions).bind(7, t.bounces).bind(8, t.pageViews).bind(9, t.durationMs);
    return st.exec();
}

} // namespace es
