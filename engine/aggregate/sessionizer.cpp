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

// ---- serialization helpers ----------------------------------------------------------

void putVarint(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char(std::uint8_t(v) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

void putSigned(std::string &out, std::int64_t v)
{
    putVarint(out, (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63));
}

void putFixed64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(char((v >> (8 * i)) & 0xFF));
}

std::uint32_t checksumOf(std::string_view bytes)
{
    return std::uint32_t(VisitorSketch::hashKey(bytes));
}

class Reader
{
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }

    std::uint8_t byte()
    {
        if (m_pos >= m_bytes.size()) {
            m_ok = false;
            return 0;
        }
        return std::uint8_t(m_bytes[m_pos++]);
    }
    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = byte();
            if (!m_ok)
                return 0;
            v |= std::uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    std::int64_t signedVarint()
    {
        const std::uint64_t u = varint();
        return std::int64_t((u >> 1) ^ (~(u & 1) + 1));
    }
    std::uint64_t fixed64()
    {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(byte()) << (8 * i);
        return v;
    }
    void fail() { m_ok = false; }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

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

// ---- state blob -----------------------------------------------------------------------
//
// version byte (1)
// flags byte: bit 0 = a timestamp was seen
// [maxTs: signed varint]                      when bit 0 is set
// lateViews, strayEnds: varint
// open count: varint, then per open session, sorted by (explicit, key, start):
//   flags byte: bit 0 explicit, bit 1 ended, bit 2 has attributes
//   visitor: 8 bytes little-endian; [session id: 8 bytes] when explicit
//   maxTs - start: signed varint; last - start: varint; views: varint
//   [attrsTs - start: varint, attribute ids: signed varints]  with attributes
// closed count: varint, then per closed session in emission order:
//   flags byte: bit 0 explicit, bit 2 has attributes
//   visitor: 8 bytes; maxTs - start: signed varint; end - start: varint; views: varint
//   [attribute ids: signed varints]            with attributes
// checksum: low 32 bits of hashKey() of everything before, little-endian

namespace {

constexpr std::uint8_t kBlobExplicit = 1, kBlobEnded = 2, kBlobAttrs = 4;

// Two's complement arithmetic without overflow, for values read from a blob;
// implausible results are rejected by the caller.
std::int64_t wrapSub(std::int64_t a, std::int64_t b)
{
    return std::int64_t(std::uint64_t(a) - std::uint64_t(b));
}

std::int64_t wrapAdd(std::int64_t a, std::uint64_t b)
{
    return std::int64_t(std::uint64_t(a) + b);
}

void putAttrs(std::string &out, const SessionAttributes &a)
{
    for (std::int64_t id : a.ids)
        putSigned(out, id);
}

SessionAttributes readAttrs(Reader &r)
{
    SessionAttributes a;
    for (std::int64_t &id : a.ids)
        id = r.signedVarint();
    return a;
}

} // namespace

std::string Sessionizer::saveState() const
{
    std::string out;
    out.reserve(16 + m_openCount * 32 + m_closed.size() * 32);
    out.push_back(char(kStateVersion));
    const bool hasMax = m_maxTs != INT64_MIN;
    out.push_back(char(hasMax ? 1 : 0));
    const std::int64_t base = hasMax ? m_maxTs : 0;
    if (hasMax)
        putSigned(out, m_maxTs);
    putVarint(out, std::uint64_t(m_lateViews));
    putVarint(out, std::uint64_t(m_strayEnds));

    std::vector<std::uint32_t> order;
    order.reserve(m_openCount);
    for (std::uint32_t i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].flags & kLive)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Slot &x = m_slots[a], &y = m_slots[b];
        return std::make_tuple(x.flags & kExplicit, x.key, x.startMs) <
               std::make_tuple(y.flags & kExplicit, y.key, y.startMs);
    });
    putVarint(out, order.size());
    for (std::uint32_t i : order) {
        const Slot &s = m_slots[i];
        std::uint8_t f = 0;
        f |= (s.flags & kExplicit) ? kBlobExplicit : 0;
        f |= (s.flags & kEnded) ? kBlobEnded : 0;
        f |= (s.flags & kHasAttrs) ? kBlobAttrs : 0;
        out.push_back(char(f));
        putFixed64(out, s.visitor);
        if (s.flags & kExplicit)
            putFixed64(out, s.key);
        putSigned(out, base - s.startMs);
        putVarint(out, std::uint64_t(s.lastMs - s.startMs));
        putVarint(out, s.views);
        if (s.flags & kHasAttrs) {
            putVarint(out, std::uint64_t(s.attrsTs - s.startMs));
            putAttrs(out, s.attrs);
        }
    }

    putVarint(out, m_closed.size());
    for (const ClosedSession &c : m_closed) {
        const bool hasAttrs = !(c.attrs == SessionAttributes{});
        out.push_back(char((c.explicitId ? kBlobExplicit : 0) | (hasAttrs ? kBlobAttrs : 0)));
        putFixed64(out, c.visitor);
        putSigned(out, base - c.startMs);
        putVarint(out, std::uint64_t(c.endMs - c.startMs));
        putVarint(out, c.pageViews);
        if (hasAttrs)
            putAttrs(out, c.attrs);
    }

    const std::uint32_t sum = checksumOf(out);
    for (int i = 0; i < 4; ++i)
        out.push_back(char((sum >> (8 * i)) & 0xFF));
    return out;
}

