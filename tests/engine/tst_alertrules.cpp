// Alert rules: the example rules, validation messages, the JSON form and
// its error messages.

#include "alerts/alertrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace es;

Q_DECLARE_METATYPE(es::AlertRule)

namespace {

AlertRule aboveRule()
{
    AlertRule r;
    r.id = QStringLiteral("errors-high");
    r.name = QStringLiteral("Errors high");
    r.metric = MetricId::Errors;
    r.condition.kind = AlertConditionKind::Above;
    r.condition.high = 100;
    return r;
}

// Every field set to something other than its default.
AlertRule fullRule()
{
    AlertRule r;
    r.id = QStringLiteral("de-mobile-band");
    r.name = QStringLiteral("German mobile page views");
    r.metric = MetricId::PageViews;
    r.filters = {AlertFilter{QStringLiteral("country"), {QStringLiteral("DE"), QStringLiteral("AT")}},
                 AlertFilter{QStringLiteral("params.plan"), {QStringLiteral("pro")}}};
    r.bots = BotMode::Exclude;
    r.window = {AlertWindowKind::Trailing, 90};
    r.intervalMinutes = 10;
    r.condition.kind = AlertConditionKind::Outside;
    r.condition.low = 20.5;
    r.condition.high = 400;
    r.condition.recoveryLow = 30;
    r.condition.recoveryHigh = 350;
    r.timing = {15, 0, 30, 120};
    r.severity = AlertSeverity::Critical;
    r.enabled = false;
    r.muteUntilMs = 1714564800123; // 2024-05-01T12:00:00.123Z
    return r;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void demoRulesAreValidAndAsDocumented()
    {
        const std::vector<AlertRule> rules = AlertRules::demoRules();
        QCOMPARE(rules.size(), size_t(3));
        for (const AlertRule &r : rules)
            QVERIFY2(AlertRules::validate(r).isEmpty(), qPrintable(AlertRules::validate(r).join(u'\n')));

        QCOMPARE(rules[0].id, QStringLiteral("downloads-spike"));
        QCOMPARE(rules[0].metric, MetricId::Downloads);
        QCOMPARE(rules[0].condition.kind, AlertConditionKind::Above);
        QCOMPARE(rules[0].condition.high, 3.0);
        QCOMPARE(rules[0].condition.recoveryHigh, std::optional(1.0));

        QCOMPARE(rules[1].id, QStringLiteral("page-views-low"));
        QCOMPARE(rules[1].metric, MetricId::PageViews);
        QCOMPARE(rules[1].condition.kind, AlertConditionKind::Below);
        QCOMPARE(rules[1].condition.low, 10.0);

        QCOMPARE(rules[2].id, QStringLiteral("page-views-drop"));
        QCOMPARE(rules[2].metric, MetricId::PageViews);
        QCOMPARE(rules[2].condition.kind, AlertConditionKind::Change);
        QCOMPARE(rules[2].condition.direction, ChangeDirection::Down);
        QCOMPARE(rules[2].condition.unit, ChangeUnit::Percent);
        QCOMPARE(rules[2].condition.amount, 30.0);
        QCOMPARE(rules[2].condition.baseline, ChangeBaseline::PreviousPeriod);
        QCOMPARE(rules[2].window.minutes, 24 * 60);
        QCOMPARE(AlertRules::describe(rules[0]), QStringLiteral("Downloads above 3 in the last 1 hour(s)"));
    }

    void validationExplainsEachProblem_data()
    {
        QTest::addColumn<AlertRule>("rule");
        QTest::addColumn<QStringList>("problems");

        AlertRule band = aboveRule();
        band.condition.kind = AlertConditionKind::Outside;
        band.condition.low = 50;
        band.condition.high = 20;
        QTest::newRow("band upside down")
            << band
            << QStringList{QStringLiteral(
                   "The low-mark (50) must be below the high-mark (20) for an outside-band rule.")};

        AlertRule recovery = aboveRule();
        recovery.condition.recoveryHigh = 110;
        QTest::newRow("recovery above the high-mark")
            << recovery
            << QStringList{
                   QStringLiteral("The recovery level (110) must not be above the high-mark (100): the "
                                  "alert recovers once the value has fallen to the recovery level.")};

        AlertRule below = aboveRule();
        below.condition.kind = AlertConditionKind::Below;
        below.condition.low = 10;
        below.condition.recoveryLow = 5;
        QTest::newRow("recovery below the low-mark")
            << below
            << QStringList{
                   QStringLiteral("The recovery level (5) must not be below the low-mark (10): the alert "
                                  "recovers once the value has risen to the recovery level.")};

        AlertRule negative = aboveRule();
        negative.condition.high = -5;
        QTest::newRow("negative high-mark")
            << negative
            << QStringList{
                   QStringLiteral("errors is never negative, so a high-mark of -5 would fire at once. "
                                  "Give a mark of 0 or more.")};

        AlertRule zeroLow = aboveRule();
        zeroLow.condition.kind = AlertConditionKind::Below;
        zeroLow.condition.low = 0;
        QTest::newRow("low-mark of 0")
            << zeroLow
            << QStringList{QStringLiteral(
                   "errors is never negative, so a low-mark of 0 could never fire. Give a mark above 0.")};

        AlertRule percentMark = aboveRule();
        percentMark.metric = MetricId::BounceRate;
        percentMark.condition.high = 50;
        QTest::newRow("bounce rate in percent")
            << percentMark
            << QStringList{
                   QStringLiteral("bounce_rate is a fraction from 0 to 1 (0.45 is 45 %), so a high-mark "
                                  "of 50 can never be passed. Give 0.5 for 50 %.")};
        percentMark.condition.high = 0.5;
        QTest::newRow("bounce rate as a fraction") << percentMark << QStringList();

        AlertRule several = aboveRule();
        several.name = QStringLiteral("  ");
        several.intervalMinutes = 10;
        several.timing.repeatMinutes = 5;
        several.timing.pendingMinutes = 5;
        several.timing.pendingEvaluations = 3;
        QTest::newRow("several at once")
            << several
            << QStringList{
                   QStringLiteral(
                       "The rule has no name. Give it one; notifications and the alert history show it."),
                   QStringLiteral(
                       "Give the pending period either in minutes (5) or in evaluations (3), not both."),
                   QStringLiteral(
                       "Reminders every 5 minutes cannot come more often than the rule is evaluated "
                       "(every 10 minutes). Use at least 10 minutes, or 0 for no reminders.")};

        AlertRule change = aboveRule();
        change.condition.kind = AlertConditionKind::Change;
        change.condition.amount = 0;
        QTest::newRow("change of nothing")
            << change
            << QStringList{
                   QStringLiteral("A change rule needs a positive percentage, such as 30 for a change of 30 "
                                  "% or more, not 0.")};

        AlertRule recoveryChange = change;
        recoveryChange.condition.amount = 30;
        recoveryChange.condition.recoveryAmount = 40;
        QTest::newRow("recovery change above the change")
            << recoveryChange
            << QStringList{QStringLiteral(
                   "The recovery change (40) must lie between 0 and the change that fires the alert (30).")};

        AlertRule filter = aboveRule();
        filter.filters = {AlertFilter{QStringLiteral("colour"), {QStringLiteral("red")}},
                          AlertFilter{QStringLiteral("country"), {}}};
        QTest::newRow("filters")
            << filter
            << QStringList{
                   QStringLiteral("\"colour\" is not a dimension to filter on. Use one such as url, country "
                                  "or device, or params.KEY for a JSON params key."),
                   QStringLiteral("The filter on country has no values. Add at least one value, or remove "
                                  "the filter.")};

        AlertRule window = aboveRule();
        window.window.minutes = 0;
        window.intervalMinutes = 0;
        QTest::newRow("window and interval")
            << window
            << QStringList{
                   QStringLiteral(
                       "The rule would be evaluated every 0 minutes. Use 1 to 1440 minutes (one day)."),
                   QStringLiteral("A window of the last 0 minutes cannot be evaluated. Use 1 minute to 44640 "
                                  "minutes (31 days).")};

        AlertRule noData = aboveRule();
        noData.condition.kind = AlertConditionKind::NoData;
        noData.condition.noDataMinutes = 0;
        noData.window.minutes = 0; // not used by no-data rules
        QTest::newRow("no data for no time")
            << noData
            << QStringList{QStringLiteral(
                   "\"No data for 0 minutes\" cannot be checked. Use 1 minute to 44640 minutes (31 days).")};

        QTest::newRow("valid") << aboveRule() << QStringList{};
        QTest::newRow("valid with every field") << fullRule() << QStringList{};
    }
    void validationExplainsEachProblem()
    {
        QFETCH(AlertRule, rule);
        QFETCH(QStringList, problems);
        QCOMPARE(AlertRules::validateForSaving(rule), problems);
    }

    void storedRulesWithOddMarksStillLoad()
    {
        // Saved before marks were checked against what the metric can reach:
        // still read and evaluated, and flagged once edited.
        AlertRule r = aboveRule();
        r.condition.high = -5;
        QVERIFY(AlertRules::validate(r).isEmpty());
        QCOMPARE(AlertRules::markProblems(r).size(), 1);
        QString error;
        const std::vector<AlertRule> read = AlertRules::deserialize(AlertRules::serialize({r}), &error);
        QCOMPARE(error, QString());
        QCOMPARE(read.size(), size_t(1));
        QCOMPARE(read.front().condition.high, -5.0);
    }

    void jsonRoundTrip()
    {
        std::vector<AlertRule> rules = AlertRules::demoRules();
        rules.push_back(fullRule());
        AlertRule noData = aboveRule();
        noData.condition.kind = AlertConditionKind::NoData;
        noData.condition.noDataMinutes = 45;
        rules.push_back(noData);
        AlertRule change = aboveRule();
        change.window.kind = AlertWindowKind::ThisWeek;
        change.condition.kind = AlertConditionKind::Change;
        change.condition.baseline = ChangeBaseline::SameTimeLastWeek;
        change.condition.direction = ChangeDirection::Up;
        change.condition.unit = ChangeUnit::Absolute;
        change.condition.amount = 250;
        rules.push_back(change);

        for (const AlertRule &r : rules) {
            QString error;
            const auto back = AlertRules::fromJson(AlertRules::toJson(r), &error);
            QVERIFY2(back, qPrintable(error));
            // Fields of other condition kinds are not written, so compare
            // what the rule's own kind uses.
            QCOMPARE(AlertRules::toJson(*back), AlertRules::toJson(r));
        }
        QCOMPARE(*AlertRules::fromJson(AlertRules::toJson(fullRule()), nullptr), fullRule());

        QString error;
        const std::vector<AlertRule> list = AlertRules::deserialize(AlertRules::serialize(rules), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), rules.size());
        QCOMPARE(list[3], fullRule());
    }

