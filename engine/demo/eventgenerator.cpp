#include "demo/eventgenerator.h"

#include "demo/textappend.h"

#include <algorithm>
#include <bit>
#include <iterator>
#include <numeric>
#include <span>
#include <string_view>

// As in the access-log generator, every random draw is a statement of its own
// so that the unspecified evaluation order of operands cannot change output.

namespace es::demo {

namespace {

template<class T> struct Weighted
{
    T value;
    std::uint32_t weight;
};

template<class T, std::size_t N> std::uint32_t totalWeight(const Weighted<T> (&table)[N])
{
    std::uint32_t sum = 0;
    for (const auto &e : table)
        sum += e.weight;
    return sum;
}

// r is uniform in [0, totalWeight(table)).
template<class T, std::size_t N> std::uint8_t weightedIndex(const Weighted<T> (&table)[N], std::uint32_t r)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (r < table[i].weight)
            return static_cast<std::uint8_t>(i);
        r -= table[i].weight;
    }
    return static_cast<std::uint8_t>(N - 1);
}

template<class T, std::size_t N> std::uint8_t pick(Rng &rng, const Weighted<T> (&table)[N])
{
    return weightedIndex(table, rng.below(totalWeight(table)));
}

// Pick from 16 hash bits, for traits that must stay fixed per user.
template<class T, std::size_t N> std::uint8_t pickByHash(const Weighted<T> (&table)[N], std::uint64_t bits16)
{
    return weightedIndex(table, static_cast<std::uint32_t>(((bits16 & 0xffff) * totalWeight(table)) >> 16));
}

// Mobile-first audience of an app with a web front.
constexpr Weighted<OsFamily> kOs[] = {{OsFamily::Android, 38}, {OsFamily::Ios, 27},  {OsFamily::Windows, 20},
                                      {OsFamily::MacOs, 10},   {OsFamily::Linux, 3}, {OsFamily::ChromeOs, 2}};
constexpr Weighted<std::string_view> kCountries[] = {
    {"US", 24}, {"DE", 9}, {"IN", 8}, {"GB", 7}, {"FR", 5}, {"BR", 5}, {"JP", 4}, {"CA", 4}, {"NL", 3},
    {"ES", 3},  {"IT", 3}, {"AU", 3}, {"PL", 2}, {"SE", 2}, {"MX", 2}, {"KR", 2}, {"ID", 2}, {"TR", 2},
    {"CH", 1},  {"AT", 1}, {"BE", 1}, {"NG", 1}, {"ZA", 1}, {"AR", 1}, {"SG", 1}};
constexpr Weighted<std::string_view> kTiers[] = {{"free", 70}, {"pro", 20}, {"team", 8}, {"enterprise", 2}};
constexpr Weighted<std::string_view> kAppVersions[] = {
    {"5.12.1", 55}, {"5.12.0", 20}, {"5.11.4", 15}, {"5.10.2", 7}, {"4.9.8", 3}};
constexpr Weighted<std::string_view> kSources[] = {{"organic", 35}, {"direct", 30}, {"referral", 12},
                                                   {"social", 10},  {"email", 8},   {"paid", 5}};
constexpr Weighted<std::string_view> kSignupMethods[] = {
    {"email", 50}, {"google", 30}, {"github", 15}, {"apple", 5}};
constexpr std::string_view kElements[] = {"cta_signup",      "nav_pricing",    "nav_docs",       "hero_video",
                                          "download_button", "footer_contact", "pricing_toggle", "share_link",
                                          "read_more",       "open_dashboard"};

// Screens per session and the pause between them (ms); app sessions end
// after inactivity, so there is no gap beyond the session timeout here.
constexpr RangeBucket kScreensPerSession[] = {{30, 1, 1}, {18, 2, 2},  {14, 3, 3}, {10, 4, 4},
                                              {8, 5, 5},  {14, 6, 12}, {6, 13, 30}};
constexpr RangeBucket kThinkTimeMs[] = {
    {45, 2000, 20000}, {35, 20001, 90000}, {15, 90001, 300000}, {5, 300001, 900000}};

