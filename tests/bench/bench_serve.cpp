// REST API load benchmark: generates JSON events with `eventscope generate`,
// imports them with `eventscope import`, starts `eventscope serve` on a free
// loopback port and sends count requests with wrk (Debian package wrk):
//   1. "repeated": twelve count URLs over and over (types and ranges a
//      dashboard polls; answered from the query cache once computed),
//   2. "distinct": every request another start time within the last day,
//      so every count runs a query on the minute rollups.
// Each phase runs until at least --requests requests were sent, and prints
// requests/s, the requests sent, errors (non-2xx answers and socket errors)
// and the latency percentiles, next to the target (p99 <= 10 ms, no errors).
// It prints figures and does not fail on timing.
//
//   bench_serve [--lines N] [--days N] [--db WORKSPACE] [--requests N] [--connections N]
//               [--threads N] [--dir DIR] [--keep]

#include "query/queryservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <cstdio>

using namespace es;

namespace {

constexpr double kTargetP99Ms = 10.0;

bool run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(ES_BINARY_PATH), args);
    if (!p.waitForFinished(-1))
        return false;
    p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// "3.21ms", "812.00us", "1.02s" in milliseconds; -1 when unreadable.
double toMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9.]+)(us|ms|s|m)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("us"))
        return v / 1000.0;
    if (unit == QLatin1String("ms"))
        return v;
    if (unit == QLatin1String("s"))
        return v * 1000.0;
    return v * 60000.0;
}

struct WrkFigures
{
    bool ok = false;
    long long requests = 0;
    long long errors = 0;
    double perSecond = 0;
    double p50 = -1, p90 = -1, p99 = -1, max = -1;
    QString output;
};

WrkFigures runWrk(const QString &wrk, const QString &script, const QString &url, int threads, int connections,
                  int seconds)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(wrk, {QStringLiteral("-t%1").arg(threads), QStringLiteral("-c%1").arg(connections),
                  QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--timeout"), QStringLiteral("5s"),
                  QStringLiteral("--latency"), QStringLiteral("-s"), script, url});
    WrkFigures f;
    if (!p.waitForFinished(seconds * 1000 + 60000))
        return f;
    f.output = QString::fromUtf8(p.readAll());
    auto grab = [&](const QString &pattern) {
        const QRegularExpressionMatch m =
            QRegularExpression(pattern, QRegularExpression::MultilineOption).match(f.output);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    f.requests = grab(QStringLiteral("^\\s*(\\d+) requests in")).toLongLong();
    f.perSecond = grab(QStringLiteral("^Requests/sec:\\s*([0-9.]+)")).toDouble();
    f.p50 = toMs(grab(QStringLiteral("^\\s*50%\\s+(\\S+)")));
    f.p90 = toMs(grab(QStringLiteral("^\\s*90%\\s+(\\S+)")));
    f.p99 = toMs(grab(QStringLiteral("^\\s*99%\\s+(\\S+)")));
    f.max = toMs(grab(QStringLiteral("^\\s*Latency\\s+\\S+\\s+\\S+\\s+(\\S+)")));
    f.errors = grab(QStringLiteral("Non-2xx or 3xx responses:\\s*(\\d+)")).toLongLong();
    const QString socket = grab(QStringLiteral("Socket errors:(.*)$"));
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    for (auto it = number.globalMatch(socket); it.hasNext();)
        f.errors += it.next().captured(1).toLongLong();
    f.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && f.requests > 0;
    return f;
}

// A wrk script that sends the given count URLs in turn, or (distinct) moves
// the start time by one second per request within [from, to).
QString writeScript(const QString &dir, const QString &name, const QStringList &types, qint64 from, qint64 to,
                    bool distinct)
{
    QString lua = QStringLiteral("local types = {");
    for (const QString &t : types)
        lua += QStringLiteral("\"%1\",").arg(QString::fromUtf8(QUrl::toPercentEncoding(t)));
    lua += QStringLiteral("}\nlocal n = 0\n");
    lua += QStringLiteral("setup = function(thread) thread:set(\"offset\", math.random(0, 100000)) end\n");
    lua += QStringLiteral("init = function(args) n = tonumber(offset or 0) end\n");
    lua += QStringLiteral("request = function()\n  n = n + 1\n");
    if (distinct) {
        // Within the last day of data, where minute rollups answer.
        lua += QStringLiteral("  local s = %1 + (n * 7919) % 82800\n").arg(to - 86400);
        lua += QStringLiteral(
                   "  return wrk.format(\"GET\", \"/api/v1/events/count?event_type=\" .. types[n % #types + "
                   "1] .. \"&start_time=\" .. s .. \"&end_time=%1\")\nend\n")
                   .arg(to);
    } else {
        // Four ranges per type: the whole data, the last day, the last week, and a fixed day.
        lua += QStringLiteral("  local t = types[n % #types + 1]\n  local k = math.floor(n / #types) % 4\n");
        lua += QStringLiteral(
            "  if k == 0 then return wrk.format(\"GET\", \"/api/v1/events/count?event_type=\" .. t) end\n");
        lua += QStringLiteral(
                   "  if k == 1 then return wrk.format(\"GET\", \"/api/v1/events/count?event_type=\" .. t .. "
                   "\"&start_time=%1\") end\n")
                   .arg(to - 86400);
        lua += QStringLiteral(
                   "  if k == 2 then return wrk.format(\"GET\", \"/api/v1/events/count?event_type=\" .. t .. "
                   "\"&start_time=%1&end_time=%2\") end\n")
                   .arg(to - 7 * 86400)
                   .arg(to);
        lua += QStringLiteral(
                   "  return wrk.format(\"GET\", \"/api/v1/events/count?start_time=%1&end_time=%2\")\nend\n")
                   .arg(from)
                   .arg(from + 86400);
    }
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(lua.toUtf8());
    return path;
}

