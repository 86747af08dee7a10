// Query benchmark: generates two years of access log with `eventscope
// generate`, imports it with `eventscope import`, then times typical queries
// through QueryService: a fresh service (new connections), the result cache
// dropped before every run, and served from the cache. Prints the median and
// the maximum in milliseconds against the targets; with --check, exits 1 when
// a target is missed.
//
//   bench_query [--lines N] [--days N] [--runs N] [--dir DIR] [--db WORKSPACE] [--case TEXT]
//               [--keep] [--check]
//
// --db measures an existing workspace; --case only the queries whose name contains TEXT.

#include "benchsupport.h"
#include "core/zonebucketer.h"
#include "query/queryservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <string>
#include <vector>

using namespace es;

namespace {

bool runBinary(const std::vector<std::string> &args)
{
    return benchsupport::runBinary(args).ok;
}

struct Figures
{
    double median = 0;
    double max = 0;
    double min = 0;
};

Figures measure(int runs, const std::function<void()> &before, const std::function<bool()> &fn, bool *ok)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        before();
        QElapsedTimer t;
        t.start();
        *ok = fn() && *ok;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back(), ms.front()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    long long lines = 2000000;
    int days = 730, runs = 15;
    QString dirArg, dbArg, only;
    bool keep = false, check = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--lines") && i + 1 < args.size())
            lines = args[++i].toLongLong();
        else if (a == QLatin1String("--days") && i + 1 < args.size())
            days = args[++i].toInt();
        else if (a == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--dir") && i + 1 < args.size())
            dirArg = args[++i];
        else if (a == QLatin1String("--db") && i + 1 < args.size())
            dbArg = args[++i];
        else if (a == QLatin1String("--case") && i + 1 < args.size())
            only = args[++i];
        else if (a == QLatin1String("--keep"))
            keep = true;
        else if (a == QLatin1String("--check"))
            check = true;
        else {
            std::fprintf(stderr, "usage: bench_query [--lines N] [--days N] [--runs N] [--dir DIR] "
                                 "[--db WORKSPACE] [--case TEXT] [--keep] [--check]\n");
            return 2;
        }
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/eventscope-qbench-XXXXXX")
                                       : dirArg + QStringLiteral("/eventscope-qbench-XXXXXX"));
    tmp.setAutoRemove(!keep);
    QString db = dbArg;
    if (db.isEmpty()) {
        const std::string dir = tmp.path().toStdString();
        const std::string log = dir + "/access.log";
        db = tmp.filePath(QStringLiteral("bench.eventscope"));
        std::printf("Generating %lld access-log lines over %d days ...\n", lines, days);
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        if (!runBinary({"generate", "--kind", "access", "--lines", std::to_string(lines), "--days",
                        std::to_string(days), "--seed", "42", log})) {
            std::fprintf(stderr, "generating the input failed\n");
            return 1;
        }
        std::printf("Importing ... ");
        std::fflush(stdout);
        t.restart();
        if (!runBinary({"import", "--db", db.toStdString(), "--no-raw", log})) {
            std::fprintf(stderr, "importing failed\n");
            return 1;
        }
        std::printf("%.1f s\n", double(t.elapsed()) / 1000.0);
        QFile::remove(QString::fromStdString(log));
    }

    QueryService probe;
    if (!probe.open(db)) {
        std::fprintf(stderr, "%s\n", qPrintable(probe.errorString()));
        return 1;
    }
    const ZoneBucketer zone(probe.workspaceTimeZone());
    const std::int64_t newest = probe.newestEventSecs();
    const std::int64_t end = zone.next(zone.floor(newest, Granularity::Day), Granularity::Day);
    auto daysBack = [&](int n) {
        const std::int64_t lastDay = zone.floor(end - 1, Granularity::Day);
        return zone.localToUtc(lastDay + zone.offsetAt(lastDay) - std::int64_t(n - 1) * 86400);
    };
    probe.close();

