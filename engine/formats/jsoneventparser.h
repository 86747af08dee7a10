#pragma once
// Parser for application events written as JSON lines:
//   {"event_type": "...", "ts": ..., "user_id": ..., "session_id": ..., "params": {...}}
// Field names come from JsonFieldMap and may be dotted paths into nested
// objects. ts may be epoch seconds, milliseconds or microseconds (number or
// string) or ISO-8601. params keeps the raw JSON text of its value. A line
// without an event type or timestamp is Malformed.
//
// Built for throughput: one On-Demand pass over the object, keys compared in
// place without unescaping, and nothing allocated per line.

#include "core/timeparse.h"
#include "formats/formatspec.h"
#include "formats/lineparser.h"

#include <array>
#include <string>
#include <vector>

namespace es {

class JsonEventParser final : public LineParser
{
public:
    JsonEventParser(const JsonFieldMap &fields, LocalZone zone);
    ~JsonEventParser() override;

    ParseResult parse(std::string_view line, Record &out) override;
    std::string_view reason() const override { return m_reason; }
    std::unique_ptr<LineParser> clone() const override;

    enum Slot : std::uint8_t { EventType, Timestamp, UserId, SessionId, Params, SlotCount };

private:
    struct Impl;
    ParseResult fail(std::string_view why)
    {
        m_reason = why;
        return ParseResult::Malformed;
    }

    JsonFieldMap m_fields;
    LocalZone m_zone;
    std::array<std::vector<std::string>, SlotCount> m_paths;
    std::string_view m_reason;
    std::unique_ptr<Impl> m_impl;
};

} // namespace es
