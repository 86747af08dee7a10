#pragma once
// What the import pipelines share: chunks of newline-separated input, the
// retention cut-offs of an import, and the parse of one chunk into a partial
// Aggregate (run on a parse worker). Files (FileImporter) and Kafka
// (KafkaConsumer) both feed chunks through it.

#include "aggregate/aggregate.h"
#include "core/blockingqueue.h"
#include "store/streamtext.h"

#include <QString>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace es {

class LineParser;
class Writer;
class ZoneBucketer;
struct Enricher;

inline constexpr size_t kPadding = 64; // readable bytes after every line, for simdjson

// A growable byte buffer that, unlike std::vector<char>, does not zero what
// it allocates: chunks are filled by read() anyway.
class ByteBuffer
{
public:
    char *data() { return m_data.get(); }
    const char *data() const { return m_data.get(); }
    size_t capacity() const { return m_capacity; }
    // Makes room for n bytes, keeping the first `keep` bytes.
    void reserve(size_t n, size_t keep = 0)
    {
        if (n <= m_capacity)
            return;
        std::unique_ptr<char[]> bigger(new char[n]);
        if (keep > 0)
            std::memcpy(bigger.get(), m_data.get(), keep);
        m_data = std::move(bigger);
        m_capacity = n;
    }

private:
    std::unique_ptr<char[]> m_data;
    size_t m_capacity = 0;
};

struct Chunk
{
    std::int64_t index = 0;
    std::int64_t offset = 0; // decompressed offset of data[0]
    ByteBuffer data;         // len bytes + kPadding zero bytes
    size_t len = 0;
    std::int64_t consumed = -1; // input bytes this chunk stands for, when not len
    bool oversizeLine = false;  // data holds only the start of one over-long line
    bool keepText = false;      // a stream's lines: the worker packs them (ChunkResult::text)
};

struct ChunkResult
{
    std::int64_t index = 0;
    std::int64_t endOffset = 0;
    Aggregate agg;
    QString parserState;
    std::vector<streamtext::Block> text; // the chunk's lines when Chunk::keepText, packed for stream_text
};

// What retention will not keep, given the newest event the workspace will
// have once this input is in: rows it would delete are not written at all.
struct Cutoffs
{
    bool keepRaw = true;
    std::int64_t rawMs = INT64_MIN;
    std::int64_t minuteSecs = INT64_MIN;
    std::int64_t hourSecs = INT64_MIN;
    std::int64_t detailMinuteSecs = INT64_MIN;
    std::int64_t detailHourSecs = INT64_MIN;
    std::uint32_t groups = ~0u; // the pre-aggregated groups (AnalyticsSettings::groups)
    Aggregate::PairGroups pairs = {{{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}};
};

// The cut-offs of an import into `writer` whose newest event will be
// `newestMs` (INT64_MIN when unknown), with its analytics groups.
Cutoffs importCutoffs(Writer &writer, bool keepRaw, std::int64_t newestMs);

// Parses one chunk into out.agg. Hour buckets are cached per hour window:
// consecutive records nearly always fall in the same hour.
void parseChunk(const Chunk &c, LineParser &parser, const ZoneBucketer &zone, const Cutoffs &cut,
                Enricher &enricher, ChunkResult &out);

// Parse workers: chunks go in with push(), partial aggregates come out of
// pop() in the order they finish (ChunkResult::index tells the input order).
// Each worker has its own clone of the parser (a stateful parser gets exactly
// one worker) and its own Enricher. Chunk buffers return to a pool.
class ParseWorkers
{
public:
    ParseWorkers(int workers, std::unique_ptr<LineParser> proto, const ZoneBucketer &zone, Cutoffs cutoffs,
                 const struct EnrichContext &enrich);
    ~ParseWorkers();
    ParseWorkers(const ParseWorkers &) = delete;
    ParseWorkers &operator=(const ParseWorkers &) = delete;

    int count() const { return int(m_threads.size()); }
    // A chunk from the pool, emptied.
    std::unique_ptr<Chunk> take();
    // Blocks while 2 chunks per worker are waiting.
    void push(std::unique_ptr<Chunk> chunk);
    // Blocks until a result is ready. Callers pop as many as they pushed.
    std::optional<std::unique_ptr<ChunkResult>> pop();
    std::optional<std::unique_ptr<ChunkResult>> tryPop() { return m_results.tryPop(); }
    // No more chunks: the workers stop once the queue is drained.
    void finish();

private:
    BlockingQueue<std::unique_ptr<Chunk>> m_work;
    BlockingQueue<std::unique_ptr<ChunkResult>> m_results;
    std::vector<std::unique_ptr<LineParser>> m_parsers;
    std::vector<std::thread> m_threads;
    Cutoffs m_cutoffs;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<Chunk>> m_pool;
};

} // namespace es