    struct Case
    {
        const char *name;
        Query q;
        double target; // ms; 0 = no target
    };
    auto make = [&](std::vector<MetricId> m, int nDays, std::optional<Granularity> g) {
        Query q;
        q.metrics = std::move(m);
        q.range = {daysBack(nDays), end};
        q.granularity = g;
        return q;
    };
    std::vector<Case> cases;
    cases.push_back({"2-year daily hits series", make({MetricId::Hits}, 730, Granularity::Day), 20});
    Query top = make({MetricId::Hits}, 30, std::nullopt);
    top.groupBy = {DimensionId::Url};
    top.topN = 10;
    cases.push_back({"top-10 URLs by hits, 30 days", top, 20});
    Query top2y = top;
    top2y.range = {daysBack(730), end};
    cases.push_back({"top-10 URLs by hits, 2 years", top2y, 0});
    cases.push_back(
        {"2-year monthly hits, page views, 4xx",
         make({MetricId::Hits, MetricId::PageViews, MetricId::Status4xx}, 730, Granularity::Month), 0});
    Query wow = make({MetricId::Hits, MetricId::Bytes}, 30, Granularity::Day);
    wow.comparison = Comparison::WeekOverWeek;
    cases.push_back({"30 daily hits and bytes, week over week", wow, 0});
    cases.push_back({"7 days hourly hits", make({MetricId::Hits}, 7, Granularity::Hour), 0});
    Query status = make({MetricId::Hits}, 730, Granularity::Day);
    status.groupBy = {DimensionId::StatusClass};
    cases.push_back({"2-year daily hits by status class", status, 0});
    Query oneUrl = make({MetricId::Hits}, 730, Granularity::Day);
    oneUrl.filters = {{DimensionId::Url, {QStringLiteral("/")}}};
    cases.push_back({"2-year daily hits of one URL", oneUrl, 0});

    std::printf("\nWorkspace %s\n%d runs per figure; milliseconds, median / max\n\n", qPrintable(db), runs);
    std::printf("%-42s %17s %17s %17s  %s\n", "query", "fresh service", "uncached", "cached", "target");
    bool allMet = true, allOk = true;
    QueryService service;
    service.open(db);
    for (const Case &c : cases) {
        if (!only.isEmpty() && !QString::fromLatin1(c.name).contains(only))
            continue;
        const QueryResult sample = service.run(c.q).result();
        if (!sample.ok) {
            std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(sample.error));
            return 1;
        }
        const Figures fresh = measure(
            runs, [] {},
            [&] {
                QueryService s;
                return s.open(db) && s.run(c.q).result().ok;
            },
            &allOk);
        const Figures uncached = measure(
            runs, [&] { service.invalidate(); }, [&] { return service.run(c.q).result().ok; }, &allOk);
        const Figures cached = measure(
            runs, [] {}, [&] { return service.run(c.q).result().fromCache; }, &allOk);
        QString target = QStringLiteral("-");
        if (c.target > 0) {
            const bool met = uncached.max <= c.target && fresh.median <= c.target;
            allMet = allMet && met;
            target = QStringLiteral("%1 ms %2")
                         .arg(c.target)
                         .arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"));
        }
        std::printf("%-42s %8.2f / %6.2f %8.2f / %6.2f %8.3f / %6.3f  %s  (%zu rows)\n", c.name, fresh.median,
                    fresh.max, uncached.median, uncached.max, cached.median, cached.max, qPrintable(target),
                    sample.rows.size());
        std::printf("%-42s %8s   %6.2f %8s   %6.2f %8s   %6.3f  (fastest run)\n", "", "", fresh.min, "",
                    uncached.min, "", cached.min);
    }
    std::printf(
        "\nOn a loaded machine the maxima grow with other work; the fastest run shows the cost of the\n"
        "query itself.\n");
    std::printf("\nfresh service: a new QueryService (new read connections) per run; uncached: the result\n"
                "cache dropped before each run on warm connections; cached: served from the result cache.\n");
    if (!allOk) {
        std::fprintf(stderr, "a query failed during the measurements\n");
        return 1;
    }
    return check && !allMet ? 1 : 0;
}
