// RangeSpec resolves presets, relative expressions and fixed ranges to exact
// instants in the workspace zone (DST included), steps and zooms them, and
// survives a trip through its settings text.

#include "core/zonebucketer.h"
#include "query/rangespec.h"
#include "timerangecases.h"

#include <QStandardPaths>
#include <QTest>

using namespace es;
using namespace timerangecases;
using es::TimeRange;
using es::ZoneBucketer;

namespace {

const DataExtent kExtent{kCaseOldest, kCaseNewest};

RangeSpec specFrom(const QString &text)
{
    const std::optional<RangeSpec> spec = RangeSpec::fromString(text);
    return spec ? *spec : RangeSpec::fromPreset(QStringLiteral("invalid"));
}

} // namespace

class TestRangeSpec : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Labels and messages are compared as the C locale writes dates.
        QLocale::setDefault(QLocale::c());
    }

    void presetIdsAndLabels()
    {
        QStringList ids;
        for (const auto &c : kScenarios[0].cases)
            ids.append(QLatin1String(c.preset));
        QCOMPARE(RangeSpec::presetIds(), ids);
        QCOMPARE(RangeSpec::presetLabel(QStringLiteral("last-24h")), QStringLiteral("Last 24 hours"));
        QCOMPARE(RangeSpec::presetLabel(QStringLiteral("this-quarter")), QStringLiteral("This quarter"));
        QCOMPARE(RangeSpec::presetLabel(QStringLiteral("all")), QStringLiteral("All data"));
        QCOMPARE(RangeSpec::presetLabel(QStringLiteral("no-such")), QStringLiteral("no-such"));
    }

    void presetResolves_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("weekStart");
        QTest::addColumn<qint64>("nowSecs");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        for (const auto &s : kScenarios) {
            for (const auto &c : s.cases) {
                QTest::addRow("%s/%s", s.name, c.preset)
                    << QByteArray(s.zone) << s.weekStart << qint64(s.nowSecs) << QString::fromLatin1(c.preset)
                    << qint64(c.from) << qint64(c.to);
            }
        }
    }

    void presetResolves()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, weekStart);
        QFETCH(qint64, nowSecs);
        QFETCH(QString, preset);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QString error;
        // Milliseconds past the second must not move any boundary.
        const auto r = resolveRange(RangeSpec::fromPreset(preset), nowSecs * 1000 + 999,
                                    ZoneBucketer(zone, weekStart), kExtent, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->fromSecs, from);
        QCOMPARE(r->toSecs, to);
    }

    void allWithoutDataIsLastSevenDays()
    {
        const auto r = resolveRange(RangeSpec::fromPreset(QStringLiteral("all")), kUtcNow * 1000,
                                    ZoneBucketer(), DataExtent{}, nullptr);
        QVERIFY(r);
        QCOMPARE(*r, (TimeRange{kUtcNow - 7 * kDay, kUtcNow}));
    }

    void relativeResolves_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("nowSecs");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("expectedFrom");
        QTest::addColumn<qint64>("expectedTo");
        QTest::newRow("last week") << QByteArray("UTC") << kUtcNow << "now-7d"
                                   << "now" << kUtcNow - 7 * kDay << kUtcNow;
        QTest::newRow("keywords ignore case") << QByteArray("UTC") << kUtcNow << "NOW-1H"
                                              << "Now" << kUtcNow - kHour << kUtcNow;
        // Seven local days back over the change to summer time: 167 hours.
        QTest::newRow("calendar days over DST") << QByteArray("Europe/Berlin") << kBerlinNow << "today-7d"
                                                << "today" << qint64(1774306800) << qint64(1774908000);
        QTest::newRow("23-hour day") << QByteArray("Europe/Berlin") << qint64(1774785600) << "today"
                                     << "today+1d" << qint64(1774738800) << qint64(1774821600);
        QTest::newRow("yesterday") << QByteArray("Europe/Berlin") << qint64(1774785600) << "yesterday"
                                   << "today" << qint64(1774652400) << qint64(1774738800);
        // 01:30 CET and 03:30 CEST are one hour apart.
        QTest::newRow("local times around the gap")
            << QByteArray("Europe/Berlin") << kBerlinNow << "2026-03-29T01:30"
            << "2026-03-29T03:30" << qint64(1774744200) << qint64(1774747800);
        // 01:30 happens twice in New York that night; the earlier one counts.
        QTest::newRow("ambiguous local time")
            << QByteArray("America/New_York") << kNewYorkNow << "2026-11-01T01:30"
            << "2026-11-01T03:00" << qint64(1793511000) << qint64(1793520000);
        QTest::newRow("unix seconds, fraction dropped")
            << QByteArray("UTC") << kUtcNow << "1700000000"
            << "1700086400.5" << qint64(1700000000) << qint64(1700086400);
        QTest::newRow("unix milliseconds") << QByteArray("UTC") << kUtcNow << "1700000000250"
                                           << "now" << qint64(1700000000) << kUtcNow;
        QTest::newRow("iso with offset") << QByteArray("America/New_York") << kUtcNow << "2026-05-01T08:00Z"
                                         << "now-1h" << qint64(1777622400) << kUtcNow - kHour;
    }

    void relativeResolves()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, nowSecs);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, expectedFrom);
        QFETCH(qint64, expectedTo);
        QString error;
        const auto r =
            resolveRange(RangeSpec::relative(from, to), nowSecs * 1000, ZoneBucketer(zone), kExtent, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(*r, (TimeRange{expectedFrom, expectedTo}));
    }

    void invalidRangesExplainThemselves_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown unit")
            << "relative"
            << "now-7x"
            << "now"
            << "The start \"now-7x\" is not a time Eventscope understands. Type e.g. "
               "now-7d, today-1d, yesterday or 2024-05-01T10:00.";
        QTest::newRow("bad end")
            << "relative"
            << "now-1h"
            << "tomorrow"
            << "The end \"tomorrow\" is not a time Eventscope understands. Type e.g. now, "
               "today, yesterday+12h or 2024-05-01T18:00.";
        QTest::newRow("empty start") << "relative"
                                     << ""
                                     << "now"
                                     << "Type a start time, e.g. now-7d, today or 2024-05-01.";
        QTest::newRow("empty end") << "relative"
                                   << "now"
                                   << " "
                                   << "Type an end time, e.g. now, today or 2024-05-01T18:00.";
        QTest::newRow("end before start")
            << "relative"
            << "now"
            << "now-1h"
            << "The start (13 May 2026 14:37:12) must be before the end (13 May "
               "2026 13:37:12). Choose an earlier start or a later end.";
        QTest::newRow("empty range") << "relative"
                                     << "today"
                                     << "today"
                                     << "The start (13 May 2026 00:00) must be before the end (13 May 2026 "
                                        "00:00). Choose an earlier start or a later end.";
        QTest::newRow("fixed, reversed")
            << "absolute"
            << "1778630400"
            << "1778544000"
            << "The start (13 May 2026 00:00) must be before the end (12 May 2026 "
               "00:00). Choose an earlier start or a later end.";
        QTest::newRow("unknown preset")
            << "preset"
            << "last-3w" << QString()
            << "\"last-3w\" is not a time range Eventscope knows. Pick one from the "
               "list.";
    }

    void invalidRangesExplainThemselves()
    {
        QFETCH(QString, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, error);
        RangeSpec spec = RangeSpec::fromPreset(from);
        if (kind == QLatin1String("relative"))
            spec = RangeSpec::relative(from, to);
        else if (kind == QLatin1String("absolute"))
            spec = RangeSpec::absolute({from.toLongLong(), to.toLongLong()});
        QString message;
        QVERIFY(!resolveRange(spec, kUtcNow * 1000, ZoneBucketer(), kExtent, &message));
        QCOMPARE(message, error);
    }

    void shiftRangeSteps_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("weekStart");
        QTest::addColumn<qint64>("nowSecs");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("steps");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const QByteArray berlin("Europe/Berlin");
        QTest::newRow("yesterday back to the 23-hour day") << berlin << 1 << kBerlinNow << "preset:yesterday"
                                                           << -1 << qint64(1774738800) << qint64(1774821600);
        QTest::newRow("last week back") << berlin << 1 << kBerlinNow << "preset:last-week" << -1
                                        << qint64(1773615600) << qint64(1774220400);
        QTest::newRow("this week back is the DST week") << berlin << 1 << kBerlinNow << "preset:this-week"
                                                        << -1 << qint64(1774220400) << qint64(1774821600);
        QTest::newRow("last week forward") << berlin << 1 << kBerlinNow << "preset:last-week" << 1
                                           << qint64(1774821600) << qint64(1775426400);
        QTest::newRow("last month back is January") << berlin << 1 << kBerlinNow << "preset:last-month" << -1
                                                    << qint64(1767222000) << qint64(1769900400);
        QTest::newRow("quarter back") << berlin << 1 << kBerlinNow << "preset:this-quarter" << -1
                                      << qint64(1759269600) << qint64(1767222000);
        QTest::newRow("year forward") << berlin << 1 << kBerlinNow << "preset:last-year" << 1
                                      << qint64(1767222000) << qint64(1798758000);
        QTest::newRow("last 24 hours by its length") << berlin << 1 << kBerlinNow << "preset:last-24h" << -1
                                                     << kBerlinNow - 2 * kDay << kBerlinNow - kDay;
        QTest::newRow("last 7 days by exact seconds") << berlin << 1 << kBerlinNow << "preset:last-7d" << -1
                                                      << qint64(1773741600) << qint64(1774346400);
        QTest::newRow("three local days over DST")
            << berlin << 1 << kBerlinNow << "absolute:1774652400|1774908000" << -1 << qint64(1774393200)
            << qint64(1774652400);
        QTest::newRow("relative, two steps") << QByteArray("UTC") << 1 << kUtcNow << "relative:now-90m|now"
                                             << -2 << kUtcNow - 270 * 60 << kUtcNow - 180 * 60;
        QTest::newRow("whole days forward")
            << QByteArray("UTC") << 1 << kUtcNow << "absolute:1777593600|1777852800" << 1
            << qint64(1777852800) << qint64(1778112000);
        QTest::newRow("today back to the 25-hour day")
            << QByteArray("America/New_York") << 7 << kNewYorkNow << "preset:today" << -1
            << qint64(1793505600) << qint64(1793595600);
        QTest::newRow("this year back")
            << QByteArray("America/New_York") << 7 << kNewYorkNow << "preset:this-year" << -1
            << qint64(1735707600) << qint64(1767243600);
    }

    void shiftRangeSteps()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, weekStart);
        QFETCH(qint64, nowSecs);
        QFETCH(QString, spec);
        QFETCH(int, steps);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const RangeSpec shifted =
            shiftRange(specFrom(spec), steps, nowSecs * 1000, ZoneBucketer(zone, weekStart), kExtent);
        QCOMPARE(shifted, RangeSpec::absolute({from, to}));
    }

    void zoomOutDoubles_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("ending at now slides back") << "preset:last-24h" << kUtcNow - 2 * kDay << kUtcNow;
        QTest::newRow("in the past, centred")
            << QStringLiteral("absolute:%1|%2").arg(kUtcNow - 10 * kDay).arg(kUtcNow - 8 * kDay)
            << kUtcNow - 11 * kDay << kUtcNow - 7 * kDay;
        QTest::newRow("yesterday, noon to noon")
            << "preset:yesterday" << qint64(1778500800) << qint64(1778673600);
        QTest::newRow("this month, not beyond now")
            << "preset:this-month" << kUtcNow - 2 * 2678400 << kUtcNow;
        QTest::newRow("wholly in the future stays there")
            << QStringLiteral("absolute:%1|%2").arg(kUtcNow + kHour).arg(kUtcNow + 2 * kHour)
            << kUtcNow + 1800 << kUtcNow + 9000;
    }

    void zoomOutDoubles()
    {
        QFETCH(QString, spec);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QCOMPARE(zoomOut(specFrom(spec), kUtcNow * 1000, ZoneBucketer(), kExtent),
                 RangeSpec::absolute({from, to}));
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::newRow("preset") << "preset:last-7d"
                                << "Last 7 days";
        QTest::newRow("relative") << "relative:now-7d|now"
                                  << "Last 7 days";
        QTest::newRow("relative minutes") << "relative:now-30m|now"
                                          << "Last 30 minutes";
        QTest::newRow("relative, not to now") << "relative:now-2h|now-1h"
                                              << "now-2h → now-1h";
        QTest::newRow("relative, ISO") << "relative:2026-03-29T01:30|today"
                                       << "2026-03-29T01:30 → today";
        // Shown in Berlin: the 23-hour day is one date.
        QTest::newRow("one local day") << "absolute:1774738800|1774821600"
                                       << "29 Mar 2026";
        QTest::newRow("three local days") << "absolute:1774652400|1774908000"
                                          << "28 Mar 2026 – 30 Mar 2026";
        QTest::newRow("within a day") << "absolute:1774771200|1774780200"
                                      << "29 Mar 2026 10:00 – 12:30";
        QTest::newRow("with seconds") << "absolute:1778679432|1778683032"
                                      << "13 May 2026 15:37:12 – 16:37:12";
        QTest::newRow("over midnight") << "absolute:1774821600|1774832400"
                                       << "30 Mar 2026 00:00 – 03:00";
        QTest::newRow("two dates") << "absolute:1774807200|1774832400"
                                   << "29 Mar 2026 20:00 – 30 Mar 2026 03:00";
    }

    void textRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        const std::optional<RangeSpec> spec = RangeSpec::fromString(text);
        QVERIFY(spec);
        QCOMPARE(spec->toString(), text);
        QCOMPARE(RangeSpec::fromString(spec->toString()), spec);
        QCOMPARE(spec->label(ZoneBucketer("Europe/Berlin")), label);
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad :
             {"", "garbage", "preset:", "preset:last-3w", "relative:now", "relative:|now", "relative:a|b|c",
              "absolute:5|3", "absolute:5|5", "absolute:a|b", "fixed:1|2"})
            QTest::addRow("'%s'", bad) << QString::fromLatin1(bad);
    }

    void rejectsBadText()
    {
        QFETCH(QString, text);
        QVERIFY(!RangeSpec::fromString(text));
    }
};

QTEST_MAIN(TestRangeSpec)
#include "tst_rangespec.moc"
