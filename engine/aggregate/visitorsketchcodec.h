#pragma once
// Building blocks of VisitorSketch's serialized form (visitorsketchcodec.cpp):
// bit streams, varints, Rice parameters, the checksum and a fast walk over
// the registers. Internal to the sketch.

#include "aggregate/visitorsketch.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::sketchdetail {

inline std::uint64_t read64(const unsigned char *p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

inline std::uint64_t lowMask(int k)
{
    return k >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << k) - 1;
}

// ---- bit streams -------------------------------------------------------------
// Bits are packed least significant first; the last byte is padded with zeros.

// Grows a BitWriter's buffer; out of line so that the writer's state can live
// in registers.
[[gnu::noinline]] inline unsigned char *growBuffer(std::string &out, std::size_t &capacity)
{
    out.resize(out.size() * 2 + 64);
    capacity = out.size();
    return reinterpret_cast<unsigned char *>(out.data());
}

class BitWriter
{
public:
    // Appends to `out`; expectedBits sizes the buffer, which grows if needed.
    BitWriter(std::string &out, std::uint64_t expectedBits) : m_out(out), m_pos(out.size())
    {
        m_out.resize(m_pos + std::size_t(expectedBits / 8) + 8);
        m_data = reinterpret_cast<unsigned char *>(m_out.data());
        m_capacity = m_out.size();
    }
    // n <= 32, value < 2^n
    [[gnu::always_inline]] void put(std::uint64_t value, int n)
    {
        m_acc |= value << m_fill;
        m_fill += n;
        if (m_fill >= 32) {
            if (m_pos + 4 > m_capacity) [[unlikely]]
                m_data = growBuffer(m_out, m_capacity);
            unsigned char *p = m_data + m_pos;
            p[0] = static_cast<unsigned char>(m_acc);
            p[1] = static_cast<unsigned char>(m_acc >> 8);
            p[2] = static_cast<unsigned char>(m_acc >> 16);
            p[3] = static_cast<unsigned char>(m_acc >> 24);
            m_pos += 4;
            m_acc >>= 32;
            m_fill -= 32;
        }
    }
    [[gnu::always_inline]] void bits(std::uint64_t value, int n) // n <= 64
    {
        if (n > 32) {
            put(value & 0xFFFFFFFFu, 32);
            value >>= 32;
            n -= 32;
        }
        put(value & lowMask(n), n);
    }
    // n ones and a zero.
    [[gnu::always_inline]] void unary(std::uint64_t n)
    {
        for (; n >= 32; n -= 32)
            put(0xFFFFFFFFu, 32);
        put(lowMask(int(n)), int(n) + 1);
    }
    // Unary quotient, then the k low bits.
    [[gnu::always_inline]] void rice(std::uint64_t value, int k)
    {
        const std::uint64_t q = value >> k;
        if (q + 1 + std::uint64_t(k) <= 32) {
            put(lowMask(int(q)) | ((value & lowMask(k)) << (q + 1)), int(q) + 1 + k);
            return;
        }
        unary(q);
        bits(value & lowMask(k), k);
    }
    [[gnu::always_inline]] void finish()
    {
        for (; m_fill > 0; m_fill -= std::min(m_fill, 8)) {
            if (m_pos >= m_capacity)
                m_data = growBuffer(m_out, m_capacity);
            m_data[m_pos++] = static_cast<unsigned char>(m_acc);
            m_acc >>= 8;
        }
        m_acc = 0;
        m_out.resize(m_pos);
    }

private:
    std::string &m_out;
    unsigned char *m_data;
    std::size_t m_capacity;
    std::size_t m_pos;
    std::uint64_t m_acc = 0; // pending bits; m_fill < 32 between calls
    int m_fill = 0;
};

