#include "ingest/chunkparser.h"

#include "core/workerthread.h"
#include "core/zonebucketer.h"
#include "formats/lineparser.h"
#include "ingest/enricher.h"
#include "store/writer.h"

namespace es {

Cutoffs importCutoffs(Writer &writer, bool keepRaw, std::int64_t newest)
{
    Cutoffs cutoffs;
    cutoffs.keepRaw = keepRaw;
    if (newest != INT64_MIN) {
        const RetentionPolicy policy = writer.retention();
        cutoffs.rawMs = RetentionPolicy::cutoffMs(newest, policy.rawDays);
        cutoffs.minuteSecs = RetentionPolicy::cutoffMs(newest, policy.minuteDays) / 1000;
        cutoffs.hourSecs = RetentionPolicy::cutoffMs(newest, policy.hourDays) / 1000;
        cutoffs.detailMinuteSecs = RetentionPolicy::cutoffMs(newest, policy.detailMinuteDays) / 1000;
        cutoffs.detailHourSecs = RetentionPolicy::cutoffMs(newest, policy.detailHourDays) / 1000;
    }
    const AnalyticsSettings settings = writer.analyticsSettings();
    cutoffs.groups = settings.groups;
    cutoffs.pairs = settings.pairs;
    return cutoffs;
}

void parseChunk(const Chunk &c, LineParser &parser, const ZoneBucketer &zone, const Cutoffs &cut,
                Enricher &enricher, ChunkResult &out)
{
    out.index = c.index;
    out.endOffset = c.offset + (c.consumed >= 0 ? c.consumed : std::int64_t(c.len));
    Aggregate &agg = out.agg;
    agg.setGroups(cut.groups);
    agg.setPairs(cut.pairs);
    if (c.oversizeLine) {
        agg.addLines(1);
        agg.addMalformed(1, "line longer than 1 MiB", std::string_view(c.data.data(), c.len));
        return;
    }
    const char *begin = c.data.data();
    const char *p = begin;
    const char *end = begin + c.len;
    std::int64_t lineNo = 0;
    std::int64_t hourStart = 1, hourEnd = 0, dayStart = 1, dayEnd = 0;
    Record r;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *le = nl ? nl : end;
        ++lineNo;
        const std::string_view line(p, size_t(le - p));
        switch (parser.parse(line, r)) {
        case ParseResult::Ok: {
            // About ±31,000 years: anything beyond is a broken time stamp, and
            // would overflow the bucket arithmetic.
            constexpr std::int64_t kMaxAbsMs = 1000000000000000;
            if (r.tsMs > kMaxAbsMs || r.tsMs < -kMaxAbsMs) {
                agg.addMalformed(lineNo, "time stamp out of range", line);
                break;
            }
            const std::int64_t secs = r.tsMs >= 0 ? r.tsMs / 1000 : (r.tsMs - 999) / 1000;
            if (secs < hourStart || secs >= hourEnd) {
                hourStart = zone.floor(secs, Granularity::Hour);
                hourEnd = hourStart + 3600;
                if (hourStart < dayStart || hourStart >= dayEnd) {
                    dayStart = zone.floor(hourStart, Granularity::Day);
                    dayEnd = zone.next(dayStart, Granularity::Day);
                }
            }
            RecordBuckets b;
            b.hour = hourStart;
            b.day = dayStart;
            b.minuteKept = secs >= cut.minuteSecs;
            b.hourKept = hourStart >= cut.hourSecs;
            b.detailMinuteKept = secs >= cut.detailMinuteSecs;
            b.detailHourKept = hourStart >= cut.detailHourSecs;
            b.rawKept = cut.keepRaw && r.tsMs >= cut.rawMs;
            if (r.site.empty() && enricher.ctx && !enricher.ctx->defaultSite.empty())
                r.site = enricher.ctx->defaultSite;
            agg.addRecord(r, b, enricher.facts(r), c.offset + (p - begin), std::int32_t(le - p));
            break;
        }
        case ParseResult::Skip:
            agg.addSkipped();
            break;
        case ParseResult::Malformed:
            agg.addMalformed(lineNo, parser.reason(), line);
            break;
        }
        p = le + 1;
    }
    agg.addLines(lineNo);
    agg.flushClientRows();
    if (parser.isStateful())
        out.parserState = parser.state();
}

ParseWorkers::ParseWorkers(int workers, std::unique_ptr<LineParser> proto, const ZoneBucketer &zone,
                           Cutoffs cutoffs, const EnrichContext &enrich)
    : m_work(size_t(std::max(1, workers)) * 2), m_results(size_t(std::max(1, workers)) * 2),
      m_cutoffs(cutoffs)
{
    const bool stateful = proto->isStateful();
    const int n = stateful ? 1 : std::max(1, workers);
    for (int i = 0; i < n; ++i) {
        m_parsers.push_back(stateful || i == n - 1 ? std::move(proto) : proto->clone());
        LineParser *parser = m_parsers.back().get();
        m_threads.emplace_back([this, parser, &zone, &enrich] {
            workerthread::enter("es-parse");
            Enricher enricher;
            enricher.ctx = &enrich;
            std::array<size_t, 3> lastRows{}; // consecutive chunks have about as many rows
            while (auto chunk = m_work.pop()) {
                auto r = std::make_unique<ChunkResult>();
                r->agg.reserveRows(lastRows);
                parseChunk(**chunk, *parser, zone, m_cutoffs, enricher, *r);
                lastRows = r->agg.rowCounts();
                // Compressed here, in parallel, rather than on the writer's thread.
                if ((*chunk)->keepText && (*chunk)->len > 0)
                    r->text = streamtext::packLines((*chunk)->offset, {(*chunk)->data.data(), (*chunk)->len});
                {
                    std::lock_guard lock(m_poolMutex);
                    m_pool.push_back(std::move(*chunk));
                }
                m_results.push(std::move(r));
            }
        });
    }
}

ParseWorkers::~ParseWorkers()
{
    m_work.close();
    m_results.close();
    for (std::thread &t : m_threads)
        t.join();
}

std::unique_ptr<Chunk> ParseWorkers::take()
{
    std::lock_guard lock(m_poolMutex);
    if (m_pool.empty())
        return std::make_unique<Chunk>();
    std::unique_ptr<Chunk> c = std::move(m_pool.back());
    m_pool.pop_back();
    *c = Chunk{0, 0, std::move(c->data)};
    return c;
}

void ParseWorkers::push(std::unique_ptr<Chunk> chunk)
{
    m_work.push(std::move(chunk));
}

std::optional<std::unique_ptr<ChunkResult>> ParseWorkers::pop()
{
    return m_results.pop();
}

void ParseWorkers::finish()
{
    m_work.close();
}

} // namespace es
