#include "ingest/inputstream.h"

#include <QCoreApplication>
#include <QFile>
#include <bzlib.h>
#include <cstring>
#include <vector>
#include <zlib.h>

namespace es {

namespace {
class InputText
{
    Q_DECLARE_TR_FUNCTIONS(es::InputStream)
};
constexpr size_t kInBuf = 1 << 18;
} // namespace

struct InputStream::Impl
{
    QFile file;
    std::vector<char> in;
    size_t inPos = 0, inLen = 0;
    z_stream zs{};
    bool zInit = false;
    bz_stream bz{};
    bool bzInit = false;
    bool inputEof = false;

    ~Impl()
    {
        if (zInit)
            inflateEnd(&zs);
        if (bzInit)
            BZ2_bzDecompressEnd(&bz);
    }

    bool fill()
    {
        if (inPos < inLen)
            return true;
        if (inputEof)
            return false;
        const qint64 n = file.read(in.data(), qint64(in.size()));
        if (n <= 0) {
            inputEof = true;
            return false;
        }
        inPos = 0;
        inLen = size_t(n);
        return true;
    }
};

InputStream::InputStream() = default;
InputStream::~InputStream() = default;

bool InputStream::open(const QString &path)
{
    close();
    d = std::make_unique<Impl>();
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::ReadOnly)) {
        m_error = InputText::tr("Cannot read %1: %2. Check that the file exists and that you may read it.")
                      .arg(path, d->file.errorString());
        d.reset();
        return false;
    }
    m_fileSize = d->file.size();
    unsigned char magic[3] = {0, 0, 0};
    const qint64 got = d->file.peek(reinterpret_cast<char *>(magic), 3);
    m_compression = Compression::None;
    if (got >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        m_compression = Compression::Gzip;
    else if (got >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h')
        m_compression = Compression::Bzip2;

    if (m_compression != Compression::None)
        d->in.resize(kInBuf);
    if (m_compression == Compression::Gzip) {
        if (inflateInit2(&d->zs, 15 + 32) != Z_OK) {
            m_error = InputText::tr("Cannot initialise the gzip decoder for %1.").arg(path);
            return false;
        }
        d->zInit = true;
    } else if (m_compression == Compression::Bzip2) {
        if (BZ2_bzDecompressInit(&d->bz, 0, 0) != BZ_OK) {
            m_error = InputText::tr("Cannot initialise the bzip2 decoder for %1.").arg(path);
            return false;
        }
        d->bzInit = true;
    }
    m_position = 0;
    m_eof = false;
    m_error.clear();
    return true;
}

void InputStream::close()
{
    d.reset();
    m_position = 0;
    m_eof = false;
}

std::int64_t InputStream::compressedPosition() const
{
    return d ? d->file.pos() : 0;
}

std::int64_t InputStream::read(char *buf, std::int64_t n)
{
    if (!d || m_eof)
        return 0;
    if (m_compression == Compression::None) {
        const qint64 got = d->file.read(buf, n);
        if (got < 0) {
            m_error = d->file.errorString();
            return -1;
        }
        if (got == 0)
            m_eof = true;
        m_position += got;
        return got;
    }

    std::int64_t produced = 0;
    while (produced < n) {
        if (!d->fill())
            break;
        if (m_compression == Compression::Gzip) {
            d->zs.next_in = reinterpret_cast<Bytef *>(d->in.data() + d->inPos);
            d->zs.avail_in = uInt(d->inLen - d->inPos);
            d->zs.next_out = reinterpret_cast<Bytef *>(buf + produced);
            d->zs.avail_out = uInt(n - produced);
            const int rc = inflate(&d->zs, Z_NO_FLUSH);
            produced = n - d->zs.avail_out;
            d->inPos = d->inLen - d->zs.avail_in;
            if (rc == Z_STREAM_END) {
                // Concatenated gzip members (logrotate + cat) continue.
                inflateReset(&d->zs);
                if (!d->fill())
                    break;
                continue;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error =
                    InputText::tr(
                        "The gzip data is corrupt (%1). The lines before the damage were read; check the "
                        "file with \"gzip -t\" and import an undamaged copy if you have one.")
                        .arg(QString::fromLatin1(d->zs.msg ? d->zs.msg : "?"));
                m_position += produced;
                m_eof = true;
                return produced > 0 ? produced : -1;
            }
        } else {
            d->bz.next_in = d->in.data() + d->inPos;
            d->bz.avail_in = unsigned(d->inLen - d->inPos);
            d->bz.next_out = buf + produced;
            d->bz.avail_out = unsigned(n - produced);
            const int rc = BZ2_bzDecompress(&d->bz);
            produced = n - d->bz.avail_out;
            d->inPos = d->inLen - d->bz.avail_in;
            if (rc == BZ_STREAM_END) {
                BZ2_bzDecompressEnd(&d->bz);
                d->bzInit = BZ2_bzDecompressInit(&d->bz, 0, 0) == BZ_OK;
                if (!d->fill())
                    break;
                continue;
            }
            if (rc != BZ_OK) {
                m_error =
                    InputText::tr(
                        "The bzip2 data is corrupt (code %1). The lines before the damage were read; check "
                        "the file with \"bzip2 -t\" and import an undamaged copy if you have one.")
                        .arg(rc);
                m_position += produced;
                m_eof = true;
                return produced > 0 ? produced : -1;
            }
        }
    }
    if (produced == 0) {
        // End of input: a member that never reached its end marker is truncated.
        const bool midStream = m_compression == Compression::Gzip
                                   ? (d->zs.total_in > 0 || d->zs.total_out > 0)
                                   : (d->bz.total_in_lo32 > 0);
        m_eof = true;
        if (midStream) {
            m_error =
                InputText::tr("The compressed file ends unexpectedly (it is truncated). Every line before "
                              "the damage was read; a line cut off by it counts as malformed. If you "
                              "have the complete file, import it as well: what was read already is not "
                              "counted again.");
            return -1;
        }
    }
    m_position += produced;
    return produced;
}

bool InputStream::skip(std::int64_t n)
{
    if (n <= 0)
        return true;
    if (m_compression == Compression::None) {
        if (!d->file.seek(m_position + n) || m_position + n > m_fileSize)
            return false;
        m_position += n;
        return true;
    }
    std::vector<char> scratch(1 << 20);
    while (n > 0) {
        const std::int64_t got =
            read(scratch.data(), std::min<std::int64_t>(n, std::int64_t(scratch.size())));
        if (got <= 0)
            return false;
        n -= got;
    }
    return true;
}

} // namespace es