bool Sessionizer::restoreState(std::string_view bytes)
{
    if (bytes.size() < 1 + 4)
        return false;
    const std::string_view body = bytes.substr(0, bytes.size() - 4);
    std::uint32_t stored = 0;
    for (int i = 0; i < 4; ++i)
        stored |= std::uint32_t(std::uint8_t(bytes[body.size() + std::size_t(i)])) << (8 * i);
    if (stored != checksumOf(body))
        return false;

    Reader r(body);
    if (r.byte() != kStateVersion)
        return false;
    const std::uint8_t head = r.byte();
    if (head > 1)
        return false;
    const bool hasMax = head == 1;
    const std::int64_t maxTs = hasMax ? r.signedVarint() : INT64_MIN;
    const std::int64_t base = hasMax ? maxTs : 0;
    const std::uint64_t late = r.varint();
    const std::uint64_t stray = r.varint();
    if (!r.ok() || late > std::uint64_t(INT64_MAX) || stray > std::uint64_t(INT64_MAX))
        return false;

    const std::uint64_t openCount = r.varint();
    // Every session takes at least 12 bytes.
    if (!r.ok() || openCount > r.remaining() / 12)
        return false;
    std::vector<Slot> open(openCount);
    for (Slot &s : open) {
        const std::uint8_t f = r.byte();
        if (f & ~(kBlobExplicit | kBlobEnded | kBlobAttrs))
            return false;
        if ((f & kBlobEnded) && !(f & kBlobExplicit))
            return false;
        s.visitor = r.fixed64();
        s.key = (f & kBlobExplicit) ? r.fixed64() : s.visitor;
        s.startMs = wrapSub(base, r.signedVarint());
        const std::uint64_t len = r.varint();
        const std::uint64_t views = r.varint();
        if (!r.ok() || len > std::uint64_t(INT64_MAX / 2) || views > UINT32_MAX)
            return false;
        s.views = std::uint32_t(views);
        s.lastMs = wrapAdd(s.startMs, len);
        if (s.lastMs < s.startMs)
            return false;
        if (hasMax && s.lastMs > maxTs)
            return false;
        s.attrsTs = s.startMs;
        s.flags = kLive;
        s.flags |= (f & kBlobExplicit) ? kExplicit : 0;
        s.flags |= (f & kBlobEnded) ? kEnded : 0;
        if (f & kBlobAttrs) {
            const std::uint64_t at = r.varint();
            if (at > len)
                return false;
            s.attrsTs = wrapAdd(s.startMs, at);
            s.attrs = readAttrs(r);
            s.flags |= kHasAttrs;
        }
        if (!(s.flags & kExplicit) && s.views == 0)
            return false;
        if (!r.ok())
            return false;
    }
    if (!hasMax && !open.empty())
        return false;

    const std::uint64_t closedCount = r.varint();
    if (!r.ok() || closedCount > r.remaining() / 12)
        return false;
    std::vector<ClosedSession> closed(closedCount);
    for (ClosedSession &c : closed) {
        const std::uint8_t f = r.byte();
        if (f & ~(kBlobExplicit | kBlobAttrs))
            return false;
        c.explicitId = (f & kBlobExplicit) != 0;
        c.visitor = r.fixed64();
        c.startMs = wrapSub(base, r.signedVarint());
        const std::uint64_t len = r.varint();
        const std::uint64_t views = r.varint();
        if (!r.ok() || len > std::uint64_t(INT64_MAX / 2) || views > UINT32_MAX)
            return false;
        c.endMs = wrapAdd(c.startMs, len);
        if (c.endMs < c.startMs)
            return false;
        c.pageViews = std::uint32_t(views);
        if (f & kBlobAttrs)
            c.attrs = readAttrs(r);
        if (!r.ok())
            return false;
    }
    if (!r.atEnd())
        return false;

    // saveState() writes the open sessions strictly sorted by (explicit, key,
    // start), with one open session per session id.
    for (std::size_t i = 1; i < open.size(); ++i) {
        const Slot &a = open[i - 1], &b = open[i];
        const int ea = a.flags & kExplicit, eb = b.flags & kExplicit;
        if (std::make_tuple(ea, a.key, a.startMs) >= std::make_tuple(eb, b.key, b.startMs))
            return false;
        if (ea && eb && a.key == b.key)
            return false;
    }

    resetState();
    m_maxTs = maxTs;
    m_lateViews = std::int64_t(late);
    m_strayEnds = std::int64_t(stray);
    if (hasMax)
        startWheel();
    m_slots.reserve(open.size());
    for (const Slot &s : open) {
        const std::uint32_t idx = std::uint32_t(m_slots.size());
        m_slots.push_back(s);
        ++m_openCount;
        link((s.flags & kExplicit) ? m_bySessionId : m_byVisitor, idx);
        pushTimer(idx);
    }
    m_closed = std::move(closed);
    return true;
}

} // namespace es
