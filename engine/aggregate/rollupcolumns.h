#pragma once
// The stored rollup counter columns (docs/SCHEMA.md), once: the query reader
// fetches them in this order, rollup records (formats/rolluprecord.h) name
// them, and columnRef() says where each lives in a batch's rows.

#include "aggregate/counters.h"
#include "aggregate/sessionizer.h"

#include <cstdint>
#include <type_traits>

namespace es {

enum class Column : int {
    Hits,
    Bytes,
    S1xx,
    S2xx,
    S3xx,
    S4xx,
    S5xx,
    Events,
    PageViews,
    Downloads,
    DurationUs,
    DurationCount,
    Sessions,
    Bounces,
    SessionViews,
    SessionMs,
};
inline constexpr int kColumnCount = 16;
inline constexpr int kFirstSessionColumn = int(Column::Sessions);

// Whether a batch holds the column in 64 bits (sums of sizes and times, and
// the session totals); counts are 32-bit in a batch (Counters).
inline constexpr bool isWideColumn(Column c)
{
    return c == Column::Bytes || c == Column::DurationUs || int(c) >= kFirstSessionColumn;
}

// Where column `col` lives in a batch row: exactly one of the two pointers is set.
template<typename C, typename S> auto columnRef(C &c, S &s, Column col)
{
    static_assert(sizeof(c.hits) == 4 && sizeof(s.sessions) == 8);
    using Narrow = std::conditional_t<std::is_const_v<C>, const std::int32_t, std::int32_t>;
    using Wide = std::conditional_t<std::is_const_v<S>, const std::int64_t, std::int64_t>;
    struct Ref
    {
        Narrow *narrow = nullptr;
        Wide *wide = nullptr;
    };
    Ref ref;
    switch (col) {
    case Column::Hits:
        ref.narrow = &c.hits;
        break;
    case Column::Bytes:
        ref.wide = &c.bytes;
        break;
    case Column::S1xx:
        ref.narrow = &c.s1xx;
        break;
    case Column::S2xx:
        ref.narrow = &c.s2xx;
        break;
    case Column::S3xx:
        ref.narrow = &c.s3xx;
        break;
    case Column::S4xx:
        ref.narrow = &c.s4xx;
        break;
    case Column::S5xx:
        ref.narrow = &c.s5xx;
        break;
    case Column::Events:
        ref.narrow = &c.events;
        break;
    case Column::PageViews:
        ref.narrow = &c.pageViews;
        break;
    case Column::Downloads:
        ref.narrow = &c.downloads;
        break;
    case Column::DurationUs:
        ref.wide = &c.durationUs;
        break;
    case Column::DurationCount:
        ref.narrow = &c.durationCount;
        break;
    case Column::Sessions:
        ref.wide = &s.sessions;
        break;
    case Column::Bounces:
        ref.wide = &s.bounces;
        break;
    case Column::SessionViews:
        ref.wide = &s.pageViews;
        break;
    case Column::SessionMs:
        ref.wide = &s.durationMs;
        break;
    }
    return ref;
}

} // namespace es