    void jsonFieldsAreAsDocumented()
    {
        const QJsonObject o = AlertRules::toJson(fullRule());
        QCOMPARE(o.value(u"metric").toString(), QStringLiteral("page_views"));
        QCOMPARE(o.value(u"bots").toString(), QStringLiteral("exclude"));
        QCOMPARE(o.value(u"window").toObject().value(u"kind").toString(), QStringLiteral("last"));
        QCOMPARE(o.value(u"window").toObject().value(u"minutes").toInt(), 90);
        QCOMPARE(o.value(u"intervalMinutes").toInt(), 10);
        const QJsonObject c = o.value(u"condition").toObject();
        QCOMPARE(c.value(u"kind").toString(), QStringLiteral("outside"));
        QCOMPARE(c.value(u"low").toDouble(), 20.5);
        QCOMPARE(c.value(u"high").toDouble(), 400.0);
        QCOMPARE(c.value(u"recoveryLow").toDouble(), 30.0);
        QCOMPARE(c.value(u"recoveryHigh").toDouble(), 350.0);
        const QJsonObject t = o.value(u"timing").toObject();
        QCOMPARE(t.value(u"pendingMinutes").toInt(), 15);
        QCOMPARE(t.value(u"keepFiringMinutes").toInt(), 30);
        QCOMPARE(t.value(u"repeatMinutes").toInt(), 120);
        QCOMPARE(o.value(u"severity").toString(), QStringLiteral("critical"));
        QCOMPARE(o.value(u"enabled").toBool(), false);
        QCOMPARE(o.value(u"muteUntil").toString(), QStringLiteral("2024-05-01T12:00:00.123Z"));
        const QJsonArray filters = o.value(u"filters").toArray();
        QCOMPARE(filters.size(), 2);
        QCOMPARE(filters[1].toObject().value(u"dimension").toString(), QStringLiteral("params.plan"));

        // A minimal file: defaults fill the rest.
        const QByteArray minimal =
            R"({"name": "Few hits", "metric": "hits", "condition": {"kind": "below", "low": 5}})";
        QString error;
        const std::vector<AlertRule> rules = AlertRules::deserialize(minimal, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rules.size(), size_t(1));
        QCOMPARE(rules[0].window, (AlertWindow{AlertWindowKind::Trailing, 60}));
        QCOMPARE(rules[0].intervalMinutes, 5);
        QCOMPARE(rules[0].severity, AlertSeverity::Warning);
        QCOMPARE(rules[0].bots, BotMode::Default);
        QVERIFY(rules[0].enabled);
        QCOMPARE(rules[0].condition.low, 5.0);
    }

