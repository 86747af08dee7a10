#pragma once
// The client addresses of the simulated audience. Human visitors come from a
// few hundred ISP blocks (so addresses cluster like real ones and a geo
// database finds countries for them), about a tenth over IPv6. Each robot
// gets a small block inside its operator's published ranges (Googlebot from
// 66.249.64.0/20, bingbot from 157.55.39.0/24, ...), tools from cloud hosts.

#include "demo/stringpool.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace es::demo {

class UserAgentCatalog;

class IpPool
{
public:
    struct Range
    {
        int first = 0;
        int count = 0;
    };

    IpPool(int size, const UserAgentCatalog &agents, std::uint64_t seed);

    int size() const { return m_addresses.size(); }
    // Indices [0, humanCount()) are human clients.
    int humanCount() const { return m_humanCount; }
    std::string_view address(int i) const { return m_addresses.at(i); }
    // The addresses of the n-th robot in UserAgentCatalog::bots().
    // Empty when the pool is too small to give every robot an address.
    Range botRange(int botOrdinal) const
    {
        const auto i = static_cast<std::size_t>(botOrdinal);
        return i < m_botRanges.size() ? m_botRanges[i] : Range{};
    }

private:
    StringPool m_addresses;
    int m_humanCount = 0;
    std::vector<Range> m_botRanges;
};

} // namespace es::demo
