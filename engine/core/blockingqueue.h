#pragma once
// A bounded multi-producer multi-consumer queue for the ingest pipeline.
// push() blocks while full (back-pressure), pop() blocks while empty; close()
// wakes everyone and makes pop() return nullopt once drained.

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace es {

template<typename T> class BlockingQueue
{
public:
    explicit BlockingQueue(size_t capacity) : m_capacity(capacity) {}

    bool push(T value)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(value));
        m_notEmpty.notify_one();
        return true;
    }

    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T v = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return v;
    }

    // Like pop(), without waiting: nullopt when nothing is queued.
    std::optional<T> tryPop()
    {
        std::lock_guard lock(m_mutex);
        if (m_items.empty())
            return std::nullopt;
        T v = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return v;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<T> m_items;
    size_t m_capacity;
    bool m_closed = false;
};

} // namespace es