constexpr std::uint8_t bit(int step)
{
    return static_cast<std::uint8_t>(1u << step);
}

void appendHex16(std::string &out, std::uint64_t v)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (int shift = 60; shift >= 0; shift -= 4)
        out.push_back(kHex[(v >> shift) & 0xf]);
}

std::string_view currencyFor(std::string_view country)
{
    static constexpr std::string_view kEuro[] = {"DE", "FR", "NL", "ES", "IT", "AT", "BE"};
    if (std::find(std::begin(kEuro), std::end(kEuro), country) != std::end(kEuro))
        return "EUR";
    if (country == "GB")
        return "GBP";
    if (country == "CH")
        return "CHF";
    return "USD";
}

} // namespace

EventGenerator::EventGenerator(const GeneratorOptions &options)
    : m_profile(options), m_shape(options, 0.0), m_rng(options.seed ^ 0x6a09e667f3bcc908ULL)
{
    m_userPool = options.userPoolSize > 0 ? options.userPoolSize : std::max(16, options.ipPoolSize / 2);
    m_userActivity = DiscreteSampler::zipf(m_userPool, 0.7);
    // Spread activity ranks over the id range so that u1 is not the busiest user.
    m_userStride = static_cast<std::uint32_t>(m_userPool * 0.618) | 1u;
    while (std::gcd(m_userStride, static_cast<std::uint32_t>(m_userPool)) != 1)
        m_userStride += 2;
    m_idSalt = SplitMix64::mix(options.seed ^ 0xbb67ae8584caa73bULL);
}

bool EventGenerator::generate(std::string &out, std::size_t softLimitBytes)
{
    if (m_done)
        return false;
    if (softLimitBytes < (std::size_t{256} << 20) && out.capacity() < softLimitBytes + 4096)
        out.reserve(softLimitBytes + 4096);
    while (out.size() < softLimitBytes) {
        while (m_nextHour < m_shape.hourCount() &&
               (m_queue.isEmpty() || m_queue.nextTime() >= m_shape.hourStartMs(m_nextHour)))
            spawnHour(m_nextHour++);
        if (m_queue.isEmpty() || m_queue.nextTime() >= m_shape.endMs()) {
            m_done = true;
            return false;
        }
        std::int64_t now = 0;
        const std::uint32_t slot = m_queue.pop(now);
        emitEvent(out, slot, m_queue[slot], now);
        ++m_lines;
    }
    return true;
}

std::uint8_t EventGenerator::drawPageEvents(SplitMix64 &plan)
{
    std::uint8_t pending = 0;
    if (plan.chance(0.10))
        pending |= bit(static_cast<int>(Step::Search));
    if (plan.chance(0.55))
        pending |= bit(static_cast<int>(Step::Click));
    if (plan.chance(0.02))
        pending |= bit(static_cast<int>(Step::Download));
    return pending;
}

void EventGenerator::spawnHour(int hour)
{
    const std::int64_t start = m_shape.hourStartMs(hour);
    while (m_planned < m_shape.humanBudgetThrough(hour)) {
        const std::int64_t t = start + m_rng.between(0, 3599999);
        spawnSession(t);
    }
}

void EventGenerator::assignUserTraits(Session &s, std::uint32_t user) const
{
    // Traits derive from the id, so a user keeps device, country and plan.
    const std::uint64_t h = SplitMix64::mix(m_idSalt ^ (std::uint64_t{user} * 0x9e3779b97f4a7c15ULL));
    s.user = user;
    s.os = pickByHash(kOs, h);
    s.country = pickByHash(kCountries, h >> 16);
    s.tier = pickByHash(kTiers, h >> 32);
}

