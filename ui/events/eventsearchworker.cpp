#include "events/eventsearchworker.h"

#include <QHash>
#include <algorithm>

namespace es::ui {

static_assert(sizeof(EventKeyRecord) == 32, "the model keeps one of these per row");

EventSearchWorker::EventSearchWorker()
{
    qRegisterMetaType<es::EventQuery>();
    qRegisterMetaType<es::EventKey>();
    qRegisterMetaType<es::ui::EventKeyBatch>();
    qRegisterMetaType<es::ui::EventTextBatch>();
    qRegisterMetaType<es::ui::EventKeyList>();
    qRegisterMetaType<es::ui::EventRecord>();
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

void EventSearchWorker::fetchKeys(int generation, const es::EventQuery &query, Purpose purpose)
{
    if (!begin(generation))
        return;
    if (!m_open) {
        emit keysReady(generation, purpose, {}, {}, tr("The workspace is not open."));
        return;
    }
    std::optional<EventKeyPage> page = m_search.searchKeys(query, &m_cancel);
    if (!page) {
        emit keysReady(generation, purpose, {}, {}, m_search.errorString());
        return;
    }
    if (page->cancelled)
        return; // a newer generation replaces it
    // Names become small indexes here, so the GUI thread only remaps a few of them.
    auto batch = std::make_shared<EventKeyPageData>();
    batch->rows.reserve(page->rows.size());
    QHash<std::int64_t, std::uint16_t> sources;
    QHash<std::int64_t, std::uint16_t> types;
    auto indexOf = [](QHash<std::int64_t, std::uint16_t> &ids, QStringList &names, std::int64_t id,
                      auto nameOf) {
        auto it = ids.constFind(id);
        if (it != ids.constEnd())
            return *it;
        const auto at = std::uint16_t(std::min<qsizetype>(names.size(), 0xFFFF));
        if (names.size() < 0xFFFF)
            names << nameOf(id);
        ids.insert(id, at);
        return at;
    };
    for (const EventKeyRow &r : page->rows) {
        EventKeyRecord k;
        k.tsMs = r.key.tsMs;
        k.checkpointId = r.key.checkpointId;
        k.offset = r.key.offset;
        k.status = std::int16_t(std::clamp(r.status, -1, 32767));
        k.source = indexOf(sources, batch->sources, r.sourceId,
                           [this](std::int64_t id) { return m_search.sourceName(id); });
        k.type =
            indexOf(types, batch->types, r.typeId, [this](std::int64_t id) { return m_search.typeName(id); });
        batch->rows.push_back(k);
    }
    emit keysReady(generation, purpose, batch, page->nextCursor, {});
}

void EventSearchWorker::loadTexts(int generation, qint64 block, const es::ui::EventKeyList &keys)
{
    if (!begin(generation))
        return;
    auto texts = std::make_shared<std::vector<EventText>>();
    std::optional<std::vector<EventRow>> rows =
        m_open ? m_search.loadRows(keys, &m_cancel) : std::optional<std::vector<EventRow>>();
    if (!rows && m_cancel.load())
        return;
    texts->resize(keys.size());
    if (!rows) {
        for (EventText &t : *texts)
            t.state = es::TextState::ReadError;
    } else {
        for (size_t i = 0; i < rows->size() && i < texts->size(); ++i) {
            EventRow &r = (*rows)[i];
            EventText &t = (*texts)[i];
            t.whole = r.text.size() <= kCellChars;
            t.text = t.whole ? std::move(r.text) : r.text.left(kCellChars);
            t.path = std::move(r.path);
            t.state = r.textState;
        }
    }
    emit textsReady(generation, block, texts);
}

void EventSearchWorker::loadRecord(int generation, const es::EventKey &key)
{
    if (!begin(generation))
        return;
    if (!m_open) {
        emit recordReady(generation, key, {}, tr("The workspace is not open."));
        return;
    }
    std::optional<std::vector<EventRow>> rows = m_search.loadRows({key}, &m_cancel);
    if (!rows && m_cancel.load())
        return;
    if (!rows || rows->empty()) {
        emit recordReady(generation, key, {}, m_search.errorString());
        return;
    }
    EventRow &r = rows->front();
    emit recordReady(generation, key,
                     {r.tsMs, r.checkpointId, r.offset, r.status, r.textState, std::move(r.source),
                      std::move(r.type), std::move(r.path), r.text.toUtf8()},
                     {});
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
