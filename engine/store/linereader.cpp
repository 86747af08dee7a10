#include "store/linereader.h"

#include "store/streamtext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>

namespace es {

namespace {
constexpr std::int64_t kStreamBlock = 256 * 1024;
// Compressed files keep an access point about every MiB (fewer, further
// apart, in files over 64 MiB), so going back costs about that much decoding.
constexpr std::int64_t kSeekSpacing = 1 << 20;
constexpr int kSeekPoints = 64;
// What the reader keeps decoded before a line it went back to: the lines a
// newest-first view asks for next.
constexpr std::int64_t kBackBlock = 2 << 20;
} // namespace

LineReader::LineReader(QString path, int headLen, QString headHash, const std::atomic<bool> *cancel)
    : m_path(std::move(path)), m_headLen(headLen), m_headHash(std::move(headHash)), m_cancel(cancel)
{
    reopen();
}

LineReader::LineReader(sql::Connection &c, std::int64_t checkpointId) : m_checkpointId(checkpointId)
{
    m_blockQuery =
        c.prepare("SELECT offset, bytes, codec, text_len FROM stream_text WHERE checkpoint_id = ?1 AND "
                  "offset <= ?2 ORDER BY offset DESC LIMIT 1");
    m_state = m_blockQuery.isValid() ? TextState::Ok : TextState::ReadError;
}

bool LineReader::isStream(std::int64_t headLen, const QString &headHash)
{
    return headLen == 0 && headHash.startsWith(QLatin1String("stream:"));
}

TextState LineReader::readStreamLine(std::int64_t offset, std::int32_t length, QByteArray &out)
{
    const std::int64_t end = offset + length;
    if (offset < m_blockStart || end >= m_blockStart + m_block.size()) {
        m_blockQuery.bind(1, m_checkpointId).bind(2, offset);
        m_block.clear();
        m_blockStart = 0;
        bool damaged = false;
        if (m_blockQuery.step()) {
            m_blockStart = m_blockQuery.int64(0);
            damaged = !streamtext::unpack(int(m_blockQuery.int64(2)), m_blockQuery.blob(1),
                                          m_blockQuery.int64(3), m_block);
        }
        const bool failed = !m_blockQuery.errorString().isEmpty();
        m_blockQuery.reset();
        if (failed || damaged) {
            m_block.clear();
            m_blockStart = 0;
            return TextState::ReadError;
        }
        // The line and its line break must lie in the block: blocks hold whole lines.
        if (offset < m_blockStart || end >= m_blockStart + m_block.size())
            return TextState::NotStored;
    }
    const qsizetype at = qsizetype(offset - m_blockStart);
    if ((at > 0 && m_block[at - 1] != '\n') || m_block[at + length] != '\n')
        return TextState::NotStored;
    out = m_block.mid(at, length);
    if (out.endsWith('\r'))
        out.chop(1);
    return TextState::Ok;
}

TextState LineReader::readLine(std::int64_t offset, std::int32_t length, QByteArray &out)
{
    if (m_state != TextState::Ok)
        return m_state;
    if (m_blockQuery.isValid())
        return readStreamLine(offset, length, out);
    const std::int64_t lineStart = offset > 0 ? 1 : 0;
    const std::int64_t want = lineStart + length + 1;
    QByteArray buf;
    if (!readAt(offset - lineStart, want, buf))
        return m_state != TextState::Ok ? m_state : TextState::ReadError;
    if (buf.size() < lineStart + length)
        return m_readFailed ? TextState::ReadError : TextState::FileChanged;
    if (lineStart == 1 && buf[0] != '\n')
        return TextState::FileChanged;
    if (buf.size() == want && buf[want - 1] != '\n')
        return TextState::FileChanged;
    out = buf.mid(lineStart, length);
    if (out.contains('\n'))
        return TextState::FileChanged;
    if (out.endsWith('\r'))
        out.chop(1);
    return TextState::Ok;
}

void LineReader::reopen()
{
    m_file.close();
    m_in.close();
    m_block.clear();
    m_blockStart = 0;
    m_eof = false;
    m_readFailed = false;
    if (!QFileInfo::exists(m_path)) {
        m_state = TextState::FileMissing;
        return;
    }
    if (!m_in.open(m_path)) {
        m_state = TextState::ReadError;
        return;
    }
    m_plain = m_in.compression() == InputStream::Compression::None;
    if (!m_plain)
        m_in.setSeekSpacing(kSeekSpacing, kSeekPoints);
    if (m_plain) {
        m_in.close();
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            m_state = TextState::ReadError;
            return;
        }
    }
    m_state = TextState::Ok;
    QByteArray head;
    if (!readAt(0, m_headLen, head)) {
        m_state = TextState::ReadError;
        return;
    }
    if (head.size() != m_headLen ||
        QCryptographicHash::hash(head, QCryptographicHash::Sha1).toHex() != m_headHash.toLatin1())
        m_state = m_readFailed ? TextState::ReadError : TextState::FileChanged;
}

