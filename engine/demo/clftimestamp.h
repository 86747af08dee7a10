#pragma once
// Formats the bracketed time stamp of the Apache/nginx common log format,
// "[10/Oct/2025:13:55:36 +0200]", in a fixed UTC offset. Pure integer
// calendar arithmetic (no locale, no time-zone database), cached per second
// because consecutive lines usually share it.

#include <cstdint>
#include <string_view>

namespace es::demo {

class ClfTimestamp
{
public:
    explicit ClfTimestamp(int utcOffsetMinutes);

    std::string_view format(std::int64_t utcSecs);

    // Proleptic Gregorian date of a day number (days since 1970-01-01).
    static void civilFromDays(std::int64_t days, int &year, int &month, int &day);

private:
    std::int64_t m_offsetSecs;
    std::int64_t m_cachedSecs;
    char m_buf[40];
    int m_len = 0;
    char m_zone[6]; // "+0200"
};

} // namespace es::demo
