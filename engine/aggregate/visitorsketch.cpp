#include "aggregate/visitorsketch.h"

#include "aggregate/visitorsketchcodec.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace es {

namespace {

using namespace sketchdetail;

// ---- XXH64 (seed 0) --------------------------------------------------------

constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kP2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kP3 = 0x165667B19E3779F9ULL;
constexpr std::uint64_t kP4 = 0x85EBCA77C2B2AE63ULL;
constexpr std::uint64_t kP5 = 0x27D4EB2F165667C5ULL;

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

// Register-wise maximum; distinct buffers, so the loop vectorizes.
void maxInto(std::uint8_t *__restrict a, const std::uint8_t *__restrict b)
{
    for (std::size_t i = 0; i < VisitorSketch::kRegisterCount; ++i)
        a[i] = a[i] < b[i] ? b[i] : a[i];
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

} // namespace es
