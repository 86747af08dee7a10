#include "enrich/requestclassifier.h"

#include <algorithm>

namespace es {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

void fill(RequestClassifier::ExtSet &set, size_t &parts, const QStringList &exts,
          std::vector<std::string> *globs = nullptr)
{
    parts = 1;
    for (const QString &e : exts) {
        if (globs && ClassifierConfig::isPattern(e)) {
            globs->push_back(e.trimmed().toStdString());
            continue;
        }
        std::string s = e.trimmed().toLower().toStdString();
        while (!s.empty() && s.front() == '.')
            s.erase(s.begin());
        if (s.empty())
            continue;
        parts = std::max(parts, size_t(std::count(s.begin(), s.end(), '.')) + 1);
        set.insert(std::move(s));
    }
}

} // namespace

QStringList ClassifierConfig::defaultStaticExtensions()
{
    return {QStringLiteral("css"),  QStringLiteral("js"),    QStringLiteral("mjs"),
            QStringLiteral("map"),  QStringLiteral("png"),   QStringLiteral("jpg"),
            QStringLiteral("jpeg"), QStringLiteral("gif"),   QStringLiteral("webp"),
            QStringLiteral("avif"), QStringLiteral("svg"),   QStringLiteral("ico"),
            QStringLiteral("bmp"),  QStringLiteral("tif"),   QStringLiteral("tiff"),
            QStringLiteral("woff"), QStringLiteral("woff2"), QStringLiteral("ttf"),
            QStringLiteral("otf"),  QStringLiteral("eot"),   QStringLiteral("json"),
            QStringLiteral("xml"),  QStringLiteral("txt"),   QStringLiteral("webmanifest")};
}

QStringList ClassifierConfig::defaultDownloadExtensions()
{
    return {QStringLiteral("zip"),     QStringLiteral("tar.gz"),  QStringLiteral("tgz"),
            QStringLiteral("tar.bz2"), QStringLiteral("tbz2"),    QStringLiteral("tar.xz"),
            QStringLiteral("txz"),     QStringLiteral("tar.zst"), QStringLiteral("gz"),
            QStringLiteral("bz2"),     QStringLiteral("xz"),      QStringLiteral("zst"),
            QStringLiteral("7z"),      QStringLiteral("rar"),     QStringLiteral("dmg"),
            QStringLiteral("pkg"),     QStringLiteral("exe"),     QStringLiteral("msi"),
            QStringLiteral("msix"),    QStringLiteral("deb"),     QStringLiteral("rpm"),
            QStringLiteral("apk"),     QStringLiteral("ipa"),     QStringLiteral("iso"),
            QStringLiteral("img"),     QStringLiteral("jar"),     QStringLiteral("appimage"),
            QStringLiteral("snap"),    QStringLiteral("flatpak"), QStringLiteral("pdf"),
            QStringLiteral("epub"),    QStringLiteral("mp3"),     QStringLiteral("mp4"),
            QStringLiteral("csv"),     QStringLiteral("xlsx"),    QStringLiteral("docx")};
}

bool ClassifierConfig::isPattern(const QString &entry)
{
    return entry.contains(QLatin1Char('/')) || entry.contains(QLatin1Char('*')) ||
           entry.contains(QLatin1Char('?'));
}

RequestClassifier::RequestClassifier(const ClassifierConfig &config)
    : m_pageViewType(config.pageViewEventType.trimmed().toStdString())
{
    fill(m_static, m_staticParts, config.staticExtensions);
    fill(m_download, m_downloadParts, config.downloadExtensions, &m_downloadGlobs);
}

bool RequestClassifier::globMatch(std::string_view pattern, std::string_view text)
{
    // Greedy matching with one backtrack point: linear in practice.
    size_t p = 0, t = 0, starP = std::string_view::npos, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

bool RequestClassifier::isDownloadPath(std::string_view path) const
{
    if (hasExtension(path, m_download, m_downloadParts))
        return true;
    for (const std::string &g : m_downloadGlobs) {
        if (globMatch(g, path))
            return true;
    }
    return false;
}

bool RequestClassifier::hasExtension(std::string_view path, const ExtSet &exts, size_t maxParts)
{
    const size_t slash = path.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (name.empty() || exts.empty())
        return false;
    // Try ".gz", then ".tar.gz", ... up to the longest configured extension.
    char buf[64];
    size_t end = name.size();
    for (size_t part = 0; part < maxParts; ++part) {
        const size_t dot = name.rfind('.', end == 0 ? 0 : end - 1);
        if (dot == std::string_view::npos || dot == 0)
            return false;
        const std::string_view ext = name.substr(dot + 1);
        if (ext.size() >= sizeof(buf))
            return false;
        for (size_t i = 0; i < ext.size(); ++i)
            buf[i] = lower(ext[i]);
        if (exts.find(std::string_view(buf, ext.size())) != exts.end())
            return true;
        end = dot;
    }
    return false;
}

bool RequestClassifier::isStaticAsset(std::string_view path) const
{
    return hasExtension(path, m_static, m_staticParts);
}

bool RequestClassifier::isPageView(const Record &r, bool bot) const
{
    if (r.kind == RecordKind::Event)
        return !m_pageViewType.empty() && r.eventType == m_pageViewType;
    if (bot || r.method != "GET")
        return false;
    const bool ok = (r.status >= 200 && r.status < 300) || r.status == 304;
    return ok && !isStaticAsset(r.path) && !isDownloadPath(r.path);
}

RequestClassifier::Facts RequestClassifier::classify(const Record &r, bool bot) const
{
    Facts f;
    if (r.kind == RecordKind::Event) {
        f.pageView = !m_pageViewType.empty() && r.eventType == m_pageViewType;
        return f;
    }
    if (r.method != "GET")
        return f;
    const bool ok = r.status >= 200 && r.status < 300;
    if (!ok && r.status != 304)
        return f;
    const bool downloadPath = isDownloadPath(r.path);
    f.download = ok && r.status != 206 && downloadPath;
    f.pageView = !bot && !downloadPath && !isStaticAsset(r.path);
    return f;
}

bool RequestClassifier::isDownload(const Record &r) const
{
    if (r.kind != RecordKind::Request || r.method != "GET")
        return false;
    if (r.status < 200 || r.status >= 300 || r.status == 206)
        return false;
    return isDownloadPath(r.path);
}

std::string_view RequestClassifier::referrerDomain(std::string_view referrer, std::string &out)
{
    out.clear();
    const size_t scheme = referrer.find("://");
    if (scheme == std::string_view::npos || scheme == 0)
        return {};
    std::string_view rest = referrer.substr(scheme + 3);
    const size_t end = rest.find_first_of("/?#");
    std::string_view authority = rest.substr(0, end);
    const size_t at = authority.rfind('@'); // user:password@host
    if (at != std::string_view::npos)
        authority = authority.substr(at + 1);
    if (!authority.empty() && authority.front() == '[') { // IPv6 literal
        const size_t close = authority.find(']');
        authority = close == std::string_view::npos ? std::string_view() : authority.substr(0, close + 1);
    } else {
        const size_t colon = authority.find(':');
        if (colon != std::string_view::npos)
            authority = authority.substr(0, colon);
    }
    while (!authority.empty() && authority.back() == '.')
        authority.remove_suffix(1);
    out.reserve(authority.size());
    for (char c : authority)
        out.push_back(lower(c));
    if (out.rfind("www.", 0) == 0 && out.size() > 4)
        out.erase(0, 4);
    return out;
}

} // namespace es
