// The alert evaluator: each kind of condition, the state machine with its
// pending period, hysteresis, keep-firing period and reminders (through the
// backtest, which shares it with live evaluation), muting, and the windows a
// rule reads, across the DST changes of Europe/Berlin.

#include "alerts/alertevaluator.h"
#include "alerts/alertwindow.h"
#include "core/zonebucketer.h"

#include <QDateTime>
#include <QTest>

using namespace es;

Q_DECLARE_METATYPE(es::AlertCondition)
Q_DECLARE_METATYPE(es::AlertVerdict)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

constexpr std::int64_t kMin = 60'000;
constexpr std::int64_t kT0 = 1'700'000'000'000 / (60 * kMin) * (60 * kMin); // on the hour

qint64 at(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toSecsSinceEpoch();
}

AlertRule rule(AlertConditionKind kind)
{
    AlertRule r;
    r.id = QStringLiteral("r");
    r.name = QStringLiteral("Rule");
    r.condition.kind = kind;
    return r;
}

AlertRule above(double high, std::optional<double> recovery = std::nullopt)
{
    AlertRule r = rule(AlertConditionKind::Above);
    r.condition.high = high;
    r.condition.recoveryHigh = recovery;
    return r;
}

// Values observed every 5 minutes from kT0.
std::vector<AlertSample> every5(std::initializer_list<double> values)
{
    std::vector<AlertSample> s;
    std::int64_t t = kT0;
    for (double v : values) {
        s.push_back({t, v, std::nullopt});
        t += 5 * kMin;
    }
    return s;
}

std::int64_t minute(std::int64_t ms)
{
    return (ms - kT0) / kMin;
}

// "fired@10 resolved@30": the notices of a backtest, by minute from kT0.
QString notices(const AlertBacktest &b)
{
    QStringList out;
    for (const AlertEvent &e : b.events) {
        if (e.notice != AlertNotice::None)
            out << alertNoticeName(e.notice) + QLatin1Char('@') + QString::number(minute(e.atMs));
    }
    return out.join(QLatin1Char(' '));
}