void printFigures(const char *phase, const WrkFigures &f)
{
    std::printf("%-9s %9.0f req/s  %8lld requests  %lld errors  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms "
                "(target <= %.0f ms: %s)  max %.2f ms\n",
                phase, f.perSecond, f.requests, f.errors, f.p50, f.p90, f.p99, kTargetP99Ms,
                f.p99 >= 0 && f.p99 <= kTargetP99Ms && f.errors == 0 ? "met" : "MISSED", f.max);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    long long lines = 300000;
    int days = 30, connections = 8, threads = 2;
    long long minRequests = 20000;
    QString dirArg, dbArg;
    bool keep = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool more = i + 1 < args.size();
        if (a == QLatin1String("--lines") && more)
            lines = args[++i].toLongLong();
        else if (a == QLatin1String("--days") && more)
            days = args[++i].toInt();
        else if (a == QLatin1String("--requests") && more)
            minRequests = std::max(1LL, args[++i].toLongLong());
        else if (a == QLatin1String("--connections") && more)
            connections = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--threads") && more)
            threads = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--dir") && more)
            dirArg = args[++i];
        else if (a == QLatin1String("--db") && more)
            dbArg = args[++i];
        else if (a == QLatin1String("--keep"))
            keep = true;
        else {
            std::fprintf(stderr, "usage: bench_serve [--lines N] [--days N] [--db WORKSPACE] [--requests N] "
                                 "[--connections N] [--threads N] [--dir DIR] [--keep]\n");
            return 2;
        }
    }
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        std::fprintf(stderr, "bench_serve: wrk is not installed (Debian package wrk).\n");
        return 1;
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_serve-XXXXXX")
                                       : dirArg + QStringLiteral("/bench_serve-XXXXXX"));
    tmp.setAutoRemove(!keep);
    QString db = dbArg;
    if (db.isEmpty()) {
        db = tmp.filePath(QStringLiteral("bench.eventscope"));
        const QString log = tmp.filePath(QStringLiteral("events.jsonl"));
        std::printf("generating %lld JSON events over %d days and importing them...\n", lines, days);
        std::fflush(stdout);
        if (!run({QStringLiteral("generate"), QStringLiteral("--kind"), QStringLiteral("events"),
                  QStringLiteral("--lines"), QString::number(lines), QStringLiteral("--days"),
                  QString::number(days), log}) ||
            !run({QStringLiteral("import"), QStringLiteral("--db"), db, log})) {
            std::fprintf(stderr, "bench_serve: generating or importing the workspace failed\n");
            return 1;
        }
    }

    // The event types and the extent of the data, read as the server reads them.
    QStringList types;
    qint64 from = 0, to = 0;
    {
        QueryService service;
        if (!service.open(db)) {
            std::fprintf(stderr, "bench_serve: %s\n", qPrintable(service.errorString()));
            return 1;
        }
        from = service.oldestDataSecs();
        to = service.newestEventSecs() + 1;
        Query q;
        q.metrics = {MetricId::Events};
        q.groupBy = {DimensionId::EventType};
        q.range = {from, to};
        const QueryResult r = service.run(q).result();
        for (const auto &row : r.rows) {
            if (const auto *s = std::get_if<QString>(&row.front()))
                types << *s;
        }
    }
    if (types.isEmpty() || from >= to) {
        std::fprintf(stderr, "bench_serve: the workspace holds no events\n");
        return 1;
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(ES_BINARY_PATH), {QStringLiteral("serve"), QStringLiteral("--db"), db,
                                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QString out, base;
    static const QRegularExpression re(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)/api/v1/"));
    while (base.isEmpty() && server.state() != QProcess::NotRunning && server.waitForReadyRead(30000)) {
        out += QString::fromUtf8(server.readAllStandardOutput());
        if (const QRegularExpressionMatch m = re.match(out); m.hasMatch())
            base = m.captured(1);
    }
    if (base.isEmpty()) {
        std::fprintf(stderr, "bench_serve: the server did not start: %s\n", qPrintable(out));
        return 1;
    }
    std::printf("server %s, %lld event types, wrk with %d threads and %d connections, at least %lld requests "
                "per phase\n",
                qPrintable(base), qint64(types.size()), threads, connections, minRequests);

    int status = 0;
    for (const bool distinct : {false, true}) {
        const char *phase = distinct ? "distinct" : "repeated";
        const QString script = writeScript(tmp.path(), QString::fromLatin1(phase) + QStringLiteral(".lua"),
                                           types, from, to, distinct);
        // A short run measures the rate; the real one lasts long enough for
        // the number of requests asked for.
        const WrkFigures probe = runWrk(wrk, script, base, threads, connections, 2);
        if (!probe.ok) {
            std::fprintf(stderr, "bench_serve: wrk failed:\n%s\n", qPrintable(probe.output));
            status = 1;
            break;
        }
        const int seconds =
            int(std::clamp(1.3 * double(minRequests) / std::max(1.0, probe.perSecond) + 1, 5.0, 600.0));
        const WrkFigures f = runWrk(wrk, script, base, threads, connections, seconds);
        if (!f.ok) {
            std::fprintf(stderr, "bench_serve: wrk failed:\n%s\n", qPrintable(f.output));
            status = 1;
            break;
        }
        printFigures(phase, f);
        if (f.requests < minRequests)
            std::printf("          (fewer than the %lld requests asked for)\n", minRequests);
    }
    server.terminate();
    server.waitForFinished(30000);
    return status;
}
