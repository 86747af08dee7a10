#include "demo/demoprofile.h"

#include <algorithm>
#include <iterator>

namespace es::demo {

namespace {

struct ReferrerEntry
{
    std::string_view text;
    double weight;
    bool social;
};

// Landing referrers. Index 0 must stay "-" (direct traffic, typed URLs,
// bookmarks, apps that strip the header).
constexpr ReferrerEntry kReferrers[] = {
    {"-", 30, false},
    {"https://www.google.com/", 30, false},
    {"https://www.google.de/", 2, false},
    {"https://www.google.co.uk/", 1.5, false},
    {"https://www.google.fr/", 1, false},
    {"https://www.google.co.in/", 1, false},
    {"https://www.bing.com/", 5, false},
    {"https://duckduckgo.com/", 3, false},
    {"https://search.yahoo.com/", 0.8, false},
    {"https://yandex.ru/", 0.8, false},
    {"https://www.baidu.com/", 0.4, false},
    {"https://www.ecosia.org/", 0.4, false},
    {"https://t.co/", 2.5, true},
    {"https://www.facebook.com/", 2, true},
    {"https://l.facebook.com/", 1.5, true},
    {"https://www.reddit.com/", 2.5, true},
    {"https://www.linkedin.com/", 2, true},
    {"https://news.ycombinator.com/", 1.5, true},
    {"https://github.com/", 3, false},
    {"https://stackoverflow.com/", 2, false},
    {"android-app://com.google.android.gm/", 1, false},
    {"https://www.youtube.com/", 1, true},
    {"https://medium.com/", 1, false},
    {"https://dev.to/", 0.6, false},
    {"https://chatgpt.com/", 1.2, false},
    {"https://www.producthunt.com/", 0.6, true},
    {"https://lobste.rs/", 0.3, true},
    {"https://www.g2.com/", 0.5, false},
    {"https://alternativeto.net/", 0.4, false},
};
constexpr int kNewsReferrer = 17;

constexpr std::string_view kUtm[][2] = {{"newsletter", "email"}, {"twitter", "social"},
                                        {"linkedin", "social"},  {"facebook", "social"},
                                        {"reddit", "social"},    {"google", "cpc"}};
constexpr std::string_view kCampaigns[] = {"autumn-launch", "weekly-digest", "v2-4-release", "webinar-oct",
                                           "retargeting"};

} // namespace

DemoProfile::DemoProfile(const GeneratorOptions &options)
    : m_options(options), m_agents(options.userAgentCount),
      m_ips(std::max(options.ipPoolSize, 16), m_agents, options.seed), m_site(std::max(options.pathCount, 1))
{
    QStringList sites = options.sites;
    sites.removeAll(QString());
    if (sites.isEmpty())
        sites << QStringLiteral("www.example.com");
    std::vector<double> siteWeights;
    for (const QString &s : std::as_const(sites)) {
        m_siteNames.add(s.toStdString());
        // The first site is the main one; the others get a falling share.
        siteWeights.push_back(1.0 / static_cast<double>(siteWeights.size() + 1));
    }
    m_sites = DiscreteSampler(siteWeights);

    m_pages =
        DiscreteSampler::zipf(m_site.pageCount(), options.zipfExponent > 0.0 ? options.zipfExponent : 1.1);

    std::vector<double> humanWeights;
    for (int i : m_agents.humans())
        humanWeights.push_back(m_agents.at(i).weight);
    const DiscreteSampler humanAgents(humanWeights);
    std::vector<double> botWeights;
    for (int i : m_agents.bots())
        botWeights.push_back(m_agents.at(i).weight);
    m_botAgents = DiscreteSampler(botWeights);

    std::vector<double> refWeights;
    for (const auto &r : kReferrers)
        refWeights.push_back(r.weight);
    m_referrers = DiscreteSampler(refWeights);

    Rng rng(options.seed ^ 0x3c6ef372fe94f82bULL);
    const auto clients = static_cast<std::size_t>(m_ips.humanCount());
    m_firstAgent.resize(clients);
    m_secondAgent.resize(clients);
    for (std::size_t c = 0; c < clients; ++c) {
        const int first = humanAgents.sample(rng);
        const int second = humanAgents.sample(rng);
        m_firstAgent[c] = static_cast<std::uint16_t>(m_agents.humans()[static_cast<std::size_t>(first)]);
        m_secondAgent[c] = static_cast<std::uint16_t>(m_agents.humans()[static_cast<std::size_t>(second)]);
    }

    m_downloadsByOs.resize(static_cast<std::size_t>(OsFamily::Other) + 1);
    for (std::size_t os = 0; os < m_downloadsByOs.size(); ++os) {
        auto &list = m_downloadsByOs[os];
        const auto family = static_cast<OsFamily>(os);
        const OsFamily wanted = family == OsFamily::ChromeOs ? OsFamily::Linux : family;
        for (int d = 0; d < m_site.downloadCount(); ++d) {
            const OsFamily fileOs = m_site.download(d).os;
            const bool any =
                wanted == OsFamily::Android || wanted == OsFamily::Ios || wanted == OsFamily::Other;
            if (any || fileOs == wanted)
                list.push_back(d);
        }
        // Latest release first; the catalogue lists releases newest first.
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            return m_site.download(a).latest && !m_site.download(b).latest;
        });
    }
}

std::string_view DemoProfile::referrer(int i) const
{
    return kReferrers[static_cast<std::size_t>(i)].text;
}

bool DemoProfile::referrerIsSocial(int i) const
{
    return kReferrers[static_cast<std::size_t>(i)].social;
}

int DemoProfile::newsReferrer() const
{
    return kNewsReferrer;
}

int DemoProfile::utmSourceCount() const
{
    return static_cast<int>(std::size(kUtm));
}

std::string_view DemoProfile::utmSource(int i) const
{
    return kUtm[static_cast<std::size_t>(i)][0];
}

std::string_view DemoProfile::utmMedium(int i) const
{
    return kUtm[static_cast<std::size_t>(i)][1];
}

int DemoProfile::campaignCount() const
{
    return static_cast<int>(std::size(kCampaigns));
}

std::string_view DemoProfile::campaign(int i) const
{
    return kCampaigns[static_cast<std::size_t>(i)];
}

int DemoProfile::pickDownload(Rng &rng, OsFamily os) const
{
    const auto &list = m_downloadsByOs[static_cast<std::size_t>(os)];
    if (list.empty())
        return 0;
    int latest = 0;
    while (latest < static_cast<int>(list.size()) &&
           m_site.download(list[static_cast<std::size_t>(latest)]).latest)
        ++latest;
    // Most people take the newest release; a few fetch an older one.
    if (latest > 0 && (latest == static_cast<int>(list.size()) || rng.chance(0.85))) {
        const auto pick = rng.below(static_cast<std::uint32_t>(latest));
        return list[pick];
    }
    const auto pick = rng.between(latest, static_cast<std::int64_t>(list.size()) - 1);
    return list[static_cast<std::size_t>(pick)];
}

} // namespace es::demo
