#pragma once
// The state of one KafkaConsumer::run(): the message format, the chunks on
// their way through the parse workers, the delta for the writer with the
// offsets it covers, the assignment and the status. Only the consumer's
// thread uses it, apart from the status, which librdkafka's error callback
// also writes (under statusMutex).

#include "aggregate/sessionfeeder.h"
#include "enrich/requestclassifier.h"
#include "formats/formatdetector.h"
#include "formats/formatregistry.h"
#include "ingest/chunkparser.h"
#include "ingest/enricher.h"
#include "ingest/kafkaclient.h"
#include "ingest/kafkaconsumer.h"
#include "ingest/rollupmerge.h"
#include "store/writer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <map>
#include <mutex>

namespace es {

namespace kafkaimpl {

constexpr size_t kChunkBytes = 512 * 1024; // a chunk goes to the parse workers at this size
constexpr std::int64_t kChunkAgeMs = 50;   // ... or this old
// A delta goes to the writer at this size (with its stream text). Every
// batch upserts the rollup rows and visitor sketches it touches, so larger
// batches write each row less often: 32 MiB consumes 2.5 times as fast as
// 6 MiB with raw events kept.
constexpr size_t kDeltaBytes = 32u << 20;
constexpr int kDetectMessages = 200;        // messages the format is detected from
constexpr std::int64_t kDetectWaitMs = 500; // ... or what came in this long
constexpr QLatin1StringView kEnvelopePrefix("envelope=");
constexpr QLatin1StringView kRollupFormat("rollup"); // pre-aggregated rollup records

inline std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A chunk's messages and what they cover.
struct ChunkMeta
{
    std::map<std::int32_t, std::int64_t> next; // partition -> offset after its last message here
    std::int64_t length = 0;                   // bytes of the chunk's lines
};

} // namespace kafkaimpl

struct KafkaConsumer::Impl
{
    using ChunkMeta = kafkaimpl::ChunkMeta;
    Impl(Writer &w, const KafkaOptions &o, std::atomic<bool> &c, KafkaResult &r)
        : writer(w), opt(o), cancel(c), res(r)
    {}

    Writer &writer;
    const KafkaOptions &opt;
    // Zone of timestamps without an offset: the one given, else the one the
    // topic was consumed in before (stored with its checkpoint).
    QString timeZone;
    std::atomic<bool> &cancel;
    KafkaResult &res;
    rd_kafka_t *rk = nullptr;
    FileCheckpoint cp;

    // Enrichment and sessions, as for files.
    AnalyticsSettings settings;
    std::unique_ptr<RequestClassifier> classifier;
    EnrichContext enrich;
    std::unique_ptr<SessionFeeder> sessions;
    Cutoffs cutoffs;

    // Format: known once detected (or given, or stored with the source).
    bool formatKnown = false;
    QString envelopeField;   // "" = the messages are the lines
    std::string envelopeKey; // envelopeField, as the parser's key
    bool jsonLines = false;
    std::vector<std::string> held; // messages before the format is known
    std::vector<std::pair<std::int32_t, std::int64_t>> heldOffsets;
    std::int64_t heldSinceMs = 0;
    std::unique_ptr<ParseWorkers> pool;
    // Rollup records are merged on this thread, straight into the delta:
    // there is nothing to parse in parallel and no line to keep.
    std::unique_ptr<RollupMerger> rollups;

    // Pipeline.
    std::unique_ptr<Chunk> chunk;
    ChunkMeta chunkMeta;
    std::int64_t chunkStartMs = 0;
    std::int64_t streamOffset = 0; // bytes of lines so far (Chunk::offset)
    std::int64_t nextIndex = 0, mergeIndex = 0, inflight = 0;
    std::map<std::int64_t, ChunkMeta> inflightMeta;
    std::map<std::int64_t, std::unique_ptr<ChunkResult>> pending;
    std::map<std::int32_t, std::int64_t> merged; // what the delta and the commits before it cover
    std::unique_ptr<CommitBatch> delta = std::make_unique<CommitBatch>();
    QElapsedTimer sinceSubmit;
    bool submittedAny = false;
    bool writerFailed = false;
    std::string line; // scratch

    // Assignment.
    bool paused = false;                           // fetching paused for the writer
    std::map<std::int32_t, bool> eof;              // assigned partition -> at its end
    std::map<std::int32_t, std::int64_t> consumed; // partition -> next offset to consume
    std::map<std::int32_t, std::int64_t> ends;     // partition -> its end when it was assigned

