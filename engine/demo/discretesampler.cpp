#include "demo/discretesampler.h"

#include <algorithm>
#include <cmath>

// Zipf weights need a power function. std::pow is not required to be
// correctly rounded, and C libraries differ in the last bit, which could move
// a quantised boundary. The helpers below use only +, -, *, / and exact
// exponent manipulation, which IEEE 754 defines bit for bit; contraction into
// fused multiply-adds is switched off for the same reason.
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

namespace es::demo {

namespace {

constexpr double kLn2 = 0.693147180559945309417232121458176568;
constexpr double kTwo63 = 9223372036854775808.0;

double portableLog(double x)
{
    int e = 0;
    double m = std::frexp(x, &e); // x = m * 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m = m * 2.0;
        e = e - 1;
    }
    // ln(m) = 2 atanh(t), t = (m - 1) / (m + 1), |t| < 0.172
    const double t = (m - 1.0) / (m + 1.0);
    const double t2 = t * t;
    double term = t;
    double sum = 0.0;
    for (int k = 1; k < 40; k += 2) {
        sum = sum + term / k;
        term = term * t2;
    }
    const double scaled = static_cast<double>(e) * kLn2;
    return scaled + 2.0 * sum;
}

double portableExp(double x)
{
    const double k = std::floor(x / kLn2 + 0.5);
    const double kl = k * kLn2;
    const double r = x - kl; // |r| <= ln2 / 2
    double term = 1.0;
    double sum = 1.0;
    for (int i = 1; i < 24; ++i) {
        term = term * r / i;
        sum = sum + term;
    }
    return std::ldexp(sum, static_cast<int>(k));
}

double portablePow(double base, double exponent)
{
    const double l = portableLog(base);
    return portableExp(exponent * l);
}

} // namespace

DiscreteSampler::DiscreteSampler(std::span<const double> weights)
{
    if (weights.empty())
        return;
    double total = 0.0;
    for (double w : weights)
        total = total + (w > 0.0 ? w : 0.0);
    m_cdf.resize(weights.size());
    double running = 0.0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        running = running + (weights[i] > 0.0 ? weights[i] : 0.0);
        const double scaled = total > 0.0
                                  ? running / total * kTwo63
                                  : static_cast<double>(i + 1) / static_cast<double>(weights.size()) * kTwo63;
        m_cdf[i] = scaled >= kTwo63 ? (1ULL << 63) : static_cast<std::uint64_t>(scaled);
    }
    m_cdf.back() = 1ULL << 63;

    // Guide table with about one bucket per entry (power of two, capped).
    int bits = 1;
    while (bits < 14 && (std::size_t{1} << bits) < m_cdf.size())
        ++bits;
    m_guideShift = 63 - bits;
    const std::size_t buckets = std::size_t{1} << bits;
    m_guide.resize(buckets + 1);
    std::size_t idx = 0;
    for (std::size_t b = 0; b <= buckets; ++b) {
        const std::uint64_t start =
            b >= buckets ? (1ULL << 63) - 1 : static_cast<std::uint64_t>(b) << m_guideShift;
        while (idx + 1 < m_cdf.size() && m_cdf[idx] <= start)
            ++idx;
        m_guide[b] = static_cast<std::uint32_t>(idx);
    }
}

DiscreteSampler DiscreteSampler::zipf(int n, double exponent)
{
    std::vector<double> weights(static_cast<std::size_t>(std::max(n, 0)));
    for (std::size_t k = 0; k < weights.size(); ++k)
        weights[k] = 1.0 / portablePow(static_cast<double>(k + 1), exponent);
    return DiscreteSampler(weights);
}

int DiscreteSampler::indexFor(std::uint64_t u63) const
{
    if (m_cdf.empty())
        return -1;
    const std::size_t bucket = static_cast<std::size_t>(u63 >> m_guideShift);
    const auto first = m_cdf.begin() + m_guide[bucket];
    const auto last = m_cdf.begin() + m_guide[bucket + 1] + 1;
    // First entry whose cumulative value exceeds u63.
    const auto it = std::upper_bound(first, last, u63);
    return static_cast<int>(it - m_cdf.begin());
}

double DiscreteSampler::probability(int i) const
{
    if (i < 0 || i >= size())
        return 0.0;
    const std::uint64_t lo = i == 0 ? 0 : m_cdf[static_cast<std::size_t>(i) - 1];
    return static_cast<double>(m_cdf[static_cast<std::size_t>(i)] - lo) / kTwo63;
}

} // namespace es::demo
