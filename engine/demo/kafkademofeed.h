#pragma once
// The demo cluster's traffic: a week of history up to now, then live events,
// each produced when its time comes, at about `rate` events per second. Runs
// on a thread of its own until stop() or destruction; the cluster must
// outlive it. Used by `eventscope kafka-demo` and by the desktop app's demo.

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace es::demo {

class KafkaDemoCluster;

struct KafkaDemoFeedOptions
{
    QString topic = QStringLiteral("events");
    qint64 historyEvents = 20000; // over the 7 days before now; 0 for none
    int rate = 20;                // live events per second; 0 for none
};

class KafkaDemoFeed
{
public:
    KafkaDemoFeed() = default;
    ~KafkaDemoFeed();
    KafkaDemoFeed(const KafkaDemoFeed &) = delete;
    KafkaDemoFeed &operator=(const KafkaDemoFeed &) = delete;

    // Produces the history (blocking; returns an error or ""), then starts
    // the live thread.
    QString start(KafkaDemoCluster &cluster, const KafkaDemoFeedOptions &options);
    void stop();

    // Live events produced so far, and the last production error ("" if none).
    qint64 produced() const { return m_produced.load(); }
    QString lastError() const;

private:
    void run(KafkaDemoCluster &cluster, KafkaDemoFeedOptions options, qint64 startSecs);

    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_produced{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QString m_error;
};

} // namespace es::demo
