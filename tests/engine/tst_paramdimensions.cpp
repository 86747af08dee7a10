// Configured JSON params.* keys are dimensions: the member scanner, slots in
// the settings, counts and visitors per value through the real import and
// query service, filters, and a removed key losing its rows.

#include "ingest/enricher.h"
#include "ingest/fileimporter.h"
#include "query/queryservice.h"
#include "store/analyticssettings.h"
#include "store/readonlysql.h"
#include "store/writer.h"
#include "workspacetestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace es;

namespace {

using test::scalar;

QByteArray line(const char *type, const char *ts, const char *user, const char *params)
{
    return QByteArray("{\"event_type\": \"") + type + "\", \"ts\": \"" + ts + "\", \"user_id\": \"" + user +
           "\", \"params\": " + params + "}\n";
}

// value -> (hits, visitors) of a one-dimension query over May 2024.
std::map<QString, std::pair<qint64, qint64>> byValue(QueryService &s, const QString &dim,
                                                     const std::vector<Filter> &filters = {})
{
    std::map<QString, std::pair<qint64, qint64>> out;
    Query q;
    q.metrics = {MetricId::Hits, MetricId::Visitors};
    q.range = {1714521600, 1717200000}; // 2024-05-01 .. 2024-06-01 UTC
    const auto d = Dimensions::fromName(dim, s.paramKeys());
    if (!d)
        return out;
    q.groupBy = {*d};
    q.filters = filters;
    const QueryResult r = s.run(q).result();
    if (!r.error.isEmpty()) {
        out[QStringLiteral("error")] = {-1, -1};
        return out;
    }
    const int c = r.columnIndex(dim);
    for (const auto &row : r.rows)
        out[std::get<QString>(row[size_t(c)])] = {std::get<std::int64_t>(row[size_t(c + 1)]),
                                                  std::get<std::int64_t>(row[size_t(c + 2)])};
    return out;
}

} // namespace

