// The Live dashboard while an import of 2,000,000 lines runs in the same
// process: the GUI event loop keeps turning (the gap between ticks of a 5 ms
// timer on the GUI thread stays under 50 ms), the dashboard refreshes during
// the import, and afterwards it shows the imported total.

#include "../support/guistallmeter.h"
#include "charts/kpicard.h"
#include "charts/valueformat.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardview.h"
#include "ingest/fileimporter.h"
#include "mainwindow/mainwindow.h"
#include "query/queryservice.h"
#include "store/workspacedb.h"
#include "store/writer.h"

#include <QFutureWatcher>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace es;
using namespace es::ui;

class TestDashboardLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void guiNeverStallsDuringImport()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("access.log"));
        const QString db = dir.filePath(QStringLiteral("live.eventscope"));
        QProcess gen;
        gen.start(QStringLiteral(ES_BINARY_PATH),
                  {QStringLiteral("generate"), QStringLiteral("--kind"), QStringLiteral("access"),
                   QStringLiteral("--lines"), QStringLiteral("2000000"), QStringLiteral("--days"),
                   QStringLiteral("2"), QStringLiteral("--end"), QStringLiteral("now"),
                   QStringLiteral("--seed"), QStringLiteral("7"), log});
        QVERIFY(gen.waitForFinished(300000));
        QCOMPARE(gen.exitCode(), 0);
        {
            WorkspaceDb create;
            QVERIFY(create.open(db));
        }

        MainWindow w;
        w.resize(1400, 900);
        w.setStartView(QStringLiteral("live"), std::nullopt);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(db);
        QVERIFY(ready.wait(30000));
        DashboardPage *page = w.dashboardPage();
        QVERIFY(page->isLive());

        // Ticks of the GUI thread: the largest gap is the longest stall.
        es::test::GuiStallMeter stalls;
        int refreshes = 0;
        connect(page, &DashboardPage::refreshed, this, [&] { ++refreshes; });

        // The import runs as the app runs it: a writer and the importer's
        // workers on other threads.
        QFutureWatcher<FileImportResult> import;
        QSignalSpy done(&import, &QFutureWatcherBase::finished);
        stalls.start();
        import.setFuture(QtConcurrent::run([db, log] {
            Writer writer;
        if (!writer.open(db))
            return FileImportResult();
        ImportOptions options;
        options.format = QStringLiteral("combined");
        FileImporter importer(writer, options);
        return importer.importFile(log);
    }));
    QVERIFY(done.wait(600000));
    const qint64 importMs = stalls.elapsedMs();
    const FileImportResult result = import.result();
    QCOMPARE(result.status, FileImportResult::Status::Imported);
    const int refreshesDuringImport = refreshes;
    // One more refresh sees the last commit.
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.wait(10000));
    stalls.stop();
    const qint64 ticks = stalls.ticks();
    const qint64 maxGap = stalls.maxGap();

    qInfo("Import of 2,000,000 lines with the Live dashboard open: %.1f s, %d refreshes during it, "
          "%lld GUI ticks, longest gap between ticks %.1f ms",
          double(importMs) / 1000.0, refreshesDuringImport, ticks, double(maxGap) / 1000.0);
    QVERIFY2(refreshesDuringImport >= 2, "the dashboard did not refresh during the import");
    QVERIFY2(maxGap <= 50'000,
             qPrintable(QStringLiteral("the GUI stalled for %1 ms").arg(double(maxGap) / 1000.0)));

    // The hits tile shows what QueryService counts for the same range.
    KpiCard *hits = nullptr;
    for (ChartCard *c : page->view()->cards())
        if (auto *k = qobject_cast<KpiCard *>(c); k && k->spec().metrics.front() == MetricId::Hits)
            hits = k;
    QVERIFY(hits);
    QueryService s;
    QVERIFY(s.open(db));
    Query q = page->state().baseQuery();
    q.metrics = {MetricId::Hits};
    const QueryResult r = s.run(q).result();
    QVERIFY(r.ok);
    const auto v = ValueFormat::number(r.rows[0][size_t(r.columnIndex(QStringLiteral("hits")))]);
    QVERIFY(v &&*v > 0);
    QCOMPARE(hits->valueText(), ValueFormat::metric(MetricId::Hits, *v));
}
}
;

QTEST_MAIN(TestDashboardLive)
#include "tst_dashboardlive.moc"
