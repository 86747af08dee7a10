// User-agent enrichment: uap-core's own conformance suites (test_ua.yaml,
// test_os.yaml, test_device.yaml, shipped by the Debian package uap-core) run
// in full against UserAgentParser, every regex of regexes.yaml compiles in
// RE2, the device-type and bot rules hold on realistic strings and on the demo
// generator's agents, and the caches return the parser's results, stay within
// their bound and are safe to share between threads.

#include "demo/useragentcatalog.h"
#include "enrich/useragentparser.h"

#include <QFileInfo>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>
#include <yaml-cpp/yaml.h>

using namespace es;

Q_DECLARE_METATYPE(es::DeviceType)

namespace {

const char *const kUapCoreDir = "/usr/share/uap-core";
constexpr double kMinPassRate = 0.99;

enum class Kind { Browser, Os, Device };

// One conformance case: the string and the expected fields (nullopt: the
// suite expects null).
struct Case
{
    std::string ua;
    std::map<std::string, std::optional<std::string>> expected;
};

std::vector<Case> loadSuite(const std::string &path, const std::vector<std::string> &fields, QString *error)
{
    std::vector<Case> cases;
    try {
        const YAML::Node root = YAML::LoadFile(path);
        for (const YAML::Node &item : root["test_cases"]) {
            Case c;
            c.ua = item["user_agent_string"].as<std::string>();
            for (const std::string &f : fields) {
                const YAML::Node v = item[f];
                if (v && !v.IsNull())
                    c.expected[f] = v.as<std::string>();
                else
                    c.expected[f] = std::nullopt;
            }
            cases.push_back(std::move(c));
        }
    } catch (const std::exception &e) {
        *error = QStringLiteral("cannot read %1: %2")
                     .arg(QString::fromStdString(path), QString::fromUtf8(e.what()));
    }
    return cases;
}

// The parser's field as the suites see it: empty means null.
std::optional<std::string> asField(const std::string &value)
{
    if (value.empty())
        return std::nullopt;
    return value;
}

QString show(const std::optional<std::string> &v)
{
    return v ? QStringLiteral("'%1'").arg(QString::fromStdString(*v)) : QStringLiteral("null");
}

const char *const kGooglebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const char *const kIphoneSafari =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const char *const kWindowsChrome =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/126.0.0.0 Safari/537.36";

} // namespace

