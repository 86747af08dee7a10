#include "aggregate/sessionizer.h"

#include "aggregate/visitorsketch.h"

#include <algorithm>
#include <bit>
#include <tuple>

namespace es {

namespace {

bool closedBefore(const ClosedSession &a, const ClosedSession &b)
{
    return std::tie(a.startMs, a.visitor, a.endMs, a.pageViews, a.explicitId) <
           std::tie(b.startMs, b.visitor, b.endMs, b.pageViews, b.explicitId);
}

} // namespace

// ---- KeyMap ---------------------------------------------------------------------------

std::uint32_t Sessionizer::KeyMap::find(std::uint64_t key) const
{
    if (m_size == 0)
        return kNone;
    const std::size_t mask = m_entries.size() - 1;
    for (std::size_t i = home(key);; i = (i + 1) & mask) {
        const Entry &e = m_entries[i];
        if (e.value == kNone)
            return kNone;
        if (e.key == key)
            return e.value;
    }
}

void Sessionizer::KeyMap::set(std::uint64_t key, std::uint32_t value)
{
    if ((m_size + 1) * 2 > m_entries.size())
        grow();
    const std::size_t mask = m_entries.size() - 1;
    std::size_t i = home(key);
    while (m_entries[i].value != kNone) {
        if (m_entries[i].key == key) {
            m_entries[i].value = value;
            return;
        }
        i = (i + 1) & mask;
    }
    m_entries[i].key = key;
    m_entries[i].value = value;
    ++m_size;
}

void Sessionizer::KeyMap::erase(std::uint64_t key)
{
    if (m_size == 0)
        return;
    const std::size_t mask = m_entries.size() - 1;
    std::size_t i = home(key);
    for (;; i = (i + 1) & mask) {
        if (m_entries[i].value == kNone)
            return;
        if (m_entries[i].key == key)
            break;
    }
    // Backward shift: move later entries of the probe run into the hole when
    // their home slot does not lie between the hole and them.
    std::size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (m_entries[j].value == kNone)
            break;
        const std::size_t k = home(m_entries[j].key);
        const bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (stays)
            continue;
        m_entries[i] = m_entries[j];
        i = j;
    }
    m_entries[i] = Entry{};
    --m_size;
}

void Sessionizer::KeyMap::clear()
{
    m_entries.clear();
    m_size = 0;
    m_shift = 64;
}

void Sessionizer::KeyMap::grow()
{
    std::vector<Entry> old = std::move(m_entries);
    const std::size_t cap = old.empty() ? 64 : old.size() * 2;
    m_entries.assign(cap, Entry{});
    m_shift = 64 - std::countr_zero(cap);
    m_size = 0;
    for (const Entry &e : old)
        if (e.value != kNone)
            set(e.key, e.value);
}

// ---- Sessionizer ----------------------------------------------------------------------

Sessionizer::Sessionizer(Config config) : m_config(config)
{
    m_config.timeoutMs = std::max<std::int64_t>(0, m_config.timeoutMs);
    m_config.windowMs = std::max<std::int64_t>(0, m_config.windowMs);
}

std::int64_t Sessionizer::watermark() const
{
    return m_maxTs == INT64_MIN ? INT64_MIN : m_maxTs - m_config.windowMs;
}

std::int64_t Sessionizer::expiryOf(const Slot &s) const
{
    return (s.flags & kEnded) ? s.lastMs : s.lastMs + m_config.timeoutMs;
}

namespace {

constexpr auto kLater = [](const auto &a, const auto &b) { return a.expiry > b.expiry; };

} // namespace

void Sessionizer::startWheel()
{
    // Live timers lie between the watermark and the newest timestamp plus
    // the timeout, so the wheel covers the timeout plus the window and some
    // slack; a timer further out (a state restored under a shorter
    // configuration) waits in the last bucket and then in the heap.
    const std::int64_t span = (m_config.timeoutMs + m_config.windowMs) >> kWheelGrainBits;
    const std::size_t buckets = std::bit_ceil(std::size_t(std::clamp<std::int64_t>(span + 4, 64, 1 << 20)));
    m_wheel.assign(buckets, {});
    m_wheelNext = watermark() >> kWheelGrainBits; // arithmetic shift: floor
    m_wheelStarted = true;
}

void Sessionizer::pushNear(const HeapEntry &e)
{
    m_heap.push_back(e);
    std::push_heap(m_heap.begin(), m_heap.end(), kLater);
}

void Sessionizer::pushTimer(const HeapEntry &e)
{
    const std::int64_t bucket = e.expiry >> kWheelGrainBits;
    if (bucket < m_wheelNext) {
        pushNear(e);
        return;
    }
    const std::int64_t last = m_wheelNext + std::int64_t(m_wheel.size()) - 1;
    m_wheel[std::size_t(std::min(bucket, last)) & (m_wheel.size() - 1)].push_back(e);
}

