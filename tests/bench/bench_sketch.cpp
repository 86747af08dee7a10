// Unique-visitor sketch benchmark: throughput of hashKey() and add() (one
// exact sketch, one HyperLogLog sketch, and many sketches at once as an import
// worker fills them), merge, estimate and serialization. With --accuracy, the
// relative error of the estimate over many runs per cardinality. Times are
// thread CPU time, so a busy machine disturbs them less.
//
//   bench_sketch [--accuracy RUNS]

#include "aggregate/visitorsketch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <time.h>
#include <vector>

using es::VisitorSketch;

namespace {

// Thread CPU time: the figures stay meaningful on a machine shared with
// other work.
struct Clock
{
    using time_point = double;
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
    }
};

double secondsSince(double start)
{
    return Clock::now() - start;
}

std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A skewed pick in [0, n): small values are much more frequent, as with
// visitors (a few return often) and paths (a few are most of the traffic).
std::uint64_t skewed(std::mt19937_64 &rng, std::uint64_t n)
{
    const double u = double(rng() >> 11) * 0x1.0p-53;
    return std::min<std::uint64_t>(std::uint64_t(double(n) * u * u * u), n - 1);
}

volatile std::uint64_t g_sink;

void report(const char *what, std::uint64_t ops, double seconds)
{
    std::printf("%-52s %8.1f M/s  %7.2f ns/op\n", what, double(ops) / seconds / 1e6,
                seconds * 1e9 / double(ops));
}

void reportTime(const char *what, int reps, double seconds)
{
    std::printf("%-52s %10.1f us\n", what, seconds * 1e6 / reps);
}

