#include "ingest/enricher.h"

#include "enrich/geoip.h"
#include "enrich/requestclassifier.h"
#include "enrich/useragentparser.h"

#include <mutex>

namespace es {

namespace {
// The user-agent parser compiles uap-core's regexes once per process, on
// first use; imports of files without user agents never load it.
UserAgentCache &sharedUserAgentCache()
{
    static UserAgentCache cache(std::make_shared<const UserAgentParser>());
    return cache;
}

} // namespace

const GeoLookup *sharedGeoLookup(const QString &mmdbPath, QString *error)
{
    static std::mutex mutex;
    static std::unique_ptr<GeoLookup> geo;
    static QString openedPath, openError;
    static bool tried = false;
    std::lock_guard lock(mutex);
    if (!tried || openedPath != mmdbPath) {
        tried = true;
        openedPath = mmdbPath;
        openError.clear();
        auto fresh = std::make_unique<GeoLookup>();
        if (fresh->open(mmdbPath, &openError))
            geo = std::move(fresh);
        else
            geo.reset();
    }
    if (error)
        *error = openError;
    return geo.get();
}

Enricher::Enricher() = default;
Enricher::~Enricher() = default;

RecordFacts Enricher::facts(const Record &r)
{
    RecordFacts f;
    std::string_view userAgent;
    if (r.kind == RecordKind::Request) {
        if (!r.userAgent.empty() && r.userAgent != "-") {
            if (!userAgents)
                userAgents = std::make_unique<UserAgentLookup>(sharedUserAgentCache());
            const ParsedUserAgent &ua = userAgents->lookup(r.userAgent);
            f.bot = ua.bot;
            f.deviceType = int(ua.deviceType);
            f.browser = ua.browser.family;
            f.os = ua.os.family;
            f.browserVersion = ua.browserVersion;
            userAgent = r.userAgent;
        } else {
            f.deviceType = int(DeviceType::Other);
        }
        if (!r.referrer.empty() && r.referrer != "-")
            f.referrer = RequestClassifier::referrerDomain(r.referrer, referrerBuffer);
        if (ctx->geo && !r.clientIp.empty())
            f.country = GeoLookup::packCountry(ctx->geo->countryOf(r.clientIp));
    }
    const RequestClassifier::Facts c = ctx->classifier->classify(r, f.bot);
    f.pageView = c.pageView;
    f.download = c.download;
    f.visitor = visitorOf(r, userAgent);
    if (!r.sessionId.empty())
        f.sessionId = VisitorSketch::hashKey(r.sessionId) | 1;
    if (r.kind == RecordKind::Event) {
        if (r.eventType == "session_start")
            f.sessionEvent = 1;
        else if (r.eventType == "session_end")
            f.sessionEvent = 2;
    }
    return f;
}

std::uint64_t Enricher::visitorOf(const Record &r, std::string_view userAgent)
{
    keyBuffer.clear();
    if (!r.userId.empty()) {
        keyBuffer.append("u\x1f").append(r.userId);
        return VisitorSketch::hashKey(keyBuffer) | 1;
    }
    if (r.clientIp.empty() || r.clientIp == "-")
        return 0;
    std::string_view ip = r.clientIp;
    if (ctx->anonymizer.mode() != IpAnonymizer::Mode::Off) {
        ipBuffer = ctx->anonymizer.anonymize(ip);
        ip = ipBuffer;
    }
    keyBuffer.append(ip);
    if (ctx->visitorKey == AnalyticsSettings::VisitorKey::IpUserAgent)
        keyBuffer.append("\x1f").append(userAgent);
    return VisitorSketch::hashKey(keyBuffer) | 1;
}

} // namespace es
