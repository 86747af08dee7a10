#pragma once
// An open-addressing hash map from rollup keys to counters: one flat array,
// linear probing, no per-entry allocation. Parse workers add one record to a
// few of these per line and the merger adds whole maps into each other, so
// this sits on the hottest path of an import; std::unordered_map's node
// allocations cost more than the counting itself.

#include "aggregate/counters.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace es {

struct RollupKey
{
    std::int16_t grp = 0;    // schema::Group
    std::uint8_t bot = 0;    // 1 for bots (every row is split by bot)
    std::uint8_t unused = 0; // padding, always 0
    std::int32_t d2 = 0;     // second dimension of combined groups, else 0
    std::int64_t bucket = 0; // UTC seconds of the minute, local hour or local day start
    std::int64_t d1 = 0;     // status code, or a StringTable id of the group's dimension

    RollupKey() = default;
    RollupKey(int g, std::int64_t b, std::int64_t v1, int v2 = 0, bool isBot = false)
        : grp(std::int16_t(g)), bot(isBot ? 1 : 0), d2(v2), bucket(b), d1(v1)
    {}
    bool operator==(const RollupKey &) const = default;
    // The order of the tables' primary key (grp, bucket, d1, d2, bot).
    bool operator<(const RollupKey &o) const
    {
        if (grp != o.grp)
            return grp < o.grp;
        if (bucket != o.bucket)
            return bucket < o.bucket;
        if (d1 != o.d1)
            return d1 < o.d1;
        if (d2 != o.d2)
            return d2 < o.d2;
        return bot < o.bot;
    }
};

inline size_t rollupKeyHash(const RollupKey &k)
{
    std::uint64_t h = std::uint64_t(k.bucket) * 0x9E3779B97F4A7C15ULL;
    h ^= (std::uint64_t(k.d1) + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
    h ^= (std::uint64_t(std::uint16_t(k.grp)) | std::uint64_t(k.bot) << 16 |
          std::uint64_t(std::uint32_t(k.d2)) << 24) *
         0x165667B19E3779F9ULL;
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ULL;
    return size_t(h ^ (h >> 32));
}

struct RollupKeyHash
{
    size_t operator()(const RollupKey &k) const noexcept { return rollupKeyHash(k); }
};

// An open-addressing hash map from rollup keys to additive values: no node
// allocations, and the entries of one map sit in one array.
template<typename Value> class BasicRollupMap
{
    struct Slot
    {
        RollupKey key;
        Value counters;
        bool used = false;
    };

public:
    Value &operator[](const RollupKey &k)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        size_t i = hash(k) & m_mask;
        while (m_slots[i].used) {
            if (m_slots[i].key == k)
                return m_slots[i].counters;
            i = (i + 1) & m_mask;
        }
        m_slots[i].used = true;
        m_slots[i].key = k;
        ++m_size;
        return m_slots[i].counters;
    }

    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }
    // What the entries need at the highest load factor, whatever was reserved.
    size_t usedBytes() const { return m_size * sizeof(Slot) * 4 / 3; }
    bool empty() const { return m_size == 0; }
    void clear()
    {
        m_slots.clear();
        m_mask = 0;
        m_size = 0;
    }
    void reserve(size_t n)
    {
        size_t cap = m_slots.empty() ? 64 : m_slots.size();
        while (cap * 3 < n * 4)
            cap *= 2;
        if (cap > m_slots.size())
            rehash(cap);
    }

    class const_iterator
    {
    public:
        const_iterator(const Slot *p, const Slot *end) : m_p(p), m_end(end) { skip(); }
        std::pair<const RollupKey &, const Value &> operator*() const { return {m_p->key, m_p->counters}; }
        const_iterator &operator++()
        {
            ++m_p;
            skip();
            return *this;
        }
        bool operator!=(const const_iterator &o) const { return m_p != o.m_p; }

    private:
        void skip()
        {
            while (m_p != m_end && !m_p->used)
                ++m_p;
        }
        const Slot *m_p;
        const Slot *m_end;
    };
    const_iterator begin() const { return {m_slots.data(), m_slots.data() + m_slots.size()}; }
    const_iterator end() const
    {
        const Slot *e = m_slots.data() + m_slots.size();
        return {e, e};
    }

private:
    static size_t hash(const RollupKey &k) { return rollupKeyHash(k); }
    void grow() { rehash(m_slots.empty() ? 64 : m_slots.size() * 2); }
    void rehash(size_t cap)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(cap, Slot{});
        m_mask = cap - 1;
        m_size = 0;
        for (const Slot &s : old) {
            if (!s.used)
                continue;
            size_t i = hash(s.key) & m_mask;
            while (m_slots[i].used)
                i = (i + 1) & m_mask;
            m_slots[i] = s;
            ++m_size;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

using RollupMap = BasicRollupMap<Counters>;

} // namespace es
