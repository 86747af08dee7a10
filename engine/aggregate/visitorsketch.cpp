#include "aggregate/visitorsketch.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace es {

namespace {

// ---- XXH64 (seed 0) --------------------------------------------------------

constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kP2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kP3 = 0x165667B19E3779F9ULL;
constexpr std::uint64_t kP4 = 0x85EBCA77C2B2AE63ULL;
constexpr std::uint64_t kP5 = 0x27D4EB2F165667C5ULL;

inline std::uint64_t read64(const unsigned char *p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

inline std::uint32_t read32(const unsigned char *p)
{
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap32(v);
    return v;
}

inline std::uint64_t xxRound(std::uint64_t acc, std::uint64_t input)
{
    acc += input * kP2;
    acc = std::rotl(acc, 31);
    return acc * kP1;
}

inline std::uint64_t xxMergeRound(std::uint64_t acc, std::uint64_t val)
{
    acc ^= xxRound(0, val);
    return acc * kP1 + kP4;
}

std::uint64_t xxh64(const unsigned char *p, std::size_t len)
{
    const unsigned char *const end = p + len;
    std::uint64_t h;
    if (len >= 32) {
        std::uint64_t v1 = kP1 + kP2, v2 = kP2, v3 = 0, v4 = 0 - kP1;
        const unsigned char *const limit = end - 32;
        do {
            v1 = xxRound(v1, read64(p));
            v2 = xxRound(v2, read64(p + 8));
            v3 = xxRound(v3, read64(p + 16));
            v4 = xxRound(v4, read64(p + 24));
            p += 32;
        } while (p <= limit);
        h = std::rotl(v1, 1) + std::rotl(v2, 7) + std::rotl(v3, 12) + std::rotl(v4, 18);
        h = xxMergeRound(h, v1);
        h = xxMergeRound(h, v2);
        h = xxMergeRound(h, v3);
        h = xxMergeRound(h, v4);
    } else {
        h = kP5;
    }
    h += std::uint64_t(len);
    while (end - p >= 8) {
        h ^= xxRound(0, read64(p));
        h = std::rotl(h, 27) * kP1 + kP4;
        p += 8;
    }
    if (end - p >= 4) {
        h ^= std::uint64_t(read32(p)) * kP1;
        h = std::rotl(h, 23) * kP2 + kP3;
        p += 4;
    }
    while (p < end) {
        h ^= std::uint64_t(*p) * kP5;
        h = std::rotl(h, 11) * kP1;
        ++p;
    }
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}

std::uint64_t lowMask(int k)
{
    return k >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << k) - 1;
}

// ---- bit streams -------------------------------------------------------------
// Bits are packed least significant first; the last byte is padded with zeros.

// Grows a BitWriter's buffer; out of line so that the writer's state can live
// in registers.
[[gnu::noinline]] unsigned char *growBuffer(std::string &out, std::size_t &capacity)
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

void putVarint(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

// Canonical LEB128 of at most 5 bytes (values below 2^35).
std::optional<std::uint64_t> getVarint(std::string_view in, std::size_t &pos)
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
int riceParameter(std::uint64_t count, int universeBits)
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

std::uint32_t checksumOf(std::string_view bytes)
{
    return std::uint32_t(VisitorSketch::hashKey(bytes));
}

void appendChecksum(std::string &out)
{
    const std::uint32_t c = checksumOf(out);
    for (int i = 0; i < 4; ++i)
        out.push_back(char((c >> (8 * i)) & 0xFF));
}

// ---- Ertl's improved raw estimator ---------------------------------------------

double sigma(double x)
{
    if (x == 1.0)
        return std::numeric_limits<double>::infinity();
    double y = 1.0;
    double z = x;
    double zPrev;
    do {
        x *= x;
        zPrev = z;
        z += x * y;
        y += y;
    } while (z != zPrev);
    return z;
}

double tau(double x)
{
    if (x == 0.0 || x == 1.0)
        return 0.0;
    double y = 1.0;
    double z = 1.0 - x;
    double zPrev;
    do {
        x = std::sqrt(x);
        zPrev = z;
        y *= 0.5;
        z -= (1.0 - x) * (1.0 - x) * y;
    } while (z != zPrev);
    return z / 3.0;
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

// Register-wise maximum; distinct buffers, so the loop vectorizes.
void maxInto(std::uint8_t *__restrict a, const std::uint8_t *__restrict b)
{
    for (std::size_t i = 0; i < VisitorSketch::kRegisterCount; ++i)
        a[i] = a[i] < b[i] ? b[i] : a[i];
}

// Registers per value, counted in four interleaved tables so that runs of
// equal values do not wait on one counter.
std::array<std::uint32_t, VisitorSketch::kMaxRank + 1> histogramOf(const std::vector<std::uint8_t> &registers)
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

} // namespace

std::uint64_t VisitorSketch::hashKey(std::string_view key) noexcept
{
    return xxh64(reinterpret_cast<const unsigned char *>(key.data()), key.size());
}

// ---- exact mode ----------------------------------------------------------------

void VisitorSketch::addSlow(std::uint64_t hash)
{
    if (hash == 0) {
        if (m_hasZero)
            return;
        if (m_count >= kExactLimit) {
            convertToRegisters();
            addToRegisters(hash);
            return;
        }
        m_hasZero = true;
        ++m_count;
        return;
    }
    // First non-zero hash: the table is empty.
    m_slots.assign(4, 0);
    m_shift = 62;
    insertAt(std::size_t(hash >> m_shift), hash);
}

void VisitorSketch::insertAt(std::size_t slot, std::uint64_t hash)
{
    if (m_count >= kExactLimit) {
        convertToRegisters();
        addToRegisters(hash);
        return;
    }
    const std::size_t stored = m_count - (m_hasZero ? 1 : 0);
    if ((stored + 1) * 4 > m_slots.size() * 3) {
        growTable();
        const std::size_t mask = m_slots.size() - 1;
        slot = std::size_t(hash >> m_shift);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
    }
    m_slots[slot] = hash;
    ++m_count;
}

void VisitorSketch::growTable()
{
    const std::vector<std::uint64_t> old =
        std::exchange(m_slots, std::vector<std::uint64_t>(m_slots.size() * 2, 0));
    --m_shift;
    const std::size_t mask = m_slots.size() - 1;
    for (const std::uint64_t h : old) {
        if (h == 0)
            continue;
        std::size_t i = std::size_t(h >> m_shift);
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = h;
    }
}

void VisitorSketch::convertToRegisters()
{
    m_registers.assign(kRegisterCount, 0);
    for (const std::uint64_t h : m_slots) {
        if (h != 0)
            addToRegisters(h);
    }
    if (m_hasZero)
        addToRegisters(0);
    std::vector<std::uint64_t>().swap(m_slots);
    m_count = 0;
    m_shift = 64;
    m_hasZero = false;
}

std::vector<std::uint64_t> VisitorSketch::sortedHashes() const
{
    // Slots hold hashes in the order of their home slots, except within a run
    // of occupied slots, and except hashes that wrapped past the end into the
    // first run. Those go last; an insertion sort then finishes in linear
    // time. A table far from that (hashes that are not uniform) falls back to
    // std::sort.
    std::vector<std::uint64_t> out;
    out.reserve(m_count);
    if (m_hasZero)
        out.push_back(0);
    std::vector<std::uint64_t> wrapped;
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        const std::uint64_t h = m_slots[i];
        if (h == 0)
            continue;
        if (std::size_t(h >> m_shift) > i)
            wrapped.push_back(h);
        else
            out.push_back(h);
    }
    out.insert(out.end(), wrapped.begin(), wrapped.end());
    std::size_t budget = 8 * out.size() + 64;
    for (std::size_t i = 1; i < out.size(); ++i) {
        const std::uint64_t v = out[i];
        std::size_t j = i;
        for (; j > 0 && out[j - 1] > v && budget > 0; --j, --budget)
            out[j] = out[j - 1];
        out[j] = v;
        if (budget == 0) {
            std::sort(out.begin(), out.end());
            break;
        }
    }
    return out;
}

bool VisitorSketch::containsExact(std::uint64_t hash) const
{
    if (hash == 0)
        return m_hasZero;
    if (m_slots.empty())
        return false;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(hash >> m_shift);; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return true;
        if (m_slots[i] == 0)
            return false;
    }
}

