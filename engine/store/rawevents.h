#pragma once
// Search over the raw events of a workspace (table raw_events), newest first.
//
// File records are not stored as text: a row points into its file
// (checkpoint, byte offset of the line in the decompressed file, length). The
// search reads the line back from the file, after checking that the file
// still has the content that was imported (the SHA-1 of its first head_len
// decompressed bytes, and a line break on both sides of the line). A file
// that moved or changed gives rows whose text is unavailable, never the text
// of another line. Kafka records point the same way into their topic's text,
// which the workspace stores (table stream_text).
//
// Paging is by key set: rows are ordered by (ts_ms DESC, checkpoint_id DESC, offset DESC), and every
// page hands out an opaque cursor that the next query passes as `after`.
// Pages are stable with equal timestamps and while an import adds rows.
//
// For views over millions of rows, searchKeys() hands out pages of keys
// (with source, type and status) without reading any line text when there is
// no grep filter, and loadRows() reads the text of the keys a view shows.
//
// The free-text filter (grep) works on the line text, so candidates are read
// in growing batches until `limit` rows matched. After `maxScanned`
// candidates the search stops and says so (partial), with a cursor that
// continues behind the last candidate examined. Memory is bounded by the
// batch size, never by the size of the workspace.

#include "store/workspacedb.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace es {

struct EventQuery
{
    // Event type names; empty = every row. Requests of access logs have no
    // event type and are asked for with the name "request"
    // (RawEventSearch::requestType()); it also matches events whose type is
    // literally "request", since they are shown under the same name.
    QStringList types;
    std::optional<std::int64_t> fromMs; // inclusive, Unix milliseconds
    std::optional<std::int64_t> toMs;   // exclusive
    QString grep;                       // case-insensitive substring of the text; empty = no filter
    QStringList sources;                // display names of sources; empty = every source
    // HTTP statuses (StatusFilter, store/raweventfilter.h): 100 to 599 a code,
    // 1 to 5 a class (1 = 1xx), 0 events without a status; empty = every row.
    QList<int> statuses;
    int limit = 100;                   // at least 1
    QString after;                     // cursor of the previous page; empty = start at the newest
    std::int64_t maxScanned = 1000000; // candidates examined before the search gives up
};

// A raw event's place in raw_events (its primary key) and in the newest-first order.
struct EventKey
{
    std::int64_t tsMs = 0;
    std::int64_t checkpointId = 0;
    std::int64_t offset = 0;
    auto operator<=>(const EventKey &) const = default;
};

enum class TextState {
    Ok,
    FileMissing, // the file cannot be found at its recorded path
    FileChanged, // the file no longer has the imported content at that place
    ReadError,   // the file exists but cannot be read or decompressed
    NotStored,   // the row has no file reference, or its stream text is no longer stored
};

struct EventRow
{
    std::int64_t tsMs = 0;
    std::int64_t checkpointId = 0; // with offset, the row's key in raw_events
    std::int64_t offset = 0;       // byte offset of the line in the decompressed file
    QString source;                // display name of the source
    QString type;                  // event type, or "request"
    int status = -1;               // HTTP status; -1 when the record has none
    QString text;                  // the line without its line break; empty unless textState is Ok
    TextState textState = TextState::Ok;
    QString path; // the file the line comes from (file records)
};

// A row of a key page: what a table shows of an event without its text.
struct EventKeyRow
{
    EventKey key;
    std::int64_t sourceId = 0; // RawEventSearch::sourceName() gives its display name
    std::int64_t typeId = 0;   // 0 for requests; RawEventSearch::typeName() gives its name
    int status = -1;
};

// What a page says besides its rows.
struct EventPageInfo
{
    // Pass as EventQuery::after for the next page; empty when no more rows exist.
    QString nextCursor;
    // The search stopped after maxScanned candidates before the page was
    // full; nextCursor continues behind the last candidate examined.
    bool partial = false;
    bool cancelled = false;
    std::int64_t scanned = 0; // candidates examined
    // Candidates the grep filter could not look at because their text was unavailable.
    std::int64_t unsearchable = 0;
    // Requested type names that no event in the workspace has.
    QStringList unknownTypes;
    // Requested source names that the workspace does not have.
    QStringList unknownSources;
};

struct EventPage : EventPageInfo
{
    std::vector<EventRow> rows;
};

struct EventKeyPage : EventPageInfo
{
    std::vector<EventKeyRow> rows;
};

// How many raw events of one type match a query.
struct TypeCount
{
    QString type;
    std::int64_t count = 0;
    friend bool operator==(const TypeCount &, const TypeCount &) = default;
};

class RawEventSearch
{
    Q_DECLARE_TR_FUNCTIONS(es::RawEventSearch)
public:
    RawEventSearch();
    ~RawEventSearch();
    RawEventSearch(const RawEventSearch &) = delete;
    RawEventSearch &operator=(const RawEventSearch &) = delete;

    // Opens the workspace read-only on a connection of its own.
    bool open(const QString &workspacePath);
    void close();
    QString errorString() const;

    // IANA id of the workspace time zone ("UTC" when unset or unknown).
    QByteArray timeZoneId();
    // Every type name that occurs, sorted; "request" when there are requests.
    QStringList eventTypes();

    // Display names of the workspace's sources, sorted.
    QStringList sourceNames();

    // Events per type that match every filter of `query` (its limit, cursor
    // and maxScanned are ignored), most frequent first. Without grep this is
    // one GROUP BY over raw_events; with grep every candidate's text is read,
    // page by page. Returns nullopt on an error or when cancelled.
    std::optional<std::vector<TypeCount>> countByType(const EventQuery &query,
                                                      const std::atomic<bool> *cancel = nullptr);

    // Runs one page of a search. Returns nullopt on an error (errorString()).
    // `cancel` may be set from another thread; the page then comes back with
    // `cancelled` set and the rows found so far.
    std::optional<EventPage> search(const EventQuery &query, const std::atomic<bool> *cancel = nullptr);

    // The same page as search() gives, as keys only: the rows, cursors and
    // flags are those of search() for the same query. Without grep no line
    // text is read, so a page of 20,000 keys costs one index range scan.
    std::optional<EventKeyPage> searchKeys(const EventQuery &query,
                                           const std::atomic<bool> *cancel = nullptr);

    // The rows with these keys, in the same order, as search() gives them
    // (text, text state, path, source, type, status). A key that no longer
    // exists (removed by retention or a rebuild) gives a row with empty
    // source and type and TextState::NotStored. Returns nullopt on an error
    // or when cancelled.
    std::optional<std::vector<EventRow>> loadRows(const std::vector<EventKey> &keys,
                                                  const std::atomic<bool> *cancel = nullptr);

    // Names of the ids of key rows, as of the last searchKeys() or loadRows().
    QString sourceName(std::int64_t sourceId) const;
    QString typeName(std::int64_t typeId) const;

    // The type name under which requests are shown and filtered.
    static QString requestType() { return QStringLiteral("request"); }
    // True if `cursor` is empty or a cursor produced by search().
    static bool isValidCursor(const QString &cursor);
    // Translated explanation of why a row's text is unavailable.
    static QString textStateText(TextState state);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace es
