#include "enrich/ipaddress.h"

#include <arpa/inet.h>
#include <cstring>

namespace es {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

struct Prefix
{
    std::uint32_t net;
    int bits;
};

bool inPrefix(std::uint32_t a, Prefix p)
{
    const std::uint32_t mask = p.bits == 0 ? 0 : ~std::uint32_t(0) << (32 - p.bits);
    return (a & mask) == p.net;
}

// Strict dotted quad: four decimal parts of 0..255 without leading zeros.
bool parseIpv4(std::string_view text, std::uint8_t *out)
{
    size_t pos = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (pos >= text.size() || text[pos] != '.')
                return false;
            ++pos;
        }
        const size_t start = pos;
        unsigned value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 3) {
            value = value * 10 + unsigned(text[pos] - '0');
            ++pos;
        }
        const size_t digits = pos - start;
        if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0'))
            return false;
        out[part] = std::uint8_t(value);
    }
    return pos == text.size();
}

} // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    IpAddress a;
    if (text.find(':') == std::string_view::npos) {
        if (!parseIpv4(text, a.bytes.data() + 12))
            return std::nullopt;
        a.bytes[10] = a.bytes[11] = 0xff;
        a.v4 = true;
        return a;
    }
    const size_t zone = text.find('%');
    if (zone != std::string_view::npos) {
        if (zone + 1 == text.size())
            return std::nullopt;
        text = text.substr(0, zone);
    }
    // The longest valid form is "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255" (45).
    char buf[48];
    if (text.empty() || text.size() >= sizeof buf)
        return std::nullopt;
    std::memcpy(buf, text.data(), text.size());
    buf[text.size()] = '\0';

    in6_addr in{};
    if (inet_pton(AF_INET6, buf, &in) != 1)
        return std::nullopt;
    std::memcpy(a.bytes.data(), in.s6_addr, 16);
    static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    a.v4 = std::memcmp(a.bytes.data(), kMapped, 12) == 0;
    return a;
}

bool IpAddress::isSpecialPurpose() const
{
    if (v4) {
        static constexpr Prefix kSpecial[] = {
            {0x00000000, 8},  // "this network"
            {0x0a000000, 8},  // private
            {0x64400000, 10}, // shared address space (carrier-grade NAT)
            {0x7f000000, 8},  // loopback
            {0xa9fe0000, 16}, // link-local
            {0xac100000, 12}, // private
            {0xc0000000, 24}, // IETF protocol assignments
            {0xc0000200, 24}, // documentation (TEST-NET-1)
            {0xc0a80000, 16}, // private
            {0xc6120000, 15}, // benchmarking
            {0xc6336400, 24}, // documentation (TEST-NET-2)
            {0xcb007100, 24}, // documentation (TEST-NET-3)
            {0xe0000000, 4},  // multicast
            {0xf0000000, 4},  // reserved, limited broadcast
        };
        const std::uint32_t addr = ipv4();
        for (const Prefix &p : kSpecial)
            if (inPrefix(addr, p))
                return true;
        return false;
    }
    // ::/96 holds the unspecified and loopback addresses and the deprecated
    // IPv4-compatible form; 64:ff9b::/96 is NAT64 and 100::/64 discard-only.
    static constexpr std::uint8_t kZero[12] = {};
    if (std::memcmp(bytes.data(), kZero, 12) == 0)
        return true;
    static constexpr std::uint8_t kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    if (std::memcmp(bytes.data(), kNat64, 12) == 0)
        return true;
    static constexpr std::uint8_t kDiscard[8] = {0x01, 0, 0, 0, 0, 0, 0, 0};
    if (std::memcmp(bytes.data(), kDiscard, 8) == 0)
        return true;
    // Prefixes of at most 32 bits, matched against the first 32 bits.
    static constexpr Prefix kSpecial6[] = {
        {0x20010db8, 32}, // documentation
        {0x3fff0000, 20}, // documentation
        {0x20010010, 28}, // ORCHID
        {0x20010020, 28}, // ORCHIDv2
        {0xfc000000, 7},  // unique local
        {0xfe800000, 10}, // link-local
        {0xfec00000, 10}, // site-local (deprecated)
        {0xff000000, 8},  // multicast
    };
    const std::uint32_t top = std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 |
                              std::uint32_t(bytes[2]) << 8 | bytes[3];
    for (const Prefix &p : kSpecial6)
        if (inPrefix(top, p))
            return true;
    return false;
}

std::string IpAddress::toString() const
{
    if (v4) {
        std::string out;
        out.reserve(15);
        for (int i = 12; i < 16; ++i) {
            if (i > 12)
                out.push_back('.');
            const unsigned b = bytes[size_t(i)];
            if (b >= 100)
                out.push_back(char('0' + b / 100));
            if (b >= 10)
                out.push_back(char('0' + b / 10 % 10));
            out.push_back(char('0' + b % 10));
        }
        return out;
    }
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(AF_INET6, bytes.data(), buf, sizeof buf))
        return {};
    return std::string(buf);
}

} // namespace es
