#include "enrich/useragentparser.h"

#include <algorithm>
#include <array>
#include <exception>
#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <stdexcept>
#include <unordered_map>
#include <yaml-cpp/yaml.h>

namespace es {

namespace {

// Groups $0..$9 are addressable in replacements.
constexpr int kMaxGroups = 10;

enum class Section : std::uint8_t { Browser, Os, Device };

// One regexes.yaml entry. Replacement slots per section:
//   browser: family, v1, v2, v3, v4
//   os:      os, os_v1, os_v2, os_v3, os_v4
//   device:  device, brand, model
struct Entry
{
    int groups = 0; // capturing groups, capped to kMaxGroups - 1
    std::array<std::string, 5> repl;
};

constexpr std::array<const char *, 5> kBrowserKeys = {"family_replacement", "v1_replacement",
                                                      "v2_replacement", "v3_replacement", "v4_replacement"};
constexpr std::array<const char *, 5> kOsKeys = {"os_replacement", "os_v1_replacement", "os_v2_replacement",
                                                 "os_v3_replacement", "os_v4_replacement"};
constexpr std::array<const char *, 5> kDeviceKeys = {"device_replacement", "brand_replacement",
                                                     "model_replacement", nullptr, nullptr};

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isAsciiSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isAsciiSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool hasPlaceholder(std::string_view s)
{
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] == '$' && s[i + 1] >= '0' && s[i + 1] <= '9')
            return true;
    }
    return false;
}

std::string_view group(const re2::StringPiece *groups, int count, int index)
{
    if (index >= count || groups[index].data() == nullptr)
        return {};
    return std::string_view(groups[index].data(), groups[index].size());
}

// $0..$9 replaced by the groups (nothing for an unmatched group), trimmed.
std::string expand(std::string_view tmpl, const re2::StringPiece *groups, int count)
{
    std::string out;
    out.reserve(tmpl.size() + 16);
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '$' && i + 1 < tmpl.size() && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9') {
            out += group(groups, count, tmpl[i + 1] - '0');
            ++i;
        } else {
            out += tmpl[i];
        }
    }
    return std::string(trimmed(out));
}

// A replacement when the entry has one (templated if it has placeholders),
// else group `fallback` (0: no fallback). Empty means absent.
std::string resolve(const std::string &repl, const re2::StringPiece *groups, int count, int fallback)
{
    if (!repl.empty())
        return hasPlaceholder(repl) ? expand(repl, groups, count) : repl;
    if (fallback > 0)
        return std::string(group(groups, count, fallback));
    return {};
}

