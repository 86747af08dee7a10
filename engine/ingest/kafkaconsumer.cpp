#include "ingest/kafkaconsumer.h"

#include "ingest/kafkaconsumerimpl.h"

namespace es {

using namespace kafkaimpl;

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
    QString e =
        configureKafka(conf, m_options.brokers,
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
                        // A consumer restarted after a crash gets its partitions once the
                        // group has given up on the old member: 10 s (Kafka's default
                        // before 3.0) instead of 45 s. librdkafka heartbeats from its own
                        // thread, so a busy writer never looks dead. -X overrides it.
                        {QStringLiteral("session.timeout.ms"), QStringLiteral("10000")},
                        {QStringLiteral("auto.offset.reset"), m_options.start == KafkaOptions::Start::Latest
                                                                  ? QStringLiteral("latest")
                                                                  : QStringLiteral("earliest")}});
    if (e.isEmpty())
        e = configureKafka(conf, m_options.brokers, m_options.properties);
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
    res.source =
        QStringLiteral("kafka://%1/%2")
            .arg(m_options.clusterName.isEmpty() ? clusterId : m_options.clusterName, m_options.topic);
    Writer::FileMatch match =
        m_writer.registerStream(QStringLiteral("kafka"), res.source, m_options.topic, m_options.format);
    if (!match.error.isEmpty()) {
        res.error = KafkaText::tr("Cannot record the topic in the workspace: %1").arg(match.error);
        return res;
    }
    d.cp = match.checkpoint;
    d.streamOffset = d.cp.offset;
    d.timeZone = m_options.timeZone.isEmpty() ? d.cp.timeZone : m_options.timeZone;
    if (d.timeZone != d.cp.timeZone) {
        if (const QString error = m_writer.setCheckpointTimeZone(d.cp.id, d.timeZone); !error.isEmpty())
            res.warnings << KafkaText::tr("The time zone of topic %1 could not be stored: %2")
                                .arg(m_options.topic, error);
        d.cp.timeZone = d.timeZone;
    }

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
    d.cutoffs = importCutoffs(m_writer, m_options.keepRawEvents, m_writer.newestEventMs());
    Sessionizer::Config sessionConfig;
    sessionConfig.timeoutMs = std::int64_t(d.settings.sessionTimeoutSecs) * 1000;
    sessionConfig.windowMs = std::int64_t(d.settings.sessionWindowSecs) * 1000;
    d.sessions = std::make_unique<SessionFeeder>(m_writer.bucketer(), sessionConfig);
    d.sessions->setGroups(d.settings.groups);
    d.sessions->setHourCutoffs(d.cutoffs.hourSecs, d.cutoffs.detailHourSecs);
    if (!d.cp.sessionState.empty() && !d.sessions->restore(d.cp.sessionState))
        res.warnings << KafkaText::tr("The saved sessions of the topic could not be read; sessions that were "
                                      "open when it was last consumed start anew.");
    if (m_options.format == kRollupFormat) {
        d.startRollups();
    } else if (!m_options.format.isEmpty()) {
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
        res.error =
            KafkaText::tr("Subscribing to %1 failed: %2").arg(m_options.topic, kafkaErrorText(subErr));
        return res;
    }
    d.setState(KafkaStatus::State::Connecting);
    QElapsedTimer sinceStatus, rateClock;
    sinceStatus.start();
    rateClock.start();
    std::int64_t rateBase = 0;
    // The rate's first window opens with the first message: one that also
    // spanned the connecting and joining would read far too low.
    bool rateStarted = false;
    bool failed = false;
    while (!m_cancel && !d.writerFailed && !failed) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(d.rk, 20);
        if (m) {
            if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
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
            d.transition(KafkaStatus::State::Consuming, KafkaStatus::State::CaughtUp);
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
                if (!rateStarted && d.totalMessages > 0) {
                    rateStarted = true;
                    rateBase = d.totalMessages;
                    rateClock.restart();
                }
                const double secs = double(rateClock.elapsed()) / 1000.0;
                if (rateStarted && secs >= 1.0) {
                    d.status.messagesPerSecond = double(d.totalMessages - rateBase) / secs;
                    rateBase = d.totalMessages;
                    rateClock.restart();
                }
                d.status.lag = d.lag(d.status.partitionLag);
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

} // namespace es
