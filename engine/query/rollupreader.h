#pragma once
// Reads rollup rows of one level and group for a time range into cells keyed
// by (output bucket, dimension keys), summing the counters separately for
// rows with bot = 0 and bot = 1, merging visitor sketches and adding the
// provisional rows of open sessions. Aggregation happens here in C++ over one
// range scan of the primary key (grp, bucket, d1, d2, bot), or over one seek
// per bucket when a filter pins d1 to a few values.

#include "aggregate/visitorsketch.h"
#include "query/dimensions.h"
#include "query/metrics.h"
#include "query/timerange.h"

#include <QString>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace es {

namespace sql {
class Connection;
}

enum class RollupLevel : int { Minute = 0, Hour = 1, Day = 2 };
const char *rollupTable(RollupLevel level);
QString rollupLevelName(RollupLevel level);

struct CellKey
{
    std::int64_t bucket = 0;
    std::int64_t k1 = 0;
    std::int64_t k2 = 0;
    friend bool operator==(const CellKey &, const CellKey &) = default;
};

// Counters and visitor sketches of one cell, split by the bot flag. The
// sketches are allocated only for queries that ask for visitors.
struct CellData
{
    std::array<ColumnSums, 2> sums;
    using Sketches = std::array<std::optional<VisitorSketch>, 2>;
    std::unique_ptr<Sketches> visitors;

    CellData() = default;
    CellData(CellData &&) noexcept = default;
    CellData &operator=(CellData &&) noexcept = default;
    CellData(const CellData &o) : sums(o.sums)
    {
        if (o.visitors)
            visitors = std::make_unique<Sketches>(*o.visitors);
    }

    void merge(const CellData &o);
    void addSketch(int bot, VisitorSketch &&s);
    // Sums over the bot rows that count (index 0: bot = 0, 1: bot = 1).
    ColumnSums sumsFor(std::array<bool, 2> rows) const;
    std::int64_t visitorsFor(std::array<bool, 2> rows) const;
};

// Cells by key: an open-addressing index over a dense vector of entries, so
// that a scan of many rows into few cells stays in cache and allocates once
// per growth, not once per cell.
class CellMap
{
public:
    using Entry = std::pair<CellKey, CellData>;

    CellData &operator[](const CellKey &k);
    const CellData *find(const CellKey &k) const;
    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    std::vector<Entry>::const_iterator begin() const { return m_entries.begin(); }
    std::vector<Entry>::const_iterator end() const { return m_entries.end(); }

    static std::uint64_t hash(const CellKey &k) noexcept
    {
        std::uint64_t h = std::uint64_t(k.bucket) * 0x9E3779B97F4A7C15ULL ^
                          std::uint64_t(k.k1) * 0xC2B2AE3D27D4EB4FULL ^
                          std::uint64_t(k.k2) * 0x165667B19E3779F9ULL;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93ULL;
        h ^= h >> 32;
        return h;
    }

private:
    void grow();

    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_slots; // entry index + 1; 0 = empty
};

struct ReadSpec
{
    RollupLevel level = RollupLevel::Day;
    int group = 0;
    TimeRange range; // stored bucket starts in [from, to)
    ColumnMask columns = 0;
    bool visitors = false;
    bool openSessions = false;
    std::array<bool, 2> botRows{true, true}; // bot values to read at all

    struct KeyPart
    {
        DimensionId dimension;
        DimensionSlot slot;
    };
    std::vector<KeyPart> keys; // 0 to 2
    struct FilterPart
    {
        DimensionSlot slot;
        std::vector<CodeRange> ranges; // any of them
    };
    std::vector<FilterPart> filters;

    // Stored bucket start -> output bucket (0 for a total). Called once per
    // distinct stored bucket.
    std::function<std::int64_t(std::int64_t)> bucketOf;
    // The stored bucket starts of the range, for the seek-per-bucket plan;
    // empty to always scan.
    std::vector<std::int64_t> storedBuckets;
};

class RollupReader
{
public:
    RollupReader(sql::Connection &c, const std::atomic<bool> *cancel) : m_conn(c), m_cancel(cancel) {}

    // Adds the rows of `spec` to `cells`. False with errorString() on an SQL
    // error or when cancelled (then wasCancelled()).
    bool read(const ReadSpec &spec, CellMap &cells);

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

private:
    bool readCounters(const ReadSpec &spec, CellMap &cells);
    bool readVisitors(const ReadSpec &spec, CellMap &cells);
    bool readOpenSessions(const ReadSpec &spec, CellMap &cells);
    bool failed(const QString &error);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    sql::Connection &m_conn;
    const std::atomic<bool> *m_cancel;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace es
