#pragma once
// The robots in the access log: search, SEO and AI crawlers that walk many
// distinct pages (robots.txt first, some 304s on recrawl, dead links),
// vulnerability scanners probing for /.env and /wp-login.php, feed pollers,
// scripted downloads, uptime monitors and link-preview fetchers. None of them
// loads page assets.

#include "demo/accessvisitor.h"

#include <cstdint>
#include <string>

namespace es::demo {

class CombinedLineWriter;
class DemoProfile;

class RobotTraffic
{
public:
    RobotTraffic(const DemoProfile &profile, CombinedLineWriter &writer);

    // Sets up a robot visit in v; returns how many requests it will make.
    std::int64_t start(AccessVisitor &v, Rng &rng) const;

    // Writes v's next request. Returns the pause before its following request
    // in ms, or -1 when the visit is over.
    std::int64_t writeNext(std::string &out, AccessVisitor &v, Rng &rng, std::int64_t nowMs);

private:
    const DemoProfile &m_profile;
    CombinedLineWriter &m_writer;
};

} // namespace es::demo
