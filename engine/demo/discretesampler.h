#pragma once
// Draws an index with probability proportional to a weight (a discrete
// distribution), e.g. a path by its Zipf popularity or a user agent by its
// market share.
//
// The cumulative weights are stored as 63-bit integers and a draw compares a
// 63-bit random integer against them, so a draw never depends on floating-
// point rounding. A guide table narrows the binary search to a few entries.

#include <cstdint>
#include <span>
#include <vector>

namespace es::demo {

class DiscreteSampler
{
public:
    DiscreteSampler() = default;
    explicit DiscreteSampler(std::span<const double> weights);

    // Weights 1 / k^exponent for ranks k = 1..n; index 0 is the most popular.
    static DiscreteSampler zipf(int n, double exponent);

    template<class G> int sample(G &g) const { return indexFor(g.next() >> 1); }

    // The index drawn for a uniform 63-bit value.
    int indexFor(std::uint64_t u63) const;

    int size() const { return static_cast<int>(m_cdf.size()); }
    bool isEmpty() const { return m_cdf.empty(); }

    // Probability of index i as the sampler realises it (after quantisation).
    double probability(int i) const;

private:
    std::vector<std::uint64_t> m_cdf;   // m_cdf[i] = P(index <= i) * 2^63
    std::vector<std::uint32_t> m_guide; // first index whose cdf exceeds the bucket start
    int m_guideShift = 63;
};

} // namespace es::demo