    // Status, read by status callbacks (same thread) and written by librdkafka's error callback.
    std::mutex statusMutex;
    KafkaStatus status;
    std::atomic<std::int64_t> lastCommitMs{0};
    std::int64_t totalMessages = 0;
    std::int64_t firstMessageNs = -1; // of the run's clock

    void setState(KafkaStatus::State s)
    {
        std::lock_guard lock(statusMutex);
        if (status.state != s) {
            status.state = s;
            status.sinceMs = kafkaimpl::nowMs();
        }
    }
    // Moves from `from` to `to`; false when the state is another one.
    bool transition(KafkaStatus::State from, KafkaStatus::State to)
    {
        std::lock_guard lock(statusMutex);
        if (status.state != from)
            return false;
        status.state = to;
        status.sinceMs = kafkaimpl::nowMs();
        return true;
    }
    void setError(const QString &e)
    {
        std::lock_guard lock(statusMutex);
        status.lastError = e;
    }

    static void onError(rd_kafka_t *, int err, const char *reason, void *opaque)
    {
        auto *self = static_cast<Impl *>(opaque);
        const QString text = QString::fromUtf8(reason);
        self->setError(text);
        if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN || err == RD_KAFKA_RESP_ERR__TRANSPORT ||
            err == RD_KAFKA_RESP_ERR__RESOLVE)
            self->setState(KafkaStatus::State::Disconnected);
    }

