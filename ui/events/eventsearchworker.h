#pragma once
// Runs raw-event searches for the event browser on a thread of its own, over
// one RawEventSearch connection: pages of rows, the counts by type, and the
// workspace's type and source names. Requests carry the generation of the
// browser's filter; setGeneration() (thread-safe) cancels the work of older
// generations, and requests of an older generation still queued are
// skipped, so a burst of filter changes costs one search.

#include "store/rawevents.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

namespace es::ui {

// One row of the browser, made on the worker so the GUI thread only moves
// it into place.
struct EventRecord
{
    std::int64_t tsMs = 0;
    std::int64_t checkpointId = 0;
    std::int64_t offset = 0;
    int status = -1;
    es::TextState textState = es::TextState::Ok;
    QString source;
    QString type;
    QString path;
    QByteArray text; // UTF-8
};

// A page of rows handed from the worker to the GUI thread without copying.
using EventBatch = std::shared_ptr<std::vector<EventRecord>>;

class EventSearchWorker : public QObject
{
    Q_OBJECT
public:
    // What a page is for: the next rows at the end, or rows newer than the
    // first (after new data was committed).
    enum class Purpose { Append, Prepend };
    Q_ENUM(Purpose)

    EventSearchWorker();
    ~EventSearchWorker() override;

    // Thread-safe.
    void setGeneration(int generation);

public slots:
    void open(const QString &workspacePath);
    void loadChoices();
    void fetchPage(int generation, const es::EventQuery &query, es::ui::EventSearchWorker::Purpose purpose);
    void countTypes(int generation, const es::EventQuery &query);

signals:
    void opened(const QString &error);
    void choicesReady(const QStringList &types, const QStringList &sources, const QByteArray &timeZone);
    // nextCursor is empty after the last page; error is empty on success.
    void pageReady(int generation, es::ui::EventSearchWorker::Purpose purpose, const es::ui::EventBatch &rows,
                   const QString &nextCursor, const QString &error);
    void countsReady(int generation, const std::vector<es::TypeCount> &counts, const QString &error);

private:
    // False if the generation is stale; else clears the cancel flag for it.
    bool begin(int generation);

    es::RawEventSearch m_search;
    bool m_open = false;
    std::atomic<int> m_generation{0};
    std::atomic<bool> m_cancel{false};
};

} // namespace es::ui

Q_DECLARE_METATYPE(es::EventQuery)
Q_DECLARE_METATYPE(es::ui::EventBatch)
Q_DECLARE_METATYPE(std::vector<es::TypeCount>)