// RE2 builds an automaton state per repetition, so the long bounded
// repetitions the file uses against backtracking ({0,200}, {1,100}) make
// some programs too large. With RE2 they can be unbounded: {0,N} -> *,
// {1,N} -> + for N >= 100, outside character classes.
std::string rewriteLongRepetitions(const std::string &re, bool *changed)
{
    std::string out;
    out.reserve(re.size());
    bool escape = false;
    int inClass = 0;
    *changed = false;
    for (std::size_t i = 0; i < re.size(); ++i) {
        const char c = re[i];
        if (escape) {
            escape = false;
            out += c;
            continue;
        }
        if (c == '\\') {
            escape = true;
            out += c;
            continue;
        }
        if (c == '[') {
            ++inClass;
        } else if (c == ']' && inClass > 0) {
            --inClass;
        } else if (c == '{' && inClass == 0 && i + 3 < re.size() && (re[i + 1] == '0' || re[i + 1] == '1') &&
                   re[i + 2] == ',') {
            std::size_t j = i + 3;
            while (j < re.size() && re[j] >= '0' && re[j] <= '9')
                ++j;
            if (j < re.size() && re[j] == '}' && j - (i + 3) >= 3) {
                out += re[i + 1] == '0' ? '*' : '+';
                i = j;
                *changed = true;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

template<std::size_t N> bool oneOf(std::string_view s, const std::array<std::string_view, N> &set)
{
    return std::find(set.begin(), set.end(), s) != set.end();
}

// One section's regexes in file order, behind RE2's prefilter: FilteredRE2
// reduces each regex to literal strings ("atoms") that any match must contain
// (an AND/OR tree of them). The atoms found in the lower-cased input select
// the candidate regexes, usually a handful out of hundreds, which are then
// tried in file order. Atoms are found through an index by their first three
// bytes, one hash lookup per input position.
class Matcher
{
public:
    static constexpr int kMinAtomLength = 3;

    // Returns false and sets *error when RE2 rejects the pattern.
    bool add(const std::string &pattern, bool caseInsensitive, Entry entry, std::string *error)
    {
        RE2::Options options;
        options.set_log_errors(false);
        options.set_case_sensitive(!caseInsensitive);
        int id = -1;
        if (m_filter.Add(pattern, options, &id) != RE2::NoError) {
            *error = RE2(pattern, options).error();
            return false;
        }
        entry.groups = std::min(m_filter.GetRE2(id).NumberOfCapturingGroups(), kMaxGroups - 1);
        m_entries.push_back(std::move(entry));
        return true;
    }

    void compile()
    {
        if (m_entries.empty())
            return;
        m_filter.Compile(&m_atoms);
        for (std::size_t i = 0; i < m_atoms.size(); ++i) {
            const std::string &a = m_atoms[i];
            if (a.size() < kMinAtomLength)
                m_shortAtoms.push_back(int(i));
            else
                m_atomsByPrefix[prefixKey(a.data())].push_back(int(i));
        }
    }

    // The first entry matching text, its groups in groups[0..*count).
    const Entry *match(std::string_view text, re2::StringPiece *groups, int *count) const
    {
        if (m_entries.empty())
            return nullptr;
        const re2::StringPiece input(text.data(), text.size());
        auto tryEntry = [&](int id) -> const Entry * {
            const RE2 &re = m_filter.GetRE2(id);
            // The match test runs the DFA only; groups are computed for the
            // one regex that matches.
            if (!re.Match(input, 0, input.size(), RE2::UNANCHORED, nullptr, 0))
                return nullptr;
            const Entry &e = m_entries[std::size_t(id)];
            *count = e.groups + 1;
            if (!re.Match(input, 0, input.size(), RE2::UNANCHORED, groups, *count))
                return nullptr;
            return &e;
        };

        // The atoms are ASCII and matched against an ASCII-lower-cased copy.
        // Outside ASCII, case-insensitive regexes also match a few non-ASCII
        // letters (KELVIN SIGN for k, LONG S for s) that lower-casing bytes
        // cannot reproduce, so such input takes the unfiltered path.
        std::string lower(text);
        for (char &c : lower) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                for (int id = 0; id < int(m_entries.size()); ++id) {
                    if (const Entry *e = tryEntry(id))
                        return e;
                }
                return nullptr;
            }
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }

        std::vector<int> found;
        for (std::size_t i = 0; i + kMinAtomLength <= lower.size(); ++i) {
            const auto it = m_atomsByPrefix.find(prefixKey(lower.data() + i));
            if (it == m_atomsByPrefix.end())
                continue;
            for (int atom : it->second) {
                if (lower.compare(i, m_atoms[std::size_t(atom)].size(), m_atoms[std::size_t(atom)]) == 0)
                    found.push_back(atom);
            }
        }
        for (int atom : m_shortAtoms) {
            if (lower.find(m_atoms[std::size_t(atom)]) != std::string::npos)
                found.push_back(atom);
        }
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());

        std::vector<int> candidates;
        m_filter.AllPotentials(found, &candidates);
        std::sort(candidates.begin(), candidates.end());
        for (int id : candidates) {
            if (const Entry *e = tryEntry(id))
                return e;
        }
        return nullptr;
    }

private:
    static std::uint32_t prefixKey(const char *p)
    {
        return std::uint32_t(static_cast<unsigned char>(p[0])) |
               std::uint32_t(static_cast<unsigned char>(p[1])) << 8 |
               std::uint32_t(static_cast<unsigned char>(p[2])) << 16;
    }

    re2::FilteredRE2 m_filter{kMinAtomLength};
    std::vector<Entry> m_entries; // by FilteredRE2 id, which is the order of add()
    std::vector<std::string> m_atoms;
    std::unordered_map<std::uint32_t, std::vector<int>> m_atomsByPrefix;
    std::vector<int> m_shortAtoms;
};

} // namespace

const char *deviceTypeName(DeviceType type)
{
    switch (type) {
    case DeviceType::Desktop:
        return "desktop";
    case DeviceType::Mobile:
        return "mobile";
    case DeviceType::Tablet:
        return "tablet";
    case DeviceType::Bot:
        return "bot";
    case DeviceType::Other:
        break;
    }
    return "other";
}

struct UserAgentParser::Impl
{
    Matcher browser;
    Matcher os;
    Matcher device;
    bool valid = false;
    std::string error;
    CompileReport report;

    void load(const std::string &path);
    void loadSection(const YAML::Node &list, Section section, const char *name);
};

