#pragma once
// What the user (or the detector) says about an input's format: a format
// name from knownFormats(), the LogFormat pattern for "custom", and the JSON
// field names for "json_events". Cheap to copy, comparable, and the only
// thing makeParser() needs.

#include <QList>
#include <QString>

namespace es {

// Where the JSON-lines event parser finds each field. Dotted paths reach into
// nested objects ("request.ts", "actor.login"). An empty name means the
// field is not present in the input (not allowed for eventType and ts).
struct JsonFieldMap
{
    QString eventType = QStringLiteral("event_type");
    QString ts = QStringLiteral("ts");
    QString userId = QStringLiteral("user_id");
    QString sessionId = QStringLiteral("session_id");
    QString params = QStringLiteral("params");

    bool operator==(const JsonFieldMap &) const = default;
};

struct FormatSpec
{
    QString name;   // one of knownFormats(), e.g. "combined"
    QString custom; // Apache LogFormat pattern when name == "custom"
    JsonFieldMap jsonFields;
    // Zone of timestamps written without an offset (IANA id such as
    // "Europe/Berlin", or "+02:00"); empty means UTC.
    QString timeZone;

    bool operator==(const FormatSpec &) const = default;
};

struct FormatInfo
{
    QString name;
    QString description; // translated, one line
};

// Every format makeParser() accepts, in the order a format picker shows them.
QList<FormatInfo> knownFormats();
bool isKnownFormat(const QString &name);

} // namespace es
