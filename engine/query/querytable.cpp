// QueryExecutor: turning cells into the result table (ranking, top N, empty
// buckets, comparison columns), and top movers.

#include "query/queryexecutor_p.h"
#include "store/schema.h"

#include <algorithm>
#include <map>

namespace es {

using namespace queryexec;

namespace {

struct KeyRow
{
    std::int64_t k1 = 0;
    std::int64_t k2 = 0;
    std::size_t total = 0; // index of the cell that sums the whole range
    Metrics::Value rank;
};

// Descending by value (ascending when asked), empty values last, then by key
// so that the order is stable.
bool ranksBefore(const KeyRow &a, const KeyRow &b, bool ascending)
{
    if (a.rank.isNull != b.rank.isNull)
        return !a.rank.isNull;
    const double x = a.rank.asDouble();
    const double y = b.rank.asDouble();
    if (x != y)
        return ascending ? x < y : x > y;
    return a.k1 != b.k1 ? a.k1 < b.k1 : a.k2 < b.k2;
}

void appendChange(std::vector<Cell> &row, const Metrics::Value &cur,
                  const std::optional<Metrics::Value> &prev)
{
    if (!prev) {
        row.insert(row.end(), {std::monostate{}, std::monostate{}, std::monostate{}});
        return;
    }
    row.push_back(toCell(*prev));
    if (cur.isNull || prev->isNull) {
        row.insert(row.end(), {std::monostate{}, std::monostate{}});
        return;
    }
    if (!cur.real && !prev->real)
        row.push_back(cur.i - prev->i);
    else
        row.push_back(cur.asDouble() - prev->asDouble());
    const Change c = computeChange(cur.asDouble(), prev->asDouble());
    row.push_back(c.percent ? Cell(*c.percent) : Cell(std::monostate{}));
}

} // namespace

QueryResult QueryExecutor::buildTable(const Query &q, const Resolved &r, const Plan &plan,
                                      const CellMap &current, const CellMap &previous)
{
    QueryResult t;
    const bool series = plan.series.has_value();
    const bool cmp = q.comparison != Comparison::None;
    using Role = ResultColumn::Role;
    if (series) {
        t.columns.push_back({QStringLiteral("time"), ColumnKind::Time, Role::Bucket, {}, {}});
        if (cmp)
            t.columns.push_back(
                {QStringLiteral("previous_time"), ColumnKind::Time, Role::PreviousBucket, {}, {}});
    }
    for (const ReadSpec::KeyPart &k : r.keys) {
        const ColumnKind kind = Dimensions::def(k.dimension).numeric ? ColumnKind::Integer : ColumnKind::Text;
        t.columns.push_back(
            {Dimensions::name(k.dimension, m_info.paramKeys), kind, Role::Dimension, {}, k.dimension});
    }
    for (MetricId m : q.metrics) {
        const ColumnKind kind = Metrics::def(m).real ? ColumnKind::Real : ColumnKind::Integer;
        const QString name = Metrics::name(m);
        t.columns.push_back({name, kind, Role::Metric, m, {}});
        if (cmp) {
            t.columns.push_back({name + QLatin1String("_previous"), kind, Role::Previous, m, {}});
            t.columns.push_back({name + QLatin1String("_change"), kind, Role::Change, m, {}});
            t.columns.push_back(
                {name + QLatin1String("_change_pct"), ColumnKind::Real, Role::ChangePercent, m, {}});
        }
    }

    // The values of the dimensions, ranked over the whole range.
    std::vector<KeyRow> keys;
    if (r.keys.empty()) {
        keys.push_back({});
    } else {
        // Without a series the cell of a key is its total already; with one
        // the buckets of each key are merged.
        std::vector<CellData> merged;
        std::vector<const CellData *> totals;
        std::map<std::pair<std::int64_t, std::int64_t>, size_t> index;
        auto collect = [&](const CellMap &cells, bool isCurrent) {
            // Totals without a comparison: every cell is a key of its own.
            const bool unique = !series && !cmp;
            keys.reserve(cells.size());
            for (const auto &[key, cell] : cells) {
                if (unique) {
                    keys.push_back({key.k1, key.k2, totals.size(), {}});
                    totals.push_back(&cell);
                    continue;
                }
                auto [it, added] = index.try_emplace({key.k1, key.k2}, keys.size());
                if (added) {
                    keys.push_back({key.k1, key.k2, totals.size(), {}});
                    totals.push_back(nullptr);
                    if (series)
                        merged.emplace_back();
                }
                if (!isCurrent)
                    continue;
                if (series)
                    merged[it->second].merge(cell);
                else
                    totals[it->second] = &cell;
            }
        };
        collect(current, true);
        if (cmp)
            collect(previous, false);
        if (series) {
            for (size_t i = 0; i < merged.size(); ++i)
                totals[i] = &merged[i];
        }
        const MetricId sortMetric = q.sortBy.value_or(q.metrics.front());
        for (KeyRow &k : keys)
            k.rank = valueOf(sortMetric, totals[k.total], q.bots);
        auto before = [&](const KeyRow &a, const KeyRow &b) { return ranksBefore(a, b, q.ascending); };
        if (q.topN > 0 && keys.size() > size_t(q.topN)) {
            std::partial_sort(keys.begin(), keys.begin() + q.topN, keys.end(), before);
            keys.resize(size_t(q.topN));
        } else {
            std::sort(keys.begin(), keys.end(), before);
        }
        for (size_t i = 0; i < r.keys.size(); ++i) {
            std::vector<std::int64_t> codes;
            for (const KeyRow &k : keys)
                codes.push_back(i == 0 ? k.k1 : k.k2);
            m_values.preload(r.keys[i].dimension, codes);
        }
    }
    std::vector<std::vector<Cell>> dimCells(keys.size());
    for (size_t j = 0; j < keys.size(); ++j) {
        for (size_t i = 0; i < r.keys.size(); ++i) {
            const DimensionId d = r.keys[i].dimension;
            const std::int64_t code = i == 0 ? keys[j].k1 : keys[j].k2;
            dimCells[j].push_back(Dimensions::def(d).numeric ? Cell(code) : Cell(m_values.text(d, code)));
        }
    }

    const std::vector<std::int64_t> buckets = series ? plan.cmp.currentBuckets : std::vector<std::int64_t>{0};
    t.rows.reserve(buckets.size() * keys.size());
    for (size_t i = 0; i < buckets.size(); ++i) {
        std::optional<std::int64_t> prevBucket;
        if (cmp)
            prevBucket = series ? plan.cmp.previousBucketFor(i) : std::optional<std::int64_t>(0);
        for (size_t j = 0; j < keys.size(); ++j) {
            std::vector<Cell> row;
            row.reserve(t.columns.size());
            if (series) {
                row.push_back(buckets[i]);
                if (cmp)
                    row.push_back(prevBucket ? Cell(*prevBucket) : Cell(std::monostate{}));
            }
            row.insert(row.end(), dimCells[j].begin(), dimCells[j].end());
            const CellData *cur = findCell(current, {buckets[i], keys[j].k1, keys[j].k2});
            const CellData *prev =
                prevBucket ? findCell(previous, {*prevBucket, keys[j].k1, keys[j].k2}) : nullptr;
            for (MetricId m : q.metrics) {
                const Metrics::Value v = valueOf(m, cur, q.bots);
                row.push_back(toCell(v));
                if (cmp)
                    appendChange(row, v,
                                 prevBucket ? std::optional<Metrics::Value>(valueOf(m, prev, q.bots))
                                            : std::nullopt);
            }
            t.rows.push_back(std::move(row));
        }
    }
    return t;
}

MoversResult QueryExecutor::movers(const MoversQuery &q)
{
    MoversResult res;
    auto fail = [&](const QString &msg) {
        res.ok = false;
        res.error = msg;
        return res;
    };
    if (q.window.isEmpty() || q.previousWindow.isEmpty())
        return fail(tr("Both windows of a movers query need an end after their start."));
    if (q.topN <= 0)
        return fail(tr("Ask for at least one mover."));
    if (Metrics::def(q.metric).real)
        return fail(tr("Movers rank counts; %1 is a ratio. Use a count such as hits or page_views.")
                        .arg(Metrics::name(q.metric)));
    m_info = WorkspaceInfo::load(m_conn);
    Resolved r;
    QString error;
    if (!resolve({q.dimension}, q.filters, r, &error))
        return fail(error);
    res.warnings = r.warnings;

    Plan plan;
    plan.workspaceZone = std::make_unique<ZoneBucketer>(m_info.timeZone);
    if (!plan.workspaceZone->isValid())
        plan.workspaceZone = std::make_unique<ZoneBucketer>("UTC");
    plan.zone = std::make_unique<ZoneBucketer>(plan.workspaceZone->zoneId());
    const MetricDef &def = Metrics::def(q.metric);
    plan.columns = def.columns;
    plan.visitors = def.visitors;
    plan.sessions = def.sessions;
    plan.botRows = Metrics::botRows(q.metric, q.bots);
    if (plan.sessions && !schema::hasSessions(r.group))
        return fail(tr("Sessions are not kept by %1.").arg(Dimensions::name(q.dimension, m_info.paramKeys)));
    const ZoneBucketer &z = *plan.workspaceZone;
    auto allAligned = [&](Granularity g) {
        for (const TimeRange &w : {q.window, q.previousWindow}) {
            if (!aligned(z, w.fromSecs, g) || !aligned(z, w.toSecs, g))
                return false;
        }
        return true;
    };
    plan.level = allAligned(Granularity::Day)    ? RollupLevel::Day
                 : allAligned(Granularity::Hour) ? RollupLevel::Hour
                                                 : RollupLevel::Minute;
    plan.counters = !def.visitors && !def.sessions;
    const std::optional<RollupLevel> finest = plan.finestLevel(r.group);
    if (!finest)
        return fail(tr("%1 is not kept by %2.")
                        .arg(Metrics::name(q.metric), Dimensions::name(q.dimension, m_info.paramKeys)));
    if (plan.level < *finest) {
        if (plan.sessions && *finest == RollupLevel::Hour)
            return fail(tr("Sessions are counted per hour and per day; use windows of whole hours."));
        plan.level = *finest;
    }
    plan.snap = levelGranularity(plan.level);
    // A window reaching back past what retention keeps at this level (30 days
    // of minute rows, say) is read from the next coarser level, and the
    // other window with it, so that their counts compare. That holds for the
    // previous window too when the windows span at least a bucket of that
    // level (a report's week against the week before, where path rows of
    // the earlier week are only kept per day). A shorter previous window
    // (the same hour last week) is not worth turning into whole days: its
    // buckets show nothing, with a warning.
    const std::int64_t length = q.window.toSecs - q.window.fromSecs;
    auto pastRetention = [&](std::int64_t from) {
        return z.floor(from, plan.snap) < m_info.keptFrom(plan.level, r.group);
    };
    bool retained = true;
    while (plan.level != RollupLevel::Day) {
        const RollupLevel coarser = plan.level == RollupLevel::Minute ? RollupLevel::Hour : RollupLevel::Day;
        const std::int64_t coarserBucket = coarser == RollupLevel::Hour ? 3600 : 86400;
        if (!pastRetention(q.window.fromSecs) &&
            !(length >= coarserBucket && pastRetention(q.previousWindow.fromSecs)))
            break;
        const RollupLevel finer = plan.level;
        retained = false;
        plan.level = coarser;
        plan.snap = levelGranularity(plan.level);
        res.warnings
            << tr("The windows were widened to whole %1s: %2 rows before %3 were removed by retention.")
                   .arg(rollupLevelName(plan.level), rollupLevelName(finer),
                        localTime(m_info.keptFrom(finer, r.group), m_info.timeZone));
    }
    const TimeRange window = snapRange(z, q.window, plan.snap);
    const TimeRange previousWindow = snapRange(z, q.previousWindow, plan.snap);
    if ((window != q.window || previousWindow != q.previousWindow) && retained)
        res.warnings << tr("The windows were widened to whole %1s.").arg(rollupLevelName(plan.level));
    checkRetention(plan.level, r.group, previousWindow, res.warnings);
    checkRetention(plan.level, r.group, window, res.warnings);
    CellMap cur, prev;
    if (!readRange(plan, r, plan.level, window, false, cur, &error) ||
        !readRange(plan, r, plan.level, previousWindow, false, prev, &error))
        return fail(error);

    std::map<std::int64_t, Mover> byKey;
    for (const auto &[key, cell] : cur)
        byKey[key.k1].current = valueOf(q.metric, &cell, q.bots).i;
    for (const auto &[key, cell] : prev)
        byKey[key.k1].previous = valueOf(q.metric, &cell, q.bots).i;
    std::vector<std::pair<std::int64_t, Mover>> all;
    for (auto &[k, m] : byKey) {
        m.change = m.current - m.previous;
        m.percent = computeChange(double(m.current), double(m.previous)).percent;
        if (m.current != 0 || m.previous != 0)
            all.emplace_back(k, m);
    }
    auto pick = [&](auto keep, auto before) {
        std::vector<std::pair<std::int64_t, Mover>> v;
        std::copy_if(all.begin(), all.end(), std::back_inserter(v), keep);
        std::sort(v.begin(), v.end(), [&](const auto &a, const auto &b) {
            return before(a.second, b.second) || (!before(b.second, a.second) && a.first < b.first);
        });
        if (v.size() > size_t(q.topN))
            v.resize(size_t(q.topN));
        return v;
    };
    const auto top = pick([](const auto &p) { return p.second.current > 0; },
                          [](const Mover &a, const Mover &b) { return a.current > b.current; });
    const auto rising = pick([](const auto &p) { return p.second.change > 0; },
                             [](const Mover &a, const Mover &b) { return a.change > b.change; });
    const auto falling = pick([](const auto &p) { return p.second.change < 0; },
                              [](const Mover &a, const Mover &b) { return a.change < b.change; });
    std::vector<std::int64_t> codes;
    for (const auto *list : {&top, &rising, &falling})
        for (const auto &p : *list)
            codes.push_back(p.first);
    m_values.preload(q.dimension, codes);
    auto finish = [&](const std::vector<std::pair<std::int64_t, Mover>> &in, std::vector<Mover> &out) {
        for (const auto &[k, m] : in) {
            out.push_back(m);
            out.back().value = m_values.text(q.dimension, k);
        }
    };
    finish(top, res.top);
    finish(rising, res.rising);
    finish(falling, res.falling);
    res.level = rollupLevelName(plan.level);
    res.ok = true;
    return res;
}

} // namespace es
