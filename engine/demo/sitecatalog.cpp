#include "demo/sitecatalog.h"

#include "demo/rng.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <unordered_set>

namespace es::demo {

namespace {

constexpr std::string_view kWords[] = {
    "analytics", "dashboard",  "metrics",     "pipeline",   "streaming",  "kafka",     "logs",
    "events",    "realtime",   "alerts",      "reports",    "export",     "import",    "schema",
    "query",     "index",      "cache",       "latency",    "throughput", "scaling",   "cluster",
    "nodes",     "backup",     "restore",     "security",   "privacy",    "gdpr",      "sso",
    "oauth",     "tokens",     "api",         "webhooks",   "sdk",        "python",    "golang",
    "rust",      "java",       "docker",      "kubernetes", "helm",       "terraform", "aws",
    "azure",     "gcp",        "linux",       "windows",    "macos",      "mobile",    "android",
    "ios",       "design",     "charts",      "heatmaps",   "funnels",    "cohorts",   "retention",
    "churn",     "growth",     "pricing",     "billing",    "invoices",   "teams",     "roles",
    "audit",     "compliance", "migration",   "upgrade",    "release",    "roadmap",   "beta",
    "preview",   "stable",     "performance", "tuning",     "benchmark",  "storage",   "sqlite",
    "postgres",  "clickhouse", "parquet",     "json",       "csv",        "excel",     "pdf",
    "templates", "widgets",    "filters",     "segments",   "sessions",   "users",     "visitors",
    "traffic",   "referrers",  "campaigns",   "seo",        "content",    "marketing", "sales",
    "support",   "onboarding", "tutorial",    "guide",      "tips",       "tricks",    "best",
    "practices", "checklist",  "lessons",     "learned",    "why",        "how",       "we",
    "built",     "faster",     "simpler",     "cheaper",    "open",       "source",    "community",
    "plugins",   "connectors", "sync",        "offline",    "edge",       "cdn",       "nginx",
    "apache",    "caddy",      "traefik",     "cloudfront", "s3",         "lambda",    "serverless",
    "cron",      "jobs",       "queues",      "anomaly",    "detection",  "forecast",  "trends",
    "weekly",    "monthly",    "quarterly",   "yearly",     "acme",       "globex",    "initech",
    "umbrella",  "hooli",      "stark",       "wayne",      "tyrell",
};

constexpr std::string_view kDocSections[] = {"getting-started", "guides",     "api",      "reference",
                                             "integrations",    "deployment", "security", "faq",
                                             "tutorials",       "sdk"};
constexpr std::string_view kMarketCategories[] = {"connectors", "dashboards", "alerts", "exporters",
                                                  "themes"};

struct CorePage
{
    std::string_view path;
    std::uint32_t bytes;
};

// Site-wide pages in popularity order; indices used below are fixed.
constexpr CorePage kCorePages[] = {
    {"/", 48213},          {"/pricing", 61877},   {"/features", 54120},   {"/blog/", 38544},
    {"/docs/", 29311},     {"/download", 24876},  {"/login", 14235},      {"/signup", 17650},
    {"/about", 22310},     {"/contact", 15742},   {"/search", 21006},     {"/integrations", 44890},
    {"/customers", 39277}, {"/changelog", 52310}, {"/security", 26112},   {"/docs/getting-started", 31245},
    {"/account", 19876},   {"/careers", 23540},   {"/privacy", 34821},    {"/terms", 37612},
    {"/status", 12044},    {"/help/", 27530},     {"/enterprise", 41220}, {"/compare", 45630},
    {"/roadmap", 28770},   {"/partners", 25310},  {"/community", 30124},  {"/checkout", 16420},
};
constexpr int kDownloadIndex = 5;
constexpr int kLoginIndex = 6;
constexpr int kSignupIndex = 7;
constexpr int kContactIndex = 9;
constexpr int kSearchIndex = 10;
constexpr int kCheckoutIndex = 27;

struct Probe
{
    std::string_view path;
    std::uint16_t status;
    bool post;
};

// What vulnerability scanners ask every public server for.
constexpr Probe kProbes[] = {
    {"/wp-login.php", 404, false},
    {"/xmlrpc.php", 404, true},
    {"/.env", 404, false},
    {"/.git/config", 404, false},
    {"/.git/HEAD", 404, false},
    {"/wp-admin/setup-config.php", 404, false},
    {"/phpmyadmin/index.php", 404, false},
    {"/admin/.env", 404, false},
    {"/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", 404, true},
    {"/cgi-bin/luci/;stok=/locale", 404, false},
    {"/server-status", 403, false},
    {"/.aws/credentials", 404, false},
    {"/config.json", 404, false},
    {"/actuator/health", 404, false},
    {"/boaform/admin/formLogin", 404, true},
    {"/.DS_Store", 404, false},
    {"/wp-content/plugins/wp-file-manager/readme.txt", 404, false},
    {"/owa/auth/logon.aspx", 404, false},
    {"/HNAP1/", 404, false},
    {"/solr/admin/info/system", 404, false},
    {"/backup.zip", 404, false},
    {"/telescope/requests", 404, false},
    {"/_profiler/phpinfo", 404, false},
    {"/geoserver/web/", 404, false},
    {"/remote/login", 404, false},
    {"/global-protect/login.esp", 404, false},
    {"/.well-known/security.txt", 200, false},
    {"/robots.txt", 200, false},
    {"/feed.xml", 200, false},
    {"/api/v1/status", 200, false},
};

std::string hexTag(Rng &rng)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s(8, '0');
    for (auto &c : s)
        c = kHex[rng.below(16)];
    return s;
}

std::string_view pickWord(Rng &rng)
{
    return kWords[rng.below(static_cast<std::uint32_t>(std::size(kWords)))];
}

std::string slug(Rng &rng, int words)
{
    std::string s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s.push_back('-');
        s.append(pickWord(rng));
    }
    return s;
}

