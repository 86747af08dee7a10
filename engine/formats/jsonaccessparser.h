#pragma once
// Parser for access logs written as one JSON object per line: nginx
// log_format ... escape=json (remote_addr, time_local/time_iso8601/msec,
// request or request_method + request_uri, status, body_bytes_sent, ...),
// Caddy (ts, nested request.{client_ip,method,host,uri,headers}), Traefik
// (ClientHost, RequestMethod, RequestPath, DownstreamStatus, StartUTC,
// Duration in ns), Cloudflare Logpush (ClientIP, ClientRequestURI,
// EdgeStartTimestamp, ...) and Matomo's nginx JSON recipe (ip, path, date).
//
// Field names are recognised regardless of order in a single On-Demand pass.
// Where several names can fill one Record field, the more specific wins
// (StartUTC over the zone-less "time", body_bytes_sent over bytes_sent).
// A line needs a timestamp and a status, method or path to be Ok.

#include "core/timeparse.h"
#include "formats/detectionprobe.h"
#include "formats/lineparser.h"

namespace es {

class JsonAccessParser final : public LineParser, public DetectionProbe
{
public:
    explicit JsonAccessParser(LocalZone zone);
    ~JsonAccessParser() override;

    ParseResult parse(std::string_view line, Record &out) override;
    std::string_view reason() const override { return m_reason; }
    std::unique_ptr<LineParser> clone() const override;

    // The last Ok line described a request (method or path), not merely an
    // object with a time and a status: tells access logs from event logs.
    bool lastLineTypical() const override { return m_lastHadRequest; }

private:
    struct Impl;
    ParseResult fail(std::string_view why)
    {
        m_reason = why;
        return ParseResult::Malformed;
    }

    LocalZone m_zone;
    std::string_view m_reason;
    bool m_lastHadRequest = false;
    std::unique_ptr<Impl> m_impl; // the simdjson parser, kept out of this header
};

} // namespace es
