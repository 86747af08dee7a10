#pragma once
// Interns strings to dense local ids. Each partial aggregate owns one table
// per dimension, so the hot loop hashes a string_view once per line and
// allocates only for the first occurrence of a value.

#include <array>
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
        // Runs of the same value (an HTTP method, one site) skip the hash.
        if (m_last >= 0 && m_values[size_t(m_last)] == s)
            return m_last;
        auto it = m_index.find(s);
        if (it != m_index.end())
            return m_last = it->second;
        const int id = int(m_values.size());
        m_values.emplace_back(s);
        m_index.emplace(m_values.back(), id);
        return m_last = id;
    }

    // For strings that usually live at the same address (for example results
    // in the user-agent cache): found again by address and a plain compare,
    // without hashing. Correct for any string; fast for stable ones.
    int internStable(std::string_view s)
    {
        const size_t slot = (reinterpret_cast<std::uintptr_t>(s.data()) >> 4) & (kStableSlots - 1);
        StableSlot &e = m_stable[slot];
        if (e.data == s.data() && e.size == s.size() && m_values[size_t(e.id)] == s)
            return e.id;
        const int id = intern(s);
        e = {s.data(), s.size(), id};
        return id;
    }
    const std::string &value(int id) const { return m_values[size_t(id)]; }
    int size() const { return int(m_values.size()); }
    void clear()
    {
        m_index.clear();
        m_values.clear();
        m_last = -1;
        m_stable.fill({});
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
    int m_last = -1;
    struct StableSlot
    {
        const char *data = nullptr;
        size_t size = 0;
        int id = -1;
    };
    static constexpr size_t kStableSlots = 256;
    std::array<StableSlot, kStableSlots> m_stable{};
};

} // namespace es
