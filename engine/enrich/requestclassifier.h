#pragma once
// Classifies requests for the web-analytics metrics (docs/METRICS.md):
//
// - page view: a GET whose status is 2xx or 304, whose path is neither a
//   static asset (by extension: css, js, images, fonts, source maps, ...) nor
//   a download, from a client that is not a bot. For JSON events, an event of the configured type
//   (default "page_view") is a page view.
// - download: a GET with a successful, complete response (2xx except 206
//   Partial Content, so resumed or chunked downloads count once) whose path
//   ends in a download extension (archives, installers, disk images, ...) or
//   matches a download pattern ("/downloads/*": `*` any run of characters,
//   `?` one character, matched against the whole path).
// - referrer domain: the host of the Referer URL, lower-case, without "www."
//   and port; empty for direct traffic ("-" or no referrer).
//
// Immutable after construction and safe to share between threads; the checks
// allocate nothing.

#include "core/record.h"

#include <QStringList>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace es {

struct ClassifierConfig
{
    // Extensions without the dot, case-insensitive; multi-part ones such as
    // "tar.gz" are matched against the end of the path.
    QStringList staticExtensions = defaultStaticExtensions();
    // Extensions as above, and path patterns: an entry with a '/', '*' or '?'
    // is a pattern over the whole path (case-sensitive, as paths are).
    QStringList downloadExtensions = defaultDownloadExtensions();
    QString pageViewEventType = QStringLiteral("page_view");

    static QStringList defaultStaticExtensions();
    static QStringList defaultDownloadExtensions();
    static bool isPattern(const QString &entry);
    bool operator==(const ClassifierConfig &) const = default;
};

class RequestClassifier
{
public:
    explicit RequestClassifier(const ClassifierConfig &config = {});

    bool isPageView(const Record &r, bool bot) const;
    bool isDownload(const Record &r) const;
    // Both at once, looking at the path's extension once.
    struct Facts
    {
        bool pageView = false;
        bool download = false;
    };
    Facts classify(const Record &r, bool bot) const;
    bool isStaticAsset(std::string_view path) const;
    bool isDownloadPath(std::string_view path) const;

    // `*` matches any run of characters, `?` any one; the whole text must match.
    static bool globMatch(std::string_view pattern, std::string_view text);

    // Writes the referrer's domain into `out` (reused storage) and returns a
    // view of it; empty when there is no usable referrer.
    static std::string_view referrerDomain(std::string_view referrer, std::string &out);

    struct ExtHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    struct ExtEq
    {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
    };
    using ExtSet = std::unordered_set<std::string, ExtHash, ExtEq>;

private:
    // Does the last path segment end in one of `exts` (after a dot)?
    static bool hasExtension(std::string_view path, const ExtSet &exts, size_t maxParts);

    ExtSet m_static;
    ExtSet m_download;
    std::vector<std::string> m_downloadGlobs;
    size_t m_staticParts = 1;   // most dots in one static extension, plus one
    size_t m_downloadParts = 1; // likewise for downloads
    std::string m_pageViewType;
};

} // namespace es
