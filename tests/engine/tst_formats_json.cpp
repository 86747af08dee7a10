// JSON access logs (nginx, Caddy, Traefik, Cloudflare) and JSON-lines
// application events with configurable field names.

#include "formats/formatregistry.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>
#include <string>

using namespace es;

namespace {

QByteArray qb(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

// simdjson may read 64 bytes past the end of a line; the pipeline pads.
struct Padded
{
    explicit Padded(const QByteArray &text) : storage(text.constData(), std::size_t(text.size()))
    {
        storage.append(64, '\0');
        view = std::string_view(storage.data(), std::size_t(text.size()));
    }
    std::string storage;
    std::string_view view;
};

std::unique_ptr<LineParser> parserFor(const QString &format)
{
    QString error;
    auto parser = makeParser(parseFormatArgument(format, &error), &error);
    if (!parser)
        qWarning() << "cannot create parser" << format << error;
    return parser;
}

QList<QByteArray> fixtureLines(const QString &relative)
{
    QFile f(QStringLiteral(ES_SHARED_DATA_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool haveSharedData()
{
    return QFile::exists(QStringLiteral(ES_SHARED_DATA_DIR));
}

} // namespace

class TestFormatsJson : public QObject
{
    Q_OBJECT

private slots:
    void accessRealLines();
    void accessSynthetic();
    void accessMalformed_data();
    void accessMalformed();
    void events_data();
    void events();
    void eventsMalformed_data();
    void eventsMalformed();
    void eventsGhArchive();
    void eventsLnavWithInvalidLines();
    void emptyFieldNamesAreRejected();
};

void TestFormatsJson::accessRealLines()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    auto parser = parserFor(QStringLiteral("json_access"));
    Record r;

    const QList<QByteArray> caddy = fixtureLines(QStringLiteral("json_events/matomo_caddy_json.jsonl"));
    QCOMPARE(caddy.size(), 3);
    Padded c1(caddy.at(0));
    QCOMPARE(parser->parse(c1.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(1703373474815));
    QCOMPARE(qb(r.clientIp), QByteArray("1.2.3.4"));
    QCOMPARE(qb(r.method), QByteArray("GET"));
    QCOMPARE(qb(r.path), QByteArray("/beta/"));
    QCOMPARE(qb(r.protocol), QByteArray("HTTP/2.0"));
    QCOMPARE(qb(r.site), QByteArray("example.com"));
    QCOMPARE(
        qb(r.userAgent),
        QByteArray("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:121.0) Gecko/20100101 Firefox/121.0"));
    QCOMPARE(qb(r.referrer), QByteArray());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.bytes, qint64(3609));
    QCOMPARE(r.durationUs, qint64(1335)); // 0.001335486 s
    Padded c2(caddy.at(1));
    QCOMPARE(parser->parse(c2.view, r), ParseResult::Ok);
    QCOMPARE(qb(r.referrer), QByteArray("https://example.com/beta/"));
    QCOMPARE(qb(r.path), QByteArray("/beta/assets/index-mMaLXldj.css"));
    QCOMPARE(r.bytes, qint64(34534));
    QCOMPARE(r.durationUs, qint64(1436));
    QCOMPARE(r.tsMs, qint64(1703373474901));

    const QList<QByteArray> nginx = fixtureLines(QStringLiteral("json_events/matomo_nginx_json.jsonl"));
    QCOMPARE(nginx.size(), 2);
    Padded n1(nginx.at(0));
    QCOMPARE(parser->parse(n1.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(1381416720000)); // 2013-10-10T16:52:00+02:00
    QCOMPARE(qb(r.clientIp), QByteArray("1.2.3.4"));
    QCOMPARE(qb(r.site), QByteArray("www.piwik.org"));
    QCOMPARE(qb(r.path), QByteArray("/piwik.php"));
    QVERIFY(qb(r.query).startsWith("action_name=Clearcode%20-%20Web%20and%20Mobile"));
    QVERIFY(qb(r.query).endsWith("&cookie=1&res=1680x1050"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.bytes, qint64(192));
    QCOMPARE(r.durationUs, qint64(8)); // generation_time_milli 0.008
    QCOMPARE(qb(r.referrer), QByteArray("http://clearcode.cc/"));

    const QList<QByteArray> traefik = fixtureLines(QStringLiteral("json_events/matomo_traefik_json.jsonl"));
    QCOMPARE(traefik.size(), 1);
    Padded t1(traefik.at(0));
    QCOMPARE(parser->parse(t1.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(1691753961773)); // StartUTC, not the zone-less "time"
    QCOMPARE(qb(r.clientIp), QByteArray("1.2.3.4"));
    QCOMPARE(qb(r.method), QByteArray("GET"));
    QCOMPARE(qb(r.path), QByteArray("/my/app/auth"));
    QCOMPARE(qb(r.query), QByteArray("id=1234&user=dude"));
    QCOMPARE(qb(r.protocol), QByteArray("HTTP/1.1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.bytes, qint64(15));
    QCOMPARE(r.durationUs, qint64(10002425)); // Duration in ns
    QCOMPARE(qb(r.userAgent), QByteArray("Prometheus/2.40.5"));
    QCOMPARE(qb(r.referrer), QByteArray("www.example.com"));
    QCOMPARE(qb(r.site), QByteArray("localhost"));

    const QList<QByteArray> cloudflare =
        fixtureLines(QStringLiteral("json_events/lnav_cloudflare_ripe_1.json"));
    QCOMPARE(cloudflare.size(), 1);
    Padded f1(cloudflare.at(0));
    QCOMPARE(parser->parse(f1.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(1667088002000));
    QCOMPARE(qb(r.clientIp), QByteArray("87.226.160.250"));
    QCOMPARE(qb(r.method), QByteArray("HEAD"));
    QCOMPARE(qb(r.path), QByteArray("/"));
    QCOMPARE(r.status, 301);
    QCOMPARE(r.bytes, qint64(570));
    QCOMPARE(qb(r.site), QByteArray("www.ripe.net"));
}

void TestFormatsJson::accessSynthetic()
{
    auto parser = parserFor(QStringLiteral("json_access"));
    Record r;
    Padded a(QByteArray(
        R"({"remote_addr":"203.0.113.5","time_local":"10/Oct/2000:13:55:36 -0700","request":"GET /a?b=1 HTTP/1.1",)"
        R"("status":404,"body_bytes_sent":"12","bytes_sent":"400","http_referer":"-","http_user_agent":"curl/8",)"
        R"("request_time":"0.250","host":"example.org","http_x_forwarded_for":"198.51.100.1"})"));
    QCOMPARE(parser->parse(a.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(971211336000));
    QCOMPARE(qb(r.clientIp), QByteArray("203.0.113.5"));
    QCOMPARE(qb(r.method), QByteArray("GET"));
    QCOMPARE(qb(r.path), QByteArray("/a"));
    QCOMPARE(qb(r.query), QByteArray("b=1"));
    QCOMPARE(qb(r.protocol), QByteArray("HTTP/1.1"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.bytes, qint64(12)); // body_bytes_sent wins over bytes_sent
    QCOMPARE(qb(r.referrer), QByteArray());
    QCOMPARE(qb(r.userAgent), QByteArray("curl/8"));
    QCOMPARE(r.durationUs, qint64(250000));
    QCOMPARE(qb(r.site), QByteArray("example.org"));
    QCOMPARE(qb(r.forwardedFor), QByteArray("198.51.100.1"));

    Padded b(QByteArray(
        R"({"request_uri":"/api?x=1","status":"201","msec":"1703373474.815","request_method":"POST"}  )"));
    QCOMPARE(parser->parse(b.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(1703373474815));
    QCOMPARE(qb(r.method), QByteArray("POST"));
    QCOMPARE(qb(r.path), QByteArray("/api"));
    QCOMPARE(qb(r.query), QByteArray("x=1"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.bytes, qint64(-1));
}

void TestFormatsJson::accessMalformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("result");
    QTest::addColumn<QByteArray>("reason");
    const int bad = int(ParseResult::Malformed);
    QTest::newRow("blank") << QByteArray(" \r") << int(ParseResult::Skip) << QByteArray();
    QTest::newRow("combined line")
        << QByteArray("1.2.3.4 - - [10/Feb/2012:16:42:07 -0500] \"GET / HTTP/1.0\" 301 368") << bad
        << QByteArray("not JSON");
    QTest::newRow("cut") << QByteArray(R"({"ts": 1700000000, "status": 2)") << bad
                         << QByteArray("invalid JSON");
    QTest::newRow("no time") << QByteArray(R"({"status": 200, "request_uri": "/"})") << bad
                             << QByteArray("missing timestamp");
    QTest::newRow("no request") << QByteArray(R"({"ts": 1700000000, "msg": "hello"})") << bad
                                << QByteArray("not an access log record");
    QTest::newRow("bad time") << QByteArray(R"({"time_iso8601": "yesterday", "status": 200})") << bad
                              << QByteArray("bad timestamp");
    QTest::newRow("bad status") << QByteArray(R"({"ts": 1700000000, "status": "abc"})") << bad
                                << QByteArray("bad status");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"ts\": 1700000000, \"status\": 200, \"uri\": \"/\xff\"}")
                                   << bad << QByteArray("invalid JSON");
}

void TestFormatsJson::accessMalformed()
{
    QFETCH(QByteArray, line);
    QFETCH(int, result);
    QFETCH(QByteArray, reason);
    auto parser = parserFor(QStringLiteral("json_access"));
    Padded p(line);
    Record r;
    QCOMPARE(int(parser->parse(p.view, r)), result);
    if (result == int(ParseResult::Malformed))
        QCOMPARE(qb(parser->reason()), reason);
}

void TestFormatsJson::events_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("ts");
    QTest::addColumn<QByteArray>("eventType");
    QTest::addColumn<QByteArray>("userId");
    QTest::addColumn<QByteArray>("sessionId");
    QTest::addColumn<QByteArray>("params");

    const QString defaults = QStringLiteral("json_events");
    QTest::newRow("defaults, seconds")
        << defaults
        << QByteArray(
               R"({"event_type":"signup","ts":1700000000,"user_id":"u1","session_id":"s1","params":{"plan":"pro","seats":3}})")
        << qint64(1700000000000) << QByteArray("signup") << QByteArray("u1") << QByteArray("s1")
        << QByteArray(R"({"plan":"pro","seats":3})");
    QTest::newRow("milliseconds, params first")
        << defaults << QByteArray(R"({"params":{"a":[1,2,{"b":null}]},"ts":1700000000123,"event_type":"x"})")
        << qint64(1700000000123) << QByteArray("x") << QByteArray() << QByteArray()
        << QByteArray(R"({"a":[1,2,{"b":null}]})");
    QTest::newRow("microseconds") << defaults << QByteArray(R"({"event_type":"x","ts":1700000000123456})")
                                  << qint64(1700000000123) << QByteArray("x") << QByteArray() << QByteArray()
                                  << QByteArray();
    QTest::newRow("float seconds") << defaults << QByteArray(R"({"event_type":"x","ts":1700000000.25})")
                                   << qint64(1700000000250) << QByteArray("x") << QByteArray() << QByteArray()
                                   << QByteArray();
    QTest::newRow("ISO string") << defaults
                                << QByteArray(R"({"event_type":"x","ts":"2023-11-14T22:13:20.5Z"})")
                                << qint64(1700000000500) << QByteArray("x") << QByteArray() << QByteArray()
                                << QByteArray();
    QTest::newRow("numeric string, numeric user")
        << defaults << QByteArray(R"({"event_type":"x","ts":"1700000000","user_id":42})")
        << qint64(1700000000000) << QByteArray("x") << QByteArray("42") << QByteArray() << QByteArray();
    QTest::newRow("escapes, similar keys, CRLF")
        << defaults
        << QByteArray(
               "{\"event_type_x\":\"no\",\"event_type\":\"a\\\"b\\u00e9\",\"ts\":1700000000,\"tsx\":5}\r")
        << qint64(1700000000000) << QByteArray("a\"b\xc3\xa9") << QByteArray() << QByteArray()
        << QByteArray();
    QTest::newRow("array params, null session")
        << defaults
        << QByteArray(R"({"event_type":"x","ts":1700000000,"session_id":null,"params":[1, "two"]})")
        << qint64(1700000000000) << QByteArray("x") << QByteArray() << QByteArray()
        << QByteArray(R"([1, "two"])");
    QTest::newRow("dotted paths")
        << QStringLiteral("json_events:event_type=event.name,ts=meta.ts,user_id=meta.user.id,session_id=meta."
                          "sid,params=event.props")
        << QByteArray(
               R"({"event":{"name":"click","props":{"x":1}},"other":{"name":"no"},"meta":{"user":{"id":7},"ts":"2023-11-14T22:13:20Z","sid":"abc"}})")
        << qint64(1700000000000) << QByteArray("click") << QByteArray("7") << QByteArray("abc")
        << QByteArray(R"({"x":1})");
}

void TestFormatsJson::events()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, line);
    QFETCH(qint64, ts);
    QFETCH(QByteArray, eventType);
    QFETCH(QByteArray, userId);
    QFETCH(QByteArray, sessionId);
    QFETCH(QByteArray, params);
    auto parser = parserFor(format);
    QVERIFY(parser);
    Padded p(line);
    Record r;
    QVERIFY2(parser->parse(p.view, r) == ParseResult::Ok, parser->reason().data());
    QCOMPARE(r.kind, RecordKind::Event);
    QCOMPARE(r.tsMs, ts);
    QCOMPARE(qb(r.eventType), eventType);
    QCOMPARE(qb(r.userId), userId);
    QCOMPARE(qb(r.sessionId), sessionId);
    QCOMPARE(qb(r.params), params);
    QCOMPARE(qb(r.path), QByteArray());
}

void TestFormatsJson::eventsMalformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("result");
    QTest::addColumn<QByteArray>("reason");
    const int bad = int(ParseResult::Malformed);
    QTest::newRow("blank") << QByteArray("") << int(ParseResult::Skip) << QByteArray();
    QTest::newRow("comment") << QByteArray("# header") << int(ParseResult::Skip) << QByteArray();
    QTest::newRow("no event type") << QByteArray(R"({"ts":1700000000,"user_id":"u"})") << bad
                                   << QByteArray("missing event type");
    QTest::newRow("null event type") << QByteArray(R"({"event_type":null,"ts":1700000000})") << bad
                                     << QByteArray("missing event type");
    QTest::newRow("nested, not top-level") << QByteArray(R"({"x":{"event_type":"a"},"ts":1700000000})") << bad
                                           << QByteArray("missing event type");
    QTest::newRow("no timestamp") << QByteArray(R"({"event_type":"a"})") << bad
                                  << QByteArray("missing timestamp");
    QTest::newRow("bad timestamp") << QByteArray(R"({"event_type":"a","ts":"soon"})") << bad
                                   << QByteArray("bad timestamp");
    QTest::newRow("text") << QByteArray("hello world") << bad << QByteArray("not JSON");
    QTest::newRow("array") << QByteArray("[1,2,3]") << bad << QByteArray("not JSON");
    QTest::newRow("cut") << QByteArray(R"({"event_type":"a","ts":)") << bad << QByteArray("invalid JSON");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"event_type\":\"\xc3\x28\",\"ts\":1}") << bad
                                   << QByteArray("invalid JSON");
}

void TestFormatsJson::eventsMalformed()
{
    QFETCH(QByteArray, line);
    QFETCH(int, result);
    QFETCH(QByteArray, reason);
    auto parser = parserFor(QStringLiteral("json_events"));
    Padded p(line);
    Record r;
    QCOMPARE(int(parser->parse(p.view, r)), result);
    if (result == int(ParseResult::Malformed))
        QCOMPARE(qb(parser->reason()), reason);
}

void TestFormatsJson::eventsGhArchive()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    const QList<QByteArray> lines =
        fixtureLines(QStringLiteral("json_events/lnav_gharchive_events_50.jsonl"));
    QCOMPARE(lines.size(), 50);
    auto parser = parserFor(
        QStringLiteral("json_events:event_type=type,ts=created_at,user_id=actor.login,params=payload"));
    QVERIFY(parser);
    auto copy = parser->clone();
    QHash<QByteArray, int> types;
    QSet<QByteArray> users;
    Record r;
    for (int i = 0; i < lines.size(); ++i) {
        Padded p(lines.at(i));
        // Alternate between the parser and its clone: both must agree.
        LineParser *which = i % 2 ? copy.get() : parser.get();
        QVERIFY2(which->parse(p.view, r) == ParseResult::Ok, which->reason().data());
        ++types[qb(r.eventType)];
        users.insert(qb(r.userId));
        QVERIFY(r.tsMs == 1704121200000 || r.tsMs == 1704121201000); // 15:00:00Z or 15:00:01Z
        QVERIFY(qb(r.params).startsWith('{') && qb(r.params).endsWith('}'));
        if (i == 0) {
            QCOMPARE(qb(r.eventType), QByteArray("MemberEvent"));
            QCOMPARE(qb(r.userId), QByteArray("mujianwu"));
            QCOMPARE(r.tsMs, qint64(1704121200000));
            QVERIFY(qb(r.params).startsWith(R"({"member":{"login":"Envoy-Z-Lab")"));
            QVERIFY(qb(r.params).endsWith(R"("site_admin":false},"action":"added"})"));
        }
    }
    // Counted independently with a JSON library over the top-level "type".
    QCOMPARE(types.value("PushEvent"), 30);
    QCOMPARE(types.value("ForkEvent"), 5);
    QCOMPARE(types.value("PullRequestEvent"), 4);
    QCOMPARE(types.value("CreateEvent"), 4);
    QCOMPARE(types.value("PullRequestReviewEvent"), 3);
    QCOMPARE(types.value("DeleteEvent"), 2);
    QCOMPARE(types.value("MemberEvent"), 1);
    QCOMPARE(types.value("WatchEvent"), 1);
    QCOMPARE(types.size(), 8);
    QCOMPARE(users.size(), 43);
}

void TestFormatsJson::eventsLnavWithInvalidLines()
{
    if (!haveSharedData())
        QSKIP("The shared real-log folder is not present");
    // Line 5 is cut inside a string; lines 2 and 4 carry \u001B and \b escapes.
    const QList<QByteArray> lines = fixtureLines(QStringLiteral("edge_cases/lnav_logfile_json_invalid.json"));
    QCOMPARE(lines.size(), 13);
    auto parser = parserFor(QStringLiteral("json_events:event_type=lvl,ts=ts,user_id=user"));
    int ok = 0;
    QList<int> bad;
    Record r;
    for (int i = 0; i < lines.size(); ++i) {
        Padded p(lines.at(i));
        const ParseResult result = parser->parse(p.view, r);
        if (result == ParseResult::Ok) {
            ++ok;
            if (i == 2) {
                QCOMPARE(qb(r.userId), QByteArray("steve@example.com"));
                QCOMPARE(r.tsMs, qint64(1378504849124));
            }
            if (i == 7) // "2013-09-06 22:01:00Z": space instead of T
                QCOMPARE(r.tsMs, qint64(1378504860000));
        } else {
            bad << i + 1;
            QCOMPARE(qb(parser->reason()), QByteArray("invalid JSON"));
        }
    }
    QCOMPARE(ok, 12);
    QCOMPARE(bad, QList<int>{5});
}

void TestFormatsJson::emptyFieldNamesAreRejected()
{
    FormatSpec spec;
    spec.name = QStringLiteral("json_events");
    spec.jsonFields.eventType.clear();
    QString error;
    QVERIFY(!makeParser(spec, &error));
    QVERIFY(error.contains(QLatin1String("event type")));
    spec.jsonFields = JsonFieldMap();
    spec.jsonFields.sessionId.clear(); // optional fields may be absent
    QVERIFY(makeParser(spec, &error));
}

QTEST_GUILESS_MAIN(TestFormatsJson)
#include "tst_formats_json.moc"
