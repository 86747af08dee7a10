#pragma once
// The simulated web site: its pages (home, product, blog, docs, help, shop,
// changelog, ...), the static assets a browser loads with them, the release
// downloads, dead links that answer 404, the paths vulnerability scanners
// probe for, and words for search queries. Sizes are fixed per file, as on a
// real server, so the same asset always reports the same byte count.
//
// The structure depends only on the page count, not on the seed, so datasets
// with different seeds look like different traffic to the same site.

#include "demo/rng.h"
#include "demo/stringpool.h"
#include "demo/useragentcatalog.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace es::demo {

enum class AssetKind : std::uint8_t { Stylesheet, Script, Font, Image, Favicon, TouchIcon, Beacon };

class SiteCatalog
{
public:
    struct Page
    {
        std::uint32_t bytes;
        std::uint8_t family; // 0 core, 1 blog, 2 docs, 3 products, 4 help, 5 tags, 6 changelog, 7 customers
    };
    struct Asset
    {
        std::uint32_t bytes;
        AssetKind kind;
    };
    struct Download
    {
        std::uint32_t bytes;
        OsFamily os; // Other: source archives
        bool latest;
    };
    struct Probe
    {
        std::uint16_t status;
        std::uint32_t bytes;
        bool post;
    };

    explicit SiteCatalog(int pageCount);

    // Pages, most popular first (the generators draw them with Zipf weights).
    int pageCount() const { return m_pagePaths.size(); }
    std::string_view pagePath(int i) const { return m_pagePaths.at(i); }
    const Page &page(int i) const { return m_pages[static_cast<std::size_t>(i)]; }
    int homePage() const { return 0; }
    int blogIndexPage() const { return 3; }
    int searchPage() const { return m_searchPage; }
    int loginPage() const { return m_loginPage; }
    int downloadPage() const { return m_downloadPage; }
    int viralPage() const { return m_viralPage; } // the blog post of the traffic spike
    // Pages a visitor submits a form to (POST, then a redirect).
    const std::vector<int> &formPages() const { return m_formPages; }

    int assetCount() const { return m_assetPaths.size(); }
    std::string_view assetPath(int i) const { return m_assetPaths.at(i); }
    const Asset &asset(int i) const { return m_assets[static_cast<std::size_t>(i)]; }
    // Well-known assets of the page template.
    int mainCss() const { return m_mainCss; }
    int vendorCss() const { return m_vendorCss; }
    int runtimeJs() const { return m_runtimeJs; }
    int vendorJs() const { return m_vendorJs; }
    int appJs() const { return m_appJs; }
    int font(int k) const { return m_firstFont + k % m_fontCount; }
    int favicon() const { return m_favicon; }
    int touchIcon() const { return m_touchIcon; }
    int beacon() const { return m_beacon; }
    int chunkForPage(int page) const;
    // The k-th image embedded in a page; the same page always shows the same images.
    int imageForPage(int page, int k) const;

    int downloadCount() const { return m_downloadPaths.size(); }
    std::string_view downloadPath(int i) const { return m_downloadPaths.at(i); }
    const Download &download(int i) const { return m_downloads[static_cast<std::size_t>(i)]; }

    int deadLinkCount() const { return m_deadLinks.size(); }
    std::string_view deadLink(int i) const { return m_deadLinks.at(i); }

    int probeCount() const { return m_probePaths.size(); }
    std::string_view probePath(int i) const { return m_probePaths.at(i); }
    const Probe &probe(int i) const { return m_probes[static_cast<std::size_t>(i)]; }

    // A 5xx status with the size of its error page (500 from the
    // application, 502/504 from the proxy in front, 503 during deploys).
    static int serverError(Rng &rng, std::int64_t &bytes);

    int wordCount() const;
    std::string_view word(int i) const;

    // Sizes of the site's error and redirect bodies.
    static constexpr std::uint32_t kNotFoundPageBytes = 5387;  // the themed 404 page
    static constexpr std::uint32_t kNotFoundStaticBytes = 196; // the server's plain 404
    static constexpr std::uint32_t kRobotsTxtBytes = 312;
    static constexpr std::uint32_t kSitemapBytes = 184220;
    static constexpr std::uint32_t kFeedBytes = 68100;
    static constexpr std::uint32_t kRedirectBodyBytes = 214; // Apache's 301 body without the URL
    static constexpr std::uint32_t kStatusApiBytes = 412;

private:
    void buildPages(int pageCount);
    void buildAssets();
    void buildDownloads();
    void buildDeadLinks();
    void buildProbes();

    StringPool m_pagePaths;
    std::vector<Page> m_pages;
    int m_searchPage = 0;
    int m_loginPage = 0;
    int m_downloadPage = 0;
    int m_viralPage = 0;
    std::vector<int> m_formPages;

    StringPool m_assetPaths;
    std::vector<Asset> m_assets;
    int m_mainCss = 0;
    int m_vendorCss = 0;
    int m_runtimeJs = 0;
    int m_vendorJs = 0;
    int m_appJs = 0;
    int m_firstChunk = 0;
    int m_chunkCount = 1;
    int m_firstFont = 0;
    int m_fontCount = 1;
    int m_firstImage = 0;
    int m_imageCount = 1;
    int m_favicon = 0;
    int m_touchIcon = 0;
    int m_beacon = 0;

    StringPool m_downloadPaths;
    std::vector<Download> m_downloads;
    StringPool m_deadLinks;
    StringPool m_probePaths;
    std::vector<Probe> m_probes;
};

} // namespace es::demo
