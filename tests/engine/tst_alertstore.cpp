// Alert persistence: rules, states and history (with acknowledgements and
// delivery results, failed ones included) survive closing and reopening the
// workspace; a changed rule starts over; the stretches of committed data
// that catch-up replays.

#include "alerts/alertstore.h"
#include "store/workspacedb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

constexpr std::int64_t kNow = 1'714'557'600'000; // 2024-05-01 10:00 UTC
constexpr std::int64_t kMin = 60'000;

AlertRule above(const QString &name, double high)
{
    AlertRule r;
    r.name = name;
    r.metric = MetricId::PageViews;
    r.condition.kind = AlertConditionKind::Above;
    r.condition.high = high;
    return r;
}

AlertEvent makeEvent(const AlertRule &r, AlertState from, AlertState to, AlertNotice notice,
                     std::int64_t atMs, double value, bool historical = false)
{
    AlertEvent e;
    e.ruleId = r.id;
    e.ruleName = r.name;
    e.severity = r.severity;
    e.from = from;
    e.to = to;
    e.notice = notice;
    e.atMs = atMs;
    e.value = value;
    e.observed = value;
    e.threshold = r.condition.high;
    e.window = {atMs / 1000 - 3600, atMs / 1000};
    e.historical = historical;
    return e;
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("a%1.eventscope").arg(++m_n)); }

