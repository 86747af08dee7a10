// Tests of the unique-visitor sketch: exact counts up to the exact limit,
// HyperLogLog accuracy beyond it, unions of daily sketches, the algebra of
// merge (commutative, associative, idempotent, canonical bytes), the
// serialized format (round trips, sizes) and rejection of damaged input.

#include "aggregate/visitorsketch.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <vector>

using es::VisitorSketch;

// |value| < bound, printing the value when not.
#define VERIFY_BELOW(value, bound)                                                                           \
    do {                                                                                                     \
        const double v_ = double(value);                                                                     \
        QVERIFY2(std::fabs(v_) < (bound), qPrintable(QStringLiteral(#value " = %1").arg(v_, 0, 'g', 6)));    \
    } while (false)

namespace {

// splitmix64's finalizer: a bijection, so distinct inputs give distinct,
// uniformly spread hashes.
std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The hash of visitor `id` in a population identified by `seed`.
std::uint64_t visitor(std::uint64_t seed, std::uint64_t id)
{
    return mix64((seed << 40) + id);
}

double relativeError(std::uint64_t estimate, std::uint64_t exact)
{
    return (double(estimate) - double(exact)) / double(exact);
}

std::string withChecksum(std::string body)
{
    const auto c = std::uint32_t(VisitorSketch::hashKey(body));
    for (int i = 0; i < 4; ++i)
        body.push_back(char((c >> (8 * i)) & 0xFF));
    return body;
}

std::string bodyOf(const std::string &bytes)
{
    return bytes.substr(0, bytes.size() - 4);
}

VisitorSketch sketchOf(std::uint64_t seed, std::uint64_t n)
{
    VisitorSketch s;
    for (std::uint64_t i = 0; i < n; ++i)
        s.add(visitor(seed, i));
    return s;
}

// Largest relative error seen per cardinality, printed at the end.
QMap<qulonglong, double> g_maxError;

} // namespace

class TestVisitorSketch : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void hashKeyIsXxh64();
    void emptySketch();
    void exactAtEveryCardinality();
    void exactIndependentOfOrder();
    void nonUniformHashesStayExact();
    void accuracy_data();
    void accuracy();
    void mergeAcrossTheExactLimit();
    void serializedUnion_data();
    void serializedUnion();
    void dailyUnions_data();
    void dailyUnions();
    void associativeOnMixedModes();
    void roundTrip_data();
    void roundTrip();
    void damagedInputRejected();
    void fuzzRandomBytes();
    void fuzzValidChecksums();
    void serializedSizes();
    void valueSemantics();
};

void TestVisitorSketch::cleanupTestCase()
{
    for (auto it = g_maxError.cbegin(); it != g_maxError.cend(); ++it)
        qInfo("max |relative error| at %llu: %.4f%%", it.key(), 100.0 * it.value());
}

void TestVisitorSketch::hashKeyIsXxh64()
{
    // Reference values of XXH64 with seed 0.
    QCOMPARE(VisitorSketch::hashKey(""), std::uint64_t(0xEF46DB3751D8E999));
    QCOMPARE(VisitorSketch::hashKey("a"), std::uint64_t(0xD24EC4F1A98C6E5B));
    QCOMPARE(VisitorSketch::hashKey("abc"), std::uint64_t(0x44BC2CF5AD770999));
    QCOMPARE(VisitorSketch::hashKey("The quick brown fox jumps over the lazy dog"),
             std::uint64_t(0x0B242D361FDA71BC));
    QCOMPARE(VisitorSketch::hashKey("0123456789abcdef0123456789abcde"), std::uint64_t(0x1FDFC63FEBACFDE7));
    QCOMPARE(VisitorSketch::hashKey("0123456789abcdef0123456789abcdef"), std::uint64_t(0x642A94958E71E6C5));
    QCOMPARE(VisitorSketch::hashKey(
                 "203.0.113.7|Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"),
             std::uint64_t(0xBB390C88A1C75EFD));
    // Only the bytes count, not where they live.
    const std::string key = "xx198.51.100.23|curl/8.0xx";
    QCOMPARE(VisitorSketch::hashKey(std::string_view(key).substr(2, key.size() - 4)),
             VisitorSketch::hashKey("198.51.100.23|curl/8.0"));

    VisitorSketch a, b;
    a.addKey("198.51.100.23|curl/8.0");
    b.add(VisitorSketch::hashKey("198.51.100.23|curl/8.0"));
    a.addKey("198.51.100.23|curl/8.0");
    QCOMPARE(a.estimate(), std::uint64_t(1));
    QCOMPARE(a.serialize(), b.serialize());
}

void TestVisitorSketch::emptySketch()
{
    VisitorSketch s;
    QVERIFY(s.isExact());
    QCOMPARE(s.estimate(), std::uint64_t(0));
    const std::string bytes = s.serialize();
    const std::optional<VisitorSketch> back = VisitorSketch::deserialize(bytes);
    QVERIFY(back);
    QCOMPARE(back->estimate(), std::uint64_t(0));
    QCOMPARE(back->serialize(), bytes);
    VisitorSketch t;
    t.merge(s);
    QCOMPARE(t.serialize(), bytes);
}

// Every count from 1 to 10,000 is exact while duplicates keep arriving,
// including the hashes 0 and 2^64 - 1; the next distinct hash switches to
// HyperLogLog.
void TestVisitorSketch::exactAtEveryCardinality()
{
    for (std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
        std::mt19937_64 rng(seed);
        std::vector<std::uint64_t> added;
        VisitorSketch s;
        for (std::uint64_t i = 1; i <= VisitorSketch::kExactLimit; ++i) {
            std::uint64_t h = visitor(seed, i);
            if (seed == 2 && i == 5)
                h = 0;
            if (seed == 2 && i == 6)
                h = ~0ULL;
            s.add(h);
            added.push_back(h);
            for (int d = int(rng() % 4); d > 0; --d)
                s.add(added[rng() % added.size()]);
            if (s.estimate() != i || !s.isExact())
                QFAIL(qPrintable(QStringLiteral("seed %1: %2 distinct hashes, estimate %3, exact %4")
                                     .arg(seed)
                                     .arg(i)
                                     .arg(s.estimate())
                                     .arg(s.isExact())));
        }
        for (const std::uint64_t h : added)
            s.add(h);
        QVERIFY(s.isExact());
        QCOMPARE(s.estimate(), std::uint64_t(VisitorSketch::kExactLimit));

        s.add(visitor(seed, 0));
        QVERIFY(!s.isExact());
        QVERIFY(s.estimate() > VisitorSketch::kExactLimit);
        VERIFY_BELOW(relativeError(s.estimate(), VisitorSketch::kExactLimit + 1), 0.01);
    }
}

// The same set gives the same bytes whatever the order and duplicates.
void TestVisitorSketch::exactIndependentOfOrder()
{
    for (std::uint64_t n : {1ULL, 2ULL, 3ULL, 17ULL, 1000ULL, 4097ULL, 9999ULL, 10000ULL}) {
        std::vector<std::uint64_t> hashes;
        for (std::uint64_t i = 0; i < n; ++i)
            hashes.push_back(visitor(7, i));
        VisitorSketch forward;
        for (const std::uint64_t h : hashes)
            forward.add(h);
        std::mt19937_64 rng(n);
        std::shuffle(hashes.begin(), hashes.end(), rng);
        VisitorSketch shuffled;
        for (const std::uint64_t h : hashes) {
            shuffled.add(h);
            shuffled.add(hashes[rng() % hashes.size()]);
        }
        QCOMPARE(shuffled.estimate(), n);
        QCOMPARE(forward.estimate(), n);
        QVERIFY(shuffled == forward);
        QCOMPARE(shuffled.serialize(), forward.serialize());
    }
}

// Hashes that are not uniform (a caller passing raw ids) crowd the exact
// table, but counts, merges and bytes stay right.
void TestVisitorSketch::nonUniformHashesStayExact()
{
    std::vector<std::uint64_t> hashes;
    for (std::uint64_t i = 1; i <= 3000; ++i)
        hashes.push_back(i); // all in the lowest slot
    for (std::uint64_t i = 1; i <= 3000; ++i)
        hashes.push_back(~std::uint64_t(0) - i * 7); // all in the highest slot, wrapping around
    VisitorSketch a, b;
    for (const std::uint64_t h : hashes)
        a.add(h);
    std::mt19937_64 rng(5);
    std::shuffle(hashes.begin(), hashes.end(), rng);
    for (std::size_t i = 0; i < hashes.size(); i += 2)
        b.add(hashes[i]);
    VisitorSketch c;
    for (std::size_t i = 1; i < hashes.size(); i += 2)
        c.add(hashes[i]);
    b.merge(c);
    QCOMPARE(a.estimate(), std::uint64_t(6000));
    QVERIFY(a == b);
    const std::string bytes = a.serialize();
    QCOMPARE(b.serialize(), bytes);
    const std::optional<VisitorSketch> back = VisitorSketch::deserialize(bytes);
    QVERIFY(back && *back == a);
    QCOMPARE(back->serialize(), bytes);
}

void TestVisitorSketch::accuracy_data()
{
    QTest::addColumn<qulonglong>("n");
    QTest::addColumn<qulonglong>("seed");
    QTest::addColumn<bool>("stringKeys");
    for (qulonglong n : {10001ULL, 20000ULL, 50000ULL, 100000ULL}) {
        for (qulonglong seed = 1; seed <= 6; ++seed)
            QTest::addRow("%llu/seed%llu", n, seed) << n << seed << (seed % 2 == 0);
    }
    for (qulonglong seed = 1; seed <= 3; ++seed)
        QTest::addRow("1000000/seed%llu", seed) << 1000000ULL << seed << (seed == 2);
    QTest::addRow("10000000/seed1") << 10000000ULL << 1ULL << false;
}

// Beyond the exact limit, the estimate is within 1% of the distinct count,
// with a quarter of the visitors coming back.
void TestVisitorSketch::accuracy()
{
    QFETCH(qulonglong, n);
    QFETCH(qulonglong, seed);
    QFETCH(bool, stringKeys);
    VisitorSketch s;
    std::string key;
    auto hashOf = [&](std::uint64_t id) {
        if (!stringKeys)
            return visitor(seed, id);
        key = "203.0." + std::to_string(id % 256) + '.' + std::to_string(id / 256) + "|seed" +
              std::to_string(seed) + "|Mozilla/5.0 (Windows NT 10.0; Win64; x64)";
        return VisitorSketch::hashKey(key);
    };
    for (std::uint64_t i = 0; i < n; ++i) {
        s.add(hashOf(i));
        if (i % 4 == 3)
            s.add(hashOf(mix64(i) % i));
    }
    QVERIFY(!s.isExact());
    const double error = relativeError(s.estimate(), n);
    qInfo("n %llu, estimate %llu, error %+.4f%%", n, qulonglong(s.estimate()), 100.0 * error);
    g_maxError[n] = std::max(g_maxError.value(n), std::fabs(error));
    VERIFY_BELOW(error, 0.01);
}

// Sets whose union is at most 10,000 merge exactly, even when the sum of
// their sizes is larger; one more distinct hash switches to HyperLogLog.
void TestVisitorSketch::mergeAcrossTheExactLimit()
{
    VisitorSketch a = sketchOf(1, 8000);
    VisitorSketch b;
    for (std::uint64_t i = 6000; i < 10000; ++i)
        b.add(visitor(1, i));
    VisitorSketch ab = a;
    ab.merge(b);
    QVERIFY(ab.isExact());
    QCOMPARE(ab.estimate(), std::uint64_t(10000));
    QCOMPARE(ab.serialize(), sketchOf(1, 10000).serialize());

    VisitorSketch c;
    c.add(visitor(1, 10000));
    VisitorSketch abc = ab;
    abc.merge(c);
    QVERIFY(!abc.isExact());
    VisitorSketch cba = c;
    cba.merge(b);
    cba.merge(a);
    QCOMPARE(cba.serialize(), abc.serialize());
    QCOMPARE(abc.serialize(), sketchOf(1, 10001).serialize());
    VERIFY_BELOW(relativeError(abc.estimate(), 10001), 0.01);
}

void TestVisitorSketch::serializedUnion_data()
{
    QTest::addColumn<int>("sizeA");
    QTest::addColumn<int>("sizeB");
    QTest::addColumn<int>("overlap"); // hashes of b that are also in a
    QTest::addColumn<bool>("zeroHash");
    QTest::newRow("both empty") << 0 << 0 << 0 << false;
    QTest::newRow("one empty") << 0 << 37 << 0 << false;
    QTest::newRow("disjoint") << 120 << 80 << 0 << false;
    QTest::newRow("b inside a") << 500 << 200 << 200 << false;
    QTest::newRow("equal") << 300 << 300 << 300 << false;
    QTest::newRow("with the zero hash") << 64 << 64 << 10 << true;
    QTest::newRow("union exactly at the limit") << 8000 << 4000 << 2000 << false;
    QTest::newRow("union one past the limit") << 8000 << 4000 << 1999 << false;
    QTest::newRow("exact and HyperLogLog") << 20000 << 900 << 300 << false;
    QTest::newRow("both HyperLogLog") << 30000 << 25000 << 10000 << false;
}

// The union computed on the serialized forms (what the workspace's
// sketch_union() does) has the same bytes as merging the sketches, in either
// order, and garbage is refused rather than read.
void TestVisitorSketch::serializedUnion()
{
    QFETCH(int, sizeA);
    QFETCH(int, sizeB);
    QFETCH(int, overlap);
    QFETCH(bool, zeroHash);
    VisitorSketch a, b;
    for (int i = 0; i < sizeA; ++i)
        a.add(visitor(7, std::uint64_t(i)));
    for (int i = 0; i < sizeB; ++i) // the first `overlap` ones are a's last ones
        b.add(visitor(7, std::uint64_t(i < overlap ? sizeA - 1 - i : sizeA + i)));
    if (zeroHash) {
        a.add(0);
        b.add(0);
    }
    VisitorSketch ab = a;
    ab.merge(b);
    const std::string expected = ab.serialize();
    const std::optional<std::string> forward = VisitorSketch::unionOfSerialized(a.serialize(), b.serialize());
    const std::optional<std::string> backward =
        VisitorSketch::unionOfSerialized(b.serialize(), a.serialize());
    QVERIFY(forward && backward);
    QCOMPARE(*forward, expected);
    QCOMPARE(*backward, expected);
    if (sizeA + sizeB - overlap <= int(VisitorSketch::kExactLimit) &&
        sizeA <= int(VisitorSketch::kExactLimit))
        QCOMPARE(VisitorSketch::deserialize(*forward)->estimate(),
                 std::uint64_t(sizeA + sizeB - overlap + (zeroHash ? 1 : 0)));

    std::string damaged = a.serialize();
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x20);
    QVERIFY(!VisitorSketch::unionOfSerialized(damaged, b.serialize()));
    QVERIFY(!VisitorSketch::unionOfSerialized(b.serialize(), std::string_view()));
}

void TestVisitorSketch::dailyUnions_data()
{
    QTest::addColumn<int>("regulars");
    QTest::addColumn<int>("newPerDay");
    QTest::addColumn<int>("returning");
    // Daily sketches and union exact.
    QTest::newRow("small") << 400 << 250 << 100;
    // Daily sketches exact, union beyond the limit.
    QTest::newRow("crossing") << 3000 << 1500 << 600;
    // Daily sketches beyond the limit.
    QTest::newRow("large") << 20000 << 30000 << 8000;
}

// 30 daily sketches of an overlapping population: regulars who come on about
// half the days, new visitors each day, and some of the last days' new
// visitors coming back. The union equals the exact count up to 10,000 and is
// within 1% beyond, whatever the merge order.
void TestVisitorSketch::dailyUnions()
{
    QFETCH(int, regulars);
    QFETCH(int, newPerDay);
    QFETCH(int, returning);
    constexpr int kDays = 30;
    const std::uint64_t seed = 11;
    std::mt19937_64 rng{std::uint64_t(regulars)};
    const std::size_t population = std::size_t(regulars + kDays * newPerDay);
    std::vector<bool> seen(population, false);
    std::vector<VisitorSketch> days(kDays);
    VisitorSketch direct; // every visit added to one sketch
    auto visit = [&](int day, std::uint64_t id) {
        seen[id] = true;
        days[std::size_t(day)].add(visitor(seed, id));
        direct.add(visitor(seed, id));
    };
    for (int d = 0; d < kDays; ++d) {
        for (int r = 0; r < regulars; ++r) {
            if (rng() % 2 == 0)
                visit(d, std::uint64_t(r));
        }
        const std::uint64_t firstNew = std::uint64_t(regulars) + std::uint64_t(d) * std::uint64_t(newPerDay);
        for (int i = 0; i < newPerDay; ++i)
            visit(d, firstNew + std::uint64_t(i));
        for (int i = 0; d > 0 && i < returning; ++i) {
            const int back = 1 + int(rng() % std::uint64_t(std::min(d, 3)));
            const std::uint64_t firstThen =
                std::uint64_t(regulars) + std::uint64_t(d - back) * std::uint64_t(newPerDay);
            visit(d, firstThen + rng() % std::uint64_t(newPerDay));
        }
    }
    const auto exact = std::uint64_t(std::count(seen.begin(), seen.end(), true));

    VisitorSketch forward;
    for (const VisitorSketch &day : days)
        forward.merge(day);
    const std::string bytes = forward.serialize();
    if (exact <= VisitorSketch::kExactLimit) {
        QVERIFY(forward.isExact());
        QCOMPARE(forward.estimate(), exact);
    } else {
        QVERIFY(!forward.isExact());
        const double error = relativeError(forward.estimate(), exact);
        qInfo("union of %d days: exact %llu, estimate %llu, error %+.4f%%", kDays, qulonglong(exact),
              qulonglong(forward.estimate()), 100.0 * error);
        VERIFY_BELOW(error, 0.01);
    }
    QCOMPARE(direct.serialize(), bytes);

    VisitorSketch backward;
    for (int d = kDays - 1; d >= 0; --d)
        backward.merge(days[std::size_t(d)]);
    QCOMPARE(backward.serialize(), bytes);

    for (int round = 0; round < 3; ++round) {
        std::vector<VisitorSketch> order = days;
        std::shuffle(order.begin(), order.end(), rng);
        VisitorSketch shuffled;
        for (const VisitorSketch &day : order)
            shuffled.merge(day);
        QCOMPARE(shuffled.serialize(), bytes);
        QCOMPARE(shuffled.estimate(), forward.estimate());
    }

    // Pairwise tree, through the stored form as a range query reads it.
    std::vector<VisitorSketch> level;
    for (const VisitorSketch &day : days) {
        std::optional<VisitorSketch> stored = VisitorSketch::deserialize(day.serialize());
        QVERIFY(stored);
        level.push_back(std::move(*stored));
    }
    while (level.size() > 1) {
        std::vector<VisitorSketch> next;
        for (std::size_t i = 0; i < level.size(); i += 2) {
            next.push_back(level[i]);
            if (i + 1 < level.size())
                next.back().merge(level[i + 1]);
        }
        level = std::move(next);
    }
    QCOMPARE(level.front().serialize(), bytes);

    // Idempotent: with itself, a copy of itself, or any part again.
    forward.merge(forward);
    QCOMPARE(forward.serialize(), bytes);
    const VisitorSketch copy = forward;
    forward.merge(copy);
    QCOMPARE(forward.serialize(), bytes);
    for (const VisitorSketch &day : days)
        forward.merge(day);
    QCOMPARE(forward.serialize(), bytes);
}

// (a + b) + c == a + (b + c) and a + b == b + a over every combination of
// modes: small exact, large exact, and HyperLogLog.
void TestVisitorSketch::associativeOnMixedModes()
{
    std::vector<VisitorSketch> parts;
    parts.push_back(sketchOf(3, 10));     // exact, subset of the others
    parts.push_back(sketchOf(3, 6000));   // exact
    parts.push_back(sketchOf(4, 5000));   // exact, disjoint: unions cross the limit
    parts.push_back(sketchOf(3, 30000));  // HyperLogLog
    parts.push_back(sketchOf(5, 200000)); // HyperLogLog
    parts.push_back(VisitorSketch());     // empty
    for (const VisitorSketch &a : parts) {
        for (const VisitorSketch &b : parts) {
            VisitorSketch ab = a, ba = b;
            ab.merge(b);
            ba.merge(a);
            QVERIFY(ab == ba);
            QCOMPARE(ab.serialize(), ba.serialize());
            QCOMPARE(ab.estimate(), ba.estimate());
            for (const VisitorSketch &c : parts) {
                VisitorSketch left = ab;
                left.merge(c);
                VisitorSketch bc = b;
                bc.merge(c);
                VisitorSketch right = a;
                right.merge(bc);
                QVERIFY(left == right);
                QCOMPARE(left.estimate(), right.estimate());
            }
        }
    }
}

void TestVisitorSketch::roundTrip_data()
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

void TestVisitorSketch::roundTrip()
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

void TestVisitorSketch::damagedInputRejected()
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
void TestVisitorSketch::fuzzRandomBytes()
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
void TestVisitorSketch::fuzzValidChecksums()
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

void TestVisitorSketch::serializedSizes()
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

void TestVisitorSketch::valueSemantics()
{
    VisitorSketch a = sketchOf(30, 100);
    VisitorSketch b = a;
    QVERIFY(b == a);
    b.add(visitor(31, 0));
    QVERIFY(!(b == a));
    QCOMPARE(a.estimate(), std::uint64_t(100));
    QCOMPARE(b.estimate(), std::uint64_t(101));
    VisitorSketch h = sketchOf(30, 20000);
    VisitorSketch g = h;
    g.merge(sketchOf(31, 20000));
    QCOMPARE(h.serialize(), sketchOf(30, 20000).serialize());
    QVERIFY(g.estimate() > h.estimate());
    VisitorSketch moved = std::move(g);
    QVERIFY(!moved.isExact());
    a = h;
    QCOMPARE(a.serialize(), h.serialize());
}

QTEST_GUILESS_MAIN(TestVisitorSketch)
#include "tst_visitorsketch.moc"
