#include "query/queryexecutor.h"

#include "query/queryexecutor_p.h"
#include "query/rawscan.h"
#include "store/analyticssettings.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <climits>

namespace es {

using namespace queryexec;

WorkspaceInfo WorkspaceInfo::load(sql::Connection &c)
{
    WorkspaceInfo info;
    auto st = c.prepare("SELECT key, value FROM meta");
    while (st.step()) {
        const std::string_view key = st.text(0);
        const QString value = st.qtext(1);
        bool ok = false;
        const int days = std::clamp(value.toInt(&ok), 0, RetentionPolicy::kMaxDays);
        if (key == "time_zone" && !value.isEmpty())
            info.timeZone = value.toUtf8();
        else if (ok && key == "raw_retention_days")
            info.retention.rawDays = days;
        else if (ok && key == "minute_retention_days")
            info.retention.minuteDays = days;
        else if (ok && key == "hour_retention_days")
            info.retention.hourDays = days;
        else if (ok && key == "detail_minute_retention_days")
            info.retention.detailMinuteDays = days;
        else if (ok && key == "detail_hour_retention_days")
            info.retention.detailHourDays = days;
    }
    const AnalyticsSettings settings = AnalyticsSettings::load(c);
    info.groups = settings.groups;
    info.paramKeys = settings.paramKeys;
    info.pairs = settings.pairs;
    info.newestMs = newestEventMs(c);
    return info;
}

std::int64_t WorkspaceInfo::keptFrom(RollupLevel level, int group) const
{
    if (level == RollupLevel::Day || newestMs == INT64_MIN)
        return INT64_MIN;
    const bool detail = schema::isDetailGroup(group);
    const int days = level == RollupLevel::Minute
                         ? (detail ? retention.detailMinuteDays : retention.minuteDays)
                         : (detail ? retention.detailHourDays : retention.hourDays);
    const std::int64_t ms = RetentionPolicy::cutoffMs(newestMs, days);
    return ms == INT64_MIN ? INT64_MIN : ms / 1000;
}

QueryExecutor::QueryExecutor(sql::Connection &c, const std::atomic<bool> *cancel)
    : m_conn(c), m_cancel(cancel), m_values(c)
{}

bool QueryExecutor::resolve(const std::vector<DimensionId> &groupBy, const std::vector<Filter> &filters,
                            Resolved &out, QString *error)
{
    std::vector<DimensionId> dims = groupBy;
    for (const Filter &f : filters)
        dims.push_back(f.dimension);
    for (DimensionId d : dims) {
        if (isParamDimension(d) && m_info.paramKeys.value(int(d) - int(DimensionId::Param0)).isEmpty()) {
            *error = tr("No params key is a dimension in slot %1 of this workspace. Make one with "
                        "\"eventscope analytics --params +KEY\" and ask for params.KEY.")
                         .arg(int(d) - int(DimensionId::Param0) + 1);
            return false;
        }
    }
    // When no group can answer, the keys are still set up: raw events may.
    auto noGroup = [&] {
        out.groupMissing = true;
        for (size_t i = 0; i < groupBy.size(); ++i)
            out.keys.push_back({groupBy[i], i == 0 ? DimensionSlot::D1 : DimensionSlot::D2});
        return false;
    };
    const std::optional<GroupChoice> choice =
        Dimensions::chooseGroup(dims, error, m_info.pairs, m_info.paramKeys);
    if (!choice)
        return noGroup();
    if (!schema::groupOn(m_info.groups, choice->group)) {
        const QString name = QString::fromLatin1(schema::groupName(choice->group));
        *error = tr("This workspace does not pre-aggregate the \"%1\" group, which the query needs. Turn it "
                    "on with \"eventscope analytics --groups +%1\", then import the data again to fill it "
                    "(data already imported has no rows for it).")
                     .arg(name);
        return noGroup();
    }
    out.group = choice->group;
    for (size_t i = 0; i < groupBy.size(); ++i)
        out.keys.push_back({groupBy[i], choice->dimSlots[i]});
    for (size_t i = 0; i < filters.size(); ++i) {
        ReadSpec::FilterPart part{choice->dimSlots[groupBy.size() + i], {}};
        if (filters[i].values.isEmpty()) {
            *error = tr("The filter on %1 has no value; write it as %1=VALUE.")
                         .arg(Dimensions::name(filters[i].dimension, m_info.paramKeys));
            return false;
        }
        for (const QString &v : filters[i].values) {
            const auto ranges = m_values.parse(filters[i].dimension, v, error);
            if (!ranges)
                return false;
            if (ranges->empty())
                out.warnings << tr("No %1 is \"%2\" in this workspace, so that filter value matches nothing.")
                                    .arg(Dimensions::name(filters[i].dimension, m_info.paramKeys), v);
            part.ranges.insert(part.ranges.end(), ranges->begin(), ranges->end());
        }
        out.filters.push_back(std::move(part));
    }
    return true;
}

namespace {

// "visitors, hits" and "url × device", for messages.
QString metricNames(const Query &q)
{
    QStringList names;
    for (MetricId m : q.metrics)
        names << Metrics::name(m);
    return names.join(QStringLiteral(", "));
}

QString groupDimensions(const Query &q, const QueryExecutor::Resolved &r, const QStringList &paramKeys)
{
    QStringList dims;
    for (const auto &k : r.keys)
        dims << Dimensions::name(k.dimension, paramKeys);
    for (const Filter &f : q.filters)
        dims << Dimensions::name(f.dimension, paramKeys);
    dims.removeDuplicates();
    return dims.join(QStringLiteral(" × "));
}

} // namespace

bool QueryExecutor::planLevel(const Query &q, const Resolved &r, Plan &plan, QueryResult &result)
{
    plan.workspaceZone = std::make_unique<ZoneBucketer>(m_info.timeZone, q.weekStart);
    if (!plan.workspaceZone->isValid()) {
        result.warnings << tr("The workspace time zone \"%1\" is not known on this computer; UTC is used.")
                               .arg(QString::fromUtf8(m_info.timeZone));
        m_info.timeZone = "UTC";
        plan.workspaceZone = std::make_unique<ZoneBucketer>(m_info.timeZone, q.weekStart);
    }
    const QByteArray zoneId = q.timeZone.isEmpty() ? m_info.timeZone : q.timeZone;
    plan.zone = std::make_unique<ZoneBucketer>(zoneId, q.weekStart);
    if (!plan.zone->isValid()) {
        result.error = tr("Unknown time zone \"%1\". Give an IANA name such as Europe/Berlin, "
                          "America/New_York or UTC.")
                           .arg(QString::fromUtf8(zoneId));
        return false;
    }
    const ZoneBucketer &z = *plan.zone;
    const bool sameZone = plan.zone->zoneId() == plan.workspaceZone->zoneId();
    const RollupLevel minLevel = *plan.finestLevel(r.group); // run() refused the nullopt case
    const TimeRange asked = q.range;
    plan.series = q.granularity;
    if (q.granularity) {
        const Granularity g = *q.granularity;
        plan.snap = g;
        plan.level = g == Granularity::Minute              ? RollupLevel::Minute
                     : g == Granularity::Hour || !sameZone ? RollupLevel::Hour
                                                           : RollupLevel::Day;
        if (plan.level < minLevel) {
            const QString dims = groupDimensions(q, r, m_info.paramKeys);
            const QString level = rollupLevelName(minLevel);
            result.error = dims.isEmpty()
                               ? tr("%1 are kept per %2 and coarser, not per minute. Use "
                                    "--granularity %2 or coarser.")
                                     .arg(metricNames(q), level)
                               : tr("%1 by %2 are kept per %3 and coarser. Use --granularity %3 or "
                                    "coarser, or drop the dimension.")
                                     .arg(metricNames(q), dims, level);
            return false;
        }
    } else {
        const bool day =
            aligned(z, asked.fromSecs, Granularity::Day) && aligned(z, asked.toSecs, Granularity::Day);
        const bool hour =
            aligned(z, asked.fromSecs, Granularity::Hour) && aligned(z, asked.toSecs, Granularity::Hour);
        plan.snap = day ? Granularity::Day : hour ? Granularity::Hour : Granularity::Minute;
        plan.level = day    ? (sameZone ? RollupLevel::Day : RollupLevel::Hour)
                     : hour ? RollupLevel::Hour
                            : RollupLevel::Minute;
        if (plan.level < minLevel) {
            if (minLevel == RollupLevel::Day && !sameZone) {
                result.error = tr("%1 by %2 are kept per day, in the workspace time zone %3 only. Ask in "
                                  "that time zone.")
                                   .arg(metricNames(q), groupDimensions(q, r, m_info.paramKeys),
                                        QString::fromUtf8(m_info.timeZone));
                return false;
            }
            plan.level = minLevel;
            plan.snap = levelGranularity(minLevel);
            const QString dims = groupDimensions(q, r, m_info.paramKeys);
            result.warnings << (dims.isEmpty()
                                    ? tr("The range was widened to whole %1s: %2 are kept per %1.")
                                          .arg(rollupLevelName(minLevel), metricNames(q))
                                    : tr("The range was widened to whole %1s: %2 by %3 are kept per %1.")
                                          .arg(rollupLevelName(minLevel), metricNames(q), dims));
        }
        // Totals of a range that retention thinned out at this level come
        // from the next coarser level instead.
        auto coarsen = [&](TimeRange range, RollupLevel &level, Granularity &snap) {
            while (level != RollupLevel::Day &&
                   snapRange(z, range, snap).fromSecs < m_info.keptFrom(level, r.group)) {
                const RollupLevel coarser =
                    level == RollupLevel::Minute ? RollupLevel::Hour : RollupLevel::Day;
                if (coarser == RollupLevel::Day && !sameZone)
                    break;
                level = coarser;
                snap = levelGranularity(coarser);
            }
        };
        RollupLevel level = plan.level;
        Granularity snap = plan.snap;
        coarsen(asked, level, snap);
        if (level != plan.level)
            result.warnings << tr("The range was widened to whole %1s: %2 rows before %3 were removed by "
                                  "retention.")
                                   .arg(rollupLevelName(level), rollupLevelName(plan.level),
                                        localTime(m_info.keptFrom(plan.level, r.group), zoneId));
        // "Last 7 days" against the 7 days before needs rows 14 days back. The
        // current period stays as asked, so that it shows the same numbers
        // with a comparison as without one; the comparison period alone moves
        // back to whole buckets of the level that still holds it.
        if (q.comparison != Comparison::None) {
            const TimeRange before = planComparison(z, asked, Granularity::Day, q.comparison, false).previous;
            RollupLevel beforeLevel = level;
            Granularity beforeSnap = snap;
            if (!before.isEmpty())
                coarsen(before, beforeLevel, beforeSnap);
            if (beforeLevel != level) {
                plan.previousLevel = beforeLevel;
                plan.previousRange = {z.floor(before.fromSecs, beforeSnap),
                                      z.floor(before.toSecs, beforeSnap)};
                result.warnings << tr("The comparison period was moved back to whole %1s (%2 to %3): %4 rows "
                                      "before %5 were removed by retention.")
                                       .arg(rollupLevelName(beforeLevel),
                                            localTime(plan.previousRange.fromSecs, zoneId),
                                            localTime(plan.previousRange.toSecs, zoneId),
                                            rollupLevelName(level),
                                            localTime(m_info.keptFrom(level, r.group), zoneId));
            }
        }
        plan.level = level;
        plan.snap = snap;
    }
    if (!sameZone && plan.level == RollupLevel::Hour) {
        for (std::int64_t t : {asked.fromSecs, asked.toSecs}) {
            if ((plan.workspaceZone->offsetAt(t) - z.offsetAt(t)) % 3600 != 0) {
                result.error =
                    tr("Hours in %1 do not start at the same instants as the hours of the workspace "
                       "time zone %2, so these buckets cannot be cut from the stored hours. Ask "
                       "in %2, or per minute.")
                        .arg(QString::fromUtf8(zoneId), QString::fromUtf8(m_info.timeZone));
                return false;
            }
        }
    }
    plan.current = snapRange(z, asked, plan.snap);
    plan.cmp = planComparison(z, plan.current, plan.snap, q.comparison, plan.series.has_value());
    // Days of another zone need hour rows over the whole range.
    if (!sameZone && plan.snap >= Granularity::Day) {
        const std::int64_t kept = m_info.keptFrom(RollupLevel::Hour, r.group);
        const std::int64_t first =
            std::min(plan.current.fromSecs,
                     plan.cmp.previousBuckets.empty() ? INT64_MAX : plan.cmp.previousBuckets.front());
        if (first < kept) {
            result.error =
                tr("Days in %1 can only be cut from hour rows, and the hour rows before %2 were "
                   "removed by retention. Ask in the workspace time zone %3, or for a range from %2 "
                   "on.")
                    .arg(QString::fromUtf8(zoneId), localTime(kept, zoneId),
                         QString::fromUtf8(m_info.timeZone));
            return false;
        }
    }
    return true;
}

void QueryExecutor::checkRetention(RollupLevel level, int group, TimeRange range, QStringList &warnings)
{
    const std::int64_t kept = m_info.keptFrom(level, group);
    if (range.isEmpty() || range.fromSecs >= kept)
        return;
    // Only worth saying when there was data then (the day rows keep it).
    auto st =
        m_conn.prepare("SELECT 1 FROM rollup_day WHERE grp = ?1 AND bucket >= ?2 AND bucket < ?3 LIMIT 1");
    st.bind(1, group).bind(2, range.fromSecs - 86400).bind(3, std::min(kept, range.toSecs));
    if (!st.step())
        return;
    const QString msg =
        tr("%1 rows before %2 were removed by retention, so earlier buckets show no data. Ask "
           "per day for older data.")
            .arg(rollupLevelName(level), localTime(kept, m_info.timeZone));
    if (!warnings.contains(msg))
        warnings << msg;
}

bool QueryExecutor::readRange(const Plan &plan, const Resolved &r, RollupLevel level, TimeRange range,
                              bool perBucket, CellMap &out, QString *error)
{
    ReadSpec spec;
    spec.level = level;
    spec.group = r.group;
    spec.range = range;
    spec.columns = plan.columns;
    spec.visitors = plan.visitors;
    spec.openSessions = plan.sessions;
    spec.botRows = plan.botRows;
    spec.keys = r.keys;
    spec.filters = r.filters;
    const ZoneBucketer *z = plan.zone.get();
    const Granularity g = plan.series.value_or(Granularity::Day);
    if (!perBucket)
        spec.bucketOf = [](std::int64_t) { return std::int64_t(0); };
    else
        spec.bucketOf = [z, g](std::int64_t b) { return z->floor(b, g); };
    const bool d1Filter = std::any_of(r.filters.begin(), r.filters.end(),
                                      [](const auto &f) { return f.slot == DimensionSlot::D1; });
    if (d1Filter && range.duration() / 60 < 2000000)
        spec.storedBuckets = bucketStarts(*plan.workspaceZone, range, levelGranularity(level));
    RollupReader reader(m_conn, m_cancel);
    if (!reader.read(spec, out)) {
        *error = reader.wasCancelled() ? tr("The query was cancelled.")
                                       : tr("Reading the workspace failed: %1").arg(reader.errorString());
        return false;
    }
    return true;
}

QueryResult QueryExecutor::run(const Query &q)
{
    if (q.metrics.empty())
        return QueryResult::failure(
            tr("Name at least one metric, for example hits. \"eventscope query --list\" "
               "lists them."));
    if (q.groupBy.size() > 2)
        return QueryResult::failure(tr("Group by at most two dimensions."));
    if (q.range.isEmpty())
        return QueryResult::failure(tr("The time range is empty: its end must come after its start."));
    if (q.weekStart < 1 || q.weekStart > 7)
        return QueryResult::failure(
            tr("The first day of the week is a number from 1 (Monday) to 7 (Sunday)."));
    if (q.topN < 0)
        return QueryResult::failure(tr("The number of top values cannot be negative."));

    m_info = WorkspaceInfo::load(m_conn);
    QueryResult result;
    Resolved r;
    QString error;
    if (!resolve(q.groupBy, q.filters, r, &error)) {
        if (!r.groupMissing)
            return QueryResult::failure(error);
        // No group holds the dimensions: raw events may, by reading the
        // records again from their files.
        for (const Filter &f : q.filters) {
            if (f.values.isEmpty())
                return QueryResult::failure(tr("The filter on %1 has no value; write it as %1=VALUE.")
                                                .arg(Dimensions::name(f.dimension, m_info.paramKeys)));
        }
        r.raw = true;
        r.rawFilters = q.filters;
        r.group = -1;
    }
    result.warnings = r.warnings;

    Plan plan;
    std::vector<MetricId> needed = q.metrics;
    if (q.sortBy)
        needed.push_back(*q.sortBy);
    for (MetricId m : needed) {
        const MetricDef &d = Metrics::def(m);
        plan.columns |= d.columns;
        plan.visitors = plan.visitors || d.visitors;
        plan.sessions = plan.sessions || d.sessions;
        const std::array<bool, 2> rows = Metrics::botRows(m, q.bots);
        plan.botRows[0] = plan.botRows[0] || rows[0];
        plan.botRows[1] = plan.botRows[1] || rows[1];
    }
    plan.counters = std::any_of(needed.begin(), needed.end(), [](MetricId m) {
        return !Metrics::def(m).visitors && !Metrics::def(m).sessions;
    });
    if (r.raw) {
        if (plan.sessions)
            return QueryResult::failure(error + QLatin1Char(' ') +
                                        tr("Session metrics cannot come from raw events, so ask for them by "
                                           "fewer dimensions."));
        return runFromRaw(q, r, plan, error);
    }
    if (plan.visitors && schema::finestVisitorLevel(r.group) > 2)
        return QueryResult::failure(tr("Unique visitors are not kept by %1. Ask for them by each dimension "
                                       "on its own.")
                                        .arg(groupDimensions(q, r, m_info.paramKeys)));
    if (plan.sessions && !schema::hasSessions(r.group))
        return QueryResult::failure(
            tr("Sessions are not kept by %1. Ask for session metrics without a dimension, "
               "or by url, site, source, referrer, country, browser, browser_version, os "
               "or device.")
                .arg(groupDimensions(q, r, m_info.paramKeys)));
    if (!planLevel(q, r, plan, result))
        return QueryResult::failure(result.error);

    checkRetention(plan.level, r.group, plan.current, result.warnings);
    CellMap current, previous;
    const bool perBucket = plan.series.has_value();
    if (!readRange(plan, r, plan.level, plan.current, perBucket, current, &error))
        return QueryResult::failure(error);
    if (q.comparison != Comparison::None && !plan.cmp.previousBuckets.empty()) {
        const RollupLevel level = plan.previousLevel.value_or(plan.level);
        const TimeRange prev = plan.previousLevel
                                   ? plan.previousRange
                                   : TimeRange{plan.cmp.previousBuckets.front(),
                                               plan.zone->next(plan.cmp.previousBuckets.back(), plan.snap)};
        checkRetention(level, r.group, prev, result.warnings);
        if (!readRange(plan, r, level, prev, perBucket, previous, &error))
            return QueryResult::failure(error);
    }
    QueryResult table = buildTable(q, r, plan, current, previous);
    table.warnings = result.warnings;
    table.range = plan.current;
    if (q.comparison != Comparison::None)
        table.previous = plan.previousLevel ? plan.previousRange : plan.cmp.previous;
    table.timeZone = plan.zone->zoneId();
    table.level = rollupLevelName(plan.level);
    table.ok = true;
    return table;
}

QueryResult QueryExecutor::runFromRaw(const Query &q, const Resolved &r, Plan &plan,
                                      const QString &whyNoGroup)
{
    QueryResult result;
    plan.workspaceZone = std::make_unique<ZoneBucketer>(m_info.timeZone, q.weekStart);
    if (!plan.workspaceZone->isValid())
        plan.workspaceZone = std::make_unique<ZoneBucketer>("UTC", q.weekStart);
    const QByteArray zoneId = q.timeZone.isEmpty() ? plan.workspaceZone->zoneId() : q.timeZone;
    plan.zone = std::make_unique<ZoneBucketer>(zoneId, q.weekStart);
    if (!plan.zone->isValid())
        return QueryResult::failure(tr("Unknown time zone \"%1\". Give an IANA name such as Europe/Berlin, "
                                       "America/New_York or UTC.")
                                        .arg(QString::fromUtf8(zoneId)));
    // Raw events have exact times: every bucket size works in every zone.
    plan.series = q.granularity;
    plan.snap = q.granularity.value_or(Granularity::Minute);
    plan.level = RollupLevel::Minute;
    plan.current = snapRange(*plan.zone, q.range, plan.snap);
    plan.cmp = planComparison(*plan.zone, plan.current, plan.snap, q.comparison, plan.series.has_value());
    TimeRange needed = plan.current;
    const bool cmp = q.comparison != Comparison::None && !plan.cmp.previousBuckets.empty();
    const TimeRange prev = cmp ? TimeRange{plan.cmp.previousBuckets.front(),
                                           plan.zone->next(plan.cmp.previousBuckets.back(), plan.snap)}
                               : TimeRange{};
    if (cmp)
        needed.fromSecs = std::min(needed.fromSecs, prev.fromSecs);
    QString why;
    const std::int64_t rawCutoff = m_info.newestMs == INT64_MIN
                                       ? INT64_MIN
                                       : RetentionPolicy::cutoffMs(m_info.newestMs, m_info.retention.rawDays);
    bool covered = RawScanner::covers(m_conn, needed.fromSecs, needed.toSecs, rawCutoff, &why);
    if (covered) {
        // Every record of the range must have its raw event: the total from
        // the rollups says how many there are.
        Query total;
        total.metrics = {MetricId::Hits};
        total.range = needed;
        total.bots = BotMode::Include;
        const QueryResult t = run(total);
        // (The total may cover a wider range, of whole hours or days.)
        auto st = m_conn.prepare("SELECT count(*) FROM raw_events WHERE ts_ms >= ?1 AND ts_ms < ?2");
        st.bind(1, t.range.fromSecs * 1000).bind(2, t.range.toSecs * 1000);
        const std::int64_t rawCount = st.step() ? st.int64(0) : -1;
        const std::int64_t hits =
            t.ok && !t.rows.empty() && std::holds_alternative<std::int64_t>(t.rows[0][0])
                ? std::get<std::int64_t>(t.rows[0][0])
                : (t.ok && t.rows.empty() ? 0 : -1);
        if (!t.ok || rawCount != hits) {
            covered = false;
            why = tr("they hold %1 of the %2 records of the range.").arg(rawCount).arg(hits);
        }
    }
    if (!covered)
        return QueryResult::failure(whyNoGroup + QLatin1Char(' ') +
                                    tr("Raw events cannot answer it either: %1").arg(why));

    const bool perBucket = plan.series.has_value();
    RawScanner scanner(m_conn, m_values, m_cancel);
    auto scan = [&](TimeRange range, CellMap &cells) {
        RawScanSpec spec;
        spec.range = range;
        for (const auto &k : r.keys)
            spec.keys.push_back(k.dimension);
        spec.filters = r.rawFilters;
        spec.visitors = plan.visitors;
        spec.botRows = plan.botRows;
        const ZoneBucketer *z = plan.zone.get();
        const Granularity g = plan.snap;
        if (perBucket)
            spec.bucketOf = [z, g](std::int64_t t) { return z->floor(t, g); };
        else
            spec.bucketOf = [](std::int64_t) { return std::int64_t(0); };
        return scanner.scan(spec, cells);
    };
    CellMap current, previous;
    if (!scan(plan.current, current) || (cmp && !scan(prev, previous)))
        return QueryResult::failure(scanner.errorString());
    QueryResult table = buildTable(q, r, plan, current, previous);
    QStringList dims;
    for (const auto &k : r.keys)
        dims << Dimensions::name(k.dimension, m_info.paramKeys);
    for (const Filter &f : q.filters)
        dims << Dimensions::name(f.dimension, m_info.paramKeys);
    dims.removeDuplicates();
    table.warnings = result.warnings;
    table.warnings << tr("No aggregation group holds %1, so the answer comes from raw events: %2 records "
                         "were read again from their files.")
                          .arg(dims.join(QStringLiteral(" × ")))
                          .arg(scanner.recordsRead());
    table.range = plan.current;
    if (q.comparison != Comparison::None)
        table.previous = plan.cmp.previous;
    table.timeZone = plan.zone->zoneId();
    table.level = QStringLiteral("raw");
    table.ok = true;
    return table;
}

} // namespace es
