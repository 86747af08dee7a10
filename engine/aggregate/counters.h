#pragma once
// The additive measures kept per rollup row. Everything here merges by
// addition, so partial aggregates from any number of workers, chunks or
// imports combine exactly.

#include "core/record.h"

#include <cstdint>

namespace es {

struct Counters
{
    // Counts are 32-bit: a Counters holds one batch of an import (millions of
    // records at most); the database adds batches up in 64 bits. Sums of
    // sizes and durations are 64-bit.
    std::int32_t hits = 0;
    std::int32_t s1xx = 0, s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0;
    std::int32_t events = 0;
    std::int32_t pageViews = 0; // docs/METRICS.md
    std::int32_t downloads = 0;
    std::int32_t durationCount = 0; // requests that have a duration
    std::int64_t bytes = 0;
    std::int64_t durationUs = 0; // sum of logged request durations

    void add(const Record &r, bool pageView = false, bool download = false)
    {
        ++hits;
        pageViews += pageView ? 1 : 0;
        downloads += download ? 1 : 0;
        if (r.durationUs >= 0) {
            durationUs += r.durationUs;
            ++durationCount;
        }
        if (r.bytes > 0)
            bytes += r.bytes;
        switch (r.status / 100) {
        case 1:
            ++s1xx;
            break;
        case 2:
            ++s2xx;
            break;
        case 3:
            ++s3xx;
            break;
        case 4:
            ++s4xx;
            break;
        case 5:
            ++s5xx;
            break;
        default:
            break;
        }
        if (r.kind == RecordKind::Event)
            ++events;
    }

    Counters &operator+=(const Counters &o)
    {
        hits += o.hits;
        bytes += o.bytes;
        s1xx += o.s1xx;
        s2xx += o.s2xx;
        s3xx += o.s3xx;
        s4xx += o.s4xx;
        s5xx += o.s5xx;
        events += o.events;
        pageViews += o.pageViews;
        downloads += o.downloads;
        durationUs += o.durationUs;
        durationCount += o.durationCount;
        return *this;
    }
    bool operator==(const Counters &) const = default;
};

} // namespace es