std::uint32_t sizeBetween(Rng &rng, std::uint32_t lo, std::uint32_t hi)
{
    return static_cast<std::uint32_t>(rng.between(lo, hi));
}

// HTML size by page family: long reads and marketplace pages are heavy.
std::uint32_t pageBytesFor(Rng &rng, std::uint8_t family)
{
    static constexpr std::uint32_t kRanges[][2] = {{15000, 60000},  {32000, 95000}, {18000, 64000},
                                                   {40000, 130000}, {12000, 34000}, {24000, 48000},
                                                   {9000, 30000},   {30000, 60000}};
    return sizeBetween(rng, kRanges[family][0], kRanges[family][1]);
}

} // namespace

SiteCatalog::SiteCatalog(int pageCount)
{
    buildPages(pageCount);
    buildAssets();
    buildDownloads();
    buildDeadLinks();
    buildProbes();
}

void SiteCatalog::buildPages(int pageCount)
{
    // A fixed stream: the site's shape must not change with the traffic seed.
    Rng rng(0x5173c0de2025ULL);
    std::unordered_set<std::string> seen;
    const auto add = [&](std::string path, std::uint32_t bytes, std::uint8_t family) {
        while (!seen.insert(path).second)
            path += "-" + std::to_string(m_pagePaths.size());
        m_pagePaths.add(path);
        m_pages.push_back(Page{bytes, family});
    };

    const int core = static_cast<int>(std::size(kCorePages));
    pageCount = std::max(pageCount, core);
    for (const auto &p : kCorePages)
        add(std::string(p.path), p.bytes, 0);
    m_searchPage = kSearchIndex;
    m_loginPage = kLoginIndex;
    m_downloadPage = kDownloadIndex;
    m_formPages = {kLoginIndex, kSignupIndex, kContactIndex, kCheckoutIndex};

    // Family mix of the long tail: mostly blog posts and documentation.
    static constexpr std::uint32_t kFamilyWeights[] = {0, 32, 26, 14, 12, 5, 6, 5};
    std::uint32_t totalWeight = 0;
    for (auto w : kFamilyWeights)
        totalWeight += w;
    int release = 0;
    m_viralPage = -1;
    for (int i = core; i < pageCount; ++i) {
        std::uint32_t r = rng.below(totalWeight);
        std::uint8_t family = 1;
        for (std::uint8_t f = 0; f < std::size(kFamilyWeights); ++f) {
            if (r < kFamilyWeights[f]) {
                family = f;
                break;
            }
            r -= kFamilyWeights[f];
        }
        // Every draw is its own statement: the evaluation order of operands
        // and arguments is unspecified, and must not change the output.
        const std::uint32_t bytes = pageBytesFor(rng, family);
        std::string path;
        switch (family) {
        case 1:
            if (rng.chance(0.4)) {
                const auto year = rng.between(2019, 2025);
                const auto month = rng.between(1, 12);
                path =
                    "/blog/" + std::to_string(year) + (month < 10 ? "/0" : "/") + std::to_string(month) + "/";
                path += slug(rng, 3);
            } else {
                const auto words = static_cast<int>(rng.between(3, 5));
                path = "/blog/" + slug(rng, words);
            }
            if (m_viralPage < 0 && i >= 40)
                m_viralPage = i;
            break;
        case 2:
            path = "/docs/" + std::string(kDocSections[rng.below(std::size(kDocSections))]) + "/";
            path += slug(rng, 2);
            break;
        case 3:
            path = "/marketplace/" + std::string(kMarketCategories[rng.below(std::size(kMarketCategories))]) +
                   "/";
            path += slug(rng, 2);
            break;
        case 4:
            path = "/help/articles/" + std::to_string(100000 + i) + "-" + slug(rng, 3);
            break;
        case 5:
            path = "/blog/tag/" + slug(rng, 1);
            break;
        case 6: {
            const int c = release++;
            path = "/releases/v" + std::to_string(2 - (c / 100) % 3) + "." + std::to_string((c / 10) % 10) +
                   "." + std::to_string(c % 10);
            if (c >= 300)
                path += "-build" + std::to_string(c);
            break;
        }
        default:
            path = "/customers/" + slug(rng, 2);
            break;
        }
        add(std::move(path), bytes, family);
    }
    if (m_viralPage < 0)
        m_viralPage = 3; // tiny sites: the blog index takes the spike
}