void EventGenerator::spawnSession(std::int64_t timeMs)
{
    const std::uint32_t slot = m_queue.acquire();
    Session &s = m_queue[slot];
    s = Session{};
    s.plan = SplitMix64(m_rng.next());
    s.sessionId = SplitMix64::mix(m_idSalt + ++m_sessionCounter);
    s.startMs = timeMs;

    const bool anonymous = s.plan.chance(0.35);
    if (anonymous) {
        s.os = pick(m_rng, kOs);
        s.country = pick(m_rng, kCountries);
    } else {
        const auto rank = static_cast<std::uint64_t>(m_userActivity.sample(m_rng));
        const auto user = static_cast<std::uint32_t>((rank * m_userStride + 7919) %
                                                     static_cast<std::uint64_t>(m_userPool)) +
                          1;
        assignUserTraits(s, user);
    }
    s.appVersion = pick(m_rng, kAppVersions);
    s.source = pick(m_rng, kSources);

    const auto pages = static_cast<std::int32_t>(sampleRange(s.plan, kScreensPerSession));
    if (anonymous && s.plan.chance(0.08))
        s.signupAt = static_cast<std::int32_t>(s.plan.between(0, pages - 1));
    if (!anonymous && s.plan.chance(0.06))
        s.purchaseAt = static_cast<std::int32_t>(s.plan.between(0, pages - 1));
    s.pagesLeft = pages;

    // Replay the structure stream to learn how many lines this session makes.
    SplitMix64 replay = s.plan;
    std::int64_t lines = 2 + (s.signupAt >= 0 ? 1 : 0) + (s.purchaseAt >= 0 ? 1 : 0);
    for (int i = 0; i < pages; ++i)
        lines += 1 + std::popcount(drawPageEvents(replay));
    m_planned += lines;
    s.step = Step::Start;
    m_queue.schedule(slot, timeMs);
}

void EventGenerator::emitEvent(std::string &out, std::uint32_t slot, Session &s, std::int64_t nowMs)
{
    const SiteCatalog &site = m_profile.site();
    switch (s.step) {
    case Step::Start:
        writeHead(out, "session_start", s, nowMs);
        writeCommonParams(out, s);
        out += ",\"app_version\":\"";
        out += kAppVersions[s.appVersion].value;
        out += "\",\"source\":\"";
        out += kSources[s.source].value;
        out += "\"}}\n";
        s.step = Step::PageView;
        m_queue.schedule(slot, nowMs + m_rng.between(200, 3000));
        return;
    case Step::PageView:
        s.page = m_profile.pickPage(m_rng);
        writeHead(out, "page_view", s, nowMs);
        writeCommonParams(out, s);
        out += ",\"path\":\"";
        out += site.pagePath(s.page);
        out += "\"}}\n";
        s.pending = drawPageEvents(s.plan);
        if (s.pageNumber == s.signupAt)
            s.pending |= bit(static_cast<int>(Step::Signup));
        if (s.pageNumber == s.purchaseAt)
            s.pending |= bit(static_cast<int>(Step::Purchase));
        break;
    case Step::Search: {
        writeHead(out, "search", s, nowMs);
        writeCommonParams(out, s);
        const auto words = static_cast<std::uint32_t>(site.wordCount());
        const auto w1 = static_cast<int>(m_rng.below(words));
        const auto w2 = static_cast<int>(m_rng.below(words));
        out += ",\"query\":\"";
        out += site.word(w1);
        out += ' ';
        out += site.word(w2);
        out += "\",\"results\":";
        const bool none = m_rng.chance(0.08);
        appendInt(out, none ? 0 : m_rng.between(1, 240));
        out += "}}\n";
        break;
    }
    case Step::Click: {
        writeHead(out, "click", s, nowMs);
        writeCommonParams(out, s);
        out += ",\"element\":\"";
        out += kElements[m_rng.below(static_cast<std::uint32_t>(std::size(kElements)))];
        out += "\",\"path\":\"";
        out += site.pagePath(s.page);
        out += "\"}}\n";
        break;
    }
    case Step::Download: {
        writeHead(out, "download", s, nowMs);
        writeCommonParams(out, s);
        out += ",\"file\":\"";
        out += site.downloadPath(m_profile.pickDownload(m_rng, kOs[s.os].value));
        out += "\"}}\n";
        break;
    }
    case Step::Signup: {
        // The visitor becomes a known user from here on.
        s.user = static_cast<std::uint32_t>(m_userPool) + ++m_signups;
        s.tier = 0;
        writeHead(out, "signup", s, nowMs);
        writeCommonParams(out, s);
        out += ",\"method\":\"";
        out += kSignupMethods[pick(m_rng, kSignupMethods)].value;
        out += "\"}}\n";
        break;
    }
    case Step::Purchase: {
        writeHead(out, "purchase", s, nowMs);
        writeCommonParams(out, s);
        // An upgrade to the next plan, or prepaid credits at the top.
        static constexpr std::int64_t kMonthlyCents[] = {0, 1900, 4900, 49900};
        static constexpr std::int64_t kCredits[] = {1000, 2500, 5000, 10000};
        const bool credits = s.tier >= 3 || m_rng.chance(0.15);
        std::int64_t cents = 0;
        std::string_view product;
        std::string_view billing = "one_time";
        if (credits) {
            product = "credits";
            cents = kCredits[m_rng.below(std::size(kCredits))];
        } else {
            const std::uint8_t next = static_cast<std::uint8_t>(s.tier + 1);
            product = kTiers[next].value;
            const bool yearly = m_rng.chance(0.35);
            billing = yearly ? "yearly" : "monthly";
            cents = kMonthlyCents[next] * (yearly ? 10 : 1);
            s.tier = next;
        }
        out += ",\"product\":\"";
        out += product;
        out += "\",\"billing\":\"";
        out += billing;
        out += "\",\"amount\":";
        appendCents(out, cents);
        out += ",\"currency\":\"";
        out += currencyFor(kCountries[s.country].value);
        out += "\"}}\n";
        break;
    }
    case Step::End:
        writeHead(out, "session_end", s, nowMs);
        writeCommonParams(out, s);
        out += ",\"duration_ms\":";
        appendInt(out, nowMs - s.startMs);
        out += ",\"page_views\":";
        appendInt(out, s.pageNumber);
        out += "}}\n";
        m_queue.release(slot);
        return;
    }
    if (s.step != Step::PageView)
        s.pending &= static_cast<std::uint8_t>(~bit(static_cast<int>(s.step)));
    scheduleNext(slot, s, nowMs);
}