void throughput()
{
    std::mt19937_64 rng(1);
    constexpr std::size_t kOps = 20'000'000;

    // Keys as a worker builds them: client address and user agent.
    static const char *const agents[] = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 "
        "Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
        "curl/8.4.0"};
    std::vector<std::string> keys;
    for (int i = 0; i < 100000; ++i)
        keys.push_back("10." + std::to_string(i % 250) + '.' + std::to_string(i / 250 % 250) + '.' +
                       std::to_string(i / 62500) + '|' + agents[rng() % 4]);
    std::size_t keyBytes = 0;
    for (const std::string &k : keys)
        keyBytes += k.size();
    {
        const auto start = Clock::now();
        std::uint64_t acc = 0;
        for (int round = 0; round < 50; ++round) {
            for (const std::string &k : keys)
                acc += VisitorSketch::hashKey(k);
        }
        g_sink = acc;
        const double s = secondsSince(start);
        char label[96];
        std::snprintf(label, sizeof label, "hashKey, keys of %zu bytes on average", keyBytes / keys.size());
        report(label, 50 * keys.size(), s);
    }

    // One exact sketch, 5,000 distinct visitors, most hashes repeated.
    std::vector<std::uint64_t> hashes(kOps);
    for (std::uint64_t &h : hashes)
        h = mix64(skewed(rng, 5000));
    {
        VisitorSketch s;
        const auto start = Clock::now();
        for (const std::uint64_t h : hashes)
            s.add(h);
        const double t = secondsSince(start);
        g_sink = s.estimate();
        report("add, one exact sketch (5,000 distinct)", kOps, t);
    }
    // One HyperLogLog sketch.
    for (std::uint64_t &h : hashes)
        h = mix64(rng() % 5'000'000);
    {
        VisitorSketch s;
        const auto start = Clock::now();
        for (const std::uint64_t h : hashes)
            s.add(h);
        const double t = secondsSince(start);
        g_sink = s.estimate();
        report("add, one HyperLogLog sketch", kOps, t);
    }

    // Many sketches, as a worker fills one per (group, bucket, value): 20,000
    // sketches (paths x days), 1,000,000 visitors, both skewed.
    {
        constexpr std::uint64_t kSketches = 20000;
        std::vector<std::uint32_t> target(kOps);
        for (std::size_t i = 0; i < kOps; ++i) {
            target[i] = std::uint32_t(skewed(rng, kSketches));
            hashes[i] = mix64(skewed(rng, 1'000'000));
        }
        std::vector<VisitorSketch> sketches(kSketches);
        const auto start = Clock::now();
        for (std::size_t i = 0; i < kOps; ++i)
            sketches[target[i]].add(hashes[i]);
        const double t = secondsSince(start);
        std::uint64_t hll = 0, total = 0;
        for (const VisitorSketch &s : sketches) {
            hll += s.isExact() ? 0 : 1;
            total += s.estimate();
        }
        g_sink = total;
        char label[96];
        std::snprintf(label, sizeof label, "add, 20,000 sketches (%llu in HyperLogLog mode)",
                      static_cast<unsigned long long>(hll));
        report(label, kOps, t);
    }

    // Per log line: hash the key once, add to the total, a site and a path
    // sketch. As in the import pipeline, a worker fills fresh sketches per
    // chunk of 20,000 lines whose keys lie in the chunk's buffer, and the
    // merger merges each chunk into long-lived sketches.
    {
        constexpr std::size_t kLines = kOps / 4, kChunk = 20000;
        std::vector<VisitorSketch> paths(2000), sites(20);
        VisitorSketch total;
        double worker = 0, merger = 0;
        std::string buffer;
        std::vector<std::uint32_t> ends, path;
        for (std::size_t from = 0; from < kLines; from += kChunk) {
            buffer.clear();
            ends.clear();
            path.clear();
            for (std::size_t i = 0; i < kChunk; ++i) {
                buffer += keys[skewed(rng, keys.size())];
                ends.push_back(std::uint32_t(buffer.size()));
                path.push_back(std::uint32_t(skewed(rng, paths.size())));
            }
            std::vector<VisitorSketch> chunkPaths(paths.size()), chunkSites(sites.size());
            VisitorSketch chunkTotal;
            const auto start = Clock::now();
            std::uint32_t begin = 0;
            for (std::size_t i = 0; i < kChunk; ++i) {
                const std::uint64_t h =
                    VisitorSketch::hashKey(std::string_view(buffer).substr(begin, ends[i] - begin));
                begin = ends[i];
                chunkTotal.add(h);
                chunkSites[path[i] % sites.size()].add(h);
                chunkPaths[path[i]].add(h);
            }
            const auto merged = Clock::now();
            worker += merged - start;
            total.merge(chunkTotal);
            for (std::size_t j = 0; j < sites.size(); ++j)
                sites[j].merge(chunkSites[j]);
            for (std::size_t j = 0; j < paths.size(); ++j)
                paths[j].merge(chunkPaths[j]);
            merger += secondsSince(merged);
        }
        g_sink = total.estimate();
        report("line: hashKey + 3 adds into chunk sketches (worker)", kLines, worker);
        report("line: merging chunk sketches (merger)", kLines, merger);
    }

    // Merge, estimate, serialization.
    VisitorSketch exactA, exactB, sparse, denseA, denseB;
    for (std::uint64_t i = 0; i < 10000; ++i) {
        exactA.add(mix64(i));
        exactB.add(mix64(i + 5000));
    }
    for (std::uint64_t i = 0; i < 50000; ++i)
        sparse.add(mix64(i << 1));
    for (std::uint64_t i = 0; i < 2'000'000; ++i) {
        denseA.add(mix64(i));
        denseB.add(mix64(i + 1'000'000));
    }
    // Best of 10 batches.
    auto timeIt = [](const char *what, int reps, auto &&fn) {
        double best = 1e9;
        for (int batch = 0; batch < 10; ++batch) {
            const auto start = Clock::now();
            for (int i = 0; i < reps; ++i)
                fn();
            best = std::min(best, secondsSince(start));
        }
        reportTime(what, reps, best);
    };
    timeIt("merge two HyperLogLog sketches (with a copy)", 20, [&] {
        VisitorSketch s = denseA;
        s.merge(denseB);
        g_sink = s.isExact();
    });
    timeIt("merge two exact 10,000 sketches (to HyperLogLog)", 20, [&] {
        VisitorSketch s = exactA;
        s.merge(exactB);
        g_sink = s.isExact();
    });
    timeIt("estimate, HyperLogLog", 20, [&] { g_sink = denseA.estimate(); });
    {
        // What the workspace's sketch_union() does when a batch meets a stored
        // sketch: two exact sketches of 4,000 visitors, half of them shared.
        VisitorSketch a, b;
        for (std::uint64_t i = 0; i < 4000; ++i) {
            a.add(VisitorSketch::hashKey("visitor-" + std::to_string(i)));
            b.add(VisitorSketch::hashKey("visitor-" + std::to_string(i + 2000)));
        }
        const std::string sa = a.serialize(), sb = b.serialize();
        timeIt("union of two serialized exact 4,000 sketches, via sketches", 20, [&] {
            VisitorSketch s = *VisitorSketch::deserialize(sa);
            s.merge(*VisitorSketch::deserialize(sb));
            g_sink = s.serialize().size();
        });
        timeIt("union of two serialized exact 4,000 sketches, unionOfSerialized", 20,
               [&] { g_sink = VisitorSketch::unionOfSerialized(sa, sb)->size(); });
    }
    const struct
    {
        const char *name;
        const VisitorSketch *sketch;
    } forms[] = {{"exact 10,000", &exactA},
                 {"HyperLogLog 50,000 (sparse)", &sparse},
                 {"HyperLogLog 2M (dense)", &denseA}};
    for (const auto &f : forms) {
        const std::string bytes = f.sketch->serialize();
        char label[96];
        std::snprintf(label, sizeof label, "serialize, %s (%zu bytes)", f.name, bytes.size());
        timeIt(label, 10, [&] { g_sink = f.sketch->serialize().size(); });
        std::snprintf(label, sizeof label, "deserialize, %s", f.name);
        timeIt(label, 10, [&] { g_sink = VisitorSketch::deserialize(bytes)->estimate(); });
    }
}

