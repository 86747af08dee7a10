#pragma once
// Populations of visitor hashes and helpers for the visitor sketch's tests.

#include "aggregate/visitorsketch.h"

#include <cstdint>
#include <string>

namespace es::sketchtest {

// splitmix64's finalizer: a bijection, so distinct inputs give distinct,
// uniformly spread hashes.
inline std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The hash of visitor `id` in a population identified by `seed`.
inline std::uint64_t visitor(std::uint64_t seed, std::uint64_t id)
{
    return mix64((seed << 40) + id);
}

inline double relativeError(std::uint64_t estimate, std::uint64_t exact)
{
    return (double(estimate) - double(exact)) / double(exact);
}

inline std::string withChecksum(std::string body)
{
    const auto c = std::uint32_t(VisitorSketch::hashKey(body));
    for (int i = 0; i < 4; ++i)
        body.push_back(char((c >> (8 * i)) & 0xFF));
    return body;
}

inline std::string bodyOf(const std::string &bytes)
{
    return bytes.substr(0, bytes.size() - 4);
}

inline VisitorSketch sketchOf(std::uint64_t seed, std::uint64_t n)
{
    VisitorSketch s;
    for (std::uint64_t i = 0; i < n; ++i)
        s.add(visitor(seed, i));
    return s;
}

} // namespace es::sketchtest
