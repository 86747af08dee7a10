// Time expressions of the command line (--from, --to): every accepted form
// with exact expected instants, written out in UTC next to each value, and
// clear errors for everything else.

#include "core/timeexpr.h"
#include "core/zonebucketer.h"

#include <QTest>

using namespace es;

namespace {

// 2024-03-31T12:34:56.789Z: the day Europe/Berlin switches to summer time.
constexpr qint64 kNow = 1711888496789;

} // namespace

class TestTimeExpr : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<qint64>("expected");

        const QString utc = QStringLiteral("UTC");
        const QString berlin = QStringLiteral("Europe/Berlin");

        // Unix seconds and milliseconds.
        QTest::newRow("seconds") << utc << "1714557600" << kNow << qint64(1714557600000);
        QTest::newRow("seconds with fraction") << utc << "1714557600.25" << kNow << qint64(1714557600250);
        QTest::newRow("fraction truncated") << utc << "1714557600.9999" << kNow << qint64(1714557600999);
        QTest::newRow("zero") << utc << "0" << kNow << qint64(0);
        QTest::newRow("12 digits are seconds") << utc << "100000000000" << kNow << qint64(100000000000000);
        QTest::newRow("13 digits are milliseconds")
            << utc << "1714557600250" << kNow << qint64(1714557600250);
        QTest::newRow("milliseconds with fraction")
            << utc << "1714557600250.7" << kNow << qint64(1714557600250);
        QTest::newRow("surrounding spaces") << utc << "  1714557600 " << kNow << qint64(1714557600000);

        // ISO-8601 with an offset: the zone does not matter.
        QTest::newRow("iso +02:00") << berlin << "2024-05-01T10:00:00+02:00" << kNow << qint64(1714550400000);
        QTest::newRow("iso Z, no seconds") << berlin << "2024-05-01T08:00Z" << kNow << qint64(1714550400000);
        QTest::newRow("iso fraction +0200")
            << utc << "2024-05-01 10:00:00.123+0200" << kNow << qint64(1714550400123);
        QTest::newRow("iso fraction Z") << utc << "2024-05-01T08:00:00.5Z" << kNow << qint64(1714550400500);
        QTest::newRow("iso -05:00") << utc << "2024-05-01T03:00:00-05:00" << kNow << qint64(1714550400000);

        // Without an offset: the workspace zone.
        QTest::newRow("local summer")
            << berlin << "2024-05-01T10:00" << kNow << qint64(1714550400000); // 08:00Z
        QTest::newRow("local winter")
            << berlin << "2024-01-15T10:00:00" << kNow << qint64(1705309200000);                     // 09:00Z
        QTest::newRow("local utc") << utc << "2024-05-01T08:00:00" << kNow << qint64(1714550400000); // 08:00Z
        QTest::newRow("local in gap moves on")
            << berlin << "2024-03-31T02:30" << kNow << qint64(1711848600000); // 01:30Z = 03:30 CEST
        QTest::newRow("local ambiguous, earlier")
            << berlin << "2024-10-27T02:30" << kNow << qint64(1729989000000); // 00:30Z = 02:30 CEST

        // Date only: local midnight, DST-correct.
        QTest::newRow("date utc") << utc << "2024-05-01" << kNow << qint64(1714521600000); // 00:00Z
        QTest::newRow("date summer") << berlin << "2024-05-01" << kNow
                                     << qint64(1714514400000); // 04-30 22:00Z
        QTest::newRow("date of spring forward")
            << berlin << "2024-03-31" << kNow << qint64(1711839600000); // 03-30 23:00Z
        QTest::newRow("day after spring forward")
            << berlin << "2024-04-01" << kNow << qint64(1711922400000); // 03-31 22:00Z
        QTest::newRow("date of fall back")
            << berlin << "2024-10-27" << kNow << qint64(1729980000000); // 10-26 22:00Z
        QTest::newRow("day after fall back")
            << berlin << "2024-10-28" << kNow << qint64(1730070000000); // 10-27 23:00Z
        // Sao Paulo skipped midnight when summer time began: the day starts at 01:00.
        QTest::newRow("midnight in a gap")
            << QStringLiteral("America/Sao_Paulo") << "2018-11-04" << kNow << qint64(1541300400000); // 03:00Z
        QTest::newRow("day before") << QStringLiteral("America/Sao_Paulo") << "2018-11-03" << kNow
                                    << qint64(1541214000000); // 03:00Z

        // Relative to now: exact durations.
        QTest::newRow("now") << berlin << "now" << kNow << kNow;
        QTest::newRow("NOW") << berlin << "NOW" << kNow << kNow;
        QTest::newRow("now-7d") << berlin << "now-7d" << kNow << kNow - 7 * 86400000LL;
        QTest::newRow("now-15m") << berlin << "now-15m" << kNow << kNow - 15 * 60000LL;
        QTest::newRow("now-2h") << berlin << "now-2h" << kNow << kNow - 2 * 3600000LL;
        QTest::newRow("now-30s") << berlin << "now-30s" << kNow << kNow - 30000LL;
        QTest::newRow("now-1w") << berlin << "now-1w" << kNow << kNow - 7 * 86400000LL;
        QTest::newRow("now+1h") << berlin << "now+1h" << kNow << kNow + 3600000LL;
        QTest::newRow("spaces and case") << berlin << "Now - 2H" << kNow << kNow - 2 * 3600000LL;

        // Start of a local day. At kNow it is 14:34 CEST on 2024-03-31 in Berlin.
        QTest::newRow("today") << berlin << "today" << kNow << qint64(1711839600000);         // 03-30 23:00Z
        QTest::newRow("yesterday") << berlin << "yesterday" << kNow << qint64(1711753200000); // 03-29 23:00Z
        QTest::newRow("today-7d") << berlin << "today-7d" << kNow << qint64(1711234800000);   // 03-23 23:00Z
        QTest::newRow("today+1d") << berlin << "today+1d" << kNow << qint64(1711922400000);   // 03-31 22:00Z
        QTest::newRow("today-1w") << berlin << "Today-1w" << kNow << qint64(1711234800000);   // 03-23 23:00Z
        QTest::newRow("yesterday+12h")
            << berlin << "yesterday+12h" << kNow << qint64(1711796400000);             // 03-30 11:00Z
        QTest::newRow("today utc") << utc << "today" << kNow << qint64(1711843200000); // 03-31 00:00Z
        // 22:30Z on 1 May is already 2 May in Berlin.
        QTest::newRow("today after local midnight")
            << berlin << "today" << qint64(1714602600000) << qint64(1714600800000); // 05-01 22:00Z
        QTest::newRow("today same instant in utc")
            << utc << "today" << qint64(1714602600000) << qint64(1714521600000); // 05-01 00:00Z
    }

    void accepted()
    {
        QFETCH(QString, zone);
        QFETCH(QString, text);
        QFETCH(qint64, nowMs);
        QFETCH(qint64, expected);
        const ZoneBucketer bucketer(zone.toUtf8());
        QVERIFY(bucketer.isValid());
        QString error;
        const std::optional<std::int64_t> ms = parseTimeExpression(text, nowMs, bucketer, &error);
        QVERIFY2(ms.has_value(), qPrintable(error));
        QCOMPARE(qint64(*ms), expected);
        QVERIFY(error.isEmpty());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << "tomorrow";
        QTest::newRow("keyword with tail") << "yesterdayy";
        QTest::newRow("shift without unit") << "now-7";
        QTest::newRow("unknown unit") << "now-7y";
        QTest::newRow("unit without count") << "now-d";
        QTest::newRow("two shifts") << "now-1d-2h";
        QTest::newRow("month 13") << "2024-13-01";
        QTest::newRow("30 February") << "2024-02-30";
        QTest::newRow("hour 25") << "2024-05-01T25:00";
        QTest::newRow("bad offset") << "2024-05-01T10:00:00+2";
        QTest::newRow("hour only") << "2024-05-01T10";
        QTest::newRow("dotted date") << "1.5.2024";
        QTest::newRow("negative") << "-5";
        QTest::newRow("empty fraction") << "1714557600.";
        QTest::newRow("16 digits") << "1714557600250000";
        QTest::newRow("arabic digits") << QString::fromUtf8("\xd9\xa1\xd9\xa2\xd9\xa3");
    }

    void rejected()
    {
        QFETCH(QString, text);
        const ZoneBucketer bucketer("Europe/Berlin");
        QString error;
        QVERIFY(!parseTimeExpression(text, kNow, bucketer, &error).has_value());
        QVERIFY2(error.contains(QLatin1Char('"') + text.trimmed() + QLatin1Char('"')), qPrintable(error));
        // The message lists the accepted forms, with the workspace zone.
        QVERIFY2(error.contains(QStringLiteral("now-7d")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("2024-05-01T10:00:00+02:00")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("yesterday")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Europe/Berlin")), qPrintable(error));
    }

    void emptyIsAnError()
    {
        const ZoneBucketer bucketer("UTC");
        QString error;
        QVERIFY(!parseTimeExpression(QStringView(u"  "), kNow, bucketer, &error).has_value());
        QVERIFY2(error.startsWith(QStringLiteral("The time is empty.")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("today")));
        // No error string wanted: still no value.
        QVERIFY(!parseTimeExpression(QStringView(u"soon"), kNow, bucketer, nullptr).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTimeExpr)
#include "tst_timeexpr.moc"
