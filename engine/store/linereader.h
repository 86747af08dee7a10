#pragma once
// Reads lines of one imported file back by decompressed offset, for the
// raw-event search and the queries answered from raw events. Plain files are
// read at the offset; compressed files are decompressed forward, and going
// back resumes at the nearest access point the reader kept (InputStream::
// seekBefore), so reading lines newest first costs about twice the file's
// decoding, not once per block. The file must still have
// the imported head (SHA-1 of its first head_len bytes), else every read
// answers FileChanged.
//
// A stream (a Kafka topic) has no file: its lines are read from the blocks of
// its text stored in the workspace (table stream_text), by the same offsets.

#include "ingest/inputstream.h"
#include "store/rawevents.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <atomic>
#include <cstdint>

namespace es {

class LineReader
{
public:
    LineReader(QString path, int headLen, QString headHash, const std::atomic<bool> *cancel);
    // The lines of stream checkpoint `checkpointId`, from `c` (which must
    // outlive the reader).
    LineReader(sql::Connection &c, std::int64_t checkpointId);

    // Whether a checkpoint row (head_len, head_hash) is a stream's.
    static bool isStream(std::int64_t headLen, const QString &headHash);

    TextState state() const { return m_state; }
    bool cancelled() const { return m_cancelled; }
    std::uint64_t lastUse = 0;

    // Reads the line at [offset, offset + length) into out, without a trailing
    // '\r'. The line must have a line break (or the start of the file) before
    // it and a line break (or the end of the file) after it.
    TextState readLine(std::int64_t offset, std::int32_t length, QByteArray &out);

    // Decompressed bytes decoded so far (0 for plain files and streams).
    std::int64_t bytesDecoded() const;

private:
    // Opens the file and checks its fingerprint.
    void reopen();

    // Reads n decompressed bytes at pos into out (fewer at the end of the
    // file). Returns false on cancellation, or when the file could not be
    // reopened to go back.
    bool readAt(std::int64_t pos, std::int64_t n, QByteArray &out);
    // Replaces the block with up to n bytes read from the stream's position.
    // Returns false on cancellation.
    bool fillBlock(std::int64_t n);
    TextState readStreamLine(std::int64_t offset, std::int32_t length, QByteArray &out);

    QString m_path;
    int m_headLen = 0;
    QString m_headHash;
    const std::atomic<bool> *m_cancel = nullptr;
    TextState m_state = TextState::ReadError;
    bool m_plain = true;
    bool m_eof = false;
    bool m_readFailed = false;
    bool m_cancelled = false;
    QFile m_file;     // plain files
    InputStream m_in; // compressed files
    QByteArray m_block;
    std::int64_t m_blockStart = 0;
    // Stream mode: the block of stream_text read last.
    sql::Statement m_blockQuery;
    std::int64_t m_checkpointId = 0;
};

} // namespace es
