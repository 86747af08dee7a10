// Timestamp parsing used by every log format. Expected values were computed
// independently with GNU date (date -u -d '...' +%s%3N).

#include "core/timeparse.h"

#include <QTest>
#include <QTimeZone>

using namespace es;

namespace {

std::string_view sv(const QByteArray &b)
{
    return std::string_view(b.constData(), std::size_t(b.size()));
}

} // namespace

class TestFormatsTime : public QObject
{
    Q_OBJECT

private slots:
    void civil_data();
    void civil();
    void clf_data();
    void clf();
    void iso_data();
    void iso();
    void epoch_data();
    void epoch();
    void dateAndTime_data();
    void dateAndTime();
    void any_data();
    void any();
    void fixedZone();
    void ianaZone();
    void neverReadsPastTheView();
};

void TestFormatsTime::civil_data()
{
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("d");
    QTest::addColumn<qint64>("days");
    QTest::newRow("epoch") << 1970 << 1 << 1 << qint64(0);
    QTest::newRow("2000-03-01") << 2000 << 3 << 1 << qint64(11017);
    QTest::newRow("2100-03-01 (not leap)") << 2100 << 3 << 1 << qint64(47541);
    QTest::newRow("0001-01-01") << 1 << 1 << 1 << qint64(-719162);
    QTest::newRow("9999-12-31") << 9999 << 12 << 31 << qint64(2932896);
}

void TestFormatsTime::civil()
{
    QFETCH(int, y);
    QFETCH(int, m);
    QFETCH(int, d);
    QFETCH(qint64, days);
    QCOMPARE(daysFromCivil(y, unsigned(m), unsigned(d)), days);
}

void TestFormatsTime::clf_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("apache docs example")
        << QByteArray("10/Oct/2000:13:55:36 -0700") << true << qint64(971211336000);
    QTest::newRow("+0330") << QByteArray("22/Jan/2019:03:56:16 +0330") << true << qint64(1548116776000);
    QTest::newRow("lower-case month")
        << QByteArray("10/oct/2000:13:55:36 -0700") << true << qint64(971211336000);
    QTest::newRow("fraction") << QByteArray("10/Oct/2000:13:55:36.250 -0700") << true << qint64(971211336250);
    QTest::newRow("leap day") << QByteArray("29/Feb/2024:23:59:59 +0000") << true << qint64(1709251199000);
    QTest::newRow("31 Feb") << QByteArray("31/Feb/2024:00:00:00 +0000") << false << qint64(0);
    QTest::newRow("29 Feb 2023") << QByteArray("29/Feb/2023:00:00:00 +0000") << false << qint64(0);
    QTest::newRow("hour 24") << QByteArray("10/Oct/2000:24:00:00 +0000") << false << qint64(0);
    QTest::newRow("bad month") << QByteArray("10/Foo/2000:13:55:36 -0700") << false << qint64(0);
    QTest::newRow("no zone") << QByteArray("10/Oct/2000:13:55:36") << false << qint64(0);
    QTest::newRow("trailing junk") << QByteArray("10/Oct/2000:13:55:36 -0700x") << false << qint64(0);
    QTest::newRow("cut") << QByteArray("01/Aug/199") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
}

void TestFormatsTime::clf()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    std::int64_t out = -7;
    QCOMPARE(parseClfTime(sv(text), out), ok);
    if (ok)
        QCOMPARE(out, ms);
}

