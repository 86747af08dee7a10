#pragma once
// A typed query of the rollups and its typed result table (docs/QUERY.md).
// QueryService runs them; the UI, reports, alerts and the command line build
// them.

#include "core/granularity.h"
#include "query/dimensions.h"
#include "query/metrics.h"
#include "query/timerange.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace es {

struct Filter
{
    DimensionId dimension = DimensionId::Url;
    QStringList values; // several values of one dimension: any of them
    friend bool operator==(const Filter &, const Filter &) = default;
};

struct Query
{
    std::vector<MetricId> metrics;    // at least one
    std::vector<DimensionId> groupBy; // 0 to 2
    std::vector<Filter> filters;      // all must hold
    TimeRange range;                  // snapped outwards to whole buckets
    // nullopt: one row per dimension value (or one total row) for the range.
    std::optional<Granularity> granularity;
    QByteArray timeZone; // IANA id; empty for the workspace zone
    int weekStart = 1;   // 1 = Monday ... 7 = Sunday
    Comparison comparison = Comparison::None;
    int topN = 0;                   // 0 = all values
    std::optional<MetricId> sortBy; // default: the first metric; always descending
    bool ascending = false;
    BotMode bots = BotMode::Default;

    // The text that identifies the query (cache key); equal queries give
    // equal texts whatever the order of their filters.
    QString canonicalText() const;
};

enum class ColumnKind : int {
    Time,    // bucket start, UTC epoch seconds (int64)
    Text,    // dimension value
    Integer, // int64
    Real,    // double
};

// One cell: null, an integer (also Time), a real or a text.
using Cell = std::variant<std::monostate, std::int64_t, double, QString>;

struct ResultColumn
{
    QString name;
    ColumnKind kind = ColumnKind::Integer;
    // For metric columns: the metric; for comparison columns the metric they
    // belong to and which part they are.
    enum class Role : int { Bucket, PreviousBucket, Dimension, Metric, Previous, Change, ChangePercent };
    Role role = Role::Metric;
    std::optional<MetricId> metric;
    std::optional<DimensionId> dimension;
};

struct QueryResult
{
    bool ok = false;
    QString error; // translated, says what to do; set when !ok
    QStringList warnings;

    std::vector<ResultColumn> columns;
    std::vector<std::vector<Cell>> rows;

    // What the query was answered from.
    TimeRange range;    // after snapping to whole buckets
    TimeRange previous; // the comparison range, empty without a comparison
    QByteArray timeZone;
    QString level; // "minute", "hour" or "day" rollups
    bool fromCache = false;

    int columnIndex(const QString &name) const;
    // The first column of `role` (and of `metric`, when given); -1 if none.
    int columnIndex(ResultColumn::Role role, std::optional<MetricId> metric = std::nullopt) const;
    static QueryResult failure(const QString &message)
    {
        QueryResult r;
        r.error = message;
        return r;
    }
};

// topMovers(): the values of a dimension ranked by count in a window and by
// change against an earlier window.
struct Mover
{
    QString value;
    std::int64_t current = 0;
    std::int64_t previous = 0;
    std::int64_t change = 0;       // current - previous
    std::optional<double> percent; // empty when previous is 0
};

struct MoversQuery
{
    DimensionId dimension = DimensionId::Url;
    MetricId metric = MetricId::Hits; // a count metric
    TimeRange window;
    TimeRange previousWindow;
    int topN = 10;
    std::vector<Filter> filters;
    BotMode bots = BotMode::Default;

    QString canonicalText() const;
};

struct MoversResult
{
    bool ok = false;
    QString error;
    QStringList warnings;
    std::vector<Mover> top;     // by current count, descending
    std::vector<Mover> rising;  // by change, largest increase first (change > 0)
    std::vector<Mover> falling; // by change, largest decrease first (change < 0)
    QString level;
    bool fromCache = false;
};

} // namespace es
