// The event browser on the demo workspace, as a new user opens it from
// View → Event Browser: it starts with the dashboard's range, counts the
// events per type in it (checked against SQLite), and a selected JSON event
// shows its fields and params as a tree. With ES_SCREENSHOT_DIR set, the
// window is saved as docs/images/event-browser.png.

#include "../support/screenshots.h"
#include "core/localization.h"
#include "dashboard/dashboardpage.h"
#include "events/eventbrowser.h"
#include "events/eventbrowseractions.h"
#include "events/eventdetail.h"
#include "events/eventtablemodel.h"
#include "events/jsontreemodel.h"
#include "events/typecountmodel.h"
#include "mainwindow/mainwindow.h"
#include "store/workspacedb.h"
#include "timerange/timerangepicker.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace es;
using namespace es::ui;

class TestEventBrowserDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        es::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void browserOnTheDemo()
    {
        const QString demo = WorkspaceDb::demoPath();
        QDir().mkpath(QFileInfo(demo).absolutePath());

        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(demo);
        QVERIFY(ready.wait(240000));
        QAction *open = w.eventBrowserActions()->action();
        QCOMPARE(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        open->trigger();
        EventBrowser *b = w.eventBrowserActions()->browser();
        QVERIFY(b && b->isVisible());
        b->resize(1280, 800);
        QTRY_VERIFY_WITH_TIMEOUT(
            b->countsCurrent() && b->model()->rowCount() > 0 && !b->model()->isFetching(), 30000);

        // The counts cover the dashboard's range: SQLite agrees.
        QCOMPARE(b->rangePicker()->spec(), w.dashboardPage()->state().spec);
        const EventQuery applied = b->model()->query();
        const std::optional<EventQuery> q = applied;
        QVERIFY(q->fromMs && q->toMs);
        QVERIFY(std::abs(*q->fromMs - w.dashboardPage()->state().range.fromSecs * 1000) < 60000);
        WorkspaceDb db;
        QVERIFY(db.open(demo, WorkspaceDb::Access::ReadOnly));
        auto st = db.connection().prepare("SELECT count(*) FROM raw_events WHERE ts_ms >= ?1 AND ts_ms < ?2");
        st.bind(1, *q->fromMs).bind(2, *q->toMs);
        QVERIFY(st.step());
        QCOMPARE(b->countModel()->total(), st.int64(0));
        QVERIFY(b->countModel()->counts().size() > 3); // requests and several event types

        // The newest JSON event with params among the loaded rows: the detail
        // pane loads each candidate's whole record.
        int jsonRow = -1;
        QSignalSpy fields(b->detail(), &EventDetail::fieldsReady);
        for (int r = 0; r < b->model()->rowCount() && jsonRow < 0 && r < 400; ++r) {
            if (b->model()->typeName(*b->model()->row(r)) == RawEventSearch::requestType())
                continue;
            fields.clear();
            b->table()->setCurrentIndex(b->model()->index(r, 0));
            QVERIFY(fields.count() > 0 || fields.wait(10000));
            if (b->detail()->textView()->toPlainText().contains(QLatin1String("\"params\":{")))
                jsonRow = r;
        }
        QVERIFY(jsonRow >= 0);
        b->table()->scrollTo(b->model()->index(jsonRow, 0), QAbstractItemView::PositionAtCenter);
        JsonTreeModel *tree = b->detail()->fieldModel();
        const QModelIndex params =
            tree->match(tree->index(0, 0), Qt::DisplayRole, QStringLiteral("params"), 1, Qt::MatchExactly)
                .value(0);
        QVERIFY(params.isValid());
        const QJsonObject record =
            QJsonDocument::fromJson(b->detail()->textView()->toPlainText().toUtf8()).object();
        QCOMPARE(tree->rowCount(params), int(record.value(QStringLiteral("params")).toObject().size()));
        QVERIFY(b->detail()->fieldView()->isExpanded(params));
        // The table shows the text of the rows on screen once it is loaded.
        QTRY_VERIFY(b->model()->hasText(jsonRow));
        QCOMPARE(b->model()->index(jsonRow, EventTableModel::TextColumn).data().toString(),
                 b->detail()->textView()->toPlainText().left(EventTableModel::kCellChars));
        // Every row on screen has its text before the picture is taken.
        const int top = b->table()->rowAt(0);
        int bottom = b->table()->rowAt(b->table()->viewport()->height() - 1);
        bottom = bottom < 0 ? b->model()->rowCount() - 1 : bottom;
        for (int r = std::max(top, 0); r <= bottom; ++r)
            QTRY_VERIFY(b->model()->hasText(r));
        QVERIFY(b->grab().save(es::test::screenshotPath(m_dir, QStringLiteral("event-browser.png"))));
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestEventBrowserDemo)
#include "tst_eventbrowserdemo.moc"
