// Whole real fixture files: Ok/Skip/Malformed counts per file, and format
// detection for every file in a supported format. The expected counts were
// established independently of the parsers with grep/awk (see the comment
// on each row), not by running them.

#include "formats/formatdetector.h"
#include "formats/formatregistry.h"

#include <QFile>
#include <QTest>
#include <string>

using namespace es;

namespace {

QByteArray readFixture(const QString &relative)
{
    QFile f(QStringLiteral(ES_SHARED_DATA_DIR "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool haveSharedData()
{
    return QFile::exists(QStringLiteral(ES_SHARED_DATA_DIR));
}

DetectionResult detect(const QByteArray &data)
{
    const qsizetype head = qMin<qsizetype>(data.size(), 64 * 1024);
    return detectFormat(std::string_view(data.constData(), std::size_t(head)));
}

} // namespace

class TestFormatsFixtures : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void detection_data();
    void detection();
    void detectionRejects_data();
    void detectionRejects();
    void detectionSynthetic_data();
    void detectionSynthetic();
    void detectionOfACutHead();
    void detectionIgnoresByteOrderMark();
};

void TestFormatsFixtures::counts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("ok");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("malformed");

    // Access logs. RE below is a grep -E for one CLF record:
    //   ^[^[]* \[dd/Mon/yyyy:hh:mm:ss [+-]zzzz\] ".*" [0-9]{3} ([0-9]+|-)( ".*")?\r?$
    // 10000 lines; awk -F'"' 'NF!=7' finds only line 8899, cut inside the UA.
    QTest::newRow("elastic apache") << "access_logs/elastic_apache_logs.log"
                                    << "combined" << 9999 << 0 << 1;
    // 1000 lines, all match RE.
    QTest::newRow("zanbil") << "access_logs/lnav_zanbil_shop_access_1000.log"
                            << "combined_extra" << 1000 << 0 << 0;
    // 6 lines: one blank, one '#' comment, four hits (the last without '\n').
    QTest::newRow("piwik") << "access_logs/matomo_logs_to_tests_piwik_clickstream.log"
                           << "combined" << 4 << 2 << 0;
    // wc -l and RE agree: 747, 840, 600 and 1212 lines.
    QTest::newRow("farmwork combined") << "access_logs/willthefarmer_farmwork_apache_combined.log"
                                       << "combined" << 747 << 0 << 0;
    QTest::newRow("farmwork common") << "access_logs/willthefarmer_farmwork_apache_common.log"
                                     << "common" << 840 << 0 << 0;
    QTest::newRow("farmwork vhost") << "access_logs/willthefarmer_farmwork_apache_vhost_combined.log"
                                    << "vhost_combined" << 600 << 0 << 0;
    QTest::newRow("saunathinker") << "access_logs/willthefarmer_saunathinker_nginx_combined.log"
                                  << "combined" << 1212 << 0 << 0;
    // 20429 lines; RE matches 20428. The one it misses is line 5806, whose
    // user field holds "[S]" (RE forbids '[' before the timestamp); it is a
    // complete record.
    QTest::newRow("meatlabel") << "access_logs/willthefarmer_meatlabel_nginx_combined.log"
                               << "combined" << 20429 << 0 << 0;

    // AWS. W3C-style files: Skip = lines starting with '#' (grep -c '^#'),
    // Ok = the rest.
    QTest::newRow("cloudfront awssamples") << "aws/awssamples_cloudfront_standard_2018.log"
                                           << "cloudfront" << 66 << 2 << 0;
    QTest::newRow("cloudfront kinesis") << "aws/claygregory_cloudfront_kinesis-1-0.log"
                                        << "cloudfront" << 1 << 2 << 0;
    QTest::newRow("cloudfront rtmp") << "aws/claygregory_cloudfront_rtmp-1-0.log"
                                     << "cloudfront" << 6 << 2 << 0;
    QTest::newRow("cloudfront web 2019-12") << "aws/claygregory_cloudfront_web-1-0-2019-12.log"
                                            << "cloudfront" << 3 << 2 << 0;
    QTest::newRow("cloudfront web") << "aws/claygregory_cloudfront_web-1-0.log"
                                    << "cloudfront" << 2 << 2 << 0;
    QTest::newRow("cloudfront elastic") << "aws/elastic_integrations_test-cloudfront.log"
                                        << "cloudfront" << 12 << 2 << 0;
    QTest::newRow("cloudfront matomo rtmp") << "aws/matomo_amazon_cloudfront_rtmp.log"
                                            << "cloudfront" << 2 << 2 << 0;
    QTest::newRow("cloudfront matomo web") << "aws/matomo_amazon_cloudfront_web.log"
                                           << "cloudfront" << 1 << 2 << 0;
    // 10 lines: grep -c '^http ' = 3 requests; grep -c '^tls ' = 4 NLB
    // entries and 3 connection-log lines (start with a timestamp followed by
    // a bare IP and port) carry no request and are skipped.
    QTest::newRow("alb elastic") << "aws/elastic_integrations_test-alb.log"
                                 << "alb" << 3 << 7 << 0;
    QTest::newRow("alb awssamples") << "aws/awssamples_alb_2018.log"
                                    << "alb" << 1 << 0 << 0;
    QTest::newRow("alb matomo") << "aws/matomo_alb.log"
                                << "alb" << 1 << 0 << 0;
    // 3 lines: one request, one '#' comment, one TCP entry ("- - - ").
    QTest::newRow("classic elb") << "aws/matomo_elb.log"
                                 << "alb" << 1 << 2 << 0;
    // 10 lines, all S3 records (2 BATCH.DELETE and 1 S3.EXPIRE without a
    // request line are still records).
    QTest::newRow("s3 elastic") << "aws/elastic_integrations_test-s3-server-access.log"
                                << "s3" << 10 << 0 << 0;
    QTest::newRow("s3 matomo") << "aws/matomo_s3.log"
                               << "s3" << 1 << 0 << 0;

    // JSON. The union of top-level keys over each file (listed with a JSON
    // library) has no time field in the Lambda@Edge files and no event_type
    // in the NGINX Plus snapshots, so every line is Malformed.
    QTest::newRow("lambda origin") << "json_events/awssamples_lambda_edge_origin_request.jsonl"
                                   << "json_events:event_type=eventType" << 0 << 0 << 2;
    QTest::newRow("lambda viewer") << "json_events/awssamples_lambda_edge_viewer_request.jsonl"
                                   << "json_events:event_type=eventType" << 0 << 0 << 36;
    QTest::newRow("nginx plus") << "json_events/elastic_nginxplus_status_snapshots.jsonl"
                                << "json_events" << 0 << 0 << 500;
    QTest::newRow("gharchive")
        << "json_events/lnav_gharchive_events_50.jsonl"
        << "json_events:event_type=type,ts=created_at,user_id=actor.login,params=payload" << 50 << 0 << 0;
    QTest::newRow("cloudflare") << "json_events/lnav_cloudflare_ripe_1.json"
                                << "json_access" << 1 << 0 << 0;
    QTest::newRow("caddy") << "json_events/matomo_caddy_json.jsonl"
                           << "json_access" << 3 << 0 << 0;
    QTest::newRow("nginx json") << "json_events/matomo_nginx_json.jsonl"
                                << "json_access" << 2 << 0 << 0;
    QTest::newRow("traefik") << "json_events/matomo_traefik_json.jsonl"
                             << "json_access" << 1 << 0 << 0;

    // Edge cases.
    QTest::newRow("beats apache") << "edge_cases/beats_apache_access_test.log"
                                  << "combined" << 7 << 0 << 0;
    QTest::newRow("beats nginx") << "edge_cases/beats_nginx_access_test.log"
                                 << "combined" << 7 << 0 << 0;
    QTest::newRow("lnav access 0") << "edge_cases/lnav_logfile_access_log.0"
                                   << "combined" << 3 << 0 << 0;
    QTest::newRow("lnav access 1") << "edge_cases/lnav_logfile_access_log.1"
                                   << "combined" << 1 << 0 << 0;
    QTest::newRow("lnav bad access") << "edge_cases/lnav_logfile_bad_access_log.0"
                                     << "combined" << 3 << 0 << 0;
    // 5 syslog lines, none has a "[dd/Mon/yyyy:" timestamp.
    QTest::newRow("syslog") << "edge_cases/lnav_logfile_syslog_with_access_log.0"
                            << "combined" << 0 << 0 << 5;
    // Line 3 is cut inside a string (no closing braces).
    QTest::newRow("lnav invalid json")
        << "edge_cases/lnav_logfile_invalid_json.json"
        << "json_events:event_type=@fields.lvl,ts=ts,params=@fields" << 4 << 0 << 1;
    // Line 5 is cut inside a string.
    QTest::newRow("lnav json invalid") << "edge_cases/lnav_logfile_json_invalid.json"
                                       << "json_events:event_type=lvl,ts=ts" << 12 << 0 << 1;
    // 18 lines, grep -c '^{' = 13; the other 5 are logfmt and a traceback.
    QTest::newRow("lnav mixed json, CRLF") << "edge_cases/lnav_logfile_mixed_json2.json"
                                           << "json_events:event_type=lvl,ts=ts" << 13 << 0 << 5;
    // W3C: Skip = '#' lines plus blank (or all-space) lines.
    QTest::newRow("w3c 0") << "edge_cases/lnav_logfile_w3c.0"
                           << "w3c" << 1 << 4 << 0;
    QTest::newRow("w3c 1") << "edge_cases/lnav_logfile_w3c.1"
                           << "w3c" << 1 << 6 << 0;
    QTest::newRow("w3c 2") << "edge_cases/lnav_logfile_w3c.2"
                           << "w3c" << 14 << 8 << 0;
    QTest::newRow("w3c 3") << "edge_cases/lnav_logfile_w3c.3"
                           << "w3c" << 3 << 7 << 0;
    QTest::newRow("w3c 4") << "edge_cases/lnav_logfile_w3c.4"
                           << "w3c" << 2 << 4 << 0;
    QTest::newRow("w3c 5") << "edge_cases/lnav_logfile_w3c.5"
                           << "w3c" << 1 << 1 << 0;
    QTest::newRow("w3c 6") << "edge_cases/lnav_logfile_w3c.6"
                           << "w3c" << 1 << 4 << 0;
    QTest::newRow("w3c big") << "edge_cases/lnav_logfile_w3c_big.0"
                             << "w3c" << 210 << 44 << 0;
    QTest::newRow("iis") << "edge_cases/matomo_iis.log"
                         << "w3c" << 1 << 4 << 0;
    QTest::newRow("iis custom") << "edge_cases/matomo_iis_custom.log"
                                << "w3c" << 3 << 7 << 0;
    QTest::newRow("incapsula") << "edge_cases/matomo_incapsula_w3c.log"
                               << "w3c" << 2 << 4 << 0;
    QTest::newRow("netscaler") << "edge_cases/matomo_netscaler.log"
                               << "w3c" << 1 << 4 << 0;
    QTest::newRow("shoutcast") << "edge_cases/matomo_shoutcast.log"
                               << "w3c" << 1 << 3 << 0;
    QTest::newRow("split date and time") << "edge_cases/matomo_splitted_date_and_time.log"
                                         << "w3c" << 1 << 1 << 0;
    QTest::newRow("matomo common") << "edge_cases/matomo_common.log"
                                   << "common" << 1 << 0 << 0;
    QTest::newRow("matomo common complete") << "edge_cases/matomo_common_complete.log"
                                            << "vhost_combined" << 1 << 0 << 0;
    QTest::newRow("matomo big5") << "edge_cases/matomo_common_encoding_big5.log"
                                 << "vhost_combined" << 1 << 0 << 0;
    QTest::newRow("matomo common vhost") << "edge_cases/matomo_common_vhost.log"
                                         << "vhost_combined" << 1 << 0 << 0;
    QTest::newRow("matomo static") << "edge_cases/matomo_static_ignores.log"
                                   << "vhost_combined" << 4 << 0 << 0;
    QTest::newRow("matomo ncsa") << "edge_cases/matomo_ncsa_extended.log"
                                 << "combined" << 1 << 0 << 0;
    QTest::newRow("matomo icecast") << "edge_cases/matomo_icecast2.log"
                                    << "combined" << 1 << 0 << 0;
    QTest::newRow("matomo ovh") << "edge_cases/matomo_ovh.log"
                                << "combined" << 1 << 0 << 0;
    // Not CLF: a month name as text, and "(0 s)" between time and request.
    QTest::newRow("matomo custom date") << "edge_cases/matomo_custom_regex_custom_date.log"
                                        << "combined" << 0 << 0 << 1;
    QTest::newRow("matomo gandi") << "edge_cases/matomo_gandi.log"
                                  << "combined" << 0 << 0 << 2;
    // 1930 lines; RE matches 1843, two of which are second halves of wrapped
    // records whose client field is "-" (lines starting "- - [" and " - ["),
    // so 1841 records; the 89 lines RE rejects are the wrapped pieces and the
    // cut last line.
    QTest::newRow("nasa wrapped") << "edge_cases/nasa_aug95_sample_wrapped_lines.log"
                                  << "common" << 1841 << 0 << 89;
}

void TestFormatsFixtures::counts()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, ok);
    QFETCH(int, skip);
    QFETCH(int, malformed);
    const QByteArray data = readFixture(file);
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    QString error;
    auto parser = makeParser(parseFormatArgument(format, &error), &error);
    QVERIFY2(parser, qPrintable(error));

    std::string buffer(data.constData(), std::size_t(data.size()));
    buffer.append(64, '\0');
    const std::string_view text(buffer.data(), std::size_t(data.size()));
    int counts[3] = {0, 0, 0};
    std::size_t pos = 0;
    Record r;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        ++counts[int(parser->parse(text.substr(pos, end - pos), r))];
        pos = end + 1;
    }
    QCOMPARE(counts[int(ParseResult::Ok)], ok);
    QCOMPARE(counts[int(ParseResult::Skip)], skip);
    QCOMPARE(counts[int(ParseResult::Malformed)], malformed);
}