std::uint32_t Sessionizer::newSlot(const SessionInput &in, std::uint8_t flags)
{
    std::uint32_t idx;
    if (!m_free.empty()) {
        idx = m_free.back();
        m_free.pop_back();
    } else {
        idx = std::uint32_t(m_slots.size());
        m_slots.emplace_back();
    }
    Slot &s = m_slots[idx];
    s.visitor = in.visitor;
    s.key = (flags & kExplicit) ? in.sessionId : in.visitor;
    s.startMs = s.lastMs = s.attrsTs = in.tsMs;
    s.next = kNone;
    s.flags = std::uint8_t(flags | kLive);
    if (in.kind == SessionInput::Kind::PageView) {
        s.views = 1;
        s.attrs = in.attrs;
        s.flags |= kHasAttrs;
    } else {
        s.views = 0;
        s.attrs = SessionAttributes{};
    }
    ++m_openCount;
    return idx;
}

void Sessionizer::link(KeyMap &map, std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const std::uint32_t head = map.find(s.key);
    if (head == kNone || m_slots[head].startMs > s.startMs) {
        s.next = head;
        map.set(s.key, slot);
        return;
    }
    std::uint32_t prev = head;
    while (m_slots[prev].next != kNone && m_slots[m_slots[prev].next].startMs <= s.startMs)
        prev = m_slots[prev].next;
    s.next = m_slots[prev].next;
    m_slots[prev].next = slot;
}

void Sessionizer::unlink(KeyMap &map, std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const std::uint32_t head = map.find(s.key);
    if (head == slot) {
        if (s.next == kNone)
            map.erase(s.key);
        else
            map.set(s.key, s.next);
    } else {
        std::uint32_t prev = head;
        while (prev != kNone && m_slots[prev].next != slot)
            prev = m_slots[prev].next;
        if (prev != kNone)
            m_slots[prev].next = s.next;
    }
    s.next = kNone;
}

void Sessionizer::freeSlot(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    s.flags = 0;
    ++s.gen;
    m_free.push_back(slot);
    --m_openCount;
}

void Sessionizer::absorb(Slot &into, const Slot &from)
{
    into.views += from.views;
    into.lastMs = std::max(into.lastMs, from.lastMs);
    if (from.startMs < into.startMs)
        into.startMs = from.startMs;
    if ((from.flags & kHasAttrs) && (!(into.flags & kHasAttrs) || from.attrsTs < into.attrsTs)) {
        into.attrs = from.attrs;
        into.attrsTs = from.attrsTs;
        into.flags |= kHasAttrs;
    }
    into.flags |= std::uint8_t(from.flags & kEnded);
}

void Sessionizer::add(const SessionInput &in)
{
    if (in.tsMs > m_maxTs)
        m_maxTs = in.tsMs;
    if (!m_wheelStarted) [[unlikely]]
        startWheel();
    if (in.kind == SessionInput::Kind::PageView)
        addView(in);
    else
        addBoundary(in);
    const std::int64_t wm = watermark();
    if ((wm >> kWheelGrainBits) >= m_wheelNext || (!m_heap.empty() && m_heap.front().expiry < wm))
        closeExpired(wm);
}

void Sessionizer::addView(const SessionInput &in)
{
    const std::int64_t ts = in.tsMs;
    if (ts < watermark())
        ++m_lateViews;

    if (in.sessionId != 0) {
        const std::uint32_t idx = m_bySessionId.find(in.sessionId);
        if (idx == kNone) {
            const std::uint32_t n = newSlot(in, kExplicit);
            link(m_bySessionId, n);
            pushTimer(n);
            return;
        }
        Slot &s = m_slots[idx];
        ++s.views;
        s.startMs = std::min(s.startMs, ts);
        s.lastMs = std::max(s.lastMs, ts);
        if (!(s.flags & kHasAttrs) || ts < s.attrsTs) {
            s.attrs = in.attrs;
            s.attrsTs = ts;
            s.flags |= kHasAttrs;
        }
        return;
    }

    // The visitor's open sessions are sorted by start and more than the
    // timeout apart, so the ones this view touches are consecutive.
    const std::int64_t timeout = m_config.timeoutMs;
    std::uint32_t into = kNone;
    std::uint32_t cur = m_byVisitor.find(in.visitor);
    while (cur != kNone) {
        Slot &s = m_slots[cur];
        const std::uint32_t next = s.next;
        if (s.startMs - timeout > ts)
            break;
        if (ts <= s.lastMs + timeout) {
            if (into == kNone) {
                into = cur;
                ++s.views;
                if (ts < s.startMs) {
                    s.startMs = ts;
                    s.attrs = in.attrs;
                    s.attrsTs = ts;
                }
                s.lastMs = std::max(s.lastMs, ts);
            } else {
                // The view bridges two open sessions: merge the later one.
                absorb(m_slots[into], s);
                unlink(m_byVisitor, cur);
                freeSlot(cur);
            }
        }
        cur = next;
    }
    if (into == kNone) {
        const std::uint32_t n = newSlot(in, 0);
        link(m_byVisitor, n);
        pushTimer(n);
    }
}