// "normal>pending@0 pending>firing@10": every state change.
QString changes(const AlertBacktest &b)
{
    QStringList out;
    for (const AlertEvent &e : b.events) {
        if (e.from != e.to)
            out << alertStateName(e.from) + QLatin1Char('>') + alertStateName(e.to) + QLatin1Char('@') +
                       QString::number(minute(e.atMs));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data()
    {
        QTest::addColumn<AlertCondition>("condition");
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<std::optional<double>>("previous");
        QTest::addColumn<AlertVerdict>("verdict");
        QTest::addColumn<std::optional<double>>("measured");
        QTest::addColumn<std::optional<double>>("threshold");
        QTest::addColumn<std::optional<double>>("recovery");
        using O = std::optional<double>;
        const O none;
        const auto B = AlertVerdict::Breach, W = AlertVerdict::Between, C = AlertVerdict::Clear,
                   U = AlertVerdict::Unknown;

        AlertCondition a = above(100).condition;
        QTest::newRow("above: over") << a << O(105) << none << B << O(105) << O(100) << O(100);
        QTest::newRow("above: at the mark is not above")
            << a << O(100) << none << C << O(100) << O(100) << O(100);
        QTest::newRow("above: ratio of nothing") << a << none << none << U << none << none << none;
        a.recoveryHigh = 90;
        QTest::newRow("above: between") << a << O(95) << none << W << O(95) << O(100) << O(90);
        QTest::newRow("above: recovered") << a << O(90) << none << C << O(90) << O(100) << O(90);

        AlertCondition b = rule(AlertConditionKind::Below).condition;
        b.low = 50;
        QTest::newRow("below: under") << b << O(49.5) << none << B << O(49.5) << O(50) << O(50);
        QTest::newRow("below: at the mark") << b << O(50) << none << C << O(50) << O(50) << O(50);
        b.recoveryLow = 60;
        QTest::newRow("below: between") << b << O(55) << none << W << O(55) << O(50) << O(60);
        QTest::newRow("below: recovered") << b << O(60) << none << C << O(60) << O(50) << O(60);

        AlertCondition o = rule(AlertConditionKind::Outside).condition;
        o.low = 20;
        o.high = 50;
        QTest::newRow("outside: under") << o << O(10) << none << B << O(10) << O(20) << O(20);
        QTest::newRow("outside: over") << o << O(60) << none << B << O(60) << O(50) << O(50);
        QTest::newRow("outside: inside") << o << O(20) << none << C << O(20) << O(20) << O(20);
        o.recoveryLow = 25;
        o.recoveryHigh = 45;
        QTest::newRow("outside: between low") << o << O(22) << none << W << O(22) << O(20) << O(25);
        QTest::newRow("outside: between high") << o << O(48) << none << W << O(48) << O(50) << O(45);
        QTest::newRow("outside: recovered") << o << O(40) << none << C << O(40) << O(50) << O(45);

        AlertCondition down = rule(AlertConditionKind::Change).condition;
        down.direction = ChangeDirection::Down;
        down.amount = 30;
        QTest::newRow("down 30 %: exactly") << down << O(70) << O(100) << B << O(-30) << O(-30) << O(-30);
        QTest::newRow("down 30 %: 29 %") << down << O(71) << O(100) << C << O(-29) << O(-30) << O(-30);
        QTest::newRow("down 30 %: a rise") << down << O(200) << O(100) << C << O(100) << O(-30) << O(-30);
        QTest::newRow("down %: against nothing") << down << O(5) << O(0) << U << none << none << none;
        down.recoveryAmount = 20;
        QTest::newRow("down 30 %: between") << down << O(75) << O(100) << W << O(-25) << O(-30) << O(-20);
        QTest::newRow("down 30 %: recovered") << down << O(81) << O(100) << C << O(-19) << O(-30) << O(-20);

        AlertCondition up = down;
        up.direction = ChangeDirection::Up;
        up.unit = ChangeUnit::Absolute;
        up.amount = 50;
        up.recoveryAmount.reset();
        QTest::newRow("up by 50") << up << O(150) << O(100) << B << O(50) << O(50) << O(50);
        QTest::newRow("up by 50: by 49") << up << O(149) << O(100) << C << O(49) << O(50) << O(50);
        QTest::newRow("up absolute: against nothing") << up << O(50) << O(0) << B << O(50) << O(50) << O(50);

        AlertCondition either = down;
        either.direction = ChangeDirection::Either;
        either.recoveryAmount.reset();
        QTest::newRow("either: up") << either << O(130) << O(100) << B << O(30) << O(30) << O(30);
        QTest::newRow("either: down") << either << O(69) << O(100) << B << O(-31) << O(-30) << O(-30);
        QTest::newRow("either: against negative")
            << either << O(-13) << O(-10) << B << O(-30) << O(-30) << O(-30);

        AlertCondition n = rule(AlertConditionKind::NoData).condition;
        n.noDataMinutes = 45;
        QTest::newRow("no data: zero") << n << O(0) << none << B << O(0) << O(45) << none;
        QTest::newRow("no data: no value") << n << none << none << B << O(0) << O(45) << none;
        QTest::newRow("no data: some") << n << O(3) << none << C << O(3) << O(45) << none;
    }
    void conditions()
    {
        QFETCH(AlertCondition, condition);
        QFETCH(std::optional<double>, value);
        QFETCH(std::optional<double>, previous);
        AlertObservation obs;
        obs.atMs = kT0;
        obs.value = value;
        obs.previous = previous;
        const AlertCheck check = checkCondition(condition, obs);
        QTEST(check.verdict, "verdict");
        QTEST(check.measured, "measured");
        QTEST(check.threshold, "threshold");
        QTEST(check.recovery, "recovery");
    }

    void flappingAroundTheMarkFiresOnce()
    {
        const auto series = every5({95, 105, 95, 105, 95, 105, 95, 85});
        const AlertBacktest b = AlertEvaluator::backtest(above(100, 90), series);
        QCOMPARE(notices(b), QStringLiteral("fired@5 resolved@35"));
        QCOMPARE(b.episodes.size(), size_t(1));
        QCOMPARE(b.episodes[0].firedMs, kT0 + 5 * kMin);
        QCOMPARE(b.episodes[0].resolvedMs, kT0 + 35 * kMin);
        QCOMPARE(b.episodes[0].value, std::optional(105.0));
        QCOMPARE(b.episodes[0].threshold, std::optional(100.0));
        QCOMPARE(b.events.back().threshold, std::optional(90.0)); // the recovery level it crossed
        QCOMPARE(b.finalState.state, AlertState::Normal);

        // Without hysteresis every crossing is an incident.
        const AlertBacktest plain = AlertEvaluator::backtest(above(100), series);
        QCOMPARE(notices(plain),
                 QStringLiteral("fired@5 resolved@10 fired@15 resolved@20 fired@25 resolved@30"));
        QCOMPARE(plain.episodes.size(), size_t(3));
    }

    void pendingPeriodInMinutes()
    {
        AlertRule r = above(100);
        r.timing.pendingMinutes = 10;
        // Held for 5 minutes, broken, then held for 10 minutes.
        const AlertBacktest b = AlertEvaluator::backtest(r, every5({105, 105, 95, 105, 105, 105, 105}));
        QCOMPARE(changes(b),
                 QStringLiteral("normal>pending@0 pending>normal@10 normal>pending@15 pending>firing@25"));
        QCOMPARE(notices(b), QStringLiteral("fired@25"));
        QCOMPARE(b.episodes.size(), size_t(1));
        QCOMPARE(b.episodes[0].resolvedMs, std::int64_t(0)); // still firing at the end

        // The hysteresis band breaks a pending run too.
        r.condition.recoveryHigh = 90;
        const AlertBacktest band = AlertEvaluator::backtest(r, every5({105, 95, 105, 105}));
        QCOMPARE(changes(band), QStringLiteral("normal>pending@0 pending>normal@5 normal>pending@10"));
    }

    void pendingPeriodInEvaluations()
    {
        AlertRule r = above(100);
        r.timing.pendingEvaluations = 3;
        const AlertBacktest b = AlertEvaluator::backtest(r, every5({105, 105, 99, 105, 105, 105, 50}));
        QCOMPARE(
            changes(b),
            QStringLiteral(
                "normal>pending@0 pending>normal@10 normal>pending@15 pending>firing@25 firing>normal@30"));
        QCOMPARE(notices(b), QStringLiteral("fired@25 resolved@30"));
    }

    void keepFiringFor()
    {
        AlertRule r = above(100);
        r.timing.keepFiringMinutes = 15;
        // Clear at 5, relapse at 10 (same incident), clear from 15 on: it
        // resolves once it has been clear for 15 minutes, at 30.
        const AlertBacktest b = AlertEvaluator::backtest(r, every5({105, 90, 105, 90, 90, 90, 90, 90}));
        QCOMPARE(changes(b), QStringLiteral("normal>firing@0 firing>recovering@5 recovering>firing@10 "
                                            "firing>recovering@15 recovering>normal@30"));
        QCOMPARE(notices(b), QStringLiteral("fired@0 resolved@30"));
        QCOMPARE(b.episodes.size(), size_t(1));
        QCOMPARE(b.episodes[0].resolvedMs, kT0 + 30 * kMin);
    }

    void repeatInterval()
    {
        AlertRule r = above(100);
        r.timing.repeatMinutes = 30;
        std::vector<AlertSample> series = every5({});
        for (int i = 0; i <= 14; ++i) // firing from 0 to 70
            series.push_back({kT0 + i * 5 * kMin, 150, std::nullopt});
        series.push_back({kT0 + 75 * kMin, 10, std::nullopt});
        const AlertBacktest b = AlertEvaluator::backtest(r, series);
        QCOMPARE(notices(b), QStringLiteral("fired@0 reminder@30 reminder@60 resolved@75"));
        QCOMPARE(b.episodes.size(), size_t(1));
        QCOMPARE(b.episodes[0].reminders, 2);
    }

    void noData()
    {
        AlertRule r = rule(AlertConditionKind::NoData);
        r.condition.noDataMinutes = 10;
        r.timing.pendingMinutes = 5;
        const AlertBacktest b = AlertEvaluator::backtest(r, every5({4, 0, 0, 0, 7}));
        QCOMPARE(changes(b), QStringLiteral("normal>pending@5 pending>firing@10 firing>normal@20"));
        QCOMPARE(b.episodes.size(), size_t(1));
        QCOMPARE(b.episodes[0].value, std::optional(0.0));
        QCOMPARE(b.episodes[0].threshold, std::optional(10.0));
    }

    void unknownKeepsTheState()
    {
        AlertRule r = above(100);
        std::vector<AlertSample> series = every5({150});
        series.push_back({kT0 + 5 * kMin, std::nullopt, std::nullopt});
        const AlertBacktest b = AlertEvaluator::backtest(r, series);
        QCOMPARE(notices(b), QStringLiteral("fired@0"));
        QCOMPARE(b.finalState.state, AlertState::Firing);
        QCOMPARE(b.finalState.evaluatedMs, kT0 + 5 * kMin);
        QCOMPARE(b.finalState.lastValue, std::optional(150.0));
    }

    void muteSuppressesNotificationsOnly()
    {
        AlertRule r = above(100);
        r.muteUntilMs = kT0 + 60 * kMin;
        AlertObservation obs;
        obs.atMs = kT0;
        obs.value = 120;
        const AlertOutcome muted = AlertEvaluator::evaluate(r, {}, obs, false, kT0);
        QCOMPARE(muted.state.state, AlertState::Firing);
        QCOMPARE(muted.events.size(), size_t(1));
        QCOMPARE(muted.events[0].notice, AlertNotice::Fired);
        QVERIFY(muted.events[0].muted);
        QVERIFY(!muted.events[0].shouldNotify());

        const AlertOutcome later = AlertEvaluator::evaluate(r, {}, obs, false, kT0 + 60 * kMin);
        QVERIFY(!later.events[0].muted);
        QVERIFY(later.events[0].shouldNotify());

        const AlertOutcome historical = AlertEvaluator::evaluate(r, {}, obs, true, kT0 + 60 * kMin);
        QVERIFY(historical.events[0].historical);
        QVERIFY(!historical.events[0].shouldNotify());
    }

    void windows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("baseline");
        QTest::addColumn<qint64>("atSecs");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("previousFrom");
        QTest::addColumn<qint64>("previousTo");
        const int last = int(AlertWindowKind::Trailing), today = int(AlertWindowKind::Today),
                  week = int(AlertWindowKind::ThisWeek);
        const int prev = int(ChangeBaseline::PreviousPeriod), wow = int(ChangeBaseline::SameTimeLastWeek);

        // Sunday 2024-10-27 (25 hours): 11:00-12:00 CET against 11:00-12:00
        // CEST a week earlier, not 604800 s earlier.
        QTest::newRow("last hour, week over week, autumn")
            << last << 60 << wow << at("2024-10-27T12:00:40+01:00") << at("2024-10-27T11:00:00+01:00")
            << at("2024-10-27T12:00:00+01:00") << at("2024-10-20T11:00:00+02:00")
            << at("2024-10-20T12:00:00+02:00");
        QTest::newRow("last hour, previous period")
            << last << 60 << prev << at("2024-03-31T03:30:00+02:00") << at("2024-03-31T01:30:00+01:00")
            << at("2024-03-31T03:30:00+02:00") << at("2024-03-31T00:30:00+01:00")
            << at("2024-03-31T01:30:00+01:00");
        // Monday after spring forward: today from midnight to 10:00 against
        // the 23-hour Sunday from midnight to 10:00.
        QTest::newRow("today, previous period, after spring forward")
            << today << 0 << prev << at("2024-04-01T10:00:00+02:00") << at("2024-04-01T00:00:00+02:00")
            << at("2024-04-01T10:00:00+02:00") << at("2024-03-31T00:00:00+01:00")
            << at("2024-03-31T10:00:00+02:00");
        QTest::newRow("today, previous period, on the 23-hour day")
            << today << 0 << prev << at("2024-03-31T12:00:00+02:00") << at("2024-03-31T00:00:00+01:00")
            << at("2024-03-31T12:00:00+02:00") << at("2024-03-30T00:00:00+01:00")
            << at("2024-03-30T12:00:00+01:00");
        // 02:30 did not exist on March 31: the baseline ends when the clocks
        // went forward.
        QTest::newRow("today, previous period, end in the gap")
            << today << 0 << prev << at("2024-04-01T02:30:00+02:00") << at("2024-04-01T00:00:00+02:00")
            << at("2024-04-01T02:30:00+02:00") << at("2024-03-31T00:00:00+01:00")
            << at("2024-03-31T03:00:00+02:00");
        QTest::newRow("today, previous period, after fall back")
            << today << 0 << prev << at("2024-10-28T10:00:00+01:00") << at("2024-10-28T00:00:00+01:00")
            << at("2024-10-28T10:00:00+01:00") << at("2024-10-27T00:00:00+02:00")
            << at("2024-10-27T10:00:00+01:00");
        QTest::newRow("today, week over week")
            << today << 0 << wow << at("2024-04-03T09:15:00+02:00") << at("2024-04-03T00:00:00+02:00")
            << at("2024-04-03T09:15:00+02:00") << at("2024-03-27T00:00:00+01:00")
            << at("2024-03-27T09:15:00+01:00");
        QTest::newRow("this week, previous period")
            << week << 0 << prev << at("2024-04-03T12:00:00+02:00") << at("2024-04-01T00:00:00+02:00")
            << at("2024-04-03T12:00:00+02:00") << at("2024-03-25T00:00:00+01:00")
            << at("2024-03-27T12:00:00+01:00");
    }
    void windows()
    {
        QFETCH(int, kind);
        QFETCH(int, minutes);
        QFETCH(int, baseline);
        QFETCH(qint64, atSecs);
        const ZoneBucketer berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        AlertRule r = rule(AlertConditionKind::Change);
        r.window = {AlertWindowKind(kind), minutes};
        r.condition.baseline = ChangeBaseline(baseline);
        r.condition.amount = 30;
        const AlertWindows w = alertWindows(r, atSecs * 1000 + 123, berlin);
        QTEST(qint64(w.current.fromSecs), "from");
        QTEST(qint64(w.current.toSecs), "to");
        QTEST(qint64(w.previous.fromSecs), "previousFrom");
        QTEST(qint64(w.previous.toSecs), "previousTo");

        // A threshold rule reads the same window and no baseline.
        r.condition.kind = AlertConditionKind::Above;
        const AlertWindows plain = alertWindows(r, atSecs * 1000 + 123, berlin);
        QCOMPARE(plain.current, w.current);
        QVERIFY(plain.previous.isEmpty());
    }

    void noDataWindowIsTheLastNMinutes()
    {
        AlertRule r = rule(AlertConditionKind::NoData);
        r.condition.noDataMinutes = 45;
        r.window = {AlertWindowKind::Today, 0};
        const AlertWindows w = alertWindows(r, at("2024-05-02T10:07:59Z") * 1000, ZoneBucketer("UTC"));
        QCOMPARE(w.current, (TimeRange{at("2024-05-02T09:22:00Z"), at("2024-05-02T10:07:00Z")}));
        QVERIFY(w.previous.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
