#pragma once
// Small, allocation-free scanning helpers shared by the line parsers: line
// preparation, number fields, quoted fields and HTTP request lines. They take
// and return views into the caller's line.

#include "core/record.h"

#include <cstdint>
#include <string_view>

namespace es::text {

// Drops a UTF-8 byte order mark and trailing '\r', spaces and tabs.
std::string_view prepareLine(std::string_view line) noexcept;

bool isBlank(std::string_view s) noexcept; // empty or only spaces/tabs
std::string_view trim(std::string_view s) noexcept;

inline bool isDash(std::string_view s) noexcept
{
    return s.size() == 1 && s[0] == '-';
}
inline std::string_view dashToEmpty(std::string_view s) noexcept
{
    return isDash(s) ? std::string_view() : s;
}
inline bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

// Unsigned decimal integer, 1..18 digits, nothing else.
bool parseUnsigned(std::string_view s, std::int64_t &out) noexcept;
// HTTP status: exactly three digits ("000" is CloudFront's "no response").
bool parseStatus(std::string_view s, int &out) noexcept;
// Decimal seconds ("0.394", "12") as microseconds; false for "-1" or junk.
bool parseSecondsAsUs(std::string_view s, std::int64_t &us) noexcept;

// Index of the first '"' at or after `from` that is not escaped by an odd
// number of backslashes, or npos.
std::size_t findUnescapedQuote(std::string_view s, std::size_t from) noexcept;

// Splits "path?query" into Record::path / Record::query.
void splitTarget(std::string_view target, Record &out) noexcept;

// Splits an HTTP request line ("GET /a?b HTTP/1.1") into method, path, query
// and protocol. The target may contain spaces. Requests that are not HTTP
// (binary junk logged as \xNN, TLS probes, "-", "") leave all four empty.
void splitRequest(std::string_view request, Record &out) noexcept;

// "http://host:80/p?q" -> authority "host:80", path "/p", query "q".
// A target without a scheme is taken as origin-form.
std::string_view splitUrl(std::string_view url, Record &out) noexcept;

// "host:port" -> "host", "[::1]:443" -> "::1"; bare IPv6 stays intact.
std::string_view hostWithoutPort(std::string_view s) noexcept;

// An IPv4/IPv6 literal or a host name: letters, digits, '.', ':', '-', '_',
// '%' (IPv6 zone), '[' ']'; not "-".
bool looksLikeAddress(std::string_view s) noexcept;

enum class FieldStatus : std::uint8_t { Ok, End, Unterminated };

// Reads the next space-separated field starting at pos and advances pos.
// A field is "quoted" (backslash escapes; the closing quote must end the
// field), [bracketed] when brackets is true, or bare. value excludes the
// quotes or brackets.
FieldStatus nextField(std::string_view line, std::size_t &pos, std::string_view &value,
                      bool brackets) noexcept;

// Splits up to max fields (see nextField) into out. Returns how many were
// read, or -1 when a quoted field is not closed.
int splitFields(std::string_view line, std::string_view *out, std::size_t max, bool brackets) noexcept;

} // namespace es::text
