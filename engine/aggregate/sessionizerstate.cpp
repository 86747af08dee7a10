// The sessionizer's saved state: what it writes with saveState() and reads
// back with restoreState(), in a versioned, checksummed blob.

#include "aggregate/sessionizer.h"
#include "aggregate/visitorsketchcodec.h"

#include <algorithm>
#include <bit>
#include <tuple>

namespace es {

namespace {

using sketchdetail::checksumOf;
using sketchdetail::putVarint;

// ---- serialization helpers ----------------------------------------------------------

void putSigned(std::string &out, std::int64_t v)
{
    putVarint(out, (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63));
}

void putFixed64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(char((v >> (8 * i)) & 0xFF));
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
