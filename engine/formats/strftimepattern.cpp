#include "formats/strftimepattern.h"

#include "formats/textscan.h"

#include <QCoreApplication>

namespace es {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Up to maxDigits digits; %e and friends may be padded with a space.
bool readNumber(std::string_view s, std::size_t &pos, int maxDigits, int &out)
{
    if (pos < s.size() && s[pos] == ' ' && maxDigits == 2)
        ++pos;
    int v = 0;
    int n = 0;
    while (pos < s.size() && n < maxDigits && text::isDigit(s[pos])) {
        v = v * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    out = v;
    return n > 0;
}

std::size_t readLetters(std::string_view s, std::size_t pos)
{
    while (pos < s.size() && isAlpha(s[pos]))
        ++pos;
    return pos;
}

} // namespace

bool StrftimePattern::compile(std::string_view pattern, QString *error)
{
    m_steps.clear();
    auto add = [this](Op op, char ch = 0) { m_steps.push_back({op, ch}); };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == ' ') {
            if (m_steps.empty() || m_steps.back().op != Op::Space)
                add(Op::Space);
            continue;
        }
        if (c != '%') {
            add(Op::Literal, c);
            continue;
        }
        if (++i >= pattern.size()) {
            if (error)
                *error = QCoreApplication::translate("Formats", "time format ends with a lone '%'");
            return false;
        }
        switch (pattern[i]) {
        case '%':
            add(Op::Literal, '%');
            break;
        case 'd':
        case 'e':
            add(Op::Day);
            break;
        case 'm':
            add(Op::Month);
            break;
        case 'b':
        case 'h':
            add(Op::MonthAbbrev);
            break;
        case 'B':
            add(Op::MonthName);
            break;
        case 'Y':
            add(Op::Year4);
            break;
        case 'y':
            add(Op::Year2);
            break;
        case 'H':
        case 'k':
            add(Op::Hour24);
            break;
        case 'I':
        case 'l':
            add(Op::Hour12);
            break;
        case 'p':
            add(Op::AmPm);
            break;
        case 'M':
            add(Op::Minute);
            break;
        case 'S':
            add(Op::Second);
            break;
        case 'f':
            add(Op::Fraction);
            break;
        case 'z':
            add(Op::Zone);
            break;
        case 'Z':
            add(Op::ZoneName);
            break;
        case 's':
            add(Op::Epoch);
            break;
        case 'a':
        case 'A':
            add(Op::DayName);
            break;
        case 'j':
            add(Op::DayOfYear);
            break;
        case 'T':
            add(Op::Hour24);
            add(Op::Literal, ':');
            add(Op::Minute);
            add(Op::Literal, ':');
            add(Op::Second);
            break;
        case 'R':
            add(Op::Hour24);
            add(Op::Literal, ':');
            add(Op::Minute);
            break;
        case 'F':
            add(Op::Year4);
            add(Op::Literal, '-');
            add(Op::Month);
            add(Op::Literal, '-');
            add(Op::Day);
            break;
        case 'D':
            add(Op::Month);
            add(Op::Literal, '/');
            add(Op::Day);
            add(Op::Literal, '/');
            add(Op::Year2);
            break;
        default:
            if (error)
                *error = QCoreApplication::translate("Formats", "unsupported time conversion %1")
                             .arg(QStringLiteral("%") + QLatin1Char(pattern[i]));
            return false;
        }
    }
    if (m_steps.empty()) {
        if (error)
            *error = QCoreApplication::translate("Formats", "empty time format");
        return false;
    }
    return true;
}

