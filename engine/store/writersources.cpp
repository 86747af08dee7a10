#include "store/sqlite.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QDateTime>

// The source and checkpoint rows of the writer: finding or creating them for
// a file or a stream, and their stored per-source settings.

namespace es {

namespace {
class WriterText
{
    Q_DECLARE_TR_FUNCTIONS(es::Writer)
};

// Adding a source again shows it again after it was removed keeping its data.
bool unhide(sql::Connection &c, std::int64_t sourceId)
{
    auto st = c.prepare("UPDATE sources SET removed_ms = NULL WHERE id = ?1 AND removed_ms IS NOT NULL");
    st.bind(1, sourceId);
    return st.exec();
}

} // namespace

Writer::FileMatch Writer::registerFile(const QString &path, const QString &format, int headLen,
                                       const QString &headHash, bool compressed,
                                       const std::function<QString(int)> &headOf)
{
    return call([&]() -> FileMatch {
        FileMatch m;
        auto &c = connection();
        sql::Transaction tx(c);
        // Candidates: same full head, or a shorter head that is a prefix of this file.
        auto cand =
            c.prepare("SELECT id, source_id, head_len, head_hash, offset, line_no, format, parser_state, "
                      "session_state, time_zone "
                      "FROM file_checkpoints WHERE (head_hash = ?1 OR head_len < ?2) AND source_id IN "
                      "(SELECT id FROM sources WHERE kind = 'file') ORDER BY offset DESC");
        cand.bind(1, headHash).bind(2, headLen);
        while (cand.step()) {
            const int len = int(cand.int64(2));
            const QString hash = cand.qtext(3);
            if (len == headLen ? hash != headHash : (len > headLen || headOf(len) != hash))
                continue;
            FileCheckpoint &cp = m.checkpoint;
            cp.id = cand.int64(0);
            cp.sourceId = cand.int64(1);
            cp.offset = cand.int64(4);
            cp.lineNo = cand.int64(5);
            cp.format = cand.qtext(6);
            cp.parserState = cand.qtext(7);
            cp.sessionState = std::string(cand.blob(8));
            cp.timeZone = cand.qtext(9);
            m.existing = true;
            break;
        }
        if (m.existing && !unhide(c, m.checkpoint.sourceId)) {
            m.error = c.errorString();
            return m;
        }
        if (!m.existing) {
            // Only new content creates a source: a renamed or recompressed copy
            // stays with the source it was first imported from.
            auto src = c.prepare("INSERT INTO sources(kind, uri, display_name, format, created_ms) "
                                 "VALUES ('file', ?1, ?2, ?3, ?4) ON CONFLICT(kind, uri) DO NOTHING");
            const QString name = path.section(QLatin1Char('/'), -1);
            src.bind(1, path).bind(2, name).bind(3, format).bind(4, QDateTime::currentMSecsSinceEpoch());
            if (!src.exec()) {
                m.error = c.errorString();
                return m;
            }
            auto sel = c.prepare("SELECT id FROM sources WHERE kind = 'file' AND uri = ?1");
            sel.bind(1, path);
            const std::int64_t sourceId = sel.step() ? sel.int64(0) : 0;
            if (!unhide(c, sourceId)) {
                m.error = c.errorString();
                return m;
            }
            auto ins =
                c.prepare("INSERT INTO file_checkpoints(source_id, head_len, head_hash, path, compressed, "
                          "format, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            ins.bind(1, sourceId)
                .bind(2, headLen)
                .bind(3, headHash)
                .bind(4, path)
                .bind(5, compressed ? 1 : 0);
            ins.bind(6, format).bind(7, QDateTime::currentMSecsSinceEpoch());
            if (!ins.exec()) {
                m.error = c.errorString();
                return m;
            }
            m.checkpoint.id = c.lastInsertId();
            m.checkpoint.sourceId = sourceId;
            m.checkpoint.format = format;
        }
        m.checkpoint.headLen = headLen;
        m.checkpoint.headHash = headHash;
        m.checkpoint.path = path;
        m.checkpoint.compressed = compressed;
        if (!tx.commit())
            m.error = c.errorString();
        return m;
    });
}

QString Writer::setSourceSite(std::int64_t sourceId, const QString &site)
{
    return call([&]() -> QString {
        auto &c = connection();
        auto st = c.prepare("UPDATE sources SET site = ?1 WHERE id = ?2");
        st.bind(1, site).bind(2, sourceId);
        return st.exec() ? QString() : c.errorString();
    });
}

QString Writer::setCheckpointTimeZone(std::int64_t checkpointId, const QString &timeZone)
{
    return call([&]() -> QString {
        auto &c = connection();
        auto st = c.prepare("UPDATE file_checkpoints SET time_zone = ?1 WHERE id = ?2");
        st.bind(1, timeZone).bind(2, checkpointId);
        return st.exec() ? QString() : c.errorString();
    });
}

Writer::FileMatch Writer::registerStream(const QString &kind, const QString &uri, const QString &displayName,
                                         const QString &format)
{
    return call([&]() -> FileMatch {
        FileMatch m;
        auto &c = connection();
        sql::Transaction tx(c);
        auto src = c.prepare("INSERT INTO sources(kind, uri, display_name, format, created_ms) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(kind, uri) DO NOTHING");
        src.bind(1, kind).bind(2, uri).bind(3, displayName).bind(4, format);
        src.bind(5, QDateTime::currentMSecsSinceEpoch());
        if (!src.exec()) {
            m.error = c.errorString();
            return m;
        }
        auto sel = c.prepare("SELECT id FROM sources WHERE kind = ?1 AND uri = ?2");
        sel.bind(1, kind).bind(2, uri);
        const std::int64_t sourceId = sel.step() ? sel.int64(0) : 0;
        if (!unhide(c, sourceId)) {
            m.error = c.errorString();
            return m;
        }
        // A stream's checkpoint row: head_len 0 and a hash no file head has.
        const QString marker = QStringLiteral("stream:") + uri;
        auto cp =
            c.prepare("SELECT id, line_no, format, session_state, offset, time_zone FROM file_checkpoints "
                      "WHERE source_id = ?1 AND head_hash = ?2");
        cp.bind(1, sourceId).bind(2, marker);
        if (cp.step()) {
            m.checkpoint.id = cp.int64(0);
            m.checkpoint.lineNo = cp.int64(1);
            m.checkpoint.format = cp.qtext(2);
            m.checkpoint.sessionState = std::string(cp.blob(3));
            m.checkpoint.offset = cp.int64(4);
            m.checkpoint.timeZone = cp.qtext(5);
            m.existing = true;
        } else {
            auto ins = c.prepare("INSERT INTO file_checkpoints(source_id, head_len, head_hash, path, "
                                 "compressed, format, updated_ms) VALUES (?1, 0, ?2, ?3, 0, ?4, ?5)");
            ins.bind(1, sourceId).bind(2, marker).bind(3, uri).bind(4, format);
            ins.bind(5, QDateTime::currentMSecsSinceEpoch());
            if (!ins.exec()) {
                m.error = c.errorString();
                return m;
            }
            m.checkpoint.id = c.lastInsertId();
            m.checkpoint.format = format;
        }
        m.checkpoint.sourceId = sourceId;
        m.checkpoint.headHash = marker;
        m.checkpoint.path = uri;
        if (!tx.commit())
            m.error = c.errorString();
        return m;
    });
}

Writer::FileMatch Writer::checkpoint(std::int64_t id)
{
    return call([&]() -> FileMatch {
        FileMatch m;
        auto q = connection().prepare(
            "SELECT id, source_id, head_len, head_hash, path, compressed, offset, line_no, format, "
            "parser_state, session_state, time_zone FROM file_checkpoints WHERE id = ?1");
        q.bind(1, id);
        if (!q.step()) {
            m.error = WriterText::tr("The workspace has no checkpoint %1.").arg(id);
            return m;
        }
        FileCheckpoint &cp = m.checkpoint;
        cp.id = q.int64(0);
        cp.sourceId = q.int64(1);
        cp.headLen = int(q.int64(2));
        cp.headHash = q.qtext(3);
        cp.path = q.qtext(4);
        cp.compressed = q.int64(5) != 0;
        cp.offset = q.int64(6);
        cp.lineNo = q.int64(7);
        cp.format = q.qtext(8);
        cp.parserState = q.qtext(9);
        cp.sessionState = std::string(q.blob(10));
        cp.timeZone = q.qtext(11);
        m.existing = true;
        return m;
    });
}

std::map<std::int32_t, std::int64_t> Writer::kafkaOffsets(std::int64_t sourceId, const QString &topic)
{
    return call([&] {
        std::map<std::int32_t, std::int64_t> out;
        auto q = connection().prepare(
            "SELECT partition, next_offset FROM kafka_offsets WHERE source_id = ?1 AND topic = ?2");
        q.bind(1, sourceId).bind(2, topic);
        while (q.step())
            out[std::int32_t(q.int64(0))] = q.int64(1);
        return out;
    });
}

} // namespace es
