#include "formats/jsonfieldguesser.h"

#include "formats/jsonsupport.h"

#include <QHash>
#include <QSet>
#include <string>
#include <utility>

namespace es {

namespace {

constexpr int kMaxSampleLines = 50;

const char *const kEventType[] = {"event_type", "eventType", "event", "type",
                                  "event_name", "eventName", "action"};
const char *const kTimestamp[] = {"ts",        "timestamp",  "@timestamp", "time",     "created_at",
                                  "createdAt", "event_time", "eventTime",  "datetime", "date"};
const char *const kUserId[] = {"user_id", "userId",      "uid",      "user",
                               "user.id", "actor.login", "actor.id", "account_id"};
const char *const kSessionId[] = {"session_id", "sessionId", "sid", "session", "session.id"};
const char *const kParams[] = {"params", "properties", "payload", "data", "attributes"};

template<std::size_t N> QStringList toList(const char *const (&names)[N])
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromLatin1(n);
    return list;
}

// Scalars count for every slot except params, which wants an object.
void collectKeys(json::od::object object, const std::string &prefix, int depth, QHash<QString, int> &seen,
                 QHash<QString, bool> &isObject, QSet<QString> &lineKeys)
{
    for (auto fieldResult : object) {
        json::od::field field;
        if (std::move(fieldResult).get(field))
            return;
        std::string_view key;
        if (field.unescaped_key().get(key))
            return;
        const std::string name = prefix + std::string(key);
        const QString qname = QString::fromStdString(name);
        json::od::json_type type;
        if (field.value().type().get(type))
            return;
        if (!lineKeys.contains(qname)) {
            lineKeys.insert(qname);
            ++seen[qname];
        }
        isObject[qname] = type == json::od::json_type::object;
        if (type == json::od::json_type::object && depth == 0) {
            json::od::object child;
            if (!field.value().get_object().get(child))
                collectKeys(child, name + ".", depth + 1, seen, isObject, lineKeys);
        }
    }
}

} // namespace

QStringList JsonFieldGuesser::eventTypeCandidates()
{
    return toList(kEventType);
}

QStringList JsonFieldGuesser::timestampCandidates()
{
    return toList(kTimestamp);
}

JsonFieldGuesser::JsonFieldGuesser(const std::vector<std::string_view> &lines)
{
    QHash<QString, int> seen;
    QHash<QString, bool> isObject;
    json::od::parser parser;
    for (std::string_view line : lines) {
        if (m_jsonLines >= kMaxSampleLines)
            break;
        if (!json::startsLikeObject(line))
            continue;
        json::od::document doc;
        json::od::object object;
        if (parser.iterate(json::padded(line)).get(doc) || doc.get_object().get(object))
            continue;
        ++m_jsonLines;
        QSet<QString> lineKeys;
        collectKeys(object, std::string(), 0, seen, isObject, lineKeys);
    }
    if (m_jsonLines == 0)
        return;

    // A name must occur in at least half of the JSON lines to be chosen.
    auto pick = [&](const QStringList &candidates, bool wantObject, QString &target) {
        for (const QString &name : candidates) {
            if (seen.value(name) * 2 >= m_jsonLines && (!wantObject || isObject.value(name)) &&
                (wantObject || !isObject.value(name))) {
                target = name;
                return true;
            }
        }
        return false;
    };
    m_hasEventType = pick(toList(kEventType), false, m_fields.eventType);
    m_hasTimestamp = pick(toList(kTimestamp), false, m_fields.ts);
    pick(toList(kUserId), false, m_fields.userId);
    pick(toList(kSessionId), false, m_fields.sessionId);
    pick(toList(kParams), true, m_fields.params);
}

} // namespace es
