#include "store/batchrows.h"

#include "core/zonebucketer.h"
#include "store/schema.h"

#include <algorithm>
#include <unordered_map>

namespace es {

namespace {

// Zone floors, memoised: a batch spans few hours and days.
class Floors
{
public:
    explicit Floors(const ZoneBucketer &zone) : m_zone(zone) {}
    std::int64_t hourOf(std::int64_t t) { return floorOf(m_hours, t, Granularity::Hour); }
    std::int64_t dayOf(std::int64_t t) { return floorOf(m_days, t, Granularity::Day); }

private:
    std::int64_t floorOf(std::unordered_map<std::int64_t, std::int64_t> &memo, std::int64_t t, Granularity g)
    {
        auto it = memo.find(t);
        if (it == memo.end())
            it = memo.emplace(t, m_zone.floor(t, g)).first;
        return it->second;
    }

    const ZoneBucketer &m_zone;
    std::unordered_map<std::int64_t, std::int64_t> m_hours, m_days;
};

RollupKey at(RollupKey k, std::int64_t bucket)
{
    k.bucket = bucket;
    return k;
}

} // namespace

BatchRows batchRows(const Aggregate &a, const ZoneBucketer &zone, const BatchKeys &keys)
{
    BatchRows out;
    out.minute.reserve(a.minuteRows().size() + a.minuteRows().size() / 8);
    out.hour.reserve(a.minuteRows().size() / 8 + a.hourRows().size() + a.sessionRows(1).size());
    out.day.reserve(a.minuteRows().size() / 32 + a.hourRows().size() / 4 + a.dayRows().size() +
                    a.sessionRows(2).size());
    Floors floors(zone);
    auto add = [&](RowSumMap &rows, const RollupKey &k, const RowSums &r) {
        rows[k] += r;
        if (k.grp == schema::GroupTotal)
            rows[keys.source(k)] += r;
    };
    for (const auto &[key, cnt] : a.minuteRows()) {
        const RollupKey k = keys.global(key);
        const std::int64_t h = floors.hourOf(k.bucket);
        const RowSums r{cnt, {}};
        out.minute.emplace_back(k, cnt);
        if (k.grp == schema::GroupTotal)
            out.minute.emplace_back(keys.source(k), cnt);
        add(out.hour, at(k, h), r);
        add(out.day, at(k, floors.dayOf(h)), r);
    }
    // Records beyond the minute (or hour) retention arrive at a coarser level.
    for (const auto &[key, cnt] : a.hourRows()) {
        const RollupKey k = keys.global(key);
        const RowSums r{cnt, {}};
        add(out.hour, k, r);
        add(out.day, at(k, floors.dayOf(k.bucket)), r);
    }
    for (const auto &[key, cnt] : a.dayRows())
        add(out.day, keys.global(key), {cnt, {}});
    // Closed sessions count in the hour and day of their start.
    for (const auto &[key, t] : a.sessionRows(1))
        add(out.hour, keys.global(key), {{}, t});
    for (const auto &[key, t] : a.sessionRows(2))
        add(out.day, keys.global(key), {{}, t});
    std::sort(out.minute.begin(), out.minute.end(),
              [](const auto &x, const auto &y) { return x.first < y.first; });
    return out;
}

std::vector<PreparedSketch> prepareSketches(const Aggregate &a, const ZoneBucketer &zone,
                                            const BatchKeys &keys)
{
    VisitorMap sketches[3];
    Floors floors(zone);
    auto addSketch = [&](int level, const RollupKey &k, const VisitorSketch &s) {
        auto [it, fresh] = sketches[level].try_emplace(k);
        if (fresh)
            it->second = s;
        else
            it->second.merge(s);
    };
    for (const auto &[key, s] : a.visitorRows(0)) {
        const RollupKey k = keys.global(key);
        const std::int64_t h = floors.hourOf(k.bucket);
        addSketch(0, k, s);
        addSketch(1, at(k, h), s);
        addSketch(2, at(k, floors.dayOf(h)), s);
    }
    for (const auto &[key, s] : a.visitorRows(1)) {
        const RollupKey k = keys.global(key);
        addSketch(1, k, s);
        addSketch(2, at(k, floors.dayOf(k.bucket)), s);
    }
    for (const auto &[key, s] : a.visitorRows(2))
        addSketch(2, keys.global(key), s);
    std::vector<PreparedSketch> out;
    out.reserve(sketches[0].size() + sketches[1].size() + sketches[2].size());
    for (int level = 0; level < 3; ++level) {
        const size_t first = out.size();
        for (auto &[k, sketch] : sketches[level]) {
            out.push_back({level, k, sketch.serialize()});
            sketch = VisitorSketch(); // free as it goes
            // A batch has one source: its source row has the total's visitors.
            if (k.grp == schema::GroupTotal)
                out.push_back({level, keys.source(k), out.back().bytes});
        }
        std::sort(out.begin() + std::ptrdiff_t(first), out.end(),
                  [](const PreparedSketch &x, const PreparedSketch &y) { return x.key < y.key; });
    }
    return out;
}

} // namespace es
