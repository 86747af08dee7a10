#pragma once
// Evaluates the workspace's alert rules through QueryService and reports
// every state change and reminder as a transition() signal (docs/ALERTS.md).
//
// Live: a rule is evaluated at the current time at most once per its
// interval, on the first writer commit or timer tick after the interval has
// passed. While the newest data is older than the grace period, the
// workspace is not receiving live data and only no-data rules are evaluated
// live (an old import would otherwise look like a collapse of traffic).
//
// Catch-up: data that the writer committed since a rule last looked (table
// commits) is replayed in data time, at the rule's interval, up to the
// grace period before now. What it finds is recorded as history marked
// historical and signalled with historical = true, never as a live
// notification.
//
// Threads: move the engine to a worker QThread and call start() there (a
// queued call); the timer, the evaluations and the signals then run on that
// thread. commitCallback() is safe to hand to Writer::setCommitCallback();
// requestStop() ends a long catch-up from any thread. evaluateOnce() runs on
// the caller's thread, for the command line and tests.

#include "alerts/alertevaluator.h"
#include "alerts/alertstore.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace es {

class QueryService;
class ZoneBucketer;
struct CommitInfo;
struct Filter;

struct AlertEngineSettings
{
    // Data newer than now minus this is live; older data is historical.
    std::int64_t graceMs = 60 * 60'000;
    // Instants replayed per rule and stretch of imported data at most; a
    // longer stretch is replayed at a multiple of the rule's interval.
    int maxCatchUpSteps = 2000;
    // The timer that evaluates rules whose interval has passed (and no-data
    // rules, which need no commit to fire).
    int tickMs = 30'000;
    // Commits close together are answered by one evaluation.
    int commitDelayMs = 1000;
};

struct AlertRuleError
{
    QString ruleId;
    QString message; // translated, says what to do
};

struct AlertEvaluation
{
    std::vector<AlertEvent> events; // live and historical, in the order they happened per rule
    std::vector<AlertRuleError> errors;
    int liveEvaluations = 0;
    int catchUpSteps = 0;
};

class AlertEngine : public QObject
{
    Q_OBJECT
public:
    explicit AlertEngine(QObject *parent = nullptr);
    ~AlertEngine() override;

    // Opens the workspace's alert store and, unless `service` is given (it
    // must outlive the engine), a QueryService of its own.
    bool open(const QString &workspacePath, QueryService *service = nullptr);
    void close();
    QString errorString() const { return m_error; }
    AlertStore &store() { return m_store; }

    void setSettings(const AlertEngineSettings &s) { m_settings = s; }
    AlertEngineSettings settings() const { return m_settings; }
    // The wall clock (UTC ms) used by start()'s timer; tests set their own.
    void setClock(std::function<std::int64_t()> clock) { m_clock = std::move(clock); }

    // Catches up on committed data, then evaluates every enabled rule live at
    // nowMs whatever its interval. Emits transition() for every event too.
    AlertEvaluation evaluateOnce(std::int64_t nowMs);
    // The same for the rules whose interval has passed (what the timer does).
    AlertEvaluation evaluateDue(std::int64_t nowMs);

    // For Writer::setCommitCallback(): callable from any thread, also after
    // the engine is gone; schedules an evaluation on the engine's thread.
    std::function<void(const CommitInfo &)> commitCallback();

    // Thread-safe: ends a running evaluation early. What it had not caught
    // up on yet is caught up on at the next evaluation.
    void requestStop() { m_interrupt = true; }

public slots:
    // Starts the timer and evaluates what is due; call on the engine's thread.
    void start();
    // Stops the timers; evaluateOnce() still works.
    void stop();
    // New data was committed: evaluate soon (after commitDelayMs).
    void dataCommitted();

signals:
    void transition(const es::AlertEvent &event);
    void ruleFailed(const QString &ruleId, const QString &message);
    void evaluated(qint64 nowMs, int events);

private:
    struct Context;
    struct Hub;

    AlertEvaluation run(std::int64_t nowMs, bool all);
    void evaluateRule(const AlertRule &rule, Context &ctx, bool all, AlertEvaluation &out);
    bool catchUp(const AlertRule &rule, const std::vector<Filter> &filters, Context &ctx, std::int64_t fromMs,
                 std::int64_t toMs, AlertEvaluation &out);
    std::optional<AlertObservation> observe(const AlertRule &rule, const std::vector<Filter> &filters,
                                            std::int64_t atMs, const ZoneBucketer &zone, QString *error);
    void publish(const AlertEvaluation &result, std::int64_t nowMs);
    void tick();

    AlertStore m_store;
    std::unique_ptr<QueryService> m_ownService;
    QueryService *m_service = nullptr;
    AlertEngineSettings m_settings;
    std::function<std::int64_t()> m_clock;
    QString m_error;
    QTimer *m_tick = nullptr;
    QTimer *m_commitDelay = nullptr;
    std::shared_ptr<Hub> m_hub;
    bool m_running = false;
    std::atomic<bool> m_interrupt{false};
};

} // namespace es
