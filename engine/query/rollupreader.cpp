#include "query/rollupreader.h"

#include "store/sqlite.h"

#include <QCoreApplication>
#include <algorithm>
#include <sqlite3.h>
#include <string>

namespace es {

namespace {

class RollupReaderText
{
    Q_DECLARE_TR_FUNCTIONS(es::RollupReader)
};

const char *slotColumn(DimensionSlot s)
{
    switch (s) {
    case DimensionSlot::D1:
        return "d1";
    case DimensionSlot::D2:
        return "d2";
    case DimensionSlot::BotColumn:
        return "bot";
    }
    return "d1";
}

// " AND (d1 BETWEEN 1 AND 1 OR ...)" for every filter; the codes are numbers,
// so they are written into the statement.
std::string filterSql(const std::vector<ReadSpec::FilterPart> &filters, const ReadSpec::FilterPart *skip)
{
    std::string s;
    for (const ReadSpec::FilterPart &f : filters) {
        if (&f == skip)
            continue;
        s += " AND (";
        if (f.ranges.empty())
            s += "0";
        for (size_t i = 0; i < f.ranges.size(); ++i) {
            if (i)
                s += " OR ";
            s += std::string(slotColumn(f.slot)) + " BETWEEN " + std::to_string(f.ranges[i].lo) + " AND " +
                 std::to_string(f.ranges[i].hi);
        }
        s += ")";
    }
    return s;
}

std::string botSql(std::array<bool, 2> rows)
{
    if (rows[0] && !rows[1])
        return " AND bot = 0";
    if (!rows[0] && rows[1])
        return " AND bot = 1";
    return {};
}

// A filter that pins d1 to a few narrow ranges: one seek per stored bucket and
// range beats scanning every value of every bucket.
const ReadSpec::FilterPart *seekFilter(const ReadSpec &spec)
{
    if (spec.storedBuckets.empty())
        return nullptr;
    for (const ReadSpec::FilterPart &f : spec.filters) {
        if (f.slot != DimensionSlot::D1 || f.ranges.empty() || f.ranges.size() > 16)
            continue;
        bool narrow = true;
        for (const CodeRange &r : f.ranges)
            narrow = narrow && r.hi - r.lo <= 1000 && r.hi >= r.lo;
        if (narrow && spec.storedBuckets.size() * f.ranges.size() <= 50000)
            return &f;
    }
    return nullptr;
}

// Maps stored buckets to output buckets, remembering the last one: rows come
// in bucket order, so this calls bucketOf once per stored bucket.
struct BucketMapper
{
    const std::function<std::int64_t(std::int64_t)> &fn;
    std::int64_t lastIn = 0;
    std::int64_t lastOut = 0;
    bool has = false;

    std::int64_t operator()(std::int64_t b)
    {
        if (!has || b != lastIn) {
            lastIn = b;
            lastOut = fn ? fn(b) : b;
            has = true;
        }
        return lastOut;
    }
};

CellKey keyOfRow(const ReadSpec &spec, std::int64_t outBucket, std::int64_t d1, std::int64_t d2,
                 std::int64_t bot)
{
    CellKey k{outBucket, 0, 0};
    for (size_t i = 0; i < spec.keys.size() && i < 2; ++i) {
        const ReadSpec::KeyPart &p = spec.keys[i];
        const std::int64_t raw = p.slot == DimensionSlot::D1 ? d1 : p.slot == DimensionSlot::D2 ? d2 : bot;
        (i == 0 ? k.k1 : k.k2) = Dimensions::keyOf(p.dimension, raw);
    }
    return k;
}

} // namespace

const char *rollupTable(RollupLevel level)
{
    switch (level) {
    case RollupLevel::Minute:
        return "rollup_minute";
    case RollupLevel::Hour:
        return "rollup_hour";
    case RollupLevel::Day:
        return "rollup_day";
    }
    return "rollup_day";
}

QString rollupLevelName(RollupLevel level)
{
    switch (level) {
    case RollupLevel::Minute:
        return QStringLiteral("minute");
    case RollupLevel::Hour:
        return QStringLiteral("hour");
    case RollupLevel::Day:
        return QStringLiteral("day");
    }
    return {};
}

void CellData::addSketch(int bot, VisitorSketch &&s)
{
    if (!visitors)
        visitors = std::make_unique<Sketches>();
    std::optional<VisitorSketch> &slot = (*visitors)[size_t(bot)];
    if (slot)
        slot->merge(s);
    else
        slot = std::move(s);
}

void CellData::merge(const CellData &o)
{
    for (size_t b = 0; b < 2; ++b)
        sums[b].add(o.sums[b]);
    if (!o.visitors)
        return;
    for (int b = 0; b < 2; ++b) {
        if ((*o.visitors)[size_t(b)])
            addSketch(b, VisitorSketch(*(*o.visitors)[size_t(b)]));
    }
}

ColumnSums CellData::sumsFor(std::array<bool, 2> rows) const
{
    ColumnSums s;
    for (size_t b = 0; b < 2; ++b) {
        if (rows[b])
            s.add(sums[b]);
    }
    return s;
}

std::int64_t CellData::visitorsFor(std::array<bool, 2> rows) const
{
    if (!visitors)
        return 0;
    const VisitorSketch *only = nullptr;
    int present = 0;
    for (size_t b = 0; b < 2; ++b) {
        if (rows[b] && (*visitors)[b]) {
            only = &*(*visitors)[b];
            ++present;
        }
    }
    if (present == 0)
        return 0;
    if (present == 1)
        return std::int64_t(only->estimate());
    VisitorSketch u = *(*visitors)[0];
    u.merge(*(*visitors)[1]);
    return std::int64_t(u.estimate());
}

CellData &CellMap::operator[](const CellKey &k)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(hash(k)) & mask;; i = (i + 1) & mask) {
        const std::uint32_t s = m_slots[i];
        if (s == 0) {
            m_entries.emplace_back(k, CellData());
            m_slots[i] = std::uint32_t(m_entries.size());
            return m_entries.back().second;
        }
        if (m_entries[s - 1].first == k)
            return m_entries[s - 1].second;
    }
}