class BitReader
{
public:
    explicit BitReader(std::string_view in) : m_in(in) {}
    bool failed() const { return m_failed; }
    [[gnu::always_inline]] std::uint64_t bits(int n) // n <= 64
    {
        if (n > 32) {
            const std::uint64_t low = take(32);
            return low | (take(n - 32) << 32);
        }
        return take(n);
    }
    // Counts ones up to the terminating zero; fails beyond `limit` ones.
    [[gnu::always_inline]] std::uint64_t unary(std::uint64_t limit)
    {
        std::uint64_t q = 0;
        for (;;) {
            if (m_avail == 0) {
                refill();
                if (m_avail == 0) {
                    m_failed = true;
                    return 0;
                }
            }
            // Bits above m_avail are zero, so the run never passes them.
            const int run = std::countr_one(m_buf);
            q += std::uint64_t(run);
            if (run < m_avail) {
                consume(run + 1);
                break;
            }
            consume(run);
            if (q > limit)
                break;
        }
        if (q > limit)
            m_failed = true;
        return q;
    }
    // The next 32 bits, when that many are left; skip32() consumes them.
    [[gnu::always_inline]] bool peek32(std::uint32_t &out)
    {
        if (m_avail < 32)
            refill();
        if (m_avail < 32)
            return false;
        out = std::uint32_t(m_buf);
        return true;
    }
    [[gnu::always_inline]] void skip32() { consume(32); }
    // True when every byte was read and only zero padding, less than a byte
    // of it, is left.
    bool atCleanEnd()
    {
        refill();
        return !m_failed && m_next == m_in.size() && m_avail < 8 && m_buf == 0;
    }

private:
    [[gnu::always_inline]] void refill()
    {
        while (m_avail <= 56 && m_next < m_in.size()) {
            m_buf |= std::uint64_t(static_cast<unsigned char>(m_in[m_next++])) << m_avail;
            m_avail += 8;
        }
    }
    [[gnu::always_inline]] void consume(int n) // n <= m_avail
    {
        m_buf = n >= 64 ? 0 : m_buf >> n;
        m_avail -= n;
    }
    [[gnu::always_inline]] std::uint64_t take(int n) // n <= 32
    {
        if (m_avail < n) {
            refill();
            if (m_avail < n) {
                m_failed = true;
                return 0;
            }
        }
        const std::uint64_t v = m_buf & lowMask(n);
        consume(n);
        return v;
    }

    std::string_view m_in;
    std::size_t m_next = 0;  // next byte to load
    std::uint64_t m_buf = 0; // loaded, unread bits, least significant first
    int m_avail = 0;
    bool m_failed = false;
};

inline void putVarint(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

// Canonical LEB128 of at most 5 bytes (values below 2^35).
inline std::optional<std::uint64_t> getVarint(std::string_view in, std::size_t &pos)
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (pos >= in.size())
            return std::nullopt;
        const unsigned byte = static_cast<unsigned char>(in[pos++]);
        v |= std::uint64_t(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) {
            if (byte == 0 && shift > 0)
                return std::nullopt; // overlong
            return v;
        }
    }
    return std::nullopt;
}

// Rice parameter for `count` values spread over 2^universeBits:
// floor(log2(2^universeBits / count)), clamped to [0, 63].
inline int riceParameter(std::uint64_t count, int universeBits)
{
    if (count <= 1)
        return std::min(universeBits, 63);
    const int floorLog = std::bit_width(count) - 1;
    const int k = universeBits - floorLog - (std::has_single_bit(count) ? 0 : 1);
    return std::clamp(k, 0, 63);
}

enum Kind : std::uint8_t { KindExact = 0, KindSparse = 1, KindDense = 2 };
constexpr std::size_t kChecksumBytes = 4;
constexpr int kDenseWindow = 15; // codes 0..14 are base + code, 15 escapes
constexpr int kDenseEscape = 15;
constexpr int kRankBits = 6;
static_assert(VisitorSketch::kMaxRank < (1 << kRankBits));

inline std::uint32_t checksumOf(std::string_view bytes)
{
    return std::uint32_t(VisitorSketch::hashKey(bytes));
}

inline void appendChecksum(std::string &out)
{
    const std::uint32_t c = checksumOf(out);
    for (int i = 0; i < 4; ++i)
        out.push_back(char((c >> (8 * i)) & 0xFF));
}

// Calls fn(index, value) for every non-zero register, in index order, looking
// at eight registers at a time.
template<class Fn> void forEachSetRegister(const std::uint8_t *registers, Fn &&fn)
{
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    for (std::uint32_t base = 0; base < VisitorSketch::kRegisterCount; base += 8) {
        const std::uint64_t w = read64(registers + base);
        if (w == 0)
            continue;
        // The top bit of each non-zero byte.
        std::uint64_t set = (((w & kLow7) + kLow7) | w) & ~kLow7;
        for (; set != 0; set &= set - 1) {
            const std::uint32_t i = base + std::uint32_t(std::countr_zero(set) / 8);
            fn(i, registers[i]);
        }
    }
}

// Registers per value, counted in four interleaved tables so that runs of
// equal values do not wait on one counter.
inline std::array<std::uint32_t, VisitorSketch::kMaxRank + 1>
histogramOf(const std::vector<std::uint8_t> &registers)
{
    std::array<std::array<std::uint32_t, 64>, 4> part{};
    const std::uint8_t *r = registers.data();
    for (std::size_t i = 0; i < VisitorSketch::kRegisterCount; i += 4) {
        ++part[0][r[i] & 63];
        ++part[1][r[i + 1] & 63];
        ++part[2][r[i + 2] & 63];
        ++part[3][r[i + 3] & 63];
    }
    std::array<std::uint32_t, VisitorSketch::kMaxRank + 1> histogram{};
    for (std::size_t v = 0; v < histogram.size(); ++v)
        histogram[v] = part[0][v] + part[1][v] + part[2][v] + part[3][v];
    return histogram;
}

} // namespace es::sketchdetail
