#pragma once
// Sequential reader of a log file's decompressed bytes. Plain files are read
// directly; gzip (including concatenated members) through zlib and bzip2
// through libbz2, detected by magic bytes rather than by file name so a
// renamed rotation (access.log.1.gz) or a misnamed file is handled.
//
// For reading lines back out of order (the event browser goes newest first),
// a gzip stream can keep access points while it reads: the decoder state at a
// deflate block boundary (input position, bit offset, last 32 KiB of output),
// as zlib's zran example does. seekBefore() then resumes at the nearest point
// instead of decompressing from the start of the file.

#include <QString>
#include <cstdint>
#include <cstdio>
#include <memory>

namespace es {

class InputStream
{
public:
    enum class Compression { None, Gzip, Bzip2 };

    InputStream();
    ~InputStream();
    InputStream(const InputStream &) = delete;
    InputStream &operator=(const InputStream &) = delete;

    bool open(const QString &path);
    void close();

    // Reads up to n decompressed bytes. Returns the count, 0 at the end, -1 on
    // error (errorString() says what happened; a truncated compressed file is
    // an error that still delivers every byte that could be decoded).
    std::int64_t read(char *buf, std::int64_t n);
    // Skips n decompressed bytes (seeks for plain files). Returns false if the
    // stream ends before.
    bool skip(std::int64_t n);

    // Keeps an access point about every `spacing` decompressed bytes of gzip
    // data read from now on, at most `maxPoints` of them (32 KiB each): when
    // there would be more, every other one is dropped and the spacing
    // doubles. 0 keeps none (the default; imports read once, in order).
    void setSeekSpacing(std::int64_t spacing, int maxPoints = 64);
    std::int64_t seekSpacing() const;
    // Goes to the nearest place at or before `pos` from which reading can
    // start: `pos` itself for plain files, else the last access point at or
    // before it, the current position if that is nearer, or the start of the
    // file. Returns the new position, or -1 on a read error.
    std::int64_t seekBefore(std::int64_t pos);
    // Decompressed bytes produced since open(), counting bytes read twice.
    std::int64_t bytesDecoded() const { return m_decoded; }

    Compression compression() const { return m_compression; }
    std::int64_t compressedSize() const { return m_fileSize; }
    // Compressed bytes consumed so far (for progress on compressed files).
    std::int64_t compressedPosition() const;
    std::int64_t position() const { return m_position; }
    bool atEnd() const { return m_eof; }
    QString errorString() const { return m_error; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Compression m_compression = Compression::None;
    std::int64_t m_fileSize = 0;
    std::int64_t m_position = 0;
    std::int64_t m_decoded = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace es
