#pragma once
// Active visitors ordered by the time of their next request: a slab of
// visitor records plus a binary heap of (time, sequence, slot). The sequence
// number makes the order total, so equal times pop in the same order with
// every standard library's heap algorithm, which keeps output deterministic.

#include <algorithm>
#include <cstdint>
#include <vector>

namespace es::demo {

template<class Visitor> class VisitorQueue
{
public:
    // A free slot, reused from departed visitors; its content is stale.
    std::uint32_t acquire()
    {
        if (!m_free.empty()) {
            const std::uint32_t slot = m_free.back();
            m_free.pop_back();
            return slot;
        }
        m_slots.emplace_back();
        return static_cast<std::uint32_t>(m_slots.size() - 1);
    }

    void release(std::uint32_t slot) { m_free.push_back(slot); }

    Visitor &operator[](std::uint32_t slot) { return m_slots[slot]; }

    void schedule(std::uint32_t slot, std::int64_t timeMs)
    {
        m_heap.push_back(Entry{timeMs, m_nextSeq++, slot});
        std::push_heap(m_heap.begin(), m_heap.end(), Later{});
        m_peak = std::max(m_peak, m_heap.size());
    }

    bool isEmpty() const { return m_heap.empty(); }
    std::int64_t nextTime() const { return m_heap.front().timeMs; }

    // Removes the earliest entry and returns its slot and time.
    std::uint32_t pop(std::int64_t &timeMs)
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), Later{});
        const std::uint32_t slot = m_heap.back().slot;
        timeMs = m_heap.back().timeMs;
        m_heap.pop_back();
        return slot;
    }

    std::size_t size() const { return m_heap.size(); }
    std::size_t peakSize() const { return m_peak; }

private:
    struct Entry
    {
        std::int64_t timeMs;
        std::uint64_t seq;
        std::uint32_t slot;
    };
    struct Later
    {
        bool operator()(const Entry &a, const Entry &b) const
        {
            return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.seq > b.seq;
        }
    };

    std::vector<Visitor> m_slots;
    std::vector<std::uint32_t> m_free;
    std::vector<Entry> m_heap;
    std::uint64_t m_nextSeq = 0;
    std::size_t m_peak = 0;
};

} // namespace es::demo
