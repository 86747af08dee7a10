#pragma once
// SipHash-2-4 (Aumasson and Bernstein): a fast keyed hash for short inputs,
// with a 128-bit key given as two little-endian 64-bit words.

#include <cstddef>
#include <cstdint>

namespace es {

std::uint64_t sipHash24(std::uint64_t k0, std::uint64_t k1, const void *data, std::size_t size);

} // namespace es
