// VisitorSketch's serialized form.

#include "aggregate/visitorsketchcodec.h"

#include "aggregate/visitorsketch.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace es {

using namespace sketchdetail;

namespace {

// The exact form of a set of distinct hashes given in ascending order.
std::string encodeExact(const std::vector<std::uint64_t> &hashes)
{
    std::string out;
    out.push_back(char(VisitorSketch::kFormatVersion));
    out.push_back(char(KindExact));
    putVarint(out, hashes.size());
    const int k = riceParameter(hashes.size(), 64);
    BitWriter w(out, hashes.size() * std::uint64_t(k + 3) + 8 * kChecksumBytes);
    for (std::size_t i = 0; i < hashes.size(); ++i)
        w.rice(i == 0 ? hashes[0] : hashes[i] - hashes[i - 1] - 1, k);
    w.finish();
    appendChecksum(out);
    return out;
}

// The checked body of a serialized sketch (without its checksum) and its
// kind, or false for bytes serialize() did not produce.
bool checkedBody(std::string_view bytes, std::string_view &body, unsigned &kind)
{
    if (bytes.size() < 2 + kChecksumBytes)
        return false;
    body = bytes.substr(0, bytes.size() - kChecksumBytes);
    std::uint32_t stored = 0;
    for (std::size_t i = 0; i < kChecksumBytes; ++i)
        stored |= std::uint32_t(static_cast<unsigned char>(bytes[body.size() + i])) << (8 * i);
    if (stored != checksumOf(body) || static_cast<unsigned char>(body[0]) != VisitorSketch::kFormatVersion)
        return false;
    kind = static_cast<unsigned char>(body[1]);
    return true;
}

// Calls fn(hash) for the hashes of an exact body, in ascending order; false
// when the body is not a valid exact sketch (fn may have been called).
template<class Fn> bool forEachExactHash(std::string_view body, Fn &&fn)
{
    std::size_t pos = 2;
    const std::optional<std::uint64_t> n = getVarint(body, pos);
    if (!n || *n > VisitorSketch::kExactLimit)
        return false;
    const int k = riceParameter(*n, 64);
    const std::uint64_t quotientLimit = k >= 64 ? 0 : (~std::uint64_t(0)) >> k;
    BitReader r(body.substr(pos));
    std::uint64_t prev = 0;
    for (std::uint64_t i = 0; i < *n; ++i) {
        const std::uint64_t q = r.unary(quotientLimit);
        const std::uint64_t low = r.bits(k);
        if (r.failed())
            return false;
        const std::uint64_t gap = (k >= 64 ? 0 : q << k) | low;
        std::uint64_t h = gap;
        if (i > 0) {
            if (prev == std::numeric_limits<std::uint64_t>::max() ||
                gap > std::numeric_limits<std::uint64_t>::max() - prev - 1)
                return false;
            h = prev + 1 + gap;
        }
        prev = h;
        fn(h);
    }
    return r.atCleanEnd();
}

} // namespace

// ---- serialization -----------------------------------------------------------------
//
// byte 0: kFormatVersion; byte 1: kind; then
//   exact:  varint n (0..kExactLimit); n Rice codes of the sorted hashes' gaps
//           (first hash, then difference - 1), parameter riceParameter(n, 64)
//   sparse: precision; varint c (non-zero registers); c times: Rice code of the
//           index gap (first index, then difference - 1), parameter
//           riceParameter(c, precision), and value - 1 in unary
//   dense:  precision; base b; per register a 4-bit code: value - b when
//           within 0..14, else 15 followed by the value in 6 bits
// The bit streams end on a byte boundary with zero padding. The last four bytes
// are the low 32 bits of hashKey() of everything before them, little-endian.

