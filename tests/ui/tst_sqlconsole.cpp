// The SQL console on the demo workspace: the schema browser lists the
// friendly views, a SELECT returns what the workspace holds, writes, ATTACH
// and load_extension are refused with their message, a long statement is
// cancelled while the window stays responsive, results page in, Export CSV
// writes every row and statements go into the history. With
// ES_SCREENSHOT_DIR set, the console is saved as sql-console.png.

#include "../support/python.h"
#include "../support/screenshots.h"
#include "core/localization.h"
#include "demo/demoworkspace.h"
#include "settings/preferences.h"
#include "store/readonlysql.h"
#include "workbench/savedqueries.h"
#include "workbench/sqlconsole.h"
#include "workbench/sqlresultmodel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace es;
using namespace es::ui;

class TestSqlConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // Runs the console's statement and waits for its end.
    bool runAndWait(SqlConsole &c, const QString &sql, bool *ok = nullptr)
    {
        QSignalSpy done(&c, &SqlConsole::finished);
        c.setSql(sql);
        c.run();
        if (!done.wait(60000))
            return false;
        if (ok)
            *ok = done.first().at(0).toBool();
        return true;
    }

    qint64 direct(const QString &sql)
    {
        ReadOnlySql db;
        if (!db.open(m_db))
            return -1;
        qint64 v = -1;
        QStringList columns;
        db.run(sql, &columns, [&v](const QVariantList &row) {
            v = row.value(0).toLongLong();
            return false;
        });
        return v;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        // What the application loads for English: plural forms.
        es::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.eventscope"));
        const auto built = demo::ensureDemoWorkspace(m_db);
        QVERIFY2(built.ok, qPrintable(built.errorString));
    }

    void schemaAndSelect()
    {
        SqlConsole c;
        c.resize(1360, 760);
        c.show();
        QSignalSpy schema(&c, &SqlConsole::schemaLoaded);
        c.setWorkspace(m_db);
        QVERIFY(schema.wait(20000));
        QVERIFY(c.windowTitle().contains(QStringLiteral("demo")));
        const auto views = c.schemaTree()->findItems(QStringLiteral("traffic_by_day"),
                                                     Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first()->parent()->text(0), QStringLiteral("Views"));
        QVERIFY(views.first()->childCount() > 3); // its columns
        QCOMPARE(views.first()->text(1), QStringLiteral("Totals per local day"));
        QTreeWidgetItem *pageViews = nullptr;
        for (int i = 0; i < views.first()->childCount(); ++i)
            if (views.first()->child(i)->text(0).section(QLatin1Char(' '), 0, 0) ==
                QStringLiteral("page_views"))
                pageViews = views.first()->child(i);
        QVERIFY(pageViews);
        views.first()->setExpanded(true);
        QCOMPARE(pageViews->text(1), QStringLiteral("Page views (docs/METRICS.md)"));

        bool ok = false;
        QVERIFY(runAndWait(c, QStringLiteral("SELECT sum(hits) FROM traffic_by_day"), &ok));
        QVERIFY2(ok, qPrintable(c.statusLabel()->text()));
        QCOMPARE(c.model()->rowCount(), 1);
        QCOMPARE(c.model()->index(0, 0).data(Qt::EditRole).toLongLong(),
                 direct(QStringLiteral("SELECT sum(hits) FROM traffic_by_day")));
        QVERIFY(c.statusLabel()->text().startsWith(QStringLiteral("1 row in ")));
        QCOMPARE(prefs::sqlHistory.get().value(0), QStringLiteral("SELECT sum(hits) FROM traffic_by_day"));

        QVERIFY(runAndWait(
            c,
            QStringLiteral(
                "SELECT date(day_start, 'unixepoch') AS day, hits, page_views, downloads, bot_hits "
                "FROM traffic_by_day ORDER BY day_start DESC LIMIT 14"),
            &ok));
        QVERIFY(ok);
        c.resultView()->resizeColumnsToContents();
        QVERIFY(c.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("sql-console.png"))));
    }

    void savedStatements()
    {
        SqlConsole c;
        SavedQueries *saved = c.savedQueries();
        QVERIFY(saved->names().isEmpty());
        QVERIFY(!saved->comboBox()->isEnabled());
        const QString daily = QStringLiteral("SELECT day_start, hits FROM traffic_by_day");
        saved->save(QStringLiteral("Daily hits"), daily);
        saved->save(QStringLiteral("404s"),
                    QStringLiteral("SELECT * FROM hits_by_status_day WHERE status = 404"));
        QCOMPARE(saved->names(), QStringList({QStringLiteral("404s"), QStringLiteral("Daily hits")}));
        QCOMPARE(prefs::sqlSaved.get().value(QStringLiteral("Daily hits")).toString(), daily);

        // A new console (a restart) offers them; picking one fills the editor.
        SqlConsole again;
        QCOMPARE(again.savedQueries()->comboBox()->count(), 3);
        const int index = again.savedQueries()->comboBox()->findText(QStringLiteral("Daily hits"));
        QCOMPARE(index, 2);
        emit again.savedQueries()->comboBox()->activated(index);
        QCOMPARE(again.sql(), daily);

        // Saving under the same name replaces; Delete removes.
        again.savedQueries()->save(QStringLiteral("Daily hits"), QStringLiteral("SELECT 1"));
        QCOMPARE(again.savedQueries()->statement(QStringLiteral("Daily hits")), QStringLiteral("SELECT 1"));
        QCOMPARE(again.savedQueries()->names().size(), 2);
        again.savedQueries()->remove(QStringLiteral("404s"));
        QCOMPARE(prefs::sqlSaved.get().keys(), QStringList({QStringLiteral("Daily hits")}));
        again.savedQueries()->remove(QStringLiteral("Daily hits"));
    }

    void refusesWhatWrites_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM raw_events")
                                << QStringLiteral("DELETE is not allowed: the SQL console is read-only.");
        QTest::newRow("attach") << QStringLiteral("ATTACH DATABASE '/tmp/x.db' AS x")
                                << QStringLiteral("ATTACH and DETACH are not allowed");
        QTest::newRow("load_extension") << QStringLiteral("SELECT load_extension('libx')")
                                        << QStringLiteral("Loading extensions is not allowed");
        QTest::newRow("pragma write") << QStringLiteral("PRAGMA journal_mode = DELETE")
                                      << QStringLiteral("PRAGMA journal_mode is not allowed");
    }

    void refusesWhatWrites()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const qint64 before = direct(QStringLiteral("SELECT count(*) FROM raw_events"));
        SqlConsole c;
        c.setWorkspace(m_db);
        bool ok = true;
        QVERIFY(runAndWait(c, sql, &ok));
        QVERIFY(!ok);
        QVERIFY2(c.statusLabel()->text().contains(message), qPrintable(c.statusLabel()->text()));
        QCOMPARE(direct(QStringLiteral("SELECT count(*) FROM raw_events")), before);
    }

    void cancelsALongStatement()
    {
        SqlConsole c;
        c.show();
        c.setWorkspace(m_db);
        QSignalSpy done(&c, &SqlConsole::finished);
        c.setSql(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                "SELECT count(*) FROM n"));
        c.run();
        QVERIFY(c.isRunning());
        QVERIFY(c.cancelButton()->isEnabled());
        QVERIFY(!c.runButton()->isEnabled());
        // The window keeps working while the statement runs.
        QTRY_VERIFY_WITH_TIMEOUT(c.statusLabel()->text().startsWith(QStringLiteral("Running… ")), 5000);
        QTest::qWait(300);
        QVERIFY(done.isEmpty());
        QTest::mouseClick(c.cancelButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(c.statusLabel()->text(), QStringLiteral("The query was cancelled."));
        QVERIFY(c.runButton()->isEnabled());
    }

    void pagesAndExports()
    {
        SqlConsole c;
        c.setWorkspace(m_db);
        const QString sql = QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                                           "WHERE x < 5000) SELECT x, x * 2 AS twice FROM n");
        bool ok = false;
        QVERIFY(runAndWait(c, sql, &ok));
        QVERIFY(ok);
        QCOMPARE(c.model()->receivedRows(), 5000);
        QCOMPARE(c.model()->rowCount(), SqlResultModel::kPage); // one page laid out
        QVERIFY(c.model()->canFetchMore({}));
        c.model()->fetchMore({});
        QCOMPARE(c.model()->rowCount(), 2 * SqlResultModel::kPage);
        QCOMPARE(c.model()->index(1999, 1).data().toString(), QStringLiteral("4000"));

        const QString file = m_dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy exported(&c, &SqlConsole::exported);
        c.exportCsvTo(file);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 5002); // header, 5000 rows, the empty end
        QCOMPARE(lines[0], QByteArray("x,twice\r"));
        QCOMPARE(lines[5000], QByteArray("5000,10000\r"));

        // Excel: the same rows, numbers as numbers, read back by openpyxl.
        const QString python = es::test::pythonWith(QStringLiteral("openpyxl"));
        if (python.isEmpty())
            QSKIP("python3-openpyxl is not installed");
        c.setSql(QStringLiteral("SELECT x, 'row ' || x AS label, x / 4.0 AS quarter FROM (") + sql +
                 QStringLiteral(") WHERE x <= 1200"));
        const QString xlsx = m_dir.filePath(QStringLiteral("export.xlsx"));
        exported.clear();
        c.exportXlsxTo(xlsx);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(c.statusLabel()->text().startsWith(QStringLiteral("Wrote 1,200 rows to ")));
        QProcess p;
        p.start(python,
                {QStringLiteral("-c"),
                 QStringLiteral("import openpyxl, sys, json\n"
                                "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                "rows = list(ws.iter_rows(values_only=True))\n"
                                "print(json.dumps({'n': len(rows), 'head': rows[0], 'last': rows[-1], "
                                "'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref}))"),
                 xlsx});
        QVERIFY(p.waitForFinished(60000));
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY2(!o.isEmpty(), p.readAllStandardError().constData());
        QCOMPARE(o.value(QLatin1String("n")).toInt(), 1201);
        QCOMPARE(o.value(QLatin1String("head")).toArray(),
                 QJsonArray({QStringLiteral("x"), QStringLiteral("label"), QStringLiteral("quarter")}));
        QCOMPARE(o.value(QLatin1String("last")).toArray(),
                 QJsonArray({1200, QStringLiteral("row 1200"), 300}));
        QCOMPARE(o.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(o.value(QLatin1String("filter")).toString(), QStringLiteral("A1:C1201"));
    }
};

QTEST_MAIN(TestSqlConsole)
#include "tst_sqlconsole.moc"
