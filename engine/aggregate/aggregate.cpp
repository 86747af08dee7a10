#include "aggregate/aggregate.h"

#include "store/schema.h"

#include <algorithm>

namespace es {

int strDimOfGroup(int grp)
{
    switch (grp) {
    case schema::GroupPath:
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
    default:
        return -1;
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
    // The finest level retention keeps for this record.
    RollupMap &fine = b.minuteKept ? m_minute : b.hourKept ? m_hour : m_day;
    const std::int64_t fineBucket = b.minuteKept ? minute : b.hourKept ? b.hour : b.day;

    fine[{schema::GroupTotal, fineBucket, 0}].add(r, facts.pageView, facts.download);
    if (r.status >= 0)
        fine[{schema::GroupStatus, fineBucket, r.status}].add(r, facts.pageView, facts.download);
    if (!r.site.empty())
        fine[{schema::GroupSite, fineBucket, m_strings[int(StrDim::Site)].intern(r.site)}].add(
            r, facts.pageView, facts.download);
    int typeId = -1;
    if (r.kind == RecordKind::Event && !r.eventType.empty()) {
        typeId = m_strings[int(StrDim::EventType)].intern(r.eventType);
        fine[{schema::GroupEventType, fineBucket, typeId}].add(r, facts.pageView, facts.download);
    }
    RollupMap &detail = b.detailMinuteKept ? m_minute : b.detailHourKept ? m_hour : m_day;
    const std::int64_t detailBucket = b.detailMinuteKept ? minute : b.detailHourKept ? b.hour : b.day;
    auto addDetail = [&](int grp, std::int64_t d1) {
        detail[{grp, detailBucket, d1}].add(r, facts.pageView, facts.download);
    };
    if (!r.path.empty())
        addDetail(schema::GroupPath, m_strings[int(StrDim::Path)].intern(r.path));
    if (r.kind == RecordKind::Request) {
        // The client groups (method, browser, OS, device, bot) are counted
        // under one combined key first: a chunk has few combinations, so one
        // map update per line replaces five. flushClientRows() splits them.
        const int method = r.method.empty() ? kNoId : m_strings[int(StrDim::Method)].intern(r.method);
        const int browser =
            facts.browser.empty() ? kNoId : m_strings[int(StrDim::Browser)].internStable(facts.browser);
        const int os = facts.os.empty() ? kNoId : m_strings[int(StrDim::Os)].internStable(facts.os);
        if (method < kNoId && browser < kNoId && os < kNoId) {
            const int level = b.detailMinuteKept ? 0 : b.detailHourKept ? 1 : 2;
            const std::int64_t packed = std::int64_t(method) | std::int64_t(browser) << 16 |
                                        std::int64_t(os) << 32 |
                                        std::int64_t(facts.deviceType < 0 ? 0xF : facts.deviceType) << 48 |
                                        std::int64_t(facts.bot ? 1 : 0) << 52;
            m_client[{level, detailBucket, packed}].add(r, facts.pageView, facts.download);
        } else { // more than 65,534 distinct values in one part: count directly
            if (method != kNoId)
                addDetail(schema::GroupMethod, method);
            if (browser != kNoId)
                addDetail(schema::GroupBrowser, browser);
            if (os != kNoId)
                addDetail(schema::GroupOs, os);
            if (facts.deviceType >= 0)
                addDetail(schema::GroupDevice, facts.deviceType);
            addDetail(schema::GroupBot, facts.bot ? 1 : 0);
        }
    }
    if (b.rawKept) {
        if (m_rawSegments.empty())
            m_rawSegments.emplace_back();
        m_rawSegments.back().push_back({r.tsMs, lineOffset, lineLength, typeId, r.status});
        ++m_rawCount;
    }
}

void Aggregate::flushClientRows()
{
    RollupMap *levels[3] = {&m_minute, &m_hour, &m_day};
    for (const auto &[k, c] : m_client) {
        RollupMap &target = *levels[k.grp];
        const int method = int(k.d1 & 0xFFFF);
        const int browser = int(k.d1 >> 16 & 0xFFFF);
        const int os = int(k.d1 >> 32 & 0xFFFF);
        const int device = int(k.d1 >> 48 & 0xF);
        const int bot = int(k.d1 >> 52 & 1);
        if (method != kNoId)
            target[{schema::GroupMethod, k.bucket, method}] += c;
        if (browser != kNoId)
            target[{schema::GroupBrowser, k.bucket, browser}] += c;
        if (os != kNoId)
            target[{schema::GroupOs, k.bucket, os}] += c;
        if (device != 0xF)
            target[{schema::GroupDevice, k.bucket, device}] += c;
        target[{schema::GroupBot, k.bucket, bot}] += c;
    }
    m_client.clear();
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
    auto translate = [&](const RollupKey &k) {
        RollupKey t = k;
        const int sd = strDimOfGroup(k.grp);
        if (sd >= 0)
            t.d1 = map[sd][size_t(k.d1)];
        return t;
    };
    for (const auto &[k, c] : o.m_minute)
        m_minute[translate(k)] += c;
    for (const auto &[k, c] : o.m_hour)
        m_hour[translate(k)] += c;
    for (const auto &[k, c] : o.m_day)
        m_day[translate(k)] += c;
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
    return m_minute.memoryBytes() + m_hour.memoryBytes() + m_day.memoryBytes() + m_rawCount * sizeof(RawRow) +
           strings;
}

} // namespace es
