// AlertEngine end to end on real workspaces filled through the import
// pipeline: rule values equal QueryService results for the same windows; a
// change rule across the spring-forward change of Europe/Berlin compares
// with the right window; importing old logs records historical incidents and
// notifies nothing; states survive a restart; muted rules are recorded but
// not notified; rules are evaluated once per interval.

#include "alerts/alertengine.h"
#include "ingest/fileimporter.h"
#include "query/queryservice.h"
#include "store/workspacedb.h"
#include "store/writer.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace es;

namespace {

constexpr std::int64_t kMin = 60'000;

std::int64_t at(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toSecsSinceEpoch();
}

// Page views by a person (GET, 200, a page, a browser): `perMinute` in every
// minute of [fromSecs, toSecs).
void addPageViews(QByteArray &log, std::int64_t fromSecs, std::int64_t toSecs, int perMinute)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::int64_t m = fromSecs; m < toSecs; m += 60) {
        for (int i = 0; i < perMinute; ++i) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(m + i * (60 / perMinute), QTimeZone::utc());
            const QString stamp = QStringLiteral("%1/%2/%3:%4 +0000")
                                      .arg(t.date().day(), 2, 10, QLatin1Char('0'))
                                      .arg(QLatin1String(kMonths[t.date().month() - 1]))
                                      .arg(t.date().year())
                                      .arg(t.time().toString(QStringLiteral("HH:mm:ss")));
            log += QStringLiteral("10.0.%1.%2 - - [%3] \"GET /page/%4 HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 "
                                  "(X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\"\n")
                       .arg(i)
                       .arg(m / 60 % 200)
                       .arg(stamp)
                       .arg(i)
                       .toLatin1();
        }
    }
}

bool createWorkspace(const QString &path, const char *zone)
{
    WorkspaceDb db;
    return db.open(path) && db.setMeta(QStringLiteral("time_zone"), QString::fromLatin1(zone));
}

bool importLog(const QString &db, const QString &file, const QByteArray &content,
               const Writer::CommitCallback &onCommit = {})
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return false;
    f.close();
    Writer w;
    if (!w.open(db))
        return false;
    if (onCommit)
        w.setCommitCallback(onCommit);
    ImportOptions opt;
    opt.format = QStringLiteral("combined");
    FileImporter importer(w, opt);
    const FileImportResult r = importer.importFile(file);
    w.close();
    return r.status == FileImportResult::Status::Imported;
}

std::optional<double> queried(QueryService &service, MetricId metric, TimeRange window)
{
    Query q;
    q.metrics = {metric};
    q.range = window;
    const QueryResult r = service.run(q).result();
    if (!r.ok || r.rows.empty())
        return std::nullopt;
    const int col = r.columnIndex(ResultColumn::Role::Metric, metric);
    return double(std::get<std::int64_t>(r.rows[0][size_t(col)]));
}

