#include "formats/w3cparser.h"

#include "formats/textscan.h"

#include <QStringList>
#include <algorithm>
#include <cstring>

namespace es {

namespace {

using Column = W3cParser::Column;

// The 33 fields of current CloudFront standard logs. Older files have a
// prefix of this list; used when rows arrive without any #Fields header.
constexpr std::string_view kCloudFrontDefaultFields =
    "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status "
    "cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id "
    "x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher "
    "x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port "
    "time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len "
    "sc-range-start sc-range-end";

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = char(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsNoCase(s.substr(0, prefix.size()), prefix);
}

Column columnFor(std::string_view name)
{
    struct Entry
    {
        std::string_view name;
        Column column;
    };
    static constexpr Entry kEntries[] = {
        {"date", Column::Date},
        {"time", Column::Time},
        {"date-local", Column::DateLocal},
        {"time-local", Column::TimeLocal},
        {"timestamp", Column::Timestamp},
        {"c-ip", Column::ClientIp},
        {"cs-username", Column::User},
        {"c-auth-id", Column::User},
        {"cs-method", Column::Method},
        {"x-event", Column::Event},
        {"cs-uri-stem", Column::UriStem},
        {"cs-uri-query", Column::UriQuery},
        {"cs-uri", Column::Uri},
        {"sc-status", Column::Status},
        {"c-status", Column::Status},
        {"sc-bytes", Column::Bytes},
        {"bytes", Column::Bytes},
        {"cs(referer)", Column::Referrer},
        {"cs(referrer)", Column::Referrer},
        {"cs-referer", Column::Referrer},
        {"c-referrer", Column::Referrer},
        {"cs(user-agent)", Column::UserAgent},
        {"cs-user-agent", Column::UserAgent},
        {"c-user-agent", Column::UserAgent},
        {"x-host-header", Column::HostHeader},
        {"cs(host)", Column::Host},
        {"cs-host", Column::Host},
        {"time-taken", Column::TimeTaken},
        {"timetakenms", Column::TimeTakenMs},
        {"x-forwarded-for", Column::ForwardedFor},
        {"cs(x-forwarded-for)", Column::ForwardedFor},
        {"s-xff", Column::ForwardedFor},
        {"cs-version", Column::Protocol},
        {"cs-protocol-version", Column::Protocol},
    };
    for (const Entry &e : kEntries) {
        if (equalsNoCase(name, e.name))
            return e.column;
    }
    return Column::Ignore;
}

bool isEssential(Column c)
{
    switch (c) {
    case Column::Date:
    case Column::Time:
    case Column::DateLocal:
    case Column::TimeLocal:
    case Column::Timestamp:
    case Column::UriStem:
    case Column::Uri:
    case Column::Status:
        return true;
    default:
        return false;
    }
}

bool parseOffset(std::string_view s, int &minutes)
{
    // "-0800", "+05:30"
    if (s.size() < 5 || (s[0] != '+' && s[0] != '-'))
        return false;
    const std::string_view digits = s[3] == ':' ? std::string_view() : s.substr(1, 4);
    std::int64_t hh = 0;
    std::int64_t mm = 0;
    if (!digits.empty()) {
        if (!text::parseUnsigned(digits.substr(0, 2), hh) || !text::parseUnsigned(digits.substr(2, 2), mm))
            return false;
    } else if (s.size() < 6 || !text::parseUnsigned(s.substr(1, 2), hh) ||
               !text::parseUnsigned(s.substr(4, 2), mm)) {
        return false;
    }
    minutes = int((s[0] == '-' ? -1 : 1) * (hh * 60 + mm));
    return true;
}

} // namespace

W3cParser::W3cParser(Flavor flavor, LocalZone zone) : m_flavor(flavor), m_zone(std::move(zone)) {}

std::unique_ptr<LineParser> W3cParser::clone() const
{
    auto copy = std::make_unique<W3cParser>(m_flavor, m_zone);
    copy->restoreState(state());
    return copy;
}

void W3cParser::reset()
{
    m_columns.clear();
    m_cells.clear();
    m_cellQuoted.clear();
    m_minCells = 0;
    m_headerIsCloudFront = false;
    m_usingDefaultFields = false;
    m_hasHeaderDay = false;
    m_hasGmtOffset = false;
    m_fieldsValue.clear();
    m_dateValue.clear();
    m_gmtOffsetValue.clear();
}

bool W3cParser::lastLineTypical() const
{
    const bool cloudFront = m_headerIsCloudFront || m_usingDefaultFields;
    return m_flavor == Flavor::CloudFront ? cloudFront : !cloudFront;
}

void W3cParser::setFields(std::string_view spec)
{
    m_columns.clear();
    m_minCells = 0;
    m_headerIsCloudFront = false;
    std::size_t pos = 0;
    while (pos < spec.size()) {
        while (pos < spec.size() && (spec[pos] == ' ' || spec[pos] == '\t'))
            ++pos;
        if (pos >= spec.size())
            break;
        std::size_t end = pos;
        while (end < spec.size() && spec[end] != ' ' && spec[end] != '\t')
            ++end;
        const std::string_view name = spec.substr(pos, end - pos);
        const Column column = columnFor(name);
        m_columns.push_back(column);
        if (isEssential(column))
            m_minCells = int(m_columns.size());
        if (startsWithNoCase(name, "x-edge-") || equalsNoCase(name, "x-host-header"))
            m_headerIsCloudFront = true;
        pos = end;
    }
    m_cells.assign(m_columns.size(), std::string_view());
    m_cellQuoted.assign(m_columns.size(), false);
}

bool W3cParser::handleDirective(std::string_view line)
{
    line = text::trim(line);
    if (line.empty() || line.front() != '#')
        return false;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos)
        return true; // a bare comment
    const std::string_view name = text::trim(line.substr(1, colon - 1));
    const std::string_view value = text::trim(line.substr(colon + 1));
    if (equalsNoCase(name, "Fields")) {
        setFields(value);
        m_usingDefaultFields = false;
        m_fieldsValue.assign(value);
    } else if (equalsNoCase(name, "Date") || equalsNoCase(name, "Start-Date")) {
        std::size_t end = value.find_first_of(" \t");
        if (end == std::string_view::npos)
            end = value.size();
        std::int64_t day = 0;
        if (parseDate(value.substr(0, end), day)) {
            m_headerDay = day;
            m_hasHeaderDay = true;
            m_dateValue.assign(value.substr(0, end));
        }
    } else if (equalsNoCase(name, "GMT-Offset")) {
        int minutes = 0;
        if (parseOffset(value, minutes)) {
            m_gmtOffsetMinutes = minutes;
            m_hasGmtOffset = true;
            m_gmtOffsetValue.assign(value);
        }
    }
    return true;
}

