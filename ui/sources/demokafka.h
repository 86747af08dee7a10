#pragma once
// The desktop app's live demo: an embedded Kafka cluster (librdkafka's mock
// cluster on loopback) with a producer of demo events, consumed into the demo
// workspace like any real cluster, so that the Live dashboard moves with
// nothing installed. The consumer runs under the name "Demo cluster", which
// the status bar shows with its rate and lag.
//
// Each start is a new cluster with a new identity, so the demo sources of
// earlier runs are hidden first (their data stays). Starting the cluster and
// hiding them run off the GUI thread.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace es::demo {
class KafkaDemoCluster;
class KafkaDemoFeed;
} // namespace es::demo

namespace es::ui {

class SourceController;

class DemoKafka : public QObject
{
    Q_OBJECT
public:
    DemoKafka(SourceController *sources, QObject *parent = nullptr);
    ~DemoKafka() override; // stops the producer; the cluster goes last

    // Live events per second (default 20).
    void setRate(int eventsPerSecond) { m_rate = eventsPerSecond; }
    // Starts the cluster (once) and consumes it into `workspacePath`, which
    // the source controller must be writing to.
    void start(const QString &workspacePath);
    bool isRunning() const { return m_cluster != nullptr; }
    // The consumer's name in the source controller and the status bar.
    static QString consumerName();

signals:
    // The demo could not start: what went wrong.
    void failed(const QString &error);
    // The consumer was asked to start.
    void started();

private:
    struct Started
    {
        QString error;
        QString clusterName; // the run's: the mock cluster's id and a random suffix
        QString sourceUri;   // what the consumer will name the source
        std::shared_ptr<demo::KafkaDemoCluster> cluster;
        std::shared_ptr<demo::KafkaDemoFeed> feed;
    };
    void consume(const QString &workspacePath);

    SourceController *m_sources;
    int m_rate = 20;
    std::shared_ptr<demo::KafkaDemoCluster> m_cluster;
    std::shared_ptr<demo::KafkaDemoFeed> m_feed;
    QString m_clusterName;
    QString m_sourceUri;
    QFutureWatcher<Started> m_starting;
    QString m_pendingPath;
};

} // namespace es::ui
