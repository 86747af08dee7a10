#include "formats/textscan.h"

#include <cstring>

namespace es::text {

std::string_view prepareLine(std::string_view line) noexcept
{
    if (line.size() >= 3 && static_cast<unsigned char>(line[0]) == 0xEF &&
        static_cast<unsigned char>(line[1]) == 0xBB && static_cast<unsigned char>(line[2]) == 0xBF)
        line.remove_prefix(3);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line;
}

bool isBlank(std::string_view s) noexcept
{
    for (char c : s) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

std::string_view trim(std::string_view s) noexcept
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool parseUnsigned(std::string_view s, std::int64_t &out) noexcept
{
    if (s.empty() || s.size() > 18)
        return false;
    std::int64_t v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool parseStatus(std::string_view s, int &out) noexcept
{
    if (s.size() != 3 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]))
        return false;
    out = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
    return true;
}

bool parseSecondsAsUs(std::string_view s, std::int64_t &us) noexcept
{
    std::size_t pos = 0;
    std::int64_t whole = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (pos >= 12)
            return false;
        whole = whole * 10 + (s[pos] - '0');
        ++pos;
    }
    if (pos == 0)
        return false;
    std::int64_t frac = 0;
    int scale = 100000;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        while (pos < s.size() && isDigit(s[pos])) {
            if (scale > 0) {
                frac += (s[pos] - '0') * scale;
                scale /= 10;
            }
            ++pos;
        }
    }
    if (pos != s.size())
        return false;
    us = whole * 1000000 + frac;
    return true;
}

std::size_t findUnescapedQuote(std::string_view s, std::size_t from) noexcept
{
    while (from < s.size()) {
        const void *hit = std::memchr(s.data() + from, '"', s.size() - from);
        if (!hit)
            return std::string_view::npos;
        const std::size_t q = std::size_t(static_cast<const char *>(hit) - s.data());
        std::size_t backslashes = 0;
        while (q > backslashes && s[q - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return q;
        from = q + 1;
    }
    return std::string_view::npos;
}

void splitTarget(std::string_view target, Record &out) noexcept
{
    const std::size_t q = target.find('?');
    if (q == std::string_view::npos) {
        out.path = target;
        out.query = {};
    } else {
        out.path = target.substr(0, q);
        out.query = target.substr(q + 1);
    }
}

namespace {

// RFC 9110 token characters, which is what a method must consist of.
bool isMethodToken(std::string_view s) noexcept
{
    if (s.empty() || s.size() > 32)
        return false;
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c) ||
                        std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
        if (!ok || c == '\0')
            return false;
    }
    return true;
}

} // namespace

void splitRequest(std::string_view request, Record &out) noexcept
{
    request = trim(request);
    const std::size_t sp = request.find(' ');
    if (sp == std::string_view::npos)
        return; // "-", "", or a probe without any structure
    const std::string_view method = request.substr(0, sp);
    if (!isMethodToken(method) || isDash(method))
        return;
    std::string_view rest = trim(request.substr(sp + 1));
    const std::size_t last = rest.rfind(' ');
    if (last != std::string_view::npos && rest.substr(last + 1).substr(0, 5) == "HTTP/") {
        out.protocol = rest.substr(last + 1);
        rest = trim(rest.substr(0, last));
    }
    out.method = method;
    splitTarget(rest, out);
}

std::string_view splitUrl(std::string_view url, Record &out) noexcept
{
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos || scheme > 10) {
        splitTarget(url, out);
        return {};
    }
    const std::size_t authStart = scheme + 3;
    std::size_t authEnd = url.find_first_of("/?", authStart);
    if (authEnd == std::string_view::npos)
        authEnd = url.size();
    const std::string_view authority = url.substr(authStart, authEnd - authStart);
    std::string_view target = url.substr(authEnd);
    if (target.empty()) {
        out.path = "/";
        out.query = {};
    } else if (target.front() == '?') {
        out.path = "/";
        out.query = target.substr(1);
    } else {
        splitTarget(target, out);
    }
    return authority;
}

std::string_view hostWithoutPort(std::string_view s) noexcept
{
    if (s.empty())
        return s;
    if (s.front() == '[') {
        const std::size_t close = s.find(']');
        return close == std::string_view::npos ? s : s.substr(1, close - 1);
    }
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || s.find(':', colon + 1) != std::string_view::npos)
        return s;
    return s.substr(0, colon);
}

bool looksLikeAddress(std::string_view s) noexcept
{
    if (s.empty() || isDash(s) || s.size() > 255)
        return false;
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c) || c == '.' ||
                        c == ':' || c == '-' || c == '_' || c == '%' || c == '[' || c == ']';
        if (!ok)
            return false;
    }
    return true;
}

FieldStatus nextField(std::string_view line, std::size_t &pos, std::string_view &value,
                      bool brackets) noexcept
{
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    if (pos >= line.size())
        return FieldStatus::End;
    if (line[pos] == '"') {
        std::size_t q = pos + 1;
        for (;;) {
            q = findUnescapedQuote(line, q);
            if (q == std::string_view::npos)
                return FieldStatus::Unterminated;
            if (q + 1 == line.size() || line[q + 1] == ' ')
                break;
            ++q;
        }
        value = line.substr(pos + 1, q - pos - 1);
        pos = q + 1;
        return FieldStatus::Ok;
    }
    if (brackets && line[pos] == '[') {
        const std::size_t close = line.find(']', pos + 1);
        if (close == std::string_view::npos)
            return FieldStatus::Unterminated;
        value = line.substr(pos + 1, close - pos - 1);
        pos = close + 1;
        return FieldStatus::Ok;
    }
    const std::size_t start = pos;
    while (pos < line.size() && line[pos] != ' ')
        ++pos;
    value = line.substr(start, pos - start);
    return FieldStatus::Ok;
}

int splitFields(std::string_view line, std::string_view *out, std::size_t max, bool brackets) noexcept
{
    std::size_t n = 0;
    std::size_t pos = 0;
    while (n < max) {
        const FieldStatus st = nextField(line, pos, out[n], brackets);
        if (st == FieldStatus::End)
            break;
        if (st == FieldStatus::Unterminated)
            return -1;
        ++n;
    }
    return int(n);
}

} // namespace es::text