QString W3cParser::state() const
{
    QStringList lines;
    if (!m_fieldsValue.empty())
        lines << QStringLiteral("#Fields: ") +
                     QString::fromUtf8(m_fieldsValue.data(), qsizetype(m_fieldsValue.size()));
    if (!m_dateValue.empty())
        lines << QStringLiteral("#Date: ") +
                     QString::fromUtf8(m_dateValue.data(), qsizetype(m_dateValue.size()));
    if (!m_gmtOffsetValue.empty())
        lines << QStringLiteral("#GMT-Offset: ") +
                     QString::fromUtf8(m_gmtOffsetValue.data(), qsizetype(m_gmtOffsetValue.size()));
    return lines.join(QLatin1Char('\n'));
}

bool W3cParser::restoreState(const QString &state)
{
    reset();
    const QByteArray utf8 = state.toUtf8();
    const std::string_view all(utf8.constData(), std::size_t(utf8.size()));
    std::size_t pos = 0;
    while (pos < all.size()) {
        std::size_t end = all.find('\n', pos);
        if (end == std::string_view::npos)
            end = all.size();
        const std::string_view line = all.substr(pos, end - pos);
        if (!text::isBlank(line) && !handleDirective(line)) {
            reset();
            return false;
        }
        pos = end + 1;
    }
    return true;
}

