// Tests of the unique-visitor sketch's serialized format: round trips in both
// modes, canonical sizes, and rejection of damaged input (truncation, wrong
// checksums, random and checksum-valid fuzzed bytes), which must never crash
// or yield a sketch that later misbehaves.

#include "aggregate/visitorsketch.h"
#include "visitorsketchtestsupport.h"

#include <QTest>
#include <optional>
#include <random>
#include <string>
#include <vector>

using es::VisitorSketch;
using namespace es::sketchtest;

class TestVisitorSketchCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void damagedInputRejected();
    void fuzzRandomBytes();
    void fuzzValidChecksums();
    void serializedSizes();
};

void TestVisitorSketchCodec::roundTrip_data()
{
    QTest::addColumn<qulonglong>("n");
    QTest::addColumn<int>("kind"); // byte 1 of the format: 0 exact, 1 sparse, 2 dense
    for (qulonglong n : {1ULL, 2ULL, 3ULL, 100ULL, 4097ULL, 10000ULL})
        QTest::addRow("exact %llu", n) << n << 0;
    for (qulonglong n : {10001ULL, 60000ULL})
        QTest::addRow("sparse %llu", n) << n << 1;
    for (qulonglong n : {1000000ULL, 3000000ULL})
        QTest::addRow("dense %llu", n) << n << 2;
}

void TestVisitorSketchCodec::roundTrip()
{
    QFETCH(qulonglong, n);
    QFETCH(int, kind);
    VisitorSketch s = sketchOf(9, n);
    if (n == 3) {
        s.add(0);
        s.add(~0ULL);
    }
    const std::string bytes = s.serialize();
    QCOMPARE(int(static_cast<unsigned char>(bytes[0])), int(VisitorSketch::kFormatVersion));
    QCOMPARE(int(static_cast<unsigned char>(bytes[1])), kind);
    std::optional<VisitorSketch> back = VisitorSketch::deserialize(bytes);
    QVERIFY(back);
    QCOMPARE(back->isExact(), s.isExact());
    QCOMPARE(back->estimate(), s.estimate());
    QCOMPARE(back->serialize(), bytes);
    QVERIFY(*back == s);
    // The copy goes on like the original.
    for (std::uint64_t i = 0; i < 20000; i += 7) {
        s.add(visitor(10, i));
        back->add(visitor(10, i));
    }
    QVERIFY(*back == s);
    QCOMPARE(back->serialize(), s.serialize());
    QCOMPARE(back->estimate(), s.estimate());
}

void TestVisitorSketchCodec::damagedInputRejected()
{
    std::mt19937_64 rng(99);
    for (std::uint64_t n : {0ULL, 1ULL, 3ULL, 100ULL, 10000ULL, 10001ULL, 400000ULL, 1000000ULL}) {
        const std::string bytes = sketchOf(12, n).serialize();
        QVERIFY(VisitorSketch::deserialize(bytes));
        // Truncated: every length for small sketches, a sample for large ones.
        for (std::size_t len = 0; len < bytes.size(); ++len) {
            if (bytes.size() > 1000 && len > 16 && len + 16 < bytes.size() && rng() % 200 != 0)
                continue;
            QVERIFY2(!VisitorSketch::deserialize(std::string_view(bytes).substr(0, len)),
                     qPrintable(QStringLiteral("n %1, %2 of %3 bytes").arg(n).arg(len).arg(bytes.size())));
        }
        QVERIFY(!VisitorSketch::deserialize(bytes + '\0'));
        // One flipped bit anywhere.
        for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
            if (bytes.size() > 1000 && rng() % 500 != 0)
                continue;
            std::string damaged = bytes;
            damaged[bit / 8] = char(damaged[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY2(!VisitorSketch::deserialize(damaged),
                     qPrintable(QStringLiteral("n %1, bit %2 flipped").arg(n).arg(bit)));
        }
        // Valid checksums over invalid bodies: another version, another
        // precision, trailing bytes, unknown kind.
        std::string body = bodyOf(bytes);
        QVERIFY(VisitorSketch::deserialize(withChecksum(body)));
        std::string other = body;
        other[0] = char(VisitorSketch::kFormatVersion + 1);
        QVERIFY(!VisitorSketch::deserialize(withChecksum(other)));
        other = body;
        other[1] = char(3);
        QVERIFY(!VisitorSketch::deserialize(withChecksum(other)));
        if (n > VisitorSketch::kExactLimit) {
            other = body;
            other[2] = char(VisitorSketch::kPrecision - 1);
            QVERIFY(!VisitorSketch::deserialize(withChecksum(other)));
        }
        QVERIFY(!VisitorSketch::deserialize(withChecksum(body + '\0')));
        QVERIFY(!VisitorSketch::deserialize(withChecksum(body + '\x01')));
    }
    // More hashes than the exact limit claimed in an exact sketch.
    std::string tooMany = bodyOf(sketchOf(12, 10000).serialize());
    QCOMPARE(tooMany.substr(2, 2), std::string("\x90\x4E", 2)); // varint 10,000
    tooMany[2] = char(0x91);
    QVERIFY(!VisitorSketch::deserialize(withChecksum(tooMany)));
}

// Random bytes never crash the decoder, and are refused by the checksum.
void TestVisitorSketchCodec::fuzzRandomBytes()
{
    std::mt19937_64 rng(2024);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string bytes(rng() % 300, '\0');
        for (char &c : bytes)
            c = char(rng());
        if (round % 2 == 0 && bytes.size() >= 3) {
            bytes[0] = char(VisitorSketch::kFormatVersion);
            bytes[1] = char(rng() % 3);
        }
        if (VisitorSketch::deserialize(bytes))
            ++accepted;
    }
    QCOMPARE(accepted, 0);
}