    static void onRebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *parts,
                            void *opaque)
    {
        auto *self = static_cast<Impl *>(opaque);
        const bool cooperative = std::string_view(rd_kafka_rebalance_protocol(rk)) == "COOPERATIVE";
        if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            self->assign(parts);
            if (!cooperative)
                self->paused = false; // a new assignment fetches
            if (cooperative)
                rd_kafka_error_destroy(rd_kafka_incremental_assign(rk, parts));
            else
                rd_kafka_assign(rk, parts);
        } else {
            // Everything read from the revoked partitions goes into the
            // workspace with its offsets before they are handed over.
            self->drain();
            for (int i = 0; i < parts->cnt; ++i) {
                self->eof.erase(parts->elems[i].partition);
                self->consumed.erase(parts->elems[i].partition);
                self->ends.erase(parts->elems[i].partition);
            }
            if (cooperative)
                rd_kafka_error_destroy(rd_kafka_incremental_unassign(rk, parts));
            else
                rd_kafka_assign(rk, nullptr);
        }
    }

    // Sets each newly assigned partition's start: the stored offset, or the
    // start option's.
    void assign(rd_kafka_topic_partition_list_t *parts)
    {
        const std::map<std::int32_t, std::int64_t> stored = writer.kafkaOffsets(cp.sourceId, opt.topic);
        std::vector<int> byTime;
        for (int i = 0; i < parts->cnt; ++i) {
            rd_kafka_topic_partition_t &p = parts->elems[i];
            eof[p.partition] = false;
            if (opt.untilCaughtUp) {
                // "Caught up" means at the end each partition had when it was assigned.
                std::int64_t lo = -1, hi = -1;
                if (rd_kafka_query_watermark_offsets(rk, p.topic, p.partition, &lo, &hi, 10000) ==
                    RD_KAFKA_RESP_ERR_NO_ERROR)
                    ends[p.partition] = hi;
            }
            if (auto it = stored.find(p.partition); it != stored.end()) {
                p.offset = it->second;
                consumed[p.partition] = it->second;
                continue;
            }
            switch (opt.start) {
            case KafkaOptions::Start::Stored:
                p.offset = RD_KAFKA_OFFSET_STORED;
                break;
            case KafkaOptions::Start::Earliest:
                p.offset = RD_KAFKA_OFFSET_BEGINNING;
                break;
            case KafkaOptions::Start::Latest:
                p.offset = RD_KAFKA_OFFSET_END;
                break;
            case KafkaOptions::Start::Time:
                p.offset = opt.startMs;
                byTime.push_back(i);
                break;
            }
        }
        if (!byTime.empty()) {
            rd_kafka_topic_partition_list_t *q = rd_kafka_topic_partition_list_new(int(byTime.size()));
            for (int i : byTime)
                rd_kafka_topic_partition_list_add(q, parts->elems[i].topic, parts->elems[i].partition)
                    ->offset = opt.startMs;
            const rd_kafka_resp_err_t e = rd_kafka_offsets_for_times(rk, q, 10000);
            for (int j = 0; j < q->cnt; ++j) {
                rd_kafka_topic_partition_t &p = parts->elems[byTime[size_t(j)]];
                // -1 (no message at or after the time): the end.
                p.offset = e == RD_KAFKA_RESP_ERR_NO_ERROR && q->elems[j].offset >= 0 ? q->elems[j].offset
                                                                                      : RD_KAFKA_OFFSET_END;
            }
            if (e != RD_KAFKA_RESP_ERR_NO_ERROR)
                setError(KafkaText::tr("Looking up offsets by time failed: %1").arg(kafkaErrorText(e)));
            rd_kafka_topic_partition_list_destroy(q);
        }
        std::lock_guard lock(statusMutex);
        status.partitions = int(eof.size());
    }

    bool decideFormat(bool force)
    {
        if (held.empty())
            return false;
        if (!force && int(held.size()) < kafkaimpl::kDetectMessages &&
            kafkaimpl::nowMs() - heldSinceMs < kafkaimpl::kDetectWaitMs)
            return false;
        if (opt.format.isEmpty()) {
            const auto marked = std::count_if(held.begin(), held.end(), RollupMerger::isRollupMessage);
            if (marked * 5 >= std::int64_t(held.size()) * 4)
                return startRollups();
        }
        QString field = opt.envelopeField;
        const std::string key = field.isEmpty() ? std::string("message") : field.toStdString();
        std::string extracted, raw;
        int envelopes = 0;
        for (const std::string &m : held) {
            raw.append(m).push_back('\n');
            if (field != QLatin1String("-") && jsonMemberText(m, key, line)) {
                ++envelopes;
                extracted.append(line).push_back('\n');
            }
        }
        FormatSpec spec;
        QString error;
        if (field.isEmpty() && envelopes * 5 >= int(held.size()) * 4) {
            // Envelopes when the field's text is a log in a known format.
            const DetectionResult inner = detectFormat(extracted);
            if (opt.format.isEmpty() ? inner.detected : true)
                field = QStringLiteral("message");
        } else if (field == QLatin1String("-")) {
            field.clear();
        }
        if (field.isEmpty() || envelopes == 0)
            field.clear();
        if (!opt.format.isEmpty()) {
            spec = parseFormatArgument(opt.format, &error);
        } else {
            const DetectionResult det = detectFormat(field.isEmpty() ? raw : extracted);
            if (!det.detected) {
                res.error = KafkaText::tr("The format of the messages of topic %1 could not be detected: %2. "
                                          "Name it with --format (see \"eventscope consume --help\").")
                                .arg(opt.topic, det.reason);
                return false;
            }
            spec = det.spec;
        }
        if (!error.isEmpty()) {
            res.error = error;
            return false;
        }
        return startParsing(spec, field);
    }

    bool startParsing(FormatSpec spec, const QString &field)
    {
        if (!timeZone.isEmpty())
            spec.timeZone = timeZone;
        QString error;
        std::unique_ptr<LineParser> proto = makeParser(spec, &error);
        if (!proto) {
            res.error = error;
            return false;
        }
        envelopeField = field;
        envelopeKey = field.toStdString();
        res.format = formatArgument(spec);
        cp.format = envelopeField.isEmpty() ? res.format
                                            : kafkaimpl::kEnvelopePrefix + envelopeField + u';' + res.format;
        jsonLines = res.format.startsWith(QLatin1String("json"));
        const int workers = std::max(1, opt.workers > 0 ? opt.workers : QThread::idealThreadCount());
        pool = std::make_unique<ParseWorkers>(workers, std::move(proto), writer.bucketer(), cutoffs, enrich);
        return formatDecided();
    }

    // Merges rollup records from now on, starting with those held.
    bool startRollups()
    {
        res.format = cp.format = kafkaimpl::kRollupFormat;
        rollups = std::make_unique<RollupMerger>(writer.bucketer(), cutoffs, settings.paramKeys);
        return formatDecided();
    }

    // The format is known: the messages held meanwhile go in.
    bool formatDecided()
    {
        {
            std::lock_guard lock(statusMutex);
            status.format = cp.format;
        }
        formatKnown = true;
        std::vector<std::string> messages = std::move(held);
        std::vector<std::pair<std::int32_t, std::int64_t>> offsets = std::move(heldOffsets);
        held.clear();
        heldOffsets.clear();
        for (size_t i = 0; i < messages.size(); ++i)
            append(messages[i], offsets[i].first, offsets[i].second);
        return true;
    }

    // Restores the format stored with the source, as "envelope=FIELD;FORMAT" or "FORMAT".
    bool restoreFormat(const QString &stored)
    {
        if (stored == kafkaimpl::kRollupFormat)
            return startRollups();
        QString field, format = stored;
        if (stored.startsWith(kafkaimpl::kEnvelopePrefix)) {
            const qsizetype semi = stored.indexOf(u';');
            field = stored.mid(kafkaimpl::kEnvelopePrefix.size(), semi - kafkaimpl::kEnvelopePrefix.size());
            format = stored.mid(semi + 1);
        }
        QString error;
        const FormatSpec spec = parseFormatArgument(format, &error);
        return error.isEmpty() && startParsing(spec, field);
    }

    void append(std::string_view payload, std::int32_t partition, std::int64_t offset)
    {
        if (rollups) {
            rollups->add(payload, delta->delta, ++cp.lineNo);
            merged[partition] = offset + 1;
            return;
        }
        std::string_view text = payload;
        if (!envelopeKey.empty() && jsonMemberText(payload, envelopeKey, line))
            text = line;
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
            text.remove_suffix(1);
        if (!chunk) {
            chunk = pool->take();
            chunk->index = nextIndex;
            chunk->offset = streamOffset;
            chunkStartMs = kafkaimpl::nowMs();
        }
        const size_t need = chunk->len + text.size() + 1 + kPadding;
        if (need > chunk->data.capacity())
            chunk->data.reserve(std::max(need, kafkaimpl::kChunkBytes + kafkaimpl::kChunkBytes / 4),
                                chunk->len);
        char *dst = chunk->data.data() + chunk->len;
        std::memcpy(dst, text.data(), text.size());
        if (jsonLines) {
            // A JSON event is one line: its line breaks can only be white space.
            for (size_t i = 0; i < text.size(); ++i) {
                if (dst[i] == '\n' || dst[i] == '\r')
                    dst[i] = ' ';
            }
        }
        dst[text.size()] = '\n';
        chunk->len += text.size() + 1;
        chunkMeta.next[partition] = offset + 1;
        if (chunk->len >= kafkaimpl::kChunkBytes)
            dispatch();
    }

    void dispatch()
    {
        if (!chunk)
            return;
        std::memset(chunk->data.data() + chunk->len, 0, kPadding);
        streamOffset += std::int64_t(chunk->len);
        chunkMeta.length = std::int64_t(chunk->len);
        // The lines are stored as the stream's text when raw events are kept.
        chunk->keepText = cutoffs.keepRaw;
        inflightMeta[nextIndex] = std::move(chunkMeta);
        chunkMeta = {};
        pool->push(std::move(chunk));
        ++nextIndex;
        ++inflight;
        while (inflight >= pool->count() * 2)
            merge(true);
    }

    void mergeResult(std::unique_ptr<ChunkResult> r)
    {
        pending.emplace(r->index, std::move(r));
        while (!pending.empty() && pending.begin()->first == mergeIndex) {
            ChunkResult &cr = *pending.begin()->second;
            sessions->feed(cr.agg, delta->delta);
            delta->delta.merge(cr.agg, 0, cp.lineNo);
            cp.lineNo += cr.agg.lines();
            ChunkMeta &meta = inflightMeta[mergeIndex];
            for (const auto &[p, next] : meta.next)
                merged[p] = next;
            // Stream offsets continue across runs (the checkpoint's offset),
            // so raw events keep distinct keys and their order.
            delta->addStreamBlocks(std::move(cr.text));
            cp.offset += meta.length;
            inflightMeta.erase(mergeIndex);
            pending.erase(pending.begin());
            ++mergeIndex;
            --inflight;
        }
    }

    // Merges finished chunks; with `block`, waits for at least one.
    void merge(bool block)
    {
        if (!pool)
            return;
        if (block && inflight > 0) {
            if (auto r = pool->pop())
                mergeResult(std::move(*r));
        }
        while (auto r = pool->tryPop())
            mergeResult(std::move(*r));
    }

    void submit(bool final)
    {
        if (delta->delta.isEmpty() && !(final && submittedAny))
            return;
        submittedAny = true;
        delta->checkpoint = cp;
        delta->checkpoint.sessionState = sessions->save();
        delta->final = final;
        if (final)
            sessions->addOpenRows(delta->openSessions);
        delta->kafkaTopic = opt.topic;
        delta->kafkaOffsets.assign(merged.begin(), merged.end());
        res.messages += delta->delta.lines();
        res.records += delta->delta.records();
        res.malformed += delta->delta.malformed();
        res.skipped += delta->delta.skipped();
        // Kafka learns the offsets once the workspace has them.
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(merged.size()));
        for (const auto &[p, next] : merged)
            rd_kafka_topic_partition_list_add(list, opt.topic.toUtf8().constData(), p)->offset = next;
        rd_kafka_t *client = rk;
        std::atomic<std::int64_t> *last = &lastCommitMs;
        auto shared =
            std::shared_ptr<rd_kafka_topic_partition_list_t>(list, rd_kafka_topic_partition_list_destroy);
        delta->afterCommit = [client, shared, last] {
            last->store(kafkaimpl::nowMs());
            if (shared->cnt > 0)
                rd_kafka_commit(client, shared.get(), 1);
        };
        auto next = std::make_unique<CommitBatch>();
        if (!writer.submit(std::move(delta)))
            writerFailed = true;
        delta = std::move(next);
        sinceSubmit.restart();
    }

    // Everything read so far into the workspace, committed.
    void drain()
    {
        if (!formatKnown) {
            // Not parsed yet: the stored offsets still point before these.
            held.clear();
            heldOffsets.clear();
            return;
        }
        dispatch();
        while (inflight > 0)
            merge(true);
        submit(false);
        if (!writer.flush())
            writerFailed = true;
    }

    // Back-pressure: while the writer's queue is full and the delta has
    // reached its size, fetching pauses (instead of this loop blocking, which
    // would stall rebalances); it resumes once the writer has room.
    void setPaused(bool on)
    {
        if (on == paused)
            return;
        rd_kafka_topic_partition_list_t *assigned = nullptr;
        if (rd_kafka_assignment(rk, &assigned) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return;
        if (on)
            rd_kafka_pause_partitions(rk, assigned);
        else
            rd_kafka_resume_partitions(rk, assigned);
        rd_kafka_topic_partition_list_destroy(assigned);
        paused = on;
        std::lock_guard lock(statusMutex);
        status.paused = on;
    }

    void maybeSubmit()
    {
        // The stream text counts, as packed.
        const bool full = delta->delta.approxBytes() + delta->streamBytes > kafkaimpl::kDeltaBytes;
        const bool writerBusy = writer.pendingBatches() >= Writer::kMaxQueued;
        setPaused(writerBusy && full);
        if (writerBusy)
            return;
        const qint64 age = sinceSubmit.elapsed();
        if (full || (age > 250 && (writer.pendingBatches() == 0 || age > 2000)))
            submit(false);
    }

    // The total lag (-1 when one partition's is unknown); fills `perPartition`.
    std::int64_t lag(std::vector<std::pair<int, std::int64_t>> &perPartition)
    {
        std::int64_t total = 0;
        perPartition.clear();
        const QByteArray topic = opt.topic.toUtf8();
        for (const auto &[p, atEnd] : eof) {
            if (atEnd) {
                perPartition.emplace_back(p, 0);
                continue;
            }
            std::int64_t lo = -1, hi = -1;
            std::int64_t behind = -1;
            if (rd_kafka_get_watermark_offsets(rk, topic.constData(), p, &lo, &hi) ==
                    RD_KAFKA_RESP_ERR_NO_ERROR &&
                hi >= 0) {
                auto it = consumed.find(p);
                const std::int64_t pos = it != consumed.end() ? it->second : lo;
                if (pos >= 0)
                    behind = std::max<std::int64_t>(0, hi - pos);
            }
            perPartition.emplace_back(p, behind);
            total = behind < 0 || total < 0 ? -1 : total + behind;
        }
        return total;
    }

    // Every assigned partition at its end (or, with untilCaughtUp, at least
    // at the end it had when it was assigned).
    bool caughtUp() const
    {
        if (eof.empty())
            return false;
        for (const auto &[p, atEnd] : eof) {
            if (atEnd)
                continue;
            const auto end = ends.find(p);
            const auto pos = consumed.find(p);
            if (end == ends.end() || pos == consumed.end() || pos->second < end->second)
                return false;
        }
        return true;
    }
};

} // namespace es
