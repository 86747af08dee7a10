#include "ingest/fileimporter.h"

#include "aggregate/sessionfeeder.h"
#include "core/blockingqueue.h"
#include "enrich/requestclassifier.h"
#include "formats/formatdetector.h"
#include "formats/formatregistry.h"
#include "ingest/chunkparser.h"
#include "ingest/enricher.h"
#include "ingest/inputstream.h"
#include "store/schema.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace es {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(es::FileImporter)
};

constexpr size_t kDeltaBytes = 6u << 20; // memory of a delta's rollup maps before it goes to the writer

QString hashOf(const char *data, int n)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(data, n), QCryptographicHash::Sha1).toHex());
}

// The newest time among the last lines of a plain file, or INT64_MIN. A
// stateful parser cannot start at the tail; compressed files cannot be read
// from the end.
std::int64_t newestAtTail(const QString &path, const LineParser &proto)
{
    if (proto.isStateful())
        return INT64_MIN;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return INT64_MIN;
    constexpr qint64 kTail = 64 * 1024;
    const qint64 start = std::max<qint64>(0, f.size() - kTail);
    if (!f.seek(start))
        return INT64_MIN;
    QByteArray tail = f.read(kTail);
    const qsizetype len = tail.size();
    tail.append(QByteArray(qsizetype(kPadding), '\0'));
    std::unique_ptr<LineParser> parser = proto.clone();
    std::int64_t newest = INT64_MIN;
    qsizetype pos = 0;
    if (start > 0) { // the first line is probably cut
        pos = tail.indexOf('\n');
        pos = pos < 0 ? len : pos + 1;
    }
    Record r;
    while (pos < len) {
        qsizetype nl = tail.indexOf('\n', pos);
        if (nl < 0 || nl > len)
            nl = len;
        if (parser->parse(std::string_view(tail.constData() + pos, size_t(nl - pos)), r) == ParseResult::Ok)
            newest = std::max(newest, r.tsMs);
        pos = nl + 1;
    }
    return newest;
}

} // namespace

