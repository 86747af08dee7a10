#include "formats/rolluprecord.h"

#include "aggregate/rollupcolumns.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <array>
#include <limits>
#include <optional>

namespace es {

namespace {

constexpr std::array<const char *, 3> kGranularities = {"minute", "hour", "day"};

// A record's metric names (docs/KAFKA.md), one per stored rollup column.
constexpr std::array<const char *, kColumnCount> kMetrics = {
    "hits",       "bytes",   "status_1xx",    "status_2xx", "status_3xx",  "status_4xx",
    "status_5xx", "events",  "page_views",    "downloads",  "duration_us", "duration_count",
    "sessions",   "bounces", "session_views", "session_ms"};

void setMetric(Counters &c, SessionTotals &s, Column m, std::int64_t v)
{
    const auto r = columnRef(c, s, m);
    if (r.narrow)
        *r.narrow = std::int32_t(v);
    else
        *r.wide = v;
}

std::int64_t metricValue(const Counters &c, const SessionTotals &s, Column m)
{
    const auto r = columnRef(c, s, m);
    return r.narrow ? *r.narrow : *r.wide;
}

// A JSON number that is a whole number from 0 to `max`.
bool wholeNumber(const QJsonValue &v, double max, std::int64_t &out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > max || d != double(std::int64_t(d)))
        return false;
    out = std::int64_t(d);
    return true;
}

} // namespace

const char *RollupRecord::granularityName(int level)
{
    return level >= 0 && level < 3 ? kGranularities[size_t(level)] : "";
}

