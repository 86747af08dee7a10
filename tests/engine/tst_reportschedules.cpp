// Scheduled reports: when a schedule is due (daily, weekly, across the DST
// changes of Europe/Berlin, after the app was closed for a while), which
// period a run covers, the file names, the JSON round trip and the messages
// of validation and parsing.

#include "core/zonebucketer.h"
#include "reports/reportschedule.h"
#include "reports/reporttemplate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace es;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// UTC ms of a Berlin wall-clock time ("2025-03-30 02:30").
std::int64_t berlin(const char *text)
{
    const QDateTime dt = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(dt.date(), dt.time(), kBerlin).toMSecsSinceEpoch();
}

// How a UTC ms instant reads in Berlin, with its offset: "2025-03-30 03:30 +02".
QString inBerlin(std::int64_t ms)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, kBerlin);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" +%1").arg(dt.offsetFromUtc() / 3600, 2, 10, QLatin1Char('0'));
}

QString rangeInBerlin(const TimeRange &r)
{
    return inBerlin(r.fromSecs * 1000) + QStringLiteral(" .. ") + inBerlin(r.toSecs * 1000);
}

ReportSchedule daily(int h, int m)
{
    ReportSchedule s;
    s.id = QStringLiteral("schedule-1");
    s.templateId = QStringLiteral("daily-traffic");
    s.time = QTime(h, m);
    s.folder = QStringLiteral("/srv/reports");
    return s;
}

ReportSchedule weekly(int weekday, int h, int m)
{
    ReportSchedule s = daily(h, m);
    s.templateId = QStringLiteral("weekly-summary");
    s.frequency = ReportSchedule::Frequency::Weekly;
    s.weekday = weekday;
    return s;
}

} // namespace

class TestReportSchedules : public QObject
{
    Q_OBJECT

    ZoneBucketer m_zone{"Europe/Berlin"};

private slots:
    void dailySlots()
    {
        const ReportSchedule s = daily(7, 0);
        // Before 07:00 the latest slot is yesterday's; at 07:00 exactly it is today's.
        QCOMPARE(inBerlin(ReportSchedules::latestSlot(s, berlin("2025-06-10 06:59"), m_zone)),
                 QStringLiteral("2025-06-09 07:00 +02"));
        QCOMPARE(inBerlin(ReportSchedules::latestSlot(s, berlin("2025-06-10 07:00"), m_zone)),
                 QStringLiteral("2025-06-10 07:00 +02"));
        QCOMPARE(inBerlin(ReportSchedules::slotAfter(s, berlin("2025-06-10 07:00"), m_zone)),
                 QStringLiteral("2025-06-11 07:00 +02"));
        QCOMPARE(inBerlin(ReportSchedules::slotAfter(s, berlin("2025-06-10 06:00"), m_zone)),
                 QStringLiteral("2025-06-10 07:00 +02"));
        // Winter time: the same wall-clock time, another UTC offset.
        QCOMPARE(inBerlin(ReportSchedules::slotAfter(s, berlin("2025-12-01 12:00"), m_zone)),
                 QStringLiteral("2025-12-02 07:00 +01"));
    }

    void dueOnlyOncePerSlot()
    {
        ReportSchedule s = daily(7, 0);
        s.createdMs = berlin("2025-06-01 12:00");
        // Created at noon: that morning's slot is not owed, the next one is.
        QVERIFY(!ReportSchedules::due(s, berlin("2025-06-01 18:00"), m_zone));
        QCOMPARE(inBerlin(*ReportSchedules::nextRun(s, berlin("2025-06-01 18:00"), m_zone)),
                 QStringLiteral("2025-06-02 07:00 +02"));
        const auto run = ReportSchedules::due(s, berlin("2025-06-02 07:00"), m_zone);
        QVERIFY(run);
        QCOMPARE(inBerlin(run->slotMs), QStringLiteral("2025-06-02 07:00 +02"));
        QCOMPARE(rangeInBerlin(run->range), QStringLiteral("2025-06-01 00:00 +02 .. 2025-06-02 00:00 +02"));
        // Once run (the run took a few seconds), it is not due again until tomorrow.
        s.lastRunMs = berlin("2025-06-02 07:00") + 4000;
        QVERIFY(!ReportSchedules::due(s, berlin("2025-06-02 07:01"), m_zone));
        QVERIFY(!ReportSchedules::due(s, berlin("2025-06-03 06:59"), m_zone));
        QVERIFY(ReportSchedules::due(s, berlin("2025-06-03 07:00"), m_zone));
        // Disabled: never due, no next run.
        s.enabled = false;
        QVERIFY(!ReportSchedules::due(s, berlin("2025-06-03 07:00"), m_zone));
        QVERIFY(!ReportSchedules::nextRun(s, berlin("2025-06-03 07:00"), m_zone));
    }

