// The JSON form of a raw event (docs/EVENTS.md).

#include "cli/eventjson.h"

#include "core/timeexpr.h"

namespace es::cli {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

QString eventTime(std::int64_t tsMs, const ZoneBucketer &zone, bool withMs)
{
    const std::int64_t secs = floorDiv(tsMs, 1000);
    const int offset = zone.offsetAt(secs);
    const std::int64_t local = secs + offset;
    const std::int64_t day = floorDiv(local, 86400);
    const std::int64_t sod = local - day * 86400;
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(day, y, m, d);
    QString s = QString::asprintf("%04d-%02u-%02uT%02d:%02d:%02d", y, m, d, int(sod / 3600),
                                  int(sod / 60 % 60), int(sod % 60));
    if (withMs)
        s += QString::asprintf(".%03d", int(tsMs - secs * 1000));
    if (offset == 0)
        return s + QLatin1Char('Z');
    const int a = offset < 0 ? -offset : offset;
    return s + QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

QJsonObject eventJson(const EventRow &r, const ZoneBucketer &zone)
{
    QJsonObject o;
    o[QStringLiteral("ts_ms")] = double(r.tsMs);
    o[QStringLiteral("time")] = eventTime(r.tsMs, zone, true);
    o[QStringLiteral("source")] = r.source;
    o[QStringLiteral("type")] = r.type;
    o[QStringLiteral("status")] = r.status >= 0 ? QJsonValue(r.status) : QJsonValue(QJsonValue::Null);
    if (!r.path.isEmpty()) {
        o[QStringLiteral("offset")] = double(r.offset);
        o[QStringLiteral("file")] = r.path;
    }
    if (r.textState == TextState::Ok) {
        o[QStringLiteral("text")] = r.text;
    } else {
        o[QStringLiteral("text")] = QJsonValue::Null;
        o[QStringLiteral("text_unavailable")] = RawEventSearch::textStateText(r.textState);
    }
    return o;
}

} // namespace es::cli
