#include "events/eventtablemodel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>
#include <algorithm>

namespace es::ui {

namespace {

// Index for a name beyond the 65,535 a table holds: shown as unknown.
constexpr std::uint16_t kNoName = 0xFFFF;

std::uint16_t internName(const QString &name, QStringList &names, QHash<QString, std::uint16_t> &index)
{
    const auto it = index.constFind(name);
    if (it != index.constEnd())
        return *it;
    if (names.size() >= kNoName)
        return kNoName;
    const auto at = std::uint16_t(names.size());
    names << name;
    index.insert(name, at);
    return at;
}

} // namespace

EventTableModel::EventTableModel(EventSearchWorker *pages, EventSearchWorker *texts, QObject *parent)
    : QAbstractTableModel(parent), m_worker(pages), m_texts(texts ? texts : pages),
      m_textTimer(new QTimer(this))
{
    connect(m_worker, &EventSearchWorker::keysReady, this, &EventTableModel::onKeys);
    connect(m_texts, &EventSearchWorker::textsReady, this, &EventTableModel::onTexts);
    connect(m_texts, &EventSearchWorker::recordReady, this, &EventTableModel::onRecord);
    // Blocks are asked for while the view paints; they are sent after it.
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(0);
    connect(m_textTimer, &QTimer::timeout, this, &EventTableModel::loadNextBlock);
}

EventTableModel::~EventTableModel() = default;

void EventTableModel::setTimeZone(const QByteArray &ianaId)
{
    const QTimeZone zone(ianaId);
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_rows.empty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void EventTableModel::setGenerations()
{
    m_worker->setGeneration(++m_generation);
    if (m_texts != m_worker)
        m_texts->setGeneration(m_generation);
}

void EventTableModel::setQuery(const es::EventQuery &query)
{
    beginResetModel();
    m_rows = {};
    m_front = 0;
    m_blocks.clear();
    m_waiting.clear();
    m_loadingBlock.reset();
    m_query = query;
    m_query.after.clear();
    m_cursor.clear();
    m_error.clear();
    m_capped = false;
    m_prepending = false;
    m_pendingRefresh.reset();
    m_started = true;
    setGenerations();
    endResetModel();
    request(m_query, EventSearchWorker::Purpose::Append);
}

void EventTableModel::refreshNewer(const es::EventQuery &query)
{
    if (m_prepending)
        return; // the rows on their way are fresh enough
    if (m_fetching) {
        m_pendingRefresh = query; // after the page on its way
        return;
    }
    if (m_rows.empty()) {
        setQuery(query);
        return;
    }
    m_query = query;
    m_query.after.clear();
    es::EventQuery newer = m_query;
    newer.fromMs = std::max(query.fromMs.value_or(m_rows.front().tsMs), m_rows.front().tsMs);
    newer.limit = kNewerRows;
    m_prepending = true;
    QMetaObject::invokeMethod(m_worker, "fetchKeys", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(es::EventQuery, newer),
                              Q_ARG(es::ui::EventSearchWorker::Purpose, EventSearchWorker::Purpose::Prepend));
}

void EventTableModel::request(es::EventQuery query, EventSearchWorker::Purpose purpose)
{
    query.limit = query.grep.isEmpty() ? kPageRows : kGrepPageRows;
    m_fetching = true;
    QMetaObject::invokeMethod(m_worker, "fetchKeys", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(es::EventQuery, query),
                              Q_ARG(es::ui::EventSearchWorker::Purpose, purpose));
}

void EventTableModel::intern(EventKeyPageData &page)
{
    std::vector<std::uint16_t> sources;
    std::vector<std::uint16_t> types;
    for (const QString &name : std::as_const(page.sources))
        sources.push_back(internName(name, m_sourceNames, m_sourceIndex));
    for (const QString &name : std::as_const(page.types))
        types.push_back(internName(name, m_typeNames, m_typeIndex));
    for (Row &r : page.rows) {
        r.source = r.source < sources.size() ? sources[r.source] : kNoName;
        r.type = r.type < types.size() ? types[r.type] : kNoName;
    }
}

void EventTableModel::onKeys(int generation, EventSearchWorker::Purpose purpose, const EventKeyBatch &batch,
                             const QString &nextCursor, const QString &error)
{
    if (generation != m_generation)
        return;
    EventKeyPageData none;
    EventKeyPageData &page = batch ? *batch : none;
    intern(page);
    std::vector<Row> &rows = page.rows;
    if (purpose == EventSearchWorker::Purpose::Prepend) {
        m_prepending = false;
        if (!error.isEmpty())
            return; // the loaded rows stay; the next commit tries again
        if (!nextCursor.isEmpty()) {
            setQuery(m_query); // more new rows than a refresh should add
            return;
        }
        const es::EventKey top = m_rows.front().key();
        std::erase_if(rows, [&top](const Row &r) { return r.key() <= top; });
        if (!rows.empty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows.insert(m_rows.begin(), rows.begin(), rows.end());
            m_front += qint64(rows.size());
            endInsertRows();
            emit newerRowsAdded(int(rows.size()));
        }
        return;
    }
    m_fetching = false;
    m_error = error;
    if (!error.isEmpty()) {
        m_cursor.clear();
        m_pendingRefresh.reset();
        emit pageLoaded();
        return;
    }
    m_cursor = nextCursor;
    const int room = kMaxRows - int(m_rows.size());
    const int take = std::min(room, int(rows.size()));
    if (take < int(rows.size()) || (take == room && !m_cursor.isEmpty())) {
        m_capped = true;
        m_cursor.clear();
    }
    if (take > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + take - 1);
        m_rows.insert(m_rows.end(), rows.begin(), rows.begin() + take);
        endInsertRows();
    }
    emit pageLoaded();
    if (m_pendingRefresh) {
        const es::EventQuery pending = *m_pendingRefresh;
        m_pendingRefresh.reset();
        refreshNewer(pending);
    }
}

qint64 EventTableModel::blockOf(qint64 ordinal)
{
    return ordinal >= 0 ? ordinal / kBlockRows : -((-ordinal + kBlockRows - 1) / kBlockRows);
}

const EventText *EventTableModel::text(int r, bool load) const
{
    if (r < 0 || r >= int(m_rows.size()))
        return nullptr;
    const qint64 o = ordinal(r);
    const qint64 block = blockOf(o);
    const auto it = m_blocks.find(block);
    if (it != m_blocks.end()) {
        const qint64 at = o - it->second.first;
        if (at >= 0 && at < qint64(it->second.cells.size())) {
            it->second.lastUse = ++m_useClock;
            return &it->second.cells[size_t(at)];
        }
    }
    // The block is missing, or rows joined it after it was loaded.
    if (load && m_loadingBlock != block) {
        std::erase(m_waiting, block);
        m_waiting.push_back(block);
        while (m_waiting.size() > size_t(kMaxWaitingBlocks))
            m_waiting.pop_front(); // scrolled past: nobody looks at it any more
        if (!m_loadingBlock && !m_textTimer->isActive())
            m_textTimer->start();
    }
    return nullptr;
}

void EventTableModel::loadNextBlock()
{
    if (m_loadingBlock || m_waiting.empty())
        return;
    const qint64 block = m_waiting.back(); // the newest wish is what the view shows now
    m_waiting.pop_back();
    const qint64 first = std::max(block * kBlockRows, -m_front);
    const qint64 end = std::min((block + 1) * kBlockRows, qint64(m_rows.size()) - m_front);
    if (first >= end) {
        loadNextBlock();
        return;
    }
    EventKeyList keys;
    keys.reserve(size_t(end - first));
    for (qint64 o = first; o < end; ++o)
        keys.push_back(m_rows[size_t(o + m_front)].key());
    m_loadingBlock = block;
    m_loadingFirst = first;
    QMetaObject::invokeMethod(m_texts, "loadTexts", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(qint64, block), Q_ARG(es::ui::EventKeyList, keys));
}

void EventTableModel::onTexts(int generation, qint64 block, const EventTextBatch &texts)
{
    if (generation != m_generation || m_loadingBlock != block || !texts)
        return;
    m_loadingBlock.reset();
    const qint64 first = m_loadingFirst;
    const qint64 count = qint64(texts->size());
    if (m_blocks.size() >= size_t(kCacheBlocks) && !m_blocks.contains(block)) {
        const auto oldest =
            std::min_element(m_blocks.begin(), m_blocks.end(), [](const auto &a, const auto &b) {
                return a.second.lastUse < b.second.lastUse;
            });
        m_blocks.erase(oldest);
    }
    TextBlock &b = m_blocks[block];
    b.first = first;
    b.cells = std::move(*texts);
    b.lastUse = ++m_useClock;
    std::erase(m_waiting, block);
    const int top = int(first + m_front);
    if (count > 0)
        emit dataChanged(index(top, TextColumn), index(top + int(count) - 1, TextColumn));
    emit textsLoaded();
    if (!m_waiting.empty())
        m_textTimer->start();
}

bool EventTableModel::hasText(int r) const
{
    return text(r, false) != nullptr;
}

std::optional<EventRecord> EventTableModel::cachedRecord(int r) const
{
    const Row *k = row(r);
    const EventText *t = text(r, false);
    if (!k || !t || !t->whole)
        return std::nullopt;
    return EventRecord{k->tsMs,        k->checkpointId, k->offset, k->status,       t->state,
                       sourceName(*k), typeName(*k),    t->path,   t->text.toUtf8()};
}

void EventTableModel::requestRecord(int r)
{
    if (const Row *k = row(r))
        QMetaObject::invokeMethod(m_texts, "loadRecord", Qt::QueuedConnection, Q_ARG(int, m_generation),
                                  Q_ARG(es::EventKey, k->key()));
}

void EventTableModel::onRecord(int generation, const es::EventKey &key, const EventRecord &record,
                               const QString &error)
{
    if (generation == m_generation)
        emit recordLoaded(key, record, error);
}

const EventTableModel::Row *EventTableModel::row(int r) const
{
    return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr;
}

QString EventTableModel::sourceName(const Row &row) const
{
    return row.source < m_sourceNames.size() ? m_sourceNames[row.source] : QString();
}

QString EventTableModel::typeName(const Row &row) const
{
    return row.type < m_typeNames.size() ? m_typeNames[row.type] : QString();
}

QString EventTableModel::timeText(std::int64_t tsMs) const
{
    return QDateTime::fromMSecsSinceEpoch(tsMs, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const bool textCell = index.column() == TextColumn;
    const EventText *t = textCell && (role == Qt::DisplayRole || role == Qt::ToolTipRole ||
                                      role == Qt::ForegroundRole || role == Qt::FontRole)
                             ? text(index.row(), true)
                             : nullptr;
    // Not loaded yet, or the line cannot be read: shown in the placeholder colour.
    const bool dim = textCell && (!t || t->state != es::TextState::Ok);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(r->tsMs);
        case SourceColumn:
            return sourceName(*r);
        case TypeColumn:
            return typeName(*r);
        case StatusColumn:
            return r->status >= 0 ? QString::number(r->status) : QString();
        case TextColumn:
            if (!t)
                return QStringLiteral("…");
            return t->state != es::TextState::Ok ? es::RawEventSearch::textStateText(t->state) : t->text;
        }
        break;
    case Qt::ToolTipRole:
        if (t && t->state != es::TextState::Ok)
            return t->path;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (dim)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (dim && t) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(QString::fromLatin1(m_zone.id()));
    case SourceColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case TextColumn:
        return tr("Event");
    }
    return {};
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_fetching && !m_cursor.isEmpty();
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    es::EventQuery next = m_query;
    next.after = m_cursor;
    request(next, EventSearchWorker::Purpose::Append);
}

} // namespace es::ui
