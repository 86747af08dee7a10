#include "core/timeparse.h"

#include <QDateTime>
#include <QTimeZone>
#include <climits>

namespace es {

namespace {

constexpr std::int64_t kMsPerDay = 86400000;

inline bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

// Reads exactly n digits at s[pos..pos+n).
inline bool digitsAt(std::string_view s, std::size_t pos, std::size_t n, int &out) noexcept
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

inline bool isLeap(int y) noexcept
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline unsigned daysInMonth(int y, unsigned m) noexcept
{
    static constexpr unsigned char kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29u : kDays[m - 1];
}

inline bool validDate(int y, int m, int d) noexcept
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && unsigned(d) <= daysInMonth(y, unsigned(m));
}

inline bool validTime(int h, int mi, int sec) noexcept
{
    // 60 admits a leap second; it simply lands on the next minute.
    return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 60;
}

// Reads ".ddd…" at s[pos] into milliseconds (extra digits truncated) and
// advances pos. A missing fraction is fine.
inline bool fractionAt(std::string_view s, std::size_t &pos, int &millis) noexcept
{
    millis = 0;
    if (pos >= s.size() || (s[pos] != '.' && s[pos] != ','))
        return true;
    ++pos;
    const std::size_t start = pos;
    int scale = 100;
    while (pos < s.size() && isDigit(s[pos])) {
        if (scale > 0) {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
        }
        ++pos;
    }
    return pos > start;
}

// Parses "Z", "+hh:mm", "+hhmm" or "+hh" at s[pos..] up to the end of s.
inline bool zoneAt(std::string_view s, std::size_t pos, int &offsetMinutes) noexcept
{
    const std::size_t n = s.size() - pos;
    if (n == 1 && (s[pos] == 'Z' || s[pos] == 'z')) {
        offsetMinutes = 0;
        return true;
    }
    if (n < 3 || (s[pos] != '+' && s[pos] != '-'))
        return false;
    const int sign = s[pos] == '-' ? -1 : 1;
    int hh = 0;
    int mm = 0;
    if (!digitsAt(s, pos + 1, 2, hh))
        return false;
    if (n == 3) {
        // "+hh"
    } else if (n == 5) {
        if (!digitsAt(s, pos + 3, 2, mm))
            return false;
    } else if (n == 6) {
        if (s[pos + 3] != ':' || !digitsAt(s, pos + 4, 2, mm))
            return false;
    } else {
        return false;
    }
    if (hh > 23 || mm > 59)
        return false;
    offsetMinutes = sign * (hh * 60 + mm);
    return true;
}

inline std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

std::int64_t daysFromCivil(int y, unsigned m, unsigned d) noexcept
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + std::int64_t(doe) - 719468;
}

int monthFromAbbrev(std::string_view s) noexcept
{
    if (s.size() != 3)
        return 0;
    // Fold to lower case and pack into one integer for a cheap comparison.
    const unsigned key = (unsigned(s[0] | 0x20) << 16) | (unsigned(s[1] | 0x20) << 8) | unsigned(s[2] | 0x20);
    static constexpr unsigned kMonths[12] = {
        ('j' << 16) | ('a' << 8) | 'n', ('f' << 16) | ('e' << 8) | 'b', ('m' << 16) | ('a' << 8) | 'r',
        ('a' << 16) | ('p' << 8) | 'r', ('m' << 16) | ('a' << 8) | 'y', ('j' << 16) | ('u' << 8) | 'n',
        ('j' << 16) | ('u' << 8) | 'l', ('a' << 16) | ('u' << 8) | 'g', ('s' << 16) | ('e' << 8) | 'p',
        ('o' << 16) | ('c' << 8) | 't', ('n' << 16) | ('o' << 8) | 'v', ('d' << 16) | ('e' << 8) | 'c'};
    for (int i = 0; i < 12; ++i) {
        if (kMonths[i] == key)
            return i + 1;
    }
    return 0;
}

