// User-agent enrichment benchmark: loading uap-core's regexes, uncached
// parses per second (every string new to the parser), and cached lookups per
// second through the shared UserAgentCache and through a per-thread
// UserAgentLookup, on one thread and on several. The cached workload is a log
// line stream over 1,000 distinct agents of the demo catalogue, drawn with the
// catalogue's weights (a few popular browsers, a long tail).
//
//   bench_useragent [--regexes PATH] [--threads N] [--lookups N]

#include "demo/useragentcatalog.h"
#include "enrich/useragentparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace es;

namespace {

// Sink for results, so the compiler keeps the work.
std::atomic<std::uint64_t> g_sink{0};

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double uncachedRate(const UserAgentParser &parser, const std::vector<std::string> &agents)
{
    std::uint64_t sum = 0;
    QElapsedTimer t;
    t.start();
    for (const std::string &a : agents)
        sum += std::uint64_t(parser.parse(a).deviceType);
    const double s = seconds(t);
    g_sink += sum;
    return double(agents.size()) / s;
}

// A line stream: indices into agents drawn with the given weights.
std::vector<std::uint32_t> stream(const std::vector<double> &weights, std::size_t n)
{
    std::vector<double> cumulative(weights.size());
    double total = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        cumulative[i] = total += weights[i];
    std::vector<std::uint32_t> out(n);
    std::uint64_t x = 0x9E3779B97F4A7C15ull;
    for (std::size_t i = 0; i < n; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const double r = double(x >> 11) / double(1ull << 53) * total;
        out[i] =
            std::uint32_t(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
        out[i] = std::min<std::uint32_t>(out[i], std::uint32_t(weights.size() - 1));
    }
    return out;
}

// Runs body(threadIndex) on `threads` threads; returns lookups per second in
// total.
template<class Body> double timedRun(int threads, std::size_t lookupsPerThread, Body body)
{
    std::vector<std::thread> pool;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QElapsedTimer t;
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back([&, i] {
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            body(i);
        });
    }
    while (ready.load() != threads)
        std::this_thread::yield();
    t.start();
    go = true;
    for (std::thread &th : pool)
        th.join();
    return double(lookupsPerThread) * threads / seconds(t);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::string regexes = UserAgentParser::kDefaultRegexesPath;
    int threads = int(std::max(2u, std::thread::hardware_concurrency()));
    std::size_t lookups = 4000000;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--regexes") && i + 1 < args.size())
            regexes = args[++i].toStdString();
        else if (a == QLatin1String("--threads") && i + 1 < args.size())
            threads = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--lookups") && i + 1 < args.size())
            lookups = std::max<std::size_t>(1000, args[++i].toULongLong());
        else {
            std::fprintf(stderr, "usage: bench_useragent [--regexes PATH] [--threads N] [--lookups N]\n");
            return 2;
        }
    }

    QElapsedTimer t;
    t.start();
    auto parser = std::make_shared<const UserAgentParser>(regexes);
    const double loadSeconds = seconds(t);
    if (!parser->isValid()) {
        std::fprintf(stderr, "bench_useragent: %s\n", parser->errorString().c_str());
        return 1;
    }
    const UserAgentParser::CompileReport &report = parser->compileReport();
    std::printf("regexes: %d of %d compiled in RE2, loaded in %.0f ms\n", report.compiled, report.total,
                loadSeconds * 1e3);

    // Uncached: the real-world agents of the catalogue, then 5,000 distinct ones
    // (mostly older Chrome builds).
    const demo::UserAgentCatalog builtin(demo::UserAgentCatalog::builtinHumanCount() +
                                         demo::UserAgentCatalog::builtinBotCount());
    std::vector<std::string> realAgents;
    for (int i = 0; i < builtin.size(); ++i)
        realAgents.push_back(builtin.at(i).text);
    const demo::UserAgentCatalog large(5000);
    std::vector<std::string> manyAgents;
    for (int i = 0; i < large.size(); ++i)
        manyAgents.push_back(large.at(i).text);
    uncachedRate(*parser, realAgents); // warm up RE2's lazily built automata
    std::printf("uncached parse, %zu real-world agents:  %10.0f parses/s (one thread)\n", realAgents.size(),
                uncachedRate(*parser, realAgents));
    std::printf("uncached parse, %zu distinct agents:   %10.0f parses/s (one thread)\n", manyAgents.size(),
                uncachedRate(*parser, manyAgents));

    // Cached: 1,000 distinct agents, lines drawn by weight.
    const demo::UserAgentCatalog catalog(1000);
    std::vector<std::string> agents;
    std::vector<double> weights;
    for (int i = 0; i < catalog.size(); ++i) {
        agents.push_back(catalog.at(i).text);
        weights.push_back(catalog.at(i).weight);
    }
    const std::vector<std::uint32_t> lines = stream(weights, lookups);
    std::printf("cached lookups: %zu lines over %zu distinct agents, %d threads for the parallel runs\n",
                lines.size(), agents.size(), threads);

    for (int n : {1, threads}) {
        UserAgentCache cache(parser);
        ParsedUserAgent warm;
        for (const std::string &a : agents)
            cache.lookup(a, warm);
        const double shared = timedRun(n, lines.size(), [&](int self) {
            ParsedUserAgent scratch;
            std::uint64_t sum = 0;
            const std::size_t offset = std::size_t(self) * 7919;
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const std::string &a = agents[lines[(i + offset) % lines.size()]];
                sum += std::uint64_t(cache.lookup(std::string_view(a), scratch).deviceType);
            }
            g_sink += sum;
        });
        const double local = timedRun(n, lines.size(), [&](int self) {
            UserAgentLookup front(cache);
            std::uint64_t sum = 0;
            const std::size_t offset = std::size_t(self) * 7919;
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const std::string &a = agents[lines[(i + offset) % lines.size()]];
                sum += std::uint64_t(front.lookup(std::string_view(a)).deviceType);
            }
            g_sink += sum;
        });
        std::printf(
            "  %d thread%s: shared UserAgentCache %10.0f lookups/s, per-thread UserAgentLookup %10.0f "
            "lookups/s\n",
            n, n == 1 ? " " : "s", shared, local);
    }
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(g_sink.load()));
    return 0;
}
