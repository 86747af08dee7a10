#include "formats/customformatparser.h"

#include "formats/textscan.h"

#include <QCoreApplication>
#include <cstring>

namespace es {

namespace {

using Field = CustomFormatParser::Field;

bool selfDelimiting(Field f)
{
    return f == Field::TimeClf || f == Field::TimeFormat;
}

bool isTime(Field f)
{
    return f == Field::TimeClf || f == Field::TimeFormat || f == Field::TimeSec || f == Field::TimeMsec ||
           f == Field::TimeUsec;
}

std::string lower(std::string s)
{
    for (char &c : s) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return s;
}

// A space in the pattern matches a run of spaces, everything else itself.
bool matchLiteral(std::string_view line, std::size_t &pos, const std::string &literal)
{
    for (char c : literal) {
        if (c == ' ') {
            if (pos >= line.size() || line[pos] != ' ')
                return false;
            while (pos < line.size() && line[pos] == ' ')
                ++pos;
        } else {
            if (pos >= line.size() || line[pos] != c)
                return false;
            ++pos;
        }
    }
    return true;
}

class FormatsText
{
    Q_DECLARE_TR_FUNCTIONS(Formats)
};

} // namespace

std::unique_ptr<CustomFormatParser> CustomFormatParser::create(const QString &pattern, LocalZone zone,
                                                               QString *error)
{
    std::unique_ptr<CustomFormatParser> parser(new CustomFormatParser);
    parser->m_pattern = pattern;
    parser->m_zone = std::move(zone);
    if (!parser->compile(error))
        return nullptr;
    return parser;
}

std::unique_ptr<LineParser> CustomFormatParser::clone() const
{
    std::unique_ptr<CustomFormatParser> copy(new CustomFormatParser);
    copy->m_pattern = m_pattern;
    copy->m_zone = m_zone;
    copy->m_steps = m_steps;
    copy->m_timePatterns = m_timePatterns;
    return copy;
}

bool CustomFormatParser::compile(QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QByteArray bytes = m_pattern.toUtf8();
    const std::string_view p(bytes.constData(), std::size_t(bytes.size()));
    if (text::isBlank(p))
        return failWith(FormatsText::tr("the custom format pattern is empty"));

    std::vector<std::string> directives; // as written, for error messages
    std::string literal;
    auto flushLiteral = [&] {
        if (literal.empty())
            return;
        Step s;
        s.isLiteral = true;
        s.literal = literal;
        m_steps.push_back(s);
        directives.emplace_back();
        literal.clear();
    };

    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            const char n = p[++i];
            literal += n == 't' ? '\t' : n;
            continue;
        }
        if (c != '%') {
            literal += c;
            continue;
        }
        const std::size_t start = i++;
        while (i < p.size() && p[i] != '\0' && std::strchr("<>!0123456789,", p[i]))
            ++i;
        std::string arg;
        if (i < p.size() && p[i] == '{') {
            const std::size_t close = p.find('}', i);
            if (close == std::string_view::npos)
                return failWith(FormatsText::tr("unterminated %{...} in the custom format"));
            arg.assign(p.substr(i + 1, close - i - 1));
            i = close + 1;
        }
        if (i >= p.size())
            return failWith(FormatsText::tr("the custom format ends inside a directive"));
        const char d = p[i];
        const std::string directive(p.substr(start, i - start + 1));
        if (d == '%') {
            literal += '%';
            continue;
        }
        flushLiteral();
        Step s;
        const std::string a = lower(arg);
        switch (d) {
        case 'h':
            s.field = Field::RemoteHost;
            break;
        case 'a':
            s.field = Field::ClientIp;
            break;
        case 'u':
            s.field = Field::User;
            break;
        case 'r':
            s.field = Field::Request;
            break;
        case 'm':
            s.field = Field::Method;
            break;
        case 'U':
            s.field = Field::UrlPath;
            break;
        case 'q':
            s.field = Field::Query;
            break;
        case 'H':
            s.field = Field::Protocol;
            break;
        case 's':
            s.field = Field::Status;
            break;
        case 'b':
            s.field = Field::BytesClf;
            break;
        case 'B':
            s.field = Field::Bytes;
            break;
        case 'O':
            s.field = Field::BytesOut;
            break;
        case 'v':
        case 'V':
            s.field = Field::VirtualHost;
            break;
        case 'D':
            s.field = Field::DurationUs;
            break;
        case 'l':
        case 'I':
        case 'S':
        case 'p':
        case 'P':
        case 'k':
        case 'X':
        case 'L':
        case 'f':
        case 'R':
        case 'A':
            s.field = Field::Ignore;
            break;
        case 'e':
        case 'n':
        case 'o':
        case 'C':
            if (arg.empty())
                return failWith(FormatsText::tr("LogFormat directive %1 needs a {name}")
                                    .arg(QString::fromStdString(directive)));
            s.field = Field::Ignore;
            break;
        case 'i':
            if (a.empty())
                return failWith(FormatsText::tr("LogFormat directive %1 needs a {header}")
                                    .arg(QString::fromStdString(directive)));
            s.field = a == "referer"           ? Field::Referrer
                      : a == "user-agent"      ? Field::UserAgent
                      : a == "x-forwarded-for" ? Field::ForwardedFor
                      : a == "host"            ? Field::HostHeader
                                               : Field::Ignore;
            break;
        case 'T':
            if (a.empty() || a == "s")
                s.field = Field::DurationSec;
            else if (a == "ms")
                s.field = Field::DurationMs;
            else if (a == "us")
                s.field = Field::DurationUs;
            else
                return failWith(FormatsText::tr("unknown unit in LogFormat directive %1")
                                    .arg(QString::fromStdString(directive)));
            break;
        case 't': {
            std::string fmt = arg;
            for (const char *prefix : {"begin:", "end:"}) {
                if (fmt.rfind(prefix, 0) == 0)
                    fmt.erase(0, std::strlen(prefix));
            }
            if (arg.empty()) {
                s.field = Field::TimeClf;
            } else if (fmt == "sec") {
                s.field = Field::TimeSec;
            } else if (fmt == "msec") {
                s.field = Field::TimeMsec;
            } else if (fmt == "usec") {
                s.field = Field::TimeUsec;
            } else if (fmt == "msec_frac") {
                s.field = Field::TimeMsecFrac;
            } else if (fmt == "usec_frac") {
                s.field = Field::TimeUsecFrac;
            } else {
                StrftimePattern pattern;
                QString why;
                if (!pattern.compile(fmt, &why))
                    return failWith(FormatsText::tr("bad time format in %1: %2")
                                        .arg(QString::fromStdString(directive), why));
                s.field = Field::TimeFormat;
                s.timeIndex = int(m_timePatterns.size());
                m_timePatterns.push_back(std::move(pattern));
            }
            break;
        }
        default:
            return failWith(
                FormatsText::tr("unknown LogFormat directive %1").arg(QString::fromStdString(directive)));
        }
        m_steps.push_back(s);
        directives.push_back(directive);
    }
    flushLiteral();

    bool hasTime = false;
    for (std::size_t k = 0; k < m_steps.size(); ++k) {
        Step &s = m_steps[k];
        if (s.isLiteral)
            continue;
        hasTime = hasTime || isTime(s.field);
        const bool openQuote = k > 0 && m_steps[k - 1].isLiteral && m_steps[k - 1].literal.back() == '"';
        const bool closeQuote =
            k + 1 < m_steps.size() && m_steps[k + 1].isLiteral && m_steps[k + 1].literal.front() == '"';
        s.quoted = openQuote && closeQuote;
        // "%U%q" is the one pair Apache users write without a separator.
        const bool pathThenQuery =
            s.field == Field::UrlPath && k + 1 < m_steps.size() && m_steps[k + 1].field == Field::Query;
        if (k + 1 < m_steps.size() && !m_steps[k + 1].isLiteral && !selfDelimiting(s.field) && !pathThenQuery)
            return failWith(
                FormatsText::tr("LogFormat directives %1 and %2 need text between them")
                    .arg(QString::fromStdString(directives[k]), QString::fromStdString(directives[k + 1])));
    }
    if (!hasTime)
        return failWith(FormatsText::tr("the custom format has no time directive (%t)"));
    return true;
}

