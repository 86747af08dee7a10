#include "demo/robottraffic.h"

#include "demo/combinedlinewriter.h"
#include "demo/demoprofile.h"

// Every random draw is a statement of its own (or a condition), so that the
// unspecified evaluation order of operands cannot change the output.

namespace es::demo {

namespace {

// Requests per crawler visit: mostly short, a few deep crawls.
constexpr RangeBucket kCrawlLength[] = {{30, 1, 5}, {40, 6, 30}, {25, 31, 150}, {5, 151, 600}};

} // namespace

RobotTraffic::RobotTraffic(const DemoProfile &profile, CombinedLineWriter &writer)
    : m_profile(profile), m_writer(writer)
{}

std::int64_t RobotTraffic::start(AccessVisitor &v, Rng &rng) const
{
    using Role = AccessVisitor::Role;
    const int ordinal = m_profile.pickBotOrdinal(rng);
    v.agent = static_cast<std::uint16_t>(m_profile.agents().bots()[static_cast<std::size_t>(ordinal)]);
    const IpPool::Range range = m_profile.ips().botRange(ordinal);
    if (range.count > 0)
        v.client =
            range.first + static_cast<std::int32_t>(rng.below(static_cast<std::uint32_t>(range.count)));
    else
        v.client =
            static_cast<std::int32_t>(rng.below(static_cast<std::uint32_t>(m_profile.ips().humanCount())));
    v.site = static_cast<std::uint16_t>(m_profile.pickSite(rng));

    std::int64_t lines = 1;
    switch (m_profile.agents().at(v.agent).bot) {
    case BotKind::SearchCrawler:
    case BotKind::SeoCrawler:
    case BotKind::AiCrawler:
        v.role = Role::Crawler;
        v.robotsFirst = v.plan.chance(0.35);
        lines = (v.robotsFirst ? 1 : 0) + sampleRange(v.plan, kCrawlLength);
        break;
    case BotKind::Tool: {
        const std::uint32_t r = v.plan.below(100);
        if (r < 55) {
            v.role = Role::Scanner;
            lines = v.plan.between(5, 40);
            v.cursor = static_cast<std::uint16_t>(
                rng.below(static_cast<std::uint32_t>(m_profile.site().probeCount())));
        } else if (r < 85) {
            v.role = Role::Poller;
            lines = v.plan.between(1, 3);
        } else {
            v.role = Role::Downloader;
        }
        break;
    }
    case BotKind::Monitor:
        v.role = Role::Monitor;
        break;
    case BotKind::LinkPreview:
    case BotKind::None:
        v.role = Role::LinkPreview;
        lines = v.plan.between(1, 2);
        break;
    }
    v.requestsLeft = static_cast<std::int32_t>(lines);
    return lines;
}

std::int64_t RobotTraffic::writeNext(std::string &out, AccessVisitor &v, Rng &rng, std::int64_t nowMs)
{
    using Role = AccessVisitor::Role;
    const SiteCatalog &site = m_profile.site();
    const UserAgentInfo &agent = m_profile.agents().at(v.agent);
    std::string_view method = "GET ";
    std::string_view path;
    bool toggleSlash = false;
    int status = 200;
    std::int64_t bytes = 0;
    std::int64_t pause = 1000;

    switch (v.role) {
    case Role::Crawler:
        if (v.pageNumber == 0 && v.robotsFirst) {
            path = "/robots.txt";
            bytes = SiteCatalog::kRobotsTxtBytes;
        } else if (rng.chance(0.06)) {
            path =
                site.deadLink(static_cast<int>(rng.below(static_cast<std::uint32_t>(site.deadLinkCount()))));
            status = 404;
            bytes = SiteCatalog::kNotFoundPageBytes;
        } else if (agent.bot == BotKind::SearchCrawler && rng.chance(0.015)) {
            path = "/sitemap.xml";
            bytes = SiteCatalog::kSitemapBytes;
        } else {
            // Crawlers walk the whole site, not just the popular pages.
            const bool anyPage = rng.chance(0.6);
            const int page = anyPage
                                 ? static_cast<int>(rng.below(static_cast<std::uint32_t>(site.pageCount())))
                                 : m_profile.pickPage(rng);
            path = site.pagePath(page);
            bytes = site.page(page).bytes;
            const std::uint32_t r = rng.below(1000);
            const std::uint32_t notModified = agent.bot == BotKind::SearchCrawler ? 80 : 0;
            if (r < 12) {
                toggleSlash = true; // an old link shape, redirected to the canonical URL
                status = 301;
                bytes = SiteCatalog::kRedirectBodyBytes +
                        static_cast<std::int64_t>(path.size() + m_profile.siteName(v.site).size());
            } else if (r < 12 + notModified) {
                status = 304; // conditional recrawl
                bytes = -1;
            } else if (r < 18 + notModified) {
                status = SiteCatalog::serverError(rng, bytes);
            }
        }
        if (agent.bot == BotKind::AiCrawler)
            pause = rng.between(300, 4000);
        else if (agent.bot == BotKind::SeoCrawler)
            pause = rng.between(1000, 8000);
        else
            pause = rng.between(2000, 30000);
        break;
    case Role::Scanner: {
        const int probe = (v.cursor + v.pageNumber) % site.probeCount();
        path = site.probePath(probe);
        status = site.probe(probe).status;
        bytes = site.probe(probe).bytes;
        if (site.probe(probe).post)
            method = "POST ";
        pause = rng.between(80, 1500);
        break;
    }
    case Role::Poller: {
        const std::uint32_t r = rng.below(3);
        if (r == 0) {
            path = "/feed.xml";
            bytes = SiteCatalog::kFeedBytes;
        } else if (r == 1) {
            path = "/api/v1/status";
            bytes = SiteCatalog::kStatusApiBytes;
        } else {
            path = site.pagePath(site.homePage());
            bytes = site.page(site.homePage()).bytes;
        }
        pause = rng.between(1000, 5000);
        break;
    }
    case Role::Downloader: {
        const int d = m_profile.pickDownload(rng, OsFamily::Linux);
        path = site.downloadPath(d);
        bytes = site.download(d).bytes;
        break;
    }
    case Role::Monitor:
        method = "HEAD ";
        path = "/";
        bytes = -1;
        break;
    case Role::LinkPreview:
    case Role::Human: {
        const int page = m_profile.pickPage(rng);
        path = site.pagePath(page);
        bytes = site.page(page).bytes;
        pause = rng.between(200, 3000);
        break;
    }
    }

    m_writer.head(out, v, nowMs, 443);
    out += method;
    if (toggleSlash && path.size() > 1 && path.back() == '/') {
        out += path.substr(0, path.size() - 1);
    } else {
        out += path;
        if (toggleSlash)
            out += '/';
    }
    CombinedLineWriter::tail(out, "HTTP/1.1", status, bytes);
    m_writer.referrer(out, v, AccessVisitor::RefKind::None, 0);
    m_writer.agent(out, v);

    ++v.pageNumber;
    return --v.requestsLeft > 0 ? pause : -1;
}

} // namespace es::demo