QString importStatusName(FileImportResult::Status s)
{
    switch (s) {
    case FileImportResult::Status::Imported:
        return QStringLiteral("imported");
    case FileImportResult::Status::AlreadyImported:
        return QStringLiteral("already-imported");
    case FileImportResult::Status::Empty:
        return QStringLiteral("empty");
    case FileImportResult::Status::Failed:
        return QStringLiteral("failed");
    case FileImportResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

FileImporter::FileImporter(Writer &writer, ImportOptions options)
    : m_writer(writer), m_options(std::move(options))
{}

FileImportResult FileImporter::importFile(const QString &inPath, const ProgressCallback &progress,
                                          const QString &readFrom)
{
    QElapsedTimer clock;
    clock.start();
    FileImportResult res;
    const QString path = QFileInfo(inPath).absoluteFilePath();
    res.path = path;
    const QString shown = QFileInfo(path).fileName();

    const QString source = readFrom.isEmpty() ? path : readFrom;
    if (QFileInfo(source).isDir()) {
        res.error = ImportText::tr("%1 is a folder. Give the log files inside it instead.").arg(path);
        return res;
    }

    // 1. Head: fingerprint and format detection.
    InputStream in;
    if (!in.open(source)) {
        res.error = in.errorString();
        return res;
    }
    std::string head(size_t(kDetectBytes), '\0');
    std::int64_t headLen = 0;
    while (headLen < kDetectBytes) {
        const std::int64_t n = in.read(head.data() + headLen, kDetectBytes - headLen);
        if (n <= 0)
            break;
        headLen += n;
    }
    head.resize(size_t(headLen));
    const bool compressed = in.compression() != InputStream::Compression::None;
    if (headLen == 0) {
        if (!in.errorString().isEmpty()) {
            res.error = ImportText::tr("%1 cannot be read: %2").arg(shown, in.errorString());
            return res;
        }
        res.status = FileImportResult::Status::Empty;
        res.warnings << ImportText::tr("%1 is empty; there is nothing to import.").arg(shown);
        return res;
    }
    in.close();

    FormatSpec spec;
    QString formatError;
    if (!m_options.format.isEmpty()) {
        spec = parseFormatArgument(m_options.format, &formatError);
        if (!formatError.isEmpty()) {
            res.error = formatError;
            return res;
        }
        res.formatConfidence = 1.0;
    } else {
        const DetectionResult det = detectFormat(head);
        if (!det.detected && det.spec.name == QLatin1String("json_events")) {
            res.error =
                ImportText::tr("The format of %1 could not be detected: %2. Name the JSON fields that "
                               "hold the event type and the time, for example "
                               "--format json_events:event_type=action,ts=time (see \"eventscope "
                               "import --help\").")
                    .arg(shown, det.reason);
            return res;
        }
        if (!det.detected) {
            res.error =
                ImportText::tr("The format of %1 could not be detected: %2. If it is a log in a "
                               "known layout, name it with --format (see \"eventscope import --help\"), "
                               "or describe it with --format \"custom:<LogFormat>\".")
                    .arg(shown, det.reason);
            return res;
        }
        spec = det.spec;
        res.formatConfidence = det.confidence;
    }
    if (!m_options.timeZone.isEmpty())
        spec.timeZone = m_options.timeZone;
    res.format = formatArgument(spec);
    std::unique_ptr<LineParser> proto = makeParser(spec, &formatError);
    if (!proto) {
        res.error = formatError;
        return res;
    }

    const int fpLen = int(std::min<std::int64_t>(headLen, kHeadBytes));
    const QString fpHash = hashOf(head.data(), fpLen);
    auto headOf = [&head](int n) { return n <= int(head.size()) ? hashOf(head.data(), n) : QString(); };
    const bool replay = m_options.replayCheckpointId > 0;
    Writer::FileMatch match =
        replay ? m_writer.checkpoint(m_options.replayCheckpointId)
               : m_writer.registerFile(path, res.format, fpLen, fpHash, compressed, headOf);
    if (!match.error.isEmpty()) {
        res.error = ImportText::tr("Cannot record %1 in the workspace: %2").arg(shown, match.error);
        return res;
    }
    FileCheckpoint cp = match.checkpoint;
    if (const QString site = m_options.site.trimmed(); !site.isEmpty()) {
        if (const QString error = m_writer.setSourceSite(cp.sourceId, site); !error.isEmpty())
            res.warnings << ImportText::tr("The site of %1 could not be stored: %2").arg(shown, error);
    }
    // A file is read in the zone given at this import, else in the one it was imported in before.
    const QString zone = m_options.timeZone.isEmpty() ? cp.timeZone : m_options.timeZone;
    if (zone != cp.timeZone) {
        if (const QString error = m_writer.setCheckpointTimeZone(cp.id, zone); !error.isEmpty())
            res.warnings << ImportText::tr("The time zone of %1 could not be stored: %2").arg(shown, error);
    }
    res.resumed = match.existing && cp.offset > 0;
    res.skippedBytes = cp.offset;
    const bool keepFormat =
        match.existing && !cp.format.isEmpty() && m_options.format.isEmpty() && cp.format != res.format;
    if (keepFormat || zone != spec.timeZone) {
        // Keep parsing a continued file the way its first part was parsed.
        FormatSpec prevSpec = keepFormat ? parseFormatArgument(cp.format, nullptr) : spec;
        prevSpec.timeZone = zone;
        std::unique_ptr<LineParser> prev = makeParser(prevSpec, nullptr);
        if (prev) {
            proto = std::move(prev);
            if (keepFormat)
                res.format = cp.format;
        }
    }
    if (!replay) // a stream keeps its own format (with its envelope) and name
        cp.format = res.format;
    if (proto->isStateful() && !cp.parserState.isEmpty())
        proto->restoreState(cp.parserState);

    // 2. Position the stream at the checkpoint.
    if (!in.open(source)) {
        res.error = in.errorString();
        return res;
    }
    // A replay reads its whole file; its lines continue the stream's offsets.
    if (cp.offset > 0 && !replay) {
        if (!in.skip(cp.offset - 1)) {
            res.status = FileImportResult::Status::Imported;
            res.warnings << ImportText::tr("%1 is shorter than the part imported before; it was left as is. "
                                           "If it was replaced by new content, rename it and import again.")
                                .arg(shown);
            return res;
        }
        char last = '\n';
        if (in.read(&last, 1) != 1) {
            res.status = FileImportResult::Status::AlreadyImported;
            return res;
        }
        if (last != '\n') {
            // The checkpoint ends inside a line that was counted when it was the
            // unterminated last line; skip its remainder.
            char ch = 0;
            std::int64_t n;
            while ((n = in.read(&ch, 1)) == 1 && ch != '\n')
                ++cp.offset;
            if (n == 1)
                ++cp.offset;
        }
    }

    // 3. Pipeline.
    const std::int64_t newest =
        std::max(m_writer.newestEventMs(), compressed ? INT64_MIN : newestAtTail(source, *proto));
    const Cutoffs cutoffs = importCutoffs(m_writer, m_options.keepRawEvents, newest);
    const AnalyticsSettings settings = m_writer.analyticsSettings();
    const RequestClassifier classifier(settings.classifier);
    EnrichContext enrich;
    enrich.classifier = &classifier;
    enrich.configure(settings);
    enrich.defaultSite = m_options.site.trimmed().toStdString();
    if (settings.geoip || !m_options.geoipPath.isEmpty()) {
        QString geoError;
        enrich.geo = sharedGeoLookup(m_options.geoipPath.isEmpty() ? settings.geoipPath : m_options.geoipPath,
                                     &geoError);
        if (!enrich.geo)
            res.warnings << ImportText::tr("Countries are not available for %1: %2").arg(shown, geoError);
    }
    Sessionizer::Config sessionConfig;
    sessionConfig.timeoutMs = std::int64_t(settings.sessionTimeoutSecs) * 1000;
    sessionConfig.windowMs = std::int64_t(settings.sessionWindowSecs) * 1000;
    SessionFeeder sessions(m_writer.bucketer(), sessionConfig);
    sessions.setGroups(settings.groups);
    sessions.setHourCutoffs(cutoffs.hourSecs, cutoffs.detailHourSecs);
    if (!cp.sessionState.empty() && !sessions.restore(cp.sessionState))
        res.warnings << ImportText::tr(
                            "The saved sessions of %1 could not be read; sessions that were open at "
                            "the end of its last import start anew.")
                            .arg(shown);
    const bool stateful = proto->isStateful();
    const int workers =
        stateful ? 1 : std::max(1, m_options.workers > 0 ? m_options.workers : QThread::idealThreadCount());
    ParseWorkers pool(workers, std::move(proto), m_writer.bucketer(), cutoffs, enrich);

    std::int64_t nextIndex = 0, mergeIndex = 0, inflight = 0;
    std::map<std::int64_t, std::unique_ptr<ChunkResult>> pending;
    auto delta = std::make_unique<CommitBatch>();
    QElapsedTimer sinceSubmit, sinceProgress;
    sinceSubmit.start();
    sinceProgress.start();
    bool writerFailed = false;
    std::int64_t totalLines = 0, totalRecords = 0, totalMalformed = 0, totalSkipped = 0, bytesParsed = 0;
    std::int64_t minTsMs = INT64_MAX;

    bool submittedAny = false;
    auto submitDelta = [&](bool final) {
        if (delta->delta.isEmpty() && !(final && submittedAny))
            return;
        submittedAny = true;
        delta->checkpoint = cp;
        delta->checkpoint.sessionState = sessions.save();
        delta->final = final;
        if (final)
            sessions.addOpenRows(delta->openSessions);
        totalLines += delta->delta.lines();
        totalRecords += delta->delta.records();
        totalMalformed += delta->delta.malformed();
        totalSkipped += delta->delta.skipped();
        if (delta->delta.records() > 0)
            minTsMs = std::min(minTsMs, delta->delta.minTsMs());
        for (const MalformedSample &s : delta->delta.samples()) {
            if (res.samples.size() < size_t(Aggregate::kMaxSamples))
                res.samples.push_back(s);
        }
        auto next = std::make_unique<CommitBatch>();
        // Sized like the last delta when that one ended by time: a delta that
        // ended by size would make the next one full from the start.
        if (delta->delta.approxBytes() <= kDeltaBytes / 2)
            next->delta.reserveLike(delta->delta);
        if (!m_writer.submit(std::move(delta)))
            writerFailed = true;
        delta = std::move(next);
        sinceSubmit.restart();
    };
    // Blocks until at least the next chunk in file order has been merged.
    auto mergeReady = [&](bool block) {
        while (block && inflight > 0) {
            std::optional<std::unique_ptr<ChunkResult>> r = pool.pop();
            if (!r)
                break;
            pending.emplace((*r)->index, std::move(*r));
            while (!pending.empty() && pending.begin()->first == mergeIndex) {
                ChunkResult &cr = *pending.begin()->second;
                if (replay)
                    delta->addStreamBlocks(std::move(cr.text));
                sessions.feed(cr.agg, delta->delta);
                delta->delta.merge(cr.agg, 0, cp.lineNo);
                cp.lineNo += cr.agg.lines();
                bytesParsed += cr.endOffset - cp.offset;
                cp.offset = cr.endOffset;
                if (stateful)
                    cp.parserState = cr.parserState;
                pending.erase(pending.begin());
                ++mergeIndex;
                --inflight;
                block = false;
            }
        }
        // A delta goes to the writer every quarter second while the writer
        // keeps up. While it is still busy with the last one, the delta keeps
        // growing instead (up to its memory bound): one larger batch costs
        // the writer far less than several small ones touching the same
        // hour and day rows, so the pipeline adapts to the slower side.
        const bool full = delta->delta.approxBytes() > kDeltaBytes || delta->delta.rawRowCount() > 200000;
        const qint64 age = sinceSubmit.elapsed();
        if (full || (age > 250 && (m_writer.pendingBatches() == 0 || age > 2000)))
            submitDelta(false);
    };
    auto reportProgress = [&](bool force, bool following) {
        if (!progress || (!force && sinceProgress.elapsed() < 50))
            return true;
        sinceProgress.restart();
        ImportProgress p;
        p.path = path;
        p.bytesTotal = in.compressedSize();
        p.bytesDone = compressed ? in.compressedPosition() : in.position();
        p.lines = totalLines + delta->delta.lines();
        p.records = totalRecords + delta->delta.records();
        p.malformed = totalMalformed + delta->delta.malformed();
        const double secs = std::max(1e-3, double(clock.elapsed()) / 1000.0);
        p.linesPerSecond = double(p.lines) / secs;
        const std::int64_t done = p.bytesDone - (compressed ? 0 : res.skippedBytes);
        if (done > 0 && p.bytesTotal > p.bytesDone)
            p.etaSeconds = double(p.bytesTotal - p.bytesDone) * secs / double(done);
        p.following = following;
        return progress(p);
    };

    std::vector<char> carry;
    std::int64_t readOffset = cp.offset; // decompressed offset of carry[0]
    bool eof = false;
    QString readError;
    bool discarding = false; // inside an over-long line
    while (!eof && !m_cancel && !writerFailed) {
        std::unique_ptr<Chunk> chunk = pool.take();
        chunk->index = nextIndex;
        chunk->offset = readOffset;
        const size_t want = size_t(m_options.chunkBytes);
        chunk->data.reserve(carry.size() + want + kPadding);
        if (!carry.empty())
            std::memcpy(chunk->data.data(), carry.data(), carry.size());
        size_t filled = carry.size();
        carry.clear();
        const std::int64_t n = in.read(chunk->data.data() + filled, std::int64_t(want));
        if (n < 0) {
            readError = in.errorString();
            eof = true;
        } else if (n == 0) {
            eof = true;
        } else {
            filled += size_t(n);
        }
        if (filled == 0)
            break;

        char *buf = chunk->data.data();
        const void *lastNl = memrchr(buf, '\n', filled);
        if (eof && !lastNl && m_options.follow)
            break; // a line still being written: leave it for the next round
        size_t cut = lastNl ? size_t(static_cast<const char *>(lastNl) - buf) + 1 : (eof ? filled : 0);
        auto pushChunk = [&](std::unique_ptr<Chunk> c) {
            c->keepText = replay;
            pool.push(std::move(c));
            ++nextIndex;
            ++inflight;
            mergeReady(inflight >= workers * 2);
        };
        if (discarding) {
            // Drop the rest of an over-long line, up to and including its
            // newline; an empty chunk carries the skipped bytes to the checkpoint.
            const void *nl = std::memchr(buf, '\n', filled);
            const size_t drop = nl ? size_t(static_cast<const char *>(nl) - buf) + 1 : filled;
            carry.assign(buf + drop, buf + filled);
            discarding = nl == nullptr;
            chunk->len = 0;
            chunk->consumed = std::int64_t(drop);
            std::memset(buf, 0, kPadding);
            readOffset += std::int64_t(drop);
            pushChunk(std::move(chunk));
            continue;
        }
        if (cut == 0) {
            if (filled >= size_t(kMaxLineBytes)) {
                chunk->oversizeLine = true;
                chunk->consumed = std::int64_t(filled);
                chunk->len = Aggregate::kSampleBytes;
                std::memset(buf + chunk->len, 0, kPadding);
                readOffset += std::int64_t(filled);
                discarding = true;
                pushChunk(std::move(chunk));
                continue;
            }
            carry.assign(buf, buf + filled); // keep reading: the line continues
            continue;
        }
        carry.assign(buf + cut, buf + filled);
        chunk->len = cut;
        std::memset(buf + cut, 0, kPadding);
        readOffset += std::int64_t(cut);
        pushChunk(std::move(chunk));
        if (!reportProgress(false, false))
            m_cancel = true;
    }
    pool.finish();
    while (inflight > 0)
        mergeReady(true);
    submitDelta(!writerFailed);
    const bool flushed = m_writer.flush();

    res.lines = totalLines;
    res.records = totalRecords;
    res.malformed = totalMalformed;
    res.skippedLines = totalSkipped;
    res.bytesRead = bytesParsed;
    res.seconds = double(clock.nsecsElapsed()) / 1e9;
    res.linesPerSecond = res.seconds > 0 ? double(res.lines) / res.seconds : 0;
    reportProgress(true, false);

    if (!flushed || writerFailed) {
        res.status = FileImportResult::Status::Failed;
        res.error = ImportText::tr("Importing %1 stopped: %2").arg(shown, m_writer.errorString());
        return res;
    }
    if (!readError.isEmpty()) {
        res.damaged = true;
        res.warnings << ImportText::tr("%1: %2").arg(shown, readError);
    }
    if (m_options.keepRawEvents && minTsMs < m_writer.rawRetentionCutoffMs())
        res.warnings << ImportText::tr(
                            "%1: events older than the raw-event retention period (counted back from "
                            "the newest event in the workspace) are in the statistics but cannot be "
                            "searched. Keep them with \"eventscope retention --raw 0\" before "
                            "importing, or a longer period.")
                            .arg(shown);
    if (m_cancel) {
        res.status = FileImportResult::Status::Cancelled;
        if (newest != INT64_MIN && newest > m_writer.newestEventMs())
            res.warnings << ImportText::tr(
                                "%1 was imported only in part. Raw events and minute and hour details "
                                "older than the retention periods before the newest event at the "
                                "end of the file were not stored; import the file again to finish.")
                                .arg(shown);
        return res;
    }
    res.status = (match.existing && bytesParsed == 0) ? FileImportResult::Status::AlreadyImported
                                                      : FileImportResult::Status::Imported;
    return res;
}

} // namespace es
