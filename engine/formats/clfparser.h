#pragma once
// Parser for the NCSA/Apache/nginx access-log family: common, combined,
// vhost_combined and combined with extra trailing fields.
//
// One tolerant scanner serves all four variants, because real files mix
// them (a combined file with a few common lines, vhost-prefixed lines among
// plain ones, X-Forwarded-For chains in front of the client address). The
// variant decides only what is required (vhost_combined insists on the
// virtual host) and where the first extra field goes (combined_extra puts it
// in Record::forwardedFor). Nothing is allocated per line: every field is a
// view into the line, escapes (\" and \xNN) are kept as the server wrote them.

#include "formats/detectionprobe.h"
#include "formats/lineparser.h"

namespace es {

class ClfParser final : public LineParser, public DetectionProbe
{
public:
    enum class Variant : std::uint8_t { Common, Combined, VhostCombined, CombinedExtra };

    explicit ClfParser(Variant variant);

    ParseResult parse(std::string_view line, Record &out) override;
    std::string_view reason() const override { return m_reason; }
    std::unique_ptr<LineParser> clone() const override;

    // True when the last Ok line had exactly the variant's shape (no vhost
    // for the plain variants, referer and user agent for combined, at least
    // one quoted extra field for combined_extra).
    bool lastLineTypical() const override;

private:
    ParseResult fail(std::string_view why)
    {
        m_reason = why;
        return ParseResult::Malformed;
    }
    // Client, X-Forwarded-For chain, ident, user and virtual host: everything
    // before the timestamp. Returns nullptr or the reason it failed.
    const char *parsePrefix(std::string_view prefix, Record &out);

    Variant m_variant;
    std::string_view m_reason;
    bool m_hadVhost = false;
    bool m_hadRefererAndAgent = false;
    int m_extraFields = 0;
    int m_quotedExtraFields = 0;
};

} // namespace es
