#pragma once
// Many short immutable strings (addresses, paths, user agents) packed into one
// buffer. Keeps the pools compact and the lookups cache-friendly compared with
// thousands of separately allocated std::string objects.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace es::demo {

class StringPool
{
public:
    int add(std::string_view s)
    {
        m_data.append(s);
        m_ends.push_back(static_cast<std::uint32_t>(m_data.size()));
        return static_cast<int>(m_ends.size()) - 1;
    }

    std::string_view at(int i) const
    {
        const auto idx = static_cast<std::size_t>(i);
        const std::uint32_t begin = idx == 0 ? 0 : m_ends[idx - 1];
        return std::string_view(m_data).substr(begin, m_ends[idx] - begin);
    }

    int size() const { return static_cast<int>(m_ends.size()); }

private:
    std::string m_data;
    std::vector<std::uint32_t> m_ends;
};

} // namespace es::demo
