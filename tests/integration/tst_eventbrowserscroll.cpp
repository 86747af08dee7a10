// The event browser over a workspace of 160,000 generated access-log lines
// (the eventscope binary writes them, FileImporter imports them): the table
// is paged past row 100,000 the way a view scrolling down does it, while a
// 5 ms timer on the GUI thread measures the longest stall (as
// tst_dashboardlive does). The rows come newest first, and a row past
// 100,000 equals what SQLite itself and the file say about that position.

#include "../engine/raweventstestsupport.h"
#include "../support/guistallmeter.h"
#include "events/eventbrowser.h"
#include "events/eventbrowseractions.h"
#include "events/eventtablemodel.h"
#include "events/typecountmodel.h"
#include "mainwindow/mainwindow.h"
#include "store/workspacedb.h"

#include <QAction>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace es;
using namespace es::ui;

namespace {

struct RawKey
{
    qint64 ts = 0;
    qint64 checkpoint = 0;
    qint64 offset = 0;
    qint64 length = 0;
    QString path;
};

// The row at `position` in newest-first order and the number of rows, asked
// of SQLite directly.
bool independentRow(const QString &db, qint64 position, RawKey &key, qint64 &total)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return false;
    bool ok = false;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(
            h,
            "SELECT r.ts_ms, r.checkpoint_id, r.offset, r.length, c.path, "
            "(SELECT count(*) FROM raw_events) FROM raw_events r JOIN file_checkpoints c "
            "ON c.id = r.checkpoint_id ORDER BY r.ts_ms DESC, r.checkpoint_id DESC, r.offset DESC "
            "LIMIT 1 OFFSET ?1",
            -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, position);
        if (sqlite3_step(st) == SQLITE_ROW) {
            key = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2),
                   sqlite3_column_int64(st, 3),
                   QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 4)))};
            total = sqlite3_column_int64(st, 5);
            ok = true;
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return ok;
}

} // namespace

class TestEventBrowserScroll : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void scrollsPast100000RowsWithoutStalling()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("access.log"));
        const QString db = dir.filePath(QStringLiteral("big.eventscope"));
        QProcess gen;
        gen.start(QStringLiteral(ES_BINARY_PATH),
                  {QStringLiteral("generate"), QStringLiteral("--kind"), QStringLiteral("access"),
                   QStringLiteral("--lines"), QStringLiteral("160000"), QStringLiteral("--days"),
                   QStringLiteral("7"), QStringLiteral("--end"), QStringLiteral("now"),
                   QStringLiteral("--seed"), QStringLiteral("11"), log});
        QVERIFY(gen.waitForFinished(300000));
        QCOMPARE(gen.exitCode(), 0);
        const FileImportResult imported = raweventstest::importInto(db, log, QStringLiteral("combined"));
        QCOMPARE(imported.status, FileImportResult::Status::Imported);
        QVERIFY2(imported.records > 150000, qPrintable(QString::number(imported.records)));

        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(db);
        QVERIFY(ready.wait(60000));
        QAction *open = w.eventBrowserActions()->action();
        QVERIFY(open->isEnabled());
        open->trigger();
        EventBrowser *b = w.eventBrowserActions()->browser();
        QVERIFY(b && b->isVisible());
        QSignalSpy counted(b, &EventBrowser::countsUpdated);
        b->setRange(RangeSpec::fromPreset(QStringLiteral("all")));
        b->applyFilters();
        QVERIFY(counted.wait(30000));
        QCOMPARE(b->countModel()->total(), imported.records);
        EventTableModel *model = b->model();
        QTableView *table = b->table();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isFetching(), 30000);

        // Ticks of the GUI thread: the largest gap is the longest stall.
        es::test::GuiStallMeter stalls;
        stalls.start();
        // Scroll to the bottom again and again: the view asks for the next
        // page when it reaches the end; when it does not (already at the
        // end), ask as it would.
        QSignalSpy loaded(model, &EventTableModel::pageLoaded);
        int pages = 0;
        while (model->rowCount() <= 110000) {
            loaded.clear();
            table->scrollToBottom();
            if (!model->isFetching() && model->canFetchMore({}))
                model->fetchMore({});
            QVERIFY2(model->isFetching(), "the model has no more rows to fetch");
            QVERIFY(loaded.wait(30000));
            ++pages;
        }
        stalls.stop();
        const qint64 maxGap = stalls.maxGap();
        qInfo("Event browser over %lld events: %d rows in %d pages fetched while scrolling in %.1f s, "
              "%lld GUI ticks, longest gap between ticks %.1f ms",
              qlonglong(imported.records), model->rowCount(), pages, double(stalls.elapsedMs()) / 1000.0,
              qlonglong(stalls.ticks()), double(maxGap) / 1000.0);
        QVERIFY2(maxGap <= 50'000,
                 qPrintable(QStringLiteral("the GUI stalled for %1 ms").arg(double(maxGap) / 1000.0)));
        // The view shows rows past 100,000.
        table->scrollToBottom();
        QTRY_VERIFY(table->rowAt(0) > 100000);

        // Newest first, no repeats.
        for (int r = 1; r < model->rowCount(); ++r) {
            const auto *a = model->row(r - 1);
            const auto *c = model->row(r);
            QVERIFY2(std::tuple(a->tsMs, a->checkpointId, a->offset) >
                         std::tuple(c->tsMs, c->checkpointId, c->offset),
                     qPrintable(QString::number(r)));
        }
        // Row 105,000 is the one SQLite puts there, with its line from the file.
        constexpr int kRow = 105000;
        RawKey key;
        qint64 total = 0;
        QVERIFY(independentRow(db, kRow, key, total));
        QCOMPARE(total, imported.records);
        const auto *row = model->row(kRow);
        QCOMPARE(row->tsMs, key.ts);
        QCOMPARE(row->checkpointId, key.checkpoint);
        QCOMPARE(row->offset, key.offset);
        QFile file(key.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.seek(key.offset));
        const QByteArray line = file.read(key.length);
        QCOMPARE(row->text, line);
        QCOMPARE(raweventstest::clfTime(line), row->tsMs);
        QCOMPARE(model->index(kRow, EventTableModel::TextColumn).data().toString(),
                 QString::fromUtf8(line).left(EventTableModel::kCellChars));
        QCOMPARE(model->index(kRow, EventTableModel::StatusColumn).data().toString(),
                 QString::fromLatin1(line)
                     .section(QLatin1Char('"'), 2, 2)
                     .trimmed()
                     .section(QLatin1Char(' '), 0, 0));
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestEventBrowserScroll)
#include "tst_eventbrowserscroll.moc"
