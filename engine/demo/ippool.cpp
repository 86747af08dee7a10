#include "demo/ippool.h"

#include "demo/rng.h"
#include "demo/useragentcatalog.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <string_view>
#include <unordered_set>

namespace es::demo {

namespace {

// First octets of busy residential and mobile ISP space on every continent.
// Private, shared (100.64/10), link-local and documentation ranges never
// appear because their first octets are not listed.
constexpr std::uint8_t kIspFirstOctets[] = {
    24,  50,  63,  67,  68,  69,  70,  71,  72,  73,  74,  75,  76,  96,  97,  98,  99,  107, 108,
    173, 174, 184, 2,   5,   31,  37,  46,  62,  77,  78,  79,  80,  81,  82,  83,  84,  85,  86,
    87,  88,  89,  90,  91,  92,  93,  94,  95,  109, 176, 178, 188, 212, 213, 217, 1,   14,  27,
    36,  39,  42,  49,  58,  59,  60,  61,  101, 106, 110, 111, 112, 113, 114, 115, 117, 118, 119,
    121, 122, 123, 124, 125, 126, 153, 175, 180, 182, 183, 210, 211, 218, 219, 221, 222, 223, 177,
    179, 181, 186, 187, 189, 190, 191, 200, 201, 41,  102, 105, 154, 196, 197,
};

struct V6Prefix
{
    std::uint16_t first;
    std::uint16_t secondLo;
    std::uint16_t secondHi;
};

// Residential and mobile IPv6 allocations (Germany, France, US, Japan, Brazil, UK).
constexpr V6Prefix kV6Prefixes[] = {
    {0x2a02, 0x8100, 0x810f}, {0x2003, 0x00c0, 0x00ff}, {0x2a01, 0x0cb0, 0x0cbf}, {0x2600, 0x1700, 0x170f},
    {0x2601, 0x0180, 0x01ff}, {0x2607, 0xfb90, 0xfb91}, {0x2409, 0x0010, 0x00ff}, {0x2804, 0x0d40, 0x0d4f},
    {0x2a00, 0x23c0, 0x23cf}, {0x2a0a, 0xef40, 0xef4f},
};

struct V4Block
{
    std::uint8_t a;
    std::uint8_t b;
    std::uint8_t cLo;
    std::uint8_t cHi;
};

struct BotNetwork
{
    std::string_view token; // found in the user agent
    std::array<V4Block, 4> blocks;
    int blockCount;
};

// Published crawler ranges; tools without a listed token come from cloud hosts.
constexpr BotNetwork kBotNetworks[] = {
    {"Googlebot", {{{66, 249, 64, 79}}}, 1},
    {"bingbot", {{{157, 55, 39, 39}, {207, 46, 13, 13}, {40, 77, 167, 167}, {52, 167, 144, 144}}}, 4},
    {"AhrefsBot", {{{54, 36, 148, 149}, {51, 222, 253, 253}}}, 2},
    {"SemrushBot", {{{85, 208, 96, 98}, {185, 191, 171, 171}}}, 2},
    {"YandexBot", {{{5, 255, 231, 231}, {213, 180, 203, 203}, {95, 108, 213, 213}}}, 3},
    {"Baiduspider", {{{116, 179, 32, 32}, {220, 181, 108, 108}}}, 2},
    {"Applebot", {{{17, 241, 75, 75}, {17, 22, 237, 237}}}, 2},
    {"DuckDuckBot", {{{20, 191, 45, 45}, {40, 88, 21, 21}}}, 2},
    {"GPTBot", {{{20, 171, 206, 207}, {52, 230, 152, 152}}}, 2},
    {"ClaudeBot", {{{34, 162, 46, 46}, {3, 19, 27, 27}}}, 2},
    {"MJ12bot", {{{144, 76, 0, 255}}}, 1},
    {"UptimeRobot", {{{216, 144, 248, 250}, {69, 162, 124, 124}}}, 2},
    {"facebookexternalhit", {{{69, 171, 249, 251}, {173, 252, 107, 107}, {66, 220, 149, 149}}}, 3},
    {"Twitterbot", {{{199, 16, 157, 157}, {199, 59, 150, 150}}}, 2},
    {"Slackbot", {{{54, 209, 0, 255}, {3, 85, 0, 255}}}, 2},
    {"", {{{159, 89, 0, 255}, {116, 203, 0, 255}, {51, 75, 0, 255}, {3, 120, 0, 255}}}, 4},
};

const BotNetwork &networkFor(std::string_view agent)
{
    for (const auto &n : kBotNetworks) {
        if (!n.token.empty() && agent.find(n.token) != std::string_view::npos)
            return n;
    }
    return kBotNetworks[std::size(kBotNetworks) - 1];
}

void appendNumber(std::string &out, unsigned value, int base = 10)
{
    char buf[8];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, base);
    out.append(buf, res.ptr);
}

std::string formatV4(std::uint32_t ip)
{
    std::string s;
    for (int shift = 24; shift >= 0; shift -= 8) {
        appendNumber(s, (ip >> shift) & 0xff);
        if (shift)
            s.push_back('.');
    }
    return s;
}

// Lower case and without leading zeros (RFC 5952). Groups are never zero, so
// no "::" compression is due.
std::string formatV6(const std::array<std::uint16_t, 8> &groups)
{
    std::string s;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (i)
            s.push_back(':');
        appendNumber(s, groups[i], 16);
    }
    return s;
}

} // namespace

