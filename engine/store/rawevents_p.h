#pragma once
// The private part of RawEventSearch, shared by its two source files: the
// read connection, name and checkpoint caches, open line readers, and the
// key-set search loop that search() and searchKeys() both run.

#include "store/linereader.h"
#include "store/rawevents.h"
#include "store/sqlite.h"

#include <deque>
#include <functional>
#include <string>
#include <unordered_map>

namespace es {

namespace rawevents {

// Position in the newest-first order: rows are sorted by the table's key
// (ts, checkpoint, offset) descending.
using Key = EventKey;

QString encodeCursor(Key k);
std::optional<Key> decodeCursor(const QString &cursor);

struct Candidate
{
    Key key;
    std::int64_t sourceId = 0;
    std::int64_t typeId = 0;
    int status = -1;
    std::int64_t checkpointId = 0; // 0: no file reference
    std::int64_t offset = 0;
    std::int32_t length = 0;
    QByteArray bytes; // the line once read
    TextState state = TextState::Ok;
};

// Candidates of one type (or of all types), newest first, fetched by key set
// in batches; the read transaction ends after every batch.
struct Stream
{
    sql::Statement st;
    std::optional<std::int64_t> typeId;
    std::deque<Candidate> buffered;
    Key upper; // the next batch starts below this key
    bool exhausted = false;
};

} // namespace rawevents

struct RawEventSearch::Impl
{
    using Candidate = rawevents::Candidate;
    using Stream = rawevents::Stream;

    WorkspaceDb db;
    QString error;
    const std::atomic<bool> *cancel = nullptr;
    std::unordered_map<std::int64_t, QString> sourceNames;
    std::unordered_map<std::int64_t, QString> typeNames;
    struct CheckpointInfo
    {
        QString path;
        int headLen = 0;
        QString headHash;
    };
    std::unordered_map<std::int64_t, CheckpointInfo> checkpoints;
    std::unordered_map<std::int64_t, std::unique_ptr<LineReader>> readers;
    std::uint64_t useClock = 0;

    // Installs `flag` as the cancel flag of the connection and the line
    // readers; the destructor removes it and closes the files.
    class CancelScope
    {
    public:
        CancelScope(Impl *d, const std::atomic<bool> *flag);
        ~CancelScope();
        CancelScope(const CancelScope &) = delete;
        CancelScope &operator=(const CancelScope &) = delete;

    private:
        Impl *m_d;
    };

    bool cancelled() const { return cancel && cancel->load(); }
    bool loadNames();
    QString sourceName(std::int64_t id) const;
    QString typeName(std::int64_t id) const;
    // The source and status filters of a query as SQL conditions (" AND ..."),
    // names resolved to ids; nullopt when no requested source exists.
    std::optional<std::string> filterSql(const EventQuery &q, EventPageInfo &page);
    bool hasRequests();
    const CheckpointInfo &checkpoint(std::int64_t id);
    LineReader &reader(std::int64_t checkpointId);
    // Fetches the next batch of a stream. Returns false on an error.
    bool fetch(Stream &s, std::int64_t fromMs, int batch);
    // Reads the text of the first `count` candidates, grouped by file (or
    // stream) in offset order. Returns false if cancelled.
    bool resolve(std::vector<Candidate> &batch, size_t count);
    EventRow makeRow(Candidate &c, QString text);

    // One page of a search: every candidate that matches goes to `take`
    // (with its text when `withText`), at most q.limit of them, newest
    // first. Fills the page's cursor and flags. Returns false on an error.
    bool run(const EventQuery &q, const std::atomic<bool> *cancel, bool withText, EventPageInfo &page,
             const std::function<void(Candidate &, QString &&)> &take);
};

} // namespace es