    void missedRunsCollapseIntoTheLatest()
    {
        ReportSchedule s = daily(7, 0);
        s.createdMs = berlin("2025-05-01 00:00");
        s.lastRunMs = berlin("2025-06-02 07:00");
        // The app was closed from June 2 to June 9, 10:15: one run, for June 9's slot
        // (covering June 8), not seven.
        const auto run = ReportSchedules::due(s, berlin("2025-06-09 10:15"), m_zone);
        QVERIFY(run);
        QCOMPARE(inBerlin(run->slotMs), QStringLiteral("2025-06-09 07:00 +02"));
        QCOMPARE(rangeInBerlin(run->range), QStringLiteral("2025-06-08 00:00 +02 .. 2025-06-09 00:00 +02"));
        QCOMPARE(*ReportSchedules::nextRun(s, berlin("2025-06-09 10:15"), m_zone),
                 berlin("2025-06-09 10:15"));
        s.lastRunMs = berlin("2025-06-09 10:15");
        QVERIFY(!ReportSchedules::due(s, berlin("2025-06-09 10:16"), m_zone));
        QCOMPARE(inBerlin(*ReportSchedules::nextRun(s, berlin("2025-06-09 10:16"), m_zone)),
                 QStringLiteral("2025-06-10 07:00 +02"));

        // Weekly, closed for three weeks: one run for the latest Monday, covering the
        // week before it.
        ReportSchedule w = weekly(1, 7, 0);
        w.createdMs = berlin("2025-05-01 00:00");
        w.lastRunMs = berlin("2025-05-12 07:00");
        const auto wrun = ReportSchedules::due(w, berlin("2025-06-04 09:00"), m_zone); // a Wednesday
        QVERIFY(wrun);
        QCOMPARE(inBerlin(wrun->slotMs), QStringLiteral("2025-06-02 07:00 +02"));
        QCOMPARE(rangeInBerlin(wrun->range), QStringLiteral("2025-05-26 00:00 +02 .. 2025-06-02 00:00 +02"));
    }

    void weeklySlots()
    {
        ReportSchedule s = weekly(5, 18, 30); // Fridays 18:30
        // 2025-06-10 is a Tuesday.
        QCOMPARE(inBerlin(ReportSchedules::latestSlot(s, berlin("2025-06-10 12:00"), m_zone)),
                 QStringLiteral("2025-06-06 18:30 +02"));
        QCOMPARE(inBerlin(ReportSchedules::slotAfter(s, berlin("2025-06-10 12:00"), m_zone)),
                 QStringLiteral("2025-06-13 18:30 +02"));
        // On the Friday itself, before and after the time.
        QCOMPARE(inBerlin(ReportSchedules::latestSlot(s, berlin("2025-06-13 18:29"), m_zone)),
                 QStringLiteral("2025-06-06 18:30 +02"));
        QCOMPARE(inBerlin(ReportSchedules::slotAfter(s, berlin("2025-06-13 18:30"), m_zone)),
                 QStringLiteral("2025-06-20 18:30 +02"));
        // A Friday run covers the whole week before, Monday to Sunday.
        QCOMPARE(rangeInBerlin(ReportSchedules::coveredRange(s, berlin("2025-06-13 18:30"), m_zone)),
                 QStringLiteral("2025-06-02 00:00 +02 .. 2025-06-09 00:00 +02"));
        // Sunday schedules run on Sunday, still for the week before.
        s.weekday = 7;
        QCOMPARE(inBerlin(ReportSchedules::slotAfter(s, berlin("2025-06-10 12:00"), m_zone)),
                 QStringLiteral("2025-06-15 18:30 +02"));
        QCOMPARE(rangeInBerlin(ReportSchedules::coveredRange(s, berlin("2025-06-15 18:30"), m_zone)),
                 QStringLiteral("2025-06-02 00:00 +02 .. 2025-06-09 00:00 +02"));
    }

