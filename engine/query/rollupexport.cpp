#include "query/rollupexport.h"

#include "core/zonebucketer.h"
#include "formats/rolluprecord.h"
#include "query/dimensions.h"
#include "query/metrics.h"
#include "store/analyticssettings.h"
#include "store/rollupsql.h"
#include "store/schema.h"
#include "store/workspacedb.h"

#include <QCoreApplication>
#include <map>
#include <optional>

namespace es {

namespace {

class RollupExportText
{
    Q_DECLARE_TR_FUNCTIONS(es::RollupExport)
};

using Rows = std::map<RollupKey, RowSums>;
using Sketches = std::map<RollupKey, std::string>;

// a - b, field by field; negative fields become 0 and set `clamped`.
RowSums minus(const RowSums &a, const RowSums &b, bool &clamped)
{
    auto sub = [&clamped](auto x, auto y) {
        const auto d = x - y;
        clamped = clamped || d < 0;
        return d < 0 ? decltype(d)(0) : d;
    };
    RowSums r;
    for (int i = 0; i < kColumnCount; ++i) {
        const auto out = columnRef(r.counters, r.sessions, Column(i));
        const auto x = columnRef(a.counters, a.sessions, Column(i));
        const auto y = columnRef(b.counters, b.sessions, Column(i));
        if (out.narrow)
            *out.narrow = sub(*x.narrow, *y.narrow);
        else
            *out.wide = sub(*x.wide, *y.wide);
    }
    return r;
}

bool isZero(const RowSums &r)
{
    const SessionTotals &s = r.sessions;
    return r.counters == Counters{} && s.sessions == 0 && s.bounces == 0 && s.pageViews == 0 &&
           s.durationMs == 0;
}

std::optional<DimensionId> dimensionOfGroup(int grp)
{
    for (const DimensionDef &d : Dimensions::all()) {
        if (d.group == grp && d.id != DimensionId::StatusClass)
            return d.id;
    }
    return std::nullopt;
}

class Exporter
{
public:
    Exporter(WorkspaceDb &db, const AnalyticsSettings &settings, const ZoneBucketer &zone)
        : m_db(db), m_settings(settings), m_zone(zone), m_values(db.connection())
    {}

    QString load()
    {
        auto &c = m_db.connection();
        static const char *kTables[3] = {"rollup_minute", "rollup_hour", "rollup_day"};
        for (int level = 0; level < 3; ++level) {
            std::string sql = "SELECT grp, bucket, d1, d2, bot";
            for (int i = 0; i < kColumnCount; ++i)
                sql += std::string(", ") + columnSqlName(Column(i));
            auto st = c.prepare(sql + " FROM " + kTables[level] + " WHERE grp <> 5");
            while (st.step()) {
                RowSums &r = m_rows[level][keyAt(st, 0)];
                for (int i = 0; i < kColumnCount; ++i) {
                    const auto ref = columnRef(r.counters, r.sessions, Column(i));
                    if (ref.narrow)
                        *ref.narrow = std::int32_t(st.int64(5 + i));
                    else
                        *ref.wide = st.int64(5 + i);
                }
            }
            if (!st.errorString().isEmpty())
                return st.errorString();
        }
        // Sessions still open count as closed now, as queries count them.
        auto open = c.prepare("SELECT grp, bucket, d1, d2, bot, level, sum(sessions), sum(bounces), "
                              "sum(session_views), sum(session_ms) FROM open_sessions WHERE grp <> 5 "
                              "GROUP BY level, grp, bucket, d1, d2, bot");
        while (open.step()) {
            const int level = int(open.int64(5));
            if (level >= 1 && level <= 2)
                m_rows[level][keyAt(open, 0)].sessions.merge(
                    {open.int64(6), open.int64(7), open.int64(8), open.int64(9)});
        }
        auto sk = c.prepare("SELECT grp, bucket, d1, d2, bot, level, sketch FROM visitors WHERE grp <> 5");
        while (sk.step()) {
            const int level = int(sk.int64(5));
            if (level >= 0 && level <= 2)
                m_sketches[level][keyAt(sk, 0)] = std::string(sk.blob(6));
        }
        if (!open.errorString().isEmpty())
            return open.errorString();
        return sk.errorString();
    }

