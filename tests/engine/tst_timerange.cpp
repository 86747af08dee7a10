// Bucket series and comparison periods (query/timerange.h). Every expected
// instant is written in UTC; the comment next to it gives the local
// wall-clock time it stands for. Europe/Berlin is UTC+1 (CET) in winter and
// UTC+2 (CEST) in summer; America/New_York is UTC-5 (EST) and UTC-4 (EDT).
// 2024 changes: Berlin 2024-03-31 02:00 CET -> 03:00 CEST and 2024-10-27
// 03:00 CEST -> 02:00 CET; New York 2024-03-10 02:00 EST -> 03:00 EDT and
// 2024-11-03 02:00 EDT -> 01:00 EST.

#include "core/zonebucketer.h"
#include "query/timerange.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <cstdint>

using namespace es;

namespace {

// UTC epoch seconds of an ISO-8601 instant with an explicit Z.
std::int64_t at(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toSecsSinceEpoch();
}

std::vector<std::int64_t> hourly(std::int64_t first, int count)
{
    std::vector<std::int64_t> v;
    for (int i = 0; i < count; ++i)
        v.push_back(first + std::int64_t(i) * 3600);
    return v;
}

// ISO weekday (1 = Monday) of the UTC date of an instant shifted by offset.
int weekdayAt(std::int64_t utcSecs, int offsetSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs + offsetSecs, Qt::UTC).date().dayOfWeek();
}

} // namespace

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void dstDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<std::int64_t>("noon");     // an instant inside the day
        QTest::addColumn<std::int64_t>("dayStart"); // local midnight
        QTest::addColumn<std::int64_t>("dayEnd");   // next local midnight
        QTest::addColumn<int>("hours");

        // Berlin spring forward: 00:00 CET = 23:00Z the day before, the next
        // midnight is 00:00 CEST = 22:00Z. 23 hours.
        QTest::newRow("Berlin 2024-03-31") << QByteArray("Europe/Berlin") << at("2024-03-31T10:00:00Z")
                                           << at("2024-03-30T23:00:00Z") << at("2024-03-31T22:00:00Z") << 23;
        // Berlin fall back: 00:00 CEST = 22:00Z the day before, the next
        // midnight is 00:00 CET = 23:00Z. 25 hours.
        QTest::newRow("Berlin 2024-10-27") << QByteArray("Europe/Berlin") << at("2024-10-27T10:00:00Z")
                                           << at("2024-10-26T22:00:00Z") << at("2024-10-27T23:00:00Z") << 25;
        // New York spring forward: 00:00 EST = 05:00Z, next midnight 00:00
        // EDT = 04:00Z. 23 hours.
        QTest::newRow("New York 2024-03-10")
            << QByteArray("America/New_York") << at("2024-03-10T17:00:00Z") << at("2024-03-10T05:00:00Z")
            << at("2024-03-11T04:00:00Z") << 23;
        // New York fall back: 00:00 EDT = 04:00Z, next midnight 00:00 EST =
        // 05:00Z. 25 hours.
        QTest::newRow("New York 2024-11-03")
            << QByteArray("America/New_York") << at("2024-11-03T17:00:00Z") << at("2024-11-03T04:00:00Z")
            << at("2024-11-04T05:00:00Z") << 25;
        // After 2037 the zone file lists no transitions, only the rule that
        // continues them; the bucketer still has them. 2040-03-25 is the last
        // Sunday of March 2040: 00:00 CET = 23:00Z the day before, 23 hours.
        QTest::newRow("Berlin 2040-03-25") << QByteArray("Europe/Berlin") << at("2040-03-25T10:00:00Z")
                                           << at("2040-03-24T23:00:00Z") << at("2040-03-25T22:00:00Z") << 23;
    }

    void dstDays()
    {
        QFETCH(QByteArray, zone);
        QFETCH(std::int64_t, noon);
        QFETCH(std::int64_t, dayStart);
        QFETCH(std::int64_t, dayEnd);
        QFETCH(int, hours);
        const ZoneBucketer z(zone);
        QVERIFY(z.isValid());

        QCOMPARE(z.floor(noon, Granularity::Day), dayStart);
        QCOMPARE(z.next(dayStart, Granularity::Day), dayEnd);
        QCOMPARE(dayEnd - dayStart, std::int64_t(hours) * 3600);

        // The whole day is one day bucket.
        QCOMPARE(bucketStarts(z, {dayStart, dayEnd}, Granularity::Day), std::vector<std::int64_t>{dayStart});
        QCOMPARE(bucketStarts(z, {noon, noon + 1}, Granularity::Day), std::vector<std::int64_t>{dayStart});

        // Both zones have whole-hour offsets, so the hour buckets are the
        // consecutive UTC hours: 23 or 25 of them. On the fall-back day the
        // repeated local hour is two buckets.
        const std::vector<std::int64_t> hoursOfDay = bucketStarts(z, {dayStart, dayEnd}, Granularity::Hour);
        QCOMPARE(int(hoursOfDay.size()), hours);
        QCOMPARE(hoursOfDay, hourly(dayStart, hours));
    }

    void daysAroundDstChange()
    {
        // Three Berlin days, 2024-03-30 .. 2024-04-01 local: 24 h, 23 h, 24 h.
        const ZoneBucketer berlin("Europe/Berlin");
        const std::vector<std::int64_t> expected{at("2024-03-29T23:00:00Z"),  // 03-30 00:00 CET
                                                 at("2024-03-30T23:00:00Z"),  // 03-31 00:00 CET
                                                 at("2024-03-31T22:00:00Z")}; // 04-01 00:00 CEST
        QCOMPARE(
            bucketStarts(berlin, {at("2024-03-29T23:00:00Z"), at("2024-04-01T22:00:00Z")}, Granularity::Day),
            expected);
        // A range starting mid-day still starts with that day's bucket.
        QCOMPARE(
            bucketStarts(berlin, {at("2024-03-30T12:00:00Z"), at("2024-03-31T22:00:01Z")}, Granularity::Day),
            expected);
        // Hours across the spring gap: 01:00 CET (00:00Z) is followed by
        // 03:00 CEST (01:00Z).
        const std::vector<std::int64_t> gapHours{at("2024-03-31T00:00:00Z"), at("2024-03-31T01:00:00Z")};
        QCOMPARE(
            bucketStarts(berlin, {at("2024-03-31T00:30:00Z"), at("2024-03-31T01:30:00Z")}, Granularity::Hour),
            gapHours);
    }

    void halfHourDstChange()
    {
        // Australia/Lord_Howe moves by 30 minutes: +10:30 in winter, +11 in
        // summer. 2024-10-06 02:00 +10:30 (15:30Z the day before) becomes
        // 02:30 +11. The 01:00 hour (14:30Z) ends at the change; the next
        // bucket is the half hour 02:30..03:00, then 03:00 +11 (16:00Z).
        const ZoneBucketer lhi("Australia/Lord_Howe");
        QVERIFY(lhi.isValid());
        const std::vector<std::int64_t> spring{at("2024-10-05T14:30:00Z"), at("2024-10-05T15:30:00Z"),
                                               at("2024-10-05T16:00:00Z")};
        QCOMPARE(
            bucketStarts(lhi, {at("2024-10-05T14:30:00Z"), at("2024-10-05T16:30:00Z")}, Granularity::Hour),
            spring);
        QCOMPARE(lhi.floor(at("2024-10-05T15:10:00Z"), Granularity::Hour), spring[0]);
        QCOMPARE(lhi.floor(at("2024-10-05T15:40:00Z"), Granularity::Hour), spring[1]);
        // 2024-04-07 02:00 +11 (15:00Z the day before) becomes 01:30 +10:30:
        // 01:00 +11 (14:00Z) is a full hour, then the repeated half hour
        // 01:30..02:00 +10:30 (15:00Z), then 02:00 +10:30 (15:30Z).
        const std::vector<std::int64_t> autumn{at("2024-04-06T14:00:00Z"), at("2024-04-06T15:00:00Z"),
                                               at("2024-04-06T15:30:00Z")};
        QCOMPARE(
            bucketStarts(lhi, {at("2024-04-06T14:00:00Z"), at("2024-04-06T16:00:00Z")}, Granularity::Hour),
            autumn);
        QCOMPARE(lhi.floor(at("2024-04-06T15:20:00Z"), Granularity::Hour), autumn[1]);
        // Each bucket contains the instants whose floor it is.
        for (std::int64_t t = at("2024-10-05T12:00:00Z"); t < at("2024-10-05T20:00:00Z"); t += 300) {
            const std::int64_t b = lhi.floor(t, Granularity::Hour);
            QVERIFY(b <= t);
            QVERIFY(lhi.next(b, Granularity::Hour) > t);
        }
    }

    void emptyRangeAndPartialBuckets()
    {
        const ZoneBucketer utc("UTC");
        QVERIFY(bucketStarts(utc, {100, 100}, Granularity::Minute).empty());
        QVERIFY(bucketStarts(utc, {200, 100}, Granularity::Day).empty());
        // 10:15 .. 11:45: the 10:00 and 11:00 hours overlap.
        const std::vector<std::int64_t> expected{at("2024-05-01T10:00:00Z"), at("2024-05-01T11:00:00Z")};
        QCOMPARE(
            bucketStarts(utc, {at("2024-05-01T10:15:00Z"), at("2024-05-01T11:45:00Z")}, Granularity::Hour),
            expected);
        // 90 one-minute buckets.
        QCOMPARE(
            bucketStarts(utc, {at("2024-05-01T10:15:00Z"), at("2024-05-01T11:45:00Z")}, Granularity::Minute)
                .size(),
            std::size_t(90));
    }

    void isoWeeks()
    {
        const ZoneBucketer utc("UTC");
        // 2025-01-01 is a Wednesday; its ISO week (2025-W01) starts Monday
        // 2024-12-30.
        QCOMPARE(utc.floor(at("2025-01-01T12:00:00Z"), Granularity::Week), at("2024-12-30T00:00:00Z"));
        // 2021-01-01 is a Friday and belongs to 2020-W53 (from Monday
        // 2020-12-28); 2021-W01 starts Monday 2021-01-04.
        QCOMPARE(utc.floor(at("2021-01-01T12:00:00Z"), Granularity::Week), at("2020-12-28T00:00:00Z"));
        QCOMPARE(utc.floor(at("2021-01-03T23:59:59Z"), Granularity::Week), at("2020-12-28T00:00:00Z"));
        QCOMPARE(utc.floor(at("2021-01-04T00:00:00Z"), Granularity::Week), at("2021-01-04T00:00:00Z"));
        QCOMPARE(utc.next(at("2020-12-28T00:00:00Z"), Granularity::Week), at("2021-01-04T00:00:00Z"));
        const std::vector<std::int64_t> weeks{at("2024-12-23T00:00:00Z"), at("2024-12-30T00:00:00Z"),
                                              at("2025-01-06T00:00:00Z")};
        QCOMPARE(
            bucketStarts(utc, {at("2024-12-25T00:00:00Z"), at("2025-01-10T00:00:00Z")}, Granularity::Week),
            weeks);

        // Berlin: Monday 2024-12-30 00:00 CET = 2024-12-29 23:00Z.
        const ZoneBucketer berlin("Europe/Berlin");
        QCOMPARE(berlin.floor(at("2025-01-01T12:00:00Z"), Granularity::Week), at("2024-12-29T23:00:00Z"));
        // The week of the spring change, Monday 2024-03-25 00:00 CET (23:00Z
        // the day before) to Monday 2024-04-01 00:00 CEST (22:00Z): 167 hours.
        const std::int64_t w = berlin.floor(at("2024-03-31T12:00:00Z"), Granularity::Week);
        QCOMPARE(w, at("2024-03-24T23:00:00Z"));
        QCOMPARE(berlin.next(w, Granularity::Week), at("2024-03-31T22:00:00Z"));
        QCOMPARE(berlin.next(w, Granularity::Week) - w, std::int64_t(167 * 3600));
    }

    void sundayWeeks()
    {
        const ZoneBucketer sunday("UTC", 7);
        QCOMPARE(sunday.weekStart(), 7);
        // Wednesday 2025-01-01 -> Sunday 2024-12-29.
        QCOMPARE(sunday.floor(at("2025-01-01T12:00:00Z"), Granularity::Week), at("2024-12-29T00:00:00Z"));
        // Sunday 2021-01-03 starts its own week; Saturday 2021-01-02 belongs
        // to the week from Sunday 2020-12-27.
        QCOMPARE(sunday.floor(at("2021-01-03T00:00:00Z"), Granularity::Week), at("2021-01-03T00:00:00Z"));
        QCOMPARE(sunday.floor(at("2021-01-02T23:59:59Z"), Granularity::Week), at("2020-12-27T00:00:00Z"));
        // New York, Sunday start: the week of 2024-11-03 starts that Sunday
        // at 00:00 EDT (04:00Z) and ends Sunday 2024-11-10 00:00 EST (05:00Z).
        const ZoneBucketer ny("America/New_York", 7);
        const std::int64_t w = ny.floor(at("2024-11-06T12:00:00Z"), Granularity::Week);
        QCOMPARE(w, at("2024-11-03T04:00:00Z"));
        QCOMPARE(ny.next(w, Granularity::Week), at("2024-11-10T05:00:00Z"));
    }

    void quarters()
    {
        const ZoneBucketer berlin("Europe/Berlin");
        // Q1 2024-01-01 00:00 CET, Q2 04-01 00:00 CEST, Q3 07-01 00:00 CEST,
        // Q4 10-01 00:00 CEST, then 2025-01-01 00:00 CET.
        const std::vector<std::int64_t> q{at("2023-12-31T23:00:00Z"), at("2024-03-31T22:00:00Z"),
                                          at("2024-06-30T22:00:00Z"), at("2024-09-30T22:00:00Z")};
        const std::int64_t end = at("2024-12-31T23:00:00Z");
        QCOMPARE(bucketStarts(berlin, {q[0], end}, Granularity::Quarter), q);
        QCOMPARE(berlin.next(q[3], Granularity::Quarter), end);
        // Q1 contains the spring change: 91 days minus one hour. Q4 contains
        // the autumn change: 92 days plus one hour.
        QCOMPARE(q[1] - q[0], std::int64_t(91 * 86400 - 3600));
        QCOMPARE(end - q[3], std::int64_t(92 * 86400 + 3600));
        // An instant after the change (2024-03-31 12:00 CEST) is still in Q1;
        // the last second of Q1 as well.
        QCOMPARE(berlin.floor(at("2024-03-31T10:00:00Z"), Granularity::Quarter), q[0]);
        QCOMPARE(berlin.floor(q[1] - 1, Granularity::Quarter), q[0]);
        QCOMPARE(berlin.floor(at("2024-08-15T12:00:00Z"), Granularity::Quarter), q[2]);
        QCOMPARE(berlin.floor(at("2024-12-31T22:59:59Z"), Granularity::Quarter), q[3]);
    }

    void months_data()
    {
        QTest::addColumn<std::int64_t>("inside");
        QTest::addColumn<std::int64_t>("start");
        QTest::addColumn<int>("days");
        QTest::newRow("February 2023, 28 days")
            << at("2023-02-14T12:00:00Z") << at("2023-02-01T00:00:00Z") << 28;
        QTest::newRow("February 2024, 29 days")
            << at("2024-02-29T23:59:59Z") << at("2024-02-01T00:00:00Z") << 29;
        QTest::newRow("April 2024, 30 days")
            << at("2024-04-30T00:00:00Z") << at("2024-04-01T00:00:00Z") << 30;
        QTest::newRow("January 2024, 31 days")
            << at("2024-01-01T00:00:00Z") << at("2024-01-01T00:00:00Z") << 31;
        QTest::newRow("December 2024, 31 days")
            << at("2024-12-31T23:00:00Z") << at("2024-12-01T00:00:00Z") << 31;
    }

    void months()
    {
        QFETCH(std::int64_t, inside);
        QFETCH(std::int64_t, start);
        QFETCH(int, days);
        const ZoneBucketer utc("UTC");
        QCOMPARE(utc.floor(inside, Granularity::Month), start);
        QCOMPARE(utc.next(start, Granularity::Month) - start, std::int64_t(days) * 86400);
    }

    void monthsAndYearsInBerlin()
    {
        const ZoneBucketer berlin("Europe/Berlin");
        // March 2024: 00:00 CET (02-29 23:00Z) to 04-01 00:00 CEST (03-31
        // 22:00Z), 31 days minus one hour.
        const std::int64_t march = berlin.floor(at("2024-03-15T12:00:00Z"), Granularity::Month);
        QCOMPARE(march, at("2024-02-29T23:00:00Z"));
        QCOMPARE(berlin.next(march, Granularity::Month), at("2024-03-31T22:00:00Z"));
        // The year 2024 (366 days, both changes inside).
        const std::int64_t y = berlin.floor(at("2024-07-01T00:00:00Z"), Granularity::Year);
        QCOMPARE(y, at("2023-12-31T23:00:00Z"));
        QCOMPARE(berlin.next(y, Granularity::Year), at("2024-12-31T23:00:00Z"));
        QCOMPARE(berlin.next(y, Granularity::Year) - y, std::int64_t(366 * 86400));
    }

    void weekOverWeekAcrossDst()
    {
        const ZoneBucketer berlin("Europe/Berlin");
        // Wednesday 2024-04-03 10:00 CEST (08:00Z) -> Wednesday 2024-03-27
        // 10:00 CET (09:00Z): 7 days minus one hour.
        const std::optional<std::int64_t> s =
            shiftBack(berlin, at("2024-04-03T08:00:00Z"), PeriodShift{0, 7, 0});
        QVERIFY(s);
        QCOMPARE(*s, at("2024-03-27T09:00:00Z"));
        QCOMPARE(at("2024-04-03T08:00:00Z") - *s, std::int64_t(604800 - 3600));

        // Hourly series of that Wednesday: 24 hours each compared with the
        // same wall-clock hour of the Wednesday before.
        const TimeRange wed{at("2024-04-02T22:00:00Z"), at("2024-04-03T22:00:00Z")};
        const ComparisonPlan p = planComparison(berlin, wed, Granularity::Hour, Comparison::WeekOverWeek);
        QCOMPARE(p.shift, (PeriodShift{0, 7, 0}));
        QCOMPARE(p.previous, (TimeRange{at("2024-03-26T23:00:00Z"), at("2024-03-27T23:00:00Z")}));
        QCOMPARE(p.currentBuckets.size(), std::size_t(24));
        QCOMPARE(p.previousBuckets.size(), std::size_t(24));
        for (std::size_t i = 0; i < 24; ++i) {
            QCOMPARE(p.mapping[i], std::optional<std::size_t>(i));
            QCOMPARE(*p.previousBucketFor(i), p.currentBuckets[i] - 604800 + 3600);
        }
    }

    void weekOverWeekIntoGap()
    {
        // Sunday 2024-04-07 (24 h) against Sunday 2024-03-31 (23 h): the
        // 02:00 hour did not exist on 03-31, so it has no comparison.
        const ZoneBucketer berlin("Europe/Berlin");
        const TimeRange sun{at("2024-04-06T22:00:00Z"), at("2024-04-07T22:00:00Z")};
        const ComparisonPlan p = planComparison(berlin, sun, Granularity::Hour, Comparison::WeekOverWeek);
        QCOMPARE(p.previous, (TimeRange{at("2024-03-30T23:00:00Z"), at("2024-03-31T22:00:00Z")}));
        QCOMPARE(p.currentBuckets.size(), std::size_t(24));
        QCOMPARE(p.previousBuckets.size(), std::size_t(23));
        // 00:00 CEST (04-06 22:00Z) -> 00:00 CET (03-30 23:00Z).
        QCOMPARE(p.previousBucketFor(0), std::optional<std::int64_t>(at("2024-03-30T23:00:00Z")));
        // 01:00 CEST -> 01:00 CET (03-31 00:00Z).
        QCOMPARE(p.previousBucketFor(1), std::optional<std::int64_t>(at("2024-03-31T00:00:00Z")));
        // 02:00 CEST: no 02:00 on 03-31.
        QCOMPARE(p.previousBucketFor(2), std::nullopt);
        QVERIFY(!shiftBack(berlin, p.currentBuckets[2], p.shift));
        // 03:00 CEST (04-07 01:00Z) -> 03:00 CEST (03-31 01:00Z), exactly 7 x 24 h.
        QCOMPARE(p.previousBucketFor(3), std::optional<std::int64_t>(at("2024-03-31T01:00:00Z")));
        QCOMPARE(p.previousBucketFor(23), std::optional<std::int64_t>(at("2024-03-31T21:00:00Z")));

        // A range from 02:30 to 04:00 CEST on 2024-04-07 (00:30Z .. 02:00Z):
        // on 2024-03-31 the wall-clock times 02:30 .. 03:00 did not exist, so
        // the comparison range is 03:00 .. 04:00 CEST (01:00Z .. 02:00Z).
        const ComparisonPlan g =
            planComparison(berlin, {at("2024-04-07T00:30:00Z"), at("2024-04-07T02:00:00Z")},
                           Granularity::Minute, Comparison::WeekOverWeek);
        QCOMPARE(g.previous, (TimeRange{at("2024-03-31T01:00:00Z"), at("2024-03-31T02:00:00Z")}));
        QCOMPARE(g.currentBuckets.size(), std::size_t(90));
        QCOMPARE(g.previousBuckets.size(), std::size_t(60));
        QCOMPARE(g.previousBucketFor(0), std::nullopt);  // 02:30 CEST
        QCOMPARE(g.previousBucketFor(29), std::nullopt); // 02:59 CEST
        QCOMPARE(g.previousBucketFor(30), std::optional<std::int64_t>(at("2024-03-31T01:00:00Z"))); // 03:00
        QCOMPARE(g.previousBucketFor(89), std::optional<std::int64_t>(at("2024-03-31T01:59:00Z"))); // 03:59
        // New York, 2024-03-10 02:00 EST -> 03:00 EDT (07:00Z): 02:15 on the
        // Sunday after (2024-03-17, EDT, 06:15Z) shifts back to the change.
        const ZoneBucketer ny("America/New_York");
        const ComparisonPlan n = planComparison(ny, {at("2024-03-17T06:15:00Z"), at("2024-03-17T08:00:00Z")},
                                                Granularity::Hour, Comparison::WeekOverWeek);
        QCOMPARE(n.previous, (TimeRange{at("2024-03-10T07:00:00Z"), at("2024-03-10T08:00:00Z")}));

        // Sunday 2024-11-03 (24 h) against Sunday 2024-10-27 (25 h): 02:00
        // CET compares with the first 02:00 of 10-27 (02:00 CEST = 00:00Z);
        // the second one (02:00 CET = 01:00Z) is left out.
        const TimeRange nov{at("2024-11-02T23:00:00Z"), at("2024-11-03T23:00:00Z")};
        const ComparisonPlan q = planComparison(berlin, nov, Granularity::Hour, Comparison::WeekOverWeek);
        QCOMPARE(q.previousBuckets.size(), std::size_t(25));
        QCOMPARE(q.previousBucketFor(2), std::optional<std::int64_t>(at("2024-10-27T00:00:00Z")));
        QCOMPARE(q.previousBucketFor(3), std::optional<std::int64_t>(at("2024-10-27T02:00:00Z")));

        // Daily series over a week with the change: same weekdays.
        const TimeRange week{at("2024-03-31T22:00:00Z"), at("2024-04-07T22:00:00Z")};
        const ComparisonPlan d = planComparison(berlin, week, Granularity::Day, Comparison::WeekOverWeek);
        QCOMPARE(d.previous, (TimeRange{at("2024-03-24T23:00:00Z"), at("2024-03-31T22:00:00Z")}));
        for (std::size_t i = 0; i < 7; ++i)
            QCOMPARE(d.mapping[i], std::optional<std::size_t>(i));
    }

    void yearOverYear()
    {
        const ZoneBucketer berlin("Europe/Berlin");
        // Monday 2025-03-10 (00:00 CET = 03-09 23:00Z) -> 364 days earlier:
        // Monday 2024-03-11 (00:00 CET = 03-10 23:00Z).
        const TimeRange day{at("2025-03-09T23:00:00Z"), at("2025-03-10T23:00:00Z")};
        const ComparisonPlan p = planComparison(berlin, day, Granularity::Day, Comparison::YearOverYear);
        QCOMPARE(p.shift, (PeriodShift{0, 364, 0}));
        QCOMPARE(p.previous, (TimeRange{at("2024-03-10T23:00:00Z"), at("2024-03-11T23:00:00Z")}));
        QCOMPARE(p.previousBucketFor(0), std::optional<std::int64_t>(at("2024-03-10T23:00:00Z")));
        QCOMPARE(weekdayAt(p.currentBuckets[0], 3600), 1);
        QCOMPARE(weekdayAt(*p.previousBucketFor(0), 3600), 1);

        // Weekly buckets: 2025-W11 (from Monday 2025-03-10) -> 2024-W11 (from
        // Monday 2024-03-11).
        const ComparisonPlan w =
            planComparison(berlin, {at("2025-03-09T23:00:00Z"), at("2025-03-16T23:00:00Z")},
                           Granularity::Week, Comparison::YearOverYear);
        QCOMPARE(w.previousBucketFor(0), std::optional<std::int64_t>(at("2024-03-10T23:00:00Z")));

        // ISO week 1 of 2025 (from Monday 2024-12-30, 00:00 CET = 12-29
        // 23:00Z) -> ISO week 1 of 2024 (from Monday 2024-01-01, 00:00 CET =
        // 2023-12-31 23:00Z), 364 days earlier.
        const ComparisonPlan w1 =
            planComparison(berlin, {at("2024-12-29T23:00:00Z"), at("2025-01-05T23:00:00Z")},
                           Granularity::Week, Comparison::YearOverYear);
        QCOMPARE(w1.previous, (TimeRange{at("2023-12-31T23:00:00Z"), at("2024-01-07T23:00:00Z")}));
        QCOMPARE(w1.previousBucketFor(0), std::optional<std::int64_t>(at("2023-12-31T23:00:00Z")));

        // Hourly across DST: Sunday 2025-03-30 is the spring change day, 364
        // days earlier is Sunday 2024-03-31, also a change day: 23 x 23 hours
        // with the same wall-clock times.
        const TimeRange dst{at("2025-03-29T23:00:00Z"), at("2025-03-30T22:00:00Z")};
        const ComparisonPlan h = planComparison(berlin, dst, Granularity::Hour, Comparison::YearOverYear);
        QCOMPARE(h.currentBuckets.size(), std::size_t(23));
        QCOMPARE(h.previousBuckets.size(), std::size_t(23));
        for (std::size_t i = 0; i < 23; ++i)
            QCOMPARE(h.mapping[i], std::optional<std::size_t>(i));

        // Month, quarter and year buckets: the same calendar period a year
        // earlier. March 2025 (02-28 23:00Z .. 03-31 22:00Z) -> March 2024.
        const TimeRange march{at("2025-02-28T23:00:00Z"), at("2025-03-31T22:00:00Z")};
        const ComparisonPlan m = planComparison(berlin, march, Granularity::Month, Comparison::YearOverYear);
        QCOMPARE(m.shift, (PeriodShift{12, 0, 0}));
        QCOMPARE(m.previous, (TimeRange{at("2024-02-29T23:00:00Z"), at("2024-03-31T22:00:00Z")}));
        QCOMPARE(m.previousBucketFor(0), std::optional<std::int64_t>(at("2024-02-29T23:00:00Z")));
        const ComparisonPlan q =
            planComparison(berlin, {at("2025-03-31T22:00:00Z"), at("2025-06-30T22:00:00Z")},
                           Granularity::Quarter, Comparison::YearOverYear);
        QCOMPARE(q.previousBucketFor(0), std::optional<std::int64_t>(at("2024-03-31T22:00:00Z"))); // Q2 2024
        const ComparisonPlan y =
            planComparison(berlin, {at("2024-12-31T23:00:00Z"), at("2025-12-31T23:00:00Z")},
                           Granularity::Year, Comparison::YearOverYear);
        QCOMPARE(y.previous, (TimeRange{at("2023-12-31T23:00:00Z"), at("2024-12-31T23:00:00Z")}));
        QCOMPARE(y.previousBucketFor(0), std::optional<std::int64_t>(at("2023-12-31T23:00:00Z")));
    }

    void monthOverMonth()
    {
        const ZoneBucketer berlin("Europe/Berlin");
        // Day 2024-03-31 (00:00 CET = 03-30 23:00Z) -> clamped to 2024-02-29
        // (00:00 CET = 02-28 23:00Z).
        const TimeRange mar31{at("2024-03-30T23:00:00Z"), at("2024-03-31T22:00:00Z")};
        const ComparisonPlan p = planComparison(berlin, mar31, Granularity::Day, Comparison::MonthOverMonth);
        QCOMPARE(p.shift, (PeriodShift{1, 0, 0}));
        QCOMPARE(p.previous, (TimeRange{at("2024-02-28T23:00:00Z"), at("2024-02-29T23:00:00Z")}));
        QCOMPARE(p.previousBucketFor(0), std::optional<std::int64_t>(at("2024-02-28T23:00:00Z")));
        // 2023-03-31 -> 2023-02-28 (00:00 CET = 02-27 23:00Z).
        QCOMPARE(shiftBack(berlin, at("2023-03-30T22:00:00Z"), PeriodShift{1, 0, 0}),
                 std::optional<std::int64_t>(at("2023-02-27T23:00:00Z")));

        // The whole of March 2024 daily against February 2024: days 1..29 by
        // date, March 30 and 31 both compare with February 29.
        const TimeRange march{at("2024-02-29T23:00:00Z"), at("2024-03-31T22:00:00Z")};
        const ComparisonPlan m = planComparison(berlin, march, Granularity::Day, Comparison::MonthOverMonth);
        QCOMPARE(m.previous, (TimeRange{at("2024-01-31T23:00:00Z"), at("2024-02-29T23:00:00Z")}));
        QCOMPARE(m.currentBuckets.size(), std::size_t(31));
        QCOMPARE(m.previousBuckets.size(), std::size_t(29));
        for (std::size_t i = 0; i < 29; ++i)
            QCOMPARE(m.mapping[i], std::optional<std::size_t>(i));
        QCOMPARE(m.mapping[29], std::optional<std::size_t>(28));
        QCOMPARE(m.mapping[30], std::optional<std::size_t>(28));

        // Aligned by date, not weekday: Wednesday 2024-05-15 -> Monday 2024-04-15.
        const std::optional<std::int64_t> may15 =
            shiftBack(berlin, at("2024-05-14T22:00:00Z"), PeriodShift{1, 0, 0});
        QCOMPARE(may15, std::optional<std::int64_t>(at("2024-04-14T22:00:00Z")));
        QCOMPARE(weekdayAt(at("2024-05-14T22:00:00Z"), 7200), 3);
        QCOMPARE(weekdayAt(*may15, 7200), 1);

        // January -> December of the year before.
        QCOMPARE(shiftBack(berlin, at("2024-01-14T23:00:00Z"), PeriodShift{1, 0, 0}),
                 std::optional<std::int64_t>(at("2023-12-14T23:00:00Z")));
    }

    void previousPeriod()
    {
        const ZoneBucketer berlin("Europe/Berlin");
        // "This month", March 2024 -> February 2024 (29 days, not the 31 days
        // before).
        const TimeRange march{at("2024-02-29T23:00:00Z"), at("2024-03-31T22:00:00Z")};
        const ComparisonPlan m = planComparison(berlin, march, Granularity::Day, Comparison::PreviousPeriod);
        QCOMPARE(m.shift, (PeriodShift{1, 0, 0}));
        QCOMPARE(m.previous, (TimeRange{at("2024-01-31T23:00:00Z"), at("2024-02-29T23:00:00Z")}));

        // Q2 2024 (three months) -> Q1 2024.
        const TimeRange q2{at("2024-03-31T22:00:00Z"), at("2024-06-30T22:00:00Z")};
        const ComparisonPlan q = planComparison(berlin, q2, Granularity::Quarter, Comparison::PreviousPeriod);
        QCOMPARE(q.shift, (PeriodShift{3, 0, 0}));
        QCOMPARE(q.previous, (TimeRange{at("2023-12-31T23:00:00Z"), at("2024-03-31T22:00:00Z")}));
        QCOMPARE(q.previousBucketFor(0), std::optional<std::int64_t>(at("2023-12-31T23:00:00Z")));

        // Seven local days 2024-03-28 .. 2024-04-03 (167 hours, the spring
        // change inside) -> 2024-03-21 .. 2024-03-27 (168 hours).
        const TimeRange week{at("2024-03-27T23:00:00Z"), at("2024-04-03T22:00:00Z")};
        const ComparisonPlan w = planComparison(berlin, week, Granularity::Day, Comparison::PreviousPeriod);
        QCOMPARE(w.shift, (PeriodShift{0, 7, 0}));
        QCOMPARE(w.previous, (TimeRange{at("2024-03-20T23:00:00Z"), at("2024-03-27T23:00:00Z")}));
        QCOMPARE(w.currentBuckets.size(), std::size_t(7));
        QCOMPARE(w.previousBuckets.size(), std::size_t(7));
        for (std::size_t i = 0; i < 7; ++i)
            QCOMPARE(w.mapping[i], std::optional<std::size_t>(i));

        // The year 2024 (12 months) -> the year 2023 (365 days).
        const TimeRange y2024{at("2023-12-31T23:00:00Z"), at("2024-12-31T23:00:00Z")};
        const ComparisonPlan y =
            planComparison(berlin, y2024, Granularity::Month, Comparison::PreviousPeriod);
        QCOMPARE(y.shift, (PeriodShift{12, 0, 0}));
        QCOMPARE(y.previous, (TimeRange{at("2022-12-31T23:00:00Z"), at("2023-12-31T23:00:00Z")}));
        QCOMPARE(y.currentBuckets.size(), std::size_t(12));
        for (std::size_t i = 0; i < 12; ++i)
            QCOMPARE(y.mapping[i], std::optional<std::size_t>(i));

        // 90 minutes, 10:15Z .. 11:45Z -> 08:45Z .. 10:15Z (exact seconds).
        const TimeRange ninety{at("2024-05-01T10:15:00Z"), at("2024-05-01T11:45:00Z")};
        const ComparisonPlan n =
            planComparison(berlin, ninety, Granularity::Minute, Comparison::PreviousPeriod);
        QCOMPARE(n.shift, (PeriodShift{0, 0, 5400}));
        QCOMPARE(n.previous, (TimeRange{at("2024-05-01T08:45:00Z"), at("2024-05-01T10:15:00Z")}));
        QCOMPARE(n.currentBuckets.size(), std::size_t(90));
        QCOMPARE(n.previousBuckets.size(), std::size_t(90));
        for (std::size_t i = 0; i < 90; ++i)
            QCOMPARE(n.mapping[i], std::optional<std::size_t>(i));
        // Hour buckets of the same range: 10:00Z and 11:00Z against the hours
        // containing 08:30Z and 09:30Z.
        const ComparisonPlan nh =
            planComparison(berlin, ninety, Granularity::Hour, Comparison::PreviousPeriod);
        QCOMPARE(nh.previousBuckets.size(), std::size_t(3)); // 08:00Z, 09:00Z, 10:00Z
        QCOMPARE(nh.previousBucketFor(0), std::optional<std::int64_t>(at("2024-05-01T08:00:00Z")));
        QCOMPARE(nh.previousBucketFor(1), std::optional<std::int64_t>(at("2024-05-01T09:00:00Z")));
    }

    void noComparison()
    {
        const ZoneBucketer utc("UTC");
        const ComparisonPlan p = planComparison(utc, {0, 3 * 86400}, Granularity::Day, Comparison::None);
        QCOMPARE(p.currentBuckets.size(), std::size_t(3));
        QVERIFY(p.previous.isEmpty());
        QVERIFY(p.previousBuckets.empty());
        QCOMPARE(p.mapping.size(), std::size_t(3));
        for (const auto &m : p.mapping)
            QVERIFY(!m);
        QCOMPARE(comparisonShift(utc, {0, 86400}, Granularity::Day, Comparison::None), PeriodShift{});
    }

    void change()
    {
        const Change up = computeChange(150, 100);
        QCOMPARE(up.current, 150.0);
        QCOMPARE(up.previous, 100.0);
        QCOMPARE(up.absolute, 50.0);
        QCOMPARE(up.percent, std::optional<double>(50.0));
        const Change down = computeChange(25, 100);
        QCOMPARE(down.absolute, -75.0);
        QCOMPARE(down.percent, std::optional<double>(-75.0));
        // Previous 0: absolute change only.
        const Change fromZero = computeChange(10, 0);
        QCOMPARE(fromZero.absolute, 10.0);
        QVERIFY(!fromZero.percent);
        QVERIFY(!computeChange(0, 0).percent);
        QCOMPARE(computeChange(0, 0).absolute, 0.0);

        // A series: Sunday 2024-04-07 hourly WoW, 02:00 has no comparison.
        const ZoneBucketer berlin("Europe/Berlin");
        const ComparisonPlan p =
            planComparison(berlin, {at("2024-04-06T22:00:00Z"), at("2024-04-07T22:00:00Z")},
                           Granularity::Hour, Comparison::WeekOverWeek);
        std::vector<double> cur(24, 10.0);
        std::vector<double> prev(23, 5.0);
        prev[0] = 0.0;
        const std::vector<std::optional<Change>> c = compareSeries(p, cur, prev);
        QCOMPARE(c.size(), std::size_t(24));
        QVERIFY(c[0]);
        QCOMPARE(c[0]->absolute, 10.0);
        QVERIFY(!c[0]->percent);
        QCOMPARE(c[1]->percent, std::optional<double>(100.0));
        QVERIFY(!c[2]);
        QCOMPARE(c[3]->previous, 5.0);
    }

    void names()
    {
        for (Comparison c : {Comparison::None, Comparison::PreviousPeriod, Comparison::WeekOverWeek,
                             Comparison::MonthOverMonth, Comparison::YearOverYear})
            QCOMPARE(comparisonFromName(comparisonName(c)), std::optional<Comparison>(c));
        QCOMPARE(comparisonFromName(QStringLiteral("YoY")),
                 std::optional<Comparison>(Comparison::YearOverYear));
        QCOMPARE(comparisonFromName(QStringLiteral("wow")),
                 std::optional<Comparison>(Comparison::WeekOverWeek));
        QCOMPARE(comparisonFromName(QStringLiteral("yesterday")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
