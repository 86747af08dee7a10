#pragma once
// Time expressions typed by people on the command line (--from, --to):
//
//   1714557600, 1714557600.25     Unix seconds (up to 12 integer digits)
//   1714557600250                 Unix milliseconds (13 to 15 digits)
//   2024-05-01T10:00:00+02:00     ISO-8601 with an offset or Z; seconds and a
//   2024-05-01T08:00Z             fraction are optional, a space may replace T
//   2024-05-01T10:00              ISO-8601 without an offset: workspace zone
//   2024-05-01                    midnight at the start of that day, workspace zone
//   now, now-15m, now+1h          now, plus or minus a duration (s, m, h, d, w;
//                                 d = 24 hours, w = 7 days)
//   today, yesterday              start of that day in the workspace zone
//   today-7d, yesterday+12h       d and w after today/yesterday count calendar
//                                 days (the result stays on local midnight);
//                                 s, m and h are exact durations
//
// Keywords and units are case-insensitive. Local times in a daylight-saving
// gap move forward; ambiguous local times take the earlier instant (the rules
// of ZoneBucketer::localToUtc).

#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>

namespace es {

class ZoneBucketer;

// Returns Unix milliseconds, or nullopt with *error (when given) set to a
// translated message that lists the accepted forms.
std::optional<std::int64_t> parseTimeExpression(QStringView text, std::int64_t nowMs,
                                                const ZoneBucketer &zone, QString *error);

// The translated list of accepted forms with examples, one per line, naming
// the zone that local forms are read in (also the tail of every error message
// of parseTimeExpression).
QString timeExpressionHelp(const ZoneBucketer &zone);

} // namespace es
