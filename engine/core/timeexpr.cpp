#include "core/timeexpr.h"

#include "core/timeparse.h"
#include "core/zonebucketer.h"

#include <QCoreApplication>
#include <string>

namespace es {

namespace {

class TimeExpressionText
{
    Q_DECLARE_TR_FUNCTIONS(es::TimeExpression)
};

constexpr std::int64_t kMsPerSecond = 1000;
constexpr std::int64_t kSecsPerDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Unix seconds ("1714557600", "1714557600.25") or milliseconds (13 to 15
// integer digits, "1714557600250"). Fractions are truncated to milliseconds.
std::optional<std::int64_t> parseUnixNumber(QStringView s)
{
    qsizetype pos = 0;
    std::int64_t whole = 0;
    while (pos < s.size() && isAsciiDigit(s[pos])) {
        whole = whole * 10 + (s[pos].unicode() - '0');
        if (++pos > 15)
            return std::nullopt;
    }
    const qsizetype intDigits = pos;
    if (intDigits == 0)
        return std::nullopt;
    std::int64_t fracMs = 0;
    if (pos < s.size() && s[pos] == QLatin1Char('.')) {
        ++pos;
        const qsizetype start = pos;
        std::int64_t scale = intDigits <= 12 ? 100 : 0;
        while (pos < s.size() && isAsciiDigit(s[pos])) {
            fracMs += (s[pos].unicode() - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    return intDigits <= 12 ? whole * kMsPerSecond + fracMs : whole;
}

// LocalZone that reads wall-clock times in the workspace zone.
LocalZone workspaceZone(const ZoneBucketer &zone)
{
    LocalZone z;
    z.resolve = [&zone](std::int64_t wallMs) {
        const std::int64_t wallSecs = floorDiv(wallMs, kMsPerSecond);
        return int((wallSecs - zone.localToUtc(wallSecs)) / 60);
    };
    return z;
}

// ISO-8601 date-time (with or without an offset) or a date alone.
std::optional<std::int64_t> parseIso(QStringView s, const ZoneBucketer &zone)
{
    std::string ascii;
    ascii.reserve(size_t(s.size()));
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
        ascii.push_back(char(c.unicode()));
    }
    if (ascii.size() == 10) {
        std::int64_t days = 0;
        if (!parseDate(ascii, days))
            return std::nullopt;
        return zone.localToUtc(days * kSecsPerDay) * kMsPerSecond;
    }
    std::int64_t ms = 0;
    if (ascii.size() >= 16 && parseIsoTime(ascii, ms, workspaceZone(zone)))
        return ms;
    return std::nullopt;
}

struct Shift
{
    int sign = 1;
    std::int64_t count = 0;
    char unit = 0; // s, m, h, d or w; 0 = no shift
};

// "", "-7d", "+ 1h", "- 30 s" after a keyword.
std::optional<Shift> parseShift(QStringView s)
{
    Shift shift;
    qsizetype pos = 0;
    auto skipSpaces = [&] {
        while (pos < s.size() && s[pos].isSpace())
            ++pos;
    };
    skipSpaces();
    if (pos == s.size())
        return shift;
    if (s[pos] != QLatin1Char('+') && s[pos] != QLatin1Char('-'))
        return std::nullopt;
    shift.sign = s[pos] == QLatin1Char('-') ? -1 : 1;
    ++pos;
    skipSpaces();
    const qsizetype start = pos;
    while (pos < s.size() && isAsciiDigit(s[pos])) {
        shift.count = shift.count * 10 + (s[pos].unicode() - '0');
        if (++pos - start > 9)
            return std::nullopt;
    }
    if (pos == start)
        return std::nullopt;
    skipSpaces();
    if (pos + 1 != s.size())
        return std::nullopt;
    const char unit = char(s[pos].toLower().unicode());
    if (unit != 's' && unit != 'm' && unit != 'h' && unit != 'd' && unit != 'w')
        return std::nullopt;
    shift.unit = unit;
    return shift;
}

std::int64_t unitMs(char unit)
{
    switch (unit) {
    case 's':
        return kMsPerSecond;
    case 'm':
        return 60 * kMsPerSecond;
    case 'h':
        return 3600 * kMsPerSecond;
    case 'd':
        return kSecsPerDay * kMsPerSecond;
    case 'w':
        return 7 * kSecsPerDay * kMsPerSecond;
    default:
        return 0;
    }
}

// now / today / yesterday with an optional shift.
std::optional<std::int64_t> parseRelative(QStringView s, std::int64_t nowMs, const ZoneBucketer &zone)
{
    static constexpr QLatin1String kNow("now");
    static constexpr QLatin1String kToday("today");
    static constexpr QLatin1String kYesterday("yesterday");
    int dayBack = -1; // -1: now; 0: today; 1: yesterday
    QStringView rest;
    if (s.startsWith(kYesterday, Qt::CaseInsensitive)) {
        dayBack = 1;
        rest = s.mid(kYesterday.size());
    } else if (s.startsWith(kToday, Qt::CaseInsensitive)) {
        dayBack = 0;
        rest = s.mid(kToday.size());
    } else if (s.startsWith(kNow, Qt::CaseInsensitive)) {
        rest = s.mid(kNow.size());
    } else {
        return std::nullopt;
    }
    const std::optional<Shift> shift = parseShift(rest);
    if (!shift)
        return std::nullopt;
    if (dayBack < 0)
        return nowMs + shift->sign * shift->count * unitMs(shift->unit);

    const std::int64_t nowSecs = floorDiv(nowMs, kMsPerSecond);
    std::int64_t localDay = floorDiv(nowSecs + zone.offsetAt(nowSecs), kSecsPerDay) - dayBack;
    std::int64_t exactMs = 0;
    if (shift->unit == 'd' || shift->unit == 'w')
        localDay += shift->sign * shift->count * (shift->unit == 'w' ? 7 : 1);
    else
        exactMs = shift->sign * shift->count * unitMs(shift->unit);
    return zone.localToUtc(localDay * kSecsPerDay) * kMsPerSecond + exactMs;
}

} // namespace

QString timeExpressionHelp(const ZoneBucketer &zone)
{
    return TimeExpressionText::tr(
               "  1714557600, 1714557600.5      Unix seconds (13 or more digits: milliseconds)\n"
               "  2024-05-01T10:00:00+02:00     ISO-8601 with an offset or Z\n"
               "  2024-05-01T10:00, 2024-05-01  local time, or start of the day, in %1\n"
               "  now, now-15m, now-2h, now-7d  now, plus or minus s, m, h, d (24 h) or w\n"
               "  today, yesterday, today-7d    start of a day in %1")
        .arg(QString::fromUtf8(zone.zoneId()));
}

std::optional<std::int64_t> parseTimeExpression(QStringView text, std::int64_t nowMs,
                                                const ZoneBucketer &zone, QString *error)
{
    const QStringView s = text.trimmed();
    std::optional<std::int64_t> ms;
    if (!s.isEmpty()) {
        if (isAsciiDigit(s.front()))
            ms = s.size() > 4 && s[4] == QLatin1Char('-') ? parseIso(s, zone) : parseUnixNumber(s);
        else
            ms = parseRelative(s, nowMs, zone);
    }
    if (!ms && error) {
        const QString help = timeExpressionHelp(zone);
        *error = s.isEmpty()
                     ? TimeExpressionText::tr("The time is empty. Use one of these forms:\n%1").arg(help)
                     : TimeExpressionText::tr("\"%1\" is not a time Eventscope understands. Use one of "
                                              "these forms:\n%2")
                           .arg(s.toString(), help);
    }
    return ms;
}

} // namespace es