ParseResult CustomFormatParser::parse(std::string_view line, Record &out)
{
    out = Record{};
    line = text::prepareLine(line);
    if (text::isBlank(line) || line.front() == '#')
        return ParseResult::Skip;

    std::size_t pos = 0;
    std::string_view hostHeader;
    std::int64_t fractionUs = 0;
    bool bytesFromB = false;
    std::int64_t number = 0;

    for (std::size_t k = 0; k < m_steps.size(); ++k) {
        const Step &s = m_steps[k];
        if (s.isLiteral) {
            if (!matchLiteral(line, pos, s.literal))
                return fail(pos >= line.size() ? "too few fields" : "line does not match the format");
            continue;
        }
        if (s.field == Field::TimeClf) {
            if (pos + 28 > line.size() || line[pos] != '[' || line[pos + 27] != ']' ||
                !parseClfTime(line.substr(pos + 1, 26), out.tsMs))
                return fail("bad timestamp");
            pos += 28;
            continue;
        }
        if (s.field == Field::TimeFormat) {
            std::size_t used = 0;
            if (!m_timePatterns[std::size_t(s.timeIndex)].parse(line.substr(pos), used, out.tsMs, m_zone))
                return fail("bad timestamp");
            pos += used;
            continue;
        }

        std::string_view v;
        const Step *next = k + 1 < m_steps.size() ? &m_steps[k + 1] : nullptr;
        if (next && !next->isLiteral) {
            // %U directly followed by %q: the path ends at '?' or where the
            // query's own delimiter is.
            const Step *after = k + 2 < m_steps.size() ? &m_steps[k + 2] : nullptr;
            std::size_t end = after ? line.find(after->literal.front(), pos) : line.size();
            if (end == std::string_view::npos)
                end = line.size();
            const std::size_t q = line.substr(0, end).find('?', pos);
            const std::size_t stop = q == std::string_view::npos ? end : q;
            v = line.substr(pos, stop - pos);
            pos = stop;
        } else if (!next) {
            v = line.substr(pos);
            pos = line.size();
        } else if (s.quoted) {
            std::size_t q = pos;
            for (;;) {
                q = text::findUnescapedQuote(line, q);
                if (q == std::string_view::npos)
                    return fail("unterminated quoted field");
                if (next->literal.size() == 1 || q + 1 >= line.size() || line[q + 1] == next->literal[1])
                    break;
                ++q;
            }
            v = line.substr(pos, q - pos);
            pos = q;
        } else {
            const std::size_t end = line.find(next->literal.front(), pos);
            if (end == std::string_view::npos)
                return fail("too few fields");
            v = line.substr(pos, end - pos);
            pos = end;
        }

        switch (s.field) {
        case Field::Ignore:
        case Field::TimeClf:
        case Field::TimeFormat:
            break;
        case Field::RemoteHost:
            if (out.clientIp.empty())
                out.clientIp = text::dashToEmpty(v);
            break;
        case Field::ClientIp:
            out.clientIp = text::dashToEmpty(v);
            break;
        case Field::User:
            out.user = text::dashToEmpty(v);
            break;
        case Field::TimeSec:
        case Field::TimeMsec:
        case Field::TimeUsec:
            if (!text::parseUnsigned(v, number))
                return fail("bad timestamp");
            out.tsMs = s.field == Field::TimeSec    ? number * 1000
                       : s.field == Field::TimeMsec ? number
                                                    : number / 1000;
            break;
        case Field::TimeMsecFrac:
        case Field::TimeUsecFrac:
            if (!text::parseUnsigned(v, number))
                return fail("bad timestamp");
            fractionUs = s.field == Field::TimeMsecFrac ? number * 1000 : number;
            break;
        case Field::Request:
            text::splitRequest(v, out);
            break;
        case Field::Method:
            out.method = text::dashToEmpty(v);
            break;
        case Field::UrlPath:
            out.path = text::dashToEmpty(v);
            break;
        case Field::Query:
            out.query = !v.empty() && v.front() == '?' ? v.substr(1) : std::string_view();
            break;
        case Field::Protocol:
            out.protocol = text::dashToEmpty(v);
            break;
        case Field::Status:
            if (!text::isDash(v) && !text::parseStatus(v, out.status))
                return fail("bad status");
            break;
        case Field::BytesClf:
        case Field::Bytes:
        case Field::BytesOut:
            if (s.field == Field::BytesOut && bytesFromB)
                break;
            if (text::isDash(v))
                number = 0;
            else if (!text::parseUnsigned(v, number))
                return fail("bad byte count");
            out.bytes = number;
            bytesFromB = bytesFromB || s.field != Field::BytesOut;
            break;
        case Field::Referrer:
            out.referrer = text::dashToEmpty(v);
            break;
        case Field::UserAgent:
            out.userAgent = text::dashToEmpty(v);
            break;
        case Field::ForwardedFor:
            out.forwardedFor = text::dashToEmpty(v);
            break;
        case Field::HostHeader:
            hostHeader = text::dashToEmpty(v);
            break;
        case Field::VirtualHost:
            out.site = text::hostWithoutPort(text::dashToEmpty(v));
            break;
        case Field::DurationUs:
            if (text::parseUnsigned(v, number))
                out.durationUs = number;
            break;
        case Field::DurationMs:
            if (text::parseUnsigned(v, number))
                out.durationUs = number * 1000;
            break;
        case Field::DurationSec:
            if (text::parseSecondsAsUs(v, number))
                out.durationUs = number;
            break;
        }
    }
    if (out.site.empty())
        out.site = text::hostWithoutPort(hostHeader);
    out.tsMs += fractionUs / 1000;
    return ParseResult::Ok;
}

} // namespace es
