#pragma once
// The rows of the event browser: raw events matching a filter, newest first,
// loaded page by page as the view scrolls (canFetchMore()/fetchMore()) with
// key-set cursors. Every page is searched by an EventSearchWorker on its own
// thread and appended when it arrives; answers to an older filter are
// dropped by generation. After new data was committed, refreshNewer() puts
// the newer rows on top and keeps the loaded ones.
//
// Memory per row is small and fixed: a row keeps only its key, its status
// and its source and type as indexes into name tables (EventKeyRecord, 32
// bytes, plus about 1 byte of the deque's blocks; a QTableView's vertical
// header adds 8 to 16 more: 45.5 bytes per loaded row were measured over
// 1,500,000 rows). Pages of keys come 20,000 at a time without reading
// any line. The text of a row is loaded when a view asks for it: the row's
// block of kBlockRows rows is loaded by a worker (one block at a time; only
// the blocks asked for most recently are kept waiting, so a fast scroll
// queues no backlog), shown through dataChanged, and kept in a cache of the
// kCacheBlocks blocks used last. Until then the cell shows a placeholder.
// At most kMaxRows rows are kept (about 450 MB with the view); beyond that
// the model stops fetching and says so through isCapped().

#include "events/eventsearchworker.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QTimeZone>
#include <deque>
#include <optional>
#include <unordered_map>

class QTimer;

namespace es::ui {

class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SourceColumn, TypeColumn, StatusColumn, TextColumn, ColumnCount };

    using Row = EventKeyRecord;

    // Keys per page without a text filter; with one every line is read, so pages are smaller.
    static constexpr int kPageRows = 20'000;
    static constexpr int kGrepPageRows = 2'000;
    // Rows a refresh after a commit adds on top; with more it starts again.
    static constexpr int kNewerRows = 10'000;
    static constexpr int kMaxRows = 10'000'000;
    static constexpr int kBlockRows = 256;
    static constexpr int kCacheBlocks = 64;
    // Blocks asked for that wait for the one being loaded; older wishes are dropped.
    static constexpr int kMaxWaitingBlocks = 6;
    // Longest text a table cell shows; the detail pane has all of it.
    static constexpr int kCellChars = EventSearchWorker::kCellChars;

    // The workers live on other threads; the model only sends them requests.
    // `texts` loads the rows' text and records (the page worker when null).
    explicit EventTableModel(EventSearchWorker *pages, EventSearchWorker *texts = nullptr,
                             QObject *parent = nullptr);
    ~EventTableModel() override;

    void setTimeZone(const QByteArray &ianaId);
    QTimeZone timeZone() const { return m_zone; }
    // Drops the rows and searches `query` from the newest event.
    void setQuery(const es::EventQuery &query);
    es::EventQuery query() const { return m_query; }
    // Adds the rows newer than the first one (the query's range may have
    // moved on); reloads when there are too many of them.
    void refreshNewer(const es::EventQuery &query);
    int generation() const { return m_generation; }

    const Row *row(int r) const;
    QString sourceName(const Row &row) const;
    QString typeName(const Row &row) const;
    // The row's whole record when its text is cached whole; else nullopt
    // (requestRecord() loads it).
    std::optional<EventRecord> cachedRecord(int r) const;
    // Loads the whole record of row r on the worker: recordLoaded().
    void requestRecord(int r);
    // The row's cell text is loaded (a view asking for it starts the load).
    bool hasText(int r) const;
    int cachedBlocks() const { return int(m_blocks.size()); }

    bool isFetching() const { return m_fetching; }
    bool isComplete() const { return m_started && m_cursor.isEmpty() && !m_fetching; }
    bool isCapped() const { return m_capped; }
    QString errorString() const { return m_error; }
    // Time in the model's zone, ISO 8601 with milliseconds.
    QString timeText(std::int64_t tsMs) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page arrived (or failed: errorString()).
    void pageLoaded();
    // Rows were put on top by refreshNewer().
    void newerRowsAdded(int count);
    // The text of rows arrived (dataChanged was emitted for them too).
    void textsLoaded();
    // The record asked for with requestRecord(); error is empty on success.
    void recordLoaded(const es::EventKey &key, const es::ui::EventRecord &record, const QString &error);

private:
    // The cached texts of the rows of one block, which starts at `first`
    // (an ordinal: rows put on top since the query started have negative ones).
    struct TextBlock
    {
        qint64 first = 0;
        std::vector<EventText> cells;
        mutable std::uint64_t lastUse = 0;
    };

    void request(es::EventQuery query, EventSearchWorker::Purpose purpose);
    void onKeys(int generation, EventSearchWorker::Purpose purpose, const EventKeyBatch &batch,
                const QString &nextCursor, const QString &error);
    void onTexts(int generation, qint64 block, const EventTextBatch &texts);
    void onRecord(int generation, const es::EventKey &key, const EventRecord &record, const QString &error);
    // Maps the page's name indexes onto the model's name tables.
    void intern(EventKeyPageData &page);
    void setGenerations();
    qint64 ordinal(int r) const { return qint64(r) - m_front; }
    static qint64 blockOf(qint64 ordinal);
    // The cached cell of row r, or nullptr after asking for its block.
    const EventText *text(int r, bool load) const;
    void loadNextBlock();

    EventSearchWorker *m_worker;
    EventSearchWorker *m_texts;
    std::deque<Row> m_rows; // grows at both ends without moving the rows it has
    qint64 m_front = 0;     // rows put on top since the query started
    QStringList m_sourceNames;
    QStringList m_typeNames;
    QHash<QString, std::uint16_t> m_sourceIndex;
    QHash<QString, std::uint16_t> m_typeIndex;
    std::unordered_map<qint64, TextBlock> m_blocks;
    mutable std::uint64_t m_useClock = 0;
    mutable std::deque<qint64> m_waiting; // newest wish last
    std::optional<qint64> m_loadingBlock;
    qint64 m_loadingFirst = 0;
    QTimer *m_textTimer;
    es::EventQuery m_query;
    QString m_cursor;
    QString m_error;
    QTimeZone m_zone = QTimeZone::utc();
    int m_generation = 0;
    bool m_started = false;
    bool m_fetching = false;
    bool m_prepending = false;
    bool m_capped = false;
    std::optional<es::EventQuery> m_pendingRefresh;
};

} // namespace es::ui