class TestUserAgent : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const UserAgentParser> m_parser;

    // Runs one suite; compare(case, mismatch) returns false and describes the
    // first differing field on a failure.
    template<class Compare>
    void runSuite(const char *file, const std::vector<std::string> &fields, Compare compare)
    {
        const std::string path = std::string(kUapCoreDir) + "/" + file;
        QVERIFY2(QFileInfo::exists(QString::fromStdString(path)),
                 qPrintable(QStringLiteral("%1 is missing: install the uap-core package "
                                           "(packaging/install-deps.sh)")
                                .arg(QString::fromStdString(path))));
        QString error;
        const std::vector<Case> cases = loadSuite(path, fields, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!cases.empty(),
                 qPrintable(QStringLiteral("%1 has no test cases").arg(QString::fromStdString(path))));

        int passed = 0;
        QStringList failures;
        for (const Case &c : cases) {
            QString mismatch;
            if (compare(c, &mismatch))
                ++passed;
            else
                failures << QStringLiteral("  %1\n    %2").arg(QString::fromStdString(c.ua), mismatch);
        }
        const int total = int(cases.size());
        const double rate = double(passed) / total;
        qInfo("%s: %d of %d cases pass (%.2f%%)", file, passed, total, 100.0 * rate);
        constexpr qsizetype kShown = 25;
        for (qsizetype i = 0; i < std::min(failures.size(), kShown); ++i)
            qInfo("%s", qPrintable(failures[i]));
        if (failures.size() > kShown)
            qInfo("  ... and %lld more", qint64(failures.size() - kShown));
        QVERIFY2(rate >= kMinPassRate, qPrintable(QStringLiteral("%1: pass rate %2% is below %3%")
                                                      .arg(QString::fromUtf8(file))
                                                      .arg(100.0 * rate, 0, 'f', 2)
                                                      .arg(100.0 * kMinPassRate, 0, 'f', 0)));
    }

    // Compares parsed fields to a case's expectations.
    static bool sameFields(const Case &c, const std::map<std::string, std::optional<std::string>> &actual,
                           QString *mismatch)
    {
        for (const auto &[field, expected] : c.expected) {
            const std::optional<std::string> &got = actual.at(field);
            if (got != expected) {
                *mismatch = QStringLiteral("%1: expected %2, got %3")
                                .arg(QString::fromStdString(field), show(expected), show(got));
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        auto parser = std::make_shared<UserAgentParser>();
        QVERIFY2(parser->isValid(),
                 qPrintable(QStringLiteral("uap-core regexes did not load (%1); install the uap-core package "
                                           "(packaging/install-deps.sh)")
                                .arg(QString::fromStdString(parser->errorString()))));
        m_parser = std::move(parser);
    }

    void allRegexesCompile()
    {
        const UserAgentParser::CompileReport &r = m_parser->compileReport();
        qInfo("regexes.yaml: %d regexes, %d compiled in RE2 (%d with long repetitions rewritten), %d failed",
              r.total, r.compiled, r.rewritten, int(r.failures.size()));
        QString failures;
        for (const std::string &f : r.failures)
            failures += QStringLiteral("\n  ") + QString::fromStdString(f);
        QVERIFY2(r.failures.empty(), qPrintable(QStringLiteral("regexes RE2 rejects:") + failures));
        QVERIFY2(r.total > 1000, qPrintable(QStringLiteral("only %1 regexes in regexes.yaml").arg(r.total)));
        QCOMPARE(r.compiled, r.total);
    }

    void missingFileIsReported()
    {
        const UserAgentParser p("/nonexistent/regexes.yaml");
        QVERIFY(!p.isValid());
        QVERIFY(!p.errorString().empty());
        QCOMPARE(p.parse(kIphoneSafari).browser.family, std::string("Other"));
    }

    // The three suites in tests/ are uap-core's conformance suites; the files
    // in test_resources/ are the further cases its reference test runs.
    void conformance_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::newRow("test_ua") << QStringLiteral("tests/test_ua.yaml") << int(Kind::Browser);
        QTest::newRow("test_os") << QStringLiteral("tests/test_os.yaml") << int(Kind::Os);
        QTest::newRow("test_device") << QStringLiteral("tests/test_device.yaml") << int(Kind::Device);
        QTest::newRow("firefox_user_agent_strings")
            << QStringLiteral("test_resources/firefox_user_agent_strings.yaml") << int(Kind::Browser);
        QTest::newRow("pgts_browser_list")
            << QStringLiteral("test_resources/pgts_browser_list.yaml") << int(Kind::Browser);
        QTest::newRow("opera_mini_user_agent_strings")
            << QStringLiteral("test_resources/opera_mini_user_agent_strings.yaml") << int(Kind::Browser);
        QTest::newRow("podcasting_user_agent_strings")
            << QStringLiteral("test_resources/podcasting_user_agent_strings.yaml") << int(Kind::Browser);
        QTest::newRow("additional_os_tests")
            << QStringLiteral("test_resources/additional_os_tests.yaml") << int(Kind::Os);
    }

    void conformance()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        const std::string path = file.toStdString();
        switch (Kind(kind)) {
        case Kind::Browser:
            runSuite(path.c_str(), {"family", "major", "minor", "patch"},
                     [this](const Case &c, QString *why) {
                         const UaBrowser b = m_parser->parseBrowser(c.ua);
                         return sameFields(c,
                                           {{"family", b.family},
                                            {"major", asField(b.major)},
                                            {"minor", asField(b.minor)},
                                            {"patch", asField(b.patch)}},
                                           why);
                     });
            break;
        case Kind::Os:
            runSuite(path.c_str(), {"family", "major", "minor", "patch", "patch_minor"},
                     [this](const Case &c, QString *why) {
                         const UaOs o = m_parser->parseOs(c.ua);
                         return sameFields(c,
                                           {{"family", o.family},
                                            {"major", asField(o.major)},
                                            {"minor", asField(o.minor)},
                                            {"patch", asField(o.patch)},
                                            {"patch_minor", asField(o.patchMinor)}},
                                           why);
                     });
            break;
        case Kind::Device:
            runSuite(path.c_str(), {"family", "brand", "model"}, [this](const Case &c, QString *why) {
                const UaDevice d = m_parser->parseDevice(c.ua);
                return sameFields(
                    c, {{"family", d.family}, {"brand", asField(d.brand)}, {"model", asField(d.model)}}, why);
            });
            break;
        }
    }

    void fields()
    {
        const ParsedUserAgent r = m_parser->parse(kWindowsChrome);
        QCOMPARE(r.browser.family, std::string("Chrome"));
        QCOMPARE(r.browser.major, std::string("126"));
        QCOMPARE(r.browser.minor, std::string("0"));
        QCOMPARE(r.os.family, std::string("Windows"));
        QCOMPARE(r.os.major, std::string("10"));
        QCOMPARE(r.device.family, std::string("Other"));
        QCOMPARE(r.deviceType, DeviceType::Desktop);
        QVERIFY(!r.bot);

        const ParsedUserAgent g = m_parser->parse(kGooglebot);
        QCOMPARE(g.browser.family, std::string("Googlebot"));
        QCOMPARE(g.browser.major, std::string("2"));
        QCOMPARE(g.device.family, std::string("Spider"));
        QCOMPARE(g.deviceType, DeviceType::Bot);
        QVERIFY(g.bot);

        const ParsedUserAgent i = m_parser->parse(kIphoneSafari);
        QCOMPARE(i.browser.family, std::string("Mobile Safari"));
        QCOMPARE(i.browser.major, std::string("17"));
        QCOMPARE(i.os.family, std::string("iOS"));
        QCOMPARE(i.os.major, std::string("17"));
        QCOMPARE(i.os.minor, std::string("5"));
        QCOMPARE(i.device.family, std::string("iPhone"));
        QCOMPARE(i.device.brand, std::string("Apple"));
        QCOMPARE(i.device.model, std::string("iPhone"));

        QCOMPARE(std::string(deviceTypeName(DeviceType::Desktop)), std::string("desktop"));
        QCOMPARE(std::string(deviceTypeName(DeviceType::Bot)), std::string("bot"));
        QCOMPARE(std::string(deviceTypeName(DeviceType::Other)), std::string("other"));
    }

    void deviceType_data()
    {
        QTest::addColumn<QString>("ua");
        QTest::addColumn<es::DeviceType>("type");

        QTest::newRow("Googlebot") << QString::fromUtf8(kGooglebot) << DeviceType::Bot;
        QTest::newRow("Googlebot smartphone")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 "
                              "(KHTML, like Gecko) Chrome/126.0.6478.126 Mobile Safari/537.36 (compatible; "
                              "Googlebot/2.1; +http://www.google.com/bot.html)")
            << DeviceType::Bot;
        QTest::newRow("bingbot")
            << QStringLiteral("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")
            << DeviceType::Bot;
        QTest::newRow("AhrefsBot")
            << QStringLiteral("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)")
            << DeviceType::Bot;
        QTest::newRow("GPTBot") << QStringLiteral("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; "
                                                  "compatible; GPTBot/1.2; +https://openai.com/gptbot)")
                                << DeviceType::Bot;
        QTest::newRow("Baiduspider")
            << QStringLiteral(
                   "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)")
            << DeviceType::Bot;
        QTest::newRow("curl") << QStringLiteral("curl/8.5.0") << DeviceType::Bot;
        QTest::newRow("wget") << QStringLiteral("Wget/1.21.3") << DeviceType::Bot;
        QTest::newRow("python-requests") << QStringLiteral("python-requests/2.32.3") << DeviceType::Bot;
        QTest::newRow("Go-http-client") << QStringLiteral("Go-http-client/1.1") << DeviceType::Bot;
        QTest::newRow("HeadlessChrome")
            << QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "HeadlessChrome/126.0.0.0 Safari/537.36")
            << DeviceType::Bot;
        QTest::newRow("Lighthouse")
            << QStringLiteral(
                   "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, "
                   "like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse")
            << DeviceType::Bot;
        QTest::newRow("UptimeRobot") << QStringLiteral("Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                                                       "http://www.uptimerobot.com/)")
                                     << DeviceType::Bot;
        QTest::newRow("facebookexternalhit")
            << QStringLiteral("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")
            << DeviceType::Bot;

        QTest::newRow("iPhone Safari") << QString::fromUtf8(kIphoneSafari) << DeviceType::Mobile;
        QTest::newRow("Android phone Chrome")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/126.0.0.0 Mobile Safari/537.36")
            << DeviceType::Mobile;
        QTest::newRow("Samsung Internet")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36")
            << DeviceType::Mobile;
        QTest::newRow("Firefox Android phone")
            << QStringLiteral("Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0")
            << DeviceType::Mobile;
        QTest::newRow("Cubot phone is no bot")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 9; CUBOT P30) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) Chrome/120.0.0.0 Mobile Safari/537.36")
            << DeviceType::Mobile;

        QTest::newRow("iPad") << QStringLiteral("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) "
                                                "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
                                                "Mobile/15E148 Safari/604.1")
                              << DeviceType::Tablet;
        QTest::newRow("Android tablet Chrome")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) Chrome/126.0.0.0 Safari/537.36")
            << DeviceType::Tablet;
        QTest::newRow("Firefox Android tablet")
            << QStringLiteral("Mozilla/5.0 (Android 14; Tablet; rv:127.0) Gecko/127.0 Firefox/127.0")
            << DeviceType::Tablet;
        QTest::newRow("Kindle Fire Silk")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 9; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Silk/126.3.1 like Chrome/126.0.6478.126 Safari/537.36")
            << DeviceType::Tablet;

        QTest::newRow("Windows Chrome") << QString::fromUtf8(kWindowsChrome) << DeviceType::Desktop;
        QTest::newRow("Windows Edge")
            << QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87")
            << DeviceType::Desktop;
        QTest::newRow("macOS Safari")
            << QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
                              "like Gecko) Version/17.5 Safari/605.1.15")
            << DeviceType::Desktop;
        QTest::newRow("Linux Firefox")
            << QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0")
            << DeviceType::Desktop;
        QTest::newRow("Ubuntu Firefox")
            << QStringLiteral(
                   "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0")
            << DeviceType::Desktop;
        QTest::newRow("ChromeOS")
            << QStringLiteral("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) Chrome/126.0.0.0 Safari/537.36")
            << DeviceType::Desktop;

        QTest::newRow("Android TV")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 9; SHIELD Android TV Build/PPR1.180610.011; wv) "
                              "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.122 "
                              "Mobile Safari/537.36")
            << DeviceType::Other;
        QTest::newRow("PlayStation")
            << QStringLiteral(
                   "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like "
                   "Gecko) Version/13.0 Safari/605.1.15")
            << DeviceType::Other;
        QTest::newRow("empty") << QString() << DeviceType::Other;
        QTest::newRow("dash") << QStringLiteral("-") << DeviceType::Other;
        QTest::newRow("unknown library") << QStringLiteral("SomeClient/1.0") << DeviceType::Other;
    }

    void deviceType()
    {
        QFETCH(QString, ua);
        QFETCH(es::DeviceType, type);
        const ParsedUserAgent r = m_parser->parse(ua.toStdString());
        QVERIFY2(
            r.deviceType == type,
            qPrintable(QStringLiteral("got %1 (browser %2, os %3, device %4), expected %5")
                           .arg(QString::fromUtf8(deviceTypeName(r.deviceType)),
                                QString::fromStdString(r.browser.family), QString::fromStdString(r.os.family),
                                QString::fromStdString(r.device.family),
                                QString::fromUtf8(deviceTypeName(type)))));
        QCOMPARE(r.bot, type == DeviceType::Bot);
    }

    // The demo generator labels its agents; the parser agrees on every one.
    void demoCatalogAgrees()
    {
        using demo::DeviceClass;
        const demo::UserAgentCatalog catalog(demo::UserAgentCatalog::builtinHumanCount() +
                                             demo::UserAgentCatalog::builtinBotCount());
        QStringList wrong;
        for (int i = 0; i < catalog.size(); ++i) {
            const demo::UserAgentInfo &a = catalog.at(i);
            const DeviceType expected = a.isBot()                         ? DeviceType::Bot
                                        : a.device == DeviceClass::Mobile ? DeviceType::Mobile
                                        : a.device == DeviceClass::Tablet ? DeviceType::Tablet
                                                                          : DeviceType::Desktop;
            const ParsedUserAgent r = m_parser->parse(a.text);
            if (r.deviceType != expected || r.bot != a.isBot())
                wrong << QStringLiteral("%1: %2, expected %3")
                             .arg(QString::fromStdString(a.text),
                                  QString::fromUtf8(deviceTypeName(r.deviceType)),
                                  QString::fromUtf8(deviceTypeName(expected)));
        }
        qInfo("demo catalogue: %d agents, %lld classified differently", catalog.size(), qint64(wrong.size()));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void cacheReturnsParserResults()
    {
        UserAgentCache cache(m_parser);
        ParsedUserAgent scratch;
        const ParsedUserAgent &a = cache.lookup(kIphoneSafari, scratch);
        const ParsedUserAgent &b = cache.lookup(std::string(kIphoneSafari), scratch);
        QCOMPARE(&a, &b);
        QVERIFY(&a != &scratch);
        QCOMPARE(a.browser.family, std::string("Mobile Safari"));
        QCOMPARE(a.deviceType, DeviceType::Mobile);
        QCOMPARE(cache.size(), std::size_t(1));
        QCOMPARE(cache.lookup(kGooglebot, scratch).deviceType, DeviceType::Bot);
        QCOMPARE(cache.size(), std::size_t(2));

        UserAgentLookup local(cache);
        QCOMPARE(&local.lookup(kIphoneSafari), &a);
        QCOMPARE(local.lookup(kWindowsChrome).deviceType, DeviceType::Desktop);
        QCOMPARE(cache.size(), std::size_t(3));
    }

    void cacheIsBounded()
    {
        UserAgentCache cache(m_parser, 10);
        ParsedUserAgent scratch;
        UserAgentLookup local(cache, 4);
        for (int i = 0; i < 50; ++i) {
            const std::string ua = "curl/8." + std::to_string(i) + ".0";
            QCOMPARE(cache.lookup(ua, scratch).browser.family, std::string("curl"));
            QCOMPARE(local.lookup(ua).browser.major, std::string("8"));
            QCOMPARE(local.lookup(ua).browser.minor, std::to_string(i));
            QVERIFY(cache.size() <= 10);
        }
        QCOMPARE(cache.size(), std::size_t(10));
        // Full: a new string is still parsed, into the scratch result.
        const ParsedUserAgent &r = cache.lookup(kWindowsChrome, scratch);
        QCOMPARE(&r, &scratch);
        QCOMPARE(r.deviceType, DeviceType::Desktop);
    }

    void cacheIsThreadSafe()
    {
        std::vector<std::string> agents;
        const demo::UserAgentCatalog catalog(200);
        for (int i = 0; i < catalog.size(); ++i)
            agents.push_back(catalog.at(i).text);
        std::vector<ParsedUserAgent> reference;
        for (const std::string &a : agents)
            reference.push_back(m_parser->parse(a));

        UserAgentCache cache(m_parser);
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                UserAgentLookup local(cache, 64); // smaller than the set: refills while running
                ParsedUserAgent scratch;
                for (int round = 0; round < 20; ++round) {
                    for (std::size_t k = 0; k < agents.size(); ++k) {
                        const std::size_t i =
                            (k * 7 + std::size_t(t) * 13 + std::size_t(round)) % agents.size();
                        const ParsedUserAgent &viaShared = cache.lookup(agents[i], scratch);
                        const ParsedUserAgent &viaLocal = local.lookup(agents[i]);
                        if (viaShared.browser.family != reference[i].browser.family ||
                            viaShared.os.family != reference[i].os.family ||
                            viaLocal.device.family != reference[i].device.family ||
                            viaLocal.deviceType != reference[i].deviceType)
                            ++mismatches;
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
        QVERIFY(cache.size() <= agents.size());
    }
};

QTEST_GUILESS_MAIN(TestUserAgent)
#include "tst_useragent.moc"