void accuracy(int runs)
{
    const std::uint64_t cardinalities[] = {10001,  15000,   20000,   50000,     100000,    200000,
                                           500000, 1000000, 2000000, 5'000'000, 10'000'000};
    std::printf("%10s %6s %9s %9s %9s %9s\n", "n", "runs", "mean", "stddev", "max|err|", ">1%");
    for (const std::uint64_t n : cardinalities) {
        std::mt19937_64 rng(n);
        double sum = 0, sumSq = 0, worst = 0;
        int over = 0;
        const int r = n >= 5'000'000 ? std::max(1, runs / 4) : runs;
        for (int run = 0; run < r; ++run) {
            const std::uint64_t base = rng();
            VisitorSketch s;
            for (std::uint64_t i = 0; i < n; ++i)
                s.add(mix64(base + i));
            const double e = (double(s.estimate()) - double(n)) / double(n);
            sum += e;
            sumSq += e * e;
            worst = std::max(worst, std::fabs(e));
            over += std::fabs(e) >= 0.01 ? 1 : 0;
        }
        const double mean = sum / r;
        const double sd = std::sqrt(std::max(0.0, sumSq / r - mean * mean));
        std::printf("%10llu %6d %+8.4f%% %8.4f%% %8.4f%% %9d\n", static_cast<unsigned long long>(n), r,
                    100 * mean, 100 * sd, 100 * worst, over);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "--accuracy") == 0) {
        accuracy(argc >= 3 ? std::max(1, std::atoi(argv[2])) : 100);
        return 0;
    }
    if (argc >= 2) {
        std::fprintf(stderr, "usage: %s [--accuracy RUNS]\n", argv[0]);
        return 2;
    }
    throughput();
    return 0;
}
