#pragma once
// The workspace schema, as an ordered list of forward migrations. Migration i
// moves a database from PRAGMA user_version i to i+1. Never edit a migration
// that has shipped: add a new one.

#include <cstdint>
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
    DimReferrer = 7, // referrer domain
    DimMethod = 8,
    DimBrowser = 9,         // browser family
    DimOs = 10,             // operating-system family
    DimCountry = 11,        // stored as GeoLookup::packCountry(), no dict entry
    DimBrowserVersion = 12, // browser family and major version, "Firefox 120"
    DimParam0 = 13,         // values of the configured params.* keys, slots 0..3 (13..16)
};
inline constexpr int kParamSlots = 4;
inline constexpr int kDimCount = DimParam0 + kParamSlots;

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
    GroupMethod = 6,          // d1: dict id (DimMethod)
    GroupBrowser = 7,         // d1: dict id (DimBrowser)
    GroupOs = 8,              // d1: dict id (DimOs)
    GroupDevice = 9,          // d1: DeviceType (0 desktop, 1 mobile, 2 tablet, 3 bot, 4 other)
    GroupBot = 10,            // d1: 1 for bots, 0 for everyone else
    GroupCountry = 11,        // d1: GeoLookup::packCountry() (0 unknown)
    GroupReferrer = 12,       // d1: dict id (DimReferrer), the referring host
    GroupBrowserVersion = 13, // d1: dict id (DimBrowserVersion)
    GroupCountryDevice = 14,  // d1: country as in GroupCountry, d2: device type
    GroupPathDevice = 15,     // d1: dict id (DimPath), d2: device type
    GroupParam0 = 16,         // d1: dict id (DimParam0 + slot); groups 16..19, one per params.* slot
    GroupPair0 = 20, // configured pairs of two single groups, slots 0..3 (20..23); d1, d2 as in those
};
inline constexpr int kPairSlots = 4;
inline constexpr int kGroupCount = GroupPair0 + kPairSlots;
inline constexpr bool isParamGroup(int grp)
{
    return grp >= GroupParam0 && grp < GroupParam0 + kParamSlots;
}
inline constexpr bool isPairGroup(int grp)
{
    return grp >= GroupPair0 && grp < GroupPair0 + kPairSlots;
}
// The single groups a configured pair may combine: everything with one value
// per record except the bot flag (every row has it) and the source.
inline constexpr bool isPairableGroup(int grp)
{
    return grp == GroupPath || grp == GroupStatus || grp == GroupEventType || grp == GroupSite ||
           (grp >= GroupMethod && grp <= GroupDevice) || (grp >= GroupCountry && grp <= GroupBrowserVersion);
}

// Which groups are pre-aggregated is a workspace setting (a bit per group,
// docs/METRICS.md); the total and the source group are always on. The
// params.* groups are on while a key is configured for their slot.
inline constexpr std::uint32_t kAllGroups = (1u << kGroupCount) - 1;
// The params and pair groups are governed by their configuration, not by this mask.
inline constexpr std::uint32_t kParamGroupBits =
    ((1u << kParamSlots) - 1) << GroupParam0 | ((1u << kPairSlots) - 1) << GroupPair0;
inline constexpr std::uint32_t kRequiredGroups = 1u << GroupTotal | 1u << GroupSource | kParamGroupBits;
inline constexpr bool groupOn(std::uint32_t mask, int grp)
{
    return (mask >> grp & 1u) != 0;
}
// The name users give a group ("browser_version", "country_device"), and back.
const char *groupName(int grp);
int groupFromName(std::string_view name); // -1 when unknown

// Every rollup row is split by bot (column `bot`, 1 for bots), so that every
// metric can be asked with bots included, excluded or only.
// Visitor sketches (table `visitors`) exist at the hour and day levels for
// every group, and at the minute level for the total.
// Session columns are filled for the total and the groups that describe a
// session: its entry page (path), site, source, referrer, country, browser,
// browser version, OS, device and the combinations of these.
inline constexpr bool hasSessions(int grp)
{
    return grp == GroupTotal || grp == GroupPath || grp == GroupSite || grp == GroupSource ||
           (grp >= GroupBrowser && grp <= GroupDevice) || (grp >= GroupCountry && grp <= GroupPathDevice);
}

// The finest level (0 minute, 1 hour, 2 day; 3 none) at which a group has
// counter rows, visitor sketches and session totals. url × device is counted
// per day only, visitors by url per day, and not at all by url × device.
inline constexpr int finestCounterLevel(int grp)
{
    return grp == GroupPathDevice ? 2 : 0;
}
inline constexpr int finestVisitorLevel(int grp)
{
    return grp == GroupTotal || grp == GroupSource ? 0
           : grp == GroupPath                      ? 2
           : grp == GroupPathDevice                ? 3
                                                   : 1;
}
inline constexpr int finestSessionLevel(int grp)
{
    return hasSessions(grp) ? 1 : 3;
}

// Groups with many values (a busy site has thousands of paths): a row per
// value and minute would be nearly a row per request, so their minute and
// hour rows are kept for a shorter time than those of the other groups.
// The client breakdowns (method, browser, OS, device, bot) are kept the same
// way: they multiply the rows per minute, and are rarely asked per minute.
inline constexpr bool isDetailGroup(int grp)
{
    return grp == GroupPath || grp >= GroupMethod;
}

} // namespace es::schema
