#include "ingest/kafkaconsumer.h"

#include "aggregate/sessionfeeder.h"
#include "enrich/requestclassifier.h"
#include "formats/formatdetector.h"
#include "formats/formatregistry.h"
#include "ingest/chunkparser.h"
#include "ingest/enricher.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <librdkafka/rdkafka.h>
#include <map>
#include <mutex>

namespace es {

namespace {

class KafkaText
{
    Q_DECLARE_TR_FUNCTIONS(es::KafkaConsumer)
};

constexpr size_t kChunkBytes = 512 * 1024;  // a chunk goes to the parse workers at this size
constexpr std::int64_t kChunkAgeMs = 50;    // ... or this old
constexpr size_t kDeltaBytes = 6u << 20;    // a delta goes to the writer at this size
constexpr int kDetectMessages = 200;        // messages the format is detected from
constexpr std::int64_t kDetectWaitMs = 500; // ... or what came in this long
constexpr QLatin1StringView kEnvelopePrefix("envelope=");

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString rdError(rd_kafka_resp_err_t err)
{
    return QString::fromUtf8(rd_kafka_err2str(err));
}

// Applies the options every client of ours shares; returns an error or "".
QString configure(rd_kafka_conf_t *conf, const QString &brokers,
                  const std::vector<std::pair<QString, QString>> &properties)
{
    char err[512];
    auto set = [&](const QString &k, const QString &v) -> QString {
        if (rd_kafka_conf_set(conf, k.toUtf8().constData(), v.toUtf8().constData(), err, sizeof err) !=
            RD_KAFKA_CONF_OK)
            return KafkaText::tr("Kafka setting %1: %2").arg(k, QString::fromUtf8(err));
        return {};
    };
    QString e = set(QStringLiteral("bootstrap.servers"), brokers);
    for (const auto &[k, v] : properties) {
        if (e.isEmpty())
            e = set(k, v);
    }
    return e;
}

// A chunk's messages and what they cover.
struct ChunkMeta
{
    std::map<std::int32_t, std::int64_t> next; // partition -> offset after its last message here
};

} // namespace

QString kafkaStateName(KafkaStatus::State s)
{
    switch (s) {
    case KafkaStatus::State::Connecting:
        return QStringLiteral("connecting");
    case KafkaStatus::State::Consuming:
        return QStringLiteral("consuming");
    case KafkaStatus::State::CaughtUp:
        return QStringLiteral("caught-up");
    case KafkaStatus::State::Disconnected:
        return QStringLiteral("disconnected");
    case KafkaStatus::State::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

struct KafkaConsumer::Impl
{
    Impl(Writer &w, const KafkaOptions &o, std::atomic<bool> &c, KafkaResult &r)
        : writer(w), opt(o), cancel(c), res(r)
    {}

    Writer &writer;
    const KafkaOptions &opt;
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
    QString envelopeField; // "" = the messages are the lines
    bool jsonLines = false;
    std::vector<std::string> held; // messages before the format is known
    std::vector<std::pair<std::int32_t, std::int64_t>> heldOffsets;
    std::int64_t heldSinceMs = 0;
    std::unique_ptr<ParseWorkers> pool;

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
            status.sinceMs = nowMs();
        }
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
                setError(KafkaText::tr("Looking up offsets by time failed: %1").arg(rdError(e)));
            rd_kafka_topic_partition_list_destroy(q);
        }
        std::lock_guard lock(statusMutex);
        status.partitions = int(eof.size());
    }

