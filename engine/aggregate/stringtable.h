#pragma once
// Interns strings to dense local ids. Each partial aggregate owns one table
// per dimension, so the hot loop hashes a string_view once per line and
// allocates only for the first occurrence of a value.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace es {

class StringTable
{
public:
    int intern(std::string_view s)
    {
        auto it = m_index.find(s);
        if (it != m_index.end())
            return it->second;
        const int id = int(m_values.size());
        m_values.emplace_back(s);
        m_index.emplace(m_values.back(), id);
        return id;
    }
    const std::string &value(int id) const { return m_values[size_t(id)]; }
    int size() const { return int(m_values.size()); }
    void clear()
    {
        m_index.clear();
        m_values.clear();
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    struct Eq
    {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
    };
    // Values live in a deque-like vector of std::string; the index keys are
    // copies so vector growth never invalidates them.
    std::unordered_map<std::string, int, Hash, Eq> m_index;
    std::vector<std::string> m_values;
};

} // namespace es