    void jsonErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("metric")
            << QByteArray(R"({"name":"x","metric":"clicks","condition":{"kind":"above","high":1}})")
            << QStringLiteral("Rule \"x\": \"clicks\" is not a metric. Use one of hits, requests, "
                              "bytes, page_views, downloads, events, status_1xx, status_2xx, "
                              "status_3xx, status_4xx, status_5xx, errors, avg_response_ms, "
                              "visitors, sessions, bounces, bounce_rate, pages_per_session, "
                              "avg_session_seconds.");
        QTest::newRow("number")
            << QByteArray(R"({"name":"x","metric":"hits","condition":{"kind":"above","high":"lots"}})")
            << QStringLiteral("Rule \"x\": In \"condition\": \"high\" must be a number.");
        QTest::newRow("missing mark")
            << QByteArray(R"({"name":"x","metric":"hits","condition":{"kind":"outside","low":1}})")
            << QStringLiteral("Rule \"x\": In \"condition\": A condition of kind outside "
                              "needs \"high\".");
        QTest::newRow("kind") << QByteArray(R"({"name":"x","metric":"hits","condition":{"kind":"spike"}})")
                              << QStringLiteral(
                                     "Rule \"x\": \"spike\" is not a kind of condition. Use above, below, "
                                     "outside, change or no-data.");
        QTest::newRow("no condition") << QByteArray(R"({"name":"x","metric":"hits"})")
                                      << QStringLiteral("Rule \"x\": The rule has no \"condition\".");
        QTest::newRow("whole minutes")
            << QByteArray(
                   R"({"name":"x","metric":"hits","intervalMinutes":2.5,"condition":{"kind":"above","high":1}})")
            << QStringLiteral("Rule \"x\": \"intervalMinutes\" must be a whole number, not 2.5.");
        QTest::newRow("validation")
            << QByteArray(R"({"name":"x","metric":"hits","condition":{"kind":"outside","low":50,"high":20}})")
            << QStringLiteral("Rule \"x\": The low-mark (50) must be below the high-mark (20) "
                              "for an outside-band rule.");
        QTest::newRow("second of two")
            << QByteArray(
                   R"({"version":1,"rules":[{"name":"a","metric":"hits","condition":{"kind":"above","high":1}},{"name":"b","metric":"hits","severity":"loud","condition":{"kind":"above","high":1}}]})")
            << QStringLiteral("Rule 2 of 2: Rule \"b\": \"loud\" is not a severity. Use "
                              "info, warning or critical.");
        QTest::newRow("not json") << QByteArray("{name:")
                                  << QStringLiteral(
                                         "The rules are not valid JSON: unterminated object at byte 2.");
    }
    void jsonErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(AlertRules::deserialize(json, &actual).empty());
        QCOMPARE(actual, error);
    }

    void muteUntilIsAnInstant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("utc") << QStringLiteral("2024-05-01T12:00:00Z") << qint64(1714564800000);
        QTest::newRow("offset") << QStringLiteral("2024-05-01T14:00:00+02:00") << qint64(1714564800000);
        // Not the zone of the computer that reads the file (New York here).
        QTest::newRow("no offset is utc") << QStringLiteral("2024-05-01T12:00:00") << qint64(1714564800000);
        QTest::newRow("a date is not an instant") << QStringLiteral("2024-05-01") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("tomorrow") << qint64(-1);
    }
    void muteUntilIsAnInstant()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        qputenv("TZ", "America/New_York");
        QJsonObject o = AlertRules::toJson(aboveRule());
        o.insert(QStringLiteral("muteUntil"), text);
        QString error;
        const auto r = AlertRules::fromJson(o, &error);
        if (ms < 0) {
            QVERIFY(!r);
            QCOMPARE(error, QStringLiteral("Rule \"Errors high\": \"muteUntil\" must be an instant such as "
                                           "2024-05-01T12:00:00Z, not \"%1\".")
                                .arg(text));
        } else {
            QVERIFY2(r, qPrintable(error));
            QCOMPARE(r->muteUntilMs, ms);
        }
    }

    void uniqueIds()
    {
        QCOMPARE(AlertRules::uniqueId({}, QStringLiteral("Page views: low!")),
                 QStringLiteral("page-views-low"));
        QCOMPARE(AlertRules::uniqueId({QStringLiteral("page-views-low")}, QStringLiteral("Page views low")),
                 QStringLiteral("page-views-low-2"));
        QCOMPARE(AlertRules::uniqueId({}, QStringLiteral("   ")), QStringLiteral("rule"));
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
