// Report templates: the built-ins are valid and survive a JSON round trip,
// validation names the problem, stored templates merge with the built-ins,
// and exported files read back.

#include "reports/reporttemplate.h"

#include <QJsonDocument>
#include <QTest>

using namespace es;

class TestReportTemplates : public QObject
{
    Q_OBJECT

private slots:
    void builtInsAreValidAndRoundTrip()
    {
        const auto all = ReportTemplates::builtIns();
        QCOMPARE(int(all.size()), 4);
        QStringList ids;
        for (const ReportTemplate &t : all) {
            ids << t.id;
            QVERIFY2(ReportTemplates::validate(t).isEmpty(), qPrintable(ReportTemplates::validate(t)));
            QString error;
            auto back = ReportTemplates::fromJson(ReportTemplates::toJson(t), &error);
            QVERIFY2(back.has_value(), qPrintable(error));
            back->builtIn = true;
            QCOMPARE(*back, t);
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("daily-traffic"), QStringLiteral("weekly-summary"),
                              QStringLiteral("monthly-executive"), QStringLiteral("content-downloads")}));
        QCOMPARE(all[1].range.toString(), QStringLiteral("preset:last-week"));
        QCOMPARE(all[2].range.toString(), QStringLiteral("preset:last-month"));
    }

    void serializeListAndSingle()
    {
        auto all = ReportTemplates::builtIns();
        all[0].filters = {{QStringLiteral("country"), {QStringLiteral("DE"), QStringLiteral("AT")}}};
        all[0].timeZone = "Europe/Berlin";
        all[0].bots = BotMode::Exclude;
        QString error;
        auto back = ReportTemplates::deserialize(ReportTemplates::serialize(all), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), all.size());
        for (auto &t : back)
            t.builtIn = true;
        QCOMPARE(back[0], all[0]);
        // An exported single template object reads as a list of one.
        const QByteArray one = QJsonDocument(ReportTemplates::toJson(all[3])).toJson();
        back = ReportTemplates::deserialize(one, &error);
        QCOMPARE(back.size(), size_t(1));
        QCOMPARE(back[0].id, QStringLiteral("content-downloads"));
    }

    void validationSaysWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QByteArray(
                                         R"({"title":"","sections":[{"kind":"kpis","metrics":["hits"]}]})")
                                  << QStringLiteral("no title");
        QTest::newRow("no sections") << QByteArray(R"({"title":"T","sections":[]})")
                                     << QStringLiteral("has no sections");
        QTest::newRow("bad metric") << QByteArray(
                                           R"({"title":"T","sections":[{"kind":"kpis","metrics":["hitz"]}]})")
                                    << QStringLiteral("\"hitz\" is not a metric");
        QTest::newRow("pie two metrics")
            << QByteArray(
                   R"({"title":"T","sections":[{"kind":"pie","dimension":"country","metrics":["hits","visitors"]}]})")
            << QStringLiteral("shows exactly 1 metric");
        QTest::newRow("breakdown without dimension")
            << QByteArray(R"({"title":"T","sections":[{"kind":"breakdown","metrics":["hits"]}]})")
            << QStringLiteral("needs a dimension");
        QTest::newRow("movers ratio")
            << QByteArray(
                   R"({"title":"T","sections":[{"kind":"movers","dimension":"url","metrics":["bounce_rate"]}]})")
            << QStringLiteral("is a ratio");
        QTest::newRow("bad range") << QByteArray(R"({"title":"T","range":"yesterday-ish","sections":[]})")
                                   << QStringLiteral("is not a range");
        QTest::newRow("minute")
            << QByteArray(
                   R"({"title":"T","granularity":"minute","sections":[{"kind":"kpis","metrics":["hits"]}]})")
            << QStringLiteral("hour or coarser");
        QTest::newRow("bad kind") << QByteArray(R"({"title":"T","sections":[{"kind":"gauge"}]})")
                                  << QStringLiteral("\"gauge\" is not a section kind");
        QTest::newRow("empty text") << QByteArray(R"({"title":"T","sections":[{"kind":"text","text":" "}]})")
                                    << QStringLiteral("has no text");
    }

    void validationSaysWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const auto t = ReportTemplates::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY(!t.has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void mergedFindAndIds()
    {
        ReportTemplate mine = ReportTemplates::builtIns()[1];
        mine.title = QStringLiteral("Weekly for the board");
        mine.builtIn = false;
        ReportTemplate other = mine;
        other.id = QStringLiteral("user-mine");
        other.title = QStringLiteral("Mine");
        const auto all = ReportTemplates::merged(ReportTemplates::serialize({mine, other}));
        QCOMPARE(int(all.size()), 5);
        QCOMPARE(all[1].title, QStringLiteral("Weekly for the board")); // replaced in place
        QVERIFY(!all[1].builtIn);
        QCOMPARE(ReportTemplates::find(all, QStringLiteral("mine"))->id, QStringLiteral("user-mine"));
        QCOMPARE(ReportTemplates::find(all, QStringLiteral("daily-traffic"))->title,
                 QStringLiteral("Daily traffic"));
        QVERIFY(!ReportTemplates::find(all, QStringLiteral("nothing")));
        QCOMPARE(ReportTemplates::uniqueId(all, QStringLiteral("Mine!")), QStringLiteral("user-mine-2"));
        QCOMPARE(ReportTemplates::uniqueId(all, QStringLiteral("Ärger & Co")),
                 QStringLiteral("user-rger-co"));
        QCOMPARE(ReportTemplates::uniqueId(all, QStringLiteral("???")), QStringLiteral("user-template"));
    }

    void autoGranularity()
    {
        QCOMPARE(ReportTemplates::autoGranularity(86400), Granularity::Hour);
        QCOMPARE(ReportTemplates::autoGranularity(7 * 86400), Granularity::Day);
        QCOMPARE(ReportTemplates::autoGranularity(92 * 86400), Granularity::Day);
        QCOMPARE(ReportTemplates::autoGranularity(180 * 86400), Granularity::Week);
        QCOMPARE(ReportTemplates::autoGranularity(730 * 86400), Granularity::Month);
    }
};

QTEST_GUILESS_MAIN(TestReportTemplates)
#include "tst_reporttemplates.moc"
