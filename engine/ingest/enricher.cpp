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

namespace {

void skipSpace(std::string_view s, size_t &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        ++i;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | cp >> 6));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | cp >> 12));
        out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | cp >> 18));
        out.push_back(char(0x80 | (cp >> 12 & 0x3F)));
        out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

bool hex4(std::string_view s, size_t i, std::uint32_t &v)
{
    if (i + 4 > s.size())
        return false;
    v = 0;
    for (size_t k = i; k < i + 4; ++k) {
        const char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= std::uint32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= std::uint32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= std::uint32_t(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

// Reads the string starting at s[i] == '"'; unescaped into *out when given.
bool readString(std::string_view s, size_t &i, std::string *out)
{
    ++i;
    while (i < s.size()) {
        const char c = s[i++];
        if (c == '"')
            return true;
        if (c != '\\') {
            if (out)
                out->push_back(c);
            continue;
        }
        if (i >= s.size())
            return false;
        const char e = s[i++];
        if (e == 'u') {
            std::uint32_t cp = 0;
            if (!hex4(s, i, cp))
                return false;
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                std::uint32_t lo = 0;
                if (hex4(s, i + 2, lo) && lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            if (out)
                appendUtf8(*out, cp);
            continue;
        }
        if (!out)
            continue;
        switch (e) {
        case 'n':
            out->push_back('\n');
            break;
        case 't':
            out->push_back('\t');
            break;
        case 'r':
            out->push_back('\r');
            break;
        case 'b':
            out->push_back('\b');
            break;
        case 'f':
            out->push_back('\f');
            break;
        default: // '"', '\\', '/'
            out->push_back(e);
        }
    }
    return false;
}

// Skips any value; false when the text is not well formed.
bool skipValue(std::string_view s, size_t &i)
{
    skipSpace(s, i);
    if (i >= s.size())
        return false;
    if (s[i] == '"')
        return readString(s, i, nullptr);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                if (!readString(s, i, nullptr))
                    return false;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0) {
                ++i;
                return true;
            }
            ++i;
        }
        return false;
    }
    const size_t start = i;
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
           s[i] != '\n' && s[i] != '\r')
        ++i;
    return i > start;
}

} // namespace

bool jsonMemberText(std::string_view s, std::string_view key, std::string &out)
{
    size_t i = 0;
    skipSpace(s, i);
    if (i >= s.size() || s[i] != '{')
        return false;
    ++i;
    std::string name;
    for (;;) {
        skipSpace(s, i);
        if (i >= s.size() || s[i] != '"')
            return false; // '}' of an empty or finished object, or bad text
        name.clear();
        if (!readString(s, i, &name))
            return false;
        skipSpace(s, i);
        if (i >= s.size() || s[i] != ':')
            return false;
        ++i;
        skipSpace(s, i);
        if (name == key) {
            out.clear();
            if (i >= s.size())
                return false;
            if (s[i] == '"')
                return readString(s, i, &out);
            if (s[i] == '{' || s[i] == '[')
                return false;
            const size_t start = i;
            if (!skipValue(s, i))
                return false;
            const std::string_view token = s.substr(start, i - start);
            if (token == "null")
                return false;
            out.assign(token);
            return true;
        }
        if (!skipValue(s, i))
            return false;
        skipSpace(s, i);
        if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
        }
        return false;
    }
}

void EnrichContext::configure(const AnalyticsSettings &settings)
{
    visitorKey = settings.visitorKey;
    anonymizer = IpAnonymizer(settings.anonymize, settings.ipSalt);
    extraCrawlers.clear();
    for (const QString &t : settings.extraCrawlers) {
        if (!t.trimmed().isEmpty())
            extraCrawlers.push_back(t.trimmed().toLower().toStdString());
    }
    for (int slot = 0; slot < int(paramKeys.size()); ++slot)
        paramKeys[size_t(slot)] = settings.paramKeys.value(slot).toStdString();
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
            if (!f.bot && !ctx->extraCrawlers.empty()) {
                auto matches = [&] {
                    std::string lower(r.userAgent);
                    for (char &c : lower)
                        c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
                    for (const std::string &token : ctx->extraCrawlers) {
                        if (lower.find(token) != std::string::npos)
                            return true;
                    }
                    return false;
                };
                bool bot = false;
                if (userAgents->isStable(ua)) { // decided once per distinct user agent
                    if (extraBots.size() > 65536)
                        extraBots.clear();
                    auto [it, fresh] = extraBots.try_emplace(&ua, false);
                    if (fresh)
                        it->second = matches();
                    bot = it->second;
                } else {
                    bot = matches();
                }
                if (bot) {
                    f.bot = true;
                    f.deviceType = int(DeviceType::Bot);
                }
            }
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
    if (!r.params.empty() && ctx->anyParamKey()) {
        for (size_t slot = 0; slot < ctx->paramKeys.size(); ++slot) {
            const std::string &key = ctx->paramKeys[slot];
            if (!key.empty() && jsonMemberText(r.params, key, paramBuffers[slot]) &&
                !paramBuffers[slot].empty())
                f.params[slot] = paramBuffers[slot];
        }
    }
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
