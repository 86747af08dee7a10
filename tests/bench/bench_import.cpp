// Import benchmark: generates the reference inputs with `eventscope generate`,
// then measures `eventscope import` as a user runs it, against a bare memchr
// line scan of the same file in the same run. Prints figures and the floors
// they are held to; with --check, exits 1 when a floor is missed.
//
//   bench_import [--lines N] [--events N] [--dir DIR] [--keep] [--check]

#include "benchsupport.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using benchsupport::runBinary;
using benchsupport::RunResult;

struct ScanResult
{
    long long lines = 0;
    long long bytes = 0;
    double seconds = 0;
};

// The reference: read the file in 4 MiB blocks and count lines with memchr.
ScanResult memchrScan(const QString &path)
{
    ScanResult s;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return s;
    constexpr size_t kBlock = 4u << 20;
    std::unique_ptr<char[]> buf(new char[kBlock]);
    QElapsedTimer t;
    t.start();
    for (;;) {
        const ssize_t n = ::read(fd, buf.get(), kBlock);
        if (n <= 0)
            break;
        s.bytes += n;
        const char *p = buf.get();
        const char *end = p + n;
        while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr) {
            ++s.lines;
            ++p;
        }
    }
    s.seconds = double(t.nsecsElapsed()) / 1e9;
    ::close(fd);
    return s;
}

struct SqlFloor
{
    long long rows = 0;
    double seconds = -1;
};

