#pragma once
// Runs raw-event searches for the event browser on a thread of its own, over
// one RawEventSearch connection: pages of keys, the text of blocks of rows,
// whole records for the detail pane, the counts by type, and the workspace's
// type and source names. Requests carry the generation of the browser's
// filter; setGeneration() (thread-safe) cancels the work of older
// generations, and requests of an older generation still queued are
// skipped, so a burst of filter changes costs one search.

#include "store/rawevents.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

namespace es::ui {

// One row of the browser's table as the model keeps it: the event's key, its
// status, and its source and type as indexes into name tables. No text:
// that is loaded for the rows on screen. 32 bytes.
struct EventKeyRecord
{
    std::int64_t tsMs = 0;
    std::int64_t checkpointId = 0;
    std::int64_t offset = 0;
    std::int16_t status = -1; // HTTP status; -1 when the record has none
    std::uint16_t source = 0; // index into the source names
    std::uint16_t type = 0;   // index into the type names
    es::EventKey key() const { return {tsMs, checkpointId, offset}; }
};

// A page of keys; source and type index the page's own name lists.
struct EventKeyPageData
{
    std::vector<EventKeyRecord> rows;
    QStringList sources;
    QStringList types;
};
// Handed from the worker to the GUI thread without copying.
using EventKeyBatch = std::shared_ptr<EventKeyPageData>;

// The text of one row as a table cell shows it.
struct EventText
{
    QString text; // at most EventSearchWorker::kCellChars characters
    QString path; // the file the line comes from (file records)
    es::TextState state = es::TextState::Ok;
    bool whole = true; // text is the whole line
};
using EventTextBatch = std::shared_ptr<std::vector<EventText>>;
using EventKeyList = std::vector<es::EventKey>;

// The whole record of one row, for the detail pane.
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

class EventSearchWorker : public QObject
{
    Q_OBJECT
public:
    // What a page is for: the next rows at the end, or rows newer than the
    // first (after new data was committed).
    enum class Purpose { Append, Prepend };
    Q_ENUM(Purpose)

    // Longest text of a table cell; the detail pane has all of it.
    static constexpr int kCellChars = 240;

    EventSearchWorker();
    ~EventSearchWorker() override;

    // Thread-safe.
    void setGeneration(int generation);

public slots:
    void open(const QString &workspacePath);
    void loadChoices();
    void fetchKeys(int generation, const es::EventQuery &query, es::ui::EventSearchWorker::Purpose purpose);
    // The cell texts of the rows of one block of the table (block is the caller's id for it).
    void loadTexts(int generation, qint64 block, const es::ui::EventKeyList &keys);
    void loadRecord(int generation, const es::EventKey &key);
    void countTypes(int generation, const es::EventQuery &query);

signals:
    void opened(const QString &error);
    void choicesReady(const QStringList &types, const QStringList &sources, const QByteArray &timeZone);
    // nextCursor is empty after the last page; error is empty on success.
    void keysReady(int generation, es::ui::EventSearchWorker::Purpose purpose,
                   const es::ui::EventKeyBatch &rows, const QString &nextCursor, const QString &error);
    // One text per key, in the order asked; null texts on an error.
    void textsReady(int generation, qint64 block, const es::ui::EventTextBatch &texts);
    void recordReady(int generation, const es::EventKey &key, const es::ui::EventRecord &record,
                     const QString &error);
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
Q_DECLARE_METATYPE(es::EventKey)
Q_DECLARE_METATYPE(es::ui::EventKeyBatch)
Q_DECLARE_METATYPE(es::ui::EventTextBatch)
Q_DECLARE_METATYPE(es::ui::EventKeyList)
Q_DECLARE_METATYPE(es::ui::EventRecord)
Q_DECLARE_METATYPE(std::vector<es::TypeCount>)
