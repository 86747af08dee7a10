#include "formats/jsonaccessparser.h"

#include "formats/jsonsupport.h"
#include "formats/textscan.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace es {

namespace {

enum class Target : std::uint8_t {
    ClientIp,
    Time,
    Method,
    Request,
    Target,
    Query,
    Protocol,
    Status,
    Bytes,
    Referrer,
    UserAgent,
    Site,
    User,
    ForwardedFor,
    DurationSec,
    DurationMs,
    DurationNs,
};
constexpr int kTargetCount = int(Target::DurationNs) + 1;

struct Key
{
    std::string_view name;
    Target target;
    int rank; // lower wins when several keys fill the same field
};

constexpr Key kKeys[] = {
    {"@timestamp", Target::Time, 3},
    {"ClientHost", Target::ClientIp, 0},
    {"ClientIP", Target::ClientIp, 0},
    {"ClientRequestHost", Target::Site, 0},
    {"ClientRequestMethod", Target::Method, 0},
    {"ClientRequestProtocol", Target::Protocol, 0},
    {"ClientRequestReferer", Target::Referrer, 0},
    {"ClientRequestURI", Target::Target, 0},
    {"ClientRequestUserAgent", Target::UserAgent, 0},
    {"ClientUsername", Target::User, 0},
    {"DownstreamContentSize", Target::Bytes, 0},
    {"DownstreamStatus", Target::Status, 0},
    {"Duration", Target::DurationNs, 0},
    {"EdgeResponseBytes", Target::Bytes, 0},
    {"EdgeResponseStatus", Target::Status, 0},
    {"EdgeStartTimestamp", Target::Time, 6},
    {"RequestHost", Target::Site, 0},
    {"RequestMethod", Target::Method, 0},
    {"RequestPath", Target::Target, 0},
    {"RequestProtocol", Target::Protocol, 0},
    {"StartLocal", Target::Time, 9},
    {"StartUTC", Target::Time, 0},
    {"body_bytes_sent", Target::Bytes, 0},
    {"bytes", Target::Bytes, 2},
    {"bytes_sent", Target::Bytes, 1},
    {"client_ip", Target::ClientIp, 0},
    {"date", Target::Time, 7},
    {"duration", Target::DurationSec, 0},
    {"generation_time_milli", Target::DurationMs, 0},
    {"host", Target::Site, 1},
    {"http_host", Target::Site, 0},
    {"http_referer", Target::Referrer, 0},
    {"http_user_agent", Target::UserAgent, 0},
    {"http_x_forwarded_for", Target::ForwardedFor, 0},
    {"ip", Target::ClientIp, 1},
    {"length", Target::Bytes, 1},
    {"method", Target::Method, 1},
    {"msec", Target::Time, 2},
    {"path", Target::Target, 2},
    {"protocol", Target::Protocol, 1},
    {"query_string", Target::Query, 1},
    {"referer", Target::Referrer, 1},
    {"referrer", Target::Referrer, 1},
    {"remote_addr", Target::ClientIp, 0},
    {"remote_ip", Target::ClientIp, 1},
    {"remote_user", Target::User, 0},
    {"request", Target::Request, 0},
    {"request_method", Target::Method, 0},
    {"request_time", Target::DurationSec, 0},
    {"request_uri", Target::Target, 0},
    {"request_User-Agent", Target::UserAgent, 0},
    {"request_Referer", Target::Referrer, 0},
    {"server_name", Target::Site, 2},
    {"server_protocol", Target::Protocol, 0},
    {"size", Target::Bytes, 1},
    {"status", Target::Status, 0},
    {"time", Target::Time, 8},
    {"time_iso8601", Target::Time, 1},
    {"time_local", Target::Time, 5},
    {"timestamp", Target::Time, 4},
    {"ts", Target::Time, 2},
    {"uri", Target::Target, 1},
    {"user_agent", Target::UserAgent, 1},
    {"x_forwarded_for", Target::ForwardedFor, 1},
};

const Key *findKey(std::string_view name)
{
    static const auto sorted = [] {
        std::array<Key, std::size(kKeys)> keys{};
        std::copy(std::begin(kKeys), std::end(kKeys), keys.begin());
        std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) { return a.name < b.name; });
        return keys;
    }();
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), name,
                                     [](const Key &k, std::string_view n) { return k.name < n; });
    return it != sorted.end() && it->name == name ? &*it : nullptr;
}

// Candidate values found during the pass, resolved at the end.
struct Found
{
    std::string_view value[kTargetCount];
    int rank[kTargetCount];

    Found() { std::fill(std::begin(rank), std::end(rank), 1 << 20); }
    void offer(Target t, int r, std::string_view v)
    {
        const int i = int(t);
        if (r < rank[i]) {
            rank[i] = r;
            value[i] = v;
        }
    }
    bool has(Target t) const { return rank[int(t)] < (1 << 20); }
    std::string_view get(Target t) const { return value[int(t)]; }
};

// First string of a header array: Caddy logs headers as {"Name": ["v"]}.
bool firstHeaderValue(json::od::value &v, std::string_view &out)
{
    json::od::array arr;
    if (v.get_array().get(arr))
        return json::scalarText(v, out);
    for (auto element : arr) {
        json::od::value item;
        if (std::move(element).get(item))
            return false;
        return json::scalarText(item, out);
    }
    return false;
}