int W3cParser::splitRow(std::string_view line)
{
    const int limit = int(m_columns.size());
    int n = 0;
    if (std::memchr(line.data(), '\t', line.size())) {
        std::size_t pos = 0;
        while (n < limit) {
            std::size_t end = line.find('\t', pos);
            if (end == std::string_view::npos)
                end = line.size();
            m_cells[std::size_t(n)] = text::trim(line.substr(pos, end - pos));
            m_cellQuoted[std::size_t(n)] = false;
            ++n;
            if (end == line.size())
                break;
            pos = end + 1;
        }
        return n;
    }
    std::size_t pos = 0;
    while (n < limit) {
        while (pos < line.size() && line[pos] == ' ')
            ++pos;
        if (pos >= line.size())
            break;
        if (line[pos] == '"') {
            std::size_t q = pos + 1;
            for (;;) {
                q = line.find('"', q);
                if (q == std::string_view::npos)
                    return -1;
                if (q + 1 < line.size() && line[q + 1] == '"') {
                    q += 2;
                    continue;
                }
                break;
            }
            m_cells[std::size_t(n)] = line.substr(pos + 1, q - pos - 1);
            m_cellQuoted[std::size_t(n)] = true;
            pos = q + 1;
        } else {
            const std::size_t start = pos;
            while (pos < line.size() && line[pos] != ' ')
                ++pos;
            m_cells[std::size_t(n)] = line.substr(start, pos - start);
            m_cellQuoted[std::size_t(n)] = false;
        }
        ++n;
    }
    return n;
}

std::string_view W3cParser::cell(int index) const
{
    return text::dashToEmpty(m_cells[std::size_t(index)]);
}

std::string_view W3cParser::decodeText(std::string_view raw, bool isAgent)
{
    if (m_flavor == Flavor::CloudFront) {
        // CloudFront percent-encodes these fields, and standard logs encode
        // the '%' once more ("%2520" for a space). Undo each layer once.
        std::string_view once = m_scratch.percentDecode(raw, false);
        if (raw.find("%25") != std::string_view::npos)
            once = m_scratch.percentDecode(once, false);
        return once;
    }
    // IIS writes spaces in the user agent as '+'; Shoutcast percent-encodes.
    return isAgent ? m_scratch.percentDecode(raw, true) : raw;
}

