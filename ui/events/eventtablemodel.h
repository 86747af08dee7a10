#pragma once
// The rows of the event browser: raw events matching a filter, newest first,
// loaded page by page as the view scrolls (canFetchMore()/fetchMore()) with
// key-set cursors. Every page is searched by an EventSearchWorker on its own
// thread and appended when it arrives; answers to an older filter are
// dropped by generation. After new data was committed, refreshNewer() puts
// the newer rows on top and keeps the loaded ones.
//
// Memory is bounded: at most kMaxRows rows are kept (their line as UTF-8,
// about 100 to 200 MB for typical log lines); beyond that the model stops
// fetching and says so through isCapped().

#include "events/eventsearchworker.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QTimeZone>
#include <deque>
#include <optional>

namespace es::ui {

class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SourceColumn, TypeColumn, StatusColumn, TextColumn, ColumnCount };

    using Row = EventRecord;

    static constexpr int kPageRows = 2000;
    static constexpr int kMaxRows = 500'000;
    // Longest text a table cell shows; the detail pane has all of it.
    static constexpr int kCellChars = 240;

    // The worker lives on another thread; the model only sends it requests.
    explicit EventTableModel(EventSearchWorker *worker, QObject *parent = nullptr);

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

private:
    void request(es::EventQuery query, EventSearchWorker::Purpose purpose);
    void onPage(int generation, EventSearchWorker::Purpose purpose, const EventBatch &rows,
                const QString &nextCursor, const QString &error);

    EventSearchWorker *m_worker;
    std::deque<Row> m_rows; // grows at both ends without moving the rows it has
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