bool VisitorSketch::operator==(const VisitorSketch &other) const
{
    if (isExact() != other.isExact())
        return false;
    if (!isExact())
        return m_registers == other.m_registers;
    if (m_count != other.m_count || m_hasZero != other.m_hasZero)
        return false;
    for (const std::uint64_t h : m_slots) {
        if (h != 0 && !other.containsExact(h))
            return false;
    }
    return true;
}

// ---- merge and estimate ----------------------------------------------------------

void VisitorSketch::merge(const VisitorSketch &other)
{
    if (&other == this)
        return;
    if (other.isExact()) {
        if (other.m_hasZero)
            add(0);
        for (const std::uint64_t h : other.m_slots) {
            if (h != 0)
                add(h);
        }
        return;
    }
    if (isExact()) {
        std::vector<std::uint64_t> slots;
        slots.swap(m_slots);
        const bool hasZero = m_hasZero;
        m_registers = other.m_registers;
        m_count = 0;
        m_shift = 64;
        m_hasZero = false;
        for (const std::uint64_t h : slots) {
            if (h != 0)
                addToRegisters(h);
        }
        if (hasZero)
            addToRegisters(0);
        return;
    }
    maxInto(m_registers.data(), other.m_registers.data());
}

std::uint64_t VisitorSketch::estimate() const
{
    if (isExact())
        return m_count;
    const std::array<std::uint32_t, kMaxRank + 1> histogram = histogramOf(m_registers);
    const double m = double(kRegisterCount);
    if (histogram[0] == kRegisterCount)
        return kExactLimit + 1;
    constexpr int q = 64 - kPrecision;
    double z = m * tau(1.0 - double(histogram[q + 1]) / m);
    for (int k = q; k >= 1; --k)
        z = 0.5 * (z + double(histogram[std::size_t(k)]));
    z += m * sigma(double(histogram[0]) / m);
    constexpr double alphaInf = 0.72134752044448170368; // 1 / (2 ln 2)
    const double e = alphaInf * m * m / z;
    const std::uint64_t rounded =
        e >= 1.8e19 ? std::numeric_limits<std::uint64_t>::max() : std::uint64_t(e + 0.5);
    return std::max<std::uint64_t>(rounded, kExactLimit + 1);
}

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
    if (isExact()) {
        const std::vector<std::uint64_t> hashes = sortedHashes();
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
    if (bytes.size() < 2 + kChecksumBytes)
        return std::nullopt;
    const std::string_view body = bytes.substr(0, bytes.size() - kChecksumBytes);
    std::uint32_t stored = 0;
    for (std::size_t i = 0; i < kChecksumBytes; ++i)
        stored |= std::uint32_t(static_cast<unsigned char>(bytes[body.size() + i])) << (8 * i);
    if (stored != checksumOf(body))
        return std::nullopt;
    if (static_cast<unsigned char>(body[0]) != kFormatVersion)
        return std::nullopt;
    const unsigned kind = static_cast<unsigned char>(body[1]);
    std::size_t pos = 2;
    VisitorSketch s;

    if (kind == KindExact) {
        const std::optional<std::uint64_t> n = getVarint(body, pos);
        if (!n || *n > kExactLimit)
            return std::nullopt;
        const int k = riceParameter(*n, 64);
        const std::uint64_t quotientLimit = k >= 64 ? 0 : (~std::uint64_t(0)) >> k;
        BitReader r(body.substr(pos));
        if (*n > 0) {
            std::size_t capacity = 4;
            while (capacity * 3 < *n * 4)
                capacity *= 2;
            s.m_slots.assign(capacity, 0);
            s.m_shift = std::uint8_t(64 - std::countr_zero(capacity));
        }
        const std::size_t mask = s.m_slots.size() - 1;
        std::uint64_t prev = 0;
        for (std::uint64_t i = 0; i < *n; ++i) {
            const std::uint64_t q = r.unary(quotientLimit);
            const std::uint64_t low = r.bits(k);
            if (r.failed())
                return std::nullopt;
            const std::uint64_t gap = (k >= 64 ? 0 : q << k) | low;
            std::uint64_t h = gap;
            if (i > 0) {
                if (prev == std::numeric_limits<std::uint64_t>::max() ||
                    gap > std::numeric_limits<std::uint64_t>::max() - prev - 1)
                    return std::nullopt;
                h = prev + 1 + gap;
            }
            prev = h;
            if (h == 0) {
                s.m_hasZero = true;
            } else {
                std::size_t slot = std::size_t(h >> s.m_shift);
                while (s.m_slots[slot] != 0)
                    slot = (slot + 1) & mask;
                s.m_slots[slot] = h;
            }
            ++s.m_count;
        }
        if (!r.atCleanEnd())
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

} // namespace es
