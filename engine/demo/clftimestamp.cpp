#include "demo/clftimestamp.h"

#include <cstdlib>
#include <limits>

namespace es::demo {

namespace {

constexpr const char *kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void put2(char *p, int v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

} // namespace

ClfTimestamp::ClfTimestamp(int utcOffsetMinutes)
    : m_offsetSecs(std::int64_t(utcOffsetMinutes) * 60),
      m_cachedSecs(std::numeric_limits<std::int64_t>::min())
{
    const int mag = std::abs(utcOffsetMinutes) % (100 * 60);
    m_zone[0] = utcOffsetMinutes < 0 ? '-' : '+';
    put2(m_zone + 1, mag / 60);
    put2(m_zone + 3, mag % 60);
    m_zone[5] = '\0';
}

// Howard Hinnant's days-to-civil algorithm.
void ClfTimestamp::civilFromDays(std::int64_t z, int &year, int &month, int &day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(y + (month <= 2 ? 1 : 0));
}

std::string_view ClfTimestamp::format(std::int64_t utcSecs)
{
    if (utcSecs != m_cachedSecs) {
        m_cachedSecs = utcSecs;
        const std::int64_t local = utcSecs + m_offsetSecs;
        std::int64_t days = local / 86400;
        std::int64_t secs = local % 86400;
        if (secs < 0) {
            secs += 86400;
            --days;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        civilFromDays(days, year, month, day);
        char *p = m_buf;
        *p++ = '[';
        put2(p, day);
        p += 2;
        *p++ = '/';
        const char *mon = kMonths[month - 1];
        *p++ = mon[0];
        *p++ = mon[1];
        *p++ = mon[2];
        *p++ = '/';
        const int y = year < 0 ? 0 : year % 10000;
        put2(p, y / 100);
        put2(p + 2, y % 100);
        p += 4;
        *p++ = ':';
        const int s = static_cast<int>(secs);
        put2(p, s / 3600);
        p += 2;
        *p++ = ':';
        put2(p, (s / 60) % 60);
        p += 2;
        *p++ = ':';
        put2(p, s % 60);
        p += 2;
        *p++ = ' ';
        for (int i = 0; i < 5; ++i)
            *p++ = m_zone[i];
        *p++ = ']';
        m_len = static_cast<int>(p - m_buf);
    }
    return std::string_view(m_buf, static_cast<std::size_t>(m_len));
}

} // namespace es::demo
