#include "formats/clfparser.h"

#include "core/timeparse.h"
#include "formats/textscan.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace es {

namespace {

constexpr std::size_t kClfTimeLength = 26; // "10/Oct/2000:13:55:36 -0700"
constexpr std::size_t kMaxPrefixTokens = 16;

bool endsWithComma(std::string_view s)
{
    return !s.empty() && s.back() == ',';
}

// A virtual host as Apache writes %v or %v:%p.
bool looksLikeVhost(std::string_view s)
{
    return text::looksLikeAddress(s) && s.find('%') == std::string_view::npos;
}

// After a closing quote the field must end: a space or the end of the line.
bool quoteEndsField(std::string_view line, std::size_t q)
{
    return q + 1 == line.size() || line[q + 1] == ' ';
}

// The request's closing quote is followed by " <status>". Requesting that
// lets unescaped quotes inside the request (old servers) pass.
bool quoteEndsRequest(std::string_view line, std::size_t q)
{
    return q + 2 < line.size() && line[q + 1] == ' ' && (text::isDigit(line[q + 2]) || line[q + 2] == '-');
}

} // namespace

ClfParser::ClfParser(Variant variant) : m_variant(variant) {}

std::unique_ptr<LineParser> ClfParser::clone() const
{
    return std::make_unique<ClfParser>(m_variant);
}

bool ClfParser::lastLineTypical() const
{
    switch (m_variant) {
    case Variant::Common:
        return !m_hadVhost && m_extraFields == 0 && !m_hadRefererAndAgent;
    case Variant::Combined:
        return !m_hadVhost && m_hadRefererAndAgent && m_extraFields == 0;
    case Variant::VhostCombined:
        return m_hadVhost;
    case Variant::CombinedExtra:
        return !m_hadVhost && m_hadRefererAndAgent && m_quotedExtraFields > 0;
    }
    return false;
}

const char *ClfParser::parsePrefix(std::string_view prefix, Record &out)
{
    prefix = text::trim(prefix);
    if (prefix.empty())
        return "missing client address";

    if (m_variant == Variant::VhostCombined) {
        const std::size_t sp = prefix.find(' ');
        if (sp == std::string_view::npos)
            return "missing virtual host";
        const std::string_view vhost = prefix.substr(0, sp);
        if (!looksLikeVhost(vhost))
            return "missing virtual host";
        out.site = text::hostWithoutPort(vhost);
        prefix = text::trim(prefix.substr(sp + 1));
        // "host client ident user": with fewer tokens the first one was
        // probably not a virtual host (OVH puts the vhost in the ident slot).
        m_hadVhost = std::count(prefix.begin(), prefix.end(), ' ') >= 2;
    }

    // nginx setups that log "$http_x_forwarded_for" in front of the client
    // sometimes quote the whole chain.
    if (!prefix.empty() && prefix.front() == '"') {
        const std::size_t close = prefix.find('"', 1);
        if (close == std::string_view::npos)
            return "unterminated quoted field";
        out.forwardedFor = text::dashToEmpty(prefix.substr(1, close - 1));
        prefix = text::trim(prefix.substr(close + 1));
        if (prefix.empty())
            return "missing client address";
    }

    std::array<std::string_view, kMaxPrefixTokens> tok;
    std::size_t n = 0;
    std::size_t pos = 0;
    while (pos < prefix.size() && n < kMaxPrefixTokens) {
        while (pos < prefix.size() && prefix[pos] == ' ')
            ++pos;
        if (pos >= prefix.size())
            break;
        std::size_t end = prefix.find(' ', pos);
        if (end == std::string_view::npos)
            end = prefix.size();
        tok[n++] = prefix.substr(pos, end - pos);
        pos = end;
    }
    auto restFrom = [&](std::size_t i) {
        return i < n ? prefix.substr(std::size_t(tok[i].data() - prefix.data())) : std::string_view();
    };

    std::size_t next = 0;
    std::size_t chain = 0;
    while (chain < n && endsWithComma(tok[chain]))
        ++chain;
    if (chain > 0 && chain < n) {
        // "a, b, c - -": a and b are forwarded-for hops, c is the peer.
        // "a, b c - -": the whole chain is X-Forwarded-For, c is the client.
        const char *chainBegin = tok[0].data();
        if (n - (chain + 1) >= 3 && text::looksLikeAddress(tok[chain + 1])) {
            const char *chainEnd = tok[chain].data() + tok[chain].size();
            out.forwardedFor = std::string_view(chainBegin, std::size_t(chainEnd - chainBegin));
            out.clientIp = tok[chain + 1];
            next = chain + 2;
        } else {
            const char *chainEnd = tok[chain - 1].data() + tok[chain - 1].size() - 1; // drop ','
            out.forwardedFor = std::string_view(chainBegin, std::size_t(chainEnd - chainBegin));
            out.clientIp = tok[chain];
            next = chain + 1;
        }
    } else if (m_variant != Variant::VhostCombined && n >= 4 && looksLikeVhost(tok[0]) &&
               text::looksLikeAddress(tok[1]) && text::isDash(tok[2])) {
        // A vhost-prefixed line in a file that is otherwise plain.
        out.site = text::hostWithoutPort(tok[0]);
        m_hadVhost = true;
        out.clientIp = tok[1];
        next = 2;
    } else {
        out.clientIp = tok[0];
        next = 1;
    }
    if (out.clientIp.empty() || text::isDash(out.clientIp))
        return "missing client address";
    // tok[next] is the ident (%l), always "-" in practice; the user (%u) is
    // the rest, which may contain spaces and quotes when a client sent junk.
    out.user = text::dashToEmpty(text::trim(restFrom(next + 1)));
    return nullptr;
}

