#pragma once
// Allocation-free number formatting for the generators' hot paths.

#include <charconv>
#include <cstdint>
#include <string>

namespace es::demo {

inline void appendInt(std::string &out, std::int64_t v)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr);
}

// An amount in cents as a decimal with two places, "19.00".
inline void appendCents(std::string &out, std::int64_t cents)
{
    appendInt(out, cents / 100);
    const auto frac = static_cast<int>(cents % 100);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + frac / 10));
    out.push_back(static_cast<char>('0' + frac % 10));
}

} // namespace es::demo