void UserAgentParser::Impl::load(const std::string &path)
{
    YAML::Node root;
    try {
        root = YAML::LoadFile(path);
    } catch (const std::exception &e) {
        error = "cannot load " + path + ": " + e.what();
        return;
    }
    if (!root.IsMap() || !root["user_agent_parsers"] || !root["os_parsers"] || !root["device_parsers"]) {
        error = path + " has no user_agent_parsers, os_parsers and device_parsers lists";
        return;
    }
    try {
        loadSection(root["user_agent_parsers"], Section::Browser, "user_agent_parsers");
        loadSection(root["os_parsers"], Section::Os, "os_parsers");
        loadSection(root["device_parsers"], Section::Device, "device_parsers");
    } catch (const std::exception &e) {
        error = path + ": " + e.what();
        browser = Matcher();
        os = Matcher();
        device = Matcher();
        return;
    }
    browser.compile();
    os.compile();
    device.compile();
    valid = true;
}

void UserAgentParser::Impl::loadSection(const YAML::Node &list, Section section, const char *name)
{
    if (!list.IsSequence())
        throw std::runtime_error(std::string(name) + " is not a list");
    Matcher &matcher = section == Section::Browser ? browser : section == Section::Os ? os : device;
    const std::array<const char *, 5> &keys = section == Section::Browser ? kBrowserKeys
                                              : section == Section::Os    ? kOsKeys
                                                                          : kDeviceKeys;
    int index = 0;
    for (const YAML::Node &item : list) {
        const int position = index++;
        if (!item.IsMap() || !item["regex"])
            continue;
        ++report.total;
        const std::string pattern = item["regex"].as<std::string>();
        const YAML::Node flag = item["regex_flag"];
        const bool caseInsensitive = flag && flag.as<std::string>() == "i";

        Entry e;
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (keys[k] == nullptr)
                continue;
            const YAML::Node value = item[keys[k]];
            if (value && value.IsScalar()) {
                std::string s = value.as<std::string>();
                // A blank replacement counts as none.
                if (!trimmed(s).empty())
                    e.repl[k] = std::move(s);
            }
        }

        bool changed = false;
        const std::string rewritten = rewriteLongRepetitions(pattern, &changed);
        std::string why;
        if (!matcher.add(rewritten, caseInsensitive, std::move(e), &why)) {
            report.failures.push_back(std::string(name) + " #" + std::to_string(position) + ": " + pattern +
                                      ": " + why);
            continue;
        }
        ++report.compiled;
        if (changed)
            ++report.rewritten;
    }
}

UserAgentParser::UserAgentParser(const std::string &regexesPath) : d(std::make_unique<Impl>())
{
    d->load(regexesPath);
}

UserAgentParser::~UserAgentParser() = default;

bool UserAgentParser::isValid() const
{
    return d->valid;
}

const std::string &UserAgentParser::errorString() const
{
    return d->error;
}

const UserAgentParser::CompileReport &UserAgentParser::compileReport() const
{
    return d->report;
}

namespace {
// Version fields 1..4 take their replacement, or groups 2..5 of the match.
template<typename Result, typename Entry>
void resolveVersion(Result &r, const Entry &e, const re2::StringPiece *g, int n)
{
    r.major = resolve(e.repl[1], g, n, 2);
    r.minor = resolve(e.repl[2], g, n, 3);
    r.patch = resolve(e.repl[3], g, n, 4);
    r.patchMinor = resolve(e.repl[4], g, n, 5);
}
} // namespace

UaBrowser UserAgentParser::parseBrowser(std::string_view userAgent) const
{
    UaBrowser r;
    re2::StringPiece g[kMaxGroups];
    int n = 0;
    const Entry *e = d->browser.match(userAgent, g, &n);
    if (e == nullptr)
        return r;
    // The family replacement is substituted for "$1" only, untrimmed.
    const std::string &familyRepl = e->repl[0];
    std::string family;
    if (familyRepl.empty()) {
        family = group(g, n, 1);
    } else if (familyRepl.find("$1") != std::string::npos) {
        const std::string_view g1 = group(g, n, 1);
        for (std::size_t i = 0; i < familyRepl.size(); ++i) {
            if (familyRepl.compare(i, 2, "$1") == 0) {
                family += g1;
                ++i;
            } else {
                family += familyRepl[i];
            }
        }
    } else {
        family = familyRepl;
    }
    if (!family.empty())
        r.family = std::move(family);
    resolveVersion(r, *e, g, n);
    return r;
}

