#pragma once
// The workspace schema, as an ordered list of forward migrations. Migration i
// moves a database from PRAGMA user_version i to i+1. Never edit a migration
// that has shipped: add a new one.

#include <string_view>
#include <vector>

namespace es::schema {

const std::vector<std::string_view> &migrations();
inline int currentVersion()
{
    return int(migrations().size());
}

// Dimension ids used in the dict table and rollup groups.
enum Dim : int {
    DimNone = 0,
    DimPath = 1,
    DimStatus = 2, // stored as the numeric status, no dict entry
    DimEventType = 3,
    DimSite = 4,
    DimSource = 5, // stored as the source id, no dict entry
    DimUserAgent = 6,
    DimReferrer = 7,
};

// Rollup groups: the total plus one group per single dimension. Every group
// has minute, hour and day rows; retention removes old minute and hour rows
// (see RetentionPolicy), never day rows.
enum Group : int {
    GroupTotal = 0,
    GroupPath = 1,
    GroupStatus = 2,
    GroupEventType = 3,
    GroupSite = 4,
    GroupSource = 5,
};
inline constexpr int kGroupCount = 6;

// Groups with many values (a busy site has thousands of paths): a row per
// value and minute would be nearly a row per request, so their minute and
// hour rows are kept for a shorter time than those of the other groups.
inline constexpr bool isDetailGroup(int grp)
{
    return grp == GroupPath;
}

} // namespace es::schema