std::string VisitorSketch::serialize() const
{
    std::string out;
    out.push_back(char(kFormatVersion));
    if (isExact())
        return encodeExact(sortedHashes());

    // Both HyperLogLog encodings are sized; the smaller is written.
    const std::array<std::uint32_t, kMaxRank + 1> histogram = histogramOf(m_registers);
    int base = 0;
    std::uint64_t inWindowBest = 0;
    for (int b = 0; b <= kMaxRank; ++b) {
        std::uint64_t inWindow = 0;
        for (int v = b; v < b + kDenseWindow && v <= kMaxRank; ++v)
            inWindow += histogram[std::size_t(v)];
        if (inWindow > inWindowBest) {
            inWindowBest = inWindow;
            base = b;
        }
    }
    const std::uint64_t denseBits =
        4 * std::uint64_t(kRegisterCount) + kRankBits * (kRegisterCount - inWindowBest);
    const std::uint64_t denseBytes = 2 + (denseBits + 7) / 8;

    // Sparse: per set register, the Rice code of the gap ((gap >> k) + 1 + k
    // bits) and value bits. The gaps sum to less than m - c, which bounds
    // the size from both sides; only a close call needs the exact sum.
    const std::uint32_t nonZero = kRegisterCount - histogram[0];
    const int k = riceParameter(nonZero, kPrecision);
    std::string varint;
    putVarint(varint, nonZero);
    std::uint64_t sparseFixedBits = std::uint64_t(nonZero) * std::uint64_t(1 + k);
    for (std::size_t v = 1; v < histogram.size(); ++v)
        sparseFixedBits += v * histogram[v];
    auto sparseBytes = [&](std::uint64_t bits) { return 1 + varint.size() + (bits + 7) / 8; };
    bool sparse = sparseBytes(sparseFixedBits + ((kRegisterCount - nonZero) >> k)) < denseBytes;
    const std::uint8_t *const registers = m_registers.data();
    if (!sparse && sparseBytes(sparseFixedBits) < denseBytes) {
        std::uint64_t quotients = 0;
        std::int64_t prev = -1;
        forEachSetRegister(registers, [&](std::uint32_t i, std::uint8_t) {
            quotients += std::uint64_t(std::int64_t(i) - prev - 1) >> k;
            prev = i;
        });
        sparse = sparseBytes(sparseFixedBits + quotients) < denseBytes;
    }

    out.push_back(char(sparse ? KindSparse : KindDense));
    out.push_back(char(kPrecision));
    if (sparse) {
        out += varint;
        BitWriter w(out, sparseFixedBits + ((kRegisterCount - nonZero) >> k) + 8 * kChecksumBytes);
        std::int64_t prev = -1;
        forEachSetRegister(registers, [&](std::uint32_t i, std::uint8_t r) {
            const std::uint64_t gap = std::uint64_t(std::int64_t(i) - prev - 1);
            const std::uint64_t q = gap >> k;
            const std::uint64_t length = q + 1 + std::uint64_t(k) + r;
            if (length <= 32) {
                // Gap quotient in unary, gap low bits, value - 1 in unary.
                w.put(lowMask(int(q)) | ((gap & lowMask(k)) << (q + 1)) |
                          (lowMask(r - 1) << (q + 1 + std::uint64_t(k))),
                      int(length));
            } else {
                w.rice(gap, k);
                w.unary(r - 1u);
            }
            prev = i;
        });
        w.finish();
    } else {
        out.push_back(char(base));
        BitWriter w(out, denseBits + 8 * kChecksumBytes);
        for (std::uint32_t i = 0; i < kRegisterCount; ++i) {
            const std::uint8_t r = registers[i];
            const unsigned code = unsigned(r - base);
            if (code < unsigned(kDenseWindow))
                w.put(code, 4);
            else
                w.put(kDenseEscape | (unsigned(r) << 4), 4 + kRankBits);
        }
        w.finish();
    }
    appendChecksum(out);
    return out;
}