    void springForward()
    {
        // 2025-03-30: Berlin skips from 02:00 to 03:00. A 02:30 schedule runs once
        // that day, at 03:30 summer time, and at 02:30 on the days around it.
        ReportSchedule s = daily(2, 30);
        s.createdMs = berlin("2025-03-01 00:00");
        s.lastRunMs = berlin("2025-03-29 02:30");
        QCOMPARE(inBerlin(*ReportSchedules::nextRun(s, berlin("2025-03-29 12:00"), m_zone)),
                 QStringLiteral("2025-03-30 03:30 +02"));
        QVERIFY(!ReportSchedules::due(s, berlin("2025-03-30 03:29"), m_zone));
        const auto run = ReportSchedules::due(s, berlin("2025-03-30 03:30"), m_zone);
        QVERIFY(run);
        // That day's report covers the 24 hours of Saturday (standard time).
        QCOMPARE(rangeInBerlin(run->range), QStringLiteral("2025-03-29 00:00 +01 .. 2025-03-30 00:00 +01"));
        s.lastRunMs = run->slotMs + 2000;
        QVERIFY(!ReportSchedules::due(s, berlin("2025-03-30 23:59"), m_zone));
        QCOMPARE(inBerlin(*ReportSchedules::nextRun(s, berlin("2025-03-30 23:59"), m_zone)),
                 QStringLiteral("2025-03-31 02:30 +02"));
        // The day after covers the 23-hour Sunday.
        const TimeRange sunday = ReportSchedules::coveredRange(s, berlin("2025-03-31 02:30"), m_zone);
        QCOMPARE(sunday.duration(), 23 * 3600);
    }

    void fallBack()
    {
        // 2025-10-26: Berlin goes from 03:00 back to 02:00; 02:30 happens twice. The
        // schedule runs at the first 02:30 and not again at the second.
        ReportSchedule s = daily(2, 30);
        s.createdMs = berlin("2025-10-01 00:00");
        s.lastRunMs = berlin("2025-10-25 02:30");
        const std::int64_t first = ReportSchedules::slotAfter(s, s.lastRunMs, m_zone);
        QCOMPARE(inBerlin(first), QStringLiteral("2025-10-26 02:30 +02"));
        QVERIFY(ReportSchedules::due(s, first, m_zone));
        s.lastRunMs = first + 1000;
        const std::int64_t second = first + 3600 * 1000; // 02:30 again, now +01
        QCOMPARE(inBerlin(second), QStringLiteral("2025-10-26 02:30 +01"));
        QVERIFY(!ReportSchedules::due(s, second, m_zone));
        QCOMPARE(inBerlin(*ReportSchedules::nextRun(s, second, m_zone)),
                 QStringLiteral("2025-10-27 02:30 +01"));
        // The weekly report of that week covers 7 days and one hour.
        const ReportSchedule w = weekly(1, 7, 0);
        const TimeRange week = ReportSchedules::coveredRange(w, berlin("2025-10-27 07:00"), m_zone);
        QCOMPARE(rangeInBerlin(week), QStringLiteral("2025-10-20 00:00 +02 .. 2025-10-27 00:00 +01"));
        QCOMPARE(week.duration(), 7 * 86400 + 3600);
    }

    void fileStems()
    {
        QCOMPARE(ReportSchedules::fileStem(QStringLiteral("weekly-summary"), QDate(2025, 6, 2), 1),
                 QStringLiteral("weekly-summary-2025-06-02"));
        QCOMPARE(ReportSchedules::fileStem(QStringLiteral("weekly-summary"), QDate(2025, 6, 2), 3),
                 QStringLiteral("weekly-summary-2025-06-02-3"));
    }

    void describes()
    {
        QCOMPARE(ReportSchedules::describe(daily(7, 0)), QStringLiteral("Daily, 07:00"));
        QCOMPARE(ReportSchedules::describe(weekly(1, 7, 5)), QStringLiteral("Weekly, Monday 07:05"));
        ReportSchedule s = daily(7, 0);
        s.xlsx = s.csv = true;
        QCOMPARE(ReportSchedules::formatsText(s), QStringLiteral("PDF, Excel, CSV"));
    }