bool RollupRecord::parse(std::string_view json, RollupRecord &out, std::string &reason)
{
    out = RollupRecord();
    QJsonParseError err;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        reason = "invalid JSON";
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("kind")).toString() != QLatin1String(kKind.data(), qsizetype(kKind.size()))) {
        reason = "kind is not eventscope.rollup";
        return false;
    }
    if (o.value(QLatin1String("version")).toInt(-1) != kVersion) {
        reason = "unsupported version (this Eventscope reads version 1)";
        return false;
    }
    const QString granularity = o.value(QLatin1String("granularity")).toString();
    out.level = -1;
    for (int i = 0; i < 3; ++i) {
        if (granularity == QLatin1String(kGranularities[size_t(i)]))
            out.level = i;
    }
    if (out.level < 0) {
        reason = o.contains(QLatin1String("granularity")) ? "granularity is not minute, hour or day"
                                                          : "missing granularity";
        return false;
    }
    // The window start: Unix milliseconds, or ISO 8601 with a UTC offset.
    const QJsonValue start = o.value(QLatin1String("window_start"));
    std::int64_t startMs = 0;
    if (start.isUndefined() || start.isNull()) {
        reason = "missing window_start";
        return false;
    }
    if (start.isString()) {
        const QDateTime t = QDateTime::fromString(start.toString(), Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
            reason = "window_start is not an ISO 8601 time with a UTC offset (2026-11-20T10:00:00Z)";
            return false;
        }
        startMs = t.toMSecsSinceEpoch();
    } else if (!start.isDouble() || start.toDouble() != double(std::int64_t(start.toDouble())) ||
               std::abs(start.toDouble()) > 1e15) {
        reason = "window_start is not a time";
        return false;
    } else {
        startMs = std::int64_t(start.toDouble());
    }
    if (startMs % 60000 != 0) {
        reason = "window_start is not the start of a minute";
        return false;
    }
    out.windowStart = startMs / 1000;

    const QJsonValue bot = o.value(QLatin1String("bot"));
    if (!bot.isUndefined() && !bot.isBool()) {
        reason = "bot is not true or false";
        return false;
    }
    out.bot = bot.toBool(false);

    const QJsonValue dims = o.value(QLatin1String("dimensions"));
    if (!dims.isUndefined() && !dims.isObject()) {
        reason = "dimensions is not an object";
        return false;
    }
    const QJsonObject dimObj = dims.toObject();
    for (auto it = dimObj.begin(); it != dimObj.end(); ++it) {
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isDouble() &&
                 it.value().toDouble() == double(std::int64_t(it.value().toDouble())))
            value = QString::number(std::int64_t(it.value().toDouble()));
        else {
            reason = "dimension " + it.key().toStdString() + " is not a text or a whole number";
            return false;
        }
        out.dimensions.emplace_back(it.key(), value);
    }

    const QJsonValue metrics = o.value(QLatin1String("metrics"));
    if (!metrics.isObject()) {
        reason = metrics.isUndefined() ? "missing metrics" : "metrics is not an object";
        return false;
    }
    const QJsonObject m = metrics.toObject();
    for (auto it = m.begin(); it != m.end(); ++it) {
        std::optional<Column> which;
        for (int i = 0; i < kColumnCount; ++i) {
            if (it.key() == QLatin1String(kMetrics[size_t(i)]))
                which = Column(i);
        }
        if (!which) {
            reason = "unknown metric " + it.key().toStdString();
            return false;
        }
        std::int64_t v = 0;
        const double max = isWideColumn(*which) ? 9e15 : double(std::numeric_limits<std::int32_t>::max());
        if (!wholeNumber(it.value(), max, v)) {
            reason = "metric " + it.key().toStdString() + " is not a whole number from 0 to " +
                     (isWideColumn(*which) ? "9e15" : "2147483647");
            return false;
        }
        setMetric(out.counters, out.sessions, *which, v);
    }
    const Counters &c = out.counters;
    if (std::int64_t(c.s1xx) + c.s2xx + c.s3xx + c.s4xx + c.s5xx > c.hits || c.events > c.hits ||
        c.pageViews > c.hits || c.downloads > c.hits) {
        reason = "status classes, events, page views or downloads exceed hits";
        return false;
    }
    if (out.sessions.bounces > out.sessions.sessions) {
        reason = "bounces exceed sessions";
        return false;
    }

    const QJsonValue sketch = o.value(QLatin1String("visitors_sketch"));
    if (!sketch.isUndefined() && !sketch.isNull()) {
        const auto decoded = QByteArray::fromBase64Encoding(sketch.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!sketch.isString() || !decoded) {
            reason = "visitors_sketch is not base64";
            return false;
        }
        const QByteArray &bytes = decoded.decoded;
        out.visitors = VisitorSketch::deserialize(std::string_view(bytes.constData(), size_t(bytes.size())));
        if (!out.visitors) {
            reason = "visitors_sketch is not a visitor sketch (docs/SKETCH.md)";
            return false;
        }
    }
    return true;
}

QByteArray RollupRecord::toJson(const std::string &sketch) const
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), QLatin1String(kKind.data(), qsizetype(kKind.size())));
    o.insert(QLatin1String("version"), kVersion);
    o.insert(QLatin1String("granularity"), QLatin1String(granularityName(level)));
    o.insert(QLatin1String("window_start"),
             QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC).toString(Qt::ISODate));
    if (bot)
        o.insert(QLatin1String("bot"), true);
    QJsonObject dims;
    for (const auto &[name, value] : dimensions)
        dims.insert(name, value);
    if (!dims.isEmpty())
        o.insert(QLatin1String("dimensions"), dims);
    QJsonObject metrics;
    for (int i = 0; i < kColumnCount; ++i) {
        if (const std::int64_t v = metricValue(counters, sessions, Column(i)); v != 0)
            metrics.insert(QLatin1String(kMetrics[size_t(i)]), double(v));
    }
    o.insert(QLatin1String("metrics"), metrics);
    if (!sketch.empty())
        o.insert(
            QLatin1String("visitors_sketch"),
            QString::fromLatin1(QByteArray::fromRawData(sketch.data(), qsizetype(sketch.size())).toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace es
