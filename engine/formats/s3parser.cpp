#include "formats/s3parser.h"

#include "core/timeparse.h"
#include "formats/textscan.h"

#include <array>

namespace es {

namespace {

constexpr std::size_t kWanted = 17;

// The owner and request id are long hex/base64 strings; checking the owner
// keeps combined-style lines ("1.2.3.4 - - [") from being taken for S3.
bool looksLikeCanonicalId(std::string_view s)
{
    if (s.size() < 16)
        return false;
    for (char c : s) {
        const bool hex = text::isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace

std::unique_ptr<LineParser> S3Parser::clone() const
{
    return std::make_unique<S3Parser>();
}

ParseResult S3Parser::parse(std::string_view line, Record &out)
{
    out = Record{};
    line = text::prepareLine(line);
    if (text::isBlank(line) || line.front() == '#')
        return ParseResult::Skip;

    std::array<std::string_view, kWanted> f;
    const int split = text::splitFields(line, f.data(), kWanted, true);
    if (split < 0)
        return fail("unterminated quoted field");
    const std::size_t n = std::size_t(split);
    if (n < 3 || !looksLikeCanonicalId(f[0]))
        return fail("not an S3 access log line");
    if (!parseClfTime(f[2], out.tsMs))
        return fail("bad timestamp");
    if (n < 12)
        return fail("too few fields");

    out.site = f[1];
    out.clientIp = text::dashToEmpty(f[3]);
    out.user = text::dashToEmpty(f[4]);
    text::splitRequest(f[8], out);
    if (!text::isDash(f[9]) && !text::parseStatus(f[9], out.status))
        return fail("bad status");
    if (text::isDash(f[11]))
        out.bytes = 0;
    else if (!text::parseUnsigned(f[11], out.bytes))
        return fail("bad byte count");
    std::int64_t ms = 0;
    if (n > 13 && text::parseUnsigned(f[13], ms))
        out.durationUs = ms * 1000;
    if (n > 15)
        out.referrer = text::dashToEmpty(f[15]);
    if (n > 16)
        out.userAgent = text::dashToEmpty(f[16]);
    return ParseResult::Ok;
}

} // namespace es