IpPool::IpPool(int size, const UserAgentCatalog &agents, std::uint64_t seed)
{
    size = std::max(size, 1);
    Rng rng(seed ^ 0x1b873593a5a5a5a5ULL);
    const int botAgents = static_cast<int>(agents.bots().size());
    // Robots use few addresses: about 2% of the pool, at least one each.
    const int botAddresses = botAgents == 0 ? 0 : std::min(std::max(size / 50, botAgents), size / 2);
    m_humanCount = size - botAddresses;
    if (m_humanCount <= 0) {
        m_humanCount = size;
    }

    std::unordered_set<std::uint32_t> usedV4;
    usedV4.reserve(static_cast<std::size_t>(size) * 2);

    // A few hundred ISP /16 blocks: clients of one provider share a prefix.
    const int blockCount = std::max(8, m_humanCount / 40);
    std::vector<std::uint32_t> blocks(static_cast<std::size_t>(blockCount));
    for (auto &b : blocks) {
        const std::uint32_t a =
            kIspFirstOctets[rng.below(static_cast<std::uint32_t>(std::size(kIspFirstOctets)))];
        const std::uint32_t second = rng.below(256);
        b = (a << 24) | (second << 16);
    }

    for (int i = 0; i < m_humanCount; ++i) {
        if (rng.chance(0.10)) {
            const V6Prefix &p = kV6Prefixes[rng.below(static_cast<std::uint32_t>(std::size(kV6Prefixes)))];
            std::array<std::uint16_t, 8> g{};
            g[0] = p.first;
            g[1] = static_cast<std::uint16_t>(rng.between(p.secondLo, p.secondHi));
            for (std::size_t k = 2; k < g.size(); ++k)
                g[k] = static_cast<std::uint16_t>(rng.below(0xffff) + 1);
            m_addresses.add(formatV6(g));
            continue;
        }
        std::uint32_t ip = 0;
        do {
            // One draw per statement: operand evaluation order is unspecified.
            const std::uint32_t block = blocks[rng.below(static_cast<std::uint32_t>(blocks.size()))];
            const std::uint32_t c = rng.below(256);
            const std::uint32_t d = rng.below(254) + 1;
            ip = block | (c << 8) | d;
        } while (!usedV4.insert(ip).second);
        m_addresses.add(formatV4(ip));
    }

    for (int b = 0; b < botAgents && botAddresses > 0; ++b) {
        const int first = m_humanCount + botAddresses * b / botAgents;
        const int end = m_humanCount + botAddresses * (b + 1) / botAgents;
        m_botRanges.push_back(Range{first, end - first});
        const BotNetwork &net = networkFor(agents.at(agents.bots()[static_cast<std::size_t>(b)]).text);
        for (int i = first; i < end; ++i) {
            std::uint32_t ip = 0;
            int attempts = 0;
            do {
                const V4Block &blk = net.blocks[rng.below(static_cast<std::uint32_t>(net.blockCount))];
                const auto c = static_cast<std::uint32_t>(rng.between(blk.cLo, blk.cHi));
                const std::uint32_t d = rng.below(254) + 1;
                ip = (std::uint32_t{blk.a} << 24) | (std::uint32_t{blk.b} << 16) | (c << 8) | d;
            } while (!usedV4.insert(ip).second && ++attempts < 64);
            m_addresses.add(formatV4(ip));
        }
    }
}

} // namespace es::demo
