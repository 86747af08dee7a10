// Country lookup and anonymisation benchmark: the client addresses of a
// generated access log (the demo generator's audience, repeated the way real
// logs repeat them) and uniformly random public IPv4 addresses (nearly every
// lookup a cache miss), looked up cached and uncached, on one thread and on
// several, against Debian's legacy database and optionally a .mmdb file.
// Prints lookups per second, open time and the memory a database takes.
//
//   bench_geoip [--lines N] [--threads T] [--mmdb FILE]

#include "demo/accessloggenerator.h"
#include "enrich/geoip.h"
#include "enrich/ipanonymizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <vector>

using namespace es;

namespace {

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

std::vector<std::string> logAddresses(qint64 lines)
{
    demo::GeneratorOptions options;
    options.targetLines = lines;
    demo::AccessLogGenerator generator(options);
    std::vector<std::string> ips;
    ips.reserve(size_t(lines) + 1024);
    std::string block;
    bool more = true;
    while (more) {
        block.clear();
        more = generator.generate(block, 4 << 20);
        size_t pos = 0;
        while (pos < block.size()) {
            const size_t end = block.find('\n', pos);
            const size_t space = block.find(' ', pos);
            if (space < end)
                ips.emplace_back(block, pos, space - pos);
            pos = end == std::string::npos ? block.size() : end + 1;
        }
    }
    return ips;
}

std::vector<std::string> randomAddresses(size_t n)
{
    std::vector<std::string> ips;
    ips.reserve(n);
    std::uint64_t x = 0x9e3779b97f4a7c15ULL;
    while (ips.size() < n) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const auto a = std::uint32_t(x >> 32);
        const unsigned b0 = a >> 24;
        if (b0 == 0 || b0 == 10 || b0 == 127 || b0 >= 224)
            continue;
        ips.push_back(std::to_string(b0) + "." + std::to_string(a >> 16 & 255) + "." +
                      std::to_string(a >> 8 & 255) + "." + std::to_string(a & 255));
    }
    return ips;
}

// Runs `threads` threads that each look up every address once; returns
// lookups per second over all threads, and the share with a country.
struct Rate
{
    double perSecond = 0;
    double known = 0;
};

template<class Fn> Rate measure(const std::vector<std::string> &ips, int threads, Fn lookup)
{
    std::vector<size_t> known(size_t(threads), 0);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            size_t k = 0;
            // Each thread starts at another place, as workers read other chunks.
            const size_t start = ips.size() * size_t(t) / size_t(threads);
            for (size_t i = 0; i < ips.size(); ++i)
                k += !lookup(ips[(start + i) % ips.size()]).empty();
            known[size_t(t)] = k;
        });
    }
    for (std::thread &th : pool)
        th.join();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    size_t total = 0;
    for (size_t k : known)
        total += k;
    const double n = double(ips.size()) * threads;
    return {n / seconds, double(total) / n};
}

void printRate(const char *what, int threads, Rate r)
{
    std::printf("  %-34s %d thread%s %12.0f lookups/s  (%4.1f%% with a country)\n", what, threads,
                threads == 1 ? " " : "s", r.perSecond, 100.0 * r.known);
}

void benchDatabase(const QString &mmdb, const std::vector<std::string> &logIps,
                   const std::vector<std::string> &randomIps, int threads)
{
    GeoLookup geo;
    QString error;
    const double before = residentMiB();
    QElapsedTimer openTimer;
    openTimer.start();
    if (!geo.open(mmdb, &error)) {
        std::printf("%s\n", qPrintable(error));
        return;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    std::printf("\n%s\n  open %.1f ms, resident +%.1f MiB (%s)\n", qPrintable(geo.description()), openMs,
                residentMiB() - before, qPrintable(geo.path()));

    auto cached = [&](const std::string &ip) { return geo.countryOf(ip); };
    auto uncached = [&](const std::string &ip) { return geo.countryOfUncached(ip); };
    for (int t : {1, threads}) {
        printRate("log addresses, uncached", t, measure(logIps, t, uncached));
        printRate("log addresses, cached", t, measure(logIps, t, cached));
        printRate("random addresses, uncached", t, measure(randomIps, t, uncached));
        printRate("random addresses, cached (misses)", t, measure(randomIps, t, cached));
        if (threads == 1)
            break;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 lines = 2000000;
    int threads = 2;
    QString mmdb;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--lines") && i + 1 < argc) {
            lines = std::atoll(argv[++i]);
        } else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) {
            threads = std::max(1, std::atoi(argv[++i]));
        } else if (!std::strcmp(argv[i], "--mmdb") && i + 1 < argc) {
            mmdb = QString::fromLocal8Bit(argv[++i]);
        } else {
            std::fprintf(stderr, "usage: bench_geoip [--lines N] [--threads T] [--mmdb FILE]\n");
            return 2;
        }
    }

    QElapsedTimer timer;
    timer.start();
    const std::vector<std::string> logIps = logAddresses(lines);
    const std::unordered_set<std::string_view> distinct(logIps.begin(), logIps.end());
    std::printf("generated access log: %zu lines, %zu distinct client addresses (%.1f s)\n", logIps.size(),
                distinct.size(), double(timer.elapsed()) / 1000.0);
    const std::vector<std::string> randomIps = randomAddresses(std::min<size_t>(logIps.size(), 1000000));
    std::printf("random public IPv4 addresses: %zu\n", randomIps.size());

    benchDatabase(QString(), logIps, randomIps, threads);
    if (!mmdb.isEmpty())
        benchDatabase(mmdb, logIps, randomIps, threads);

    std::printf("\nIP anonymisation\n");
    for (const auto mode : {IpAnonymizer::Mode::Truncate, IpAnonymizer::Mode::SaltedHash}) {
        const IpAnonymizer anonymizer(mode, IpAnonymizer::newSalt());
        QElapsedTimer t;
        t.start();
        size_t bytes = 0;
        for (const std::string &ip : logIps)
            bytes += anonymizer.anonymize(ip).size();
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        std::printf("  %-34s 1 thread  %12.0f addresses/s  (%zu bytes out)\n",
                    qPrintable(IpAnonymizer::modeToString(mode)), double(logIps.size()) / seconds, bytes);
    }
    return 0;
}