// Bodies with valid checksums, random or mutated from real sketches, reach
// the structural checks. The decoder never crashes, and whatever it accepts is
// a sketch that serializes and decodes again to itself.
void TestVisitorSketchCodec::fuzzValidChecksums()
{
    std::mt19937_64 rng(77);
    int accepted = 0, rejected = 0;
    auto check = [&](const std::string &body) {
        const std::optional<VisitorSketch> s = VisitorSketch::deserialize(withChecksum(body));
        if (!s) {
            ++rejected;
            return true;
        }
        ++accepted;
        const std::string again = s->serialize();
        const std::optional<VisitorSketch> t = VisitorSketch::deserialize(again);
        return t && *t == *s && t->serialize() == again && t->estimate() == s->estimate();
    };
    // Random bodies behind a plausible header; dense ones are long, so fewer.
    for (int round = 0; round < 4000; ++round) {
        const int kind = round % 40 == 0 ? 2 : int(rng() % 2);
        std::string body;
        body.push_back(char(VisitorSketch::kFormatVersion));
        body.push_back(char(kind));
        if (kind != 0)
            body.push_back(char(VisitorSketch::kPrecision));
        const std::size_t len = kind == 2 ? VisitorSketch::kRegisterCount / 2 + 1 + rng() % 64 : rng() % 64;
        for (std::size_t i = 0; i < len; ++i)
            body.push_back(char(rng()));
        if (kind == 0 && body.size() > 2)
            body[2] = char(rng() % 6);
        if (kind == 1 && body.size() > 3)
            body[3] = char(1 + rng() % 8);
        QVERIFY2(check(body), qPrintable(QStringLiteral("random body, round %1").arg(round)));
    }
    // Real sketches with a few damaged bits, shortened or lengthened.
    struct Seed
    {
        std::uint64_t n;
        int rounds;
    };
    for (const Seed seed : {Seed{0, 200}, Seed{1, 1000}, Seed{2, 1000}, Seed{5, 1000}, Seed{50, 1000},
                            Seed{10001, 100}, Seed{1000000, 60}}) {
        const std::string original = bodyOf(sketchOf(13, seed.n).serialize());
        for (int round = 0; round < seed.rounds; ++round) {
            std::string mutated = original;
            for (int k = 1 + int(rng() % 3); k > 0; --k) {
                const std::size_t at = 2 + rng() % (mutated.size() - 2);
                mutated[at] = char(mutated[at] ^ char(1 << (rng() % 8)));
            }
            if (rng() % 4 == 0)
                mutated.resize(mutated.size() - std::min<std::size_t>(mutated.size() - 3, rng() % 3));
            else if (rng() % 4 == 0)
                mutated.push_back(char(rng() % 4));
            QVERIFY2(check(mutated),
                     qPrintable(QStringLiteral("%1 visitors, mutation %2").arg(seed.n).arg(round)));
        }
    }
    qInfo("valid checksums: %d bodies accepted, %d rejected", accepted, rejected);
    QVERIFY(accepted > 0 && rejected > 0);
}

void TestVisitorSketchCodec::serializedSizes()
{
    struct Limit
    {
        std::uint64_t n;
        std::size_t maxBytes;
    };
    const Limit limits[] = {{0, 8},         {1, 16},        {3, 40},         {10, 100},        {100, 800},
                            {10000, 66000}, {10001, 12000}, {100000, 70000}, {1000000, 132000}};
    for (const Limit &l : limits) {
        const std::size_t size = sketchOf(21, l.n).serialize().size();
        qInfo("%8llu visitors: %7zu bytes", qulonglong(l.n), size);
        QVERIFY2(size <= l.maxBytes, qPrintable(QStringLiteral("%1 visitors: %2 bytes").arg(l.n).arg(size)));
    }
}

QTEST_GUILESS_MAIN(TestVisitorSketchCodec)
#include "tst_visitorsketchcodec.moc"
