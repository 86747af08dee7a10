// Inputs from the desktop application: file imports with progress, rate and
// cancel, Kafka consumers against the embedded cluster with their state in
// the status bar, and the commit time; exact counts in the workspace.

#include "dashboard/dashboardpage.h"
#include "demo/accessloggenerator.h"
#include "demo/demoworkspace.h"
#include "demo/kafkademo.h"
#include "mainwindow/mainwindow.h"
#include "sources/kafkaprofile.h"
#include "sources/sourceactions.h"
#include "sources/sourcecontroller.h"
#include "sources/sourcestatus.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace es;
using namespace es::ui;

namespace {

qint64 scalar(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    qint64 v = -1;
    if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return v;
}

} // namespace

class TstSources : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_log;
    qint64 m_lines = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        demo::GeneratorOptions o;
        o.targetLines = 300000;
        o.days = 10;
        demo::AccessLogGenerator gen(o);
        m_log = m_dir.filePath(QStringLiteral("access.log"));
        QFile f(m_log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        std::string text;
        while (gen.generate(text, 1 << 20)) {
            f.write(text.data(), qint64(text.size()));
            text.clear();
        }
        f.write(text.data(), qint64(text.size()));
        m_lines = gen.linesWritten();
    }

    void importWithProgressCancelAndResume()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.eventscope"));
        SourceController sources;
        SourceStatus status(&sources);
        sources.setWorkspace(db);
        QSignalSpy progress(&sources, &SourceController::importProgress);
        QSignalSpy finished(&sources, &SourceController::importFinished);
        QSignalSpy commits(&sources, &SourceController::committed);
        QSignalSpy messages(&status, &SourceStatus::message);

        // Cancelled as soon as the first progress arrives.
        QVERIFY(sources.importFiles({m_log}));
        QVERIFY(!sources.importFiles({m_log})); // one import at a time
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() || !finished.isEmpty(), 30000);
        if (finished.isEmpty()) {
            QVERIFY2(status.importText().contains(QStringLiteral("access.log")),
                     qPrintable(status.importText()));
            sources.cancelImport();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const bool cancelled = finished.first().at(2).toBool();
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(messages.count() >= 1);
        QVERIFY(!sources.isImporting());

        // Importing again finishes the file; the workspace has every line once.
        finished.clear();
        QVERIFY(sources.importFiles({m_log}));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(!finished.first().at(2).toBool());
        QVERIFY(!commits.isEmpty());
        QVERIFY(status.commitText().startsWith(QStringLiteral("Last commit")));
        sources.stopAll();
        qInfo("first import %s", cancelled ? "cancelled in the middle" : "finished before the cancel");
        QCOMPARE(scalar(db, "SELECT sum(hits) FROM traffic_by_day"), m_lines);
        QCOMPARE(scalar(db, "SELECT sum(line_no) FROM file_checkpoints"), m_lines);
    }

    void kafkaConsumerStatus()
    {
        demo::KafkaDemoCluster cluster;
        QCOMPARE(cluster.start(1), QString());
        QCOMPARE(cluster.createTopic(QStringLiteral("events"), 3), QString());
        std::vector<std::string> messages;
        for (int i = 0; i < 5000; ++i)
            messages.push_back(QStringLiteral("{\"event_type\":\"%1\",\"ts\":%2}")
                                   .arg(i % 4 ? QStringLiteral("click") : QStringLiteral("page_view"))
                                   .arg(1760000000000LL + i * 1000)
                                   .toStdString());
        QCOMPARE(cluster.produce(QStringLiteral("events"), messages), QString());

        const QString db = m_dir.filePath(QStringLiteral("kafka.eventscope"));
        SourceController sources;
        SourceStatus status(&sources);
        sources.setWorkspace(db);
        QSignalSpy finished(&sources, &SourceController::kafkaFinished);
        KafkaOptions o;
        o.brokers = cluster.bootstraps();
        o.topic = QStringLiteral("events");
        QVERIFY(sources.startKafka(QStringLiteral("demo"), o));
        QVERIFY(!sources.startKafka(QStringLiteral("demo"), o));
        QCOMPARE(sources.runningKafka(), QStringList{QStringLiteral("demo")});
        QTRY_VERIFY_WITH_TIMEOUT(
            status.kafkaText(QStringLiteral("demo")).contains(QStringLiteral("caught up")), 60000);
        QVERIFY2(status.kafkaText(QStringLiteral("demo")).contains(QStringLiteral("lag 0")),
                 qPrintable(status.kafkaText(QStringLiteral("demo"))));
        QTRY_VERIFY_WITH_TIMEOUT(status.commitText().startsWith(QStringLiteral("Last commit")), 10000);
        sources.stopKafka(QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(sources.runningKafka().isEmpty());
        QVERIFY(status.kafkaText(QStringLiteral("demo")).isEmpty());
        QCOMPARE(scalar(db, "SELECT sum(next_offset) FROM kafka_offsets"), 5000);
        QCOMPARE(scalar(db, "SELECT sum(events) FROM events_by_type_day"), 5000);
    }
    // Switching to another workspace and closing the window stop the inputs
    // in the background: the calls return while the consumer still leaves
    // its group, its last batch is committed once, and the window closes
    // when that is done.
    void stoppingDoesNotWait()
    {
        demo::KafkaDemoCluster cluster;
        QCOMPARE(cluster.start(1), QString());
        QCOMPARE(cluster.createTopic(QStringLiteral("stop"), 2), QString());
        std::vector<std::string> messages;
        for (int i = 0; i < 2000; ++i)
            messages.push_back(QStringLiteral("{\"event_type\":\"click\",\"ts\":%1}")
                                   .arg(1760000000000LL + i * 1000)
                                   .toStdString());
        QCOMPARE(cluster.produce(QStringLiteral("stop"), messages), QString());
        KafkaOptions o;
        o.brokers = cluster.bootstraps();
        o.topic = QStringLiteral("stop");

        const QString first = m_dir.filePath(QStringLiteral("stop-a.eventscope"));
        const QString second = m_dir.filePath(QStringLiteral("stop-b.eventscope"));
        SourceController sources;
        SourceStatus status(&sources);
        sources.setWorkspace(first);
        QSignalSpy finished(&sources, &SourceController::kafkaFinished);
        QSignalSpy stopped(&sources, &SourceController::stopped);
        QVERIFY(sources.startKafka(QStringLiteral("a"), o));
        QTRY_VERIFY_WITH_TIMEOUT(status.kafkaText(QStringLiteral("a")).contains(QStringLiteral("caught up")),
                                 60000);

        // The switch returns at once: the consumer is reported finished and
        // the next workspace is current while the old one still stops.
        sources.setWorkspace(second);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(sources.workspace(), second);
        QVERIFY(sources.runningKafka().isEmpty());
        QVERIFY(sources.isBusy());
        QVERIFY(status.kafkaText(QStringLiteral("a")).isEmpty());
        QVERIFY(stopped.wait(60000));
        QVERIFY(!sources.isBusy());
        QCOMPARE(scalar(first, "SELECT sum(next_offset) FROM kafka_offsets"), 2000);
        QCOMPARE(scalar(first, "SELECT sum(events) FROM events_by_type_day"), 2000);

        // The same topic into the second workspace, then the window closes
        // while the consumer runs.
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(second);
        QVERIFY(ready.wait(60000));
        KafkaProfile profile;
        profile.name = QStringLiteral("b");
        profile.brokers = cluster.bootstraps();
        profile.topic = QStringLiteral("stop");
        w.sourceActions()->connectKafka(profile, QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            w.sourceStatus()->kafkaText(QStringLiteral("b")).contains(QStringLiteral("caught up")), 60000);
        QSignalSpy windowStopped(w.sources(), &SourceController::stopped);
        QVERIFY(!w.close()); // not yet: the consumer is stopping
        QVERIFY(w.isVisible());
        QVERIFY(!w.centralWidget()->isEnabled());
        QVERIFY(windowStopped.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 10000);
        QCOMPARE(scalar(second, "SELECT sum(events) FROM events_by_type_day"), 2000);
    }

    // The window: an import and a consumer at once, their state in the status
    // bar, and the dashboard refreshing as batches commit. With
    // ES_SCREENSHOT_DIR set, the window is saved there as sources-status.png.
    void mainWindowShowsInputs()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.eventscope"));
        const auto built = demo::ensureDemoWorkspace(db);
        QVERIFY2(built.ok, qPrintable(built.errorString));
        demo::KafkaDemoCluster cluster;
        QCOMPARE(cluster.start(1), QString());
        QCOMPARE(cluster.createTopic(QStringLiteral("app-events"), 4), QString());
        std::vector<std::string> messages;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 3000; ++i)
            messages.push_back(QStringLiteral("{\"event_type\":\"%1\",\"ts\":%2,\"user_id\":\"u%3\"}")
                                   .arg(i % 3 ? QStringLiteral("click") : QStringLiteral("page_view"))
                                   .arg(now - 600000 + i * 200)
                                   .arg(i % 97)
                                   .toStdString());
        QCOMPARE(cluster.produce(QStringLiteral("app-events"), messages), QString());

        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(db);
        QVERIFY(ready.wait(60000));
        QSignalSpy refreshed(w.dashboardPage(), &DashboardPage::refreshed);

        KafkaProfile profile;
        profile.name = QStringLiteral("app-events");
        profile.brokers = cluster.bootstraps();
        profile.topic = QStringLiteral("app-events");
        w.sourceActions()->connectKafka(profile, QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            w.sourceStatus()->kafkaText(QStringLiteral("app-events")).contains(QStringLiteral("caught up")),
            60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.sourceStatus()->commitText().startsWith(QStringLiteral("Last commit")),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000); // a commit refreshed the dashboard

        QSignalSpy imported(w.sources(), &SourceController::importFinished);
        QVERIFY(w.sourceActions()->importFiles({m_log}));
        QVERIFY(!w.sourceActions()->importAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            w.sourceStatus()->importText().contains(QStringLiteral("lines/s")) || !imported.isEmpty(), 30000);
        if (const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
            !dir.isEmpty() && imported.isEmpty())
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("sources-status.png"))));
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), 60000);
        QVERIFY(imported.first().at(1).toBool());
        QVERIFY(w.sourceActions()->importAction()->isEnabled());
        w.sources()->stopAll();
        QVERIFY(w.sources()->runningKafka().isEmpty());
    }
};

QTEST_MAIN(TstSources)
#include "tst_sources.moc"
