#include "alerts/alertengine.h"

#include "alerts/alertwindow.h"
#include "core/zonebucketer.h"
#include "query/queryservice.h"
#include "store/writer.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>
#include <mutex>

namespace es {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;

std::int64_t floorTo(std::int64_t t, std::int64_t step)
{
    return t / step * step - (t % step < 0 ? step : 0);
}

std::int64_t ceilTo(std::int64_t t, std::int64_t step)
{
    const std::int64_t f = floorTo(t, step);
    return f == t ? t : f + step;
}

// The metric's value in a total query: counts of an empty window are 0,
// ratios of nothing have no value.
std::optional<double> metricValue(const QueryResult &r, MetricId metric)
{
    const int col = r.columnIndex(ResultColumn::Role::Metric, metric);
    if (col < 0 || r.rows.empty())
        return Metrics::def(metric).real ? std::nullopt : std::optional(0.0);
    const Cell &cell = r.rows.front()[size_t(col)];
    if (const auto *i = std::get_if<std::int64_t>(&cell))
        return double(*i);
    if (const auto *d = std::get_if<double>(&cell))
        return *d;
    return std::nullopt;
}

} // namespace

// Lets the writer's thread reach the engine for as long as it exists.
struct AlertEngine::Hub
{
    std::mutex mutex;
    AlertEngine *engine = nullptr;
    std::atomic<bool> scheduled{false};
};

struct AlertEngine::Context
{
    std::int64_t nowMs = 0;
    bool live = false;
    std::unique_ptr<ZoneBucketer> zone;
    QStringList paramKeys;
    std::int64_t latestCommit = 0;
};

AlertEngine::AlertEngine(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }), m_tick(new QTimer(this)),
      m_commitDelay(new QTimer(this)), m_hub(std::make_shared<Hub>())
{
    qRegisterMetaType<es::AlertEvent>();
    m_hub->engine = this;
    m_commitDelay->setSingleShot(true);
    connect(m_tick, &QTimer::timeout, this, &AlertEngine::tick);
    connect(m_commitDelay, &QTimer::timeout, this, &AlertEngine::tick);
}

AlertEngine::~AlertEngine()
{
    {
        std::lock_guard lock(m_hub->mutex);
        m_hub->engine = nullptr;
    }
    close();
}

bool AlertEngine::open(const QString &workspacePath, QueryService *service)
{
    close();
    m_error.clear();
    // The store migrates the workspace, which the query service expects at
    // the current schema.
    if (!m_store.open(workspacePath)) {
        m_error = m_store.errorString();
        return false;
    }
    if (service) {
        m_service = service;
        return true;
    }
    m_ownService = std::make_unique<QueryService>();
    if (!m_ownService->open(workspacePath)) {
        m_error = m_ownService->errorString();
        m_ownService.reset();
        m_store.close();
        return false;
    }
    m_service = m_ownService.get();
    return true;
}

void AlertEngine::close()
{
    m_service = nullptr;
    m_ownService.reset();
    m_store.close();
}

std::function<void(const CommitInfo &)> AlertEngine::commitCallback()
{
    std::shared_ptr<Hub> hub = m_hub;
    return [hub](const CommitInfo &) {
        std::lock_guard lock(hub->mutex);
        if (hub->engine && !hub->scheduled.exchange(true))
            QMetaObject::invokeMethod(hub->engine, &AlertEngine::dataCommitted, Qt::QueuedConnection);
    };
}

void AlertEngine::start()
{
    m_running = true;
    m_tick->start(m_settings.tickMs);
    tick();
}

void AlertEngine::stop()
{
    m_running = false;
    m_tick->stop();
    m_commitDelay->stop();
}

void AlertEngine::dataCommitted()
{
    m_hub->scheduled = false;
    if (m_running && !m_commitDelay->isActive())
        m_commitDelay->start(m_settings.commitDelayMs);
}

void AlertEngine::tick()
{
    if (m_running && m_service)
        evaluateDue(m_clock());
}

AlertEvaluation AlertEngine::evaluateOnce(std::int64_t nowMs)
{
    return run(nowMs, true);
}

AlertEvaluation AlertEngine::evaluateDue(std::int64_t nowMs)
{
    return run(nowMs, false);
}