void SiteCatalog::buildAssets()
{
    Rng rng(0xa55e7500c0ffeeULL);
    const auto add = [&](std::string path, std::uint32_t bytes, AssetKind kind) {
        m_assets.push_back(Asset{bytes, kind});
        return m_assetPaths.add(path);
    };
    m_mainCss = add("/static/css/main." + hexTag(rng) + ".css", 84213, AssetKind::Stylesheet);
    m_vendorCss = add("/static/css/vendor." + hexTag(rng) + ".css", 23110, AssetKind::Stylesheet);
    m_runtimeJs = add("/static/js/runtime." + hexTag(rng) + ".js", 2311, AssetKind::Script);
    m_vendorJs = add("/static/js/vendor." + hexTag(rng) + ".js", 412877, AssetKind::Script);
    m_appJs = add("/static/js/app." + hexTag(rng) + ".js", 186543, AssetKind::Script);
    m_chunkCount = 10;
    m_firstChunk = m_assetPaths.size();
    for (int i = 0; i < m_chunkCount; ++i) {
        const std::string path = "/static/js/chunk-" + hexTag(rng) + ".js";
        add(path, sizeBetween(rng, 4000, 80000), AssetKind::Script);
    }
    static constexpr CorePage kFonts[] = {{"/static/fonts/inter-latin-400.woff2", 24132},
                                          {"/static/fonts/inter-latin-600.woff2", 25316},
                                          {"/static/fonts/inter-latin-ext-400.woff2", 48880},
                                          {"/static/fonts/jetbrains-mono-400.woff2", 21640}};
    m_firstFont = m_assetPaths.size();
    m_fontCount = static_cast<int>(std::size(kFonts));
    for (const auto &f : kFonts)
        add(std::string(f.path), f.bytes, AssetKind::Font);

    static constexpr std::string_view kImageDirs[] = {"blog", "screenshots", "illustrations", "logos",
                                                      "team"};
    struct Ext
    {
        std::string_view ext;
        std::uint32_t weight, lo, hi;
    };
    static constexpr Ext kExts[] = {{".webp", 40, 8000, 180000},
                                    {".png", 25, 3000, 320000},
                                    {".jpg", 25, 20000, 450000},
                                    {".svg", 10, 600, 24000}};
    m_imageCount = std::clamp(pageCount() / 6, 40, 1500);
    m_firstImage = m_assetPaths.size();
    std::unordered_set<std::string> seen;
    for (int i = 0; i < m_imageCount; ++i) {
        std::uint32_t r = rng.below(100);
        const Ext *ext = &kExts[0];
        for (const auto &e : kExts) {
            if (r < e.weight) {
                ext = &e;
                break;
            }
            r -= e.weight;
        }
        std::string path = "/images/" + std::string(kImageDirs[rng.below(std::size(kImageDirs))]) + "/";
        path += slug(rng, 2);
        if (!seen.insert(path).second)
            path += "-" + std::to_string(i);
        const std::uint32_t bytes = sizeBetween(rng, ext->lo, ext->hi);
        add(path + std::string(ext->ext), bytes, AssetKind::Image);
    }
    m_favicon = add("/favicon.ico", 15086, AssetKind::Favicon);
    m_touchIcon = add("/apple-touch-icon.png", kNotFoundStaticBytes, AssetKind::TouchIcon);
    m_beacon = add("/api/v1/collect", 0, AssetKind::Beacon);
}