UaOs UserAgentParser::parseOs(std::string_view userAgent) const
{
    UaOs r;
    re2::StringPiece g[kMaxGroups];
    int n = 0;
    const Entry *e = d->os.match(userAgent, g, &n);
    if (e == nullptr)
        return r;
    std::string family = resolve(e->repl[0], g, n, 1);
    if (!family.empty())
        r.family = std::move(family);
    resolveVersion(r, *e, g, n);
    return r;
}

UaDevice UserAgentParser::parseDevice(std::string_view userAgent) const
{
    UaDevice r;
    re2::StringPiece g[kMaxGroups];
    int n = 0;
    const Entry *e = d->device.match(userAgent, g, &n);
    if (e == nullptr)
        return r;
    std::string family = resolve(e->repl[0], g, n, 1);
    if (!family.empty())
        r.family = std::move(family);
    r.brand = resolve(e->repl[1], g, n, 0);
    r.model = resolve(e->repl[2], g, n, 1);
    return r;
}

ParsedUserAgent UserAgentParser::parse(std::string_view userAgent) const
{
    ParsedUserAgent r;
    r.browser = parseBrowser(userAgent);
    r.os = parseOs(userAgent);
    r.device = parseDevice(userAgent);
    r.deviceType = deriveDeviceType(userAgent, r.os, r.device);
    r.bot = r.deviceType == DeviceType::Bot;
    r.browserVersion = r.browser.major.empty() ? r.browser.family : r.browser.family + ' ' + r.browser.major;
    return r;
}

bool UserAgentParser::isKnownCrawler(std::string_view userAgent)
{
    const std::string ua = asciiLower(userAgent);
    const std::string_view s(ua);

    // A word ending in "bot": Googlebot/2.1, AhrefsBot, Slackbot-LinkExpanding.
    for (std::size_t pos = s.find("bot"); pos != std::string_view::npos; pos = s.find("bot", pos + 1)) {
        const std::size_t end = pos + 3;
        if (end < s.size() && isAsciiLetter(s[end]))
            continue; // "bottle", "Botswana"
        std::size_t begin = pos;
        while (begin > 0 && isAsciiLetter(s[begin - 1]))
            --begin;
        if (s.substr(begin, end - begin) == "cubot")
            continue; // a phone brand
        return true;
    }

    static constexpr std::array<std::string_view, 22> kAnywhere = {
        "crawl",       "spider",         "slurp",     "scrapy",     "preview", "fetcher",
        "externalhit", "headlesschrome", "phantomjs", "lighthouse", "pingdom", "uptime",
        "statuscake",  "site24x7",       "monitor",   "zgrab",      "masscan", "nmap",
        "nikto",       "sqlmap",         "wpscan",    "nuclei"};
    for (std::string_view token : kAnywhere) {
        if (contains(s, token))
            return true;
    }

    static constexpr std::array<std::string_view, 18> kPrefixes = {
        "curl/",           "wget/",  "python-requests", "python-urllib",     "python-httpx", "aiohttp/",
        "go-http-client",  "java/",  "okhttp/",         "apache-httpclient", "libwww-perl",  "httpie/",
        "postmanruntime/", "axios/", "node-fetch",      "guzzlehttp",        "ruby",         "php/"};
    for (std::string_view prefix : kPrefixes) {
        if (s.starts_with(prefix))
            return true;
    }
    return false;
}

