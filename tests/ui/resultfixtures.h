#pragma once
// Query results built by hand for the table model, CSV and dialog tests, so
// every column kind, the comparison columns and empty cells are covered
// without a workspace.

#include "query/query.h"

#include <QLocale>

namespace fixtures {

using Role = es::ResultColumn::Role;
using es::ColumnKind;
using es::DimensionId;
using es::MetricId;
inline const es::Cell kNull = std::monostate{};

inline es::Cell i(std::int64_t v)
{
    return v;
}

inline es::Cell d(double v)
{
    return v;
}

inline es::Cell s(const char *v)
{
    return QString::fromUtf8(v);
}

// Hourly hits in Europe/Berlin over the night the clocks went forward
// (2024-03-31: 02:00 CET became 03:00 CEST), compared with the day before.
// The third bucket has no comparison bucket.
inline es::QueryResult series()
{
    es::QueryResult r;
    r.ok = true;
    r.timeZone = "Europe/Berlin";
    r.columns = {
        {QStringLiteral("time"), ColumnKind::Time, Role::Bucket, {}, {}},
        {QStringLiteral("previous_time"), ColumnKind::Time, Role::PreviousBucket, {}, {}},
        {QStringLiteral("hits"), ColumnKind::Integer, Role::Metric, MetricId::Hits, {}},
        {QStringLiteral("hits_previous"), ColumnKind::Integer, Role::Previous, MetricId::Hits, {}},
        {QStringLiteral("hits_change"), ColumnKind::Integer, Role::Change, MetricId::Hits, {}},
        {QStringLiteral("hits_change_pct"), ColumnKind::Real, Role::ChangePercent, MetricId::Hits, {}},
        {QStringLiteral("bounce_rate"), ColumnKind::Real, Role::Metric, MetricId::BounceRate, {}},
        {QStringLiteral("bounce_rate_change"), ColumnKind::Real, Role::Change, MetricId::BounceRate, {}},
        {QStringLiteral("bytes"), ColumnKind::Integer, Role::Metric, MetricId::Bytes, {}},
    };
    r.rows = {
        // 2024-03-31 00:00 +01:00, previous 2024-03-30 00:00 +01:00
        {i(1711839600), i(1711753200), i(1234567), i(1000000), i(234567), d(23.4567), d(0.4253), d(-0.031),
         i(1536)},
        // 01:00 +01:00
        {i(1711843200), i(1711756800), i(9), i(18), i(-9), d(-50.0), kNull, kNull, i(512)},
        // 03:00 +02:00, the hour after the gap
        {i(1711846800), kNull, i(100), i(0), i(100), kNull, d(1.0), d(0.2), i(5368709120)},
    };
    return r;
}

// Totals per URL and status over a range, in UTC: texts that need quoting
// in CSV, an empty dimension value, durations and a change column.
inline es::QueryResult totals()
{
    es::QueryResult r;
    r.ok = true;
    r.timeZone = "UTC";
    r.columns = {
        {QStringLiteral("url"), ColumnKind::Text, Role::Dimension, {}, DimensionId::Url},
        {QStringLiteral("status"), ColumnKind::Integer, Role::Dimension, {}, DimensionId::Status},
        {QStringLiteral("hits"), ColumnKind::Integer, Role::Metric, MetricId::Hits, {}},
        {QStringLiteral("avg_response_ms"), ColumnKind::Real, Role::Metric, MetricId::AvgResponseMs, {}},
        {QStringLiteral("avg_session_seconds"),
         ColumnKind::Real,
         Role::Metric,
         MetricId::AvgSessionSeconds,
         {}},
        {QStringLiteral("pages_per_session"), ColumnKind::Real, Role::Metric, MetricId::PagesPerSession, {}},
        {QStringLiteral("errors_change"), ColumnKind::Integer, Role::Change, MetricId::Errors, {}},
    };
    r.rows = {
        {s("/search?q=a,b"), i(200), i(10), d(123.4), d(65.4), d(3.14159), i(5)},
        {s("say \"hi\""), i(404), i(9), d(4.56), d(42.0), d(1.0), i(-3)},
        {s("/line\nbreak"), i(500), i(1234567), kNull, d(3725.0), kNull, i(0)},
        {s(""), i(301), i(100), d(0.0), d(0.0), d(2.5), kNull},
    };
    return r;
}

// The tests compare exact texts; they run under LC_ALL=C.UTF-8.
inline void useEnglishLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace fixtures