void Sessionizer::addBoundary(const SessionInput &in)
{
    if (in.sessionId == 0)
        return; // a boundary names its session; without an id there is nothing to do
    const std::uint32_t idx = m_bySessionId.find(in.sessionId);
    if (in.kind == SessionInput::Kind::SessionStart) {
        if (idx == kNone) {
            const std::uint32_t n = newSlot(in, kExplicit);
            link(m_bySessionId, n);
            pushTimer(n);
        } else {
            Slot &s = m_slots[idx];
            s.startMs = std::min(s.startMs, in.tsMs);
        }
        return;
    }
    if (idx == kNone) {
        ++m_strayEnds;
        return;
    }
    Slot &s = m_slots[idx];
    s.lastMs = std::max(s.lastMs, in.tsMs);
    s.flags |= kEnded;
    // The heap entry may now be later than the session's expiry; closing
    // must not wait for it.
    pushTimer(idx);
}

ClosedSession Sessionizer::toClosed(const Slot &s) const
{
    ClosedSession c;
    c.visitor = s.visitor;
    c.startMs = s.startMs;
    c.endMs = s.lastMs;
    c.pageViews = s.views;
    c.explicitId = (s.flags & kExplicit) != 0;
    c.attrs = (s.flags & kHasAttrs) ? s.attrs : SessionAttributes{};
    return c;
}

void Sessionizer::closeExpired(std::int64_t limit)
{
    // Move the buckets the limit has reached into the heap. After a jump of
    // the watermark by more than the wheel, every bucket is moved once.
    const std::int64_t reached = limit >> kWheelGrainBits;
    if (reached >= m_wheelNext) {
        const std::int64_t n =
            std::min<std::int64_t>(reached - m_wheelNext + 1, std::int64_t(m_wheel.size()));
        for (std::int64_t i = 0; i < n; ++i) {
            std::vector<HeapEntry> &b = m_wheel[std::size_t(m_wheelNext + i) & (m_wheel.size() - 1)];
            m_heap.insert(m_heap.end(), b.begin(), b.end());
            b.clear();
        }
        m_wheelNext = reached + 1;
        std::make_heap(m_heap.begin(), m_heap.end(), kLater);
    }
    const std::size_t first = m_closed.size();
    while (!m_heap.empty() && m_heap.front().expiry < limit) {
        std::pop_heap(m_heap.begin(), m_heap.end(), kLater);
        const HeapEntry e = m_heap.back();
        m_heap.pop_back();
        Slot &s = m_slots[e.slot];
        if (s.gen != e.gen || !(s.flags & kLive))
            continue; // merged or closed since
        const std::int64_t expiry = expiryOf(s);
        if (expiry != e.expiry && expiry >= limit) {
            // Extended since the entry was pushed: wait for the real expiry.
            pushTimer(HeapEntry{expiry, e.slot, e.gen});
            continue;
        }
        if (expiry >= limit)
            continue; // duplicate entry of a session that is still open
        m_closed.push_back(toClosed(s));
        unlink((s.flags & kExplicit) ? m_bySessionId : m_byVisitor, e.slot);
        freeSlot(e.slot);
    }
    std::sort(m_closed.begin() + std::ptrdiff_t(first), m_closed.end(), closedBefore);
}

void Sessionizer::takeClosed(std::vector<ClosedSession> &out)
{
    if (out.empty())
        out.swap(m_closed);
    else
        out.insert(out.end(), m_closed.begin(), m_closed.end());
    m_closed.clear();
}

std::vector<ClosedSession> Sessionizer::openSessions() const
{
    std::vector<ClosedSession> out;
    out.reserve(m_openCount);
    for (const Slot &s : m_slots)
        if (s.flags & kLive)
            out.push_back(toClosed(s));
    std::sort(out.begin(), out.end(), closedBefore);
    return out;
}

void Sessionizer::flushAll()
{
    std::vector<ClosedSession> open = openSessions();
    m_closed.insert(m_closed.end(), open.begin(), open.end());
    const std::vector<ClosedSession> closed = std::move(m_closed);
    const std::int64_t maxTs = m_maxTs, late = m_lateViews, stray = m_strayEnds;
    resetState();
    m_closed = closed;
    m_maxTs = maxTs;
    m_lateViews = late;
    m_strayEnds = stray;
}

void Sessionizer::resetState()
{
    m_slots.clear();
    m_free.clear();
    m_heap.clear();
    m_wheel.clear();
    m_wheelStarted = false;
    m_wheelNext = 0;
    m_byVisitor.clear();
    m_bySessionId.clear();
    m_closed.clear();
    m_openCount = 0;
    m_maxTs = INT64_MIN;
    m_lateViews = 0;
    m_strayEnds = 0;
}

std::size_t Sessionizer::memoryBytes() const
{
    std::size_t wheelBytes = m_wheel.capacity() * sizeof(std::vector<HeapEntry>);
    for (const std::vector<HeapEntry> &b : m_wheel)
        wheelBytes += b.capacity() * sizeof(HeapEntry);
    return m_slots.capacity() * sizeof(Slot) + m_free.capacity() * sizeof(std::uint32_t) +
           m_heap.capacity() * sizeof(HeapEntry) + wheelBytes + m_byVisitor.memoryBytes() +
           m_bySessionId.memoryBytes() + m_closed.capacity() * sizeof(ClosedSession);
}

} // namespace es
