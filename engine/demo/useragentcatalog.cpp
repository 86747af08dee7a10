#include "demo/useragentcatalog.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace es::demo {

namespace {

struct Entry
{
    const char *text;
    double weight;
    OsFamily os;
    DeviceClass device;
    BotKind bot;
};

using O = OsFamily;
using D = DeviceClass;
using B = BotKind;

// clang-format off
// Human browsers, most popular first. Chrome, Edge and Opera send the reduced
// ("Chrome/141.0.0.0", "Android 10; K") strings that real browsers send today.
constexpr Entry kHumans[] = {
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36", 15, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36", 12, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1", 9, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", 6, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36", 6, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0", 5, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15", 4, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1", 4, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36", 4, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:143.0) Gecko/20100101 Firefox/143.0", 3, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36", 2.5, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/141.0.7390.41 Mobile/15E148 Safari/604.1", 2.5, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36", 2, O::Linux, D::Desktop, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0", 1.5, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (iPad; CPU OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1", 1.5, O::Ios, D::Tablet, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15", 1.5, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", 1.5, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1", 1.5, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:143.0) Gecko/20100101 Firefox/143.0", 1.2, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1", 1.2, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36", 1.2, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (X11; Linux x86_64; rv:143.0) Gecko/20100101 Firefox/143.0", 1, O::Linux, D::Desktop, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0", 1, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36", 1, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0", 0.8, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0", 0.8, O::Linux, D::Desktop, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 OPR/124.0.0.0", 0.8, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36", 0.8, O::Android, D::Tablet, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15", 0.8, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (Android 15; Mobile; rv:143.0) Gecko/143.0 Firefox/143.0", 0.6, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36", 0.6, O::ChromeOs, D::Desktop, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15", 0.6, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (Linux; Android 13; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36", 0.6, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", 0.6, O::Linux, D::Desktop, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1", 0.5, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36", 0.5, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0.0.0", 0.5, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36", 0.5, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/529.0.0.45.108;FBBV/0;FBDV/iPhone16,2;FBMD/iPhone;FBSN/iOS;FBSV/18.6.2;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]", 0.4, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 15; Pixel 8 Build/AP4A.250905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/141.0.7390.43 Mobile Safari/537.36", 0.4, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Safari/537.36", 0.4, O::Android, D::Tablet, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", 0.4, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0", 0.4, O::Linux, D::Desktop, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:142.0) Gecko/20100101 Firefox/142.0", 0.4, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/143.0 Mobile/15E148 Safari/605.1.15", 0.3, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36 EdgA/141.0.0.0", 0.3, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36 OPR/91.1.4994.88604", 0.3, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 14; SM-A546B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/141.0.7390.43 Mobile Safari/537.36 Instagram 402.0.0.47.81 Android (34/14; 450dpi; 1080x2340; samsung; SM-A546B; a54x; s5e8835; en_US; 803140227)", 0.3, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 YaBrowser/25.8.0.0 Safari/537.36", 0.3, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (iPad; CPU OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/141.0.7390.41 Mobile/15E148 Safari/604.1", 0.3, O::Ios, D::Tablet, B::None},
    {"Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1", 0.3, O::Ios, D::Tablet, B::None},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) EdgiOS/141.0.3537.57 Mobile/15E148 Safari/605.1.15", 0.25, O::Ios, D::Mobile, B::None},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Vivaldi/7.6.3797.52", 0.2, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36", 0.2, O::Windows, D::Desktop, B::None},
    {"Mozilla/5.0 (Linux; U; Android 13; en-us; 2201117TG Build/TKQ1.221114.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.136 Mobile Safari/537.36 XiaoMi/MiuiBrowser/14.13.1-gn", 0.2, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Linux; Android 12; HarmonyOS; NOH-NX9; HMSCore 6.15.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/15.0.4.312 Mobile Safari/537.36", 0.2, O::Android, D::Mobile, B::None},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 OPR/124.0.0.0", 0.2, O::MacOs, D::Desktop, B::None},
    {"Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0", 0.2, O::Android, D::Mobile, B::None},
};