bool parseClfTime(std::string_view s, std::int64_t &ms) noexcept
{
    // dd/Mon/yyyy:HH:MM:SS[.fff] +zzzz
    int d = 0, y = 0, h = 0, mi = 0, sec = 0;
    if (s.size() < 26 || !digitsAt(s, 0, 2, d) || s[2] != '/' || s[6] != '/' || !digitsAt(s, 7, 4, y) ||
        s[11] != ':' || !digitsAt(s, 12, 2, h) || s[14] != ':' || !digitsAt(s, 15, 2, mi) || s[17] != ':' ||
        !digitsAt(s, 18, 2, sec))
        return false;
    const int m = monthFromAbbrev(s.substr(3, 3));
    if (m == 0 || !validDate(y, m, d) || !validTime(h, mi, sec))
        return false;
    std::size_t pos = 20;
    int millis = 0;
    if (!fractionAt(s, pos, millis))
        return false;
    if (pos + 6 != s.size() || s[pos] != ' ')
        return false;
    int offset = 0;
    if (!zoneAt(s, pos + 1, offset))
        return false;
    const std::int64_t wall = daysFromCivil(y, unsigned(m), unsigned(d)) * kMsPerDay +
                              (h * 3600 + mi * 60 + sec) * std::int64_t(1000) + millis;
    ms = wall - std::int64_t(offset) * 60000;
    return true;
}

bool parseIsoTime(std::string_view s, std::int64_t &ms, const LocalZone &zone) noexcept
{
    int y = 0, m = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (s.size() < 16 || !digitsAt(s, 0, 4, y) || s[4] != '-' || !digitsAt(s, 5, 2, m) || s[7] != '-' ||
        !digitsAt(s, 8, 2, d))
        return false;
    if (s[10] != 'T' && s[10] != ' ' && s[10] != 't')
        return false;
    if (!digitsAt(s, 11, 2, h) || s[13] != ':' || !digitsAt(s, 14, 2, mi))
        return false;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digitsAt(s, pos + 1, 2, sec))
            return false;
        pos += 3;
    }
    if (!validDate(y, m, d) || !validTime(h, mi, sec))
        return false;
    int millis = 0;
    if (!fractionAt(s, pos, millis))
        return false;
    const std::int64_t wall = daysFromCivil(y, unsigned(m), unsigned(d)) * kMsPerDay +
                              (h * 3600 + mi * 60 + sec) * std::int64_t(1000) + millis;
    if (pos == s.size()) {
        ms = zone.wallToUtc(wall);
        return true;
    }
    // Some writers put a space before the offset ("… 12:00:00 +0200").
    if (s[pos] == ' ' && pos + 1 < s.size())
        ++pos;
    int offset = 0;
    if (!zoneAt(s, pos, offset))
        return false;
    ms = wall - std::int64_t(offset) * 60000;
    return true;
}

bool parseIsoTime(std::string_view s, std::int64_t &ms) noexcept
{
    static const LocalZone kUtc;
    return parseIsoTime(s, ms, kUtc);
}

bool parseEpochTime(std::string_view s, std::int64_t &ms) noexcept
{
    std::size_t pos = 0;
    std::uint64_t whole = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (pos >= 19)
            return false;
        whole = whole * 10 + std::uint64_t(s[pos] - '0');
        ++pos;
    }
    if (pos == 0)
        return false;
    // Fraction digits, kept to nine places (enough for any unit down to ns).
    std::uint64_t frac = 0;
    int fracDigits = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        const std::size_t start = pos;
        while (pos < s.size() && isDigit(s[pos])) {
            if (fracDigits < 9) {
                frac = frac * 10 + std::uint64_t(s[pos] - '0');
                ++fracDigits;
            }
            ++pos;
        }
        if (pos == start)
            return false;
    }
    if (pos != s.size())
        return false;
    for (int i = fracDigits; i < 9; ++i)
        frac *= 10; // frac is now in units of 1e-9 of the detected unit

    if (whole < 100000000000ULL) { // seconds
        ms = std::int64_t(whole) * 1000 + std::int64_t(frac / 1000000);
    } else if (whole < 100000000000000ULL) { // milliseconds
        ms = std::int64_t(whole);
    } else if (whole < 100000000000000000ULL) { // microseconds
        ms = std::int64_t(whole / 1000);
    } else { // nanoseconds
        ms = std::int64_t(whole / 1000000);
    }
    return true;
}