    bool decideFormat(bool force)
    {
        if (held.empty())
            return false;
        if (!force && int(held.size()) < kDetectMessages && nowMs() - heldSinceMs < kDetectWaitMs)
            return false;
        QString field = opt.envelopeField;
        std::string extracted, raw;
        int envelopes = 0;
        for (const std::string &m : held) {
            raw.append(m).push_back('\n');
            if (field != QLatin1String("-") &&
                jsonMemberText(
                    m, field.isEmpty() ? std::string_view("message") : std::string_view(field.toStdString()),
                    line)) {
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
        if (!opt.timeZone.isEmpty())
            spec.timeZone = opt.timeZone;
        QString error;
        std::unique_ptr<LineParser> proto = makeParser(spec, &error);
        if (!proto) {
            res.error = error;
            return false;
        }
        envelopeField = field;
        res.format = formatArgument(spec);
        cp.format =
            envelopeField.isEmpty() ? res.format : kEnvelopePrefix + envelopeField + u';' + res.format;
        jsonLines = res.format.startsWith(QLatin1String("json"));
        {
            std::lock_guard lock(statusMutex);
            status.format = cp.format;
        }
        const int workers = std::max(1, opt.workers > 0 ? opt.workers : QThread::idealThreadCount());
        pool = std::make_unique<ParseWorkers>(workers, std::move(proto), writer.bucketer(), cutoffs, enrich);
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
        QString field, format = stored;
        if (stored.startsWith(kEnvelopePrefix)) {
            const qsizetype semi = stored.indexOf(u';');
            field = stored.mid(kEnvelopePrefix.size(), semi - kEnvelopePrefix.size());
            format = stored.mid(semi + 1);
        }
        QString error;
        const FormatSpec spec = parseFormatArgument(format, &error);
        return error.isEmpty() && startParsing(spec, field);
    }

    void append(std::string_view payload, std::int32_t partition, std::int64_t offset)
    {
        std::string_view text = payload;
        if (!envelopeField.isEmpty() && jsonMemberText(payload, envelopeField.toStdString(), line))
            text = line;
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
            text.remove_suffix(1);
        if (!chunk) {
            chunk = pool->take();
            chunk->index = nextIndex;
            chunk->offset = streamOffset;
            chunkStartMs = nowMs();
        }
        const size_t need = chunk->len + text.size() + 1 + kPadding;
        if (need > chunk->data.capacity())
            chunk->data.reserve(std::max(need, kChunkBytes + kChunkBytes / 4), chunk->len);
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
        if (chunk->len >= kChunkBytes)
            dispatch();
    }

    void dispatch()
    {
        if (!chunk)
            return;
        std::memset(chunk->data.data() + chunk->len, 0, kPadding);
        streamOffset += std::int64_t(chunk->len);
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
            for (const auto &[p, next] : inflightMeta[mergeIndex].next)
                merged[p] = next;
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
            last->store(nowMs());
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
        const bool full = delta->delta.approxBytes() > kDeltaBytes;
        const bool writerBusy = writer.pendingBatches() >= Writer::kMaxQueued;
        setPaused(writerBusy && full);
        if (writerBusy)
            return;
        const qint64 age = sinceSubmit.elapsed();
        if (full || (age > 250 && (writer.pendingBatches() == 0 || age > 2000)))
            submit(false);
    }

    std::int64_t lag()
    {
        std::int64_t total = 0;
        const QByteArray topic = opt.topic.toUtf8();
        for (const auto &[p, atEnd] : eof) {
            if (atEnd)
                continue;
            std::int64_t lo = -1, hi = -1;
            if (rd_kafka_get_watermark_offsets(rk, topic.constData(), p, &lo, &hi) !=
                    RD_KAFKA_RESP_ERR_NO_ERROR ||
                hi < 0)
                return -1;
            auto it = consumed.find(p);
            const std::int64_t pos = it != consumed.end() ? it->second : lo;
            if (pos < 0)
                return -1;
            total += std::max<std::int64_t>(0, hi - pos);
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

KafkaConsumer::KafkaConsumer(Writer &writer, KafkaOptions options)
    : m_writer(writer), m_options(std::move(options))
{}

KafkaConsumer::~KafkaConsumer() = default;

KafkaResult KafkaConsumer::run(const StatusCallback &statusCb)
{
    QElapsedTimer clock;
    clock.start();
    KafkaResult res;
    if (m_options.brokers.trimmed().isEmpty() || m_options.topic.trimmed().isEmpty()) {
        res.error = KafkaText::tr("Name the Kafka brokers (host:port) and the topic to consume.");
        return res;
    }
    Impl d(m_writer, m_options, m_cancel, res);
    d.sinceSubmit.start();
    d.status.sinceMs = nowMs();

    // The consumer.
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    QString e = configure(conf, m_options.brokers,
                          {{QStringLiteral("group.id"), m_options.group},
                           {QStringLiteral("client.id"), QStringLiteral("eventscope")},
                           {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                           {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
                           {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
                           // librdkafka stops fetching while the local queue holds this many
                           // messages and looks again only about a second later: with the
                           // default (100,000) a consumer that parses stalls for a second at
                           // every burst. queued.max.messages.kbytes still bounds the memory.
                           {QStringLiteral("queued.min.messages"), QStringLiteral("1000000")},
                           {QStringLiteral("auto.offset.reset"),
                            m_options.start == KafkaOptions::Start::Latest ? QStringLiteral("latest")
                                                                           : QStringLiteral("earliest")}});
    if (e.isEmpty())
        e = configure(conf, m_options.brokers, m_options.properties);
    if (!e.isEmpty()) {
        rd_kafka_conf_destroy(conf);
        res.error = e;
        return res;
    }
    rd_kafka_conf_set_opaque(conf, &d);
    rd_kafka_conf_set_error_cb(conf, &Impl::onError);
    rd_kafka_conf_set_rebalance_cb(conf, &Impl::onRebalance);
    d.rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!d.rk) {
        res.error = KafkaText::tr("The Kafka consumer could not be created: %1").arg(QString::fromUtf8(err));
        return res;
    }
    rd_kafka_poll_set_consumer(d.rk);
    auto destroy = qScopeGuard([&d] {
        rd_kafka_consumer_close(d.rk);
        rd_kafka_destroy(d.rk);
    });

    // The cluster's identity names the source, so offsets stay with the cluster they belong to.
    QString clusterId;
    QElapsedTimer connecting;
    connecting.start();
    while (clusterId.isEmpty() && !m_cancel) {
        if (char *id = rd_kafka_clusterid(d.rk, 1000)) {
            clusterId = QString::fromUtf8(id);
            rd_kafka_mem_free(d.rk, id);
            break;
        }
        if (connecting.elapsed() > m_options.connectTimeoutMs) {
            std::lock_guard lock(d.statusMutex);
            res.error =
                KafkaText::tr("No Kafka broker answered at %1 within %2 s (%3). Check the address and "
                              "that the cluster is running.")
                    .arg(m_options.brokers)
                    .arg(m_options.connectTimeoutMs / 1000)
                    .arg(d.status.lastError.isEmpty() ? KafkaText::tr("no answer") : d.status.lastError);
            return res;
        }
        if (statusCb) {
            KafkaStatus s;
            {
                std::lock_guard lock(d.statusMutex);
                s = d.status;
            }
            if (!statusCb(s))
                m_cancel = true;
        }
    }
    if (m_cancel) {
        res.status = KafkaResult::Status::Stopped;
        return res;
    }
    res.source = QStringLiteral("kafka://%1/%2").arg(clusterId, m_options.topic);
    Writer::FileMatch match =
        m_writer.registerStream(QStringLiteral("kafka"), res.source, m_options.topic, m_options.format);
    if (!match.error.isEmpty()) {
        res.error = KafkaText::tr("Cannot record the topic in the workspace: %1").arg(match.error);
        return res;
    }
    d.cp = match.checkpoint;

    // Enrichment and sessions.
    d.settings = m_writer.analyticsSettings();
    d.classifier = std::make_unique<RequestClassifier>(d.settings.classifier);
    d.enrich.classifier = d.classifier.get();
    d.enrich.configure(d.settings);
    if (d.settings.geoip || !m_options.geoipPath.isEmpty()) {
        QString geoError;
        d.enrich.geo = sharedGeoLookup(
            m_options.geoipPath.isEmpty() ? d.settings.geoipPath : m_options.geoipPath, &geoError);
        if (!d.enrich.geo)
            res.warnings << KafkaText::tr("Countries are not available: %1").arg(geoError);
    }
    d.cutoffs = importCutoffs(m_writer, false, m_writer.newestEventMs());
    Sessionizer::Config sessionConfig;
    sessionConfig.timeoutMs = std::int64_t(d.settings.sessionTimeoutSecs) * 1000;
    sessionConfig.windowMs = std::int64_t(d.settings.sessionWindowSecs) * 1000;
    d.sessions = std::make_unique<SessionFeeder>(m_writer.bucketer(), sessionConfig);
    d.sessions->setGroups(d.settings.groups);
    if (!d.cp.sessionState.empty() && !d.sessions->restore(d.cp.sessionState))
        res.warnings << KafkaText::tr("The saved sessions of the topic could not be read; sessions that were "
                                      "open when it was last consumed start anew.");
    if (!m_options.format.isEmpty()) {
        QString error;
        const FormatSpec spec = parseFormatArgument(m_options.format, &error);
        if (!error.isEmpty()) {
            res.error = error;
            return res;
        }
        const QString field =
            m_options.envelopeField == QLatin1String("-") ? QString() : m_options.envelopeField;
        if (!d.startParsing(spec, field))
            return res;
    } else if (!d.cp.format.isEmpty() && !d.restoreFormat(d.cp.format)) {
        d.cp.format.clear(); // detect again
    }

    // A topic the cluster does not have is an error when catching up; when
    // following, the subscription waits for it.
    {
        const rd_kafka_metadata_t *md = nullptr;
        if (rd_kafka_metadata(d.rk, 1, nullptr, &md, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            bool found = false;
            for (int i = 0; i < md->topic_cnt && !found; ++i)
                found = m_options.topic == QString::fromUtf8(md->topics[i].topic);
            rd_kafka_metadata_destroy(md);
            if (!found && m_options.untilCaughtUp) {
                res.error = KafkaText::tr("Topic %1 does not exist on the cluster at %2; check its name "
                                          "(\"eventscope consume --list-topics\" lists them).")
                                .arg(m_options.topic, m_options.brokers);
                return res;
            }
            if (!found)
                d.setError(KafkaText::tr("Waiting for topic %1 to be created.").arg(m_options.topic));
        }
    }

    // Consume.
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, m_options.topic.toUtf8().constData(), RD_KAFKA_PARTITION_UA);
    const rd_kafka_resp_err_t subErr = rd_kafka_subscribe(d.rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (subErr != RD_KAFKA_RESP_ERR_NO_ERROR) {
        res.error = KafkaText::tr("Subscribing to %1 failed: %2").arg(m_options.topic, rdError(subErr));
        return res;
    }
    d.setState(KafkaStatus::State::Connecting);
    QElapsedTimer sinceStatus, rateClock;
    sinceStatus.start();
    rateClock.start();
    std::int64_t rateBase = 0;
    bool failed = false;
    while (!m_cancel && !d.writerFailed && !failed) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(d.rk, 20);
        if (m) {
            if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
                if (d.status.state != KafkaStatus::State::Consuming)
                    d.setState(KafkaStatus::State::Consuming);
                d.eof[m->partition] = false;
                d.consumed[m->partition] = m->offset + 1;
                if (d.totalMessages++ == 0)
                    d.firstMessageNs = clock.nsecsElapsed();
                const std::string_view payload(static_cast<const char *>(m->payload), m->len);
                if (d.formatKnown) {
                    d.append(payload, m->partition, m->offset);
                } else {
                    if (d.held.empty())
                        d.heldSinceMs = nowMs();
                    d.held.emplace_back(payload);
                    d.heldOffsets.emplace_back(m->partition, m->offset);
                }
            } else if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                if (d.eof.count(m->partition))
                    d.eof[m->partition] = true;
                d.consumed[m->partition] = m->offset;
            } else {
                const QString text = QString::fromUtf8(rd_kafka_message_errstr(m));
                d.setError(text);
                if (m->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART ||
                    m->err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC) {
                    if (m_options.untilCaughtUp) {
                        res.error =
                            KafkaText::tr("Topic %1 does not exist on the cluster at %2; check its name "
                                          "(\"eventscope consume --list-topics\" lists them).")
                                .arg(m_options.topic, m_options.brokers);
                        failed = true;
                    }
                } else if (rd_kafka_fatal_error(d.rk, err, sizeof err) != RD_KAFKA_RESP_ERR_NO_ERROR) {
                    res.error = KafkaText::tr("Kafka reported a fatal error: %1").arg(QString::fromUtf8(err));
                    failed = true;
                }
            }
            rd_kafka_message_destroy(m);
        }
        if (!d.formatKnown && !d.decideFormat(d.caughtUp())) {
            if (!res.error.isEmpty())
                failed = true;
        }
        if (d.formatKnown) {
            if (d.chunk && (!m || nowMs() - d.chunkStartMs >= kChunkAgeMs))
                d.dispatch();
            d.merge(false);
            d.maybeSubmit();
        }
        // Only an idle poll can find every partition at its end.
        const bool idle = !m && d.held.empty() && !d.chunk && d.inflight == 0;
        if (idle && d.caughtUp()) {
            if (d.status.state == KafkaStatus::State::Consuming)
                d.setState(KafkaStatus::State::CaughtUp);
            if (m_options.untilCaughtUp)
                break;
        }
        if (sinceStatus.elapsed() >= 200) {
            sinceStatus.restart();
            KafkaStatus s;
            {
                std::lock_guard lock(d.statusMutex);
                if (d.caughtUp() && d.status.state == KafkaStatus::State::Disconnected)
                    d.status.state = KafkaStatus::State::CaughtUp;
                d.status.messages = res.messages + d.delta->delta.lines();
                d.status.records = res.records + d.delta->delta.records();
                d.status.malformed = res.malformed + d.delta->delta.malformed();
                d.status.skipped = res.skipped + d.delta->delta.skipped();
                const double secs = double(rateClock.elapsed()) / 1000.0;
                if (secs >= 1.0) {
                    d.status.messagesPerSecond = double(d.totalMessages - rateBase) / secs;
                    rateBase = d.totalMessages;
                    rateClock.restart();
                }
                d.status.lag = d.lag();
                d.status.lastCommitMs = d.lastCommitMs;
                s = d.status;
            }
            if (statusCb && !statusCb(s))
                m_cancel = true;
        }
    }

    // Stop: what was read goes in, with the sessions still open as provisional rows.
    if (d.formatKnown && !failed) {
        d.dispatch();
        while (d.inflight > 0)
            d.merge(true);
        d.submit(true);
    }
    const bool flushed = m_writer.flush();
    d.pool.reset();
    res.seconds = double(clock.nsecsElapsed()) / 1e9;
    res.activeSeconds = d.firstMessageNs < 0 ? 0 : double(clock.nsecsElapsed() - d.firstMessageNs) / 1e9;
    res.messagesPerSecond = res.activeSeconds > 0 ? double(res.messages) / res.activeSeconds : 0;
    if (statusCb) {
        KafkaStatus s;
        {
            std::lock_guard lock(d.statusMutex);
            d.status.state = KafkaStatus::State::Stopped;
            d.status.messages = res.messages;
            d.status.records = res.records;
            d.status.malformed = res.malformed;
            d.status.lastCommitMs = d.lastCommitMs;
            s = d.status;
        }
        statusCb(s);
    }
    if (!flushed || d.writerFailed) {
        res.status = KafkaResult::Status::Failed;
        res.error = KafkaText::tr("Consuming %1 stopped: %2").arg(m_options.topic, m_writer.errorString());
        return res;
    }
    if (failed)
        return res;
    res.status = m_cancel ? KafkaResult::Status::Stopped : KafkaResult::Status::CaughtUp;
    return res;
}

QString listKafkaTopics(const QString &brokers, const std::vector<std::pair<QString, QString>> &properties,
                        int timeoutMs, std::vector<KafkaTopicInfo> &out)
{
    out.clear();
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    QString e = configure(conf, brokers, properties);
    if (!e.isEmpty()) {
        rd_kafka_conf_destroy(conf);
        return e;
    }
    char err[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        return KafkaText::tr("The Kafka client could not be created: %1").arg(QString::fromUtf8(err));
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t r = rd_kafka_metadata(rk, 1, nullptr, &md, timeoutMs);
    if (r != RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_destroy(rk);
        return KafkaText::tr(
                   "No answer from the Kafka cluster at %1: %2. Check the address, the port and the "
                   "security settings.")
            .arg(brokers, rdError(r));
    }
    for (int i = 0; i < md->topic_cnt; ++i) {
        const QString name = QString::fromUtf8(md->topics[i].topic);
        if (!name.startsWith(u"__"))
            out.push_back({name, md->topics[i].partition_cnt});
    }
    std::sort(out.begin(), out.end(),
              [](const KafkaTopicInfo &a, const KafkaTopicInfo &b) { return a.name < b.name; });
    rd_kafka_metadata_destroy(md);
    rd_kafka_destroy(rk);
    return {};
}

} // namespace es
