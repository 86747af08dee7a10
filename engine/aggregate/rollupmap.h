#pragma once
// An open-addressing hash map from rollup keys to counters: one flat array,
// linear probing, no per-entry allocation. Parse workers add one record to a
// few of these per line and the merger adds whole maps into each other, so
// this sits on the hottest path of an import; std::unordered_map's node
// allocations cost more than the counting itself.

#include "aggregate/counters.h"

#include <cstdint>
#include <stdexcept>
#include <type_traits>
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

// An open-addressing hash map from rollup keys to values: no node
// allocations, and the entries of one map sit in one array. Values are moved,
// not copied, when the table grows, so they may own memory (visitor sketches).
template<typename Value> class BasicRollupMap
{
    struct Slot
    {
        std::pair<RollupKey, Value> kv;
        bool used = false;
    };

    template<bool Const> class Iter
    {
        using SlotPtr = std::conditional_t<Const, const Slot *, Slot *>;
        using Entry =
            std::conditional_t<Const, const std::pair<RollupKey, Value>, std::pair<RollupKey, Value>>;

    public:
        Iter(SlotPtr p, SlotPtr end) : m_p(p), m_end(end) { skip(); }
        Entry &operator*() const { return m_p->kv; }
        Entry *operator->() const { return &m_p->kv; }
        Iter &operator++()
        {
            ++m_p;
            skip();
            return *this;
        }
        bool operator!=(const Iter &o) const { return m_p != o.m_p; }
        bool operator==(const Iter &o) const { return m_p == o.m_p; }

    private:
        void skip()
        {
            while (m_p != m_end && !m_p->used)
                ++m_p;
        }
        SlotPtr m_p;
        SlotPtr m_end;
    };

public:
    using iterator = Iter<false>;
    using const_iterator = Iter<true>;

    // The entry of `k`, value-initialised when new; true when it is new.
    std::pair<iterator, bool> try_emplace(const RollupKey &k)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        size_t i = hash(k) & m_mask;
        while (m_slots[i].used) {
            if (m_slots[i].kv.first == k)
                return {at(i), false};
            i = (i + 1) & m_mask;
        }
        m_slots[i].used = true;
        m_slots[i].kv.first = k;
        ++m_size;
        return {at(i), true};
    }
    Value &operator[](const RollupKey &k) { return try_emplace(k).first->second; }
    const_iterator find(const RollupKey &k) const
    {
        if (m_size == 0)
            return end();
        for (size_t i = hash(k) & m_mask; m_slots[i].used; i = (i + 1) & m_mask) {
            if (m_slots[i].kv.first == k)
                return const_iterator(m_slots.data() + i, m_slots.data() + m_slots.size());
        }
        return end();
    }
    // The value of `k`, which must be in the map.
    const Value &at(const RollupKey &k) const
    {
        const const_iterator it = find(k);
        if (it == end())
            throw std::out_of_range("BasicRollupMap::at");
        return it->second;
    }

    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }
    // What the entries need at the highest load factor, whatever was reserved.
    size_t usedBytes() const { return m_size * sizeof(Slot) * 4 / 3; }
    bool empty() const { return m_size == 0; }
    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
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

    iterator begin() { return {m_slots.data(), m_slots.data() + m_slots.size()}; }
    iterator end()
    {
        Slot *e = m_slots.data() + m_slots.size();
        return {e, e};
    }
    const_iterator begin() const { return {m_slots.data(), m_slots.data() + m_slots.size()}; }
    const_iterator end() const
    {
        const Slot *e = m_slots.data() + m_slots.size();
        return {e, e};
    }

private:
    static size_t hash(const RollupKey &k) { return rollupKeyHash(k); }
    iterator at(size_t i) { return iterator(m_slots.data() + i, m_slots.data() + m_slots.size()); }
    void grow() { rehash(m_slots.empty() ? 64 : m_slots.size() * 2); }
    void rehash(size_t cap)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots = std::vector<Slot>(cap);
        m_mask = cap - 1;
        m_size = 0;
        for (Slot &s : old) {
            if (!s.used)
                continue;
            size_t i = hash(s.kv.first) & m_mask;
            while (m_slots[i].used)
                i = (i + 1) & m_mask;
            m_slots[i] = std::move(s);
            ++m_size;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

using RollupMap = BasicRollupMap<Counters>;

} // namespace es
