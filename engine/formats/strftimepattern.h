#pragma once
// A compiled strftime-style pattern for reading timestamps, as used by
// Apache's %{format}t: "%d/%b/%Y:%H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%s".
// Supported conversions: %d %e %m %b %h %B %Y %y %H %I %p %M %S %f %z %Z %s
// %a %A %j and the shorthands %T %F %D %R; "%%" is a literal percent. A space
// in the pattern matches one or more spaces. Times without %z are wall-clock
// times in the zone passed to parse().

#include "core/timeparse.h"

#include <QString>
#include <cstdint>
#include <string_view>
#include <vector>

namespace es {

class StrftimePattern
{
public:
    // Returns false and describes the problem in *error (if given).
    bool compile(std::string_view pattern, QString *error);

    // Reads a timestamp at the start of s; consumed is how many bytes it used.
    bool parse(std::string_view s, std::size_t &consumed, std::int64_t &ms, const LocalZone &zone) const;

private:
    enum class Op : std::uint8_t {
        Literal,
        Space,
        Day,
        Month,
        MonthAbbrev,
        MonthName,
        Year4,
        Year2,
        Hour24,
        Hour12,
        AmPm,
        Minute,
        Second,
        Fraction,
        Zone,
        ZoneName,
        Epoch,
        DayName,
        DayOfYear,
    };
    struct Step
    {
        Op op;
        char ch;
    };
    std::vector<Step> m_steps;
};

} // namespace es
