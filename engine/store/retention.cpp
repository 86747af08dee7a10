#include "store/retention.h"

#include "store/schema.h"
#include "store/sqlite.h"
#include "store/workspacedb.h"

#include <algorithm>

namespace es {

namespace {
int daysFrom(WorkspaceDb &db, const char *key, int fallback)
{
    bool ok = false;
    const int v = db.meta(QString::fromLatin1(key), QString::number(fallback)).toInt(&ok);
    return ok ? std::clamp(v, 0, RetentionPolicy::kMaxDays) : fallback;
}
} // namespace

RetentionPolicy RetentionPolicy::load(WorkspaceDb &db)
{
    RetentionPolicy p;
    p.rawDays = daysFrom(db, "raw_retention_days", p.rawDays);
    p.minuteDays = daysFrom(db, "minute_retention_days", p.minuteDays);
    p.hourDays = daysFrom(db, "hour_retention_days", p.hourDays);
    p.detailMinuteDays = daysFrom(db, "detail_minute_retention_days", p.detailMinuteDays);
    p.detailHourDays = daysFrom(db, "detail_hour_retention_days", p.detailHourDays);
    return p;
}

bool RetentionPolicy::save(WorkspaceDb &db) const
{
    return db.setMeta(QStringLiteral("raw_retention_days"), QString::number(rawDays)) &&
           db.setMeta(QStringLiteral("minute_retention_days"), QString::number(minuteDays)) &&
           db.setMeta(QStringLiteral("hour_retention_days"), QString::number(hourDays)) &&
           db.setMeta(QStringLiteral("detail_minute_retention_days"), QString::number(detailMinuteDays)) &&
           db.setMeta(QStringLiteral("detail_hour_retention_days"), QString::number(detailHourDays));
}

bool RetentionPolicy::apply(sql::Connection &c, std::int64_t newestMs) const
{
    if (newestMs == INT64_MIN)
        return true;
    bool ok = true;
    if (rawDays > 0) {
        // A block of stream text goes once every record it came with is older.
        auto st = c.prepare("DELETE FROM raw_events WHERE ts_ms < ?1");
        auto text = c.prepare("DELETE FROM stream_text WHERE max_ts_ms < ?1");
        st.bind(1, cutoffMs(newestMs, rawDays));
        text.bind(1, cutoffMs(newestMs, rawDays));
        ok = st.exec() && text.exec();
    }
    // Rollup keys start with the group, so deleting per group keeps every
    // delete a range scan.
    auto rollups = [&](const char *sql, int days, int detailDays) {
        auto st = c.prepare(sql);
        for (int g = 0; g < schema::kGroupCount && ok; ++g) {
            const int d = schema::isDetailGroup(g) ? detailDays : days;
            if (d <= 0)
                continue;
            st.bind(1, g).bind(2, cutoffMs(newestMs, d) / 1000);
            ok = st.exec();
        }
    };
    if (ok)
        rollups("DELETE FROM rollup_minute WHERE grp = ?1 AND bucket < ?2", minuteDays, detailMinuteDays);
    if (ok)
        rollups("DELETE FROM rollup_hour WHERE grp = ?1 AND bucket < ?2", hourDays, detailHourDays);
    if (ok)
        rollups("DELETE FROM visitors WHERE level = 0 AND grp = ?1 AND bucket < ?2", minuteDays,
                detailMinuteDays);
    if (ok)
        rollups("DELETE FROM visitors WHERE level = 1 AND grp = ?1 AND bucket < ?2", hourDays,
                detailHourDays);
    return ok;
}

std::int64_t newestEventMs(sql::Connection &c)
{
    auto st = c.prepare("SELECT max(max_ts_ms) FROM commits");
    if (st.step() && !st.isNull(0))
        return st.int64(0);
    return INT64_MIN;
}

} // namespace es
