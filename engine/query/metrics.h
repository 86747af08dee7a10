#pragma once
// The one registry of metrics. Every number the application, reports, alerts
// and the command line show is one of these, computed here from the summed
// rollup columns (docs/METRICS.md defines them, docs/QUERY.md lists them).
// Ratios are computed from summed parts, never averaged.

#include "aggregate/rollupcolumns.h"

#include <QCoreApplication>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace es {

// SQL name of a stored column ("hits", "s1xx", ...).
const char *columnSqlName(Column c);

using ColumnMask = std::uint32_t;
inline constexpr ColumnMask columnBit(Column c)
{
    return ColumnMask(1) << int(c);
}

// Summed counters of one result cell.
struct ColumnSums
{
    std::array<std::int64_t, kColumnCount> v{};

    std::int64_t operator[](Column c) const { return v[size_t(c)]; }
    void add(const ColumnSums &o)
    {
        for (int i = 0; i < kColumnCount; ++i)
            v[size_t(i)] += o.v[size_t(i)];
    }
};

enum class MetricId : int {
    Hits,
    Requests,
    Bytes,
    PageViews,
    Downloads,
    Events,
    Status1xx,
    Status2xx,
    Status3xx,
    Status4xx,
    Status5xx,
    Errors,
    AvgResponseMs,
    Visitors,
    Sessions,
    Bounces,
    BounceRate,
    PagesPerSession,
    AvgSessionSeconds,
};
inline constexpr int kMetricCount = 19;

// Which rows count when bots are in question (docs/METRICS.md, "Bots").
enum class BotMode : int {
    Default, // each metric's own default (MetricDef::excludesBotsByDefault)
    Include,
    Exclude,
    Only,
};
QString botModeName(BotMode m); // "default", "include", "exclude", "only"
std::optional<BotMode> botModeFromName(const QString &name);

struct MetricDef
{
    MetricId id;
    const char *name;       // what users type: "hits", "bounce_rate"
    const char *definition; // one line, translated through Metrics::tr
    bool real;              // a ratio (double); otherwise an integer count
    ColumnMask columns;     // stored columns it is computed from
    bool visitors;          // needs the visitor sketches
    bool sessions;          // needs the session columns (hour and day levels only)
    // METRICS.md: bots are left out by default of page views, visitors,
    // sessions and bounce rate (and the other session rates); hits, bytes and
    // status classes describe the server's load and include them.
    bool excludesBotsByDefault;
};

class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(es::Metrics)
public:
    static std::span<const MetricDef> all();
    static const MetricDef &def(MetricId id);
    static std::optional<MetricId> fromName(const QString &name);
    static QString name(MetricId id);
    static QString definition(MetricId id);

    // Whether rows with bot = 1 (include[1]) and bot = 0 (include[0]) count
    // for the metric in this mode.
    static std::array<bool, 2> botRows(MetricId id, BotMode mode);

    // The metric's value from the summed columns; visitors are passed in since
    // they come from the sketches. nullopt for a ratio whose denominator is 0.
    struct Value
    {
        bool isNull = true;
        bool real = false;
        std::int64_t i = 0;
        double d = 0;
        double asDouble() const { return real ? d : double(i); }
    };
    static Value compute(MetricId id, const ColumnSums &s, std::int64_t visitors);
};

} // namespace es