// What SQLite alone needs for the rows an import stored: the rollup and sketch
// tables copied once, in key order, into a fresh file with the workspace's
// page size and journal settings. No upsert, no binding, no rewrite of a row a
// later batch changes: a lower bound for the writer thread's SQL work.
SqlFloor sqliteFloor(const std::string &workspace, const std::string &dir)
{
    static const char *const kTables[] = {"rollup_minute", "rollup_hour", "rollup_day", "visitors"};
    SqlFloor f;
    const QString target = QString::fromStdString(dir + "/floor.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    es::sql::Connection c;
    if (!c.open(target, es::sql::Connection::Mode::ReadWrite) || !c.exec("PRAGMA page_size=16384") ||
        !c.exec("PRAGMA journal_mode=WAL") || !c.exec("PRAGMA synchronous=NORMAL") ||
        !c.exec("PRAGMA cache_size=-8192") || !c.exec("ATTACH '" + workspace + "' AS src"))
        return f;
    for (const char *table : kTables) {
        es::sql::Statement ddl =
            c.prepare(std::string("SELECT sql FROM src.sqlite_master WHERE name = '") + table + "'");
        if (!ddl.step() || !c.exec(ddl.text(0)))
            return f;
        f.rows += c.scalarInt(std::string("SELECT count(*) FROM src.") + table, 0);
    }
    QElapsedTimer t;
    t.start();
    bool ok = c.exec("BEGIN IMMEDIATE");
    for (const char *table : kTables)
        ok = ok && c.exec(std::string("INSERT INTO main.") + table + " SELECT * FROM src." + table);
    ok = ok && c.exec("COMMIT");
    if (ok)
        f.seconds = double(t.nsecsElapsed()) / 1e9;
    return f;
}

void warmCache(const QString &path)
{
    memchrScan(path);
}

bool floorLine(const char *what, double value, double floor, const char *unit)
{
    const bool met = value >= floor;
    std::printf("  %-44s %12.0f %-8s floor %10.0f  %s\n", what, value, unit, floor, met ? "met" : "MISSED");
    return met;
}

bool ceilingLine(const char *what, double value, double ceiling, const char *unit)
{
    const bool met = value <= ceiling;
    std::printf("  %-44s %12.1f %-8s limit %10.0f  %s\n", what, value, unit, ceiling, met ? "met" : "MISSED");
    return met;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    long long lines = 2000000;
    long long events = 1000000;
    QString dirArg;
    bool keep = false, check = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--lines") && i + 1 < args.size())
            lines = args[++i].toLongLong();
        else if (a == QLatin1String("--events") && i + 1 < args.size())
            events = args[++i].toLongLong();
        else if (a == QLatin1String("--dir") && i + 1 < args.size())
            dirArg = args[++i];
        else if (a == QLatin1String("--keep"))
            keep = true;
        else if (a == QLatin1String("--check"))
            check = true;
        else {
            std::fprintf(stderr,
                         "usage: bench_import [--lines N] [--events N] [--dir DIR] [--keep] [--check]\n");
            return 2;
        }
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/eventscope-bench-XXXXXX")
                                       : dirArg + QStringLiteral("/eventscope-bench-XXXXXX"));
    tmp.setAutoRemove(!keep);
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    const std::string dir = tmp.path().toStdString();
    const std::string access = dir + "/access.log";
    const std::string json = dir + "/events.jsonl";
    const int cores = int(sysconf(_SC_NPROCESSORS_ONLN));

    std::printf("Eventscope import benchmark (%d cores)\n", cores);
    std::printf("Generating %lld combined lines over 30 days and %lld JSON events ...\n", lines, events);
    std::fflush(stdout);
    if (!runBinary({"generate", "--lines", std::to_string(lines), "--days", "30", "--seed", "42", access})
             .ok ||
        !runBinary({"generate", "--kind", "events", "--lines", std::to_string(events), "--days", "30",
                    "--seed", "42", json})
             .ok) {
        std::fprintf(stderr, "generating the input failed\n");
        return 1;
    }

    warmCache(QString::fromStdString(access));
    const ScanResult scan = memchrScan(QString::fromStdString(access));
    const double scanRate = double(scan.lines) / scan.seconds;
    std::printf("\nInput: %lld lines, %.1f MB\n", scan.lines, double(scan.bytes) / 1e6);
    std::printf("memchr line scan: %.3f s, %.0f lines/s\n\n", scan.seconds, scanRate);

    struct Case
    {
        const char *name;
        std::string input;
        std::vector<std::string> extra;
        double floor;
        const char *unit;
    };
    const std::vector<Case> cases = {
        {"import combined, raw events off", access, {"--no-raw"}, 1000000, "lines/s"},
        {"import combined, raw events on", access, {}, 400000, "lines/s"},
        {"import JSON-lines events, raw events off", json, {"--no-raw"}, 1000000, "events/s"},
    };
    bool allMet = true;
    std::printf("%-46s %10s %12s %10s %12s\n", "case", "seconds", "rate", "x memchr", "peak RSS MiB");
    std::vector<std::pair<double, double>> figures;
    SqlFloor floor;
    long long floorLines = 0;
    for (const Case &c : cases) {
        const std::string db = dir + "/bench.eventscope";
        for (const char *suffix : {"", "-wal", "-shm"})
            std::remove((db + suffix).c_str());
        warmCache(QString::fromStdString(c.input));
        const long long n = memchrScan(QString::fromStdString(c.input)).lines;
        std::vector<std::string> a = {"import", "--db", db};
        a.insert(a.end(), c.extra.begin(), c.extra.end());
        a.push_back(c.input);
        const RunResult r = runBinary(a);
        if (!r.ok) {
            std::fprintf(stderr, "%s: eventscope import failed\n", c.name);
            return 1;
        }
        const double rate = double(n) / r.seconds;
        std::printf("%-46s %10.3f %12.0f %10.1f %12.1f\n", c.name, r.seconds, rate, scanRate / rate,
                    r.peakRssMiB);
        figures.emplace_back(rate, r.peakRssMiB);
        if (&c == &cases.front()) {
            floor = sqliteFloor(db, dir);
            floorLines = n;
        }
    }
    std::printf("\nFloors (wall time of the whole command, fresh workspace):\n");
    for (size_t i = 0; i < cases.size(); ++i) {
        allMet = floorLine(cases[i].name, figures[i].first, cases[i].floor, cases[i].unit) && allMet;
        allMet = ceilingLine("  peak RSS", figures[i].second, 150, "MiB") && allMet;
    }
    if (floor.seconds > 0)
        std::printf(
            "\nSQLite floor for the first case: its %lld rollup and sketch rows, written once in key\n"
            "order into a fresh file, take %.3f s: the writer thread cannot pass %.0f lines/s\n"
            "with this schema and the default groups.\n",
            floor.rows, floor.seconds, double(floorLines) / floor.seconds);
    else
        std::printf("\nSQLite floor: could not be measured\n");
    if (keep)
        std::printf("\nInputs kept in %s\n", dir.c_str());
    return check && !allMet ? 1 : 0;
}
