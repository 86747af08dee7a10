#include "demo/kafkademofeed.h"

#include "demo/eventgenerator.h"
#include "demo/kafkademo.h"
#include "ingest/enricher.h"

#include <QDateTime>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <pthread.h>
#include <string>
#include <vector>

namespace es::demo {

KafkaDemoFeed::~KafkaDemoFeed()
{
    stop();
}

QString KafkaDemoFeed::start(KafkaDemoCluster &cluster, const KafkaDemoFeedOptions &options)
{
    stop();
    m_stop = false;
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    if (options.historyEvents > 0) {
        GeneratorOptions go;
        go.endUtcSecs = nowSecs;
        go.days = 7;
        go.targetLines = options.historyEvents;
        EventGenerator gen(go);
        std::string text;
        while (gen.generate(text, 4 << 20)) {
            if (const QString e = cluster.produceLines(options.topic, text); !e.isEmpty())
                return e;
            text.clear();
        }
        if (!text.empty()) {
            if (const QString e = cluster.produceLines(options.topic, text); !e.isEmpty())
                return e;
        }
    }
    if (options.rate > 0)
        m_thread = std::thread([this, &cluster, options, nowSecs] { run(cluster, options, nowSecs); });
    return {};
}

void KafkaDemoFeed::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

QString KafkaDemoFeed::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void KafkaDemoFeed::run(KafkaDemoCluster &cluster, KafkaDemoFeedOptions options, qint64 startSecs)
{
    pthread_setname_np(pthread_self(), "es-demofeed");
    // A day of demo traffic from now, each event sent when its time comes.
    GeneratorOptions live;
    live.endUtcSecs = startSecs + 86400;
    live.days = 1;
    live.seed = 2;
    live.targetLines = std::max<qint64>(1, qint64(options.rate) * 86400);
    EventGenerator gen(live);
    std::string text, value;
    size_t pos = 0;
    std::vector<std::string> due;
    bool more = true;
    while (more && !m_stop) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        due.clear();
        for (;;) {
            if (pos >= text.size()) {
                text.clear();
                pos = 0;
                if (!gen.generate(text, 64 * 1024)) {
                    more = !text.empty();
                    if (!more)
                        break;
                }
            }
            const size_t nl = text.find('\n', pos);
            const std::string_view line(text.data() + pos,
                                        (nl == std::string::npos ? text.size() : nl) - pos);
            if (!jsonMemberText(line, "ts", value) || value.empty() ||
                std::strtoll(value.c_str(), nullptr, 10) > now)
                break;
            due.emplace_back(line);
            pos = nl == std::string::npos ? text.size() : nl + 1;
        }
        if (!due.empty()) {
            const QString e = cluster.produce(options.topic, due);
            if (e.isEmpty())
                m_produced += qint64(due.size());
            std::lock_guard lock(m_mutex);
            m_error = e;
        }
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_stop.load(); });
    }
}

} // namespace es::demo