const CellData *CellMap::find(const CellKey &k) const
{
    if (m_slots.empty())
        return nullptr;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(hash(k)) & mask;; i = (i + 1) & mask) {
        const std::uint32_t s = m_slots[i];
        if (s == 0)
            return nullptr;
        if (m_entries[s - 1].first == k)
            return &m_entries[s - 1].second;
    }
}

void CellMap::grow()
{
    const std::size_t size = std::max<std::size_t>(64, m_slots.size() * 2);
    m_slots.assign(size, 0);
    m_entries.reserve(size / 2);
    const std::size_t mask = size - 1;
    for (std::size_t e = 0; e < m_entries.size(); ++e) {
        std::size_t i = std::size_t(hash(m_entries[e].first)) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = std::uint32_t(e + 1);
    }
}

bool RollupReader::failed(const QString &error)
{
    m_cancelled = cancelled() || m_conn.errorCode() == SQLITE_INTERRUPT;
    m_error = error;
    return false;
}

bool RollupReader::read(const ReadSpec &spec, CellMap &cells)
{
    m_error.clear();
    m_cancelled = false;
    if (cancelled()) {
        m_cancelled = true;
        return false;
    }
    if (spec.columns && !readCounters(spec, cells))
        return false;
    if (spec.visitors && !readVisitors(spec, cells))
        return false;
    if (spec.openSessions && !readOpenSessions(spec, cells))
        return false;
    return true;
}

bool RollupReader::readCounters(const ReadSpec &spec, CellMap &cells)
{
    std::vector<int> cols;
    std::string sql = "SELECT bucket, d1, d2, bot";
    for (int c = 0; c < kColumnCount; ++c) {
        if (spec.columns & columnBit(Column(c))) {
            cols.push_back(c);
            sql += std::string(", ") + columnSqlName(Column(c));
        }
    }
    const ReadSpec::FilterPart *seek = seekFilter(spec);
    sql += std::string(" FROM ") + rollupTable(spec.level) + " WHERE grp = ?1 AND " +
           (seek ? "bucket = ?2 AND d1 BETWEEN ?3 AND ?4" : "bucket >= ?2 AND bucket < ?3") +
           botSql(spec.botRows) + filterSql(spec.filters, seek);
    sql::Statement st = m_conn.prepare(sql);
    if (!st.isValid())
        return failed(st.errorString());

    BucketMapper mapBucket{spec.bucketOf};
    sqlite3_stmt *h = st.handle();
    std::size_t n = 0;
    auto consume = [&]() -> bool {
        while (st.step()) {
            if ((++n & 1023) == 0 && cancelled())
                return false;
            const std::int64_t bucket = sqlite3_column_int64(h, 0);
            const std::int64_t d1 = sqlite3_column_int64(h, 1);
            const std::int64_t d2 = sqlite3_column_int64(h, 2);
            const std::int64_t bot = sqlite3_column_int64(h, 3) ? 1 : 0;
            CellData &cell = cells[keyOfRow(spec, mapBucket(bucket), d1, d2, bot)];
            ColumnSums &sums = cell.sums[size_t(bot)];
            for (size_t i = 0; i < cols.size(); ++i)
                sums.v[size_t(cols[i])] += sqlite3_column_int64(h, int(i) + 4);
        }
        return st.errorString().isEmpty();
    };
    if (seek) {
        for (std::int64_t b : spec.storedBuckets) {
            if (b < spec.range.fromSecs || b >= spec.range.toSecs)
                continue;
            for (const CodeRange &r : seek->ranges) {
                st.reset();
                st.bind(1, spec.group).bind(2, b).bind(3, r.lo).bind(4, r.hi);
                if (!consume())
                    return failed(cancelled() ? QString() : st.errorString());
            }
        }
        return true;
    }
    st.bind(1, spec.group).bind(2, spec.range.fromSecs).bind(3, spec.range.toSecs);
    if (!consume())
        return failed(cancelled() ? QString() : st.errorString());
    return true;
}

