#pragma once
// The state of one simulated client between two of its requests in the
// access-log generator: who it is, where it is in its visit, and what its
// current page view still has to load. Kept small and trivially copyable
// because hundreds live in the visitor queue at once.

#include "demo/rng.h"

#include <array>
#include <cstdint>

namespace es::demo {

struct AccessVisitor
{
    enum class Role : std::uint8_t { Human, Crawler, Scanner, Poller, Downloader, Monitor, LinkPreview };
    enum class Step : std::uint8_t { Page, PageAfterRedirect, Asset };
    enum class Target : std::uint8_t { Page, DeadLink, Download, FormPost };
    enum class Query : std::uint8_t { None, Search, Utm, Next, Listing };
    enum class RefKind : std::uint8_t { None, External, Page, DeadLink, Asset };

    SplitMix64 plan; // structure decisions, replayed once at arrival to count lines
    std::int32_t client = 0;
    std::uint16_t agent = 0;
    std::uint16_t site = 0;
    Role role = Role::Human;
    bool http2 = false;
    bool warm = false; // returning with a primed cache: 304s instead of 200s
    bool landing = true;
    bool robotsFirst = false;
    std::int8_t user = -1;         // basic-auth user, -1 for "-"
    std::int32_t requestsLeft = 0; // page views (humans) or requests (robots)
    std::int32_t pageNumber = 0;
    std::int32_t lastPage = -1;
    Step step = Step::Page;
    Target target = Target::Page;
    std::int32_t targetId = 0;
    Query query = Query::None;
    std::uint16_t qa = 0;
    std::uint16_t qb = 0;
    std::uint16_t cursor = 0; // scanners: position in the probe list
    RefKind refKind = RefKind::None;
    std::int32_t refId = 0;
    std::uint8_t assetCount = 0;
    std::uint8_t assetPos = 0;
    std::array<std::uint16_t, 16> assets{};
};

} // namespace es::demo