ParseResult W3cParser::parse(std::string_view line, Record &out)
{
    out = Record{};
    line = text::prepareLine(line);
    if (text::isBlank(line))
        return ParseResult::Skip;
    if (line.front() == '#') {
        handleDirective(line);
        return ParseResult::Skip;
    }
    if (m_columns.empty()) {
        if (m_flavor != Flavor::CloudFront)
            return fail("no #Fields header");
        setFields(kCloudFrontDefaultFields);
        m_usingDefaultFields = true;
    }

    const int n = splitRow(line);
    if (n < 0)
        return fail("unterminated quoted field");
    if (n < m_minCells || n < 2)
        return fail("too few fields");

    m_scratch.reset(line.size() * 3);
    std::string_view date;
    std::string_view time;
    std::string_view stamp;
    std::string_view stem;
    std::string_view query;
    std::string_view uri;
    std::string_view hostHeader;
    std::string_view host;
    std::string_view event;
    bool local = false;

    for (int i = 0; i < n; ++i) {
        const Column column = m_columns[std::size_t(i)];
        if (column == Column::Ignore)
            continue;
        const std::string_view v = cell(i);
        const bool quoted = m_cellQuoted[std::size_t(i)];
        switch (column) {
        case Column::Ignore:
            break;
        case Column::Date:
            date = v;
            break;
        case Column::Time:
            time = v;
            break;
        case Column::DateLocal:
            date = v;
            local = true;
            break;
        case Column::TimeLocal:
            time = v;
            local = true;
            break;
        case Column::Timestamp:
            stamp = v;
            break;
        case Column::ClientIp:
            out.clientIp = v;
            break;
        case Column::User:
            out.user = v;
            break;
        case Column::Method:
            out.method = v;
            break;
        case Column::Event:
            event = v;
            break;
        case Column::UriStem:
            stem = v;
            break;
        case Column::UriQuery:
            query = v;
            break;
        case Column::Uri:
            uri = v;
            break;
        case Column::Status:
            if (!v.empty() && !text::parseStatus(v, out.status))
                return fail("bad status");
            break;
        case Column::Bytes:
            if (!v.empty() && !text::parseUnsigned(v, out.bytes))
                return fail("bad byte count");
            break;
        case Column::Referrer:
            out.referrer = quoted ? m_scratch.collapseDoubledQuotes(v) : decodeText(v, false);
            break;
        case Column::UserAgent:
            out.userAgent = quoted ? m_scratch.collapseDoubledQuotes(v) : decodeText(v, true);
            break;
        case Column::HostHeader:
            hostHeader = v;
            break;
        case Column::Host:
            host = v;
            break;
        case Column::TimeTaken: {
            std::int64_t value = 0;
            if (m_flavor == Flavor::CloudFront || v.find('.') != std::string_view::npos) {
                if (text::parseSecondsAsUs(v, value))
                    out.durationUs = value;
            } else if (text::parseUnsigned(v, value)) {
                out.durationUs = value * 1000;
            }
            break;
        }
        case Column::TimeTakenMs: {
            std::int64_t value = 0;
            if (text::parseUnsigned(v, value))
                out.durationUs = value * 1000;
            break;
        }
        case Column::ForwardedFor:
            out.forwardedFor = v;
            break;
        case Column::Protocol:
            out.protocol = v;
            break;
        }
    }

    // Timestamp
    if (!stamp.empty()) {
        if (!parseEpochTime(stamp, out.tsMs) && !parseIsoTime(stamp, out.tsMs))
            return fail("bad timestamp");
    } else {
        std::int64_t day = 0;
        std::int64_t tod = 0;
        if (!date.empty()) {
            if (!parseDate(date, day))
                return fail("bad timestamp");
        } else if (m_hasHeaderDay) {
            day = m_headerDay;
        } else {
            return fail("bad timestamp");
        }
        if (!parseTimeOfDay(time, tod))
            return fail("bad timestamp");
        const std::int64_t wall = day * 86400000 + tod;
        if (local)
            out.tsMs = m_zone.wallToUtc(wall);
        else
            out.tsMs = wall - std::int64_t(m_hasGmtOffset ? m_gmtOffsetMinutes : 0) * 60000;
    }

    // Request target
    if (!stem.empty()) {
        // RTMP distributions log the stream URL ("rtmp://host/cfx/st").
        const std::string_view authority = text::splitUrl(stem, out);
        if (!authority.empty() && host.empty())
            host = text::hostWithoutPort(authority);
        if (!query.empty())
            out.query = query;
    } else if (!uri.empty()) {
        if (uri.front() == '/' || uri.find("://") != std::string_view::npos) {
            const std::string_view authority = text::splitUrl(uri, out);
            if (!authority.empty())
                host = host.empty() ? text::hostWithoutPort(authority) : host;
        } else {
            // Incapsula writes "host/path" without a scheme.
            const std::size_t slash = uri.find('/');
            if (slash != std::string_view::npos && slash > 0) {
                if (host.empty())
                    host = uri.substr(0, slash);
                text::splitTarget(uri.substr(slash), out);
            } else {
                text::splitTarget(uri, out);
            }
        }
        if (!query.empty())
            out.query = query;
    }
    if (out.method.empty())
        out.method = event; // RTMP distributions log play/stop events instead
    out.site = !hostHeader.empty() ? hostHeader : host;
    return ParseResult::Ok;
}

} // namespace es
