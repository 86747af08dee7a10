#pragma once
// One parsed input record (an access-log request or an application event).
// All string fields are views into the chunk buffer or into the parser's
// scratch storage; a Record is valid only until the next parse() call on the
// same parser. Numeric fields use -1 for "absent" where 0 is a real value.

#include <cstdint>
#include <string_view>

namespace es {

enum class RecordKind : std::uint8_t { Request, Event };

struct Record
{
    RecordKind kind = RecordKind::Request;
    std::int64_t tsMs = 0; // UTC, milliseconds since the epoch

    // Request fields
    std::string_view clientIp;
    std::string_view forwardedFor; // X-Forwarded-For chain when the format carries it
    std::string_view user;
    std::string_view method;
    std::string_view path;  // without the query string, still percent-encoded
    std::string_view query; // without the leading '?'
    std::string_view protocol;
    std::string_view referrer;
    std::string_view userAgent;
    std::string_view site; // vhost / host header / distribution
    int status = -1;
    std::int64_t bytes = -1;
    std::int64_t durationUs = -1; // %D or derived from %T / request_time

    // Event fields (JSON lines)
    std::string_view eventType;
    std::string_view userId;
    std::string_view sessionId;
    std::string_view params; // raw JSON object text of params, if any

    void clear() { *this = Record{}; }
};

} // namespace es
