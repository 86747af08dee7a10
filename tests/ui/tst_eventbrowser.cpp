// The event browser on a workspace holding a real access log and real JSON
// events: the table model under QAbstractItemModelTester while it pages to
// the end; the type, source, status and text filters and the counts by type
// against counts made here from the files; CSV export read back; the detail
// pane's JSON tree; new data appearing on top without moving the view.

#include "../engine/raweventstestsupport.h"
#include "events/eventbrowser.h"
#include "events/eventdetail.h"
#include "events/eventsearchworker.h"
#include "events/eventtablemodel.h"
#include "events/jsontreemodel.h"
#include "events/typecountmodel.h"
#include "store/raweventfilter.h"
#include "timerange/timerangepicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

using namespace es;
using namespace es::ui;
using namespace es::raweventstest;

namespace {

// RFC 4180 records, written independently of the exporter.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

// Pages the browser's model to its end, as a view scrolling down would.
bool fetchAll(EventTableModel *model)
{
    QSignalSpy loaded(model, &EventTableModel::pageLoaded);
    while (!model->isComplete()) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        if (!model->isComplete() && !loaded.wait(20000))
            return false;
    }
    return model->errorString().isEmpty();
}

// An EventSearchWorker on a thread of its own, ended and deleted with it.
struct WorkerThread
{
    QThread thread;
    EventSearchWorker *worker = new EventSearchWorker;

    WorkerThread()
    {
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
    }
    ~WorkerThread()
    {
        thread.quit();
        thread.wait();
    }
    // Opens the workspace on the worker; the error, empty on success.
    QString open(const QString &db)
    {
        QSignalSpy opened(worker, &EventSearchWorker::opened);
        QMetaObject::invokeMethod(worker, "open", Qt::QueuedConnection, Q_ARG(QString, db));
        return opened.wait(10000) ? opened.first().at(0).toString() : QStringLiteral("no answer");
    }
};

// Asks for the text of row r as a view painting it would; true once it is there.
bool textLoaded(EventTableModel *model, int r)
{
    model->index(r, EventTableModel::TextColumn).data();
    return model->hasText(r);
}

} // namespace

class TestEventBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QList<QByteArray> m_access;
    QList<QByteArray> m_json;

    // Opens `db` on all of its data and waits for the first counts.
    static bool open(EventBrowser &b, const QString &db)
    {
        b.setRange(RangeSpec::fromPreset(QStringLiteral("all")));
        QSignalSpy counted(&b, &EventBrowser::countsUpdated);
        b.setWorkspace(db);
        return counted.wait(20000);
    }

    // Waits for a filter to be applied: the first page and the counts.
    bool settle(EventBrowser &b)
    {
        QSignalSpy counts(&b, &EventBrowser::countsUpdated);
        b.applyFilters();
        return counts.wait(20000) && fetchAll(b.model());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("w.eventscope"));
        MixedWorkspace files;
        const QString imported = importMixed(db, files);
        if (imported.isEmpty())
            return; // the cases skip
        QCOMPARE(imported, QStringLiteral("ok"));
        m_db = db;
        m_access = files.access;
        m_json = files.json;
    }

    void modelUnderTester()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        WorkerThread thread;
        QCOMPARE(thread.open(m_db), QString());
        EventTableModel model(thread.worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone("UTC");
        model.setQuery(EventQuery());
        QVERIFY(fetchAll(&model));
        QCOMPARE(model.rowCount(), int(m_access.size() + m_json.size()));
        QVERIFY(!model.canFetchMore({}));
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto *a = model.row(r - 1);
            const auto *b = model.row(r);
            QVERIFY(std::tuple(a->tsMs, a->checkpointId, a->offset) >
                    std::tuple(b->tsMs, b->checkpointId, b->offset));
        }
        // Cells: the time in the zone, the status, the text.
        const auto *first = model.row(0);
        QCOMPARE(model.index(0, EventTableModel::TimeColumn).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(first->tsMs, QTimeZone::utc())
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        // The text comes later, from the file; the table keeps only keys.
        const QByteArray firstLine = lineAt(m_db, first->checkpointId, first->offset);
        QVERIFY(!firstLine.isEmpty());
        QTRY_COMPARE(model.index(0, EventTableModel::TextColumn).data().toString(),
                     QString::fromUtf8(firstLine).left(EventTableModel::kCellChars));
        QVERIFY(model.hasText(0));
        // A new filter drops the rows and starts again.
        EventQuery q;
        q.types = {QStringLiteral("PushEvent")};
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(fetchAll(&model));
        QCOMPARE(model.rowCount(), 30);

        TypeCountModel counts;
        QAbstractItemModelTester countTester(&counts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        counts.setCounts({{QStringLiteral("request"), 5}, {QStringLiteral("PushEvent"), 2}});
        QCOMPARE(counts.rowCount(), 3);
        QCOMPARE(counts.total(), 7);
        QCOMPARE(counts.index(2, TypeCountModel::TypeColumn).data(TypeCountModel::TypeRole).toString(),
                 QString());

        JsonTreeModel tree;
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setJson(QJsonDocument::fromJson(m_json.first()).object());
        QVERIFY(tree.rowCount() > 3);
        tree.clear();
        QCOMPARE(tree.rowCount(), 0);
    }

    void textLoadsAreLazyAndCoalesced()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        WorkerThread thread;
        QCOMPARE(thread.open(m_db), QString());
        EventTableModel model(thread.worker);
        model.setQuery(EventQuery());
        QVERIFY(fetchAll(&model));
        const int rows = model.rowCount();
        const int blocks = (rows + EventTableModel::kBlockRows - 1) / EventTableModel::kBlockRows;
        QVERIFY(blocks > 3 * EventTableModel::kMaxWaitingBlocks);
        // Only keys so far: no row has its text.
        QCOMPARE(model.cachedBlocks(), 0);
        QVERIFY(!model.hasText(0) && !model.hasText(rows - 1));
        QCOMPARE(model.index(rows - 1, EventTableModel::TextColumn).data().toString(), QStringLiteral("…"));

        // A fast scroll over every block: only the blocks asked for last are loaded.
        QSignalSpy loaded(&model, &EventTableModel::textsLoaded);
        for (int b = 0; b < blocks; ++b)
            model.index(b * EventTableModel::kBlockRows, EventTableModel::TextColumn).data();
        QTRY_COMPARE(loaded.count(), EventTableModel::kMaxWaitingBlocks);
        QCOMPARE(model.cachedBlocks(), EventTableModel::kMaxWaitingBlocks);
        for (int b = 0; b < blocks; ++b) {
            const int r = b * EventTableModel::kBlockRows;
            QCOMPARE(model.hasText(r), b >= blocks - EventTableModel::kMaxWaitingBlocks);
        }
        // A loaded block has the text of every row of it, equal to the file's line.
        const int r = (blocks - 1) * EventTableModel::kBlockRows;
        for (int i = r; i < rows; ++i) {
            QVERIFY(model.hasText(i));
            const auto *k = model.row(i);
            QCOMPARE(model.index(i, EventTableModel::TextColumn).data().toString(),
                     QString::fromUtf8(lineAt(m_db, k->checkpointId, k->offset))
                         .left(EventTableModel::kCellChars));
        }
        // The cache stays bounded however many blocks are looked at.
        for (int b = 0; b < blocks; ++b)
            QTRY_VERIFY(textLoaded(&model, b * EventTableModel::kBlockRows));
        QCOMPARE(model.cachedBlocks(), std::min(blocks, EventTableModel::kCacheBlocks));

        // The whole record of a row comes from the worker.
        QSignalSpy record(&model, &EventTableModel::recordLoaded);
        const auto *k = model.row(rows / 2);
        model.requestRecord(rows / 2);
        QVERIFY(record.wait(10000));
        const auto got = record.first().at(1).value<EventRecord>();
        QCOMPARE(record.first().at(0).value<EventKey>(), k->key());
        QCOMPARE(got.text, lineAt(m_db, k->checkpointId, k->offset));
        QCOMPARE(got.source, model.sourceName(*k));
        QCOMPARE(got.status, int(k->status));
    }

    void filtersAndCountsAreExact()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        EventBrowser b;
        b.setRange(RangeSpec::fromPreset(QStringLiteral("all")));
        QSignalSpy choices(&b, &EventBrowser::choicesLoaded);
        QSignalSpy counted(&b, &EventBrowser::countsUpdated);
        b.setWorkspace(m_db);
        QVERIFY(choices.wait(10000));
        QVERIFY(counted.wait(20000));
        QVERIFY(fetchAll(b.model()));
        QCOMPARE(b.model()->rowCount(), int(m_access.size() + m_json.size()));
        QCOMPARE(b.countModel()->total(), qint64(m_access.size() + m_json.size()));
        QVERIFY(b.typeCombo()->findData(QStringLiteral("PushEvent")) > 0);
        QCOMPARE(b.sourceCombo()->count(), 3);

        // Independent counts per type from the files.
        QMap<QString, qint64> types;
        types[QStringLiteral("request")] = m_access.size();
        for (const QByteArray &l : std::as_const(m_json))
            ++types[QJsonDocument::fromJson(l).object().value(QStringLiteral("type")).toString()];
        QMap<QString, qint64> shown;
        for (const TypeCount &c : b.countModel()->counts())
            shown[c.type] = c.count;
        QCOMPARE(shown, types);

        // Status 4xx, then 404 with text, then a source, then a type.
        b.setStatusFilter(QStringLiteral("4xx"));
        QVERIFY(settle(b));
        qint64 fourXX = 0;
        qint64 notFoundBlog = 0;
        for (const QByteArray &l : std::as_const(m_access)) {
            fourXX += statusOf(l) / 100 == 4 ? 1 : 0;
            notFoundBlog += statusOf(l) == 404 && l.contains("/blog") ? 1 : 0;
        }
        QCOMPARE(b.model()->rowCount(), int(fourXX));
        QCOMPARE(b.countModel()->total(), fourXX);
        b.setStatusFilter(QStringLiteral("404"));
        b.setTextFilter(QStringLiteral("/BLOG"));
        QVERIFY(settle(b));
        QVERIFY(notFoundBlog > 0);
        QCOMPARE(b.model()->rowCount(), int(notFoundBlog));
        QCOMPARE(b.countModel()->total(), notFoundBlog);
        for (int r = 0; r < b.model()->rowCount(); ++r) {
            QCOMPARE(b.model()->row(r)->status, 404);
            QTRY_VERIFY(textLoaded(b.model(), r));
            QVERIFY(b.model()
                        ->index(r, EventTableModel::TextColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("/blog")));
        }

        b.setStatusFilter(QStringLiteral("none"));
        b.setTextFilter(QString());
        b.setSourceFilter(QStringLiteral("lnav_gharchive_events_50.jsonl"));
        QVERIFY(settle(b));
        QCOMPARE(b.model()->rowCount(), int(m_json.size()));
        b.setTypeFilter(QStringLiteral("PushEvent"));
        QVERIFY(settle(b));
        QCOMPARE(b.model()->rowCount(), int(types.value(QStringLiteral("PushEvent"))));
        QCOMPARE(b.countModel()->counts(),
                 (std::vector<TypeCount>{
                     {QStringLiteral("PushEvent"), types.value(QStringLiteral("PushEvent"))}}));

        // A status that cannot be read says why and keeps the rows.
        const int before = b.model()->rowCount();
        b.setStatusFilter(QStringLiteral("40x"));
        b.applyFilters();
        QVERIFY(b.statusLabel()->text().contains(QLatin1String("40x")));
        QCOMPARE(b.model()->rowCount(), before);

        // Clicking a count picks its type.
        b.setStatusFilter(QString());
        b.setSourceFilter(QString());
        b.setTypeFilter(QString());
        QVERIFY(settle(b));
        const QModelIndex pushRow = b.countModel()
                                        ->match(b.countModel()->index(0, 0), TypeCountModel::TypeRole,
                                                QStringLiteral("PushEvent"), 1, Qt::MatchExactly)
                                        .value(0);
        QVERIFY(pushRow.isValid());
        emit b.countView()->clicked(pushRow);
        QCOMPARE(b.typeCombo()->currentData().toString(), QStringLiteral("PushEvent"));
    }

    void csvExportRoundTrips()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        EventBrowser b;
        QVERIFY(open(b, m_db));
        b.setStatusFilter(QStringLiteral("2xx, none"));
        QSignalSpy counted(&b, &EventBrowser::countsUpdated);
        b.applyFilters();
        QVERIFY(counted.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(b.model()->rowCount() > 0 && !b.model()->isFetching(), 20000);
        QList<QByteArray> expected = m_json;
        for (const QByteArray &l : std::as_const(m_access)) {
            if (statusOf(l) / 100 == 2)
                expected << l;
        }
        // The export searches on its own: it does not depend on what the table has loaded.
        QVERIFY(b.model()->rowCount() <= expected.size());
        const QString file = m_dir.filePath(QStringLiteral("events.csv"));
        QSignalSpy done(&b, &EventBrowser::exportFinished);
        b.exportCsvTo(file);
        QVERIFY(b.isExporting());
        QVERIFY(done.wait(60000));
        const auto result = done.first().at(0).value<EventCsvResult>();
        QCOMPARE(result.error, QString());
        QCOMPARE(result.rows, qint64(expected.size()));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(readAll(file)));
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.first(),
                 QStringList({QStringLiteral("time"), QStringLiteral("source"), QStringLiteral("type"),
                              QStringLiteral("status"), QStringLiteral("file"), QStringLiteral("offset"),
                              QStringLiteral("text"), QStringLiteral("note")}));
        QStringList texts;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList &r = records[i];
            QCOMPARE(r.size(), 8);
            texts << r[6];
            const qint64 t = QDateTime::fromString(r[0], Qt::ISODateWithMs).toMSecsSinceEpoch();
            QVERIFY(t <= previous); // newest first
            previous = t;
            if (r[2] == QLatin1String("request")) {
                QCOMPARE(t, clfTime(r[6].toUtf8()));
                QCOMPARE(r[3].toInt(), statusOf(r[6].toUtf8()));
            } else {
                QCOMPARE(r[3], QString());
            }
            // The offset points at the line in its file.
            QFile f(r[4]);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.seek(r[5].toLongLong()));
            QCOMPARE(QString::fromUtf8(f.readLine()).trimmed(), r[6].trimmed());
        }
        QCOMPARE(sortedTexts(expected), (texts.sort(), texts));

        // Cancel leaves no file behind.
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        done.clear();
        b.setStatusFilter(QString());
        QVERIFY(settle(b));
        b.exportCsvTo(cancelled);
        b.cancelExport();
        QVERIFY(done.wait(60000));
        QVERIFY(done.first().at(0).value<EventCsvResult>().cancelled || QFile::exists(cancelled));
        if (done.first().at(0).value<EventCsvResult>().cancelled)
            QVERIFY(!QFile::exists(cancelled));
    }

    void detailShowsRecordAndJsonTree()
    {
        if (m_db.isEmpty())
            QSKIP("the shared real-log folder is not available");
        EventBrowser b;
        QVERIFY(open(b, m_db));
        b.setTypeFilter(QStringLiteral("PushEvent"));
        QVERIFY(settle(b));
        QSignalSpy fields(b.detail(), &EventDetail::fieldsReady);
        b.table()->setCurrentIndex(b.model()->index(3, 0));
        QVERIFY(fields.wait(10000));
        // Nothing was shown, so the row's text was never loaded: the pane loads it.
        QVERIFY(!b.model()->hasText(3));
        const auto *row = b.model()->row(3);
        const QByteArray line = lineAt(m_db, row->checkpointId, row->offset);
        QVERIFY(line.startsWith('{'));
        QCOMPARE(b.detail()->textView()->toPlainText(), QString::fromUtf8(line));
        QVERIFY(
            b.detail()->locationLabel()->text().contains(QStringLiteral("lnav_gharchive_events_50.jsonl")));
        const QJsonObject obj = QJsonDocument::fromJson(line).object();
        JsonTreeModel *tree = b.detail()->fieldModel();
        QCOMPARE(tree->rowCount(), int(obj.size()));
        QStringList names;
        for (int r = 0; r < tree->rowCount(); ++r)
            names << tree->index(r, 0).data().toString();
        QCOMPARE(names, obj.keys());
        const int typeRow = int(names.indexOf(QStringLiteral("type")));
        QCOMPARE(tree->index(typeRow, JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("PushEvent"));
        const int payloadRow = int(names.indexOf(QStringLiteral("payload")));
        QVERIFY(payloadRow >= 0);
        QCOMPARE(tree->rowCount(tree->index(payloadRow, 0)),
                 int(obj.value(QStringLiteral("payload")).toObject().size()));
    }

    void newDataAppearsOnTopKeepingTheView()
    {
        const QString access = shared(kZanbil);
        if (m_db.isEmpty() || access.isEmpty())
            QSKIP("the shared real-log folder is not available");
        // A workspace of its own, so that the other cases keep their counts.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("grow.eventscope"));
        QCOMPARE(importInto(db, shared(kElastic)).status, FileImportResult::Status::Imported);
        EventBrowser b;
        b.resize(1000, 700);
        b.show();
        b.setRange(RangeSpec::fromPreset(QStringLiteral("all")));
        QSignalSpy counted(&b, &EventBrowser::countsUpdated);
        b.setWorkspace(db);
        QVERIFY(counted.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(b.model()->rowCount() > 2000 && !b.model()->isFetching(), 20000);
        // The view lays out rows it was just given later; until then its
        // scroll range is that of the rows before, and scrolling to row 1500
        // would stop short of it.
        b.table()->doItemsLayout();
        b.table()->scrollTo(b.model()->index(1500, 0), QAbstractItemView::PositionAtTop);
        b.table()->setCurrentIndex(b.model()->index(1500, 0));
        QCOMPARE(b.table()->rowAt(0), 1500);
        const auto *looked = b.model()->row(1500);
        const auto key = std::tuple(looked->tsMs, looked->checkpointId, looked->offset);
        const int rowsBefore = b.model()->rowCount();

        // The zanbil log is newer than the elastic one: all of it goes on top.
        QCOMPARE(importInto(db, access).status, FileImportResult::Status::Imported);
        const int added = int(combinedLines(access).size());
        QSignalSpy newer(b.model(), &EventTableModel::newerRowsAdded);
        b.dataCommitted();
        QVERIFY(newer.wait(20000));
        QCOMPARE(newer.first().at(0).toInt(), added);
        QCOMPARE(b.model()->rowCount(), rowsBefore + added);
        // The same event is still selected and still at the top of the view.
        const int current = b.table()->currentIndex().row();
        QCOMPARE(current, 1500 + added);
        const auto *now = b.model()->row(current);
        QVERIFY(std::tuple(now->tsMs, now->checkpointId, now->offset) == key);
        QCOMPARE(b.table()->rowAt(0), current);
        QTRY_COMPARE_WITH_TIMEOUT(b.countModel()->total(), qint64(m_access.size() + added), 20000);
    }
};

QTEST_MAIN(TestEventBrowser)
#include "tst_eventbrowser.moc"