void TestFormatsTime::iso_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("ALB microseconds Z")
        << QByteArray("2018-11-08T08:15:33.779204Z") << true << qint64(1541664933779);
    QTest::newRow("+02:00") << QByteArray("2013-10-10T16:52:00+02:00") << true << qint64(1381416720000);
    QTest::newRow("+0200") << QByteArray("2013-10-10T16:52:00+0200") << true << qint64(1381416720000);
    QTest::newRow("+02") << QByteArray("2013-10-10T16:52:00+02") << true << qint64(1381416720000);
    QTest::newRow("+05:30") << QByteArray("2020-06-15T10:00:00+05:30") << true << qint64(1592195400000);
    QTest::newRow("nanoseconds") << QByteArray("2023-08-11T11:39:21.773360139Z") << true
                                 << qint64(1691753961773);
    QTest::newRow("space, zone-less is UTC")
        << QByteArray("2012-08-15 17:00:00.363") << true << qint64(1345050000363);
    QTest::newRow("space and Z") << QByteArray("2013-09-06 22:01:00Z") << true << qint64(1378504860000);
    QTest::newRow("no seconds") << QByteArray("2024-01-01T00:00") << true << qint64(1704067200000);
    QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59Z") << true << qint64(-1000);
    QTest::newRow("date only") << QByteArray("2024-01-01") << false << qint64(0);
    QTest::newRow("month 13") << QByteArray("2024-13-01T00:00:00Z") << false << qint64(0);
    QTest::newRow("29 Feb 2023") << QByteArray("2023-02-29T00:00:00Z") << false << qint64(0);
    QTest::newRow("bad offset") << QByteArray("2024-01-01T00:00:00+2") << false << qint64(0);
    QTest::newRow("junk after Z") << QByteArray("2024-01-01T00:00:00Zjunk") << false << qint64(0);
    QTest::newRow("slashes") << QByteArray("2024/01/01T00:00:00Z") << false << qint64(0);
}

void TestFormatsTime::iso()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    std::int64_t out = -7;
    QCOMPARE(parseIsoTime(sv(text), out), ok);
    if (ok)
        QCOMPARE(out, ms);
}

void TestFormatsTime::epoch_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QByteArray("1607374321") << true << qint64(1607374321000);
    QTest::newRow("float seconds (Caddy)")
        << QByteArray("1703373474.8155608") << true << qint64(1703373474815);
    QTest::newRow("float seconds (CloudFront real-time)")
        << QByteArray("1607374321.541") << true << qint64(1607374321541);
    QTest::newRow("milliseconds") << QByteArray("1446249499322") << true << qint64(1446249499322);
    QTest::newRow("microseconds") << QByteArray("1607374321541000") << true << qint64(1607374321541);
    QTest::newRow("nanoseconds") << QByteArray("1691753961773360139") << true << qint64(1691753961773);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("1.5 s") << QByteArray("1.5") << true << qint64(1500);
    QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
    QTest::newRow("suffix") << QByteArray("12a") << false << qint64(0);
    QTest::newRow("dot only") << QByteArray("12.") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("20 digits") << QByteArray("12345678901234567890") << false << qint64(0);
}

void TestFormatsTime::epoch()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    std::int64_t out = -7;
    QCOMPARE(parseEpochTime(sv(text), out), ok);
    if (ok)
        QCOMPARE(out, ms);
}

void TestFormatsTime::dateAndTime_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("CloudFront") << QByteArray("2018-11-07") << QByteArray("00:12:08") << true
                                << qint64(1541549528000);
    QTest::newRow("IIS advanced, ms")
        << QByteArray("2012-08-15") << QByteArray("17:00:00.363") << true << qint64(1345050000363);
    QTest::newRow("Incapsula #Date style")
        << QByteArray("28/Jun/2017") << QByteArray("07:28:59") << true << qint64(1498634939000);
    QTest::newRow("hour 24") << QByteArray("2018-11-07") << QByteArray("24:00:00") << false << qint64(0);
    QTest::newRow("bad date") << QByteArray("2018-11-7") << QByteArray("00:00:00") << false << qint64(0);
    QTest::newRow("empty time") << QByteArray("2018-11-07") << QByteArray() << false << qint64(0);
}

void TestFormatsTime::dateAndTime()
{
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, time);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    std::int64_t out = -7;
    QCOMPARE(parseDateAndTime(sv(date), sv(time), out, LocalZone::utc()), ok);
    if (ok)
        QCOMPARE(out, ms);
}

