#pragma once
// Guesses the JsonFieldMap of a JSON-lines event file from sample lines by
// looking for common field names (event_type, type, event, ...; ts,
// timestamp, created_at, ...), one level of nesting included ("actor.login").
// Used by format detection; the user can always override the result.

#include "formats/formatspec.h"

#include <QStringList>
#include <string_view>
#include <vector>

namespace es {

class JsonFieldGuesser
{
public:
    // lines must be followed by SIMDJSON_PADDING readable bytes each.
    explicit JsonFieldGuesser(const std::vector<std::string_view> &lines);

    JsonFieldMap fields() const { return m_fields; }
    bool hasEventType() const { return m_hasEventType; }
    bool hasTimestamp() const { return m_hasTimestamp; }
    int jsonLines() const { return m_jsonLines; }

    static QStringList eventTypeCandidates();
    static QStringList timestampCandidates();

private:
    JsonFieldMap m_fields;
    bool m_hasEventType = false;
    bool m_hasTimestamp = false;
    int m_jsonLines = 0;
};

} // namespace es
