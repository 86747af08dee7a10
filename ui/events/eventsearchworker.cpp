#include "events/eventsearchworker.h"

namespace es::ui {

EventSearchWorker::EventSearchWorker()
{
    qRegisterMetaType<es::EventQuery>();
    qRegisterMetaType<es::ui::EventBatch>();
    qRegisterMetaType<std::vector<es::TypeCount>>();
    qRegisterMetaType<es::ui::EventSearchWorker::Purpose>();
}

EventSearchWorker::~EventSearchWorker() = default;

void EventSearchWorker::setGeneration(int generation)
{
    m_generation.store(generation);
    m_cancel.store(true);
}

bool EventSearchWorker::begin(int generation)
{
    if (generation != m_generation.load())
        return false;
    m_cancel.store(false);
    // A change between the check and the reset would otherwise be missed.
    return generation == m_generation.load();
}

void EventSearchWorker::open(const QString &workspacePath)
{
    // An empty path only closes: the workspace may be rebuilt meanwhile.
    if (workspacePath.isEmpty()) {
        m_search.close();
        m_open = false;
        return;
    }
    m_open = m_search.open(workspacePath);
    emit opened(m_open ? QString() : m_search.errorString());
    if (m_open)
        loadChoices();
}

void EventSearchWorker::loadChoices()
{
    if (!m_open)
        return;
    const QStringList types = m_search.eventTypes();
    emit choicesReady(types, m_search.sourceNames(), m_search.timeZoneId());
}

void EventSearchWorker::fetchPage(int generation, const es::EventQuery &query, Purpose purpose)
{
    if (!begin(generation))
        return;
    if (!m_open) {
        emit pageReady(generation, purpose, {}, {}, tr("The workspace is not open."));
        return;
    }
    std::optional<EventPage> page = m_search.search(query, &m_cancel);
    if (!page) {
        emit pageReady(generation, purpose, {}, {}, m_search.errorString());
        return;
    }
    if (page->cancelled)
        return; // a newer generation replaces it
    auto rows = std::make_shared<std::vector<EventRecord>>();
    rows->reserve(page->rows.size());
    for (EventRow &r : page->rows) {
        rows->push_back({r.tsMs, r.checkpointId, r.offset, r.status, r.textState, std::move(r.source),
                         std::move(r.type), std::move(r.path), r.text.toUtf8()});
    }
    emit pageReady(generation, purpose, rows, page->nextCursor, {});
}

void EventSearchWorker::countTypes(int generation, const es::EventQuery &query)
{
    if (!begin(generation) || !m_open)
        return;
    std::optional<std::vector<TypeCount>> counts = m_search.countByType(query, &m_cancel);
    if (!counts && m_cancel.load())
        return;
    emit countsReady(generation, counts.value_or(std::vector<TypeCount>()),
                     counts ? QString() : m_search.errorString());
}

} // namespace es::ui