bool scanCaddyRequest(json::od::object request, Found &found)
{
    for (auto fieldResult : request) {
        json::od::field field;
        if (std::move(fieldResult).get(field))
            return false;
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        std::string_view text;
        if (key == "headers") {
            json::od::object headers;
            if (field.value().get_object().get(headers))
                continue;
            for (auto headerResult : headers) {
                json::od::field header;
                if (std::move(headerResult).get(header))
                    return false;
                std::string_view name;
                if (header.unescaped_key().get(name))
                    return false;
                if (name == "User-Agent" && firstHeaderValue(header.value(), text))
                    found.offer(Target::UserAgent, 0, text);
                else if (name == "Referer" && firstHeaderValue(header.value(), text))
                    found.offer(Target::Referrer, 0, text);
                else if (name == "X-Forwarded-For" && firstHeaderValue(header.value(), text))
                    found.offer(Target::ForwardedFor, 0, text);
            }
            continue;
        }
        if (key == "client_ip" && json::scalarText(field.value(), text))
            found.offer(Target::ClientIp, 0, text);
        else if (key == "remote_ip" && json::scalarText(field.value(), text))
            found.offer(Target::ClientIp, 1, text);
        else if (key == "method" && json::scalarText(field.value(), text))
            found.offer(Target::Method, 0, text);
        else if (key == "uri" && json::scalarText(field.value(), text))
            found.offer(Target::Target, 0, text);
        else if (key == "host" && json::scalarText(field.value(), text))
            found.offer(Target::Site, 0, text);
        else if (key == "proto" && json::scalarText(field.value(), text))
            found.offer(Target::Protocol, 0, text);
    }
    return true;
}

} // namespace

struct JsonAccessParser::Impl
{
    json::od::parser parser;
};

JsonAccessParser::JsonAccessParser(LocalZone zone) : m_zone(std::move(zone)), m_impl(std::make_unique<Impl>())
{}

JsonAccessParser::~JsonAccessParser() = default;

std::unique_ptr<LineParser> JsonAccessParser::clone() const
{
    return std::make_unique<JsonAccessParser>(m_zone);
}

ParseResult JsonAccessParser::parse(std::string_view line, Record &out)
{
    out = Record{};
    const std::string_view trimmed = text::prepareLine(line);
    if (text::isBlank(trimmed) || trimmed.front() == '#')
        return ParseResult::Skip;
    if (!json::startsLikeObject(trimmed))
        return fail("not JSON");

    json::od::document doc;
    if (m_impl->parser.iterate(json::padded(line)).get(doc))
        return fail("invalid JSON");
    json::od::object object;
    if (doc.get_object().get(object))
        return fail("invalid JSON");

    Found found;
    for (auto fieldResult : object) {
        json::od::field field;
        if (std::move(fieldResult).get(field))
            return fail("invalid JSON");
        std::string_view key;
        if (field.unescaped_key().get(key))
            return fail("invalid JSON");
        const Key *k = findKey(key);
        if (!k)
            continue;
        if (k->target == Target::Request) {
            json::od::json_type type;
            if (field.value().type().get(type))
                return fail("invalid JSON");
            if (type == json::od::json_type::object) {
                json::od::object request;
                if (field.value().get_object().get(request) || !scanCaddyRequest(request, found))
                    return fail("invalid JSON");
                continue;
            }
        }
        std::string_view text;
        if (json::scalarText(field.value(), text))
            found.offer(k->target, k->rank, text);
    }

    // Timestamp
    const std::string_view ts = found.get(Target::Time);
    if (!found.has(Target::Time) || ts.empty())
        return fail("missing timestamp");
    if (!parseAnyTime(ts, out.tsMs, m_zone))
        return fail("bad timestamp");

    // Request
    if (found.has(Target::Request))
        text::splitRequest(found.get(Target::Request), out);
    if (found.has(Target::Method))
        out.method = found.get(Target::Method);
    if (found.has(Target::Target)) {
        const std::string_view target = found.get(Target::Target);
        if (target.find("://") != std::string_view::npos)
            text::splitUrl(target, out);
        else
            text::splitTarget(target, out);
    }
    if (found.has(Target::Query) && !found.get(Target::Query).empty())
        out.query = found.get(Target::Query);
    if (found.has(Target::Protocol))
        out.protocol = found.get(Target::Protocol);

    const std::string_view status = found.get(Target::Status);
    if (found.has(Target::Status) && !status.empty() && !text::isDash(status) &&
        !text::parseStatus(status, out.status))
        return fail("bad status");
    if (out.status < 0 && out.method.empty() && out.path.empty())
        return fail("not an access log record");

    std::int64_t number = 0;
    if (text::parseUnsigned(found.get(Target::Bytes), number))
        out.bytes = number;
    if (found.has(Target::DurationNs) && text::parseUnsigned(found.get(Target::DurationNs), number))
        out.durationUs = number / 1000;
    else if (found.has(Target::DurationSec) && text::parseSecondsAsUs(found.get(Target::DurationSec), number))
        out.durationUs = number;
    else if (found.has(Target::DurationMs) && text::parseSecondsAsUs(found.get(Target::DurationMs), number))
        out.durationUs = number / 1000;

    out.clientIp = text::dashToEmpty(found.get(Target::ClientIp));
    out.referrer = text::dashToEmpty(found.get(Target::Referrer));
    out.userAgent = text::dashToEmpty(found.get(Target::UserAgent));
    out.site = text::dashToEmpty(found.get(Target::Site));
    out.user = text::dashToEmpty(found.get(Target::User));
    out.forwardedFor = text::dashToEmpty(found.get(Target::ForwardedFor));
    m_lastHadRequest = !out.method.empty() || !out.path.empty();
    return ParseResult::Ok;
}

} // namespace es
