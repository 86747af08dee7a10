#include "query/metrics.h"

namespace es {

namespace {

constexpr ColumnMask bit(Column c)
{
    return columnBit(c);
}

// QT_TRANSLATE_NOOP keeps the definitions in the translation context of
// Metrics; definition() translates them at call time.
constexpr std::array<MetricDef, kMetricCount> kMetrics = {{
    {MetricId::Hits, "hits",
     QT_TRANSLATE_NOOP("es::Metrics",
                       "Every record: each access-log line that could be read and each event."),
     false, bit(Column::Hits), false, false, false},
    {MetricId::Requests, "requests",
     QT_TRANSLATE_NOOP("es::Metrics", "Hits that are access-log requests (hits minus events)."), false,
     bit(Column::Hits) | bit(Column::Events), false, false, false},
    {MetricId::Bytes, "bytes",
     QT_TRANSLATE_NOOP("es::Metrics", "Sum of the response sizes as logged; a missing size counts as 0."),
     false, bit(Column::Bytes), false, false, false},
    {MetricId::PageViews, "page_views",
     QT_TRANSLATE_NOOP(
         "es::Metrics",
         "GET requests answered 2xx or 304 that are not assets or downloads, and page-view events."),
     false, bit(Column::PageViews), false, false, true},
    {MetricId::Downloads, "downloads",
     QT_TRANSLATE_NOOP("es::Metrics",
                       "GET requests answered 2xx (not 206) for a file with a download extension."),
     false, bit(Column::Downloads), false, false, false},
    {MetricId::Events, "events", QT_TRANSLATE_NOOP("es::Metrics", "Application events (JSON-lines records)."),
     false, bit(Column::Events), false, false, false},
    {MetricId::Status1xx, "status_1xx",
     QT_TRANSLATE_NOOP("es::Metrics", "Requests answered with a status from 100 to 199."), false,
     bit(Column::S1xx), false, false, false},
    {MetricId::Status2xx, "status_2xx",
     QT_TRANSLATE_NOOP("es::Metrics", "Requests answered with a status from 200 to 299."), false,
     bit(Column::S2xx), false, false, false},
    {MetricId::Status3xx, "status_3xx",
     QT_TRANSLATE_NOOP("es::Metrics", "Requests answered with a status from 300 to 399."), false,
     bit(Column::S3xx), false, false, false},
    {MetricId::Status4xx, "status_4xx",
     QT_TRANSLATE_NOOP("es::Metrics", "Requests answered with a status from 400 to 499."), false,
     bit(Column::S4xx), false, false, false},
    {MetricId::Status5xx, "status_5xx",
     QT_TRANSLATE_NOOP("es::Metrics", "Requests answered with a status from 500 to 599."), false,
     bit(Column::S5xx), false, false, false},
    {MetricId::Errors, "errors",
     QT_TRANSLATE_NOOP("es::Metrics", "Requests answered with a client or server error (4xx plus 5xx)."),
     false, bit(Column::S4xx) | bit(Column::S5xx), false, false, false},
    {MetricId::AvgResponseMs, "avg_response_ms",
     QT_TRANSLATE_NOOP("es::Metrics",
                       "Average logged response time in milliseconds, over the requests that log one."),
     true, bit(Column::DurationUs) | bit(Column::DurationCount), false, false, false},
    {MetricId::Visitors, "visitors",
     QT_TRANSLATE_NOOP(
         "es::Metrics",
         "Distinct visitors (address and user agent, or user id) over the whole bucket or range."),
     false, 0, true, false, true},
    {MetricId::Sessions, "sessions",
     QT_TRANSLATE_NOOP(
         "es::Metrics",
         "Visits: runs of page views with gaps of at most 30 minutes, counted where they start."),
     false, bit(Column::Sessions), false, true, true},
    {MetricId::Bounces, "bounces", QT_TRANSLATE_NOOP("es::Metrics", "Sessions with exactly one page view."),
     false, bit(Column::Bounces), false, true, true},
    {MetricId::BounceRate, "bounce_rate",
     QT_TRANSLATE_NOOP("es::Metrics", "Bounces divided by sessions, as a fraction from 0 to 1."), true,
     bit(Column::Bounces) | bit(Column::Sessions), false, true, true},
    {MetricId::PagesPerSession, "pages_per_session",
     QT_TRANSLATE_NOOP("es::Metrics", "Page views in sessions divided by sessions."), true,
     bit(Column::SessionViews) | bit(Column::Sessions), false, true, true},
    {MetricId::AvgSessionSeconds, "avg_session_seconds",
     QT_TRANSLATE_NOOP("es::Metrics",
                       "Average time from the first to the last page view of a session, in seconds."),
     true, bit(Column::SessionMs) | bit(Column::Sessions), false, true, true},
}};

constexpr std::array<const char *, kColumnCount> kColumnNames = {
    "hits",     "bytes",   "s1xx",          "s2xx",      "s3xx",        "s4xx",
    "s5xx",     "events",  "page_views",    "downloads", "duration_us", "duration_count",
    "sessions", "bounces", "session_views", "session_ms"};

constexpr std::array<const char *, 4> kBotModes = {"default", "include", "exclude", "only"};

} // namespace

const char *columnSqlName(Column c)
{
    return kColumnNames[size_t(c)];
}

QString botModeName(BotMode m)
{
    return QLatin1String(kBotModes[size_t(m)]);
}

std::optional<BotMode> botModeFromName(const QString &name)
{
    for (size_t i = 0; i < kBotModes.size(); ++i) {
        if (name.compare(QLatin1String(kBotModes[i]), Qt::CaseInsensitive) == 0)
            return BotMode(int(i));
    }
    return std::nullopt;
}

std::span<const MetricDef> Metrics::all()
{
    return kMetrics;
}

const MetricDef &Metrics::def(MetricId id)
{
    return kMetrics[size_t(id)];
}

std::optional<MetricId> Metrics::fromName(const QString &name)
{
    const QString n = name.trimmed();
    for (const MetricDef &m : kMetrics) {
        if (n.compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0)
            return m.id;
    }
    return std::nullopt;
}

QString Metrics::name(MetricId id)
{
    return QLatin1String(def(id).name);
}

QString Metrics::definition(MetricId id)
{
    return tr(def(id).definition);
}

std::array<bool, 2> Metrics::botRows(MetricId id, BotMode mode)
{
    switch (mode) {
    case BotMode::Include:
        return {true, true};
    case BotMode::Exclude:
        return {true, false};
    case BotMode::Only:
        return {false, true};
    case BotMode::Default:
        break;
    }
    return {true, !def(id).excludesBotsByDefault};
}

Metrics::Value Metrics::compute(MetricId id, const ColumnSums &s, std::int64_t visitors)
{
    Value v;
    auto integer = [&](std::int64_t x) {
        v.isNull = false;
        v.i = x;
        return v;
    };
    auto ratio = [&](std::int64_t num, std::int64_t den, double scale) {
        v.real = true;
        if (den != 0) {
            v.isNull = false;
            v.d = double(num) / double(den) * scale;
        }
        return v;
    };
    switch (id) {
    case MetricId::Hits:
        return integer(s[Column::Hits]);
    case MetricId::Requests:
        return integer(s[Column::Hits] - s[Column::Events]);
    case MetricId::Bytes:
        return integer(s[Column::Bytes]);
    case MetricId::PageViews:
        return integer(s[Column::PageViews]);
    case MetricId::Downloads:
        return integer(s[Column::Downloads]);
    case MetricId::Events:
        return integer(s[Column::Events]);
    case MetricId::Status1xx:
        return integer(s[Column::S1xx]);
    case MetricId::Status2xx:
        return integer(s[Column::S2xx]);
    case MetricId::Status3xx:
        return integer(s[Column::S3xx]);
    case MetricId::Status4xx:
        return integer(s[Column::S4xx]);
    case MetricId::Status5xx:
        return integer(s[Column::S5xx]);
    case MetricId::Errors:
        return integer(s[Column::S4xx] + s[Column::S5xx]);
    case MetricId::AvgResponseMs:
        return ratio(s[Column::DurationUs], s[Column::DurationCount], 1.0 / 1000.0);
    case MetricId::Visitors:
        return integer(visitors);
    case MetricId::Sessions:
        return integer(s[Column::Sessions]);
    case MetricId::Bounces:
        return integer(s[Column::Bounces]);
    case MetricId::BounceRate:
        return ratio(s[Column::Bounces], s[Column::Sessions], 1.0);
    case MetricId::PagesPerSession:
        return ratio(s[Column::SessionViews], s[Column::Sessions], 1.0);
    case MetricId::AvgSessionSeconds:
        return ratio(s[Column::SessionMs], s[Column::Sessions], 1.0 / 1000.0);
    }
    return v;
}

} // namespace es
