// Going back in a compressed log. The event browser reads lines newest first,
// so a gzip file is read backwards; the stream keeps access points (the
// decoder's state at deflate block boundaries) and resumes at the nearest one
// instead of decompressing from the start of the file every time. Checked
// byte for byte against the plain text, over two concatenated gzip members,
// with the work bounded by the bytes decoded.

#include "ingest/inputstream.h"
#include "store/linereader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

struct Line
{
    std::int64_t offset = 0;
    std::int32_t length = 0;
};

// Lines of varying length and content, so that deflate makes blocks of
// different sizes and access points fall at odd bit offsets.
QByteArray makeText(int lines, std::vector<Line> &index)
{
    QByteArray text;
    std::uint64_t x = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < lines; ++i) {
        const std::int64_t start = text.size();
        text +=
            "203.0.113." + QByteArray::number(i % 251) + " - - [line " + QByteArray::number(i) + "] \"GET /";
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const int words = 2 + int(x % 23);
        for (int w = 0; w < words; ++w) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            text += QByteArray::number(qulonglong(x % 100000), 36);
            text += (x & 1) ? '/' : '-';
        }
        text += " HTTP/1.1\" 200 " + QByteArray::number(qulonglong(x % 50000));
        index.push_back({start, std::int32_t(text.size() - start)});
        text += '\n';
    }
    return text;
}

