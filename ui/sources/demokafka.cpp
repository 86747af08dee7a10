#include "sources/demokafka.h"

#include "demo/kafkademo.h"
#include "demo/kafkademofeed.h"
#include "ingest/sourcecatalog.h"
#include "sources/sourcecontroller.h"

#include <QRandomGenerator>
#include <QtConcurrent>

namespace es::ui {

namespace {
const QString kTopic = QStringLiteral("events");
// The mock cluster names itself "mockCluster..." with a new id every time.
const QString kDemoUriPrefix = QStringLiteral("kafka://mockCluster");
} // namespace

DemoKafka::DemoKafka(SourceController *sources, QObject *parent) : QObject(parent), m_sources(sources)
{
    connect(&m_starting, &QFutureWatcherBase::finished, this, [this] {
        Started s = m_starting.result();
        if (!s.error.isEmpty()) {
            emit failed(s.error);
            return;
        }
        m_cluster = std::move(s.cluster);
        m_feed = std::move(s.feed);
        m_clusterName = s.clusterName;
        m_sourceUri = s.sourceUri;
        consume(m_pendingPath);
    });
}

DemoKafka::~DemoKafka()
{
    m_starting.waitForFinished();
    if (m_feed)
        m_feed->stop();
}

QString DemoKafka::consumerName()
{
    return tr("Demo cluster");
}

void DemoKafka::start(const QString &workspacePath)
{
    m_pendingPath = workspacePath;
    if (m_starting.isRunning())
        return;
    if (m_cluster) {
        consume(workspacePath);
        return;
    }
    const int rate = m_rate;
    m_starting.setFuture(QtConcurrent::run([rate] {
        Started s;
        auto cluster = std::make_shared<demo::KafkaDemoCluster>();
        s.error = cluster->start(1);
        if (s.error.isEmpty())
            s.error = cluster->createTopic(kTopic, 3);
        if (!s.error.isEmpty())
            return s;
        const QString id = cluster->clusterId();
        if (id.isEmpty()) {
            s.error = tr("The Kafka demo cluster did not answer. Open the demo workspace again to retry.");
            return s;
        }
        // Every run is a cluster of its own. Its id comes from where
        // librdkafka allocated it and may repeat an earlier run's, so the
        // run adds a random suffix: the earlier runs' sources are then
        // always told apart and hidden.
        s.clusterName = QStringLiteral("%1-%2").arg(id).arg(QRandomGenerator::global()->generate64(), 16, 16,
                                                            QLatin1Char('0'));
        s.sourceUri = QStringLiteral("kafka://%1/%2").arg(s.clusterName, kTopic);
        auto feed = std::make_shared<demo::KafkaDemoFeed>();
        demo::KafkaDemoFeedOptions o;
        o.topic = kTopic;
        o.historyEvents = 0; // the demo workspace has its history already
        o.rate = rate;
        s.error = feed->start(*cluster, o);
        if (s.error.isEmpty()) {
            s.cluster = std::move(cluster);
            s.feed = std::move(feed);
        }
        return s;
    }));
}

void DemoKafka::consume(const QString &workspacePath)
{
    if (workspacePath.isEmpty() || m_sources->workspace() != workspacePath)
        return;
    KafkaOptions o;
    o.brokers = m_cluster->bootstraps();
    o.topic = kTopic;
    o.start = KafkaOptions::Start::Earliest;
    o.clusterName = m_clusterName;
    // A demo run's source: earlier runs' clusters are gone for good, so their
    // sources are hidden (keeping their data) before this one is added.
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, workspacePath, o] {
        watcher->deleteLater();
        if (m_sources->workspace() != workspacePath)
            return;
        if (m_sources->runningKafka().contains(consumerName()) || m_sources->startKafka(consumerName(), o))
            emit started();
    });
    watcher->setFuture(QtConcurrent::run([workspacePath, current = m_sourceUri] {
        const SourceListResult list = SourceCatalog::list(workspacePath);
        for (const SourceInfo &s : list.sources) {
            if (s.kind == QLatin1String("kafka") && s.uri.startsWith(kDemoUriPrefix) && s.uri != current)
                SourceCatalog::removeSource(workspacePath, s.id, true);
        }
    }));
}

} // namespace es::ui
