// Dashboard benchmark: opens the Overview dashboard of a workspace holding two
// years of access log (generated with `eventscope generate --end now`,
// imported with `eventscope import`) in a fresh main window, again and again,
// and prints how long it takes from openWorkspace() to
//   - the workspace being open (schema, query service, stored dashboards),
//   - the first chart painted with its data,
//   - every widget showing its data.
// Target: first painted chart within 300 ms. --check exits 1 when missed.
//
//   bench_dashboard [--lines N] [--days N] [--runs N] [--db WORKSPACE] [--dashboard ID] [--keep] [--check]

#include "benchsupport.h"
#include "charts/chartcard.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacecontroller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace es;
using namespace es::ui;

namespace {

struct Run
{
    double opened = -1;
    double firstChart = -1;
    double all = -1;
};

Run openOnce(const QString &db, const QString &dashboard)
{
    Run run;
    MainWindow w;
    w.resize(1400, 900);
    w.setStartView(dashboard, std::nullopt);
    w.show();
    QEventLoop loop;
    QElapsedTimer t;
    QObject::connect(w.workspace(), &WorkspaceController::opened, &w,
                     [&] { run.opened = double(t.nsecsElapsed()) / 1e6; });
    QObject::connect(w.workspace(), &WorkspaceController::failed, &w, [&](const QString &, const QString &m) {
        std::fprintf(stderr, "%s\n", qPrintable(m));
        loop.quit();
    });
    // The cards exist once the workspace is open; watch each for its first
    // result and paint it at once, as the event loop would.
    QObject::connect(
        w.workspace(), &WorkspaceController::opened, &w,
        [&] {
            for (ChartCard *c : w.dashboardPage()->view()->cards()) {
                QObject::connect(c, &ChartCard::presented, &w, [&run, &t, c] {
                    if (run.firstChart >= 0 || c->state() != ChartCard::State::Ready)
                        return;
                    c->repaint();
                    run.firstChart = double(t.nsecsElapsed()) / 1e6;
                });
            }
        },
        Qt::QueuedConnection);
    QObject::connect(&w, &MainWindow::workspaceReady, &w, [&] {
        run.all = double(t.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    t.start();
    w.openWorkspace(db);
    loop.exec();
    return run;
}

void print(const char *name, std::vector<double> v, double target)
{
    std::sort(v.begin(), v.end());
    if (v.empty() || v.front() < 0) {
        std::printf("  %-24s failed\n", name);
        return;
    }
    const double median = v[v.size() / 2];
    if (target > 0)
        std::printf("  %-24s median %7.1f ms   max %7.1f ms   target %.0f ms: %s\n", name, median, v.back(),
                    target, median <= target ? "met" : "MISSED");
    else
        std::printf("  %-24s median %7.1f ms   max %7.1f ms\n", name, median, v.back());
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    long long lines = 2000000;
    int days = 730, runs = 10;
    QString dbArg, dashboard = QStringLiteral("overview");
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
        else if (a == QLatin1String("--db") && i + 1 < args.size())
            dbArg = args[++i];
        else if (a == QLatin1String("--dashboard") && i + 1 < args.size())
            dashboard = args[++i];
        else if (a == QLatin1String("--keep"))
            keep = true;
        else if (a == QLatin1String("--check"))
            check = true;
        else {
            std::fprintf(stderr, "usage: bench_dashboard [--lines N] [--days N] [--runs N] [--db WORKSPACE] "
                                 "[--dashboard ID] [--keep] [--check]\n");
            return 2;
        }
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/eventscope-dbench-XXXXXX"));
    tmp.setAutoRemove(!keep);
    QString db = dbArg;
    if (db.isEmpty()) {
        const std::string log = tmp.filePath(QStringLiteral("access.log")).toStdString();
        db = tmp.filePath(QStringLiteral("bench.eventscope"));
        std::printf("Generating %lld access-log lines over %d days up to now ...\n", lines, days);
        std::fflush(stdout);
        if (!benchsupport::runBinary({"generate", "--kind", "access", "--lines", std::to_string(lines),
                                      "--days", std::to_string(days), "--end", "now", "--seed", "42", log})
                 .ok ||
            !benchsupport::runBinary({"import", "--db", db.toStdString(), "--no-raw", log}).ok) {
            std::fprintf(stderr, "making the workspace failed\n");
            return 1;
        }
        QFile::remove(QString::fromStdString(log));
        if (keep)
            std::printf("Workspace kept: %s\n", qPrintable(db));
    }
    QSettings().clear();
    std::vector<double> opened, first, all;
    for (int i = 0; i < runs; ++i) {
        const Run r = openOnce(db, dashboard);
        opened.push_back(r.opened);
        first.push_back(r.firstChart);
        all.push_back(r.all);
    }
    std::printf("Opening the %s dashboard, %d runs (each a new window, query service and connections):\n",
                qPrintable(dashboard), runs);
    print("workspace open", opened, 0);
    print("first chart painted", first, 300);
    print("all widgets shown", all, 0);
    std::sort(first.begin(), first.end());
    return check && (first.empty() || first[first.size() / 2] > 300 || first.front() < 0) ? 1 : 0;
}
