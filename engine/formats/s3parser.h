#pragma once
// Parser for Amazon S3 server access logs:
//   owner bucket [time] remote_ip requester request_id operation key
//   "request" status error bytes_sent object_size total_time turnaround
//   "referer" "user_agent" version_id ...
// Rows have a varying number of trailing fields over the years; only the
// first 17 are read. Rows of S3-internal operations (BATCH.DELETE.OBJECT,
// S3.EXPIRE.OBJECT) have no request line and are kept with an empty method.
// The bucket goes to Record::site, total_time (ms) to the duration.

#include "formats/lineparser.h"

namespace es {

class S3Parser final : public LineParser
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
