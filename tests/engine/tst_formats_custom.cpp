// Custom Apache LogFormat patterns, strftime-style time formats, and the
// format registry (names, command-line arguments, parser creation).

#include "formats/formatregistry.h"
#include "formats/strftimepattern.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <string>

using namespace es;

namespace {

QByteArray qb(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

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

std::unique_ptr<LineParser> customParser(const QString &pattern, QString *error = nullptr)
{
    FormatSpec spec;
    spec.name = QStringLiteral("custom");
    spec.custom = pattern;
    return makeParser(spec, error);
}

// Every field a parser fills, as text, to compare two parsers line by line.
QByteArray describe(const Record &r)
{
    return qb(r.clientIp) + '|' + qb(r.user) + '|' + QByteArray::number(r.tsMs) + '|' + qb(r.method) + '|' +
           qb(r.path) + '|' + qb(r.query) + '|' + qb(r.protocol) + '|' + QByteArray::number(r.status) + '|' +
           QByteArray::number(r.bytes) + '|' + qb(r.referrer) + '|' + qb(r.userAgent);
}

} // namespace

class TestFormatsCustom : public QObject
{
    Q_OBJECT

private slots:
    void compileErrors_data();
    void compileErrors();
    void matchesBuiltInParsers_data();
    void matchesBuiltInParsers();
    void richPattern();
    void epochAndFractions();
    void tabSeparated();
    void malformed_data();
    void malformed();
    void strftime_data();
    void strftime();
    void formatArguments_data();
    void formatArguments();
    void knownFormatsAreUsable();
    void timeZones();
};

void TestFormatsCustom::compileErrors_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown directive")
        << QStringLiteral("%h %t %Z") << QStringLiteral("unknown LogFormat directive %Z");
    QTest::newRow("unknown with modifiers") << QStringLiteral("%h %t %>J") << QStringLiteral("%>J");
    QTest::newRow("adjacent fields") << QStringLiteral("%h%l %t") << QStringLiteral("%h and %l");
    QTest::newRow("no time") << QStringLiteral("%h %l %u \"%r\" %>s %b")
                             << QStringLiteral("no time directive");
    QTest::newRow("bad unit") << QStringLiteral("%t %{ns}T") << QStringLiteral("%{ns}T");
    QTest::newRow("bad strftime") << QStringLiteral("%{%Y %Q}t") << QStringLiteral("%Q");
    QTest::newRow("header name missing") << QStringLiteral("%t %i") << QStringLiteral("%i");
    QTest::newRow("unterminated brace") << QStringLiteral("%t %{Referer") << QStringLiteral("unterminated");
    QTest::newRow("ends in directive") << QStringLiteral("%t %") << QStringLiteral("ends inside a directive");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
}

void TestFormatsCustom::compileErrors()
{
    QFETCH(QString, pattern);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!customParser(pattern, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // The command-line route reports the same problem.
    QString argError;
    const FormatSpec spec = parseFormatArgument(QStringLiteral("custom:") + pattern, &argError);
    QVERIFY(spec.name.isEmpty());
    QVERIFY(!argError.isEmpty());
}

void TestFormatsCustom::matchesBuiltInParsers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("builtIn");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("lines");
    QTest::newRow("common") << "access_logs/willthefarmer_farmwork_apache_common.log"
                            << "common"
                            << R"(%h %l %u %t "%r" %>s %b)" << 840;
    QTest::newRow("combined") << "access_logs/willthefarmer_saunathinker_nginx_combined.log"
                              << "combined"
                              << R"(%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i")" << 1212;
    QTest::newRow("combined, explicit time format")
        << "access_logs/willthefarmer_farmwork_apache_combined.log"
        << "combined"
        << R"(%a %l %u [%{%d/%b/%Y:%H:%M:%S %z}t] "%r" %s %B "%{Referer}i" "%{User-Agent}i")" << 747;
}

