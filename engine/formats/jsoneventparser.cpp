#include "formats/jsoneventparser.h"

#include "formats/jsonsupport.h"
#include "formats/textscan.h"

#include <QStringList>
#include <utility>

namespace es {

using Paths = std::array<std::vector<std::string>, JsonEventParser::SlotCount>;

namespace {

struct Values
{
    std::array<std::string_view, JsonEventParser::SlotCount> text;
    unsigned found = 0;
};

std::vector<std::string> splitPath(const QString &path)
{
    std::vector<std::string> parts;
    if (path.isEmpty())
        return parts;
    const QStringList pieces = path.split(QLatin1Char('.'));
    for (const QString &p : pieces)
        parts.push_back(p.toStdString());
    return parts;
}

// One pass over an object. mask holds the slots whose path still matches at
// this depth; a key that ends a path fills the slot, a key that continues one
// is descended into.
bool scanObject(json::od::object object, std::size_t depth, unsigned mask, const Paths &paths, Values &values,
                json::od::parser &nested)
{
    for (auto fieldResult : object) {
        json::od::field field;
        if (std::move(fieldResult).get(field))
            return false;
        const json::od::raw_json_string key = field.key();
        unsigned leaf = 0;
        unsigned deeper = 0;
        for (unsigned slot = 0; slot < JsonEventParser::SlotCount; ++slot) {
            if (!(mask & (1u << slot)))
                continue;
            const std::vector<std::string> &parts = paths[slot];
            if (depth < parts.size() && key.unsafe_is_equal(parts[depth]))
                (depth + 1 == parts.size() ? leaf : deeper) |= 1u << slot;
        }
        if (leaf) {
            std::string_view text;
            const bool ok = (leaf & (1u << JsonEventParser::Params)) ? json::rawText(field.value(), text)
                                                                     : json::scalarText(field.value(), text);
            if (ok) {
                for (unsigned slot = 0; slot < JsonEventParser::SlotCount; ++slot) {
                    if (leaf & (1u << slot)) {
                        values.text[slot] = text;
                        values.found |= 1u << slot;
                    }
                }
            }
            // params is also the parent of another field ("params" and
            // "params.type"): On-Demand cannot read a value twice, so walk
            // the raw text of params with a second parser. The text lies
            // inside the padded line, so its padding requirement holds.
            if (ok && deeper && !text.empty() && text.front() == '{') {
                json::od::document doc;
                json::od::object child;
                if (!nested.iterate(json::padded(text)).get(doc) && !doc.get_object().get(child))
                    scanObject(child, depth + 1, deeper, paths, values, nested);
            }
        } else if (deeper) {
            json::od::object child;
            if (!field.value().get_object().get(child) &&
                !scanObject(child, depth + 1, deeper, paths, values, nested))
                return false;
        }
    }
    return true;
}

} // namespace

struct JsonEventParser::Impl
{
    json::od::parser parser;
    json::od::parser nested;
};

JsonEventParser::JsonEventParser(const JsonFieldMap &fields, LocalZone zone)
    : m_fields(fields), m_zone(std::move(zone)), m_impl(std::make_unique<Impl>())
{
    m_paths[EventType] = splitPath(fields.eventType);
    m_paths[Timestamp] = splitPath(fields.ts);
    m_paths[UserId] = splitPath(fields.userId);
    m_paths[SessionId] = splitPath(fields.sessionId);
    m_paths[Params] = splitPath(fields.params);
}

JsonEventParser::~JsonEventParser() = default;

std::unique_ptr<LineParser> JsonEventParser::clone() const
{
    return std::make_unique<JsonEventParser>(m_fields, m_zone);
}

ParseResult JsonEventParser::parse(std::string_view line, Record &out)
{
    out = Record{};
    out.kind = RecordKind::Event;
    const std::string_view trimmed = text::prepareLine(line);
    if (text::isBlank(trimmed) || trimmed.front() == '#')
        return ParseResult::Skip;
    if (!json::startsLikeObject(trimmed))
        return fail("not JSON");

    json::od::document doc;
    if (m_impl->parser.iterate(json::padded(line)).get(doc))
        return fail("invalid JSON");
    json::od::object object;
    if (doc.get_object().get(object))
        return fail("invalid JSON");

    unsigned mask = 0;
    for (unsigned slot = 0; slot < SlotCount; ++slot) {
        if (!m_paths[slot].empty())
            mask |= 1u << slot;
    }
    Values values;
    if (!scanObject(object, 0, mask, m_paths, values, m_impl->nested))
        return fail("invalid JSON");

    const std::string_view eventType = values.text[EventType];
    if (!(values.found & (1u << EventType)) || eventType.empty())
        return fail("missing event type");
    const std::string_view ts = values.text[Timestamp];
    if (!(values.found & (1u << Timestamp)) || ts.empty())
        return fail("missing timestamp");
    if (!parseAnyTime(ts, out.tsMs, m_zone))
        return fail("bad timestamp");
    out.eventType = eventType;
    out.userId = values.text[UserId];
    out.sessionId = values.text[SessionId];
    out.params = values.text[Params];
    return ParseResult::Ok;
}

} // namespace es
