#pragma once
// A client address parsed from log text: IPv4 or IPv6 in the usual textual
// forms. IPv4-mapped IPv6 ("::ffff:192.0.2.1") is the IPv4 address it maps,
// so both spellings of one client compare equal. Used by the enrichers
// (country lookup, anonymisation), which never see anything but one address.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace es {

struct IpAddress
{
    // Network byte order. IPv4 is stored IPv4-mapped: ::ffff:a.b.c.d.
    std::array<std::uint8_t, 16> bytes{};
    bool v4 = false;

    // Accepts dotted-quad IPv4 (no leading zeros, no short forms such as
    // "10.1") and every RFC 4291 IPv6 text form, optionally with a zone
    // ("fe80::1%eth0", the zone is dropped) and with surrounding spaces.
    // Anything else, including "host:port", brackets and lists, is nullopt.
    static std::optional<IpAddress> parse(std::string_view text);

    std::uint32_t ipv4() const
    {
        return std::uint32_t(bytes[12]) << 24 | std::uint32_t(bytes[13]) << 16 |
               std::uint32_t(bytes[14]) << 8 | bytes[15];
    }

    // Private, loopback, link-local, documentation, multicast and other
    // special-purpose ranges (RFC 6890): they have no country.
    bool isSpecialPurpose() const;

    // Canonical text: dotted quad, or RFC 5952 IPv6.
    std::string toString() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
};

} // namespace es