bool StrftimePattern::parse(std::string_view s, std::size_t &consumed, std::int64_t &ms,
                            const LocalZone &zone) const
{
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0, millis = 0;
    int offset = 0;
    bool hasOffset = false;
    bool pm = false;
    bool twelveHour = false;
    std::int64_t epoch = -1;
    std::size_t pos = 0;
    for (const Step &step : m_steps) {
        int v = 0;
        switch (step.op) {
        case Op::Literal:
            if (pos >= s.size() || s[pos] != step.ch)
                return false;
            ++pos;
            break;
        case Op::Space:
            if (pos >= s.size() || s[pos] != ' ')
                return false;
            while (pos < s.size() && s[pos] == ' ')
                ++pos;
            break;
        case Op::Day:
            if (!readNumber(s, pos, 2, day))
                return false;
            break;
        case Op::Month:
            if (!readNumber(s, pos, 2, month))
                return false;
            break;
        case Op::MonthAbbrev:
        case Op::MonthName: {
            const std::size_t end = readLetters(s, pos);
            if (end - pos < 3)
                return false;
            month = monthFromAbbrev(s.substr(pos, 3));
            if (month == 0 || (step.op == Op::MonthAbbrev && end - pos != 3))
                return false;
            pos = end;
            break;
        }
        case Op::Year4:
            if (!readNumber(s, pos, 4, year))
                return false;
            break;
        case Op::Year2:
            if (!readNumber(s, pos, 2, v))
                return false;
            year = v < 69 ? 2000 + v : 1900 + v; // POSIX's pivot
            break;
        case Op::Hour24:
            if (!readNumber(s, pos, 2, hour))
                return false;
            break;
        case Op::Hour12:
            if (!readNumber(s, pos, 2, hour))
                return false;
            twelveHour = true;
            break;
        case Op::AmPm:
            if (pos + 2 > s.size())
                return false;
            pm = (s[pos] | 0x20) == 'p';
            if ((s[pos] | 0x20) != 'a' && !pm)
                return false;
            pos += 2;
            break;
        case Op::Minute:
            if (!readNumber(s, pos, 2, minute))
                return false;
            break;
        case Op::Second:
            if (!readNumber(s, pos, 2, second))
                return false;
            break;
        case Op::Fraction: {
            int scale = 100;
            const std::size_t start = pos;
            millis = 0;
            while (pos < s.size() && text::isDigit(s[pos])) {
                millis += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return false;
            break;
        }
        case Op::Zone: {
            if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
                ++pos;
                hasOffset = true;
                offset = 0;
                break;
            }
            if (pos + 5 > s.size() || (s[pos] != '+' && s[pos] != '-'))
                return false;
            const int sign = s[pos] == '-' ? -1 : 1;
            std::size_t p = pos + 1;
            int hh = 0;
            int mm = 0;
            if (!readNumber(s, p, 2, hh) || p != pos + 3)
                return false;
            if (p < s.size() && s[p] == ':')
                ++p;
            const std::size_t mmStart = p;
            if (!readNumber(s, p, 2, mm) || p != mmStart + 2)
                return false;
            offset = sign * (hh * 60 + mm);
            hasOffset = true;
            pos = p;
            break;
        }
        case Op::ZoneName: {
            const std::size_t end = readLetters(s, pos);
            if (end == pos)
                return false;
            const std::string_view name = s.substr(pos, end - pos);
            if (name == "UTC" || name == "GMT" || name == "Z") {
                hasOffset = true;
                offset = 0;
            }
            pos = end;
            break;
        }
        case Op::Epoch: {
            const std::size_t start = pos;
            while (pos < s.size() && text::isDigit(s[pos]))
                ++pos;
            if (pos == start || !parseEpochTime(s.substr(start, pos - start), epoch))
                return false;
            break;
        }
        case Op::DayName: {
            const std::size_t end = readLetters(s, pos);
            if (end == pos)
                return false;
            pos = end;
            break;
        }
        case Op::DayOfYear:
            if (!readNumber(s, pos, 3, v))
                return false;
            break;
        }
    }
    consumed = pos;
    if (epoch >= 0) {
        ms = epoch + millis;
        return true;
    }
    if (twelveHour) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    const std::int64_t wall = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400000 +
                              (hour * 3600 + minute * 60 + second) * std::int64_t(1000) + millis;
    ms = hasOffset ? wall - std::int64_t(offset) * 60000 : zone.wallToUtc(wall);
    return true;
}

} // namespace es