bool parseDate(std::string_view s, std::int64_t &days) noexcept
{
    int y = 0, m = 0, d = 0;
    if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        if (!digitsAt(s, 0, 4, y) || !digitsAt(s, 5, 2, m) || !digitsAt(s, 8, 2, d))
            return false;
    } else if (s.size() == 10 && s[4] == '/' && s[7] == '/') {
        if (!digitsAt(s, 0, 4, y) || !digitsAt(s, 5, 2, m) || !digitsAt(s, 8, 2, d))
            return false;
    } else if (s.size() == 11 && s[2] == '/' && s[6] == '/') {
        if (!digitsAt(s, 0, 2, d) || !digitsAt(s, 7, 4, y))
            return false;
        m = monthFromAbbrev(s.substr(3, 3));
    } else {
        return false;
    }
    if (!validDate(y, m, d))
        return false;
    days = daysFromCivil(y, unsigned(m), unsigned(d));
    return true;
}

bool parseTimeOfDay(std::string_view s, std::int64_t &ms) noexcept
{
    int h = 0, mi = 0, sec = 0;
    if (s.size() < 5 || !digitsAt(s, 0, 2, h) || s[2] != ':' || !digitsAt(s, 3, 2, mi))
        return false;
    std::size_t pos = 5;
    if (pos < s.size() && s[pos] == ':') {
        if (!digitsAt(s, pos + 1, 2, sec))
            return false;
        pos += 3;
    }
    if (!validTime(h, mi, sec))
        return false;
    int millis = 0;
    if (!fractionAt(s, pos, millis) || pos != s.size())
        return false;
    ms = (h * 3600 + mi * 60 + sec) * std::int64_t(1000) + millis;
    return true;
}

bool parseDateAndTime(std::string_view date, std::string_view time, std::int64_t &ms,
                      const LocalZone &zone) noexcept
{
    std::int64_t days = 0;
    std::int64_t tod = 0;
    if (!parseDate(date, days) || !parseTimeOfDay(time, tod))
        return false;
    ms = zone.wallToUtc(days * kMsPerDay + tod);
    return true;
}

bool parseAnyTime(std::string_view s, std::int64_t &ms, const LocalZone &zone) noexcept
{
    if (s.size() >= 2 && s.front() == '[' && s.back() == ']')
        s = s.substr(1, s.size() - 2);
    if (s.size() >= 16 && s[4] == '-')
        return parseIsoTime(s, ms, zone);
    if (s.size() >= 26 && s[2] == '/')
        return parseClfTime(s, ms);
    return parseEpochTime(s, ms);
}

LocalZone LocalZone::fixed(int minutes)
{
    LocalZone z;
    z.offsetMinutes = minutes;
    return z;
}

LocalZone LocalZone::fromTimeZone(const QTimeZone &zone)
{
    LocalZone z;
    if (!zone.isValid())
        return z;
    struct HourCache
    {
        std::int64_t hour = LLONG_MIN;
        int offset = 0;
    };
    z.resolve = [zone, cache = HourCache{}](std::int64_t wallMs) mutable {
        const std::int64_t hour = floorDiv(wallMs, 3600000);
        if (hour != cache.hour) {
            const QDateTime asUtc = QDateTime::fromMSecsSinceEpoch(hour * 3600000, QTimeZone::utc());
            const QDateTime local(asUtc.date(), asUtc.time(), zone);
            cache.offset = local.offsetFromUtc() / 60;
            cache.hour = hour;
        }
        return cache.offset;
    };
    return z;
}

} // namespace es