AlertEvaluation AlertEngine::run(std::int64_t nowMs, bool all)
{
    AlertEvaluation out;
    m_interrupt = false;
    if (!m_service) {
        out.errors.push_back({QString(), tr("No workspace is open for alerts.")});
        publish(out, nowMs);
        return out;
    }
    Context ctx;
    ctx.nowMs = nowMs;
    const std::int64_t newestSecs = m_service->newestEventSecs();
    // The newest second counts as a whole: its last record may be at .999.
    ctx.live = newestSecs != INT64_MIN && newestSecs * 1000 + 999 >= nowMs - m_settings.graceMs;
    ctx.zone = std::make_unique<ZoneBucketer>(m_service->workspaceTimeZone());
    if (!ctx.zone->isValid())
        ctx.zone = std::make_unique<ZoneBucketer>("UTC");
    ctx.paramKeys = m_service->paramKeys();
    ctx.latestCommit = m_store.latestCommitId();
    const std::vector<AlertRule> rules = m_store.rules();
    for (const AlertRule &rule : rules) {
        if (m_interrupt)
            break;
        evaluateRule(rule, ctx, all, out);
    }
    publish(out, nowMs);
    return out;
}

void AlertEngine::evaluateRule(const AlertRule &rule, Context &ctx, bool all, AlertEvaluation &out)
{
    auto fail = [&](const QString &message) { out.errors.push_back({rule.id, message}); };
    const std::int64_t cursor = m_store.commitCursor(rule.id);
    if (!rule.enabled) {
        // A disabled rule does not watch: when enabled again it starts from
        // the data committed then.
        if (cursor < ctx.latestCommit)
            m_store.setCommitCursor(rule.id, ctx.latestCommit);
        return;
    }
    const QStringList problems = AlertRules::validate(rule);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    std::vector<Filter> filters;
    for (const AlertFilter &f : rule.filters) {
        const auto d = Dimensions::fromName(f.dimension, ctx.paramKeys);
        if (!d)
            return fail(
                tr("The rule \"%1\" filters on \"%2\", which this workspace does not have. Change the "
                   "filter, or add the params key with \"eventscope analytics --params\".")
                    .arg(rule.name, f.dimension));
        filters.push_back(Filter{*d, f.values});
    }

    if (cursor < ctx.latestCommit) {
        bool complete = true;
        for (const CommittedSpan &span : m_store.committedSpans(cursor, ctx.latestCommit)) {
            const std::int64_t end = std::min(span.toMs, ctx.nowMs - m_settings.graceMs);
            if (end > span.fromMs && !catchUp(rule, filters, ctx, span.fromMs, end, out))
                complete = false;
        }
        // An interrupted catch-up is tried again at the next evaluation.
        if (complete && !m_interrupt)
            m_store.setCommitCursor(rule.id, ctx.latestCommit);
    }

    if (!ctx.live && rule.condition.kind != AlertConditionKind::NoData)
        return;
    const std::int64_t intervalMs = std::int64_t(rule.intervalMinutes) * kMinuteMs;
    AlertRuleState state = m_store.state(rule.id, AlertTrack::Live);
    // Due once per slot of the interval's grid, so ticks do not drift.
    if (!all && state.evaluatedMs != 0 &&
        floorTo(ctx.nowMs, intervalMs) <= floorTo(state.evaluatedMs, intervalMs))
        return;
    QString error;
    const std::optional<AlertObservation> obs = observe(rule, filters, ctx.nowMs, *ctx.zone, &error);
    if (!obs)
        return fail(error);
    AlertOutcome outcome = AlertEvaluator::evaluate(rule, state, *obs, false, ctx.nowMs);
    if (!m_store.record(rule, AlertTrack::Live, outcome.state, outcome.events))
        return fail(m_store.errorString());
    ++out.liveEvaluations;
    out.events.insert(out.events.end(), outcome.events.begin(), outcome.events.end());
}

