#pragma once
// Parser for AWS Elastic Load Balancing access logs: Application Load
// Balancer lines ("http 2018-07-02T22:23:00.186641Z app/... client:port ...")
// and the older Classic Load Balancer lines, which are the same without the
// leading type field.
//
// Entries that carry no HTTP request are recognised and skipped rather than
// reported as malformed: NLB TLS entries ("tls 2.0 ..."), ALB connection-log
// entries, and Classic ELB TCP-listener entries (request "- - - ").
// -1 processing times (no response from a target) leave the duration unset.

#include "formats/lineparser.h"

namespace es {

class AlbParser final : public LineParser
{
public:
    ParseResult parse(std::string_view line, Record &out) override;
    std::string_view reason() const override { return m_reason; }
    std::unique_ptr<LineParser> clone() const override;

private:
    ParseResult fail(std::string_view why)
    {
        m_reason = why;
        return ParseResult::Malformed;
    }

    std::string_view m_reason;
};

} // namespace es