void EventGenerator::scheduleNext(std::uint32_t slot, Session &s, std::int64_t nowMs)
{
    if (s.pending != 0) {
        s.step = static_cast<Step>(std::countr_zero(s.pending));
        std::int64_t delay = 0;
        switch (s.step) {
        case Step::Search:
            delay = m_rng.between(2000, 15000);
            break;
        case Step::Click:
            delay = m_rng.between(1000, 25000);
            break;
        case Step::Download:
            delay = m_rng.between(1000, 10000);
            break;
        case Step::Signup:
            delay = m_rng.between(20000, 120000);
            break;
        default:
            delay = m_rng.between(30000, 300000);
            break;
        }
        m_queue.schedule(slot, nowMs + delay);
        return;
    }
    ++s.pageNumber;
    if (--s.pagesLeft > 0) {
        s.step = Step::PageView;
        m_queue.schedule(slot, nowMs + sampleRange(m_rng, kThinkTimeMs));
        return;
    }
    s.step = Step::End;
    m_queue.schedule(slot, nowMs + m_rng.between(1000, 30000));
}

void EventGenerator::writeHead(std::string &out, const char *type, const Session &s, std::int64_t nowMs) const
{
    out += "{\"event_type\":\"";
    out += type;
    out += "\",\"ts\":";
    appendInt(out, nowMs);
    if (s.user != 0) {
        out += ",\"user_id\":\"u";
        appendInt(out, s.user);
        out += '"';
    }
    out += ",\"session_id\":\"s";
    appendHex16(out, s.sessionId);
    out += "\",\"params\":{";
}

void EventGenerator::writeCommonParams(std::string &out, const Session &s) const
{
    out += "\"os_type\":\"";
    out += UserAgentCatalog::osTypeName(kOs[s.os].value);
    out += "\",\"country\":\"";
    out += kCountries[s.country].value;
    out += '"';
    if (s.user != 0) {
        out += ",\"plan\":\"";
        out += kTiers[s.tier].value;
        out += '"';
    }
}

} // namespace es::demo