// Robots in the order a smaller catalogue keeps them; weights are shares of
// the robot traffic.
constexpr Entry kBots[] = {
    {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 30, O::Other, D::Robot, B::SearchCrawler},
    {"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", 15, O::Other, D::Robot, B::SearchCrawler},
    {"Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", 10, O::Other, D::Robot, B::SeoCrawler},
    {"python-requests/2.32.3", 4, O::Other, D::Robot, B::Tool},
    {"curl/8.5.0", 3, O::Other, D::Robot, B::Tool},
    {"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)", 6, O::Other, D::Robot, B::AiCrawler},
    {"Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.7390.54 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 15, O::Other, D::Robot, B::SearchCrawler},
    {"Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)", 6, O::Other, D::Robot, B::SeoCrawler},
    {"Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", 4, O::Other, D::Robot, B::SearchCrawler},
    {"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", 2, O::Other, D::Robot, B::Monitor},
    {"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", 1.5, O::Other, D::Robot, B::LinkPreview},
    {"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)", 3, O::Other, D::Robot, B::AiCrawler},
    {"Go-http-client/1.1", 2, O::Other, D::Robot, B::Tool},
    {"Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", 2, O::Other, D::Robot, B::SearchCrawler},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)", 2, O::Other, D::Robot, B::SearchCrawler},
    {"Mozilla/5.0 (compatible; MJ12bot/v1.4.8; http://mj12bot.com/)", 2, O::Other, D::Robot, B::SeoCrawler},
    {"Wget/1.21.3", 1, O::Other, D::Robot, B::Tool},
    {"DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)", 1, O::Other, D::Robot, B::SearchCrawler},
    {"Twitterbot/1.0", 1, O::Other, D::Robot, B::LinkPreview},
    {"Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", 1, O::Other, D::Robot, B::LinkPreview},
    {"Mozilla/5.0 zgrab/0.x", 1, O::Other, D::Robot, B::Tool},
};
// clang-format on

UserAgentInfo toInfo(const Entry &e)
{
    UserAgentInfo info;
    info.text = e.text;
    info.weight = e.weight;
    info.os = e.os;
    info.device = e.device;
    info.bot = e.bot;
    return info;
}

// Older builds beyond the built-in list: full (pre-reduction) version strings,
// which old and embedded browsers still send. The build number keeps each one
// distinct.
UserAgentInfo synthesised(int k)
{
    const int major = 137 - (k / 3) % 50;
    const std::string version =
        std::to_string(major) + ".0." + std::to_string(6000 + k) + "." + std::to_string(k % 200);
    UserAgentInfo info;
    info.weight = 0.15;
    switch (k % 3) {
    case 0:
        info.text =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" +
            version + " Safari/537.36";
        info.os = OsFamily::Windows;
        info.device = DeviceClass::Desktop;
        break;
    case 1:
        info.text =
            "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" +
            version + " Mobile Safari/537.36";
        info.os = OsFamily::Android;
        info.device = DeviceClass::Mobile;
        break;
    default:
        info.text =
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" +
            version + " Safari/537.36";
        info.os = OsFamily::MacOs;
        info.device = DeviceClass::Desktop;
        break;
    }
    return info;
}

} // namespace

bool UserAgentInfo::requestsTouchIcon() const
{
    return (os == OsFamily::Ios || os == OsFamily::MacOs) && text.find("Version/") != std::string::npos &&
           text.find("Safari/") != std::string::npos;
}

UserAgentCatalog::UserAgentCatalog(int count)
{
    count = std::clamp(count, 1, 5000);
    // About one agent in ten is a robot, as in real logs.
    const int botCount = std::min((count + 5) / 10, builtinBotCount());
    const int humanCount = count - botCount;

    for (int i = 0; i < humanCount; ++i) {
        if (i < builtinHumanCount())
            m_agents.push_back(toInfo(kHumans[i]));
        else
            m_agents.push_back(synthesised(i - builtinHumanCount()));
        m_humans.push_back(i);
    }
    for (int i = 0; i < botCount; ++i) {
        m_agents.push_back(toInfo(kBots[i]));
        m_bots.push_back(humanCount + i);
    }
}

int UserAgentCatalog::builtinHumanCount()
{
    return static_cast<int>(std::size(kHumans));
}

int UserAgentCatalog::builtinBotCount()
{
    return static_cast<int>(std::size(kBots));
}

const char *UserAgentCatalog::osTypeName(OsFamily os)
{
    switch (os) {
    case OsFamily::Windows:
        return "windows";
    case OsFamily::MacOs:
        return "macos";
    case OsFamily::Linux:
        return "linux";
    case OsFamily::ChromeOs:
        return "chromeos";
    case OsFamily::Android:
        return "android";
    case OsFamily::Ios:
        return "ios";
    case OsFamily::Other:
        break;
    }
    return "other";
}

} // namespace es::demo
