#include "events/eventtablemodel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <tuple>

namespace es::ui {

namespace {

auto keyOf(const EventTableModel::Row &r)
{
    return std::tuple(r.tsMs, r.checkpointId, r.offset);
}

} // namespace

EventTableModel::EventTableModel(EventSearchWorker *worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{
    connect(m_worker, &EventSearchWorker::pageReady, this, &EventTableModel::onPage);
}

void EventTableModel::setTimeZone(const QByteArray &ianaId)
{
    const QTimeZone zone(ianaId);
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_rows.empty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void EventTableModel::setQuery(const es::EventQuery &query)
{
    beginResetModel();
    m_rows = {};
    m_query = query;
    m_query.after.clear();
    m_cursor.clear();
    m_error.clear();
    m_capped = false;
    m_prepending = false;
    m_pendingRefresh.reset();
    m_started = true;
    m_worker->setGeneration(++m_generation);
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
    newer.limit = kPageRows * 5;
    m_prepending = true;
    QMetaObject::invokeMethod(m_worker, "fetchPage", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(es::EventQuery, newer),
                              Q_ARG(es::ui::EventSearchWorker::Purpose, EventSearchWorker::Purpose::Prepend));
}

void EventTableModel::request(es::EventQuery query, EventSearchWorker::Purpose purpose)
{
    query.limit = kPageRows;
    m_fetching = true;
    QMetaObject::invokeMethod(m_worker, "fetchPage", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(es::EventQuery, query),
                              Q_ARG(es::ui::EventSearchWorker::Purpose, purpose));
}

void EventTableModel::onPage(int generation, EventSearchWorker::Purpose purpose, const EventBatch &rows,
                             const QString &nextCursor, const QString &error)
{
    if (generation != m_generation)
        return;
    std::vector<Row> none;
    std::vector<Row> &page = rows ? *rows : none;
    if (purpose == EventSearchWorker::Purpose::Prepend) {
        m_prepending = false;
        if (!error.isEmpty())
            return; // the loaded rows stay; the next commit tries again
        if (!nextCursor.isEmpty()) {
            setQuery(m_query); // more new rows than a refresh should add
            return;
        }
        std::erase_if(page, [this](const Row &r) { return keyOf(r) <= keyOf(m_rows.front()); });
        if (!page.empty()) {
            beginInsertRows({}, 0, int(page.size()) - 1);
            m_rows.insert(m_rows.begin(), std::make_move_iterator(page.begin()),
                          std::make_move_iterator(page.end()));
            endInsertRows();
            emit newerRowsAdded(int(page.size()));
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
    const int take = std::min(room, int(page.size()));
    if (take < int(page.size()) || (take == room && !m_cursor.isEmpty())) {
        m_capped = true;
        m_cursor.clear();
    }
    if (take > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + take - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()),
                      std::make_move_iterator(page.begin() + take));
        endInsertRows();
    }
    emit pageLoaded();
    if (m_pendingRefresh) {
        const es::EventQuery pending = *m_pendingRefresh;
        m_pendingRefresh.reset();
        refreshNewer(pending);
    }
}

const EventTableModel::Row *EventTableModel::row(int r) const
{
    return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr;
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
    const bool unavailable = r->textState != es::TextState::Ok;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(r->tsMs);
        case SourceColumn:
            return r->source;
        case TypeColumn:
            return r->type;
        case StatusColumn:
            return r->status >= 0 ? QString::number(r->status) : QString();
        case TextColumn:
            return unavailable ? es::RawEventSearch::textStateText(r->textState)
                               : QString::fromUtf8(r->text.left(kCellChars * 4)).left(kCellChars);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && unavailable)
            return r->path;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == TextColumn && unavailable)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (index.column() == TextColumn && unavailable) {
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