private slots:
    void rulesSurviveReopening()
    {
        const QString path = freshPath();
        AlertStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        AlertRule a = above(QStringLiteral("Page views high"), 500);
        AlertRule b = above(QStringLiteral("Page views high"), 900);
        b.filters = {AlertFilter{QStringLiteral("country"), {QStringLiteral("DE")}}};
        b.muteUntilMs = kNow + 3600'000;
        QVERIFY(store.saveRule(a, kNow));
        QVERIFY(store.saveRule(b, kNow));
        QCOMPARE(a.id, QStringLiteral("page-views-high"));
        QCOMPARE(b.id, QStringLiteral("page-views-high-2"));

        AlertRule bad = above(QStringLiteral("Band"), 0);
        bad.condition.kind = AlertConditionKind::Outside;
        bad.condition.low = 50;
        bad.condition.high = 20;
        QVERIFY(!store.saveRule(bad, kNow));
        QCOMPARE(
            store.errorString(),
            QStringLiteral("The low-mark (50) must be below the high-mark (20) for an outside-band rule."));
        store.close();

        QVERIFY(store.open(path));
        const std::vector<AlertRule> rules = store.rules();
        QCOMPARE(rules.size(), size_t(2));
        QCOMPARE(rules[0], a);
        QCOMPARE(rules[1], b);
        QVERIFY(store.removeRule(a.id, kNow));
        QCOMPARE(store.rules().size(), size_t(1));
        QCOMPARE(store.rule(b.id)->muteUntilMs, kNow + 3600'000);
    }

    void oddMarksOfOlderRulesCanStillBeSaved()
    {
        // A rule stored before marks were checked against the metric can be
        // muted or switched off; the editor and the command line refuse new ones.
        AlertStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        AlertRule legacy = above(QStringLiteral("Legacy"), -5);
        QVERIFY(!AlertRules::markProblems(legacy).isEmpty());
        QVERIFY2(store.saveRule(legacy, kNow), qPrintable(store.errorString()));
        legacy.muteUntilMs = kNow + 3600'000;
        QVERIFY2(store.saveRule(legacy, kNow), qPrintable(store.errorString()));
        QCOMPARE(store.rule(legacy.id)->muteUntilMs, kNow + 3600'000);
    }

    void statesAndHistorySurviveReopening()
    {
        const QString path = freshPath();
        AlertRule r = above(QStringLiteral("Spike"), 100);
        AlertRuleState live;
        std::int64_t incidentId = 0;
        {
            AlertStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.saveRule(r, kNow));
            // Fired at 10:00, reminded at 10:30, still firing.
            live.state = AlertState::Firing;
            live.sinceMs = live.firedMs = kNow;
            live.lastNoticeMs = kNow + 30 * kMin;
            live.evaluatedMs = kNow + 30 * kMin;
            live.lastValue = 140;
            std::vector<AlertEvent> events{
                makeEvent(r, AlertState::Normal, AlertState::Firing, AlertNotice::Fired, kNow, 130),
                makeEvent(r, AlertState::Firing, AlertState::Firing, AlertNotice::Reminder, kNow + 30 * kMin,
                          140)};
            QVERIFY2(store.record(r, AlertTrack::Live, live, events), qPrintable(store.errorString()));
            incidentId = events[0].historyId;
            QVERIFY(incidentId > 0);
            QCOMPARE(events[1].historyId, incidentId);
            QCOMPARE(live.historyId, incidentId);

            QVERIFY(store.acknowledge(incidentId, QStringLiteral("maria"), kNow + 5 * kMin));
            AlertDelivery failed{0,
                                 incidentId,
                                 AlertNotice::Fired,
                                 QStringLiteral("webhook:ops"),
                                 false,
                                 QStringLiteral("HTTP 503 Service Unavailable"),
                                 kNow + 1000};
            AlertDelivery ok{0,    incidentId, AlertNotice::Fired, QStringLiteral("popup"),
                             true, {},         kNow + 2000};
            QVERIFY(store.recordDelivery(failed));
            QVERIFY(store.recordDelivery(ok));
            QVERIFY(failed.id > 0 && ok.id > failed.id);
        }
        {
            AlertStore store;
            QVERIFY(store.open(path));
            QCOMPARE(store.state(r.id, AlertTrack::Live), live);
            QCOMPARE(store.state(r.id, AlertTrack::CatchUp), AlertRuleState{});

            const auto h = store.incident(incidentId);
            QVERIFY(h);
            QCOMPARE(h->ruleId, r.id);
            QCOMPARE(h->ruleName, QStringLiteral("Spike"));
            QCOMPARE(h->firedMs, kNow);
            QCOMPARE(h->value, std::optional(130.0));
            QCOMPARE(h->threshold, std::optional(100.0));
            QCOMPARE(h->window, (TimeRange{kNow / 1000 - 3600, kNow / 1000}));
            QCOMPARE(h->reminders, 1);
            QVERIFY(h->isOpen());
            QVERIFY(!h->historical);
            QCOMPARE(h->ackedBy, QStringLiteral("maria"));
            QCOMPARE(h->ackedMs, kNow + 5 * kMin);

            const std::vector<AlertDelivery> d = store.deliveries(incidentId);
            QCOMPARE(d.size(), size_t(2));
            QCOMPARE(d[0].channel, QStringLiteral("webhook:ops"));
            QVERIFY(!d[0].ok);
            QCOMPARE(d[0].error, QStringLiteral("HTTP 503 Service Unavailable"));
            QCOMPARE(d[0].notice, AlertNotice::Fired);
            QCOMPARE(d[1].channel, QStringLiteral("popup"));
            QVERIFY(d[1].ok);

            // Resolved after the restart, on the incident the state remembers.
            AlertRuleState normal;
            normal.evaluatedMs = kNow + 45 * kMin;
            normal.historyId = live.historyId;
            std::vector<AlertEvent> events{makeEvent(r, AlertState::Firing, AlertState::Normal,
                                                     AlertNotice::Resolved, kNow + 45 * kMin, 80)};
            QVERIFY(store.record(r, AlertTrack::Live, normal, events));
            QCOMPARE(events[0].historyId, incidentId);
            QCOMPARE(normal.historyId, std::int64_t(0));
            QCOMPARE(store.incident(incidentId)->resolvedMs, kNow + 45 * kMin);
            QCOMPARE(store.incident(incidentId)->resolvedValue, std::optional(80.0));
            QVERIFY(!store.acknowledge(4242, QStringLiteral("x"), kNow));
            QCOMPARE(store.errorString(), QStringLiteral("There is no alert 4242 to acknowledge."));
        }
    }

    void historyFiltersAndDuplicates()
    {
        AlertStore store;
        QVERIFY(store.open(freshPath()));
        AlertRule r = above(QStringLiteral("Spike"), 100);
        QVERIFY(store.saveRule(r, kNow));
        for (bool historical : {true, false}) {
            AlertRuleState s;
            s.state = AlertState::Firing;
            std::vector<AlertEvent> events{makeEvent(r, AlertState::Normal, AlertState::Firing,
                                                     AlertNotice::Fired, kNow - 86400'000, 120, historical)};
            QVERIFY(store.record(r, historical ? AlertTrack::CatchUp : AlertTrack::Live, s, events));
        }
        // The same data replayed again finds the same incident.
        AlertRuleState again;
        again.state = AlertState::Firing;
        std::vector<AlertEvent> events{makeEvent(r, AlertState::Normal, AlertState::Firing,
                                                 AlertNotice::Fired, kNow - 86400'000, 120, true)};
        QVERIFY(store.record(r, AlertTrack::CatchUp, again, events));
        QCOMPARE(store.history().size(), size_t(2));
        QCOMPARE(events[0].historyId,
                 store.history()[0].historical ? store.history()[0].id : store.history()[1].id);

        AlertHistoryFilter liveOnly;
        liveOnly.historical = false;
        QCOMPARE(store.history(liveOnly).size(), size_t(1));
        QVERIFY(!store.history(liveOnly)[0].historical);
        AlertHistoryFilter later;
        later.fromMs = kNow - 3600'000;
        QCOMPARE(store.history(later).size(), size_t(0));
    }

    void changedRuleStartsOver()
    {
        AlertStore store;
        QVERIFY(store.open(freshPath()));
        AlertRule r = above(QStringLiteral("Spike"), 100);
        QVERIFY(store.saveRule(r, kNow));
        AlertRuleState s;
        s.state = AlertState::Firing;
        s.evaluatedMs = kNow;
        std::vector<AlertEvent> events{
            makeEvent(r, AlertState::Normal, AlertState::Firing, AlertNotice::Fired, kNow, 150)};
        QVERIFY(store.record(r, AlertTrack::Live, s, events));

        // A new name or severity keeps the state ...
        r.name = QStringLiteral("Traffic spike");
        r.severity = AlertSeverity::Critical;
        QVERIFY(store.saveRule(r, kNow + kMin));
        QCOMPARE(store.state(r.id, AlertTrack::Live).state, AlertState::Firing);
        QVERIFY(store.incident(events[0].historyId)->isOpen());
        // ... a new mark does not, and the open incident ends.
        r.condition.high = 200;
        QVERIFY(store.saveRule(r, kNow + 2 * kMin));
        QCOMPARE(store.state(r.id, AlertTrack::Live), AlertRuleState{});
        QCOMPARE(store.incident(events[0].historyId)->resolvedMs, kNow + 2 * kMin);
    }

    void committedSpans()
    {
        const QString path = freshPath();
        WorkspaceDb db;
        QVERIFY(db.open(path));
        sql::Connection &c = db.connection();
        QVERIFY(c.exec("INSERT INTO sources(id, kind, uri, display_name, created_ms) VALUES "
                       "(1, 'file', '/a.log', 'a.log', 0), (2, 'file', '/b.log', 'b.log', 0)"));
        QVERIFY(
            c.exec("INSERT INTO file_checkpoints(source_id, head_len, head_hash, path, format, min_ts_ms, "
                   "max_ts_ms, updated_ms) VALUES (1, 10, 'x', '/a.log', 'combined', 1000, 9000, 0), "
                   "(2, 10, 'y', '/b.log', 'combined', 50000, 70000, 0)"));
        // Source 1: three commits; source 2: one, later and apart.
        QVERIFY(c.exec("INSERT INTO commits(id, committed_ms, source_id, records, max_ts_ms) VALUES "
                       "(1, 0, 1, 5, 3000), (2, 0, 1, 5, 6000), (3, 0, 1, 5, 9000), (4, 0, 2, 5, 70000), "
                       "(5, 0, 2, 0, NULL)"));

        AlertStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.latestCommitId(), std::int64_t(5));
        QCOMPARE(store.committedSpans(0, 5), (std::vector<CommittedSpan>{{1000, 9000}, {50000, 70000}}));
        // After commit 1, source 1 goes on from where commit 1 ended.
        QCOMPARE(store.committedSpans(1, 3), (std::vector<CommittedSpan>{{3000, 9000}}));
        QCOMPARE(store.committedSpans(5, 5), std::vector<CommittedSpan>{});

        AlertRule r = above(QStringLiteral("Spike"), 100);
        QVERIFY(store.saveRule(r, kNow));
        QCOMPARE(store.commitCursor(r.id), std::int64_t(5)); // a new rule watches from now on
        QVERIFY(store.setCommitCursor(r.id, 3));
        QCOMPARE(store.commitCursor(r.id), std::int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
