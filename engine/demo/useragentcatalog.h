#pragma once
// The user agents of the simulated audience: real-world browser strings of
// autumn 2025 (Chrome, Safari, Firefox, Edge, Samsung Internet, in-app
// browsers on Windows, macOS, Linux, ChromeOS, Android, iOS, tablets) weighted
// by a plausible market share, plus crawlers, SEO and AI bots, link-preview
// fetchers, monitors and command-line tools.

#include <cstdint>
#include <string>
#include <vector>

namespace es::demo {

enum class OsFamily : std::uint8_t { Windows, MacOs, Linux, ChromeOs, Android, Ios, Other };
enum class DeviceClass : std::uint8_t { Desktop, Mobile, Tablet, Robot };
enum class BotKind : std::uint8_t {
    None,
    SearchCrawler, // Googlebot, bingbot, ...: crawl many distinct pages
    SeoCrawler,    // AhrefsBot, SemrushBot, ...
    AiCrawler,     // GPTBot, ClaudeBot
    Tool,          // curl, python-requests, ...: probes, feeds, downloads
    Monitor,       // uptime checks
    LinkPreview,   // fetch one page when a link is shared
};

struct UserAgentInfo
{
    std::string text;
    double weight = 1.0; // share among humans, or among bots
    OsFamily os = OsFamily::Other;
    DeviceClass device = DeviceClass::Desktop;
    BotKind bot = BotKind::None;

    bool isBot() const { return bot != BotKind::None; }
    // Safari asks for /apple-touch-icon.png, which many sites lack (a 404).
    bool requestsTouchIcon() const;
};

class UserAgentCatalog
{
public:
    // count agents in total, about a tenth of them bots. Popular agents are
    // chosen first; counts beyond the built-in list add older browser builds.
    explicit UserAgentCatalog(int count);

    int size() const { return static_cast<int>(m_agents.size()); }
    const UserAgentInfo &at(int i) const { return m_agents[static_cast<std::size_t>(i)]; }
    const std::vector<int> &humans() const { return m_humans; }
    const std::vector<int> &bots() const { return m_bots; }

    static int builtinHumanCount();
    static int builtinBotCount();

    // Lower-case OS name as the event generator writes it ("android", ...).
    static const char *osTypeName(OsFamily os);

private:
    std::vector<UserAgentInfo> m_agents;
    std::vector<int> m_humans;
    std::vector<int> m_bots;
};

} // namespace es::demo