bool RollupReader::readVisitors(const ReadSpec &spec, CellMap &cells)
{
    const std::string sql = "SELECT bucket, d1, d2, bot, sketch FROM visitors WHERE level = ?1 AND grp = ?2 "
                            "AND bucket >= ?3 AND bucket < ?4" +
                            botSql(spec.botRows) + filterSql(spec.filters, nullptr);
    sql::Statement st = m_conn.prepare(sql);
    if (!st.isValid())
        return failed(st.errorString());
    st.bind(1, int(spec.level)).bind(2, spec.group).bind(3, spec.range.fromSecs).bind(4, spec.range.toSecs);
    BucketMapper mapBucket{spec.bucketOf};
    sqlite3_stmt *h = st.handle();
    std::size_t n = 0;
    while (st.step()) {
        if ((++n & 63) == 0 && cancelled())
            return failed(QString());
        const std::int64_t bot = sqlite3_column_int64(h, 3) ? 1 : 0;
        const CellKey key = keyOfRow(spec, mapBucket(sqlite3_column_int64(h, 0)), sqlite3_column_int64(h, 1),
                                     sqlite3_column_int64(h, 2), bot);
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(h, 4));
        const int size = sqlite3_column_bytes(h, 4);
        std::optional<VisitorSketch> sketch =
            VisitorSketch::deserialize(std::string_view(blob ? blob : "", size_t(size)));
        if (!sketch)
            return failed(RollupReaderText::tr("A visitor sketch in the workspace is damaged (bucket %1). "
                                               "Re-import the logs of that period to rebuild it.")
                              .arg(sqlite3_column_int64(h, 0)));
        cells[key].addSketch(int(bot), std::move(*sketch));
    }
    if (!st.errorString().isEmpty() || cancelled())
        return failed(st.errorString());
    return true;
}

bool RollupReader::readOpenSessions(const ReadSpec &spec, CellMap &cells)
{
    const std::string sql =
        "SELECT bucket, d1, d2, bot, sum(sessions), sum(bounces), sum(session_views), sum(session_ms) "
        "FROM open_sessions WHERE level = ?1 AND grp = ?2 AND bucket >= ?3 AND bucket < ?4" +
        botSql(spec.botRows) + filterSql(spec.filters, nullptr) + " GROUP BY bucket, d1, d2, bot";
    sql::Statement st = m_conn.prepare(sql);
    if (!st.isValid())
        return failed(st.errorString());
    st.bind(1, int(spec.level)).bind(2, spec.group).bind(3, spec.range.fromSecs).bind(4, spec.range.toSecs);
    BucketMapper mapBucket{spec.bucketOf};
    sqlite3_stmt *h = st.handle();
    while (st.step()) {
        const std::int64_t bot = sqlite3_column_int64(h, 3) ? 1 : 0;
        const CellKey key = keyOfRow(spec, mapBucket(sqlite3_column_int64(h, 0)), sqlite3_column_int64(h, 1),
                                     sqlite3_column_int64(h, 2), bot);
        ColumnSums &s = cells[key].sums[size_t(bot)];
        for (int i = 0; i < 4; ++i)
            s.v[size_t(kFirstSessionColumn + i)] += sqlite3_column_int64(h, 4 + i);
    }
    if (!st.errorString().isEmpty() || cancelled())
        return failed(st.errorString());
    return true;
}

} // namespace es
