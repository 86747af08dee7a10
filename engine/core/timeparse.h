#pragma once
// Allocation-free timestamp parsing into UTC milliseconds since the epoch.
//
// The parsers run once per log line, so they avoid QDateTime and the C
// library's locale-dependent functions and do calendar arithmetic directly
// (Howard Hinnant's days-from-civil). Every function is noexcept, never reads
// outside the given view and returns false on anything it does not recognise.
//
// Times written without an offset ("2023-08-11T11:41:25", W3C date-local)
// are wall-clock times of some zone. LocalZone says which: a fixed offset, or
// a resolver callback for zones with daylight saving time. LocalZone::utc()
// is the default everywhere because W3C, CloudFront and ALB write UTC.

#include <cstdint>
#include <functional>
#include <string_view>

class QTimeZone;

namespace es {

struct LocalZone
{
    // Offset east of UTC in minutes, used when resolve is empty.
    int offsetMinutes = 0;
    // Optional: offset east of UTC (minutes) in force at a wall-clock time,
    // the wall-clock time being given as if it were UTC milliseconds.
    std::function<int(std::int64_t wallMs)> resolve;

    int offsetAtWall(std::int64_t wallMs) const { return resolve ? resolve(wallMs) : offsetMinutes; }
    std::int64_t wallToUtc(std::int64_t wallMs) const
    {
        return wallMs - std::int64_t(offsetAtWall(wallMs)) * 60000;
    }

    static LocalZone utc() { return {}; }
    static LocalZone fixed(int offsetMinutes);
    // DST-correct zone from the IANA database. The resolver caches the
    // offset per wall-clock hour, so QTimeZone is consulted about once per
    // hour of log time, not per line. Each copy has its own cache.
    static LocalZone fromTimeZone(const QTimeZone &zone);
};

// Days since 1970-01-01 of a proleptic Gregorian date (m 1..12, d 1..31).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d) noexcept;

// 1..12 for "Jan".."Dec" (case-insensitive), 0 otherwise.
int monthFromAbbrev(std::string_view s) noexcept;

// Apache/nginx %t without brackets: "10/Oct/2000:13:55:36 -0700".
// Exactly 26 characters; an optional fraction after the seconds is allowed.
bool parseClfTime(std::string_view s, std::int64_t &ms) noexcept;

// ISO-8601 / RFC 3339: "2000-10-10T13:55:36.123Z", "2000-10-10 13:55:36",
// offsets "Z", "+02:00", "+0200", "+02". Fractions of any length (truncated
// to milliseconds). Zone-less times are interpreted in `zone`.
bool parseIsoTime(std::string_view s, std::int64_t &ms, const LocalZone &zone) noexcept;
bool parseIsoTime(std::string_view s, std::int64_t &ms) noexcept;

// Epoch numbers, unit chosen by magnitude of the integer part:
// < 1e11 seconds, < 1e14 milliseconds, < 1e17 microseconds, else nanoseconds.
// A fraction ("1703373474.8155608") is read in the detected unit.
bool parseEpochTime(std::string_view s, std::int64_t &ms) noexcept;

// W3C extended: date "2018-11-07" and time "00:12:08" or "17:00:00.363" in
// separate columns, both in `zone` (UTC for W3C by definition).
bool parseDateAndTime(std::string_view date, std::string_view time, std::int64_t &ms,
                      const LocalZone &zone) noexcept;

// A calendar date alone ("2018-11-07" or "28/Jun/2017"), as days since epoch.
bool parseDate(std::string_view s, std::int64_t &days) noexcept;

// Time of day "hh:mm[:ss[.fff]]" as milliseconds since midnight.
bool parseTimeOfDay(std::string_view s, std::int64_t &ms) noexcept;

// Tries ISO-8601, CLF and epoch numbers, in that order. For JSON fields whose
// format is not known in advance.
bool parseAnyTime(std::string_view s, std::int64_t &ms, const LocalZone &zone) noexcept;

} // namespace es