void SiteCatalog::buildDownloads()
{
    struct File
    {
        std::string_view pattern; // {} is replaced by the version
        OsFamily os;
        std::uint32_t bytes;
    };
    static constexpr File kFiles[] = {
        {"/downloads/orbit-{}-win64.exe", OsFamily::Windows, 88412160},
        {"/downloads/orbit-{}-win64.msi", OsFamily::Windows, 90177536},
        {"/downloads/orbit-{}-macos-universal.dmg", OsFamily::MacOs, 117440512},
        {"/downloads/orbit_{}_amd64.deb", OsFamily::Linux, 74448896},
        {"/downloads/orbit-{}-linux-x86_64.tar.gz", OsFamily::Linux, 77594624},
        {"/downloads/orbit-{}-src.zip", OsFamily::Other, 9437184},
    };
    static constexpr std::string_view kVersions[] = {"2.4.1", "2.4.0", "2.3.2"};
    for (std::size_t v = 0; v < std::size(kVersions); ++v) {
        for (const auto &f : kFiles) {
            std::string path(f.pattern);
            path.replace(path.find("{}"), 2, kVersions[v]);
            m_downloadPaths.add(path);
            // Each release grows a little.
            const auto bytes = static_cast<std::uint32_t>(f.bytes - v * 1048576 + v * 40961);
            m_downloads.push_back(Download{bytes, f.os, v == 0});
        }
    }
}

void SiteCatalog::buildDeadLinks()
{
    Rng rng(0xdeadbeef404ULL);
    // Moved blog posts, retired docs and typed-in typos: links the web still has.
    static constexpr std::string_view kTypos[] = {"/pricng",   "/contcat",    "/doc/",     "/blgo/",
                                                  "/downlaod", "/signin",     "/register", "/index.php",
                                                  "/home",     "/old-pricing"};
    for (auto t : kTypos)
        m_deadLinks.add(t);
    const int extra = std::max(30, pageCount() / 50);
    for (int i = 0; i < extra; ++i) {
        switch (i % 3) {
        case 0: {
            const auto year = rng.between(2015, 2018);
            m_deadLinks.add("/blog/" + std::to_string(year) + "/" + slug(rng, 3) + "-" + std::to_string(i));
            break;
        }
        case 1:
            m_deadLinks.add("/docs/v1/" + slug(rng, 2) + "-" + std::to_string(i));
            break;
        default:
            // Permalinks of the site's former blog engine.
            m_deadLinks.add("/2017/0" + std::to_string(1 + i % 9) + "/" + slug(rng, 2) + "/");
            break;
        }
    }
}

void SiteCatalog::buildProbes()
{
    for (const auto &p : kProbes) {
        m_probePaths.add(p.path);
        std::uint32_t bytes = kNotFoundPageBytes;
        if (p.status == 403)
            bytes = 199;
        else if (p.status == 200)
            bytes = p.path == "/robots.txt" ? kRobotsTxtBytes
                                            : (p.path == "/feed.xml" ? kFeedBytes : kStatusApiBytes);
        m_probes.push_back(Probe{p.status, bytes, p.post});
    }
}

int SiteCatalog::chunkForPage(int page) const
{
    return m_firstChunk + m_pages[static_cast<std::size_t>(page)].family % m_chunkCount;
}

int SiteCatalog::imageForPage(int page, int k) const
{
    const std::uint64_t h =
        SplitMix64::mix(static_cast<std::uint64_t>(page) * 16 + static_cast<std::uint64_t>(k));
    return m_firstImage + static_cast<int>(h % static_cast<std::uint64_t>(m_imageCount));
}

int SiteCatalog::serverError(Rng &rng, std::int64_t &bytes)
{
    const std::uint32_t r = rng.below(100);
    if (r < 45) {
        bytes = 531;
        return 500;
    }
    if (r < 70) {
        bytes = 552;
        return 502;
    }
    if (r < 92) {
        bytes = 299;
        return 503;
    }
    bytes = 562;
    return 504;
}

int SiteCatalog::wordCount() const
{
    return static_cast<int>(std::size(kWords));
}

std::string_view SiteCatalog::word(int i) const
{
    return kWords[static_cast<std::size_t>(i) % std::size(kWords)];
}

} // namespace es::demo
