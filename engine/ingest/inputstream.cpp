#include "ingest/inputstream.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
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
constexpr uInt kWindow = 32768; // deflate's largest back reference
constexpr int kGzipAuto = 15 + 32;
constexpr int kRawDeflate = -15;
constexpr int kGzipTrailer = 8; // CRC-32 and size after a member's deflate data
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
    std::int64_t fileBase = 0; // file offset of in[0]

    // Decoder state at a deflate block boundary, to resume from.
    struct AccessPoint
    {
        std::int64_t out = 0;              // decompressed position
        std::int64_t in = 0;               // file offset of the next whole byte
        int bits = 0;                      // bits of the byte before `in` still to decode
        std::vector<unsigned char> window; // the output's last 32 KiB
    };
    std::vector<AccessPoint> points; // by position
    std::int64_t spacing = 0;
    int maxPoints = 64;
    // After a seek the decoder reads raw deflate data, so it does not see its
    // member's trailer; that is skipped, and the next member read as gzip.
    bool raw = false;
    int trailerLeft = 0;

    void addPoint(std::int64_t out)
    {
        if (out - (points.empty() ? 0 : points.back().out) < spacing)
            return;
        AccessPoint p;
        p.out = out;
        p.in = fileBase + std::int64_t(inPos);
        p.bits = zs.data_type & 7;
        p.window.resize(kWindow);
        uInt len = kWindow;
        if (inflateGetDictionary(&zs, p.window.data(), &len) != Z_OK)
            return;
        p.window.resize(len);
        points.push_back(std::move(p));
        if (int(points.size()) > maxPoints) {
            // Keep every second point: the gaps double, and so does the spacing.
            std::vector<AccessPoint> kept;
            for (size_t i = 1; i < points.size(); i += 2)
                kept.push_back(std::move(points[i]));
            points = std::move(kept);
            spacing *= 2;
        }
    }

    bool rewindInput(std::int64_t at)
    {
        if (!file.seek(at))
            return false;
        fileBase = at;
        inPos = inLen = 0;
        inputEof = false;
        trailerLeft = 0;
        return true;
    }

    bool resumeAt(const AccessPoint &p)
    {
        if (!rewindInput(p.in - (p.bits ? 1 : 0)) || inflateReset2(&zs, kRawDeflate) != Z_OK)
            return false;
        if (p.bits) {
            if (!fill())
                return false;
            const int byte = static_cast<unsigned char>(in[inPos++]);
            if (inflatePrime(&zs, p.bits, byte >> (8 - p.bits)) != Z_OK)
                return false;
        }
        if (!p.window.empty() && inflateSetDictionary(&zs, p.window.data(), uInt(p.window.size())) != Z_OK)
            return false;
        raw = true;
        return true;
    }

    bool restart(Compression c)
    {
        if (!rewindInput(0))
            return false;
        raw = false;
        if (c == Compression::Gzip)
            return inflateReset2(&zs, kGzipAuto) == Z_OK;
        if (c == Compression::Bzip2) {
            if (bzInit)
                BZ2_bzDecompressEnd(&bz);
            bz = bz_stream{};
            bzInit = BZ2_bzDecompressInit(&bz, 0, 0) == BZ_OK;
            return bzInit;
        }
        return true;
    }

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
        fileBase += std::int64_t(inLen);
        inPos = inLen = 0;
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
        if (inflateInit2(&d->zs, kGzipAuto) != Z_OK) {
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
    m_decoded = 0;
    m_eof = false;
    m_error.clear();
    return true;
}

void InputStream::setSeekSpacing(std::int64_t spacing, int maxPoints)
{
    if (!d)
        return;
    d->spacing = std::max<std::int64_t>(0, spacing);
    d->maxPoints = std::max(2, maxPoints);
    d->points.clear();
}

std::int64_t InputStream::seekSpacing() const
{
    return d ? d->spacing : 0;
}

std::int64_t InputStream::seekBefore(std::int64_t pos)
{
    if (!d)
        return -1;
    pos = std::max<std::int64_t>(0, pos);
    if (m_compression == Compression::None) {
        if (!d->file.seek(pos))
            return -1;
        m_position = pos;
        m_eof = false;
        m_error.clear();
        return pos;
    }
    const Impl::AccessPoint *best = nullptr;
    for (const Impl::AccessPoint &p : d->points) {
        if (p.out > pos)
            break;
        best = &p;
    }
    const std::int64_t from = best ? best->out : 0;
    if (m_position <= pos && m_position >= from && m_error.isEmpty())
        return m_position;
    if (!(best ? d->resumeAt(*best) : d->restart(m_compression))) {
        m_error = InputText::tr("Cannot go back in the compressed file to read it again. Check that the file "
                                "is still there and readable.");
        m_eof = true;
        return -1;
    }
    m_position = from;
    m_eof = false;
    m_error.clear();
    return from;
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
            if (d->trailerLeft > 0) {
                const size_t skip = std::min(size_t(d->trailerLeft), d->inLen - d->inPos);
                d->inPos += skip;
                d->trailerLeft -= int(skip);
                continue;
            }
            d->zs.next_in = reinterpret_cast<Bytef *>(d->in.data() + d->inPos);
            d->zs.avail_in = uInt(d->inLen - d->inPos);
            d->zs.next_out = reinterpret_cast<Bytef *>(buf + produced);
            d->zs.avail_out = uInt(n - produced);
            // Z_BLOCK stops at each block boundary, where an access point can be kept.
            const int rc = inflate(&d->zs, d->spacing > 0 ? Z_BLOCK : Z_NO_FLUSH);
            produced = n - d->zs.avail_out;
            d->inPos = d->inLen - d->zs.avail_in;
            if (rc == Z_STREAM_END) {
                // Concatenated gzip members (logrotate + cat) continue.
                if (d->raw) {
                    d->raw = false;
                    d->trailerLeft = kGzipTrailer;
                    inflateReset2(&d->zs, kGzipAuto);
                } else {
                    inflateReset(&d->zs);
                }
                if (!d->fill())
                    break;
                continue;
            }
            if (d->spacing > 0 && rc == Z_OK && (d->zs.data_type & 128) && !(d->zs.data_type & 64))
                d->addPoint(m_position + produced);
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error =
                    InputText::tr(
                        "The gzip data is corrupt (%1). The lines before the damage were read; check the "
                        "file with \"gzip -t\" and import an undamaged copy if you have one.")
                        .arg(QString::fromLatin1(d->zs.msg ? d->zs.msg : "?"));
                m_position += produced;
                m_decoded += produced;
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
                m_decoded += produced;
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
    m_decoded += produced;
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