bool LineReader::readAt(std::int64_t pos, std::int64_t n, QByteArray &out)
{
    out.clear();
    if (m_plain) {
        if (pos >= m_file.size())
            return true;
        if (!m_file.seek(pos)) {
            m_readFailed = true;
            return true;
        }
        out.resize(qsizetype(n));
        const qint64 got = m_file.read(out.data(), n);
        if (got < 0) {
            m_readFailed = true;
            out.clear();
        } else {
            out.resize(qsizetype(got));
        }
        return true;
    }
    const std::int64_t streamPos = m_blockStart + m_block.size();
    if (pos < m_blockStart || pos > streamPos + kStreamBlock) {
        // Back to the nearest access point (or on to one already passed).
        const std::int64_t at = m_in.seekBefore(pos);
        if (at < 0) {
            m_readFailed = true;
            return true;
        }
        if (at != streamPos) {
            m_block.clear();
            m_blockStart = at;
            m_eof = false;
            // Decoded in one piece up to the wanted line, keeping up to
            // kBackBlock before it in memory.
            const std::int64_t keepFrom = std::max(at, pos - kBackBlock);
            while (m_blockStart < keepFrom && !m_eof) {
                if (!fillBlock(std::min(keepFrom - m_blockStart, kBackBlock)))
                    return false;
                m_blockStart += m_block.size();
                m_block.clear();
            }
            if (pos - m_blockStart > kStreamBlock && !fillBlock(pos + n - m_blockStart))
                return false;
        }
    }
    while (out.size() < n) {
        const std::int64_t at = pos + out.size();
        const std::int64_t blockEnd = m_blockStart + m_block.size();
        if (at >= blockEnd) {
            if (m_eof)
                break;
            m_blockStart = blockEnd;
            m_block.clear();
            if (!fillBlock(kStreamBlock))
                return false;
            if (m_block.isEmpty())
                break;
            continue;
        }
        const std::int64_t take = std::min<std::int64_t>(n - out.size(), blockEnd - at);
        out.append(m_block.constData() + (at - m_blockStart), qsizetype(take));
    }
    return true;
}

bool LineReader::fillBlock(std::int64_t n)
{
    m_block.resize(qsizetype(n));
    std::int64_t filled = 0;
    while (filled < n) {
        if (m_cancel && m_cancel->load()) {
            m_cancelled = true;
            m_block.clear();
            return false;
        }
        const std::int64_t got = m_in.read(m_block.data() + filled, std::min(n - filled, kStreamBlock));
        if (got <= 0) {
            m_eof = true;
            m_readFailed = !m_in.errorString().isEmpty();
            break;
        }
        filled += got;
    }
    m_block.resize(qsizetype(filled));
    return true;
}

std::int64_t LineReader::bytesDecoded() const
{
    return m_plain ? 0 : m_in.bytesDecoded();
}

} // namespace es
