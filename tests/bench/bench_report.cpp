// Report benchmark: two years of access log (`eventscope generate`, then
// `eventscope import`), then the Monthly executive report as PDF + XLSX:
//   - in this process, split into queries, PDF and Excel (medians of --runs);
//   - as users run it, `eventscope report ... --pdf --xlsx` end to end.
// Two ranges: the last whole month of the data, and the whole two years by
// month. Target: PDF + XLSX in at most 2 s. Prints figures; never fails on time.

#include "benchsupport.h"
#include "core/zonebucketer.h"
#include "export/pdfreportwriter.h"
#include "export/xlsxreportwriter.h"
#include "query/queryservice.h"
#include "reports/reportdata.h"
#include "reports/reporttemplate.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace es;
using benchsupport::runBinary;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    long long lines = 2000000;
    int days = 730, runs = 7;
    QString dbArg;
    bool keep = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--lines") && i + 1 < args.size())
            lines = args[++i].toLongLong();
        else if (a == QLatin1String("--days") && i + 1 < args.size())
            days = args[++i].toInt();
        else if (a == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--db") && i + 1 < args.size())
            dbArg = args[++i];
        else if (a == QLatin1String("--keep"))
            keep = true;
        else {
            std::fprintf(stderr,
                         "usage: bench_report [--lines N] [--days N] [--runs N] [--db WORKSPACE] [--keep]\n");
            return 2;
        }
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/eventscope-rbench-XXXXXX"));
    tmp.setAutoRemove(!keep);
    QString db = dbArg;
    if (db.isEmpty()) {
        const std::string log = tmp.filePath(QStringLiteral("access.log")).toStdString();
        db = tmp.filePath(QStringLiteral("bench.eventscope"));
        std::printf("Generating %lld access-log lines over %d days ...\n", lines, days);
        std::fflush(stdout);
        if (!runBinary({"generate", "--kind", "access", "--lines", std::to_string(lines), "--days",
                        std::to_string(days), "--seed", "42", log})
                 .ok) {
            std::fprintf(stderr, "generating the input failed\n");
            return 1;
        }
        std::printf("Importing ...\n");
        std::fflush(stdout);
        if (!runBinary({"import", "--db", db.toStdString(), "--no-raw", log}).ok) {
            std::fprintf(stderr, "importing failed\n");
            return 1;
        }
        QFile::remove(QString::fromStdString(log));
    }

    QueryService service;
    if (!service.open(db)) {
        std::fprintf(stderr, "%s\n", qPrintable(service.errorString()));
        return 1;
    }
    const ZoneBucketer zone(service.workspaceTimeZone());
    const std::int64_t newest = service.newestEventSecs();
    const std::int64_t oldest = service.oldestDataSecs();
    // The last whole month of the data, and every whole month of it.
    const std::int64_t monthEnd = zone.floor(newest, Granularity::Month);
    const std::int64_t monthStart = zone.floor(monthEnd - 1, Granularity::Month);
    const std::int64_t allStart = zone.next(zone.floor(oldest, Granularity::Month), Granularity::Month);

    const ReportTemplate monthly =
        *ReportTemplates::find(ReportTemplates::builtIns(), QStringLiteral("monthly-executive"));
    struct Case
    {
        const char *name;
        TimeRange range;
        std::optional<Granularity> granularity;
    };
    const Case cases[] = {{"last month, by day", {monthStart, monthEnd}, Granularity::Day},
                          {"two years, by month", {allStart, monthEnd}, Granularity::Month}};

    std::printf(
        "\nMonthly executive report, %d runs each (medians; the queries are not cached between runs)\n",
        runs);
    std::printf("%-22s %10s %10s %10s %10s %12s %10s\n", "range", "queries", "PDF", "XLSX", "total",
                "binary e2e", "peak RSS");
    for (const Case &c : cases) {
        std::vector<double> q, p, x, total, e2e;
        double rss = 0;
        for (int run = 0; run < runs; ++run) {
            service.invalidate();
            ReportRequest request;
            request.tmpl = monthly;
            request.tmpl.granularity = c.granularity;
            request.range = RangeSpec::absolute(c.range);
            QElapsedTimer t;
            t.start();
            QString error;
            const auto data = buildReport(service, request, &error);
            if (!data) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            const double queries = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const QString pdf = tmp.filePath(QStringLiteral("r.pdf"));
            const QString xlsx = tmp.filePath(QStringLiteral("r.xlsx"));
            if (!ui::PdfReportWriter::write(*data, pdf, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            const double pdfMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            if (!ui::XlsxReportWriter::write(*data, xlsx, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            const double xlsxMs = double(t.nsecsElapsed()) / 1e6;
            q.push_back(queries);
            p.push_back(pdfMs);
            x.push_back(xlsxMs);
            total.push_back(queries + pdfMs + xlsxMs);

            const auto r =
                runBinary({"report", "--db", db.toStdString(), "--template", "monthly-executive", "--from",
                           std::to_string(c.range.fromSecs), "--to", std::to_string(c.range.toSecs), "--pdf",
                           tmp.filePath(QStringLiteral("b.pdf")).toStdString(), "--xlsx",
                           tmp.filePath(QStringLiteral("b.xlsx")).toStdString()});
            if (!r.ok) {
                std::fprintf(stderr, "eventscope report failed\n");
                return 1;
            }
            e2e.push_back(r.seconds * 1000);
            rss = std::max(rss, r.peakRssMiB);
        }
        std::printf("%-22s %8.0f ms %7.0f ms %7.0f ms %7.0f ms %9.0f ms %6.0f MiB\n", c.name, median(q),
                    median(p), median(x), median(total), median(e2e), rss);
    }
    std::printf("\nTarget: PDF + XLSX of the Monthly executive report in at most 2000 ms.\n");
    std::printf("Files of the last run: %s (%lld KiB), %s (%lld KiB)\n",
                qPrintable(QFileInfo(tmp.filePath(QStringLiteral("b.pdf"))).fileName()),
                QFileInfo(tmp.filePath(QStringLiteral("b.pdf"))).size() / 1024,
                qPrintable(QFileInfo(tmp.filePath(QStringLiteral("b.xlsx"))).fileName()),
                QFileInfo(tmp.filePath(QStringLiteral("b.xlsx"))).size() / 1024);
    return 0;
}
