#pragma once
// Turns a FormatSpec into a parser, and a command-line format argument into
// a FormatSpec. The only place that knows which class parses which format.

#include "core/timeparse.h"
#include "formats/formatspec.h"
#include "formats/lineparser.h"

#include <QString>
#include <memory>

namespace es {

// nullptr with a translated message in *error for an unknown name, a bad
// custom pattern, an empty JSON event-type/timestamp field name or an
// unknown time zone.
std::unique_ptr<LineParser> makeParser(const FormatSpec &spec, QString *error);

// "combined", "w3c", "custom:%h %l %u %t \"%r\" %>s %b",
// "json_events:event_type=type,ts=created_at,user_id=actor.login".
// Names are case-insensitive. "auto" yields a spec named "auto", which
// makeParser() rejects: it asks the caller to run detectFormat().
// Custom patterns are compiled here already, so errors surface early.
FormatSpec parseFormatArgument(const QString &arg, QString *error);

// The inverse of parseFormatArgument() (for messages and saved settings).
QString formatArgument(const FormatSpec &spec);

// The format of the lines a stream stored: a stream's checkpoint keeps
// "envelope=FIELD;FORMAT" when its messages carried the line in a field, and
// the stored lines are already out of their envelope.
QString storedLineFormat(const QString &checkpointFormat);

// FormatSpec::timeZone as a LocalZone: "" -> UTC, "+02:00"/"-0530" -> fixed,
// otherwise an IANA id. False for an unknown zone.
bool localZoneFor(const QString &timeZone, LocalZone &zone);

} // namespace es