    void jsonRoundTrip()
    {
        ReportSchedule a = weekly(3, 6, 45);
        a.xlsx = true;
        a.createdMs = 1748736000000;
        a.lastRunMs = 1749000000123;
        a.lastStatus = ReportSchedule::Status::Failed;
        a.lastMessage = QStringLiteral("The folder /srv/reports does not exist.");
        ReportSchedule b = daily(23, 59);
        b.id = QStringLiteral("schedule-2");
        b.pdf = false;
        b.csv = true;
        b.enabled = false;
        b.lastStatus = ReportSchedule::Status::Ok;
        b.lastFiles = {QStringLiteral("/srv/reports/daily-traffic-2025-06-01")};
        QString error;
        const auto back = ReportSchedules::deserialize(ReportSchedules::serialize({a, b}), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), size_t(2));
        QCOMPARE(back[0], a);
        QCOMPARE(back[1], b);
        const QJsonObject o = ReportSchedules::toJson(a);
        QCOMPARE(o.value(QStringLiteral("weekday")).toString(), QStringLiteral("wednesday"));
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("06:45"));
        QCOMPARE(ReportSchedules::uniqueId(back), QStringLiteral("schedule-3"));
        // Nothing stored is no schedules and no error.
        QVERIFY(ReportSchedules::deserialize(QByteArray(), &error).empty());
        QVERIFY(error.isEmpty());
    }

    void parseErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray base =
            R"("template":"weekly-summary","time":"07:00","formats":["pdf"],"folder":"/r")";
        QTest::newRow("no id") << QByteArray("{" + base + R"(,"frequency":"daily"})")
                               << QStringLiteral("A schedule has no \"id\". Give each schedule a unique id "
                                                 "such as \"schedule-1\".");
        QTest::newRow("frequency") << QByteArray(R"({"id":"s","frequency":"hourly",)" + base + "}")
                                   << QStringLiteral("Schedule \"s\": \"frequency\" is \"hourly\"; use "
                                                     "\"daily\" or \"weekly\".");
        QTest::newRow("weekday") << QByteArray(R"({"id":"s","frequency":"weekly","weekday":"moonday",)" +
                                               base + "}")
                                 << QStringLiteral(
                                        "Schedule \"s\": \"weekday\" is \"moonday\"; use a day such "
                                        "as \"monday\".");
        QTest::newRow("time")
            << QByteArray(
                   R"({"id":"s","frequency":"daily","template":"t","time":"7 am","formats":["pdf"],"folder":"/r"})")
            << QStringLiteral("Schedule \"s\": \"time\" is \"7 am\"; use hours and minutes "
                              "such as \"07:00\".");
        QTest::newRow("format")
            << QByteArray(
                   R"({"id":"s","frequency":"daily","template":"t","time":"07:00","formats":["docx"],"folder":"/r"})")
            << QStringLiteral("Schedule \"s\": \"formats\" lists \"docx\"; use \"pdf\", "
                              "\"xlsx\" and \"csv\".");
        QTest::newRow("folder")
            << QByteArray(R"({"id":"s","frequency":"daily","template":"t","time":"07:00","formats":["pdf"]})")
            << QStringLiteral("Schedule \"s\" has no \"folder\". Set it to the folder the "
                              "reports go to.");
    }

    void parseErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        const auto all = ReportSchedules::deserialize(R"({"version":1,"schedules":[)" + json + "]}", &error);
        QVERIFY(all.empty());
        QCOMPARE(error, message);
        ReportSchedules::deserialize("{\"schedules\": [", &error);
        QVERIFY2(error.startsWith(QStringLiteral("The report schedules are not valid JSON")),
                 qPrintable(error));
    }

    void validationSaysWhatToChange_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << 0 << QString();
        QTest::newRow("template") << 1 << QStringLiteral("Choose the template to run.");
        QTest::newRow("gone") << 2
                              << QStringLiteral(
                                     "The template \"user-board\" no longer exists. Choose another "
                                     "template.");
        QTest::newRow("formats") << 3 << QStringLiteral("Choose at least one format.");
        QTest::newRow("folder") << 4 << QStringLiteral("Choose the folder the reports are written to.");
        QTest::newRow("relative") << 5
                                  << QStringLiteral("\"reports\" is not a full path. Choose the folder with "
                                                    "Browse… or type its full path.");
        QTest::newRow("weekday") << 6 << QStringLiteral("Choose the weekday a weekly report runs on.");
        QTest::newRow("time") << 7
                              << QStringLiteral("Enter the time of day the report runs at, such as 07:00.");
    }

    void validationSaysWhatToChange()
    {
        QFETCH(int, change);
        QFETCH(QString, message);
        ReportSchedule s = weekly(1, 7, 0);
        switch (change) {
        case 1:
            s.templateId.clear();
            break;
        case 2:
            s.templateId = QStringLiteral("user-board");
            break;
        case 3:
            s.pdf = false;
            break;
        case 4:
            s.folder = QStringLiteral("  ");
            break;
        case 5:
            s.folder = QStringLiteral("reports");
            break;
        case 6:
            s.weekday = 0;
            break;
        case 7:
            s.time = QTime();
            break;
        }
        const auto templates = ReportTemplates::builtIns();
        QCOMPARE(ReportSchedules::validate(s, &templates), message);
    }
};

QTEST_GUILESS_MAIN(TestReportSchedules)
#include "tst_reportschedules.moc"