void TestFormatsCustom::matchesBuiltInParsers()
{
    QFETCH(QString, file);
    QFETCH(QString, builtIn);
    QFETCH(QString, pattern);
    QFETCH(int, lines);
    if (!QFile::exists(QStringLiteral(ES_SHARED_DATA_DIR)))
        QSKIP("The shared real-log folder is not present");
    QFile f(QStringLiteral(ES_SHARED_DATA_DIR "/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> all = f.readAll().split('\n');
    if (all.last().isEmpty())
        all.removeLast();
    QCOMPARE(all.size(), lines);
    QString error;
    auto custom = customParser(pattern, &error);
    QVERIFY2(custom, qPrintable(error));
    auto reference = makeParser(parseFormatArgument(builtIn, nullptr), nullptr);
    Record a;
    Record b;
    int ok = 0;
    for (const QByteArray &line : all) {
        Padded p(line);
        QCOMPARE(custom->parse(p.view, a), ParseResult::Ok);
        QCOMPARE(reference->parse(p.view, b), ParseResult::Ok);
        QCOMPARE(describe(a), describe(b));
        ++ok;
    }
    QCOMPARE(ok, lines);
}

void TestFormatsCustom::richPattern()
{
    QString error;
    auto parser = customParser(
        QStringLiteral(
            R"(%v %a %{X-Forwarded-For}i [%{%Y-%m-%d %H:%M:%S}t] "%m %U%q %H" %>s %O %D "%{User-agent}i" "%{Referer}i" %{Host}i %{X-Custom}i)"),
        &error);
    QVERIFY2(parser, qPrintable(error));
    Record r;
    Padded a(QByteArray(
        R"(www.example.org:443 192.0.2.1 203.0.113.7 [2024-01-02 03:04:05] "GET /p/q?x=1&y=2 HTTP/1.1" 200 512 1234 "ua \"x\"" "https://ref/" host.example whatever)"));
    QVERIFY2(parser->parse(a.view, r) == ParseResult::Ok, parser->reason().data());
    QCOMPARE(qb(r.site), QByteArray("www.example.org")); // %v wins over the Host header
    QCOMPARE(qb(r.clientIp), QByteArray("192.0.2.1"));
    QCOMPARE(qb(r.forwardedFor), QByteArray("203.0.113.7"));
    QCOMPARE(r.tsMs, qint64(1704164645000)); // zone-less, UTC by default
    QCOMPARE(qb(r.method), QByteArray("GET"));
    QCOMPARE(qb(r.path), QByteArray("/p/q"));
    QCOMPARE(qb(r.query), QByteArray("x=1&y=2"));
    QCOMPARE(qb(r.protocol), QByteArray("HTTP/1.1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.bytes, qint64(512));
    QCOMPARE(r.durationUs, qint64(1234));
    QCOMPARE(qb(r.userAgent), QByteArray("ua \\\"x\\\""));
    QCOMPARE(qb(r.referrer), QByteArray("https://ref/"));

    Padded b(QByteArray(
        R"(- 192.0.2.1 - [2024-01-02 03:04:05] "GET /nq HTTP/1.0" 404 - - "-" "-" host.example -)"));
    QVERIFY2(parser->parse(b.view, r) == ParseResult::Ok, parser->reason().data());
    QCOMPARE(qb(r.site), QByteArray("host.example")); // no %v: the Host header
    QCOMPARE(qb(r.path), QByteArray("/nq"));
    QCOMPARE(qb(r.query), QByteArray());
    QCOMPARE(r.bytes, qint64(0));
    QCOMPARE(r.durationUs, qint64(-1));
    QCOMPARE(qb(r.forwardedFor), QByteArray());
}

void TestFormatsCustom::epochAndFractions()
{
    auto parser = customParser(QStringLiteral(R"(%a %{sec}t.%{msec_frac}t "%r" %s %{ms}T)"));
    QVERIFY(parser);
    Record r;
    Padded a(QByteArray(R"(1.2.3.4 1700000000.042 "GET / HTTP/1.1" 200 15)"));
    QVERIFY2(parser->parse(a.view, r) == ParseResult::Ok, parser->reason().data());
    QCOMPARE(r.tsMs, qint64(1700000000042));
    QCOMPARE(r.durationUs, qint64(15000));
    auto msec = customParser(QStringLiteral(R"(%{msec}t %h %s %T)"));
    Padded b(QByteArray("1700000000123 1.2.3.4 204 2"));
    QVERIFY2(msec->parse(b.view, r) == ParseResult::Ok, msec->reason().data());
    QCOMPARE(r.tsMs, qint64(1700000000123));
    QCOMPARE(r.status, 204);
    QCOMPARE(r.durationUs, qint64(2000000));
}

void TestFormatsCustom::tabSeparated()
{
    auto parser = customParser(QStringLiteral(R"(%h\t%t\t%r\t%>s\t%b)"));
    QVERIFY(parser);
    Record r;
    Padded a(QByteArray("1.2.3.4\t[10/Oct/2000:13:55:36 -0700]\tGET /x HTTP/1.0\t200\t99"));
    QVERIFY2(parser->parse(a.view, r) == ParseResult::Ok, parser->reason().data());
    QCOMPARE(qb(r.path), QByteArray("/x"));
    QCOMPARE(r.tsMs, qint64(971211336000));
    QCOMPARE(r.bytes, qint64(99));
}

void TestFormatsCustom::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("result");
    QTest::addColumn<QByteArray>("reason");
    const int bad = int(ParseResult::Malformed);
    QTest::newRow("blank") << QByteArray("") << int(ParseResult::Skip) << QByteArray();
    QTest::newRow("comment") << QByteArray("#x") << int(ParseResult::Skip) << QByteArray();
    QTest::newRow("different shape") << QByteArray("hello world") << bad << QByteArray("too few fields");
    QTest::newRow("bad time") << QByteArray("1.2.3.4 - - [10/Oct/2000:13:55:36] \"GET / HTTP/1.0\" 200 5")
                              << bad << QByteArray("bad timestamp");
    QTest::newRow("cut request") << QByteArray("1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTT") << bad
                                 << QByteArray("unterminated quoted field");
    QTest::newRow("bad status") << QByteArray(
                                       "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 2000 5")
                                << bad << QByteArray("bad status");
    QTest::newRow("no bytes") << QByteArray("1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200")
                              << bad << QByteArray("too few fields");
    QTest::newRow("missing quote") << QByteArray(
                                          "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] GET / HTTP/1.0 200 5")
                                   << bad << QByteArray("line does not match the format");
}

void TestFormatsCustom::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(int, result);
    QFETCH(QByteArray, reason);
    auto parser = customParser(QStringLiteral(R"(%h %l %u %t "%r" %>s %b)"));
    Padded p(line);
    Record r;
    QCOMPARE(int(parser->parse(p.view, r)), result);
    if (result == int(ParseResult::Malformed))
        QCOMPARE(qb(parser->reason()), reason);
}

void TestFormatsCustom::strftime_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("consumed");
    QTest::newRow("apache") << QByteArray("%d/%b/%Y:%H:%M:%S %z")
                            << QByteArray("10/Oct/2000:13:55:36 -0700] rest") << true << qint64(971211336000)
                            << 26;
    QTest::newRow("ISO with fraction")
        << QByteArray("%Y-%m-%dT%H:%M:%S.%f%z") << QByteArray("2024-01-02T03:04:05.678+01:00") << true
        << qint64(1704161045678) << 29;
    QTest::newRow("RFC 1123") << QByteArray("%a, %d %b %Y %T %Z")
                              << QByteArray("Tue, 02 Jan 2024 03:04:05 GMT") << true << qint64(1704164645000)
                              << 29;
    QTest::newRow("12-hour clock") << QByteArray("%I:%M %p %m/%d/%y") << QByteArray("03:04 PM 01/02/24")
                                   << true << qint64(1704207840000) << 17;
    QTest::newRow("padded day") << QByteArray("%b %e %H:%M:%S %Y") << QByteArray("Jan  2 03:04:05 2024")
                                << true << qint64(1704164645000) << 20;
    QTest::newRow("full month") << QByteArray("%B %d, %Y %R") << QByteArray("January 02, 2024 03:04") << true
                                << qint64(1704164640000) << 22;
    QTest::newRow("epoch") << QByteArray("%s") << QByteArray("1700000000 x") << true << qint64(1700000000000)
                           << 10;
    QTest::newRow("month mismatch") << QByteArray("%d/%b/%Y") << QByteArray("10/Foo/2000") << false
                                    << qint64(0) << 0;
    QTest::newRow("literal mismatch")
        << QByteArray("%F %T") << QByteArray("2024-01-02T03:04:05") << false << qint64(0) << 0;
    QTest::newRow("no year") << QByteArray("%H:%M") << QByteArray("03:04") << false << qint64(0) << 0;
}

void TestFormatsCustom::strftime()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    QFETCH(int, consumed);
    StrftimePattern pattern;
    QString error;
    QVERIFY2(pattern.compile(std::string_view(format.constData(), std::size_t(format.size())), &error),
             qPrintable(error));
    std::size_t used = 0;
    std::int64_t out = 0;
    QCOMPARE(pattern.parse(std::string_view(text.constData(), std::size_t(text.size())), used, out,
                           LocalZone::utc()),
             ok);
    if (ok) {
        QCOMPARE(out, ms);
        QCOMPARE(int(used), consumed);
    }
}

void TestFormatsCustom::formatArguments_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("combined") << "combined"
                              << "combined" << QString();
    QTest::newRow("upper case") << "VHOST_COMBINED"
                                << "vhost_combined" << QString();
    QTest::newRow("custom") << R"(custom:%h %l %u %t "%r" %>s %b)"
                            << "custom" << QString();
    QTest::newRow("custom without pattern") << "custom:" << QString() << "LogFormat pattern";
    QTest::newRow("custom, bad directive") << "custom:%h %t %Y" << QString() << "%Y";
    QTest::newRow("json fields") << "json_events:event_type=type,ts=created_at,user_id=actor.login"
                                 << "json_events" << QString();
    QTest::newRow("json bad key") << "json_events:kind=type" << QString() << "kind=type";
    QTest::newRow("unknown") << "apache2" << QString() << "known formats: combined";
    QTest::newRow("argument on plain format") << "common:x" << QString() << "takes no argument";
    QTest::newRow("auto") << "auto"
                          << "auto" << QString();
}

