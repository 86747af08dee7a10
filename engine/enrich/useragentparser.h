#pragma once
// User-agent enrichment: browser, OS and device from uap-core's regexes.yaml
// (Debian package uap-core), matched with RE2, plus a derived device type and
// a bot flag.
//
// Parsing follows the ua-parser specification (uap-core's specification.md)
// as the maintained implementations read it:
//   - each of user_agent_parsers, os_parsers and device_parsers is tried in
//     file order; the first regex that matches anywhere in the string wins
//     (unanchored, case-sensitive unless `regex_flag: 'i'`);
//   - browser family: family_replacement, with every "$1" replaced by group 1,
//     or else group 1; versions: v1..v4_replacement, or else groups 2..5;
//   - OS: os_replacement and os_v1..os_v4_replacement, or else groups 1..5;
//   - device: device_replacement (family), brand_replacement (no fallback) and
//     model_replacement, or else group 1 for family and model;
//   - in every replacement except the browser family, $1..$9 insert the
//     corresponding group (an unmatched group inserts nothing) and the result
//     is trimmed; an empty group or replacement means the field is absent;
//   - no match, or an empty family, gives the family "Other".
//
// All of uap-core's regexes compile in RE2 as written. Bounded repetitions of
// 100 or more ({0,200}, {1,100}), which uap-core added to limit backtracking
// in PCRE-style engines, are loaded as * and + (as uap-rust does): RE2 never
// backtracks, and unrolled repetitions make its automata larger and matching
// about half as fast. The result differs only when such a span would exceed
// its bound. \d, \s and \w are ASCII, as in RE2. Regexes RE2 rejects are
// skipped and listed by compileReport().
//
// Each list is matched through RE2's prefilter (FilteredRE2): literal strings
// that a regex's matches must contain select the few candidate regexes worth
// running, which are then tried in file order, so the first match is the one
// a plain scan of the list would find.
//
// Device type, decided in this order:
//   Bot     uap-core's device family is "Spider", or the string contains a
//           known crawler or tool token (see isKnownCrawler());
//   Tablet  device family iPad, Kindle or "Generic Tablet", an OS of tablets
//           (BlackBerry Tablet OS), the token "Tablet" or "Silk/", or Android
//           without "Mobile" (Android tablet browsers omit it; Android TV and
//           other TV / set-top / console strings are Other);
//   Mobile  device family iPhone, iPod, "Generic Smartphone" or "Generic
//           Feature Phone", a mobile OS (iOS, Android with "Mobile", Windows
//           Phone / Mobile, BlackBerry OS, Symbian, KaiOS, Firefox OS, ...),
//           or a "Mobile" / "Opera Mini" token on an unknown OS;
//   Desktop a desktop OS: Windows, Mac OS X, Linux and its distributions,
//           Chrome OS, the BSDs, Solaris;
//   Other   everything else: empty or "-" strings, TVs, consoles, watches,
//           unrecognised libraries.
//
// Thread safety: a loaded UserAgentParser is immutable; parse() and the
// parse*() functions may be called from any number of threads.

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace es {

enum class DeviceType : std::uint8_t { Desktop, Mobile, Tablet, Bot, Other };

// "desktop", "mobile", "tablet", "bot", "other".
const char *deviceTypeName(DeviceType type);

// Version fields are empty when absent.
struct UaBrowser
{
    std::string family = "Other";
    std::string major;
    std::string minor;
    std::string patch;
    std::string patchMinor;
};

struct UaOs
{
    std::string family = "Other";
    std::string major;
    std::string minor;
    std::string patch;
    std::string patchMinor;
};

struct UaDevice
{
    std::string family = "Other";
    std::string brand; // empty when absent
    std::string model; // empty when absent
};

struct ParsedUserAgent
{
    UaBrowser browser;
    UaOs os;
    UaDevice device;
    DeviceType deviceType = DeviceType::Other;
    bool bot = false;
    std::string browserVersion; // family and major version, "Firefox 120"; the family alone without a major
};

class UserAgentParser
{
public:
    static constexpr const char *kDefaultRegexesPath = "/usr/share/uap-core/regexes.yaml";

    struct CompileReport
    {
        int total = 0;                     // regex entries in the file
        int compiled = 0;                  // compiled by RE2 (after rewriting)
        int rewritten = 0;                 // of those, how many needed a rewrite
        std::vector<std::string> failures; // "section #index: pattern: RE2 error"
    };

    // Loads and compiles the file; check isValid() and errorString().
    explicit UserAgentParser(const std::string &regexesPath = kDefaultRegexesPath);
    ~UserAgentParser();
    UserAgentParser(const UserAgentParser &) = delete;
    UserAgentParser &operator=(const UserAgentParser &) = delete;

    // False when the file could not be read or has none of the three lists.
    bool isValid() const;
    const std::string &errorString() const;
    const CompileReport &compileReport() const;

    // Full result, including the device type and the bot flag. Uncached:
    // several hundred regexes are tried; use UserAgentCache per log line.
    ParsedUserAgent parse(std::string_view userAgent) const;

    UaBrowser parseBrowser(std::string_view userAgent) const;
    UaOs parseOs(std::string_view userAgent) const;
    UaDevice parseDevice(std::string_view userAgent) const;

    // The device type rules above, applied to uap results.
    static DeviceType deriveDeviceType(std::string_view userAgent, const UaOs &os, const UaDevice &device);

    // Crawler, monitor and HTTP-tool tokens, matched case-insensitively:
    //   - a word ending in "bot" (Googlebot, bingbot, AhrefsBot, GPTBot,
    //     Slackbot-LinkExpanding, UptimeRobot, ...), except the phone brand
    //     Cubot;
    //   - "crawl", "spider", "slurp", "scrapy", "preview" (BingPreview,
    //     Google Web Preview), "fetcher" (Feedfetcher), "externalhit"
    //     (facebookexternalhit), "headlesschrome", "phantomjs",
    //     "lighthouse", "pingdom", "uptime", "statuscake", "site24x7",
    //     "monitor", "zgrab", "masscan", "nmap", "nikto", "sqlmap", "wpscan",
    //     "nuclei";
    //   - HTTP libraries and command-line tools at the start of the string:
    //     curl/, wget/, python-requests, python-urllib, python-httpx,
    //     aiohttp/, go-http-client, java/, okhttp/, apache-httpclient,
    //     libwww-perl, httpie/, postmanruntime/, axios/, node-fetch,
    //     guzzlehttp, ruby, php/.
    static bool isKnownCrawler(std::string_view userAgent);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct UserAgentKeyHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct UserAgentKeyEq
{
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

// Results by user-agent string, shared by all parse workers. Thread-safe:
// the map is split into shards, each behind a shared_mutex, so readers of
// different shards never touch the same lock. Entries are never evicted, so
// a returned reference stays valid for the cache's lifetime. The cache holds
// at most maxEntries strings (about 650 bytes each, so some 65 MB at the
// default) and then stops inserting: each further new string is parsed
// whenever it is seen. Logs typically have a few thousand distinct agents.
class UserAgentCache
{
public:
    static constexpr std::size_t kDefaultMaxEntries = 100000;

    explicit UserAgentCache(std::shared_ptr<const UserAgentParser> parser,
                            std::size_t maxEntries = kDefaultMaxEntries);
    UserAgentCache(const UserAgentCache &) = delete;
    UserAgentCache &operator=(const UserAgentCache &) = delete;

    // The cached result, parsing and inserting it on a miss. When the cache
    // is full, a new string is parsed into scratch and scratch is returned.
    const ParsedUserAgent &lookup(std::string_view userAgent, ParsedUserAgent &scratch);

    std::size_t size() const;
    std::size_t maxEntries() const { return m_maxEntries; }
    const UserAgentParser &parser() const { return *m_parser; }

private:
    static constexpr std::size_t kShards = 64;
    struct alignas(64) Shard
    {
        mutable std::shared_mutex mutex;
        std::unordered_map<std::string, ParsedUserAgent, UserAgentKeyHash, UserAgentKeyEq> map;
    };

    std::shared_ptr<const UserAgentParser> m_parser;
    std::size_t m_maxEntries;
    std::atomic<std::size_t> m_size{0}; // entries, updated on insertion only
    std::array<Shard, kShards> m_shards;
};

// A parse worker's private front to a UserAgentCache: hits take no lock and
// write no shared memory. Not thread-safe; one per thread. Holds at most
// maxEntries pointers into the shared cache and starts over when full.
class UserAgentLookup
{
public:
    static constexpr std::size_t kDefaultMaxEntries = 4096;

    explicit UserAgentLookup(UserAgentCache &cache, std::size_t maxEntries = kDefaultMaxEntries);

    const ParsedUserAgent &lookup(std::string_view userAgent);
    // Whether a result of lookup() keeps its address (is in the shared
    // cache) rather than being scratch space reused by the next lookup.
    bool isStable(const ParsedUserAgent &result) const { return &result != &m_scratch; }

private:
    UserAgentCache &m_cache;
    std::size_t m_maxEntries;
    std::unordered_map<std::string, const ParsedUserAgent *, UserAgentKeyHash, UserAgentKeyEq> m_map;
    ParsedUserAgent m_scratch;
};

} // namespace es
