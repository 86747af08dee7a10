// Tests of the unique-visitor sketch: exact counts up to the exact limit,
// HyperLogLog accuracy beyond it, unions of daily sketches, the algebra of
// merge (commutative, associative, idempotent, canonical bytes) and value
// semantics. The serialized format is tested in tst_visitorsketchcodec.

#include "aggregate/visitorsketch.h"
#include "visitorsketchtestsupport.h"

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
using namespace es::sketchtest;

// |value| < bound, printing the value when not.
#define VERIFY_BELOW(value, bound)                                                                           \
    do {                                                                                                     \
        const double v_ = double(value);                                                                     \
        QVERIFY2(std::fabs(v_) < (bound), qPrintable(QStringLiteral(#value " = %1").arg(v_, 0, 'g', 6)));    \
    } while (false)

namespace {

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
