#include "store/rawevents.h"

#include "store/rawevents_p.h"

#include <QTimeZone>
#include <algorithm>
#include <climits>
#include <map>

namespace es {

RawEventSearch::RawEventSearch() : d(std::make_unique<Impl>()) {}

RawEventSearch::~RawEventSearch() = default;

bool RawEventSearch::open(const QString &workspacePath)
{
    close();
    if (!d->db.open(workspacePath, WorkspaceDb::Access::ReadOnly)) {
        d->error = d->db.errorString();
        return false;
    }
    return true;
}

void RawEventSearch::close()
{
    d->readers.clear();
    d->checkpoints.clear();
    d->db.close();
    d->error.clear();
}

QString RawEventSearch::errorString() const
{
    return d->error;
}

QByteArray RawEventSearch::timeZoneId()
{
    const QByteArray id = d->db.isOpen() ? d->db.meta(QStringLiteral("time_zone")).toUtf8() : QByteArray();
    return !id.isEmpty() && QTimeZone(id).isValid() ? id : QByteArray("UTC");
}

QStringList RawEventSearch::eventTypes()
{
    QStringList names;
    if (!d->db.isOpen() || !d->loadNames())
        return names;
    for (const auto &[id, name] : d->typeNames)
        names << name;
    if (d->hasRequests() && !names.contains(requestType()))
        names << requestType();
    names.sort();
    return names;
}

QStringList RawEventSearch::sourceNames()
{
    QStringList names;
    if (!d->db.isOpen() || !d->loadNames())
        return names;
    for (const auto &[id, name] : d->sourceNames) {
        if (!names.contains(name))
            names << name;
    }
    names.sort();
    return names;
}

std::optional<std::vector<TypeCount>> RawEventSearch::countByType(const EventQuery &q,
                                                                  const std::atomic<bool> *cancel)
{
    d->error.clear();
    if (!d->db.isOpen()) {
        d->error = tr("No workspace is open.");
        return std::nullopt;
    }
    std::map<QString, std::int64_t> byName;
    if (!q.grep.isEmpty()) {
        // Only the text tells whether a row matches: count the rows of every page.
        EventQuery pages = q;
        pages.limit = 10000;
        pages.after.clear();
        pages.maxScanned = INT64_MAX;
        for (;;) {
            std::optional<EventPage> page = search(pages, cancel);
            if (!page)
                return std::nullopt;
            if (page->cancelled) {
                d->error = tr("The count was cancelled.");
                return std::nullopt;
            }
            for (const EventRow &r : page->rows)
                ++byName[r.type];
            if (page->nextCursor.isEmpty())
                break;
            pages.after = page->nextCursor;
        }
    } else {
        if (!d->loadNames())
            return std::nullopt;
        EventPageInfo unused;
        const std::optional<std::string> filters = d->filterSql(q, unused);
        if (filters) {
            auto &c = d->db.connection();
            auto st = c.prepare("SELECT type_id, count(*) FROM raw_events WHERE ts_ms >= ?1 AND ts_ms < ?2" +
                                *filters + " GROUP BY type_id");
            if (!st.isValid()) {
                d->error = c.errorString();
                return std::nullopt;
            }
            st.bind(1, q.fromMs.value_or(INT64_MIN)).bind(2, q.toMs.value_or(INT64_MAX));
            QString stepError;
            {
                const Impl::CancelScope scope(d.get(), cancel);
                while (st.step()) {
                    const QString name = d->typeName(st.int64(0));
                    if (q.types.isEmpty() || q.types.contains(name))
                        byName[name] += st.int64(1);
                }
                stepError = st.errorString();
            }
            if (cancel && cancel->load()) {
                d->error = tr("The count was cancelled.");
                return std::nullopt;
            }
            if (!stepError.isEmpty()) {
                d->error = stepError;
                return std::nullopt;
            }
        }
    }
    std::vector<TypeCount> out;
    for (const auto &[name, count] : byName)
        out.push_back({name, count});
    std::stable_sort(out.begin(), out.end(),
                     [](const TypeCount &a, const TypeCount &b) { return a.count > b.count; });
    return out;
}

bool RawEventSearch::isValidCursor(const QString &cursor)
{
    return cursor.isEmpty() || rawevents::decodeCursor(cursor).has_value();
}

QString RawEventSearch::textStateText(TextState state)
{
    switch (state) {
    case TextState::Ok:
        return {};
    case TextState::FileMissing:
        return tr("text unavailable: the file is no longer at its imported path");
    case TextState::FileChanged:
        return tr("text unavailable: the file has changed since the import");
    case TextState::ReadError:
        return tr("text unavailable: the file cannot be read");
    case TextState::NotStored:
        return tr("text unavailable: the line was not kept");
    }
    return {};
}

std::optional<EventPage> RawEventSearch::search(const EventQuery &q, const std::atomic<bool> *cancel)
{
    EventPage page;
    if (!d->run(q, cancel, true, page, [&](Impl::Candidate &c, QString &&text) {
            page.rows.push_back(d->makeRow(c, std::move(text)));
        }))
        return std::nullopt;
    return page;
}

std::optional<EventKeyPage> RawEventSearch::searchKeys(const EventQuery &q, const std::atomic<bool> *cancel)
{
    EventKeyPage page;
    if (!d->run(q, cancel, false, page, [&](Impl::Candidate &c, QString &&) {
            page.rows.push_back({c.key, c.sourceId, c.typeId, c.status});
        }))
        return std::nullopt;
    return page;
}

std::optional<std::vector<EventRow>> RawEventSearch::loadRows(const std::vector<EventKey> &keys,
                                                              const std::atomic<bool> *cancel)
{
    d->error.clear();
    if (!d->db.isOpen()) {
        d->error = tr("No workspace is open.");
        return std::nullopt;
    }
    d->checkpoints.clear();
    if (!d->loadNames())
        return std::nullopt;
    auto &c = d->db.connection();
    auto st = c.prepare("SELECT source_id, type_id, status, length FROM raw_events "
                        "WHERE ts_ms = ?1 AND checkpoint_id = ?2 AND offset = ?3");
    if (!st.isValid()) {
        d->error = c.errorString();
        return std::nullopt;
    }
    const Impl::CancelScope scope(d.get(), cancel);
    std::vector<Impl::Candidate> found(keys.size());
    std::vector<bool> exists(keys.size(), false);
    for (size_t i = 0; i < keys.size(); ++i) {
        Impl::Candidate &r = found[i];
        r.key = keys[i];
        st.bind(1, keys[i].tsMs).bind(2, keys[i].checkpointId).bind(3, keys[i].offset);
        if (st.step()) {
            exists[i] = true;
            r.sourceId = st.int64(0);
            r.typeId = st.int64(1);
            r.status = int(st.int64(2));
            r.checkpointId = keys[i].checkpointId;
            r.offset = keys[i].offset;
            r.length = std::int32_t(st.int64(3));
        }
        const QString stepError = st.errorString();
        st.reset();
        if (d->cancelled()) {
            d->error = tr("Loading the events was cancelled.");
            return std::nullopt;
        }
        if (!stepError.isEmpty()) {
            d->error = stepError;
            return std::nullopt;
        }
    }
    if (!d->resolve(found, found.size())) {
        d->error = tr("Loading the events was cancelled.");
        return std::nullopt;
    }
    std::vector<EventRow> rows;
    rows.reserve(found.size());
    for (size_t i = 0; i < found.size(); ++i) {
        Impl::Candidate &r = found[i];
        QString text = r.state == TextState::Ok ? QString::fromUtf8(r.bytes) : QString();
        EventRow row = d->makeRow(r, std::move(text));
        if (!exists[i]) {
            row.source.clear();
            row.type.clear();
            row.status = -1;
            row.path.clear();
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

QString RawEventSearch::sourceName(std::int64_t sourceId) const
{
    return d->sourceName(sourceId);
}

QString RawEventSearch::typeName(std::int64_t typeId) const
{
    return d->typeName(typeId);
}

} // namespace es