void TestFormatsTime::any_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("bracketed CLF (nginx $time_local in JSON)")
        << QByteArray("[10/Oct/2000:13:55:36 -0700]") << true << qint64(971211336000);
    QTest::newRow("CLF") << QByteArray("10/Oct/2000:13:55:36 -0700") << true << qint64(971211336000);
    QTest::newRow("ISO") << QByteArray("2013-10-10T16:52:00+02:00") << true << qint64(1381416720000);
    QTest::newRow("epoch float") << QByteArray("1703373474.8155608") << true << qint64(1703373474815);
    QTest::newRow("epoch ms") << QByteArray("1446249499322") << true << qint64(1446249499322);
    QTest::newRow("words") << QByteArray("yesterday") << false << qint64(0);
}

void TestFormatsTime::any()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    std::int64_t out = -7;
    QCOMPARE(parseAnyTime(sv(text), out, LocalZone::utc()), ok);
    if (ok)
        QCOMPARE(out, ms);
}

void TestFormatsTime::fixedZone()
{
    const LocalZone tehran = LocalZone::fixed(3 * 60 + 30);
    std::int64_t out = 0;
    QVERIFY(parseIsoTime("2019-01-22T03:56:16", out, tehran));
    QCOMPARE(out, qint64(1548116776000));
    // An explicit offset wins over the default zone.
    QVERIFY(parseIsoTime("2019-01-22T03:56:16Z", out, tehran));
    QCOMPARE(out, qint64(1548129376000));
    QVERIFY(parseDateAndTime("2019-01-22", "03:56:16", out, tehran));
    QCOMPARE(out, qint64(1548116776000));
}

void TestFormatsTime::ianaZone()
{
    const QTimeZone berlinTz("Europe/Berlin");
    if (!berlinTz.isValid())
        QSKIP("No IANA time zone database on this system");
    const LocalZone berlin = LocalZone::fromTimeZone(berlinTz);
    std::int64_t out = 0;
    // Summer (CEST, +02:00) and winter (CET, +01:00) in one parser: the
    // per-hour cache must not leak one offset into the other.
    QVERIFY(parseIsoTime("2024-07-01T12:00:00", out, berlin));
    QCOMPARE(out, qint64(1719828000000));
    QVERIFY(parseIsoTime("2024-01-15 12:00:00", out, berlin));
    QCOMPARE(out, qint64(1705316400000));
    QVERIFY(parseIsoTime("2024-07-01T12:30:00", out, berlin));
    QCOMPARE(out, qint64(1719829800000));
    QVERIFY(parseIsoTime("2024-07-01T12:00:00Z", out, berlin));
    QCOMPARE(out, qint64(1719835200000));
    QCOMPARE(berlin.offsetAtWall(1719835200000), 120);
    QCOMPARE(berlin.offsetAtWall(1705320000000), 60);
    const LocalZone invalid = LocalZone::fromTimeZone(QTimeZone("No/Such_Zone"));
    QCOMPARE(invalid.offsetAtWall(1719835200000), 0);
}

void TestFormatsTime::neverReadsPastTheView()
{
    // The view ends before the zone; the bytes after it would make a valid
    // time if the parser looked at them.
    const char text[] = "10/Oct/2000:13:55:36 -0700";
    std::int64_t out = 0;
    QVERIFY(!parseClfTime(std::string_view(text, 21), out));
    QVERIFY(!parseIsoTime(std::string_view("2013-10-10T16:52:00+02:00", 20), out));
    QVERIFY(parseIsoTime(std::string_view("2013-10-10T16:52:00+02:00", 19), out));
    QCOMPARE(out, qint64(1381423920000));
    QVERIFY(parseEpochTime(std::string_view("16073743219", 10), out));
    QCOMPARE(out, qint64(1607374321000));
}

QTEST_GUILESS_MAIN(TestFormatsTime)
#include "tst_formats_time.moc"
