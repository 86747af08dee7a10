#include "formats/albparser.h"

#include "core/timeparse.h"
#include "formats/textscan.h"

#include <array>

namespace es {

namespace {

constexpr std::size_t kWanted = 19; // up to ALB's domain_name

bool isAlbType(std::string_view t)
{
    return t == "http" || t == "https" || t == "h2" || t == "grpcs" || t == "ws" || t == "wss";
}

std::string_view withoutPort(std::string_view hostPort)
{
    const std::size_t colon = hostPort.rfind(':');
    return colon == std::string_view::npos ? hostPort : hostPort.substr(0, colon);
}

bool isNumber(std::string_view s)
{
    std::int64_t v = 0;
    return text::parseUnsigned(s, v);
}

} // namespace

std::unique_ptr<LineParser> AlbParser::clone() const
{
    return std::make_unique<AlbParser>();
}

ParseResult AlbParser::parse(std::string_view line, Record &out)
{
    out = Record{};
    line = text::prepareLine(line);
    if (text::isBlank(line) || line.front() == '#')
        return ParseResult::Skip;

    std::array<std::string_view, kWanted> f;
    const int split = text::splitFields(line, f.data(), kWanted, false);
    if (split < 0)
        return fail("unterminated quoted field");
    const std::size_t n = std::size_t(split);
    if (n < 3)
        return fail("too few fields");

    std::size_t base = 0; // index of the timestamp
    if (isAlbType(f[0])) {
        base = 1;
    } else if (f[0] == "tls") {
        return ParseResult::Skip; // NLB TLS listener entry: no HTTP request
    } else if (!f[0].empty() && text::isDigit(f[0][0])) {
        std::int64_t ignored = 0;
        if (!parseIsoTime(f[0], ignored))
            return fail("bad timestamp");
        // ALB connection log: "time client_ip client_port listener_port ..."
        if (text::looksLikeAddress(f[1]) && isNumber(f[2]))
            return ParseResult::Skip;
        base = 0; // Classic ELB
    } else {
        return fail("unknown entry type");
    }

    // base+0 time, +1 elb, +2 client:port, +3 target:port, +4..+6 timings,
    // +7 elb status, +8 target status, +9 received, +10 sent, +11 request,
    // +12 user agent, ... ALB: +17 domain_name.
    if (n < base + 13)
        return fail("too few fields");
    if (!parseIsoTime(f[base], out.tsMs))
        return fail("bad timestamp");
    const std::string_view request = f[base + 11];
    if (text::trim(request) == "- - -")
        return ParseResult::Skip; // TCP listener: no HTTP data

    out.clientIp = withoutPort(f[base + 2]);
    if (out.clientIp.empty() || text::isDash(out.clientIp))
        return fail("missing client address");
    const std::string_view status = f[base + 7];
    if (!text::isDash(status) && !text::parseStatus(status, out.status))
        return fail("bad status");
    const std::string_view sent = f[base + 10];
    if (!text::isDash(sent) && !text::parseUnsigned(sent, out.bytes))
        return fail("bad byte count");

    std::int64_t total = 0;
    bool timed = true;
    for (std::size_t i = base + 4; i <= base + 6; ++i) {
        std::int64_t us = 0;
        if (!text::parseSecondsAsUs(f[i], us)) {
            timed = false; // "-1": the request never reached a target
            break;
        }
        total += us;
    }
    if (timed)
        out.durationUs = total;

    // "GET http://host:80/path?q HTTP/1.1": the target is an absolute URL.
    Record parts;
    text::splitRequest(request, parts);
    out.method = parts.method;
    out.protocol = parts.protocol;
    std::string_view authority;
    if (!parts.method.empty()) {
        std::string_view target = text::trim(request);
        target.remove_prefix(parts.method.size());
        if (!parts.protocol.empty())
            target.remove_suffix(parts.protocol.size());
        authority = text::splitUrl(text::trim(target), out);
    } else {
        // A request with no valid method ("- http://host:80-/ "): keep its URL.
        const std::string_view trimmed = text::trim(request);
        const std::size_t sp = trimmed.find(' ');
        if (sp != std::string_view::npos)
            authority = text::splitUrl(text::trim(trimmed.substr(sp + 1)), out);
    }
    out.userAgent = text::dashToEmpty(f[base + 12]);

    std::string_view domain;
    if (base == 1 && n > base + 17)
        domain = text::dashToEmpty(f[base + 17]);
    out.site = !domain.empty() ? domain : text::hostWithoutPort(authority);
    return ParseResult::Ok;
}

} // namespace es