AlertRule rule(const char *name, MetricId metric, AlertConditionKind kind)
{
    AlertRule r;
    r.name = QString::fromLatin1(name);
    r.metric = metric;
    r.condition.kind = kind;
    return r;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Berlin: Saturday 2024-03-30 23:00-24:00 CET 3 page views a minute,
    // Sunday (23 hours) 00:00 CET to 10:00 CEST 2 a minute, Monday 00:00 to
    // 10:00 CEST 1 a minute.
    QString m_berlin;
    // Monday 10:00:30 CEST.
    const std::int64_t m_now = at("2024-04-01T08:00:30Z") * 1000;
    QString m_dropId, m_hitsId, m_mutedId, m_noDataId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_berlin = m_dir.filePath(QStringLiteral("berlin.eventscope"));
        QVERIFY(createWorkspace(m_berlin, "Europe/Berlin"));
        QByteArray log;
        addPageViews(log, at("2024-03-30T22:00:00Z"), at("2024-03-30T23:00:00Z"), 3);
        addPageViews(log, at("2024-03-30T23:00:00Z"), at("2024-03-31T08:00:00Z"), 2);
        addPageViews(log, at("2024-03-31T22:00:00Z"), at("2024-04-01T08:00:00Z"), 1);
        QVERIFY(importLog(m_berlin, m_dir.filePath(QStringLiteral("berlin.log")), log));
    }

    void liveRulesReadWhatQueriesRead()
    {
        AlertStore store;
        QVERIFY(store.open(m_berlin));
        AlertRule drop = rule("Page views down", MetricId::PageViews, AlertConditionKind::Change);
        drop.window.kind = AlertWindowKind::Today;
        drop.intervalMinutes = 15;
        drop.condition.direction = ChangeDirection::Down;
        drop.condition.amount = 30;
        drop.severity = AlertSeverity::Critical;
        AlertRule hits = rule("Hits high", MetricId::Hits, AlertConditionKind::Above);
        hits.condition.high = 1000;
        AlertRule muted = rule("Muted page views", MetricId::PageViews, AlertConditionKind::Above);
        muted.condition.high = 10;
        muted.muteUntilMs = m_now + 3600'000;
        AlertRule noData = rule("No downloads", MetricId::Downloads, AlertConditionKind::NoData);
        noData.condition.noDataMinutes = 30;
        for (AlertRule *r : {&drop, &hits, &muted, &noData})
            QVERIFY2(store.saveRule(*r, m_now), qPrintable(store.errorString()));
        m_dropId = drop.id;
        m_hitsId = hits.id;
        m_mutedId = muted.id;
        m_noDataId = noData.id;
        store.close();

        AlertEngine engine;
        QVERIFY2(engine.open(m_berlin), qPrintable(engine.errorString()));
        QSignalSpy spy(&engine, &AlertEngine::transition);
        const AlertEvaluation eval = engine.evaluateOnce(m_now);
        QVERIFY2(eval.errors.empty(), eval.errors.empty() ? "" : qPrintable(eval.errors[0].message));
        QCOMPARE(eval.liveEvaluations, 4);
        QCOMPARE(eval.catchUpSteps, 0); // the data was there before the rules
        QCOMPARE(eval.events.size(), size_t(3));
        QCOMPARE(spy.count(), 3);

        QueryService service;
        QVERIFY(service.open(m_berlin));
        const AlertEvent &e = eval.events[0];
        QCOMPARE(e.ruleId, m_dropId);
        QCOMPARE(e.notice, AlertNotice::Fired);
        QCOMPARE(e.to, AlertState::Firing);
        // Monday from midnight to 10:00 against Sunday, the 23-hour day,
        // from midnight to 10:00: 600 minutes against 540.
        QCOMPARE(e.window, (TimeRange{at("2024-04-01T00:00:00+02:00"), at("2024-04-01T10:00:00+02:00")}));
        QCOMPARE(e.previousWindow,
                 (TimeRange{at("2024-03-31T00:00:00+01:00"), at("2024-03-31T10:00:00+02:00")}));
        QCOMPARE(e.observed, std::optional(600.0));
        QCOMPARE(e.baseline, std::optional(1080.0));
        QCOMPARE(e.observed, queried(service, MetricId::PageViews, e.window));
        QCOMPARE(e.baseline, queried(service, MetricId::PageViews, e.previousWindow));
        // 24 hours earlier would have taken in Saturday's last hour.
        QCOMPARE(queried(service, MetricId::PageViews, {e.window.fromSecs - 86400, e.window.toSecs - 86400}),
                 std::optional(1260.0));
        QCOMPARE(e.value, std::optional((600.0 - 1080.0) * 100.0 / 1080.0));
        QCOMPARE(e.threshold, std::optional(-30.0));
        QVERIFY(!e.historical);
        QVERIFY(e.shouldNotify());

        const AlertEvent &m = eval.events[1];
        QCOMPARE(m.ruleId, m_mutedId);
        QCOMPARE(m.observed, std::optional(60.0));
        QCOMPARE(m.observed, queried(service, MetricId::PageViews,
                                     {at("2024-04-01T07:00:00Z"), at("2024-04-01T08:00:00Z")}));
        QVERIFY(m.muted);
        QVERIFY(!m.shouldNotify());

        const AlertEvent &n = eval.events[2];
        QCOMPARE(n.ruleId, m_noDataId);
        QCOMPARE(n.notice, AlertNotice::Fired);
        QCOMPARE(n.value, std::optional(0.0));
        QCOMPARE(n.window, (TimeRange{at("2024-04-01T07:30:00Z"), at("2024-04-01T08:00:00Z")}));

        AlertStore check;
        QVERIFY(check.open(m_berlin));
        // The rule that did not fire saw the number a query sees.
        const AlertRuleState h = check.state(m_hitsId, AlertTrack::Live);
        QCOMPARE(h.state, AlertState::Normal);
        QCOMPARE(h.evaluatedMs, m_now);
        QCOMPARE(h.lastValue,
                 queried(service, MetricId::Hits, {at("2024-04-01T07:00:00Z"), at("2024-04-01T08:00:00Z")}));
        QCOMPARE(h.lastValue, std::optional(60.0));
        const std::vector<AlertHistoryEntry> history = check.history();
        QCOMPARE(history.size(), size_t(3));
        for (const AlertHistoryEntry &entry : history) {
            QVERIFY(!entry.historical);
            QCOMPARE(entry.firedMs, m_now);
            QCOMPARE(entry.muted, entry.ruleId == m_mutedId);
        }
    }

    void statesSurviveARestart()
    {
        std::int64_t dropIncident = 0;
        {
            AlertStore store;
            QVERIFY(store.open(m_berlin));
            const AlertRuleState s = store.state(m_dropId, AlertTrack::Live);
            QCOMPARE(s.state, AlertState::Firing);
            QCOMPARE(s.firedMs, m_now);
            dropIncident = s.historyId;
            QVERIFY(dropIncident > 0);
        }
        // A new engine, as after restarting the application: the rules that
        // fired are still firing, nothing fires a second time.
        AlertEngine engine;
        QVERIFY(engine.open(m_berlin));
        const AlertEvaluation eval = engine.evaluateOnce(m_now + 15 * kMin);
        QVERIFY(eval.errors.empty());
        QCOMPARE(eval.liveEvaluations, 4);
        QCOMPARE(eval.events.size(), size_t(0));
        const AlertRuleState s = engine.store().state(m_dropId, AlertTrack::Live);
        QCOMPARE(s.state, AlertState::Firing);
        QCOMPARE(s.sinceMs, m_now);
        QCOMPARE(s.historyId, dropIncident);
        QCOMPARE(s.evaluatedMs, m_now + 15 * kMin);
        AlertHistoryFilter open;
        open.openOnly = true;
        QCOMPARE(engine.store().history(open).size(), size_t(3));
    }

    void evaluatesOncePerInterval()
    {
        AlertEngine engine;
        QVERIFY(engine.open(m_berlin));
        // Last evaluated at 08:15:30: 5-minute rules are due again from
        // 08:20, the 15-minute rule from 08:30.
        QCOMPARE(engine.evaluateDue(m_now + 16 * kMin).liveEvaluations, 0);
        QCOMPARE(engine.evaluateDue(m_now + 20 * kMin).liveEvaluations, 3);
        QCOMPARE(engine.evaluateDue(m_now + 22 * kMin).liveEvaluations, 0);
        QCOMPARE(engine.evaluateDue(m_now + 30 * kMin).liveEvaluations, 4);
    }

    void importingOldLogsRecordsHistoryWithoutNotifying()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.eventscope"));
        QVERIFY(createWorkspace(path, "UTC"));
        AlertStore store;
        QVERIFY(store.open(path));
        AlertRule high = rule("Page views high", MetricId::PageViews, AlertConditionKind::Above);
        high.condition.high = 200;
        high.condition.recoveryHigh = 150;
        AlertRule low = rule("Page views low", MetricId::PageViews, AlertConditionKind::Below);
        low.condition.low = 60;
        QVERIFY(store.saveRule(high, 0));
        QVERIFY(store.saveRule(low, 0));
        store.close();

        // Logs of 2024-03-10, imported on 2024-05-01: 2 page views a minute,
        // 5 between 10:00 and 11:00.
        QByteArray log;
        addPageViews(log, at("2024-03-10T08:00:00Z"), at("2024-03-10T10:00:00Z"), 2);
        addPageViews(log, at("2024-03-10T10:00:00Z"), at("2024-03-10T11:00:00Z"), 5);
        addPageViews(log, at("2024-03-10T11:00:00Z"), at("2024-03-10T14:00:00Z"), 2);
        const std::int64_t now = at("2024-05-01T12:00:00Z") * 1000;

        // The engine on a thread of its own, told of commits by the writer.
        auto *engine = new AlertEngine;
        QVERIFY(engine->open(path));
        AlertEngineSettings settings;
        settings.commitDelayMs = 10;
        settings.tickMs = 3600'000;
        engine->setSettings(settings);
        engine->setClock([now] { return now; });
        QThread thread;
        engine->moveToThread(&thread);
        std::vector<AlertEvent> events;
        connect(engine, &AlertEngine::transition, this, [&](const AlertEvent &e) { events.push_back(e); });
        thread.start();
        QMetaObject::invokeMethod(engine, &AlertEngine::start, Qt::QueuedConnection);
        QVERIFY(importLog(path, m_dir.filePath(QStringLiteral("old.log")), log, engine->commitCallback()));
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), size_t(2), 20000);
        QMetaObject::invokeMethod(
            engine,
            [engine, main = QThread::currentThread()] {
                engine->stop();
                engine->moveToThread(main);
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(10000));
        std::unique_ptr<AlertEngine> owner(engine);

        // Fired when the hour before reached 210 (09:30-10:30), recovered at
        // 150 (10:50-11:50): once, thanks to the recovery level.
        QCOMPARE(events[0].ruleId, high.id);
        QCOMPARE(events[0].notice, AlertNotice::Fired);
        QCOMPARE(events[0].atMs, at("2024-03-10T10:30:00Z") * 1000);
        QCOMPARE(events[0].value, std::optional(210.0));
        QCOMPARE(events[1].notice, AlertNotice::Resolved);
        QCOMPARE(events[1].atMs, at("2024-03-10T11:50:00Z") * 1000);
        QCOMPARE(events[1].value, std::optional(150.0));
        for (const AlertEvent &e : events) {
            QVERIFY(e.historical);
            QVERIFY(!e.shouldNotify());
        }

        const std::vector<AlertHistoryEntry> history = engine->store().history();
        QCOMPARE(history.size(), size_t(1));
        const AlertHistoryEntry &h = history[0];
        QVERIFY(h.historical);
        QCOMPARE(h.ruleId, high.id);
        QCOMPARE(h.firedMs, at("2024-03-10T10:30:00Z") * 1000);
        QCOMPARE(h.value, std::optional(210.0));
        QCOMPARE(h.threshold, std::optional(200.0));
        QCOMPARE(h.window, (TimeRange{at("2024-03-10T09:30:00Z"), at("2024-03-10T10:30:00Z")}));
        QCOMPARE(h.resolvedMs, at("2024-03-10T11:50:00Z") * 1000);
        QCOMPARE(h.resolvedValue, std::optional(150.0));
        QueryService service;
        QVERIFY(service.open(path));
        QCOMPARE(h.value, queried(service, MetricId::PageViews, h.window));

        // Caught up to the last whole window of the data, from the first
        // whole hour; the live track never ran (the data is old).
        const AlertRuleState s = engine->store().state(high.id, AlertTrack::CatchUp);
        QCOMPARE(s.state, AlertState::Normal);
        QCOMPARE(s.evaluatedMs, at("2024-03-10T13:55:00Z") * 1000);
        QCOMPARE(engine->store().state(high.id, AlertTrack::Live), AlertRuleState{});
        QCOMPARE(engine->store().commitCursor(high.id), engine->store().latestCommitId());

        // Nothing new: evaluating again finds nothing to catch up on and
        // nothing to evaluate live.
        const AlertEvaluation again = engine->evaluateOnce(now + 3600'000);
        QCOMPARE(again.events.size(), size_t(0));
        QCOMPARE(again.catchUpSteps, 0);
        QCOMPARE(again.liveEvaluations, 0);
    }

    void catchUpGoesOnAcrossImports()
    {
        const QString path = m_dir.filePath(QStringLiteral("parts.eventscope"));
        QVERIFY(createWorkspace(path, "UTC"));
        AlertEngine engine;
        QVERIFY(engine.open(path));
        AlertRule high = rule("Page views high", MetricId::PageViews, AlertConditionKind::Above);
        high.condition.high = 200;
        high.condition.recoveryHigh = 150;
        QVERIFY(engine.store().saveRule(high, 0));
        const std::int64_t now = at("2024-05-01T12:00:00Z") * 1000;

        // The traffic of the previous test in two files, cut inside the
        // busy hour: the incident that starts in the first file ends in the
        // second.
        QByteArray first, second;
        addPageViews(first, at("2024-03-10T08:00:00Z"), at("2024-03-10T10:00:00Z"), 2);
        addPageViews(first, at("2024-03-10T10:00:00Z"), at("2024-03-10T10:40:00Z"), 5);
        addPageViews(second, at("2024-03-10T10:40:00Z"), at("2024-03-10T11:00:00Z"), 5);
        addPageViews(second, at("2024-03-10T11:00:00Z"), at("2024-03-10T14:00:00Z"), 2);

        QVERIFY(importLog(path, m_dir.filePath(QStringLiteral("part1.log")), first));
        const AlertEvaluation one = engine.evaluateOnce(now);
        QCOMPARE(one.events.size(), size_t(1));
        QCOMPARE(one.events[0].notice, AlertNotice::Fired);
        QCOMPARE(one.events[0].atMs, at("2024-03-10T10:30:00Z") * 1000);
        QCOMPARE(engine.store().state(high.id, AlertTrack::CatchUp).evaluatedMs,
                 at("2024-03-10T10:35:00Z") * 1000);

        QVERIFY(importLog(path, m_dir.filePath(QStringLiteral("part2.log")), second));
        const AlertEvaluation two = engine.evaluateOnce(now);
        QCOMPARE(two.events.size(), size_t(1));
        QCOMPARE(two.events[0].notice, AlertNotice::Resolved);
        QCOMPARE(two.events[0].atMs, at("2024-03-10T11:50:00Z") * 1000);
        QCOMPARE(two.events[0].historyId, one.events[0].historyId);

        const std::vector<AlertHistoryEntry> history = engine.store().history();
        QCOMPARE(history.size(), size_t(1));
        QVERIFY(history[0].historical);
        QCOMPARE(history[0].firedMs, at("2024-03-10T10:30:00Z") * 1000);
        QCOMPARE(history[0].resolvedMs, at("2024-03-10T11:50:00Z") * 1000);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
