// View → Sources: the workspace's files and Kafka topics with exact event
// counts, live state and lag per partition; pausing and resuming a consumer;
// removing a source keeping its data (hidden, numbers unchanged) and with its
// data (a rebuild from the other sources, the workspace closed meanwhile and
// opened again). With ES_SCREENSHOT_DIR set, the panel on the demo workspace
// is saved as sources-panel.png.

#include "../support/screenshots.h"
#include "demo/accessloggenerator.h"
#include "demo/demoworkspace.h"
#include "demo/kafkademo.h"
#include "mainwindow/mainwindow.h"
#include "sources/kafkaprofile.h"
#include "sources/rebuilddialog.h"
#include "sources/sourceactions.h"
#include "sources/sourcecontroller.h"
#include "sources/sourcesmodel.h"
#include "sources/sourcespanel.h"
#include "store/readonlysql.h"
#include "store/workspacedb.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ui;

namespace {

qint64 scalar(const QString &db, const QString &query)
{
    ReadOnlySql sql;
    qint64 v = -1;
    if (sql.open(db))
        sql.run(query, nullptr, [&](const QVariantList &r) {
            v = r[0].toLongLong();
            return false;
        });
    return v;
}

qint64 writeLog(const QString &path, quint64 seed, qint64 lines)
{
    demo::GeneratorOptions o;
    o.seed = seed;
    o.targetLines = lines;
    o.days = 3;
    demo::AccessLogGenerator gen(o);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    std::string text;
    while (gen.generate(text, 1 << 20)) {
        f.write(text.data(), qint64(text.size()));
        text.clear();
    }
    f.write(text.data(), qint64(text.size()));
    return gen.linesWritten();
}

int rowNamed(const SourcesModel *m, const QString &name)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, SourcesModel::Name).data().toString() == name)
            return r;
    return -1;
}

} // namespace

class TestSourcesPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void filesKafkaPauseRemove()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.log"));
        const QString b = m_dir.filePath(QStringLiteral("b.log"));
        const qint64 linesA = writeLog(a, 11, 20000);
        const qint64 linesB = writeLog(b, 12, 15000);
        QVERIFY(linesA > 0 && linesB > 0);
        demo::KafkaDemoCluster cluster;
        QCOMPARE(cluster.start(1), QString());
        QCOMPARE(cluster.createTopic(QStringLiteral("clicks"), 3), QString());
        // Recent, so that raw-event retention keeps them for the rebuild.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<std::string> messages;
        for (int i = 0; i < 3000; ++i)
            messages.push_back(QStringLiteral("{\"event_type\":\"click\",\"ts\":%1}")
                                   .arg(now - 3600000 + i * 1000)
                                   .toStdString());
        QCOMPARE(cluster.produce(QStringLiteral("clicks"), messages), QString());

        const QString db = m_dir.filePath(QStringLiteral("panel.eventscope"));
        MainWindow w;
        w.resize(1300, 850);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(db);
        QVERIFY(ready.wait(60000));
        SourcesPanel *panel = w.sourcesPanel();
        SourcesModel *model = panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAction *toggle = w.sourcesDock()->toggleViewAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        toggle->trigger();
        QVERIFY(w.sourcesDock()->isVisible());

        QSignalSpy imported(w.sources(), &SourceController::importFinished);
        QVERIFY(w.sources()->importFiles({a, b}));
        QVERIFY(imported.wait(120000));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        const int rowA = rowNamed(model, QStringLiteral("a.log"));
        const int rowB = rowNamed(model, QStringLiteral("b.log"));
        QVERIFY(rowA >= 0 && rowB >= 0);
        QCOMPARE(model->index(rowA, SourcesModel::Events).data(Qt::EditRole).toLongLong(), linesA);
        QCOMPARE(model->index(rowB, SourcesModel::Events).data(Qt::EditRole).toLongLong(), linesB);
        QCOMPARE(model->index(rowA, SourcesModel::Type).data().toString(), QStringLiteral("File"));
        QCOMPARE(model->index(rowA, SourcesModel::State).data().toString(), QStringLiteral("Imported"));
        QVERIFY(model->index(rowA, SourcesModel::LastCheckpoint).data(Qt::EditRole).toLongLong() > 0);
        const std::int64_t idA = model->row(rowA)->info.id;
        const std::int64_t idB = model->row(rowB)->info.id;

        // A consumer: its row shows the state and the lag of each partition.
        KafkaProfile profile;
        profile.name = QStringLiteral("clicks");
        profile.brokers = cluster.bootstraps();
        profile.topic = QStringLiteral("clicks");
        saveKafkaProfiles({profile});
        w.sourceActions()->connectKafka(profile, QString());
        auto kafkaRow = [&] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->row(r)->consumer == QStringLiteral("clicks"))
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            kafkaRow() >= 0 && model->row(kafkaRow())->state == SourcesModel::RowState::CaughtUp &&
                model->row(kafkaRow())->info.id > 0 && model->row(kafkaRow())->info.records == 3000,
            60000);
        int k = kafkaRow();
        QCOMPARE(model->index(k, SourcesModel::Type).data().toString(), QStringLiteral("Kafka topic"));
        QCOMPARE(model->index(k, SourcesModel::State).data().toString(), QStringLiteral("Caught up"));
        QCOMPARE(model->index(k, SourcesModel::Lag).data().toString(), QStringLiteral("0"));
        QCOMPARE(int(model->row(k)->partitionLag.size()), 3);
        for (const auto &[p, lag] : model->row(k)->partitionLag)
            QCOMPARE(lag, 0);
        panel->selectRow(k);
        QVERIFY2(
            panel->detailLabel()->text().contains(QStringLiteral("Lag per partition: #0: 0, #1: 0, #2: 0")),
            qPrintable(panel->detailLabel()->text()));
        QVERIFY(panel->pauseAction()->isEnabled());
        QVERIFY(!panel->removeAction()->isEnabled()); // not while it runs

        // Pause stops the consumer and keeps what it read; Resume goes on.
        QSignalSpy kafkaDone(w.sources(), &SourceController::kafkaFinished);
        panel->pause();
        QVERIFY(kafkaDone.wait(30000));
        QTRY_COMPARE(model->index(kafkaRow(), SourcesModel::State).data().toString(),
                     QStringLiteral("Paused"));
        QVERIFY(w.sources()->runningKafka().isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(next_offset) FROM kafka_offsets")), 3000);
        panel->selectRow(kafkaRow());
        QVERIFY(panel->resumeAction()->isEnabled());
        messages.assign(300, QStringLiteral("{\"event_type\":\"click\",\"ts\":%1}").arg(now).toStdString());
        QCOMPARE(cluster.produce(QStringLiteral("clicks"), messages), QString());
        panel->resume();
        QCOMPARE(w.sources()->runningKafka(), QStringList{QStringLiteral("clicks")});
        QTRY_VERIFY_WITH_TIMEOUT(kafkaRow() >= 0 && model->row(kafkaRow())->info.records == 3300, 60000);
        kafkaDone.clear();
        w.sources()->stopKafka(QStringLiteral("clicks"));
        QVERIFY(kafkaDone.wait(30000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(next_offset) FROM kafka_offsets")), 3300);
        const qint64 total = linesA + linesB + 3300;
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(hits) FROM traffic_by_day")), total);

        // Keeping the data: the source leaves the list, the numbers stay.
        QSignalSpy loaded(panel, &SourcesPanel::loaded);
        panel->removeSource(idB, true);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfSource(idB) < 0 && model->rowOfSource(idA) >= 0, 20000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(hits) FROM traffic_by_day")), total);

        // With its data: the rebuild dialog plans, runs with progress, and the
        // workspace comes back without the source's lines.
        panel->removeSource(idA, false);
        RebuildDialog *dialog = panel->rebuildDialog();
        QVERIFY(dialog);
        QSignalSpy planned(dialog, &RebuildDialog::planned);
        QVERIFY(planned.wait(30000));
        QVERIFY2(dialog->plan().runnable, qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->startButton()->isEnabled());
        QCOMPARE(dialog->planModel()->rowCount(), int(dialog->plan().sources.size()));
        int dropped = 0;
        for (const RebuildSourcePlan &p : dialog->plan().sources)
            dropped += p.id == idA && p.action == RebuildSourcePlan::Action::Drop;
        QCOMPARE(dropped, 1);
        QSignalSpy rebuilt(dialog, &RebuildDialog::finished);
        ready.clear();
        dialog->start();
        QVERIFY(rebuilt.wait(120000));
        const auto result = rebuilt.first().at(0).value<RebuildResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(dialog->progressBar()->value(), 1000);
        QVERIFY(ready.wait(60000)); // opened again
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(hits) FROM traffic_by_day")), linesB + 3300);
        dialog->close();
    }

    void screenshotOnTheDemo()
    {
        const QString demoDb = WorkspaceDb::demoPath();
        QDir().mkpath(QFileInfo(demoDb).absolutePath());
        QFile::remove(demoDb);
        demo::KafkaDemoCluster cluster;
        QCOMPARE(cluster.start(1), QString());
        QCOMPARE(cluster.createTopic(QStringLiteral("app-events"), 4), QString());
        std::vector<std::string> messages;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 4000; ++i)
            messages.push_back(QStringLiteral("{\"event_type\":\"%1\",\"ts\":%2,\"user_id\":\"u%3\"}")
                                   .arg(i % 3 ? QStringLiteral("click") : QStringLiteral("page_view"))
                                   .arg(now - 600000 + i * 150)
                                   .arg(i % 97)
                                   .toStdString());
        QCOMPARE(cluster.produce(QStringLiteral("app-events"), messages), QString());

        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(demoDb);
        QVERIFY(ready.wait(240000));
        w.sourcesDock()->show();
        SourcesModel *model = w.sourcesPanel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        KafkaProfile profile;
        profile.name = QStringLiteral("app-events");
        profile.brokers = cluster.bootstraps();
        profile.topic = QStringLiteral("app-events");
        w.sourceActions()->connectKafka(profile, QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < model->rowCount(); ++r)
                    if (model->row(r)->consumer == QStringLiteral("app-events") &&
                        model->row(r)->info.id > 0 &&
                        model->row(r)->state == SourcesModel::RowState::CaughtUp) {
                        w.sourcesPanel()->selectRow(r);
                        return true;
                    }
                return false;
            }(),
            60000);
        w.resizeDocks({w.sourcesDock()}, {300}, Qt::Vertical);
        QVERIFY(w.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("sources-panel.png"))));
        w.sources()->stopAll();
    }
};

QTEST_MAIN(TestSourcesPanel)
#include "tst_sourcespanel.moc"