bool AlertEngine::catchUp(const AlertRule &rule, const std::vector<Filter> &filters, Context &ctx,
                          std::int64_t fromMs, std::int64_t toMs, AlertEvaluation &out)
{
    std::int64_t stepMs = std::int64_t(rule.intervalMinutes) * kMinuteMs;
    AlertRuleState state = m_store.state(rule.id, AlertTrack::CatchUp);
    // Data that goes on where the last catch-up stopped continues its
    // incidents; anything else starts from Normal.
    const bool continues =
        state.evaluatedMs > 0 && fromMs <= state.evaluatedMs + stepMs && toMs > state.evaluatedMs;
    std::int64_t first = 0;
    if (continues) {
        first = state.evaluatedMs + stepMs;
    } else {
        state = AlertRuleState{};
        // The first window lies wholly in the new data, so the edge of an
        // import does not look like a collapse of traffic.
        const std::int64_t lead = rule.condition.kind == AlertConditionKind::NoData
                                      ? std::int64_t(rule.condition.noDataMinutes) * kMinuteMs
                                  : rule.window.kind == AlertWindowKind::Trailing
                                      ? std::int64_t(rule.window.minutes) * kMinuteMs
                                      : 0;
        first = ceilTo(fromMs + lead, stepMs);
    }
    const std::int64_t last = floorTo(toMs, kMinuteMs);
    if (first > last) {
        if (continues)
            return true;
        // Too little data for a whole window yet. Remember where the first
        // one will end, so that the next commit of the same import goes on
        // from here instead of waiting for a whole window of its own.
        state.evaluatedMs = first - stepMs;
        std::vector<AlertEvent> none;
        if (!m_store.record(rule, AlertTrack::CatchUp, state, none)) {
            out.errors.push_back({rule.id, m_store.errorString()});
            return false;
        }
        return true;
    }
    const std::int64_t steps = (last - first) / stepMs + 1;
    if (steps > m_settings.maxCatchUpSteps)
        stepMs *= (steps + m_settings.maxCatchUpSteps - 1) / m_settings.maxCatchUpSteps;

    std::vector<AlertEvent> events;
    bool complete = true;
    for (std::int64_t t = first; t <= last; t += stepMs) {
        if (m_interrupt) {
            complete = false;
            break;
        }
        QString error;
        const std::optional<AlertObservation> obs = observe(rule, filters, t, *ctx.zone, &error);
        if (!obs) {
            out.errors.push_back({rule.id, error});
            complete = false;
            break;
        }
        AlertOutcome outcome = AlertEvaluator::evaluate(rule, state, *obs, true, ctx.nowMs);
        state = outcome.state;
        events.insert(events.end(), outcome.events.begin(), outcome.events.end());
        ++out.catchUpSteps;
    }
    if (!m_store.record(rule, AlertTrack::CatchUp, state, events)) {
        out.errors.push_back({rule.id, m_store.errorString()});
        return false;
    }
    out.events.insert(out.events.end(), events.begin(), events.end());
    return complete;
}

std::optional<AlertObservation> AlertEngine::observe(const AlertRule &rule,
                                                     const std::vector<Filter> &filters, std::int64_t atMs,
                                                     const ZoneBucketer &zone, QString *error)
{
    const AlertWindows w = alertWindows(rule, atMs, zone);
    Query q;
    q.metrics = {rule.metric};
    q.filters = filters;
    q.bots = rule.bots;
    q.range = w.current;
    // Both windows at once: the service runs them on its threads.
    QFuture<QueryResult> current = m_service->run(q);
    const bool compare = !w.previous.isEmpty();
    QFuture<QueryResult> previous;
    if (compare) {
        q.range = w.previous;
        previous = m_service->run(q);
    }
    AlertObservation o;
    o.atMs = atMs;
    const QueryResult r = current.result();
    if (!r.ok) {
        *error =
            tr("The rule \"%1\" could not read %2: %3").arg(rule.name, Metrics::name(rule.metric), r.error);
        return std::nullopt;
    }
    o.value = metricValue(r, rule.metric);
    o.window = r.range.isEmpty() ? w.current : r.range;
    if (compare) {
        const QueryResult p = previous.result();
        if (!p.ok) {
            *error = tr("The rule \"%1\" could not read its baseline: %2").arg(rule.name, p.error);
            return std::nullopt;
        }
        o.previous = metricValue(p, rule.metric);
        o.previousWindow = p.range.isEmpty() ? w.previous : p.range;
    }
    return o;
}

void AlertEngine::publish(const AlertEvaluation &result, std::int64_t nowMs)
{
    for (const AlertEvent &e : result.events)
        emit transition(e);
    for (const AlertRuleError &e : result.errors)
        emit ruleFailed(e.ruleId, e.message);
    emit evaluated(nowMs, int(result.events.size()));
}

} // namespace es