std::optional<VisitorSketch> VisitorSketch::deserialize(std::string_view bytes)
{
    std::string_view body;
    unsigned kind = 0;
    if (!checkedBody(bytes, body, kind))
        return std::nullopt;
    std::size_t pos = 2;
    VisitorSketch s;

    if (kind == KindExact) {
        std::size_t p = 2;
        const std::optional<std::uint64_t> n = getVarint(body, p);
        if (!n || *n > kExactLimit)
            return std::nullopt;
        if (*n > 0) {
            std::size_t capacity = 4;
            while (capacity * 3 < *n * 4)
                capacity *= 2;
            s.m_slots.assign(capacity, 0);
            s.m_shift = std::uint8_t(64 - std::countr_zero(capacity));
        }
        const std::size_t mask = s.m_slots.size() - 1;
        const bool valid = forEachExactHash(body, [&](std::uint64_t h) {
            if (h == 0) {
                s.m_hasZero = true;
            } else {
                std::size_t slot = std::size_t(h >> s.m_shift);
                while (s.m_slots[slot] != 0)
                    slot = (slot + 1) & mask;
                s.m_slots[slot] = h;
            }
            ++s.m_count;
        });
        if (!valid)
            return std::nullopt;
        if (s.m_count == (s.m_hasZero ? 1u : 0u)) {
            std::vector<std::uint64_t>().swap(s.m_slots); // only a zero hash: no table, as add() keeps it
            s.m_shift = 64;
        }
        return s;
    }

    if (kind != KindSparse && kind != KindDense)
        return std::nullopt;
    if (pos >= body.size() || static_cast<unsigned char>(body[pos++]) != kPrecision)
        return std::nullopt;
    s.m_registers.assign(kRegisterCount, 0);
    std::uint8_t *const registers = s.m_registers.data();

    if (kind == KindSparse) {
        const std::optional<std::uint64_t> c = getVarint(body, pos);
        if (!c || *c == 0 || *c > kRegisterCount)
            return std::nullopt;
        const int k = riceParameter(*c, kPrecision);
        BitReader r(body.substr(pos));
        std::uint64_t next = 0; // lowest index the next register may have
        for (std::uint64_t i = 0; i < *c; ++i) {
            const std::uint64_t q = r.unary(kRegisterCount >> k);
            const std::uint64_t low = r.bits(k);
            const std::uint64_t rank = r.unary(kMaxRank - 1) + 1;
            if (r.failed())
                return std::nullopt;
            const std::uint64_t index = next + ((q << k) | low);
            if (index >= kRegisterCount)
                return std::nullopt;
            registers[index] = std::uint8_t(rank);
            next = index + 1;
        }
        if (!r.atCleanEnd())
            return std::nullopt;
        return s;
    }

    if (pos >= body.size())
        return std::nullopt;
    const int base = static_cast<unsigned char>(body[pos++]);
    if (base > kMaxRank)
        return std::nullopt;
    BitReader r(body.substr(pos));
    int highest = 0;
    std::uint32_t i = 0;
    while (i < kRegisterCount) {
        // Eight codes at once when none of them escapes.
        std::uint32_t w;
        if (i + 8 <= kRegisterCount && r.peek32(w) &&
            (w & (w >> 1) & (w >> 2) & (w >> 3) & 0x11111111u) == 0) {
            for (int j = 0; j < 8; ++j) {
                const int value = base + int((w >> (4 * j)) & 15);
                registers[i + std::uint32_t(j)] = std::uint8_t(value);
                highest = std::max(highest, value);
            }
            r.skip32();
            i += 8;
            continue;
        }
        const int code = int(r.bits(4));
        int value = base + code;
        if (code == kDenseEscape) {
            value = int(r.bits(kRankBits));
            if (value >= base && value < base + kDenseWindow)
                return std::nullopt; // would have had a code
        }
        if (r.failed())
            return std::nullopt;
        registers[i++] = std::uint8_t(value);
        highest = std::max(highest, value);
    }
    const bool anySet = highest > 0;
    if (highest > kMaxRank)
        return std::nullopt;
    if (!r.atCleanEnd() || !anySet)
        return std::nullopt;
    return s;
}

std::optional<std::string> VisitorSketch::unionOfSerialized(std::string_view a, std::string_view b)
{
    std::string_view bodyA, bodyB;
    unsigned kindA = 0, kindB = 0;
    if (!checkedBody(a, bodyA, kindA) || !checkedBody(b, bodyB, kindB))
        return std::nullopt;
    if (kindA == KindExact && kindB == KindExact) {
        // Both are sorted lists: merge them as such, without hash tables.
        std::vector<std::uint64_t> x, y;
        x.reserve(kExactLimit);
        if (!forEachExactHash(bodyA, [&](std::uint64_t h) { x.push_back(h); }))
            return std::nullopt;
        y.reserve(x.size());
        if (!forEachExactHash(bodyB, [&](std::uint64_t h) { y.push_back(h); }))
            return std::nullopt;
        std::vector<std::uint64_t> merged(x.size() + y.size());
        merged.erase(std::set_union(x.begin(), x.end(), y.begin(), y.end(), merged.begin()), merged.end());
        if (merged.size() <= kExactLimit)
            return encodeExact(merged);
    }
    std::optional<VisitorSketch> sa = deserialize(a);
    std::optional<VisitorSketch> sb = sa ? deserialize(b) : std::nullopt;
    if (!sb)
        return std::nullopt;
    if (sa->isExact() && !sb->isExact())
        std::swap(*sa, *sb);
    sa->merge(*sb);
    return sa->serialize();
}

} // namespace es
