#pragma once
// The JSON form of a raw event, shared by "eventscope events --json" and the
// REST API (docs/EVENTS.md, docs/API.md).

#include "core/zonebucketer.h"
#include "store/rawevents.h"

#include <QJsonObject>
#include <QString>
#include <cstdint>

namespace es::cli {

// ISO-8601 in the zone: "2024-05-01T10:00:00+02:00" ("Z" for offset 0),
// with milliseconds when asked for.
QString eventTime(std::int64_t tsMs, const ZoneBucketer &zone, bool withMs);

// ts_ms, time, source, type, status, offset and file (file records), text
// (or null and text_unavailable).
QJsonObject eventJson(const EventRow &r, const ZoneBucketer &zone);

} // namespace es::cli
