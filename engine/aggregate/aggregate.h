#pragma once
// A mergeable aggregate of parsed records: rollup rows, raw-event rows and
// per-file statistics. A parse worker fills one per chunk; the merger adds
// chunks, in file order, into one delta per commit. Every number is additive,
// so the result does not depend on how the input was cut into chunks.

#include "aggregate/counters.h"
#include "aggregate/rollupmap.h"
#include "aggregate/sessionizer.h"
#include "aggregate/stringtable.h"
#include "aggregate/visitorsketch.h"
#include "core/record.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace es {

// Where a string-valued rollup dimension comes from.
enum class StrDim : int {
    Path = 0,
    Site = 1,
    EventType = 2,
    Method = 3,
    Browser = 4,
    Os = 5,
    Referrer = 6,
    BrowserVersion = 7,
    Param0 = 8, // values of the configured params.* keys, slots 0..3
    Count = 12
};

// Visitor sketches of rollup rows, keyed like the counters.
using VisitorMap = BasicRollupMap<VisitorSketch>;
// Session totals of rollup rows (hour and day levels).
using SessionMap = BasicRollupMap<SessionTotals>;

// Which session attribute holds what (SessionAttributes::ids). String
// attributes are StringTable ids in a parse worker's aggregate and 64-bit
// hashes of the text once the merger has them (see SessionFeeder).
enum SessionAttr : int {
    AttrPath = 0,
    AttrSite = 1,
    AttrReferrer = 2,
    AttrBrowser = 3,
    AttrOs = 4,
    AttrBrowserVersion = 5,
    AttrClient = 6, // country | device << 16; device 0xF when unknown
};

// The string dimension of a rollup group's d1, or -1 when d1 is a number.
int strDimOfGroup(int grp);

struct RawRow
{
    std::int64_t tsMs;
    std::int64_t offset; // byte offset of the line in the decompressed file
    std::int32_t length;
    std::int32_t typeId; // StringTable id in EventType, -1 for requests
    std::int32_t status;
};

struct MalformedSample
{
    std::int64_t lineNo; // 1-based
    std::string reason;
    std::string text; // at most kSampleBytes of the line
};

// The zone-aware buckets of one record (see ZoneBucketer::floor), and which
// fine levels retention still keeps for it.
struct RecordBuckets
{
    std::int64_t hour = 0; // local hour start, UTC seconds
    std::int64_t day = 0;  // local day start, UTC seconds
    bool minuteKept = true;
    bool hourKept = true;
    bool detailMinuteKept = true; // for groups with many values (schema::isDetailGroup)
    bool detailHourKept = true;
    bool rawKept = true;
};

// What enrichment found out about a record (docs/METRICS.md).
struct RecordFacts
{
    bool pageView = false;
    bool download = false;
    bool bot = false;
    int deviceType = -1;             // es::DeviceType, -1 when unknown (events)
    std::string_view browser;        // browser family, empty when unknown (usually in the user-agent cache)
    std::string_view os;             // operating-system family, empty when unknown
    std::string_view browserVersion; // "Firefox 120", empty when unknown
    std::string_view referrer;       // referring host, empty when none
    std::uint16_t country = 0;       // GeoLookup::packCountry(), 0 when unknown
    std::uint64_t visitor = 0;       // hash of the visitor key (docs/METRICS.md), 0 when there is none
    std::uint64_t sessionId = 0;     // hash of an explicit session id, 0 when none
    int sessionEvent = 0;            // 1 session_start, 2 session_end event, else 0
    // Values of the configured params.* keys by slot, empty when absent.
    std::array<std::string_view, 4> params{};
};

class Aggregate
{
public:
    static constexpr int kMaxSamples = 20;
    static constexpr size_t kSampleBytes = 300;

    // Rows start at the minute level; records older than what retention
    // keeps at a level start at the next coarser one (see RetentionPolicy).
    void addRecord(const Record &r, const RecordBuckets &b, const RecordFacts &facts, std::int64_t lineOffset,
                   std::int32_t lineLength);
    // Splits the combined client rows into the method, browser, OS, device
    // and bot groups. Call when a part is complete; merge() does it too.
    void flushClientRows();
    // The groups rows are kept for (a bit per schema::Group); all by default.
    void setGroups(std::uint32_t mask) { m_groups = mask; }
    // The configured pair groups (schema::GroupPair0 + slot): the two single
    // groups each combines, {-1, -1} for a free slot.
    using PairGroups = std::array<std::array<int, 2>, 4>;
    void setPairs(const PairGroups &pairs) { m_pairs = pairs; }
    const PairGroups &pairs() const { return m_pairs; }
    // The string dimension of a row's d1 (part 0) or d2 (part 1) in group
    // `grp`, or -1 when that part is not a string id.
    int strDimOf(int grp, int part) const;
    void addMalformed(std::int64_t lineNo, std::string_view reason, std::string_view line);
    // Pre-aggregated input (RollupMerger) adds to the rows of a level (0
    // minute, 1 hour, 2 day) directly, and counts each of its records here.
    RollupMap &rows(int level) { return level == 0 ? m_minute : level == 1 ? m_hour : m_day; }
    void addPreaggregated(std::int64_t tsMs)
    {
        ++m_records;
        m_minTs = std::min(m_minTs, tsMs);
        m_maxTs = std::max(m_maxTs, tsMs);
    }
    void addSkipped() { ++m_skipped; }
    void addLines(std::int64_t n) { m_lines += n; }