    // Finest level first, so that each coarser record knows what the finer
    // ones will derive.
    bool write(const std::function<bool(const QByteArray &)> &out, RollupExportResult &res)
    {
        for (int level = 0; level < 3; ++level) {
            Rows rows = std::move(m_rows[level]);
            for (const auto &[k, s] : m_sketches[level])
                rows.try_emplace(k);
            for (const auto &[k, stored] : rows) {
                bool clamped = false;
                const auto derived = m_derived[level].find(k);
                const RowSums own =
                    derived == m_derived[level].end() ? stored : minus(stored, derived->second, clamped);
                res.inconsistent += clamped ? 1 : 0;
                std::string sketch;
                if (auto it = m_sketches[level].find(k); it != m_sketches[level].end()) {
                    sketch = std::move(it->second);
                    const auto united = m_unions[level].find(k);
                    if (united != m_unions[level].end() && united->second.serialize() == sketch)
                        sketch.clear(); // the finer records make it already
                }
                if (isZero(own) && sketch.empty())
                    continue;
                if (!writeRecord(level, k, own, sketch, out))
                    return false;
                ++res.records[level];
                derive(level, k, own, sketch);
            }
            m_sketches[level].clear();
        }
        return true;
    }

private:
    static RollupKey keyAt(const sql::Statement &st, int col)
    {
        return RollupKey(int(st.int64(col)), st.int64(col + 1), st.int64(col + 2), int(st.int64(col + 3)),
                         st.int64(col + 4) != 0);
    }

    // What a consumer makes of the record at the coarser levels.
    void derive(int level, const RollupKey &k, const RowSums &own, const std::string &sketch)
    {
        std::optional<VisitorSketch> s;
        if (!sketch.empty())
            s = VisitorSketch::deserialize(sketch);
        const std::int64_t hour = level == 0 ? m_zone.floor(k.bucket, Granularity::Hour) : k.bucket;
        const std::int64_t buckets[3] = {k.bucket, hour, m_zone.floor(hour, Granularity::Day)};
        for (int coarser = level + 1; coarser < 3; ++coarser) {
            RollupKey at = k;
            at.bucket = buckets[coarser];
            RowSums &d = m_derived[coarser][at];
            d.counters += own.counters;
            // Sessions have no minute rows; an hour record's go to its day.
            if (level == 1)
                d.sessions.merge(own.sessions);
            if (s)
                m_unions[coarser][at].merge(*s);
        }
    }

    bool writeRecord(int level, const RollupKey &k, const RowSums &own, const std::string &sketch,
                     const std::function<bool(const QByteArray &)> &out)
    {
        RollupRecord r;
        r.level = level;
        r.windowStart = k.bucket;
        r.bot = k.bot != 0;
        r.counters = own.counters;
        r.sessions = own.sessions;
        auto add = [&](std::optional<DimensionId> id, std::int64_t code) {
            if (id)
                r.dimensions.emplace_back(Dimensions::name(*id, m_settings.paramKeys),
                                          m_values.text(*id, code));
        };
        const int grp = k.grp;
        if (grp == schema::GroupBot) {
            r.dimensions.emplace_back(QStringLiteral("bot"),
                                      k.d1 ? QStringLiteral("yes") : QStringLiteral("no"));
        } else if (grp == schema::GroupCountryDevice || grp == schema::GroupPathDevice) {
            add(grp == schema::GroupPathDevice ? DimensionId::Url : DimensionId::Country, k.d1);
            add(DimensionId::Device, k.d2);
        } else if (schema::isPairGroup(grp)) {
            const auto &pair = m_settings.pairs[size_t(grp - schema::GroupPair0)];
            if (pair[0] < 0)
                return true; // rows of a pair no longer configured: nothing to name them by
            add(dimensionOfGroup(pair[0]), k.d1);
            add(dimensionOfGroup(pair[1]), k.d2);
        } else if (grp != schema::GroupTotal) {
            add(dimensionOfGroup(grp), k.d1);
        }
        return out(r.toJson(sketch));
    }

    WorkspaceDb &m_db;
    const AnalyticsSettings &m_settings;
    const ZoneBucketer &m_zone;
    DimensionValues m_values;
    Rows m_rows[3];
    Sketches m_sketches[3];
    Rows m_derived[3];
    std::map<RollupKey, VisitorSketch> m_unions[3];
};

} // namespace

RollupExportResult exportRollupRecords(const QString &workspacePath,
                                       const std::function<bool(const QByteArray &)> &out)
{
    RollupExportResult res;
    WorkspaceDb db;
    if (!db.open(workspacePath, WorkspaceDb::Access::ReadOnly)) {
        res.error = db.errorString();
        return res;
    }
    const AnalyticsSettings settings = AnalyticsSettings::load(db);
    // Buckets are cut as the writer cuts them (Writer::open).
    QByteArray tz = db.meta(QStringLiteral("time_zone"), QStringLiteral("UTC")).toUtf8();
    const int weekStart = db.meta(QStringLiteral("week_start"), QStringLiteral("1")).toInt();
    if (!ZoneBucketer(tz, weekStart).isValid())
        tz = "UTC";
    const ZoneBucketer zone(tz, weekStart);
    Exporter exporter(db, settings, zone);
    if (const QString e = exporter.load(); !e.isEmpty()) {
        res.error = RollupExportText::tr("The rollups could not be read: %1").arg(e);
        return res;
    }
    if (!exporter.write(out, res))
        res.error = RollupExportText::tr("Writing the rollup records stopped.");
    return res;
}

} // namespace es
