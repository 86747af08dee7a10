#include "aggregate/aggregate.h"

#include "store/schema.h"

#include <algorithm>

namespace es {

namespace {
constexpr int kUnknownDevice = 0xF;
static_assert(int(StrDim::Count) - int(StrDim::Param0) == schema::kParamSlots);
static_assert(std::tuple_size_v<Aggregate::PairGroups> == schema::kPairSlots);
} // namespace

int Aggregate::strDimOf(int grp, int part) const
{
    if (schema::isPairGroup(grp)) {
        const int single = m_pairs[size_t(grp - schema::GroupPair0)][size_t(part)];
        return single >= 0 ? strDimOfGroup(single) : -1;
    }
    return part == 0 ? strDimOfGroup(grp) : -1;
}

int strDimOfGroup(int grp)
{
    switch (grp) {
    case schema::GroupPath:
    case schema::GroupPathDevice:
        return int(StrDim::Path);
    case schema::GroupSite:
        return int(StrDim::Site);
    case schema::GroupEventType:
        return int(StrDim::EventType);
    case schema::GroupMethod:
        return int(StrDim::Method);
    case schema::GroupBrowser:
        return int(StrDim::Browser);
    case schema::GroupOs:
        return int(StrDim::Os);
    case schema::GroupReferrer:
        return int(StrDim::Referrer);
    case schema::GroupBrowserVersion:
        return int(StrDim::BrowserVersion);
    default:
        return schema::isParamGroup(grp) ? int(StrDim::Param0) + grp - schema::GroupParam0 : -1;
    }
}

void Aggregate::addRecord(const Record &r, const RecordBuckets &b, const RecordFacts &facts,
                          std::int64_t lineOffset, std::int32_t lineLength)
{
    ++m_records;
    m_minTs = std::min(m_minTs, r.tsMs);
    m_maxTs = std::max(m_maxTs, r.tsMs);
    const std::int64_t secs = r.tsMs >= 0 ? r.tsMs / 1000 : -((-r.tsMs + 999) / 1000);
    const std::int64_t minute = secs >= 0 ? secs / 60 * 60 : -((-secs + 59) / 60) * 60;
    const bool bot = facts.bot;
    const std::uint64_t visitor = facts.visitor;
    // The finest level retention keeps for this record.
    const int fineLevel = b.minuteKept ? 0 : b.hourKept ? 1 : 2;
    RollupMap &fine = fineLevel == 0 ? m_minute : fineLevel == 1 ? m_hour : m_day;
    const std::int64_t fineBucket = fineLevel == 0 ? minute : fineLevel == 1 ? b.hour : b.day;
    // Visitor sketches: the total down to the minute, the groups per hour.
    const int vLevel = b.hourKept ? 1 : 2;
    const std::int64_t vBucket = b.hourKept ? b.hour : b.day;
    const int vdLevel = b.detailHourKept ? 1 : 2;
    const std::int64_t vdBucket = b.detailHourKept ? b.hour : b.day;
    auto count = [&](RollupMap &map, int grp, std::int64_t bucket, std::int64_t d1, int d2 = 0) {
        if (schema::groupOn(m_groups, grp))
            map[RollupKey(grp, bucket, d1, d2, bot)].add(r, facts.pageView, facts.download);
    };
    auto see = [&](int level, int grp, std::int64_t bucket, std::int64_t d1, int d2 = 0) {
        if (visitor != 0 && schema::groupOn(m_groups, grp))
            m_visitors[level][RollupKey(grp, bucket, d1, d2, bot)].add(visitor);
    };

    count(fine, schema::GroupTotal, fineBucket, 0);
    see(fineLevel, schema::GroupTotal, fineBucket, 0);
    if (r.status >= 0) {
        count(fine, schema::GroupStatus, fineBucket, r.status);
        see(vLevel, schema::GroupStatus, vBucket, r.status);
    }
    int siteId = -1;
    if (!r.site.empty()) {
        siteId = m_strings[int(StrDim::Site)].intern(r.site);
        count(fine, schema::GroupSite, fineBucket, siteId);
        see(vLevel, schema::GroupSite, vBucket, siteId);
    }
    int typeId = -1;
    if (r.kind == RecordKind::Event && !r.eventType.empty()) {
        typeId = m_strings[int(StrDim::EventType)].intern(r.eventType);
        count(fine, schema::GroupEventType, fineBucket, typeId);
        see(vLevel, schema::GroupEventType, vBucket, typeId);
    }
    const int level = b.detailMinuteKept ? 0 : b.detailHourKept ? 1 : 2;
    RollupMap &detail = level == 0 ? m_minute : level == 1 ? m_hour : m_day;
    const std::int64_t detailBucket = level == 0 ? minute : level == 1 ? b.hour : b.day;
    const int device = facts.deviceType < 0 ? kUnknownDevice : facts.deviceType;
    int pathId = -1;
    if (!r.path.empty()) {
        // Path x device is kept per day, for people only: a bot's device is
        // "bot", so its rows would repeat the path rows of bots.
        pathId = m_strings[int(StrDim::Path)].intern(r.path);
        count(detail, schema::GroupPath, detailBucket, pathId);
        if (!bot && device != kUnknownDevice)
            count(m_day, schema::GroupPathDevice, b.day, pathId, device);
        if (visitor != 0 && schema::groupOn(m_groups, schema::GroupPath))
            m_visitors[2][RollupKey(schema::GroupPath, b.day, pathId, 0, bot)].add(visitor);
    }
    int refId = -1;
    if (!facts.referrer.empty()) {
        refId = m_strings[int(StrDim::Referrer)].intern(facts.referrer);
        count(detail, schema::GroupReferrer, detailBucket, refId);
        see(vdLevel, schema::GroupReferrer, vdBucket, refId);
    }
    for (int slot = 0; slot < schema::kParamSlots; ++slot) {
        const std::string_view v = facts.params[size_t(slot)];
        if (v.empty())
            continue;
        const int id = m_strings[int(StrDim::Param0) + slot].intern(v);
        count(detail, schema::GroupParam0 + slot, detailBucket, id);
        see(vdLevel, schema::GroupParam0 + slot, vdBucket, id);
    }
    int browser = kNoId, os = kNoId, version = kNoId;
    if (r.kind == RecordKind::Request) {
        // The client groups (method, browser, browser version, OS, device,
        // bot, country) are counted under one combined key first: a chunk has
        // few combinations, so one map update per line replaces eight.
        // flushClientRows() splits them.
        const int method = r.method.empty() ? kNoId : m_strings[int(StrDim::Method)].intern(r.method);
        browser = facts.browser.empty() ? kNoId : m_strings[int(StrDim::Browser)].internStable(facts.browser);
        os = facts.os.empty() ? kNoId : m_strings[int(StrDim::Os)].internStable(facts.os);
        version = facts.browserVersion.empty()
                      ? kNoId
                      : m_strings[int(StrDim::BrowserVersion)].internStable(facts.browserVersion);
        if (method < kNoId && browser < kNoId && os < kNoId && version < kNoId) {
            const std::int64_t packed = std::int64_t(method) | std::int64_t(browser) << 16 |
                                        std::int64_t(os) << 32 | std::int64_t(device) << 48;
            const int d2 = int(facts.country) | version << 10;
            m_client[RollupKey(level, detailBucket, packed, d2, bot)].add(r, facts.pageView, facts.download);
            if (visitor != 0)
                m_clientVisitors[RollupKey(vdLevel, vdBucket, packed, d2, bot)].add(visitor);
        } else { // more than 65,534 distinct values in one part: count directly
            auto both = [&](int grp, std::int64_t d1, int d2 = 0) {
                count(detail, grp, detailBucket, d1, d2);
                see(vdLevel, grp, vdBucket, d1, d2);
            };
            if (method != kNoId)
                both(schema::GroupMethod, method);
            if (browser != kNoId)
                both(schema::GroupBrowser, browser);
            if (os != kNoId)
                both(schema::GroupOs, os);
            if (version != kNoId)
                both(schema::GroupBrowserVersion, version);
            if (device != kUnknownDevice) {
                both(schema::GroupDevice, device);
                both(schema::GroupCountryDevice, facts.country, device);
            }
            both(schema::GroupBot, bot ? 1 : 0);
            both(schema::GroupCountry, facts.country);
        }
    }
    if (m_pairs[0][0] >= 0 || m_pairs[1][0] >= 0 || m_pairs[2][0] >= 0 || m_pairs[3][0] >= 0) {
        // The code of the record in a single group, as its rows store it in
        // d1 (string ids of this aggregate); false when it has no value.
        auto codeOf = [&](int grp, std::int64_t &code) {
            auto str = [&](StrDim sd, std::string_view v) {
                if (v.empty())
                    return false;
                code = m_strings[int(sd)].intern(v);
                return true;
            };
            switch (grp) {
            case schema::GroupPath:
                return str(StrDim::Path, r.path);
            case schema::GroupSite:
                return str(StrDim::Site, r.site);
            case schema::GroupEventType:
                return r.kind == RecordKind::Event && str(StrDim::EventType, r.eventType);
            case schema::GroupReferrer:
                return str(StrDim::Referrer, facts.referrer);
            case schema::GroupMethod:
                return r.kind == RecordKind::Request && str(StrDim::Method, r.method);
            case schema::GroupBrowser:
                return r.kind == RecordKind::Request && str(StrDim::Browser, facts.browser);
            case schema::GroupOs:
                return r.kind == RecordKind::Request && str(StrDim::Os, facts.os);
            case schema::GroupBrowserVersion:
                return r.kind == RecordKind::Request && str(StrDim::BrowserVersion, facts.browserVersion);
            case schema::GroupStatus:
                code = r.status;
                return r.status >= 0;
            case schema::GroupCountry:
                code = facts.country;
                return r.kind == RecordKind::Request;
            case schema::GroupDevice:
                code = device;
                return r.kind == RecordKind::Request && device != kUnknownDevice;
            default:
                return false;
            }
        };
        for (int slot = 0; slot < schema::kPairSlots; ++slot) {
            const auto &pair = m_pairs[size_t(slot)];
            std::int64_t a = 0, c = 0;
            if (pair[0] < 0 || !codeOf(pair[0], a) || !codeOf(pair[1], c))
                continue;
            count(detail, schema::GroupPair0 + slot, detailBucket, a, int(c));
            see(vdLevel, schema::GroupPair0 + slot, vdBucket, a, int(c));
        }
    }
    if (b.rawKept) {
        if (m_rawSegments.empty())
            m_rawSegments.emplace_back();
        m_rawSegments.back().push_back({r.tsMs, lineOffset, lineLength, typeId, r.status});
        ++m_rawCount;
    }
    if (visitor != 0 && (facts.pageView || facts.sessionEvent != 0)) {
        SessionInput in;
        in.visitor = visitor;
        in.tsMs = r.tsMs;
        in.sessionId = facts.sessionId;
        in.kind = facts.sessionEvent == 1   ? SessionInput::Kind::SessionStart
                  : facts.sessionEvent == 2 ? SessionInput::Kind::SessionEnd
                                            : SessionInput::Kind::PageView;
        if (in.kind != SessionInput::Kind::PageView && in.sessionId == 0)
            return;
        in.attrs.ids = {pathId,
                        siteId,
                        refId,
                        browser == kNoId ? -1 : browser,
                        os == kNoId ? -1 : os,
                        version == kNoId ? -1 : version,
                        std::int64_t(facts.country) | std::int64_t(device) << 16};
        m_sessionInputs.push_back(in);
    }
}

void Aggregate::flushClientRows()
{
    RollupMap *levels[3] = {&m_minute, &m_hour, &m_day};
    // Calls fn(grp, d1, d2) for every group row a combined client key stands for.
    auto splitClient = [mask = m_groups](const RollupKey &k, auto &&fn0) {
        auto fn = [&](int grp, std::int64_t d1, int d2) {
            if (schema::groupOn(mask, grp))
                fn0(grp, d1, d2);
        };
        const int method = int(k.d1 & 0xFFFF);
        const int browser = int(k.d1 >> 16 & 0xFFFF);
        const int os = int(k.d1 >> 32 & 0xFFFF);
        const int device = int(k.d1 >> 48 & 0xF);
        const int country = k.d2 & 0x3FF;
        const int version = k.d2 >> 10 & 0xFFFF;
        if (method != kNoId)
            fn(schema::GroupMethod, method, 0);
        if (browser != kNoId)
            fn(schema::GroupBrowser, browser, 0);
        if (os != kNoId)
            fn(schema::GroupOs, os, 0);
        if (version != kNoId)
            fn(schema::GroupBrowserVersion, version, 0);
        if (device != kUnknownDevice) {
            fn(schema::GroupDevice, device, 0);
            fn(schema::GroupCountryDevice, country, device);
        }
        fn(schema::GroupBot, k.bot, 0);
        fn(schema::GroupCountry, country, 0);
    };
    for (const auto &[k, c] : m_client)
        splitClient(k, [&](int grp, std::int64_t d1, int d2) {
            (*levels[k.grp])[RollupKey(grp, k.bucket, d1, d2, k.bot)] += c;
        });
    for (const auto &[k, sketch] : m_clientVisitors)
        splitClient(k, [&](int grp, std::int64_t d1, int d2) {
            m_visitors[k.grp][RollupKey(grp, k.bucket, d1, d2, k.bot)].merge(sketch);
        });
    m_client.clear();
    m_clientVisitors.clear();
}

void Aggregate::addMalformed(std::int64_t lineNo, std::string_view reason, std::string_view line)
{
    ++m_malformed;
    if (int(m_samples.size()) < kMaxSamples)
        m_samples.push_back({lineNo, std::string(reason), std::string(line.substr(0, kSampleBytes))});
}

void Aggregate::merge(Aggregate &o, std::int64_t offsetBase, std::int64_t lineBase)
{
    o.flushClientRows();
    flushClientRows();
    // Translate the other aggregate's string ids into ours once per value.
    std::vector<int> map[size_t(StrDim::Count)];
    for (size_t d = 0; d < size_t(StrDim::Count); ++d) {
        map[d].resize(size_t(o.m_strings[d].size()));
        for (int i = 0; i < o.m_strings[d].size(); ++i)
            map[d][size_t(i)] = m_strings[d].intern(o.m_strings[d].value(i));
    }
    m_pairs = o.m_pairs; // every part of an import has the same configuration
    auto translate = [&](const RollupKey &k) {
        RollupKey t = k;
        if (const int sd = o.strDimOf(k.grp, 0); sd >= 0)
            t.d1 = map[sd][size_t(k.d1)];
        if (schema::isPairGroup(k.grp)) {
            if (const int sd = o.strDimOf(k.grp, 1); sd >= 0)
                t.d2 = map[sd][size_t(k.d2)];
        }
        return t;
    };
    for (const auto &[k, c] : o.m_minute)
        m_minute[translate(k)] += c;
    for (const auto &[k, c] : o.m_hour)
        m_hour[translate(k)] += c;
    for (const auto &[k, c] : o.m_day)
        m_day[translate(k)] += c;
    for (int level = 0; level < 3; ++level) {
        for (auto &[k, sketch] : o.m_visitors[level]) {
            auto [it, fresh] = m_visitors[level].try_emplace(translate(k));
            const size_t before = fresh ? 0 : it->second.memoryBytes();
            if (fresh)
                it->second = std::move(sketch);
            else
                it->second.merge(sketch);
            m_sketchBytes += it->second.memoryBytes() - before;
        }
        o.m_visitors[level].clear();
    }
    for (int i = 0; i < 2; ++i) {
        for (const auto &[k, s] : o.m_sessions[i])
            m_sessions[i][translate(k)].merge(s);
        o.m_sessions[i].clear();
    }
    for (std::vector<RawRow> &segment : o.m_rawSegments) {
        for (RawRow &r : segment) {
            r.offset += offsetBase;
            if (r.typeId >= 0)
                r.typeId = map[int(StrDim::EventType)][size_t(r.typeId)];
        }
        m_rawSegments.push_back(std::move(segment));
    }
    m_rawCount += o.m_rawCount;
    o.m_rawSegments.clear();
    o.m_rawCount = 0;
    for (const MalformedSample &s : o.m_samples) {
        if (int(m_samples.size()) >= kMaxSamples)
            break;
        m_samples.push_back({s.lineNo + lineBase, s.reason, s.text});
    }
    m_lines += o.m_lines;
    m_records += o.m_records;
    m_malformed += o.m_malformed;
    m_skipped += o.m_skipped;
    m_minTs = std::min(m_minTs, o.m_minTs);
    m_maxTs = std::max(m_maxTs, o.m_maxTs);
}

void Aggregate::clear()
{
    m_minute.clear();
    m_hour.clear();
    m_day.clear();
    m_client.clear();
    m_clientVisitors.clear();
    for (auto &v : m_visitors)
        v.clear();
    m_sketchBytes = 0;
    for (auto &s : m_sessions)
        s.clear();
    m_sessionInputs.clear();
    for (auto &t : m_strings)
        t.clear();
    m_rawSegments.clear();
    m_rawCount = 0;
    m_samples.clear();
    m_lines = m_records = m_malformed = m_skipped = 0;
    m_minTs = INT64_MAX;
    m_maxTs = INT64_MIN;
}

size_t Aggregate::approxBytes() const
{
    size_t strings = 0;
    for (const auto &t : m_strings)
        strings += size_t(t.size()) * 64;
    // Sketch entries, plus the heap of sketches that outgrew their first
    // table (kept up to date by merge()).
    size_t visitors = m_sketchBytes;
    for (const auto &v : m_visitors)
        visitors += v.memoryBytes();
    for (const auto &rows : m_sessions)
        visitors += rows.memoryBytes();
    return m_minute.memoryBytes() + m_hour.memoryBytes() + m_day.memoryBytes() + m_rawCount * sizeof(RawRow) +
           strings + visitors;
}

} // namespace es
