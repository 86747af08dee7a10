#pragma once
// Random number primitives for the demo-data generators.
//
// The standard library's distributions (std::uniform_int_distribution and
// friends) are implementation-defined, so the same seed gives different
// numbers with libstdc++, libc++ and MSVC. Every draw here is built from
// integer arithmetic and exact binary-fraction conversions instead, which
// keeps the generated files byte-identical on every platform.

#include <cstdint>
#include <span>

namespace es::demo {

// Shared draw helpers over any generator that provides next() -> 64 bits.
template<class Derived> class RandomBits
{
public:
    // Uniform in [0, n). Multiply-shift of the high 32 bits: no division and
    // no rejection loop; the bias is below n / 2^32, invisible in demo data.
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((self().next() >> 32) * n) >> 32);
    }

    // Uniform in [lo, hi], both inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        if (span <= 0xffffffffULL)
            return lo + static_cast<std::int64_t>(below(static_cast<std::uint32_t>(span)));
        return lo + static_cast<std::int64_t>(self().next() % span);
    }

    // Uniform in [0, 1) with 53 random bits; the conversion and the scaling
    // by a power of two are exact, so the value is the same everywhere.
    double unit() { return static_cast<double>(self().next() >> 11) * 0x1.0p-53; }

    bool chance(double p) { return unit() < p; }

private:
    Derived &self() { return static_cast<Derived &>(*this); }
};

// SplitMix64: 8 bytes of state, used for seeding and for the small
// per-visitor "structure" streams that must be replayable.
class SplitMix64 : public RandomBits<SplitMix64>
{
public:
    SplitMix64() = default;
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }

    // Stateless avalanche of one value; used to derive stable attributes
    // (a client's second device, a page's images) from an index.
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state = 0;
};

// xoshiro256**: the main stream of a generator. Fast, 256 bits of state.
class Rng : public RandomBits<Rng>
{
public:
    explicit Rng(std::uint64_t seed = 1)
    {
        SplitMix64 sm(seed);
        for (auto &word : m_s)
            word = sm.next();
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4];
};

// A piecewise-uniform integer distribution: pick a bucket by weight, then a
// value uniformly inside it. Enough to shape think times and session lengths
// without floating-point functions whose last bits vary between C libraries.
struct RangeBucket
{
    std::uint32_t weight;
    std::int64_t lo;
    std::int64_t hi; // inclusive
};

template<class G> std::int64_t sampleRange(G &g, std::span<const RangeBucket> buckets)
{
    std::uint32_t total = 0;
    for (const auto &b : buckets)
        total += b.weight;
    std::uint32_t r = g.below(total);
    for (const auto &b : buckets) {
        if (r < b.weight)
            return g.between(b.lo, b.hi);
        r -= b.weight;
    }
    return buckets.back().lo;
}

} // namespace es::demo