class TestParamDimensions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void memberText_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("value");
        QTest::newRow("string") << "{\"a\": \"x\", \"os\": \"android\"}"
                                << "os" << true << "android";
        QTest::newRow("number as written") << "{\"n\": -1.50e3}"
                                           << "n" << true << "-1.50e3";
        QTest::newRow("bool") << "{\"b\":true}"
                              << "b" << true << "true";
        QTest::newRow("null is absent") << "{\"b\": null}"
                                        << "b" << false << "";
        QTest::newRow("missing") << "{\"a\": 1}"
                                 << "b" << false << "";
        QTest::newRow("nested is not top level") << "{\"x\": {\"os\": \"no\"}, \"y\": [\"os\", {\"os\": 1}]}"
                                                 << "os" << false << "";
        QTest::newRow("after nested") << "{\"x\": {\"os\": \"no\"}, \"os\": \"yes\"}"
                                      << "os" << true << "yes";
        QTest::newRow("escapes") << "{\"k\": \"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\"}"
                                 << "k" << true << QString::fromUtf8("a\"b\\c\xc3\xa9\xf0\x9f\x98\x80");
        QTest::newRow("escaped key") << "{\"o\\u0073\": \"v\"}"
                                     << "os" << true << "v";
        QTest::newRow("object value") << "{\"os\": {\"a\": 1}}"
                                      << "os" << false << "";
        QTest::newRow("not an object") << "[1, 2]"
                                       << "os" << false << "";
        QTest::newRow("cut short") << "{\"a\": \"x"
                                   << "a" << false << "";
        QTest::newRow("braces in strings") << "{\"a\": \"}{\", \"b\": \"2\"}"
                                           << "b" << true << "2";
    }

    void memberText()
    {
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(bool, found);
        QFETCH(QString, value);
        std::string out;
        const std::string o = object.toStdString(), k = key.toStdString();
        QCOMPARE(jsonMemberText(o, k, out), found);
        if (found)
            QCOMPARE(QString::fromStdString(out), value);
    }

    void paramSlots()
    {
        QStringList keys(schema::kParamSlots, QString());
        QString error;
        QVERIFY(AnalyticsSettings::editParamKeys(keys, QStringLiteral("+params.os_type,+plan"), &error));
        QCOMPARE(keys, (QStringList{QStringLiteral("os_type"), QStringLiteral("plan"), {}, {}}));
        // A removed key frees its slot; the others keep theirs.
        QVERIFY(AnalyticsSettings::editParamKeys(keys, QStringLiteral("-os_type,+tier"), &error));
        QCOMPARE(keys, (QStringList{QStringLiteral("tier"), QStringLiteral("plan"), {}, {}}));
        // A plain list keeps exactly those keys.
        QVERIFY(AnalyticsSettings::editParamKeys(keys, QStringLiteral("plan,a,b"), &error));
        QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("plan"), QStringLiteral("b"), {}}));
        QVERIFY(!AnalyticsSettings::editParamKeys(keys, QStringLiteral("+c,+d"), &error));
        QVERIFY(error.contains(QLatin1String("At most 4")));
        QVERIFY(!AnalyticsSettings::editParamKeys(keys, QStringLiteral("+bad key"), &error));
        QVERIFY(AnalyticsSettings::editParamKeys(keys, QStringLiteral("none"), &error));
        QCOMPARE(keys, QStringList(schema::kParamSlots, QString()));
    }

    void countsPerValue()
    {
        const QString log = m_dir.filePath(QStringLiteral("events.jsonl"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // os_type: android 4 hits by u1, u2 (u1 three times); ios 2 by u3;
        // no value in 2 lines (missing, null). plan: free 3, pro 2.
        f.write(line("open", "2024-05-01T10:00:00Z", "u1", "{\"os_type\": \"android\", \"plan\": \"free\"}"));
        f.write(line("open", "2024-05-01T10:01:00Z", "u1", "{\"os_type\": \"android\"}"));
        f.write(line("tap", "2024-05-02T08:00:00Z", "u1", "{\"plan\": \"free\", \"os_type\": \"android\"}"));
        f.write(line("tap", "2024-05-02T09:00:00Z", "u2", "{\"os_type\": \"android\", \"plan\": \"pro\"}"));
        f.write(line("open", "2024-05-03T10:00:00Z", "u3", "{\"os_type\": \"ios\", \"plan\": \"pro\"}"));
        f.write(line("open", "2024-05-03T11:00:00Z", "u3", "{\"os_type\": \"ios\", \"plan\": \"free\"}"));
        f.write(line("open", "2024-05-04T11:00:00Z", "u4", "{\"x\": 1}"));
        f.write(line("open", "2024-05-04T12:00:00Z", "u4", "{\"os_type\": null}"));
        f.close();

        const QString db = m_dir.filePath(QStringLiteral("p.eventscope"));
        {
            Writer w;
            QVERIFY(w.open(db));
            AnalyticsSettings s = w.analyticsSettings();
            s.geoip = false;
            QString error;
            QVERIFY(AnalyticsSettings::editParamKeys(s.paramKeys, QStringLiteral("+os_type,+plan"), &error));
            QCOMPARE(w.setAnalyticsSettings(s), QString());
            FileImporter imp(w, {});
            QCOMPARE(imp.importFile(log).error, QString());
            w.close();
        }
        QueryService service;
        QVERIFY(service.open(db));
        using Counts = std::map<QString, std::pair<qint64, qint64>>;
        QCOMPARE(byValue(service, QStringLiteral("params.os_type")),
                 (Counts{{QStringLiteral("android"), {4, 2}}, {QStringLiteral("ios"), {2, 1}}}));
        QCOMPARE(byValue(service, QStringLiteral("params.plan")),
                 (Counts{{QStringLiteral("free"), {3, 2}}, {QStringLiteral("pro"), {2, 2}}}));
        const DimensionId os = *Dimensions::fromName(QStringLiteral("params.os_type"), service.paramKeys());
        // No group holds two params keys: raw events answer (plan of the
        // android lines: free twice by u1, pro once by u2).
        QCOMPARE(byValue(service, QStringLiteral("params.plan"), {{os, {QStringLiteral("android")}}}),
                 (Counts{{QStringLiteral("free"), {2, 1}}, {QStringLiteral("pro"), {1, 1}}}));
        // Filtering the total by a value.
        Query q;
        q.metrics = {MetricId::Hits};
        q.range = {1714521600, 1717200000};
        q.filters = {{os, {QStringLiteral("ios")}}};
        const QueryResult r = service.run(q).result();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(std::get<std::int64_t>(r.rows.at(0).at(0)), std::int64_t(2));
        service.close();

        // Removing a key deletes its rows and dictionary values; the slot is
        // free for the next key.
        {
            Writer w;
            QVERIFY(w.open(db));
            AnalyticsSettings s = w.analyticsSettings();
            QString error;
            QVERIFY(AnalyticsSettings::editParamKeys(s.paramKeys, QStringLiteral("-os_type"), &error));
            QCOMPARE(w.setAnalyticsSettings(s), QString());
            w.close();
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM rollup_day WHERE grp = 16")), 0LL);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM visitors WHERE grp = 16")), 0LL);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM dict WHERE dim = 13")), 0LL);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM rollup_day WHERE grp = 17")) > 0);
        QueryService again;
        QVERIFY(again.open(db));
        QVERIFY(!Dimensions::fromName(QStringLiteral("params.os_type"), again.paramKeys()));
        Query stale;
        stale.metrics = {MetricId::Hits};
        stale.range = {1714521600, 1717200000};
        stale.groupBy = {DimensionId::Param0};
        QVERIFY(again.run(stale).result().error.contains(QLatin1String("--params +KEY")));
    }
};

QTEST_GUILESS_MAIN(TestParamDimensions)
#include "tst_paramdimensions.moc"