DeviceType UserAgentParser::deriveDeviceType(std::string_view ua, const UaOs &os, const UaDevice &device)
{
    if (device.family == "Spider" || isKnownCrawler(ua))
        return DeviceType::Bot;

    const std::string_view osFamily = os.family;
    const std::string_view deviceFamily = device.family;

    // Televisions, set-top boxes, consoles and watches.
    static constexpr std::array<std::string_view, 9> kOtherOs = {
        "tvOS", "ATV OS X", "GoogleTV", "Roku", "Chromecast", "FireHbbTV", "WatchOS", "Web0S", "webOS"};
    if (oneOf(osFamily, kOtherOs) || contains(ua, "TV") || contains(ua, "BRAVIA") || contains(ua, "; AFT") ||
        contains(ua, "PlayStation") || contains(ua, "Xbox") || contains(ua, "Nintendo"))
        return DeviceType::Other;

    const bool android = osFamily == "Android" || contains(ua, "Android");
    const bool mobileToken = contains(ua, "Mobile");

    if (deviceFamily == "iPad" || deviceFamily.starts_with("Kindle") || deviceFamily == "Generic Tablet" ||
        osFamily == "BlackBerry Tablet OS" || contains(ua, "iPad") || contains(ua, "Silk/") ||
        (contains(ua, "Tablet") && !contains(ua, "Tablet PC")) || (android && !mobileToken))
        return DeviceType::Tablet;

    static constexpr std::array<std::string_view, 4> kMobileDevices = {"iPhone", "iPod", "Generic Smartphone",
                                                                       "Generic Feature Phone"};
    static constexpr std::array<std::string_view, 20> kMobileOs = {"iOS",
                                                                   "Android",
                                                                   "Windows Phone",
                                                                   "Windows Mobile",
                                                                   "Windows CE",
                                                                   "BlackBerry OS",
                                                                   "Symbian OS",
                                                                   "Symbian^3",
                                                                   "Symbian^3 Anna",
                                                                   "Symbian^3 Belle",
                                                                   "KaiOS",
                                                                   "Firefox OS",
                                                                   "Nokia Series 40",
                                                                   "Nokia Series 30 Plus",
                                                                   "Bada",
                                                                   "Brew MP",
                                                                   "BREW",
                                                                   "Tizen",
                                                                   "Sailfish",
                                                                   "MeeGo"};
    if (oneOf(deviceFamily, kMobileDevices) || oneOf(osFamily, kMobileOs) || android || osFamily == "Maemo" ||
        (osFamily == "Windows" && os.major == "CE") ||
        (osFamily == "Other" && (mobileToken || contains(ua, "Opera Mini"))))
        return DeviceType::Mobile;

    static constexpr std::array<std::string_view, 32> kDesktopOs = {
        "Windows", "Mac OS X",   "Mac OS",     "Linux",      "Ubuntu",    "Kubuntu",  "Xubuntu",
        "Lubuntu", "Debian",     "Fedora",     "Red Hat",    "CentOS",    "SUSE",     "openSUSE",
        "Mint",    "Linux Mint", "Gentoo",     "Arch Linux", "Slackware", "Mandriva", "PCLinuxOS",
        "Mageia",  "Puppy",      "BackTrack",  "Chrome OS",  "FreeBSD",   "OpenBSD",  "NetBSD",
        "BSD",     "Solaris",    "SerenityOS", "Haiku"};
    if (oneOf(osFamily, kDesktopOs))
        return DeviceType::Desktop;
    return DeviceType::Other;
}

UserAgentCache::UserAgentCache(std::shared_ptr<const UserAgentParser> parser, std::size_t maxEntries)
    : m_parser(std::move(parser)), m_maxEntries(maxEntries)
{}

const ParsedUserAgent &UserAgentCache::lookup(std::string_view userAgent, ParsedUserAgent &scratch)
{
    const std::size_t hash = UserAgentKeyHash{}(userAgent);
    // The maps take their buckets from the low bits of the same hash; the
    // shard comes from higher ones.
    Shard &shard = m_shards[(hash >> 20) % kShards];
    {
        std::shared_lock lock(shard.mutex);
        auto it = shard.map.find(userAgent);
        if (it != shard.map.end())
            return it->second;
    }
    // Parse outside the lock; when another thread inserts the same string
    // meanwhile, its result is kept.
    ParsedUserAgent parsed = m_parser->parse(userAgent);
    std::unique_lock lock(shard.mutex);
    auto it = shard.map.find(userAgent);
    if (it != shard.map.end())
        return it->second;
    if (m_size.fetch_add(1, std::memory_order_relaxed) >= m_maxEntries) {
        m_size.fetch_sub(1, std::memory_order_relaxed);
        scratch = std::move(parsed);
        return scratch;
    }
    return shard.map.emplace(std::string(userAgent), std::move(parsed)).first->second;
}

std::size_t UserAgentCache::size() const
{
    return std::min(m_size.load(std::memory_order_relaxed), m_maxEntries);
}

UserAgentLookup::UserAgentLookup(UserAgentCache &cache, std::size_t maxEntries)
    : m_cache(cache), m_maxEntries(maxEntries)
{}

const ParsedUserAgent &UserAgentLookup::lookup(std::string_view userAgent)
{
    auto it = m_map.find(userAgent);
    if (it != m_map.end())
        return *it->second;
    const ParsedUserAgent &result = m_cache.lookup(userAgent, m_scratch);
    if (&result == &m_scratch)
        return result; // the shared cache is full: nothing stable to point to
    if (m_map.size() >= m_maxEntries)
        m_map.clear();
    m_map.emplace(std::string(userAgent), &result);
    return result;
}

} // namespace es
