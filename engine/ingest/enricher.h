#pragma once
// Enrichment of parsed records in the import's parse workers
// (docs/METRICS.md): user agent, bot, page view, download, referrer domain,
// country and the visitor key.

#include "aggregate/aggregate.h"
#include "enrich/ipanonymizer.h"
#include "store/analyticssettings.h"

#include <QString>
#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace es {

class GeoLookup;
class RequestClassifier;
class UserAgentLookup;

// The country database, opened once per process on first use and reopened
// only when another file is asked for. Null when none can be opened; *error
// then says why.
const GeoLookup *sharedGeoLookup(const QString &mmdbPath, QString *error);

// What every parse worker shares: the settings and the lookups.
struct EnrichContext
{
    // Settings into a context (the lookups stay as they are).
    void configure(const AnalyticsSettings &settings);

    const RequestClassifier *classifier = nullptr;
    const GeoLookup *geo = nullptr; // null: no countries
    IpAnonymizer anonymizer;
    AnalyticsSettings::VisitorKey visitorKey = AnalyticsSettings::VisitorKey::IpUserAgent;
    // More user-agent tokens that mark a bot, lower-case (AnalyticsSettings::extraCrawlers).
    std::vector<std::string> extraCrawlers;
    // The params.* keys that are dimensions, by slot; empty for a free slot.
    std::array<std::string, 4> paramKeys;
    // The site of records that name none (ImportOptions::site); "" = none.
    std::string defaultSite;
    bool anyParamKey() const
    {
        for (const std::string &k : paramKeys) {
            if (!k.empty())
                return true;
        }
        return false;
    }
};

// The value of `key` among the top-level members of the JSON object text
// `object`, as text: a string unescaped, a number or true/false as written.
// False for a missing key, null, an object, an array or text that is not a
// JSON object. `out` holds the value.
bool jsonMemberText(std::string_view object, std::string_view key, std::string &out);

// A parse worker's enrichment state.
struct Enricher
{
    const EnrichContext *ctx = nullptr;
    std::unique_ptr<UserAgentLookup> userAgents; // created on the first user agent
    std::string keyBuffer, referrerBuffer, ipBuffer;
    std::array<std::string, 4> paramBuffers;
    // Whether a parsed user agent matches extraCrawlers, by its cache entry.
    std::unordered_map<const void *, bool> extraBots;

    Enricher();
    ~Enricher();
    RecordFacts facts(const Record &r);
    // The visitor key (docs/METRICS.md): the user id when the record has
    // one, else the client address (anonymised first when so configured),
    // with the user agent by default. 0 when the record has neither.
    std::uint64_t visitorOf(const Record &r, std::string_view userAgent);
};

} // namespace es
