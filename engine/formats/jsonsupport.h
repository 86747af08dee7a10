#pragma once
// simdjson On-Demand helpers shared by the JSON parsers and the detector.
// Internal to the engine: simdjson is a private dependency, so no public
// header may include this one.

#include <simdjson.h>
#include <string_view>

namespace es::json {

namespace od = simdjson::ondemand;

// The caller guarantees SIMDJSON_PADDING readable bytes after every line.
inline simdjson::padded_string_view padded(std::string_view line)
{
    return simdjson::padded_string_view(line.data(), line.size(), line.size() + simdjson::SIMDJSON_PADDING);
}

inline std::string_view trimToken(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// Text of a scalar: strings unescaped, numbers and booleans as written, null
// as empty. Returns false for objects, arrays and errors.
inline bool scalarText(od::value &v, std::string_view &out)
{
    od::json_type type;
    if (v.type().get(type))
        return false;
    switch (type) {
    case od::json_type::string:
        return !v.get_string().get(out);
    case od::json_type::number:
    case od::json_type::boolean: {
        out = trimToken(v.raw_json_token());
        return true;
    }
    case od::json_type::null:
        out = {};
        return true;
    default:
        return false;
    }
}

// Raw JSON text of any value (objects and arrays included).
inline bool rawText(od::value &v, std::string_view &out)
{
    od::json_type type;
    if (v.type().get(type))
        return false;
    if (type == od::json_type::object) {
        od::object o;
        return !v.get_object().get(o) && !o.raw_json().get(out);
    }
    if (type == od::json_type::array) {
        od::array a;
        return !v.get_array().get(a) && !a.raw_json().get(out);
    }
    out = trimToken(v.raw_json_token());
    return true;
}

inline bool startsLikeObject(std::string_view line)
{
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        return c == '{';
    }
    return false;
}

} // namespace es::json
