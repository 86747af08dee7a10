// The main window opens a workspace off the GUI thread, shows it in the title
// and status bar, and reports a broken workspace in plain words.

#include "mainwindow/mainwindow.h"
#include "mainwindow/workspaceactions.h"
#include "mainwindow/workspacecontroller.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace es::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensWorkspace()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(dir.filePath(QStringLiteral("shop.eventscope")));
        QVERIFY(ready.wait(10000));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("shop")));
        auto *ws = w.findChild<QLabel *>(QStringLiteral("statusWorkspace"));
        QVERIFY(ws);
        QCOMPARE(ws->text(), QStringLiteral("shop.eventscope"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("shop.eventscope"))));
    }

    void newOpenAndRecentWorkspaces()
    {
        QSettings().clear();
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        WorkspaceActions *actions = w.workspaceActions();
        QCOMPARE(actions->newAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(actions->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
        QString chosen;
        actions->setFileChooser([&chosen](bool, QWidget *) { return chosen; });
        QSignalSpy ready(&w, &MainWindow::workspaceReady);

        // New: the suffix is added and the file is created on opening.
        chosen = dir.filePath(QStringLiteral("shop"));
        actions->newAction()->trigger();
        QVERIFY(ready.wait(10000));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("shop.eventscope"))));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("shop — ")));
        chosen = dir.filePath(QStringLiteral("blog.eventscope"));
        actions->newAction()->trigger();
        QVERIFY(ready.wait(10000));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("blog — ")));

        // Open Recent: newest first, and its entries open.
        QCOMPARE(
            WorkspaceActions::recent(),
            QStringList({QFileInfo(dir.filePath(QStringLiteral("blog.eventscope"))).absoluteFilePath(),
                         QFileInfo(dir.filePath(QStringLiteral("shop.eventscope"))).absoluteFilePath()}));
        QList<QAction *> recent = actions->recentMenu()->actions();
        QVERIFY(recent.size() >= 2);
        QVERIFY2(recent[1]->text().startsWith(QStringLiteral("&2 shop")), qPrintable(recent[1]->text()));
        recent[1]->trigger();
        QVERIFY(ready.wait(10000));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("shop — ")));

        // Open: a file that is not there is said, nothing changes.
        chosen = dir.filePath(QStringLiteral("missing.eventscope"));
        actions->openAction()->trigger();
        QTest::qWait(200);
        QCOMPARE(ready.size(), 3);
        QVERIFY(!QFile::exists(chosen));
        auto *warning = w.findChild<QMessageBox *>(QStringLiteral("workspaceWarning"));
        QVERIFY(warning && warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("does not exist")), qPrintable(warning->text()));
        warning->accept();

        // Clear List empties Open Recent.
        actions->recentMenu()->actions().last()->trigger();
        QVERIFY(WorkspaceActions::recent().isEmpty());
        QCOMPARE(actions->recentMenu()->actions().size(), 1);
        QVERIFY(!actions->recentMenu()->actions().first()->isEnabled());
    }

    void reportsForeignFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.eventscope"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        MainWindow w;
        w.show();
        QSignalSpy failed(w.workspace(), &WorkspaceController::failed);
        w.openWorkspace(path);
        QVERIFY(failed.wait(10000));
        auto *empty = w.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->text().contains(QStringLiteral("not an SQLite database")));
    }

    // A second open while the first still runs does not wait for it: the
    // first's result is dropped and the second workspace is the one opened.
    void openWhileOpeningOpensTheLast()
    {
        QTemporaryDir dir;
        WorkspaceController c;
        QSignalSpy opened(&c, &WorkspaceController::opened);
        QSignalSpy failed(&c, &WorkspaceController::failed);
        const QString first = dir.filePath(QStringLiteral("first.eventscope"));
        const QString second = dir.filePath(QStringLiteral("second.eventscope"));
        c.open(first);
        c.open(second);
        QVERIFY(opened.wait(10000));
        QVERIFY(!opened.wait(500)); // no second signal: the first open's result was dropped
        QCOMPARE(opened.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(QFileInfo(c.currentPath()).fileName(), QStringLiteral("second.eventscope"));
        QVERIFY(c.isOpen());
    }

    // Closing lets go of the workspace at once and reports when the pending
    // saves are written; what was saved is there when it opens again.
    void closeReportsWhenSavesAreWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saves.eventscope"));
        WorkspaceController c;
        QSignalSpy opened(&c, &WorkspaceController::opened);
        c.open(path);
        QVERIFY(opened.wait(10000));
        const QByteArray json = R"([{"id":"mine","title":"Mine","widgets":[]}])";
        c.saveDashboards(json);
        bool released = false;
        c.close([&released] { released = true; });
        QVERIFY(!c.isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(released, 10000);
        c.open(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.last().at(0).value<WorkspaceInfo>().dashboards, json);
    }

    void menusHaveShortcuts()
    {
        MainWindow w;
        const QList<QAction *> menus = w.menuBar()->actions();
        QCOMPARE(menus.size(), 6); // File, Edit, View, Dashboard, Alerts, Help
        bool quitFound = false;
        for (QAction *m : menus) {
            for (QAction *a : m->menu()->actions()) {
                if (a->shortcut() == QKeySequence(QKeySequence::Quit))
                    quitFound = true;
            }
        }
        QVERIFY(quitFound);
    }

    void shortcutsAreUnambiguous()
    {
        // Two actions with one key sequence in a window cancel each other out.
        MainWindow w;
        QHash<QString, QString> seen;
        const auto actions = w.findChildren<QAction *>();
        int withKeys = 0;
        for (QAction *a : actions) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(!seen.contains(key) || seen[key] == a->text(),
                         qPrintable(QStringLiteral("%1: %2 and %3").arg(key, seen[key], a->text())));
                seen[key] = a->text();
                ++withKeys;
            }
        }
        QVERIFY(withKeys >= 15);
        for (const char *key :
             {"F5", "Ctrl+L", "Alt+Left", "Alt+Right", "Alt+PgUp", "Alt+PgDown", "Ctrl+1", "Ctrl+0"})
            QVERIFY2(seen.contains(QString::fromLatin1(key)), key);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