void TestFormatsCustom::formatArguments()
{
    QFETCH(QString, argument);
    QFETCH(QString, name);
    QFETCH(QString, errorMentions);
    QString error;
    const FormatSpec spec = parseFormatArgument(argument, &error);
    QCOMPARE(spec.name, name);
    if (errorMentions.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The spec survives a round trip through its textual form.
        QString again;
        QCOMPARE(parseFormatArgument(formatArgument(spec), &again), spec);
    } else {
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    }
    if (name == QLatin1String("json_events")) {
        QCOMPARE(spec.jsonFields.eventType, QStringLiteral("type"));
        QCOMPARE(spec.jsonFields.ts, QStringLiteral("created_at"));
        QCOMPARE(spec.jsonFields.userId, QStringLiteral("actor.login"));
        QCOMPARE(spec.jsonFields.sessionId, QStringLiteral("session_id"));
    }
    if (name == QLatin1String("auto")) {
        QString makeError;
        QVERIFY(!makeParser(spec, &makeError));
        QVERIFY(makeError.contains(QLatin1String("detect")));
    }
}

void TestFormatsCustom::knownFormatsAreUsable()
{
    const QList<FormatInfo> formats = knownFormats();
    QCOMPARE(formats.size(), 11);
    QSet<QString> names;
    for (const FormatInfo &info : formats) {
        QVERIFY(!info.description.isEmpty());
        QVERIFY(isKnownFormat(info.name));
        names.insert(info.name);
        FormatSpec spec;
        spec.name = info.name;
        if (info.name == QLatin1String("custom"))
            spec.custom = QStringLiteral("%h %t");
        QString error;
        auto parser = makeParser(spec, &error);
        QVERIFY2(parser, qPrintable(info.name + QLatin1String(": ") + error));
        QCOMPARE(parser->isStateful(),
                 info.name == QLatin1String("w3c") || info.name == QLatin1String("cloudfront"));
        QVERIFY(parser->clone());
    }
    QCOMPARE(names.size(), 11);
    for (const char *required : {"combined", "common", "vhost_combined", "combined_extra", "cloudfront",
                                 "w3c", "alb", "json_access", "json_events", "custom"})
        QVERIFY2(names.contains(QLatin1String(required)), required);
    QVERIFY(!isKnownFormat(QStringLiteral("Combined")));
}

void TestFormatsCustom::timeZones()
{
    FormatSpec spec;
    spec.name = QStringLiteral("custom");
    spec.custom = QStringLiteral("%h [%{%Y-%m-%d %H:%M:%S}t]");
    spec.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QString error;
    QVERIFY(!makeParser(spec, &error));
    QVERIFY(error.contains(QLatin1String("Mars/Olympus_Mons")));

    spec.timeZone = QStringLiteral("-05:30");
    auto offset = makeParser(spec, &error);
    QVERIFY(offset);
    Padded line(QByteArray("1.2.3.4 [2024-01-02 03:04:05]"));
    Record r;
    QCOMPARE(offset->parse(line.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(1704164645000 + (5 * 60 + 30) * 60000));

    spec.timeZone = QStringLiteral("Europe/Berlin");
    auto berlin = makeParser(spec, &error);
    if (!berlin)
        QSKIP("No IANA time zone database on this system");
    QCOMPARE(berlin->parse(line.view, r), ParseResult::Ok);
    QCOMPARE(r.tsMs, qint64(1704164645000 - 3600000));
}

QTEST_GUILESS_MAIN(TestFormatsCustom)
#include "tst_formats_custom.moc"
