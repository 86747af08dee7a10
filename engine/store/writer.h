#pragma once
// The workspace's single writer. It owns the only read-write connection and
// runs on its own thread. Every batch is applied in one transaction together
// with the checkpoint of the input it came from, which is what makes imports
// exactly-once: after a crash, the stored checkpoint says precisely which
// bytes are already in the rollups.

#include "aggregate/aggregate.h"
#include "core/zonebucketer.h"
#include "store/analyticssettings.h"
#include "store/retention.h"
#include "store/streamtext.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace es {

namespace sql {
class Connection;
}

struct FileCheckpoint
{
    std::int64_t id = 0; // file_checkpoints.id
    std::int64_t sourceId = 0;
    int headLen = 0;
    QString headHash;
    QString path;
    bool compressed = false;
    std::int64_t offset = 0; // decompressed bytes consumed, at a line boundary
    std::int64_t lineNo = 0; // lines consumed
    QString format;
    // IANA zone (or UTC offset) given at import for timestamps without an
    // offset; "" = the format's default (UTC).
    QString timeZone;
    QString parserState;
    std::string sessionState; // SessionFeeder::save(); empty when there is none
};

struct CommitBatch
{
    FileCheckpoint checkpoint; // state after this batch, including its session state
    Aggregate delta;
    // The last batch of an import: the sessions still open (their session
    // rows only) replace the file's provisional rows. Every other batch of the
    // file removes them, since its sessions are on the way to closing.
    bool final = false;
    Aggregate openSessions;
    // A Kafka source: the next offset of each partition of `kafkaTopic` after
    // this batch, stored in the same transaction as the aggregates.
    QString kafkaTopic;
    std::vector<std::pair<std::int32_t, std::int64_t>> kafkaOffsets;
    // A stream (Kafka, or a replay of one): the text of the lines this delta
    // covers, in blocks packed by the parse workers. When the batch has raw
    // events, the blocks are stored (stream_text), since no file holds them.
    std::vector<streamtext::Block> streamBlocks;
    size_t streamBytes = 0; // of the blocks, as packed
    void addStreamBlocks(std::vector<streamtext::Block> &&blocks)
    {
        for (streamtext::Block &b : blocks) {
            streamBytes += b.bytes.size();
            streamBlocks.push_back(std::move(b));
        }
        blocks.clear();
    }
    // Runs on the writer thread once the batch is committed.
    std::function<void()> afterCommit;
};

struct CommitInfo
{
    std::int64_t sourceId = 0;
    std::int64_t records = 0;
    std::int64_t maxTsMs = 0;
    std::int64_t committedMs = 0;
};

class Writer
{
public:
    using CommitCallback = std::function<void(const CommitInfo &)>;

    Writer();
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Opens the workspace (creating and migrating it) and starts the thread.
    bool open(const QString &path);
    void close(); // drains the queue, then stops
    QString errorString() const;
    bool hasFailed() const;
    QString path() const { return m_path; }
    const ZoneBucketer &bucketer() const { return *m_bucketer; }

    // Called on the writer thread after each successful commit.
    void setCommitCallback(CommitCallback cb);

    // Finds or creates the source row for a file and the checkpoint matching
    // its content. `headOf(n)` returns the hash of the file's first n
    // decompressed bytes (or an empty string if it is shorter).
    struct FileMatch
    {
        FileCheckpoint checkpoint;
        bool existing = false;
        QString error;
    };
    FileMatch registerFile(const QString &path, const QString &format, int headLen, const QString &headHash,
                           bool compressed, const std::function<QString(int)> &headOf);

    // Sets the site of a source (sources.site): that of its lines naming none.
    // Returns an error or "".
    QString setSourceSite(std::int64_t sourceId, const QString &site);
    // Sets the time zone a file's naive timestamps are read in
    // (file_checkpoints.time_zone). Returns an error or "".
    QString setCheckpointTimeZone(std::int64_t checkpointId, const QString &timeZone);

    // Finds or creates the source row of a stream (kind "kafka") and its
    // checkpoint row, which holds its session state and malformed samples.
    FileMatch registerStream(const QString &kind, const QString &uri, const QString &displayName,
                             const QString &format);
    // The checkpoint row `id` as registerFile() would return it (for a replay
    // into a stream's checkpoint); an error when there is none.
    FileMatch checkpoint(std::int64_t id);
    // The stored next offset of each partition of a Kafka topic of a source.
    std::map<std::int32_t, std::int64_t> kafkaOffsets(std::int64_t sourceId, const QString &topic);

    // The retention policy; setting it stores it in the workspace and removes
    // what it no longer keeps, in one transaction. Returns an error or "".
    RetentionPolicy retention();
    // The analytics settings; setting them stores them (a salted-hash
    // anonymisation gets a salt on first use). Returns an error or "".
    AnalyticsSettings analyticsSettings();
    QString setAnalyticsSettings(const AnalyticsSettings &settings);
    QString setRetention(const RetentionPolicy &policy);
    // Raw events before this time (Unix ms) are not kept; INT64_MIN when all are.
    std::int64_t rawRetentionCutoffMs() const { return m_rawCutoffMs; }
    // The newest committed event (Unix ms), INT64_MIN in an empty workspace.
    std::int64_t newestEventMs() const { return m_newestMs; }

    // Queues a batch; blocks while `maxQueued` batches are already waiting
    // (back-pressure on the parsers). Returns false if the writer has failed.
    bool submit(std::unique_ptr<CommitBatch> batch);
    // Waits until every submitted batch is committed (or the writer failed).
    bool flush();
    // Batches submitted and not yet committed.
    int pendingBatches() const;

    // Runs fn on the writer thread with the connection, and waits for it.
    template<typename Fn> auto call(Fn fn) -> decltype(fn());

    static constexpr int kMaxQueued = 2;

private:
    struct Impl;
    // The workspace connection; only on the writer thread (inside call()).
    sql::Connection &connection();
    void run();
    void post(std::function<void()> task);

    std::unique_ptr<Impl> d;
    std::unique_ptr<ZoneBucketer> m_bucketer;
    QString m_path;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::function<void()>> m_queue;
    int m_pendingBatches = 0;
    bool m_stop = false;
    bool m_failed = false;
    QString m_error;
    CommitCallback m_onCommit;
    std::atomic<std::int64_t> m_rawCutoffMs{INT64_MIN};
    std::atomic<std::int64_t> m_newestMs{INT64_MIN};
};

template<typename Fn> auto Writer::call(Fn fn) -> decltype(fn())
{
    using R = decltype(fn());
    auto task = std::make_shared<std::packaged_task<R()>>(std::move(fn));
    std::future<R> f = task->get_future();
    post([task] { (*task)(); });
    return f.get();
}

} // namespace es
