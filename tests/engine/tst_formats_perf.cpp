// Single-thread parse throughput per format, printed with qInfo(). Timing
// is never asserted (machines differ); what is asserted is that every
// generated line parses, so the figure is for real work.

#include "formats/formatregistry.h"

#include <QElapsedTimer>
#include <QTest>
#include <string>
#include <vector>

using namespace es;

namespace {

constexpr int kLines = 200000;
constexpr int kPasses = 3;

// Deterministic pseudo-random numbers so every run parses the same input.
struct Lcg
{
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    std::uint32_t next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::uint32_t(state >> 33);
    }
};

const char *const kAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
};
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// All lines in one buffer, '\n'-separated, with the padding parsers may read.
struct Corpus
{
    std::string text;
    std::vector<std::string_view> lines;

    void finish()
    {
        text.append(64, '\0');
        std::size_t pos = 0;
        const std::size_t size = text.size() - 64;
        while (pos < size) {
            const std::size_t end = text.find('\n', pos);
            lines.emplace_back(text.data() + pos, end - pos);
            pos = end + 1;
        }
    }
    double averageLength() const { return double(text.size() - 64) / double(lines.size()) - 1.0; }
};

Corpus makeCorpus(const QString &format)
{
    Corpus c;
    Lcg rng;
    char line[1024];
    if (format == QLatin1String("w3c"))
        c.text.append("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                      "cs(User-Agent) "
                      "cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken\n");
    for (int i = 0; i < kLines; ++i) {
        const std::uint32_t r = rng.next();
        const unsigned a = 1 + r % 223, b = (r >> 8) % 256, d = (r >> 16) % 256;
        const unsigned day = 1 + (i / 5000) % 28, hour = (i / 200) % 24, minute = (i / 4) % 60,
                       second = i % 60;
        const char *agent = kAgents[(r >> 4) % 4];
        const unsigned article = r % 100000;
        int n = 0;
        if (format == QLatin1String("combined") || format == QLatin1String("custom")) {
            n = std::snprintf(line, sizeof line,
                              "%u.%u.%u.%u - - [%02u/%s/2024:%02u:%02u:%02u +0000] \"GET "
                              "/articles/2024/%s/post-%u.html?ref=%u "
                              "HTTP/1.1\" %d %u \"https://www.example.com/index.html\" \"%s\"\n",
                              a, b, d, i % 256, day, kMonths[i % 12], hour, minute, second,
                              kMonths[(i + 3) % 12], article, r % 97, r % 10 ? 200 : 404, r % 50000, agent);
        } else if (format == QLatin1String("common")) {
            n = std::snprintf(
                line, sizeof line,
                "%u.%u.%u.%u - - [%02u/%s/2024:%02u:%02u:%02u +0000] \"GET /articles/2024/post-%u.html "
                "HTTP/1.1\" 200 %u\n",
                a, b, d, i % 256, day, kMonths[i % 12], hour, minute, second, article, r % 50000);
        } else if (format == QLatin1String("json_events")) {
            n = std::snprintf(
                line, sizeof line,
                "{\"event_type\":\"%s\",\"ts\":%lld,\"user_id\":\"u%06u\",\"session_id\":\"s%08u\","
                "\"params\":{\"page\":\"/p/%u\",\"ref\":\"homepage\",\"ab\":\"b\"}}\n",
                r % 3 ? "page_view" : "add_to_cart", 1700000000000LL + i * 37LL, r % 50000, r % 900000,
                article % 1000);
        } else if (format == QLatin1String("json_access")) {
            n = std::snprintf(
                line, sizeof line,
                "{\"remote_addr\":\"%u.%u.%u.%u\",\"time_iso8601\":\"2024-01-%02uT%02u:%02u:%02u+00:00\","
                "\"request\":\"GET /articles/post-%u.html HTTP/1.1\",\"status\":200,\"body_bytes_sent\":%u,"
                "\"http_referer\":\"https://www.example.com/"
                "\",\"http_user_agent\":\"%s\",\"request_time\":0.012}\n",
                a, b, d, i % 256, day, hour, minute, second, article, r % 50000, agent);
        } else if (format == QLatin1String("w3c")) {
            n = std::snprintf(
                line, sizeof line,
                "2024-01-%02u %02u:%02u:%02u 10.0.0.1 GET /articles/post-%u.html - 443 - %u.%u.%u.%u "
                "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36 https://www.example.com/ 200 0 "
                "0 %u 512 %u\n",
                day, hour, minute, second, article, a, b, d, i % 256, r % 50000, r % 900);
        } else if (format == QLatin1String("alb")) {
            n = std::snprintf(line, sizeof line,
                              "https 2024-01-%02uT%02u:%02u:%02u.123456Z app/my-alb/abcdef %u.%u.%u.%u:%u "
                              "10.0.0.1:80 0.001 "
                              "0.012 0.000 200 200 225 %u \"GET "
                              "https://www.example.com:443/articles/post-%u.html HTTP/1.1\" "
                              "\"%s\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 "
                              "arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/t/1 "
                              "\"Root=1-abc\" \"www.example.com\" \"-\" 0 2024-01-01T00:55:04.023000Z "
                              "\"forward\" \"-\" \"-\"\n",
                              day, hour, minute, second, a, b, d, i % 256, 1024 + r % 60000, r % 50000,
                              article, agent);
        }
        c.text.append(line, std::size_t(n));
    }
    c.finish();
    return c;
}

} // namespace

class TestFormatsPerf : public QObject
{
    Q_OBJECT

private slots:
    void throughput_data();
    void throughput();
};

void TestFormatsPerf::throughput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("custom");
    QTest::newRow("combined") << "combined" << QString();
    QTest::newRow("common") << "common" << QString();
    QTest::newRow("json_events") << "json_events" << QString();
    QTest::newRow("json_access") << "json_access" << QString();
    QTest::newRow("w3c") << "w3c" << QString();
    QTest::newRow("alb") << "alb" << QString();
    QTest::newRow("custom (combined pattern)") << "custom"
                                               << R"(%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i")";
}

void TestFormatsPerf::throughput()
{
    QFETCH(QString, format);
    QFETCH(QString, custom);
    const Corpus corpus = makeCorpus(format);
    FormatSpec spec;
    spec.name = format;
    spec.custom = custom;
    QString error;
    auto parser = makeParser(spec, &error);
    QVERIFY2(parser, qPrintable(error));

    double best = 0;
    Record record;
    for (int pass = 0; pass < kPasses; ++pass) {
        QElapsedTimer timer;
        timer.start();
        int ok = 0;
        for (std::string_view line : corpus.lines)
            ok += parser->parse(line, record) == ParseResult::Ok;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QCOMPARE(ok, kLines);
        best = qMax(best, double(kLines) / seconds);
    }
    qInfo("%.2f M lines/s, %.0f MB/s (%.0f-byte lines, best of %d passes, single thread)", best / 1e6,
          best * corpus.averageLength() / 1e6, corpus.averageLength(), kPasses);
}

QTEST_GUILESS_MAIN(TestFormatsPerf)
#include "tst_formats_perf.moc"
