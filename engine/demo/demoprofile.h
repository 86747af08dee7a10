#pragma once
// Everything the demo generators draw from, built once from the options: the
// site catalogue with Zipf page popularity, user agents, client addresses and
// the device each client uses, external referrers, campaign tags and the
// host names. Read-only after construction.

#include "demo/discretesampler.h"
#include "demo/generatoroptions.h"
#include "demo/ippool.h"
#include "demo/rng.h"
#include "demo/sitecatalog.h"
#include "demo/stringpool.h"
#include "demo/useragentcatalog.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace es::demo {

class DemoProfile
{
public:
    explicit DemoProfile(const GeneratorOptions &options);

    const GeneratorOptions &options() const { return m_options; }
    const UserAgentCatalog &agents() const { return m_agents; }
    const IpPool &ips() const { return m_ips; }
    const SiteCatalog &site() const { return m_site; }

    int siteCount() const { return m_siteNames.size(); }
    std::string_view siteName(int i) const { return m_siteNames.at(i); }
    int pickSite(Rng &rng) const { return m_sites.sample(rng); }

    int pickPage(Rng &rng) const { return m_pages.sample(rng); }

    // A human client's device: most clients always use one, some a second.
    int clientAgent(int client, bool secondDevice) const
    {
        const auto &v = secondDevice ? m_secondAgent : m_firstAgent;
        return v[static_cast<std::size_t>(client)];
    }
    // A robot by its share of robot traffic; the result indexes agents().bots().
    int pickBotOrdinal(Rng &rng) const { return m_botAgents.sample(rng); }

    // Where a visit comes from: "-", search engines, social sites, e-mail apps.
    int pickReferrer(Rng &rng) const { return m_referrers.sample(rng); }
    std::string_view referrer(int i) const;
    bool referrerIsSocial(int i) const;
    bool referrerIsDirect(int i) const { return i == 0; }
    int newsReferrer() const; // the news site of the traffic burst

    // utm_source/utm_medium pairs and campaign names for tagged landings.
    int utmSourceCount() const;
    std::string_view utmSource(int i) const;
    std::string_view utmMedium(int i) const;
    int campaignCount() const;
    std::string_view campaign(int i) const;

    // A release download that suits the operating system (mostly the latest).
    int pickDownload(Rng &rng, OsFamily os) const;

private:
    GeneratorOptions m_options;
    UserAgentCatalog m_agents;
    IpPool m_ips;
    SiteCatalog m_site;
    StringPool m_siteNames;
    DiscreteSampler m_sites;
    DiscreteSampler m_pages;
    DiscreteSampler m_botAgents;
    DiscreteSampler m_referrers;
    std::vector<std::uint16_t> m_firstAgent;
    std::vector<std::uint16_t> m_secondAgent;
    std::vector<std::vector<int>> m_downloadsByOs; // [OsFamily] -> latest first
};

} // namespace es::demo
