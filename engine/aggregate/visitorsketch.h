#pragma once
// A mergeable distinct-count sketch of visitor keys ("unique visitors").
//
// Exact mode: the sketch keeps the distinct 64-bit hashes in an
// open-addressing set, so every count up to kExactLimit (10,000) is exact,
// including the union of merged exact sketches. The first hash beyond that
// turns the sketch into a HyperLogLog sketch with 2^kPrecision registers,
// filled from the kept hashes, so the result is the same as if every hash had
// been added to a HyperLogLog sketch from the start.
//
// Precision: kPrecision = 18 (262,144 one-byte registers). The relative
// standard error of HyperLogLog is about 1.04 / sqrt(m): 0.81% for p = 14,
// 0.41% for p = 16, 0.29% for p = 17 and 0.20% for p = 18. The product promise
// is "within 1% at any cardinality". At p = 17 that is 3.5 standard errors,
// about one estimate in 2,000 beyond it, which a chart with a thousand points
// would show; at p = 18 it is 4.9 standard errors, about one in a million.
// The cost is memory: 256 KiB per HyperLogLog sketch in memory, and up to
// about 128 KiB serialized (less while few registers are set). Only buckets
// with more than 10,000 distinct visitors pay it; smaller ones stay exact and
// small (the exact set takes at most 128 KiB in memory, and 6.5 to 8 bytes
// per hash serialized).
//
// Estimator: Otmar Ertl's improved raw estimator ("New cardinality estimation
// algorithms for HyperLogLog sketches", 2017), computed from the histogram of
// register values with the sigma and tau corrections for empty and saturated
// registers. It needs no empirical bias tables and is nearly unbiased from a
// handful of items up to cardinalities near 2^64, so there is no crossover
// between estimators to tune. An estimate in HyperLogLog mode is never below kExactLimit + 1,
// since the sketch only gets there after seeing more distinct hashes.
//
// Canonical state: the state depends only on the set of hashes added, never on
// the order of add() and merge() calls, so merging is commutative, associative
// and idempotent, and equal sets serialize to equal bytes.
//
// Hashes given to add() must be uniformly distributed 64-bit values, such as
// those of hashKey(); HyperLogLog relies on it. hashKey() is XXH64 with seed 0,
// the same on every platform, because serialized sketches are stored and
// merged later.
//
// A plain value type without global state: copy, move and use one instance
// per thread. The serialized format is described in docs/SKETCH.md.

#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es {

class VisitorSketch
{
public:
    static constexpr int kPrecision = 18;
    static constexpr std::uint32_t kRegisterCount = 1u << kPrecision;
    // Register values: leading zeros of the 64 - p hash bits below the
    // register index, plus one; 0 for a register that was never set.
    static constexpr int kMaxRank = 64 - kPrecision + 1;
    static constexpr std::uint32_t kExactLimit = 10000;
    static constexpr std::uint8_t kFormatVersion = 1;

    static std::uint64_t hashKey(std::string_view key) noexcept;

    void addKey(std::string_view key) { add(hashKey(key)); }
    void add(std::uint64_t hash)
    {
        if (!m_registers.empty()) [[unlikely]] {
            addToRegisters(hash);
            return;
        }
        if (hash == 0 || m_slots.empty()) [[unlikely]] {
            addSlow(hash);
            return;
        }
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = std::size_t(hash >> m_shift);
        for (;;) {
            const std::uint64_t s = m_slots[i];
            if (s == hash)
                return;
            if (s == 0)
                break;
            i = (i + 1) & mask;
        }
        insertAt(i, hash);
    }

    // Adds the set of `other` to this one.
    void merge(const VisitorSketch &other);

    // Exact mode: the number of distinct hashes. HyperLogLog mode: the
    // estimate, rounded, at least kExactLimit + 1.
    std::uint64_t estimate() const;
    bool isExact() const { return m_registers.empty(); }

    // The same set of hashes (exact mode) or the same registers.
    bool operator==(const VisitorSketch &other) const;

    std::string serialize() const;
    // Heap memory held, for bounding the memory of batches.
    std::size_t memoryBytes() const { return m_slots.capacity() * 8 + m_registers.capacity(); }
    // Returns nullopt for anything serialize() did not produce: another
    // version or precision, truncation, a bad checksum or an invalid body.
    static std::optional<VisitorSketch> deserialize(std::string_view bytes);
    // serialize() of the union of two serialized sketches, computed on the
    // serialized forms where both are exact (two sorted lists merged); nullopt
    // when either is not something serialize() produced.
    static std::optional<std::string> unionOfSerialized(std::string_view a, std::string_view b);

private:
    static std::uint8_t rankOf(std::uint64_t hash)
    {
        const std::uint64_t w = hash << kPrecision;
        return w == 0 ? std::uint8_t(kMaxRank) : std::uint8_t(std::countl_zero(w) + 1);
    }
    void addToRegisters(std::uint64_t hash)
    {
        std::uint8_t &r = m_registers[std::size_t(hash >> (64 - kPrecision))];
        const std::uint8_t rank = rankOf(hash);
        if (r < rank)
            r = rank;
    }
    bool containsExact(std::uint64_t hash) const;
    void addSlow(std::uint64_t hash);
    void insertAt(std::size_t slot, std::uint64_t hash);
    void growTable();
    void convertToRegisters();
    std::vector<std::uint64_t> sortedHashes() const;

    // Exact mode: open addressing with linear probing, 0 marks an empty slot
    // (a hash of 0 is kept in m_hasZero). The size is 0 or a power of two, and
    // a hash's home slot is its top bits (hash >> m_shift), so the table is
    // nearly in hash order and serialize() sorts it in linear time.
    std::vector<std::uint64_t> m_slots;
    std::uint32_t m_count = 0; // distinct hashes in exact mode, including 0
    std::uint8_t m_shift = 64; // 64 - log2(m_slots.size())
    bool m_hasZero = false;
    // HyperLogLog mode: kRegisterCount registers; empty in exact mode.
    std::vector<std::uint8_t> m_registers;
};

} // namespace es
