// Reading the series a backtest runs on (readBacktestData in
// backtestchart.h): the rule's windows at each instant of evaluation,
// summed from one series of buckets where the metric adds up, else asked
// for one by one as the alert engine does.

#include "alerts/alertwindow.h"
#include "alerts/backtestchart.h"
#include "charts/valueformat.h"
#include "core/zonebucketer.h"
#include "query/queryservice.h"
#include "store/retention.h"

#include <algorithm>
#include <optional>

namespace es::ui {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kHourMs = 60 * kMinuteMs;
constexpr std::int64_t kDayMs = 24 * kHourMs;
// Visitors and ratios cannot be summed from buckets, so each evaluation is
// a query of its own; this many at most per preview.
constexpr std::int64_t kMaxObservations = 400;

std::int64_t floorTo(std::int64_t t, std::int64_t step)
{
    return t / step * step - (t % step < 0 ? step : 0);
}

std::int64_t ceilTo(std::int64_t t, std::int64_t step)
{
    const std::int64_t f = floorTo(t, step);
    return f == t ? t : f + step;
}

// As the alert engine reads a window: a count of nothing is 0, a ratio of
// nothing has no value.
std::optional<double> totalValue(const QueryResult &r, MetricId metric)
{
    const int col = r.columnIndex(ResultColumn::Role::Metric, metric);
    if (col < 0 || r.rows.empty())
        return Metrics::def(metric).real ? std::nullopt : std::optional(0.0);
    return ValueFormat::number(r.rows.front()[size_t(col)]);
}

} // namespace

QString backtestDuration(std::int64_t ms)
{
    const std::int64_t minutes = ms / kMinuteMs;
    const std::int64_t d = minutes / 1440, h = minutes % 1440 / 60, m = minutes % 60;
    if (d > 0)
        return h > 0 ? BacktestChart::tr("%1 d %2 h").arg(d).arg(h) : BacktestChart::tr("%1 d").arg(d);
    if (h > 0)
        return m > 0 ? BacktestChart::tr("%1 h %2 min").arg(h).arg(m) : BacktestChart::tr("%1 h").arg(h);
    return BacktestChart::tr("%1 min").arg(m);
}