QByteArray gzip(const QByteArray &data)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-c"), QStringLiteral("-6")});
    if (!p.waitForStarted())
        return {};
    p.write(data);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestCompressedSeek : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_text;
    std::vector<Line> m_lines;
    QString m_gz;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_text = makeText(110000, m_lines);
        // Two members, as `cat a.gz b.gz` after a rotation makes them; the
        // cut is inside a line, which gzip does not care about.
        const qsizetype cut = m_text.size() * 2 / 5 + 17;
        const QByteArray first = gzip(m_text.left(cut));
        const QByteArray second = gzip(m_text.mid(cut));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        m_gz = m_dir.filePath(QStringLiteral("access.log.gz"));
        QVERIFY(writeFile(m_gz, first + second));
        QVERIFY2(m_text.size() > 10 << 20, "the text spans many access points");
    }

    void streamGoesBackToAccessPoints()
    {
        InputStream in;
        QVERIFY(in.open(m_gz));
        QCOMPARE(in.compression(), InputStream::Compression::Gzip);
        in.setSeekSpacing(64 * 1024, 8);
        QByteArray all(m_text.size() + 1, '\0');
        std::int64_t got = 0;
        while (std::int64_t n = in.read(all.data() + got, all.size() - got)) {
            QVERIFY(n > 0);
            got += n;
        }
        QCOMPARE(got, std::int64_t(m_text.size()));
        all.resize(got);
        QVERIFY(all == m_text);
        // 8 points over more than 10 MiB: the spacing doubled several times.
        const std::int64_t spacing = in.seekSpacing();
        QVERIFY2(spacing >= m_text.size() / 16, qPrintable(QString::number(spacing)));

        // Positions all over, both members, the cut and the ends.
        std::vector<std::int64_t> positions = {0,
                                               1,
                                               m_text.size() - 1,
                                               m_text.size() * 2 / 5 + 16,
                                               m_text.size() * 2 / 5 + 17,
                                               m_text.size() * 2 / 5 + 18};
        std::uint64_t x = 12345;
        for (int i = 0; i < 300; ++i) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            positions.push_back(std::int64_t((x >> 17) % std::uint64_t(m_text.size())));
        }
        const std::int64_t decodedBefore = in.bytesDecoded();
        std::int64_t longestGap = 0;
        for (const std::int64_t p : positions) {
            const std::int64_t at = in.seekBefore(p);
            QVERIFY2(at >= 0 && at <= p, qPrintable(QStringLiteral("%1 for %2").arg(at).arg(p)));
            longestGap = std::max(longestGap, p - at);
            const std::int64_t want = std::min<std::int64_t>(p - at + 64, m_text.size() - at);
            QByteArray piece(want, '\0');
            std::int64_t filled = 0;
            while (filled < want) {
                const std::int64_t n = in.read(piece.data() + filled, want - filled);
                QVERIFY2(n > 0, qPrintable(in.errorString()));
                filled += n;
            }
            QVERIFY2(piece == m_text.mid(at, want), qPrintable(QStringLiteral("at %1").arg(at)));
        }
        // A point every `spacing` bytes, give or take a deflate block: no
        // seek decodes from the start of the file.
        QVERIFY2(longestGap <= spacing + (1 << 20), qPrintable(QString::number(longestGap)));
        const std::int64_t perSeek = (in.bytesDecoded() - decodedBefore) / std::int64_t(positions.size());
        qInfo("%zu seeks over %lld bytes: longest gap %lld, %lld bytes decoded per seek (spacing %lld)",
              positions.size(), static_cast<long long>(m_text.size()), static_cast<long long>(longestGap),
              static_cast<long long>(perSeek), static_cast<long long>(spacing));
    }

    void streamWithoutPointsStartsOver()
    {
        InputStream in;
        QVERIFY(in.open(m_gz));
        QByteArray head(4096, '\0');
        QCOMPARE(in.read(head.data(), head.size()), std::int64_t(head.size()));
        QVERIFY(in.skip(3 << 20));
        QCOMPARE(in.seekBefore(100), std::int64_t(0));
        QByteArray again(200, '\0');
        QCOMPARE(in.read(again.data(), again.size()), std::int64_t(again.size()));
        QVERIFY(again == m_text.left(200));
        // Forward from the current position: no seek at all.
        QCOMPARE(in.seekBefore(1000), std::int64_t(200));
    }

    void linesNewestFirst()
    {
        const int headLen = 4096;
        const QByteArray hash =
            QCryptographicHash::hash(m_text.left(headLen), QCryptographicHash::Sha1).toHex();
        LineReader reader(m_gz, headLen, QString::fromLatin1(hash), nullptr);
        QCOMPARE(reader.state(), TextState::Ok);
        QElapsedTimer t;
        t.start();
        QByteArray line;
        for (auto it = m_lines.rbegin(); it != m_lines.rend(); ++it) {
            QCOMPARE(reader.readLine(it->offset, it->length, line), TextState::Ok);
            if (line != m_text.mid(it->offset, it->length))
                QFAIL(qPrintable(QStringLiteral("line at %1 differs").arg(it->offset)));
        }
        // Once to the end, then each stretch between two points once more;
        // starting over from the file's start for every block read backwards
        // would decode about 40 times the file here.
        const double ratio = double(reader.bytesDecoded()) / double(m_text.size());
        qInfo("%zu lines newest first from %lld bytes of gzip text: %.2f× the text decoded, %lld ms",
              m_lines.size(), static_cast<long long>(m_text.size()), ratio,
              static_cast<long long>(t.elapsed()));
        QVERIFY2(ratio <= 2.5, qPrintable(QString::number(ratio)));

        // Random lines after that still read right.
        std::uint64_t x = 99;
        for (int i = 0; i < 500; ++i) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            const Line &l = m_lines[(x >> 20) % m_lines.size()];
            QCOMPARE(reader.readLine(l.offset, l.length, line), TextState::Ok);
            QVERIFY(line == m_text.mid(l.offset, l.length));
        }
    }

    void changedFileIsStillRefused()
    {
        // The head check stays: the same reader over other content gives
        // FileChanged, never another file's lines.
        const QString other = m_dir.filePath(QStringLiteral("other.log.gz"));
        QByteArray changed = m_text;
        changed[10] = 'X';
        QVERIFY(writeFile(other, gzip(changed)));
        const QByteArray hash = QCryptographicHash::hash(m_text.left(4096), QCryptographicHash::Sha1).toHex();
        LineReader reader(other, 4096, QString::fromLatin1(hash), nullptr);
        QCOMPARE(reader.state(), TextState::FileChanged);
    }
};

QTEST_GUILESS_MAIN(TestCompressedSeek)
#include "tst_compressedseek.moc"