    // Adds `other` (a later part of the same input) into this aggregate.
    // Raw-row offsets and sample line numbers in `other` are relative; they
    // are shifted by offsetBase / lineBase.
    // Raw rows are moved, not copied: `other` is left without them.
    void merge(Aggregate &other, std::int64_t offsetBase = 0, std::int64_t lineBase = 0);
    void clear();
    // Pre-sizes the rollup maps, e.g. like the previous delta, so merging
    // into a fresh delta does not rehash over and over.
    void reserveLike(const Aggregate &other) { reserveRows(other.rowCounts()); }
    std::array<size_t, 3> rowCounts() const { return {m_minute.size(), m_hour.size(), m_day.size()}; }
    void reserveRows(const std::array<size_t, 3> &rows)
    {
        m_minute.reserve(rows[0]);
        m_hour.reserve(rows[1]);
        m_day.reserve(rows[2]);
    }
    bool isEmpty() const { return m_lines == 0 && m_records == 0 && m_malformed == 0 && m_skipped == 0; }

    const RollupMap &minuteRows() const { return m_minute; }
    const RollupMap &hourRows() const { return m_hour; }
    const RollupMap &dayRows() const { return m_day; }
    // Visitor sketches per level (0 minute, 1 hour, 2 day).
    const VisitorMap &visitorRows(int level) const { return m_visitors[level]; }
    VisitorMap &visitorRows(int level) { return m_visitors[level]; }
    // The page views and session events of the records, in input order, for
    // the sessionizer. String attributes are ids of this aggregate's tables.
    std::vector<SessionInput> &sessionInputs() { return m_sessionInputs; }
    // Closed sessions (level 1 hour, 2 day); filled by the merger.
    SessionMap &sessionRows(int level) { return m_sessions[level - 1]; }
    const SessionMap &sessionRows(int level) const { return m_sessions[level - 1]; }
    StringTable &strings(StrDim d) { return m_strings[size_t(d)]; }
    const StringTable &strings(StrDim d) const { return m_strings[size_t(d)]; }
    // Raw rows in input order, in segments (one per merged part).
    const std::vector<std::vector<RawRow>> &rawSegments() const { return m_rawSegments; }
    size_t rawRowCount() const { return m_rawCount; }
    const std::vector<MalformedSample> &samples() const { return m_samples; }

    std::int64_t lines() const { return m_lines; }
    std::int64_t records() const { return m_records; }
    std::int64_t malformed() const { return m_malformed; }
    std::int64_t skipped() const { return m_skipped; }
    std::int64_t minTsMs() const { return m_minTs; }
    std::int64_t maxTsMs() const { return m_maxTs; }
    // Rough memory use, for deciding when to hand a delta to the writer.
    size_t approxBytes() const;

private:
    std::uint32_t m_groups = ~0u;
    PairGroups m_pairs = {{{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}};
    RollupMap m_minute; // groups Total, Site, EventType
    RollupMap m_hour;   // group Status
    RollupMap m_day;
    // Counted per chunk under combined keys, split by flushClientRows():
    // grp = level (0 minute, 1 hour, 2 day), d1 = packed method, browser, OS,
    // device; d2 = country | browser version << 10.
    RollupMap m_client;
    VisitorMap m_clientVisitors;
    static constexpr int kNoId = 0xFFFF;
    VisitorMap m_visitors[3];
    size_t m_sketchBytes = 0; // heap of the sketches merged in (approxBytes())
    std::vector<SessionInput> m_sessionInputs;
    SessionMap m_sessions[2];
    StringTable m_strings[size_t(StrDim::Count)];
    std::vector<std::vector<RawRow>> m_rawSegments; // addRecord appends to the last one
    size_t m_rawCount = 0;
    std::vector<MalformedSample> m_samples;
    std::int64_t m_lines = 0, m_records = 0, m_malformed = 0, m_skipped = 0;
    std::int64_t m_minTs = INT64_MAX, m_maxTs = INT64_MIN;
};

} // namespace es