ParseResult ClfParser::parse(std::string_view line, Record &out)
{
    out = Record{};
    m_hadVhost = false;
    m_hadRefererAndAgent = false;
    m_extraFields = 0;
    m_quotedExtraFields = 0;

    line = text::prepareLine(line);
    if (text::isBlank(line) || line.front() == '#')
        return ParseResult::Skip;

    // The timestamp anchors the line: the first '[' that opens a valid
    // "[dd/Mon/yyyy:HH:MM:SS +zzzz]". A '[' inside a junk user name is not it.
    std::size_t lb = 0;
    std::size_t from = 0;
    bool sawBracket = false;
    for (;;) {
        const void *hit = std::memchr(line.data() + from, '[', line.size() - from);
        if (!hit)
            return fail(sawBracket ? "bad timestamp" : "no timestamp");
        lb = std::size_t(static_cast<const char *>(hit) - line.data());
        sawBracket = true;
        const std::size_t rb = lb + 1 + kClfTimeLength;
        if (rb < line.size() && line[rb] == ']' &&
            parseClfTime(line.substr(lb + 1, kClfTimeLength), out.tsMs))
            break;
        from = lb + 1;
        if (from >= line.size())
            return fail("bad timestamp");
    }

    if (const char *why = parsePrefix(line.substr(0, lb), out))
        return fail(why);

    // Request: "[...] "GET / HTTP/1.1" 200 123"
    std::size_t pos = lb + 2 + kClfTimeLength;
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    if (pos >= line.size())
        return fail("too few fields");
    if (line[pos] != '"')
        return fail("missing request");
    std::size_t q = pos + 1;
    for (;;) {
        q = text::findUnescapedQuote(line, q);
        if (q == std::string_view::npos)
            return fail("unterminated quoted field");
        if (quoteEndsRequest(line, q) || q + 1 == line.size())
            break;
        ++q;
    }
    text::splitRequest(line.substr(pos + 1, q - pos - 1), out);
    pos = q + 1;

    auto nextToken = [&]() -> std::string_view {
        while (pos < line.size() && line[pos] == ' ')
            ++pos;
        const std::size_t start = pos;
        while (pos < line.size() && line[pos] != ' ')
            ++pos;
        return line.substr(start, pos - start);
    };

    const std::string_view status = nextToken();
    if (status.empty())
        return fail("too few fields");
    if (!text::parseStatus(status, out.status))
        return fail("bad status");
    const std::string_view bytes = nextToken();
    if (bytes.empty())
        return fail("too few fields");
    if (text::isDash(bytes))
        out.bytes = 0; // CLF writes '-' for "no body bytes"
    else if (!text::parseUnsigned(bytes, out.bytes))
        return fail("bad byte count");

    // Trailing fields: "referer" "user agent", then extras.
    int index = 0;
    bool leadingQuoted = true;
    std::string_view firstExtra;
    bool haveFirstExtra = false;
    for (;;) {
        while (pos < line.size() && line[pos] == ' ')
            ++pos;
        if (pos >= line.size())
            break;
        std::string_view value;
        bool quoted = false;
        if (line[pos] == '"') {
            quoted = true;
            std::size_t close = pos + 1;
            for (;;) {
                close = text::findUnescapedQuote(line, close);
                if (close == std::string_view::npos)
                    return fail("unterminated quoted field");
                if (quoteEndsField(line, close))
                    break;
                ++close;
            }
            value = line.substr(pos + 1, close - pos - 1);
            pos = close + 1;
        } else {
            const std::size_t start = pos;
            while (pos < line.size() && line[pos] != ' ')
                ++pos;
            value = line.substr(start, pos - start);
        }
        if (index < 2 && quoted && leadingQuoted) {
            if (index == 0)
                out.referrer = text::dashToEmpty(value);
            else
                out.userAgent = text::dashToEmpty(value);
            if (index == 1)
                m_hadRefererAndAgent = true;
        } else {
            leadingQuoted = false;
            ++m_extraFields;
            if (quoted)
                ++m_quotedExtraFields;
            if (!haveFirstExtra) {
                firstExtra = value;
                haveFirstExtra = true;
            }
        }
        ++index;
    }
    if (index == 1 && !m_hadRefererAndAgent) {
        // A lone quoted field after the byte count is not a referer/agent pair.
        m_extraFields = 1;
        m_quotedExtraFields = 1;
    }

    if (m_variant == Variant::CombinedExtra && haveFirstExtra && !text::dashToEmpty(firstExtra).empty())
        out.forwardedFor = firstExtra;
    return ParseResult::Ok;
}

} // namespace es
