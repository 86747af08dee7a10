// Rollup records (docs/KAFKA.md, "Rollup records"): parsing and validation
// of the JSON, the round trip through toJson(), and how RollupMerger turns a
// record into rows of a batch: its group, codes, level, sketch and sessions,
// and the reasons it refuses records a workspace cannot hold.

#include "core/zonebucketer.h"
#include "enrich/geoip.h"
#include "formats/rolluprecord.h"
#include "ingest/rollupmerge.h"
#include "store/schema.h"

#include <QTest>

using es::Aggregate;
using es::RollupKey;
using es::RollupMerger;
using es::RollupRecord;

namespace {

// 2025-10-09 10:00:00 UTC, a minute, hour and (in UTC) not a day start.
constexpr std::int64_t kHour = 1760004000;

std::string sketchOf(std::initializer_list<const char *> keys)
{
    es::VisitorSketch s;
    for (const char *k : keys)
        s.addKey(k);
    return s.serialize();
}

std::string base64(const std::string &bytes)
{
    return QByteArray(bytes.data(), qsizetype(bytes.size())).toBase64().toStdString();
}

std::string record(const std::string &granularity, const std::string &start, const std::string &dims,
                   const std::string &metrics, const std::string &extra = {})
{
    return "{\"kind\":\"eventscope.rollup\",\"version\":1,\"granularity\":\"" + granularity +
           "\",\"window_start\":" + start + ",\"dimensions\":{" + dims + "},\"metrics\":{" + metrics + "}" +
           extra + "}";
}

} // namespace

