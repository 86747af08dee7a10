// The live demo, as `eventscope demo` starts it: the demo workspace opens,
// an embedded Kafka cluster (librdkafka's mock cluster on loopback) produces
// demo events, and the window consumes them like any cluster: the status bar
// names the demo cluster with its rate, and the events reach the workspace.
// Every start is a new cluster, so the next run hides the source of the last
// one (keeping its data) instead of listing a dead cluster.

#include "../support/screenshots.h"
#include "core/localization.h"
#include "ingest/sourcecatalog.h"
#include "mainwindow/mainwindow.h"
#include "sources/demokafka.h"
#include "sources/sourcecontroller.h"
#include "sources/sourcestatus.h"
#include "store/workspacedb.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ui;

namespace {

// The visible and the hidden Kafka sources of the demo cluster.
struct DemoSources
{
    std::vector<SourceInfo> visible, hidden;
};

DemoSources demoSources(const QString &path)
{
    DemoSources out;
    for (const SourceInfo &s : SourceCatalog::list(path, true).sources) {
        if (s.kind != QLatin1String("kafka") || !s.uri.startsWith(QLatin1String("kafka://mockCluster")))
            continue;
        (s.removedMs ? out.hidden : out.visible).push_back(s);
    }
    return out;
}

} // namespace

class TestDemoKafka : public QObject
{
    Q_OBJECT

    // Opens the demo workspace with the live demo on, until the demo
    // consumer has counted at least `records` events; returns them.
    QTemporaryDir m_dir;

    // `shot`: a file name to save the window as, once the events arrived.
    std::int64_t runLiveDemo(std::int64_t records, const QString &shot = {})
    {
        const QString demo = WorkspaceDb::demoPath();
        MainWindow w;
        w.resize(1280, 800);
        w.setLiveDemo(true, 200);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        QSignalSpy started(w.demoKafka(), &DemoKafka::started);
        std::int64_t counted = 0;
        bool zeroRateShown = false;
        QObject::connect(
            w.sources(), &SourceController::kafkaStatus, &w, [&](const QString &name, const KafkaStatus &s) {
                if (name != DemoKafka::consumerName())
                    return;
                counted = s.records;
                // The producer never stops, so a measured rate is never 0; a 0
                // would come from a window that began before the first message.
                zeroRateShown =
                    zeroRateShown || (s.state != KafkaStatus::State::Connecting && s.messagesPerSecond == 0);
            });
        w.openWorkspace(demo);
        if (!ready.wait(240000))
            return -1;
        if (started.isEmpty() && !started.wait(60000))
            return -2;
        // The status bar says which cluster this is, with its rate once it has
        // been measured over a second.
        auto statusText = [&w] { return w.sourceStatus()->kafkaText(DemoKafka::consumerName()); };
        QDeadlineTimer deadline(60000);
        while ((counted < records || !statusText().contains(QLatin1String("msg/s"))) &&
               !deadline.hasExpired())
            QTest::qWait(100);
        if (counted < records)
            return counted;
        if (!statusText().contains(QLatin1String("Demo cluster")) ||
            !statusText().contains(QLatin1String("msg/s")))
            return -3;
        if (zeroRateShown)
            return -5;
        if (!shot.isEmpty() && !w.grab().save(es::test::screenshotPath(m_dir, shot)))
            return -4;
        return counted;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        es::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        const QString demo = WorkspaceDb::demoPath();
        QDir().mkpath(QFileInfo(demo).absolutePath());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(demo + suffix);
    }

    void liveEventsReachTheDemoWorkspace()
    {
        const std::int64_t counted = runLiveDemo(50, QStringLiteral("live-demo.png"));
        QVERIFY2(counted >= 50, qPrintable(QString::number(counted)));
        // After the window closed, its consumer's events are in the workspace.
        const DemoSources sources = demoSources(WorkspaceDb::demoPath());
        QCOMPARE(int(sources.visible.size()), 1);
        QVERIFY(sources.hidden.empty());
        QVERIFY2(sources.visible.front().records >= counted,
                 qPrintable(QString::number(sources.visible.front().records)));
    }

    void theNextRunHidesTheLastRunsCluster()
    {
        const DemoSources before = demoSources(WorkspaceDb::demoPath());
        QCOMPARE(int(before.visible.size()), 1);
        const std::int64_t counted = runLiveDemo(20);
        QVERIFY2(counted >= 20, qPrintable(QString::number(counted)));
        const DemoSources after = demoSources(WorkspaceDb::demoPath());
        QCOMPARE(int(after.visible.size()), 1);
        QVERIFY(after.visible.front().uri != before.visible.front().uri);
        QCOMPARE(int(after.hidden.size()), 1);
        // Hidden, its data stays.
        QCOMPARE(after.hidden.front().uri, before.visible.front().uri);
        QCOMPARE(after.hidden.front().records, before.visible.front().records);
    }
};

QTEST_MAIN(TestDemoKafka)
#include "tst_demokafka.moc"