void TestFormatsFixtures::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");

    const char *const combined[] = {"access_logs/elastic_apache_logs.log",
                                    "access_logs/matomo_logs_to_tests_piwik_clickstream.log",
                                    "access_logs/willthefarmer_farmwork_apache_combined.log",
                                    "access_logs/willthefarmer_meatlabel_nginx_combined.log",
                                    "access_logs/willthefarmer_saunathinker_nginx_combined.log",
                                    "edge_cases/beats_apache_access_test.log",
                                    "edge_cases/beats_nginx_access_test.log",
                                    "edge_cases/lnav_logfile_access_log.0",
                                    "edge_cases/lnav_logfile_access_log.1",
                                    "edge_cases/lnav_logfile_bad_access_log.0",
                                    "edge_cases/matomo_ncsa_extended.log",
                                    "edge_cases/matomo_icecast2.log",
                                    "edge_cases/matomo_ovh.log"};
    for (const char *f : combined)
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("combined");
    for (const char *f : {"access_logs/willthefarmer_farmwork_apache_common.log",
                          "edge_cases/matomo_common.log", "edge_cases/nasa_aug95_sample_wrapped_lines.log"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("common");
    for (const char *f :
         {"access_logs/willthefarmer_farmwork_apache_vhost_combined.log",
          "edge_cases/matomo_common_complete.log", "edge_cases/matomo_common_encoding_big5.log",
          "edge_cases/matomo_common_vhost.log", "edge_cases/matomo_static_ignores.log"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("vhost_combined");
    QTest::newRow("zanbil") << "access_logs/lnav_zanbil_shop_access_1000.log"
                            << "combined_extra";
    for (const char *f :
         {"aws/awssamples_cloudfront_standard_2018.log", "aws/claygregory_cloudfront_kinesis-1-0.log",
          "aws/claygregory_cloudfront_rtmp-1-0.log", "aws/claygregory_cloudfront_web-1-0-2019-12.log",
          "aws/claygregory_cloudfront_web-1-0.log", "aws/elastic_integrations_test-cloudfront.log",
          "aws/matomo_amazon_cloudfront_rtmp.log", "aws/matomo_amazon_cloudfront_web.log"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("cloudfront");
    for (const char *f : {"aws/awssamples_alb_2018.log", "aws/elastic_integrations_test-alb.log",
                          "aws/matomo_alb.log", "aws/matomo_elb.log"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("alb");
    for (const char *f : {"aws/elastic_integrations_test-s3-server-access.log", "aws/matomo_s3.log"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("s3");
    for (const char *f : {"json_events/lnav_cloudflare_ripe_1.json", "json_events/matomo_caddy_json.jsonl",
                          "json_events/matomo_nginx_json.jsonl", "json_events/matomo_traefik_json.jsonl"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("json_access");
    QTest::newRow("gharchive") << "json_events/lnav_gharchive_events_50.jsonl"
                               << "json_events";
    for (const char *f :
         {"edge_cases/lnav_logfile_w3c.0", "edge_cases/lnav_logfile_w3c.1", "edge_cases/lnav_logfile_w3c.2",
          "edge_cases/lnav_logfile_w3c.3", "edge_cases/lnav_logfile_w3c.4", "edge_cases/lnav_logfile_w3c.5",
          "edge_cases/lnav_logfile_w3c.6", "edge_cases/lnav_logfile_w3c_big.0", "edge_cases/matomo_iis.log",
          "edge_cases/matomo_iis_custom.log", "edge_cases/matomo_incapsula_w3c.log",
          "edge_cases/matomo_netscaler.log", "edge_cases/matomo_shoutcast.log",
          "edge_cases/matomo_splitted_date_and_time.log"})
        QTest::newRow(f) << QString::fromLatin1(f) << QStringLiteral("w3c");
}

void TestFormatsFixtures::detection()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QByteArray data = readFixture(file);
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    const DetectionResult result = detect(data);
    QVERIFY2(result.detected, qPrintable(result.reason));
    QCOMPARE(result.spec.name, format);
    QVERIFY(result.reason.isEmpty());
    QVERIFY(result.linesOk > 0);
    QVERIFY(result.linesOk <= result.linesTried);
    // Only the NASA sample (wrapped lines) falls short of every line.
    QVERIFY2(result.confidence >= (file.contains(QLatin1String("nasa")) ? 0.9 : 1.0),
             qPrintable(QString::number(result.confidence)));
    if (format == QLatin1String("json_events")) {
        QCOMPARE(result.spec.jsonFields.eventType, QStringLiteral("type"));
        QCOMPARE(result.spec.jsonFields.ts, QStringLiteral("created_at"));
        QCOMPARE(result.spec.jsonFields.userId, QStringLiteral("actor.login"));
        QCOMPARE(result.spec.jsonFields.params, QStringLiteral("payload"));
    }
    // What detection found must import the same file.
    QVERIFY(makeParser(result.spec, nullptr));
}

void TestFormatsFixtures::detectionRejects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reasonStart");

    QByteArray blob(4096, '\0');
    for (int i = 0; i < blob.size(); ++i)
        blob[i] = char((i * 73 + 11) % 256);
    QTest::newRow("binary with NUL bytes") << QString() << blob << QString() << "binary data";
    QByteArray controls;
    for (int i = 0; i < 2000; ++i)
        controls.append(char(1 + i % 30)).append('x');
    QTest::newRow("mostly control bytes") << QString() << controls << QString() << "binary data";
    QTest::newRow("empty") << QString() << QByteArray() << QString() << "the input is empty";
    QTest::newRow("blank lines") << QString() << QByteArray("\n \n\t\r\n") << QString()
                                 << "the input has no content";
    QTest::newRow("utf-16") << QString()
                            << QByteArray("\xff\xfe"
                                          "1\0.\0"
                                          "2\0",
                                          8)
                            << QString() << "UTF-16";
    QTest::newRow("prose") << QString() << QByteArray("Dear diary,\ntoday the logs were fine.\n") << QString()
                           << "no known format matched: first line was \"Dear diary,\"";
    QTest::newRow("gzip") << "edge_cases/matomo_common.log.gz" << QByteArray() << QString()
                          << "compressed data (gzip)";
    QTest::newRow("bzip2") << "edge_cases/matomo_common.log.bz2" << QByteArray() << QString()
                           << "compressed data (bzip2)";
    QTest::newRow("syslog") << "edge_cases/lnav_logfile_syslog_with_access_log.0" << QByteArray() << QString()
                            << "no known format matched: first line was \"Jan  3 09:47:02 veridian sudo";
    QTest::newRow("haproxy") << "edge_cases/matomo_haproxy.log" << QByteArray() << QString()
                             << "no known format matched: first line was \"Sep 25 06:05:27 hostname haproxy";
    QTest::newRow("gandi") << "edge_cases/matomo_gandi.log" << QByteArray() << QString()
                           << "no known format matched: first line was \"www.example.com 1.2.3.4";
    QTest::newRow("text month") << "edge_cases/matomo_custom_regex_custom_date.log" << QByteArray()
                                << QString() << "no known format matched";
    // JSON lines the detector recognises as events but cannot map on its own.
    QTest::newRow("lambda, no timestamp")
        << "json_events/awssamples_lambda_edge_viewer_request.jsonl" << QByteArray() << "json_events"
        << "JSON lines without a timestamp field";
    QTest::newRow("lambda origin") << "json_events/awssamples_lambda_edge_origin_request.jsonl"
                                   << QByteArray() << "json_events"
                                   << "JSON lines without a timestamp field";
    QTest::newRow("nginx plus, no event type")
        << "json_events/elastic_nginxplus_status_snapshots.jsonl" << QByteArray() << "json_events"
        << "JSON lines without an event type field";
    QTest::newRow("lnav app log") << "edge_cases/lnav_logfile_json_invalid.json" << QByteArray()
                                  << "json_events"
                                  << "JSON lines without an event type field";
}

void TestFormatsFixtures::detectionRejects()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, reasonStart);
    if (!file.isEmpty()) {
        if (!haveSharedData())
            QSKIP("The shared real-log folder is not present");
        data = readFixture(file);
        QVERIFY2(!data.isEmpty(), qPrintable(file));
    }
    const DetectionResult result = detect(data);
    QVERIFY(!result.detected);
    QCOMPARE(result.spec.name, name);
    QVERIFY2(result.reason.startsWith(reasonStart), qPrintable(result.reason));
    QCOMPARE(result.linesOk, 0);
    if (name == QLatin1String("json_events")) {
        // The guess names what it did find, ready for the user to complete.
        if (file.contains(QLatin1String("lambda")))
            QCOMPARE(result.spec.jsonFields.eventType, QStringLiteral("eventType"));
        if (file.contains(QLatin1String("nginxplus")))
            QCOMPARE(result.spec.jsonFields.ts, QStringLiteral("timestamp"));
    }
}

void TestFormatsFixtures::detectionSynthetic_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("detected");
    QTest::addColumn<QString>("argument"); // formatArgument() of the result
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("reasonStart");

    QByteArray events;
    for (int i = 0; i < 5; ++i)
        events += "{\"event_type\":\"purchase\",\"ts\":170000000" + QByteArray::number(i) +
                  ",\"status\":200,\"user_id\":\"u1\"}\n";
    // A "status" alone does not make an access log.
    QTest::newRow("events with a status field") << events << true << "json_events" << 1.0 << QString();
    QByteArray renamed;
    for (int i = 0; i < 4; ++i)
        renamed += "{\"event\":\"signup\",\"timestamp\":\"2023-11-14T22:13:2" + QByteArray::number(i) +
                   "Z\",\"uid\":\"7\",\"properties\":{\"a\":1}}\n";
    QTest::newRow("events with other names")
        << renamed << true
        << "json_events:event_type=event,ts=timestamp,user_id=uid,session_id=session_id,params=properties"
        << 1.0 << QString();
    QByteArray nginx;
    for (int i = 0; i < 3; ++i)
        nginx += "{\"ts\":170000000" + QByteArray::number(i) +
                 ",\"type\":\"access\",\"request_uri\":\"/x\",\"status\":200}\n";
    QTest::newRow("access log with a type field") << nginx << true << "json_access" << 1.0 << QString();
    const QByteArray good =
        "1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 200 5 \"-\" \"ua\"\r\n";
    QTest::newRow("CRLF combined") << good + good << true << "combined" << 1.0 << QString();
    QTest::newRow("three good, one bad")
        << good + good + "garbage line\n" + good << true << "combined" << 0.75 << QString();
    QTest::newRow("one good, three bad")
        << QByteArray("junk one\n") + good + "junk two\njunk three\n"
        << false << "combined" << 0.25
        << "no known format matched well: the best, combined, read only 1 of 4 lines";
    QTest::newRow("W3C header only") << QByteArray("#Version: 1.0\n#Fields: date time c-ip\n") << false
                                     << QString() << 0.0
                                     << "no known format matched: first line was \"#Version: 1.0\"";
}

void TestFormatsFixtures::detectionSynthetic()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, detected);
    QFETCH(QString, argument);
    QFETCH(double, confidence);
    QFETCH(QString, reasonStart);
    const DetectionResult result = detect(data);
    QCOMPARE(result.detected, detected);
    QCOMPARE(result.spec.name.isEmpty() ? QString() : formatArgument(result.spec), argument);
    QCOMPARE(result.confidence, confidence);
    if (reasonStart.isEmpty())
        QVERIFY2(result.reason.isEmpty(), qPrintable(result.reason));
    else
        QVERIFY2(result.reason.startsWith(reasonStart), qPrintable(result.reason));
}

void TestFormatsFixtures::detectionOfACutHead()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    // 64 KiB of a 4 MB file ends in the middle of a line; that partial line
    // must not count against the format.
    const QByteArray data =
        readFixture(QStringLiteral("access_logs/willthefarmer_meatlabel_nginx_combined.log"));
    QVERIFY(data.size() > 64 * 1024);
    const QByteArray head = data.left(64 * 1024);
    QVERIFY(!head.endsWith('\n'));
    const DetectionResult result = detect(data);
    QVERIFY(result.detected);
    QCOMPARE(result.spec.name, QStringLiteral("combined"));
    QCOMPARE(result.confidence, 1.0);
    QVERIFY(result.linesTried >= int(head.count('\n')));
}

void TestFormatsFixtures::detectionIgnoresByteOrderMark()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    QByteArray data = readFixture(QStringLiteral("edge_cases/matomo_iis.log"));
    QVERIFY(!data.isEmpty());
    data.prepend("\xef\xbb\xbf");
    const DetectionResult result = detect(data);
    QVERIFY2(result.detected, qPrintable(result.reason));
    QCOMPARE(result.spec.name, QStringLiteral("w3c"));
    QCOMPARE(result.linesOk, 1);
}

QTEST_GUILESS_MAIN(TestFormatsFixtures)
#include "tst_formats_fixtures.moc"
