#include "demo/accessloggenerator.h"

#include "demo/textappend.h"

#include <algorithm>
#include <iterator>

// Note for maintainers: every random draw is a statement of its own (or the
// condition of a ?: / if). The evaluation order of operands and function
// arguments is unspecified in C++, and two draws in one expression would make
// the output depend on the compiler.

namespace es::demo {

namespace {

// Page views per visit: many bounce after one page, a few read a lot.
constexpr RangeBucket kPagesPerVisit[] = {{38, 1, 1}, {17, 2, 2},  {12, 3, 3}, {9, 4, 4},
                                          {7, 5, 5},  {12, 6, 10}, {5, 11, 25}};
// Pause before the next page view, in ms. The last bucket lies beyond the
// usual 30-minute visit timeout: the same person comes back later.
constexpr RangeBucket kThinkTimeMs[] = {
    {40, 2000, 15000}, {33, 15001, 60000}, {17, 60001, 300000}, {7, 300001, 1200000}, {3, 1800001, 7200000}};
constexpr std::int64_t kNewVisitGapMs = 30 * 60 * 1000;
constexpr double kDeadLinkShare = 0.06;      // page views that hit a dead link
constexpr double kPageServerErrors = 0.02;   // dynamic pages failing with 5xx
constexpr double kBeaconShare = 0.35;        // page views whose analytics beacon reaches this server
constexpr double kBeaconServerErrors = 0.01; // the analytics API failing

} // namespace

AccessLogGenerator::AccessLogGenerator(const GeneratorOptions &options)
    : m_profile(options), m_shape(options, m_profile.agents().bots().empty() ? 0.0 : kBotLineShare),
      m_writer(m_profile, options.utcOffsetMinutes, options.vhostPrefix), m_robots(m_profile, m_writer),
      m_rng(options.seed), m_regularClients(std::max(1, m_profile.ips().humanCount() / 10))
{}

bool AccessLogGenerator::generate(std::string &out, std::size_t softLimitBytes)
{
    if (m_done)
        return false;
    if (softLimitBytes < (std::size_t{256} << 20) && out.capacity() < softLimitBytes + 4096)
        out.reserve(softLimitBytes + 4096);
    while (out.size() < softLimitBytes) {
        // An hour's arrivals join the queue before any request at or after
        // the start of that hour is written, which keeps the output sorted.
        while (m_nextHour < m_shape.hourCount() &&
               (m_queue.isEmpty() || m_queue.nextTime() >= m_shape.hourStartMs(m_nextHour)))
            spawnHour(m_nextHour++);
        if (m_queue.isEmpty() || m_queue.nextTime() >= m_shape.endMs()) {
            m_done = true; // visits still running at the end are cut off, as in a real log
            return false;
        }
        std::int64_t now = 0;
        const std::uint32_t slot = m_queue.pop(now);
        Visitor &v = m_queue[slot];
        if (v.role == Visitor::Role::Human) {
            emitHuman(out, slot, v, now);
        } else {
            const std::int64_t pause = m_robots.writeNext(out, v, m_rng, now);
            if (pause < 0)
                m_queue.release(slot);
            else
                m_queue.schedule(slot, now + pause);
        }
        ++m_lines;
    }
    return true;
}

AccessLogGenerator::PageShape AccessLogGenerator::drawPageShape(SplitMix64 &plan, int pageNumber, bool warm)
{
    PageShape s;
    if (pageNumber > 0 && plan.chance(0.025))
        s.kind = Visitor::Target::FormPost;
    else if (plan.chance(0.011))
        s.kind = Visitor::Target::Download;
    if (s.kind != Visitor::Target::Page)
        return s; // downloads and form posts load no assets
    s.redirect = plan.chance(0.025);
    if (pageNumber == 0)
        s.assets = static_cast<int>(warm ? plan.between(3, 6) : plan.between(7, 14));
    else
        s.assets = static_cast<int>(plan.between(1, 5));
    return s;
}

void AccessLogGenerator::spawnHour(int hour)
{
    const std::int64_t start = m_shape.hourStartMs(hour);
    while (m_plannedHuman < m_shape.humanBudgetThrough(hour)) {
        const std::int64_t t = start + m_rng.between(0, 3599999);
        spawnHuman(t);
    }
    if (m_profile.agents().bots().empty())
        return;
    while (m_plannedBot < m_shape.botBudgetThrough(hour)) {
        const std::int64_t t = start + m_rng.between(0, 3599999);
        spawnRobot(t);
    }
}

void AccessLogGenerator::spawnHuman(std::int64_t timeMs)
{
    const std::uint32_t slot = m_queue.acquire();
    Visitor &v = m_queue[slot];
    v = Visitor{};
    v.plan = SplitMix64(m_rng.next());
    v.role = Visitor::Role::Human;
    // A tenth of the clients are regulars who bring almost a third of the visits.
    const bool regular = m_rng.chance(0.3);
    const int humans = m_profile.ips().humanCount();
    v.client = static_cast<std::int32_t>(regular ? m_rng.below(static_cast<std::uint32_t>(m_regularClients))
                                                 : m_rng.below(static_cast<std::uint32_t>(humans)));
    const bool secondDevice = m_rng.chance(0.2);
    v.agent = static_cast<std::uint16_t>(m_profile.clientAgent(v.client, secondDevice));
    v.site = static_cast<std::uint16_t>(m_profile.pickSite(m_rng));
    v.http2 = m_rng.chance(0.75);
    if (m_rng.chance(0.01))
        v.user = static_cast<std::int8_t>(
            m_rng.below(static_cast<std::uint32_t>(CombinedLineWriter::userCount())));

    v.warm = v.plan.chance(0.3);
    v.requestsLeft = static_cast<std::int32_t>(sampleRange(v.plan, kPagesPerVisit));
    // Replay the structure stream to learn how many lines this visit makes.
    SplitMix64 replay = v.plan;
    std::int64_t lines = 0;
    for (int i = 0; i < v.requestsLeft; ++i) {
        const PageShape s = drawPageShape(replay, i, v.warm);
        lines += 1 + (s.redirect ? 1 : 0) + s.assets;
    }
    m_plannedHuman += lines;
    m_queue.schedule(slot, timeMs);
}

void AccessLogGenerator::spawnRobot(std::int64_t timeMs)
{
    const std::uint32_t slot = m_queue.acquire();
    Visitor &v = m_queue[slot];
    v = Visitor{};
    v.plan = SplitMix64(m_rng.next());
    std::int64_t lines = m_robots.start(v, m_rng);
    // A deep crawl can be longer than a small dataset's whole robot budget.
    const std::int64_t room = m_shape.botBudgetThrough(m_shape.hourCount() - 1) - m_plannedBot;
    if (lines > room && room > 0) {
        lines = room;
        v.requestsLeft = static_cast<std::int32_t>(room);
    }
    m_plannedBot += lines;
    m_queue.schedule(slot, timeMs);
}

void AccessLogGenerator::emitHuman(std::string &out, std::uint32_t slot, Visitor &v, std::int64_t nowMs)
{
    switch (v.step) {
    case Visitor::Step::Page: {
        const PageShape shape = drawPageShape(v.plan, v.pageNumber, v.warm);
        beginPage(v, shape, nowMs);
        if (shape.redirect) {
            writeRedirect(out, v, nowMs); // may send the visitor to another page
            fillAssets(v, shape.assets);
            v.step = Visitor::Step::PageAfterRedirect;
            m_queue.schedule(slot, nowMs + m_rng.between(40, 250));
            return;
        }
        fillAssets(v, shape.assets);
        writePage(out, v, nowMs);
        afterPage(slot, v, nowMs);
        return;
    }
    case Visitor::Step::PageAfterRedirect:
        writePage(out, v, nowMs);
        afterPage(slot, v, nowMs);
        return;
    case Visitor::Step::Asset:
        writeAsset(out, v, nowMs);
        ++v.assetPos;
        if (v.assetPos < v.assetCount) {
            // The analytics beacon fires after the page has rendered.
            const bool beaconNext = v.assets[v.assetPos] == m_profile.site().beacon();
            const std::int64_t delay = beaconNext ? m_rng.between(300, 2500) : m_rng.between(5, 150);
            m_queue.schedule(slot, nowMs + delay);
            return;
        }
        nextPageOrLeave(slot, v, nowMs);
        return;
    }
}

void AccessLogGenerator::afterPage(std::uint32_t slot, Visitor &v, std::int64_t nowMs)
{
    v.assetPos = 0;
    if (v.assetCount > 0) {
        v.step = Visitor::Step::Asset;
        m_queue.schedule(slot, nowMs + m_rng.between(40, 400));
        return;
    }
    nextPageOrLeave(slot, v, nowMs);
}

void AccessLogGenerator::nextPageOrLeave(std::uint32_t slot, Visitor &v, std::int64_t nowMs)
{
    ++v.pageNumber;
    if (--v.requestsLeft <= 0) {
        m_queue.release(slot);
        return;
    }
    const std::int64_t think = sampleRange(m_rng, kThinkTimeMs);
    v.landing = think > kNewVisitGapMs; // a new visit arrives from outside again
    v.step = Visitor::Step::Page;
    m_queue.schedule(slot, nowMs + think);
}

void AccessLogGenerator::beginPage(Visitor &v, const PageShape &shape, std::int64_t nowMs)
{
    const SiteCatalog &site = m_profile.site();
    const bool landing = v.landing || v.lastPage < 0;
    v.landing = false;
    v.query = Visitor::Query::None;
    bool viral = false;
    if (landing) {
        int ref = m_profile.pickReferrer(m_rng);
        // During the burst, part of the arrivals come from the news site
        // and all of those read the same post.
        const auto hour = static_cast<int>((nowMs - m_shape.startMs()) / 3600000);
        const double spike = m_shape.spikeShare(std::clamp(hour, 0, m_shape.hourCount() - 1));
        if (spike > 0.0 && m_rng.chance(spike)) {
            ref = m_profile.newsReferrer();
            viral = true;
        }
        v.refKind = m_profile.referrerIsDirect(ref) ? Visitor::RefKind::None : Visitor::RefKind::External;
        v.refId = ref;
    } else {
        v.refKind = Visitor::RefKind::Page;
        v.refId = v.lastPage;
    }

    switch (shape.kind) {
    case Visitor::Target::Download:
        v.target = Visitor::Target::Download;
        v.targetId = m_profile.pickDownload(m_rng, m_profile.agents().at(v.agent).os);
        if (v.refKind == Visitor::RefKind::Page)
            v.refId = site.downloadPage(); // the download button
        return;
    case Visitor::Target::FormPost: {
        const auto &forms = site.formPages();
        v.target = Visitor::Target::FormPost;
        v.targetId = forms[m_rng.below(static_cast<std::uint32_t>(forms.size()))];
        v.refKind = Visitor::RefKind::Page; // the form posts back to its own page
        v.refId = v.targetId;
        return;
    }
    case Visitor::Target::Page:
    case Visitor::Target::DeadLink:
        break;
    }

    if (viral) {
        v.target = Visitor::Target::Page;
        v.targetId = site.viralPage();
    } else if (m_rng.chance(kDeadLinkShare)) {
        v.target = Visitor::Target::DeadLink;
        v.targetId = static_cast<std::int32_t>(m_rng.below(static_cast<std::uint32_t>(site.deadLinkCount())));
        return;
    } else {
        v.target = Visitor::Target::Page;
        v.targetId = m_profile.pickPage(m_rng);
        if (v.targetId == v.lastPage) // a reload now and then, not every other click
            v.targetId = m_profile.pickPage(m_rng);
    }

    const auto words = static_cast<std::uint32_t>(site.wordCount());
    if (v.targetId == site.searchPage()) {
        v.query = Visitor::Query::Search;
        v.qa = static_cast<std::uint16_t>(m_rng.below(words));
        v.qb = static_cast<std::uint16_t>(m_rng.below(words));
    } else if (landing && !viral && v.refKind == Visitor::RefKind::External &&
               m_profile.referrerIsSocial(v.refId) && m_rng.chance(0.35)) {
        v.query = Visitor::Query::Utm; // social posts carry campaign tags
        v.qa = static_cast<std::uint16_t>(1 + m_rng.below(4));
        v.qb = static_cast<std::uint16_t>(m_rng.below(static_cast<std::uint32_t>(m_profile.campaignCount())));
    } else if (landing && v.refKind == Visitor::RefKind::None && m_rng.chance(0.12)) {
        v.query = Visitor::Query::Utm; // newsletter links: mail clients strip the referrer
        v.qa = 0;
        v.qb = static_cast<std::uint16_t>(m_rng.below(static_cast<std::uint32_t>(m_profile.campaignCount())));
    } else if (v.targetId == site.blogIndexPage() && m_rng.chance(0.3)) {
        v.query = Visitor::Query::Listing;
        v.qa = static_cast<std::uint16_t>(m_rng.between(2, 12));
    }
}

void AccessLogGenerator::fillAssets(Visitor &v, int count)
{
    const SiteCatalog &site = m_profile.site();
    const int page = v.target == Visitor::Target::Page ? v.targetId : site.homePage();
    // The last slot is the analytics beacon where the page sends one to this
    // server; elsewhere (blocked, or sent to a third party) it is one more image.
    const bool beacon = count > 0 && m_rng.chance(kBeaconShare);
    const int room = beacon ? count - 1 : count;
    int k = 0;
    const auto push = [&](int id) {
        if (k < room)
            v.assets[static_cast<std::size_t>(k++)] = static_cast<std::uint16_t>(id);
    };
    if (v.pageNumber == 0) {
        if (v.warm) {
            push(site.mainCss());
            push(site.appJs());
        } else {
            push(site.mainCss());
            push(site.runtimeJs());
            push(site.vendorJs());
            push(site.appJs());
            push(site.font(0));
            push(site.favicon());
            if (m_profile.agents().at(v.agent).requestsTouchIcon())
                push(site.touchIcon());
            push(site.vendorCss());
            push(site.font(1));
            push(site.chunkForPage(page));
        }
    }
    int image = 0;
    while (k < room)
        push(site.imageForPage(page, image++));
    if (beacon)
        v.assets[static_cast<std::size_t>(k++)] = static_cast<std::uint16_t>(site.beacon());
    v.assetCount = static_cast<std::uint8_t>(k);
    v.assetPos = 0;
}

void AccessLogGenerator::writeRedirect(std::string &out, Visitor &v, std::int64_t nowMs)
{
    const SiteCatalog &site = m_profile.site();
    const std::string_view path =
        v.target == Visitor::Target::Page ? site.pagePath(v.targetId) : site.deadLink(v.targetId);
    // Dead links only meet the https upgrade; real pages any redirect.
    const std::uint32_t r = v.target == Visitor::Target::Page ? m_rng.below(100) : 0;
    const std::string_view siteName = m_profile.siteName(v.site);
    if (r < 45 || (r < 75 && path == "/")) {
        // Plain-http link: upgraded to https, same URL.
        m_writer.head(out, v, nowMs, 80);
        out += "GET ";
        out += path;
        m_writer.query(out, v);
        CombinedLineWriter::tail(out, "HTTP/1.1", 301,
                                 SiteCatalog::kRedirectBodyBytes +
                                     static_cast<std::int64_t>(siteName.size() + path.size()));
    } else if (r < 90) {
        // Old URL shapes: a toggled trailing slash or a retired locale prefix.
        m_writer.head(out, v, nowMs, 443);
        out += "GET ";
        if (r < 75) {
            if (path.back() == '/')
                out += path.substr(0, path.size() - 1);
            else {
                out += path;
                out += '/';
            }
        } else {
            out += "/en";
            out += path;
        }
        CombinedLineWriter::tail(out, v.http2 ? "HTTP/2.0" : "HTTP/1.1", 301,
                                 SiteCatalog::kRedirectBodyBytes +
                                     static_cast<std::int64_t>(siteName.size() + path.size()));
    } else {
        // A members-only page: sent to the login form.
        m_writer.head(out, v, nowMs, 443);
        out += "GET /account";
        CombinedLineWriter::tail(out, v.http2 ? "HTTP/2.0" : "HTTP/1.1", 302, 0);
        v.target = Visitor::Target::Page;
        v.targetId = site.loginPage();
        v.query = Visitor::Query::Next;
    }
    m_writer.referrer(out, v, v.refKind, v.refId);
    m_writer.agent(out, v);
}

void AccessLogGenerator::writePage(std::string &out, Visitor &v, std::int64_t nowMs)
{
    const SiteCatalog &site = m_profile.site();
    m_writer.head(out, v, nowMs, 443);
    int status = 200;
    std::int64_t bytes = 0;
    switch (v.target) {
    case Visitor::Target::Page: {
        out += "GET ";
        out += site.pagePath(v.targetId);
        m_writer.query(out, v);
        const SiteCatalog::Page &page = site.page(v.targetId);
        if (m_rng.chance(kPageServerErrors)) {
            status = SiteCatalog::serverError(m_rng, bytes);
        } else {
            bytes = page.bytes;
            // Rendered pages differ a little per request (tokens, "n minutes ago").
            if (page.family == 0 || page.family == 3)
                bytes += m_rng.below(512);
        }
        break;
    }
    case Visitor::Target::DeadLink:
        out += "GET ";
        out += site.deadLink(v.targetId);
        status = 404;
        bytes = SiteCatalog::kNotFoundPageBytes;
        break;
    case Visitor::Target::Download: {
        out += "GET ";
        out += site.downloadPath(v.targetId);
        const std::int64_t size = site.download(v.targetId).bytes;
        const std::uint32_t r = m_rng.below(100);
        if (r < 80) {
            bytes = size;
        } else if (r < 97) {
            status = 206; // a download manager or a resumed transfer
            bytes = m_rng.between(65536, size / 2);
        } else {
            bytes = m_rng.between(1048576, size - 1); // cancelled by the user
        }
        break;
    }
    case Visitor::Target::FormPost:
        out += "POST ";
        out += site.pagePath(v.targetId);
        if (m_rng.chance(0.9)) {
            status = 302; // accepted, redirect after post
            bytes = m_rng.between(180, 260);
        } else {
            bytes = site.page(v.targetId).bytes; // validation errors: the form again
        }
        break;
    }
    CombinedLineWriter::tail(out, v.http2 ? "HTTP/2.0" : "HTTP/1.1", status, bytes);
    m_writer.referrer(out, v, v.refKind, v.refId);
    m_writer.agent(out, v);
    if (v.target == Visitor::Target::Page)
        v.lastPage = v.targetId;
}

void AccessLogGenerator::writeAsset(std::string &out, const Visitor &v, std::int64_t nowMs)
{
    const SiteCatalog &site = m_profile.site();
    const int id = v.assets[v.assetPos];
    const SiteCatalog::Asset &asset = site.asset(id);
    int status = 200;
    std::int64_t bytes = asset.bytes;
    bool post = false;
    switch (asset.kind) {
    case AssetKind::Stylesheet:
    case AssetKind::Script:
    case AssetKind::Font:
    case AssetKind::Favicon:
        if (v.warm && v.pageNumber == 0) {
            status = 304; // revalidated from the browser cache
            bytes = -1;
        }
        break;
    case AssetKind::Image:
        if (v.warm && m_rng.chance(0.25)) {
            status = 304;
            bytes = -1;
        } else if (m_rng.chance(0.004)) {
            status = 404;
            bytes = SiteCatalog::kNotFoundStaticBytes;
        }
        break;
    case AssetKind::TouchIcon:
        status = 404;
        bytes = SiteCatalog::kNotFoundStaticBytes;
        break;
    case AssetKind::Beacon:
        post = true;
        if (m_rng.chance(kBeaconServerErrors)) {
            status = SiteCatalog::serverError(m_rng, bytes);
        } else {
            status = 204;
            bytes = -1;
        }
        break;
    }
    m_writer.head(out, v, nowMs, 443);
    out += post ? "POST " : "GET ";
    out += site.assetPath(id);
    CombinedLineWriter::tail(out, v.http2 ? "HTTP/2.0" : "HTTP/1.1", status, bytes);
    if (asset.kind == AssetKind::Font)
        m_writer.referrer(out, v, Visitor::RefKind::Asset,
                          site.mainCss()); // fonts are loaded by the stylesheet
    else
        m_writer.referrer(
            out, v, v.target == Visitor::Target::Page ? Visitor::RefKind::Page : Visitor::RefKind::DeadLink,
            v.targetId);
    m_writer.agent(out, v);
}

} // namespace es::demo