BacktestData readBacktestData(QueryService &service, const AlertRule &rule, int days, std::int64_t nowMs,
                              const std::atomic<bool> &cancel)
{
    BacktestData d;
    const std::int64_t newest = service.newestEventSecs();
    if (newest == INT64_MIN) {
        d.error = BacktestChart::tr("The workspace has no data yet, so the rule cannot be tried on the past. "
                                    "Import a log file to see where it would have fired.");
        return d;
    }
    ZoneBucketer zone(service.workspaceTimeZone());
    if (!zone.isValid())
        zone = ZoneBucketer("UTC");
    d.timeZone = zone.zoneId();
    const QStringList paramKeys = service.paramKeys();
    std::vector<Filter> filters;
    for (const AlertFilter &f : rule.filters) {
        const auto id = Dimensions::fromName(f.dimension, paramKeys);
        if (!id) {
            d.error =
                BacktestChart::tr("This workspace has no \"%1\" to filter on. Change the filter, or add "
                                  "the params key with \"eventscope analytics --params\".")
                    .arg(f.dimension);
            return d;
        }
        filters.push_back(Filter{*id, f.values});
    }

    const MetricDef &metric = Metrics::def(rule.metric);
    const bool summable = !metric.real && !metric.visitors;
    const std::int64_t span = std::int64_t(days) * kDayMs;
    const std::int64_t interval = std::int64_t(rule.intervalMinutes) * kMinuteMs;
    std::int64_t step = interval;
    // Minute rows are kept for a week; a longer preview evaluates on whole
    // hours, which the hour rows answer.
    if (days > 7)
        step = ceilTo(std::max(step, kHourMs), kHourMs);
    if (!summable && span / step > kMaxObservations)
        step *= (span / step + kMaxObservations - 1) / kMaxObservations;
    d.stepMs = step;
    // The span ends where the data ends, on the grid of evaluations, so a
    // workspace filled from old logs is previewed at the time of its data.
    d.toMs = floorTo(std::min(nowMs, (newest + 1) * 1000), step);
    d.fromMs = d.toMs - span;
    if (step != interval)
        d.notes << BacktestChart::tr(
                       "Evaluated every %1 here (the rule: every %2), so that %3 days read quickly.")
                       .arg(backtestDuration(step), backtestDuration(interval))
                       .arg(days);
    if (nowMs - d.toMs > kDayMs)
        d.notes << BacktestChart::tr("The data ends on %1; the days before that are shown.")
                       .arg(ValueFormat::bucketLong(d.toMs / 1000, Granularity::Minute, zone));

    std::vector<std::int64_t> instants;
    std::vector<AlertWindows> windows;
    bool hourly = true;
    for (std::int64_t t = ceilTo(d.fromMs + 1, step); t <= d.toMs; t += step) {
        const AlertWindows w = alertWindows(rule, t, zone);
        for (const TimeRange &r : {w.current, w.previous})
            hourly = hourly && (r.isEmpty() || (zone.floor(r.fromSecs, Granularity::Hour) == r.fromSecs &&
                                                zone.floor(r.toSecs, Granularity::Hour) == r.toSecs));
        instants.push_back(t);
        windows.push_back(w);
    }
    const bool perBucket = summable && (hourly || !metric.sessions);
    // A window reaching back before the data would take the start of the
    // data for a collapse of traffic, as the engine's catch-up avoids; so
    // would one before the minute rows that retention keeps (a week unless
    // configured otherwise).
    std::int64_t first = service.oldestDataSecs();
    if (perBucket && !hourly)
        first = std::max(first, ceilTo(newest - std::int64_t(RetentionPolicy{}.minuteDays) * 86400, 60));
    std::int64_t lo = INT64_MAX, hi = INT64_MIN;
    size_t kept = 0;
    for (size_t i = 0; i < instants.size(); ++i) {
        if (windows[i].current.fromSecs < first)
            continue;
        for (const TimeRange &r : {windows[i].current, windows[i].previous}) {
            if (!r.isEmpty()) {
                lo = std::min(lo, r.fromSecs);
                hi = std::max(hi, r.toSecs);
            }
        }
        instants[kept] = instants[i];
        windows[kept++] = windows[i];
    }
    instants.resize(kept);
    windows.resize(kept);
    if (instants.empty()) {
        d.error = BacktestChart::tr("The data does not reach back one whole window of the rule yet, so there "
                                    "is nothing to try it on.");
        return d;
    }

    // Data younger than the span: the chart starts with it.
    if (instants.front() - d.fromMs > kDayMs) {
        d.fromMs = instants.front() - step;
        d.notes << BacktestChart::tr("The data starts on %1.")
                       .arg(ValueFormat::bucketLong(windows.front().current.fromSecs, Granularity::Minute,
                                                    zone));
    }

    Query q;
    q.metrics = {rule.metric};
    q.filters = filters;
    q.bots = rule.bots;
    if (perBucket) {
        // One series of buckets, summed per window: what a query of each
        // window would give, for the price of one query.
        q.range = {lo, hi};
        q.granularity = hourly ? Granularity::Hour : Granularity::Minute;
        const QueryResult r = service.run(q).result();
        if (cancel)
            return {};
        if (!r.ok) {
            d.error = r.error;
            return d;
        }
        d.notes << r.warnings;
        const int timeCol = r.columnIndex(ResultColumn::Role::Bucket);
        const int col = r.columnIndex(ResultColumn::Role::Metric, rule.metric);
        std::vector<std::pair<std::int64_t, double>> buckets;
        for (const auto &row : r.rows) {
            const auto *t = timeCol < 0 ? nullptr : std::get_if<std::int64_t>(&row[size_t(timeCol)]);
            if (t && col >= 0)
                buckets.emplace_back(*t, ValueFormat::number(row[size_t(col)]).value_or(0));
        }
        std::sort(buckets.begin(), buckets.end());
        std::vector<double> prefix(buckets.size() + 1, 0.0);
        for (size_t i = 0; i < buckets.size(); ++i)
            prefix[i + 1] = prefix[i] + buckets[i].second;
        auto sum = [&](TimeRange range) {
            auto at = [&](std::int64_t secs) {
                return std::lower_bound(buckets.begin(), buckets.end(), secs,
                                        [](const auto &b, std::int64_t v) { return b.first < v; }) -
                       buckets.begin();
            };
            return prefix[size_t(at(range.toSecs))] - prefix[size_t(at(range.fromSecs))];
        };
        for (size_t i = 0; i < instants.size(); ++i) {
            const AlertWindows &w = windows[i];
            d.samples.push_back(
                AlertSample{instants[i], sum(w.current),
                            w.previous.isEmpty() ? std::nullopt : std::optional(sum(w.previous))});
        }
        return d;
    }

    // Each window asked for as a whole, as the engine asks for it; in
    // batches, so a cancelled preview stops soon.
    constexpr size_t kBatch = 24;
    for (size_t i = 0; i < instants.size(); i += kBatch) {
        if (cancel)
            return {};
        const size_t end = std::min(instants.size(), i + kBatch);
        std::vector<QFuture<QueryResult>> current;
        std::vector<std::optional<QFuture<QueryResult>>> previous;
        for (size_t j = i; j < end; ++j) {
            q.range = windows[j].current;
            current.push_back(service.run(q));
            previous.emplace_back();
            if (!windows[j].previous.isEmpty()) {
                q.range = windows[j].previous;
                previous.back() = service.run(q);
            }
        }
        for (size_t j = i; j < end; ++j) {
            const QueryResult r = current[j - i].result();
            std::optional<QueryResult> p;
            if (previous[j - i])
                p = previous[j - i]->result();
            const QueryResult *baseline = p ? &*p : nullptr;
            for (const QueryResult *res : {&r, baseline}) {
                if (res && !res->ok) {
                    d.error = res->error;
                    return d;
                }
                if (res)
                    d.notes << res->warnings;
            }
            d.samples.push_back(AlertSample{instants[j], totalValue(r, rule.metric),
                                            p ? totalValue(*p, rule.metric) : std::nullopt});
        }
    }
    d.notes.removeDuplicates();
    return d;
}

} // namespace es::ui