class TstRollupRecord : public QObject
{
    Q_OBJECT

private slots:
    void parsesAValidRecord()
    {
        const std::string sketch = sketchOf({"a", "b", "c"});
        const std::string json =
            record("hour", "\"2025-10-09T12:00:00+02:00\"", "\"country\":\"DE\",\"device\":\"mobile\"",
                   "\"hits\":120,\"bytes\":99000,\"status_2xx\":100,\"status_4xx\":20,\"page_views\":80,"
                   "\"downloads\":3,\"sessions\":12,\"bounces\":5,\"session_views\":70,\"session_ms\":61000",
                   ",\"bot\":false,\"visitors_sketch\":\"" + base64(sketch) + "\"");
        RollupRecord r;
        std::string reason;
        QVERIFY2(RollupRecord::parse(json, r, reason), reason.c_str());
        QCOMPARE(r.level, 1);
        QCOMPARE(r.windowStart, kHour);
        QCOMPARE(r.bot, false);
        QCOMPARE(r.dimensions.size(), size_t(2));
        QCOMPARE(r.counters.hits, 120);
        QCOMPARE(r.counters.bytes, 99000);
        QCOMPARE(r.counters.s2xx, 100);
        QCOMPARE(r.counters.s4xx, 20);
        QCOMPARE(r.counters.pageViews, 80);
        QCOMPARE(r.counters.downloads, 3);
        QCOMPARE(r.sessions.sessions, 12);
        QCOMPARE(r.sessions.bounces, 5);
        QCOMPARE(r.sessions.pageViews, 70);
        QCOMPARE(r.sessions.durationMs, 61000);
        QVERIFY(r.visitors);
        QCOMPARE(r.visitors->estimate(), std::uint64_t(3));

        // Milliseconds are as good as ISO text, and toJson() reads back the same.
        RollupRecord ms;
        QVERIFY(RollupRecord::parse(record("minute", std::to_string(kHour * 1000 + 60000), "", "\"hits\":1"),
                                    ms, reason));
        QCOMPARE(ms.windowStart, kHour + 60);
        const QByteArray again = r.toJson(sketch);
        RollupRecord back;
        QVERIFY2(RollupRecord::parse(again.toStdString(), back, reason), reason.c_str());
        QCOMPARE(back.counters, r.counters);
        QCOMPARE(back.sessions.durationMs, r.sessions.durationMs);
        QCOMPARE(back.windowStart, r.windowStart);
        QCOMPARE(back.dimensions, r.dimensions);
        QCOMPARE(back.visitors->serialize(), sketch);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("reason");
        const std::string ok = "\"hits\":5";
        const std::string start = "\"2025-10-09T10:00:00Z\"";
        auto row = [](const char *name, const std::string &json, const char *reason) {
            QTest::newRow(name) << QByteArray::fromStdString(json) << QByteArray(reason);
        };
        row("not JSON", "{\"kind\":", "invalid JSON");
        row("other kind", "{\"kind\":\"other\",\"version\":1}", "kind is not eventscope.rollup");
        row("version 2",
            "{\"kind\":\"eventscope.rollup\",\"version\":2,\"granularity\":\"hour\",\"window_start\":0,"
            "\"metrics\":{}}",
            "unsupported version");
        row("no window",
            "{\"kind\":\"eventscope.rollup\",\"version\":1,\"granularity\":\"hour\",\"metrics\":{}}",
            "missing window_start");
        row("week", record("week", start, "", ok), "granularity is not minute, hour or day");
        row("no granularity",
            "{\"kind\":\"eventscope.rollup\",\"version\":1,\"window_start\":0,\"metrics\":{}}",
            "missing granularity");
        row("local time", record("hour", "\"2025-10-09T10:00:00\"", "", ok),
            "window_start is not an ISO 8601");
        row("mid-minute", record("minute", "\"2025-10-09T10:00:30Z\"", "", ok),
            "window_start is not the start of a minute");
        row("no metrics",
            "{\"kind\":\"eventscope.rollup\",\"version\":1,\"granularity\":\"hour\",\"window_start\":0}",
            "missing metrics");
        row("unknown metric", record("hour", start, "", "\"hitz\":5"), "unknown metric hitz");
        row("negative", record("hour", start, "", "\"hits\":-5"), "metric hits is not a whole number");
        row("fraction", record("hour", start, "", "\"hits\":1.5"), "metric hits is not a whole number");
        row("too many", record("hour", start, "", "\"hits\":3000000000"),
            "metric hits is not a whole number");
        row("classes beyond hits", record("hour", start, "", "\"hits\":1,\"status_2xx\":2"),
            "status classes, events, page views or downloads exceed hits");
        row("bounces beyond sessions", record("hour", start, "", "\"sessions\":1,\"bounces\":2"),
            "bounces exceed sessions");
        row("bot text", record("hour", start, "", ok, ",\"bot\":\"yes\""), "bot is not true or false");
        row("dimension object", record("hour", start, "\"country\":{}", ok),
            "dimension country is not a text");
        row("sketch not base64", record("hour", start, "", ok, ",\"visitors_sketch\":\"%%%\""),
            "visitors_sketch is not base64");
        row("sketch damaged", record("hour", start, "", ok, ",\"visitors_sketch\":\"AAEC\""),
            "visitors_sketch is not a visitor sketch");
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, reason);
        RollupRecord r;
        std::string why;
        QVERIFY(!RollupRecord::parse(json.toStdString(), r, why));
        QVERIFY2(why.starts_with(reason.toStdString()), why.c_str());
    }

    // What the merger makes of records in a workspace in Europe/Berlin.
    void mergesIntoRows()
    {
        const es::ZoneBucketer zone("Europe/Berlin");
        es::Cutoffs cut;
        RollupMerger m(zone, cut, {});
        Aggregate agg;
        const std::string sketch = sketchOf({"a", "b"});
        const std::string dims = "\"country\":\"DE\",\"device\":\"mobile\"";
        // Minute: counters at the minute, the group's sketch at the hour.
        QVERIFY(m.add(record("minute", "\"2025-10-09T10:05:00Z\"", dims, "\"hits\":4,\"page_views\":2",
                             ",\"visitors_sketch\":\"" + base64(sketch) + "\""),
                      agg, 1));
        const std::int64_t de = es::GeoLookup::packCountry("DE");
        const RollupKey minuteKey(es::schema::GroupCountryDevice, kHour + 300, de, 1);
        QCOMPARE(agg.rows(0)[minuteKey].hits, 4);
        QCOMPARE(agg.rows(0)[minuteKey].pageViews, 2);
        const RollupKey hourKey(es::schema::GroupCountryDevice, kHour, de, 1);
        QCOMPARE(agg.visitorRows(1).at(hourKey).serialize(), sketch);
        QVERIFY(agg.visitorRows(0).empty());
        // Hour: sessions to the hour and the (Berlin) day of their start.
        QVERIFY(m.add(
            record("hour", "\"2025-10-09T10:00:00Z\"", "", "\"sessions\":3,\"bounces\":1", ",\"bot\":true"),
            agg, 2));
        const std::int64_t day = zone.floor(kHour, es::Granularity::Day);
        QCOMPARE(agg.sessionRows(1).at(RollupKey(0, kHour, 0, 0, true)).sessions, 3);
        QCOMPARE(agg.sessionRows(2).at(RollupKey(0, day, 0, 0, true)).bounces, 1);
        // url x device is kept per day only, whatever the record's granularity.
        QVERIFY(m.add(
            record("hour", "\"2025-10-09T10:00:00Z\"", "\"url\":\"/a\",\"device\":\"desktop\"", "\"hits\":7"),
            agg, 3));
        bool found = false;
        for (const auto &[k, c] : agg.dayRows())
            found = found || (k.grp == es::schema::GroupPathDevice && k.bucket == day && c.hits == 7);
        QVERIFY(found);
        QCOMPARE(agg.records(), 3);
        QCOMPARE(agg.lines(), 3);
        QCOMPARE(agg.malformed(), 0);
        QCOMPARE(agg.maxTsMs(), (kHour + 300) * 1000);
    }

    void refusesWhatTheWorkspaceCannotHold_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("reason");
        auto row = [](const char *name, const std::string &json, const char *reason) {
            QTest::newRow(name) << QByteArray::fromStdString(json) << QByteArray(reason);
        };
        const std::string start = "\"2025-10-09T10:00:00Z\"";
        row("unknown dimension", record("hour", start, "\"colour\":\"red\"", "\"hits\":1"),
            "unknown dimension colour");
        row("unconfigured params key", record("hour", start, "\"params.plan\":\"pro\"", "\"hits\":1"),
            "params.plan is not a params key configured");
        row("no such pair", record("hour", start, "\"country\":\"DE\",\"browser\":\"Firefox\"", "\"hits\":1"),
            "no aggregation group holds");
        row("source", record("hour", start, "\"source\":\"x\"", "\"hits\":1"), "source is not a dimension");
        row("bad country", record("hour", start, "\"country\":\"Germany\"", "\"hits\":1"),
            "bad value of country: Germany");
        row("bad device", record("hour", start, "\"device\":\"phone\"", "\"hits\":1"), "bad value of device");
        row("day not in the zone", record("day", "\"2025-10-09T00:00:00Z\"", "", "\"hits\":1"),
            "window_start is not the start of a day in the workspace time zone Europe/Berlin");
        row("group off", record("hour", start, "\"referrer\":\"example.org\"", "\"hits\":1"),
            "this workspace does not keep the referrer breakdown");
        row("sessions of status", record("hour", start, "\"status\":404", "\"hits\":1,\"sessions\":1"),
            "the status breakdown has no session figures");
    }
    void refusesWhatTheWorkspaceCannotHold()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, reason);
        const es::ZoneBucketer zone("Europe/Berlin");
        es::Cutoffs cut;
        cut.groups &= ~(1u << es::schema::GroupReferrer);
        RollupMerger m(zone, cut, {});
        Aggregate agg;
        QVERIFY(!m.add(json.toStdString(), agg, 7));
        QCOMPARE(agg.malformed(), 1);
        QCOMPARE(agg.records(), 0);
        QCOMPARE(agg.samples().size(), size_t(1));
        QCOMPARE(agg.samples()[0].lineNo, 7);
        QVERIFY2(agg.samples()[0].reason.starts_with(reason.toStdString()), agg.samples()[0].reason.c_str());
        QVERIFY(agg.minuteRows().empty() && agg.hourRows().empty());
    }
};

QTEST_GUILESS_MAIN(TstRollupRecord)
#include "tst_rolluprecord.moc"
