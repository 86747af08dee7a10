// eventscope alerts: lists, shows, adds, changes and removes alert rules,
// shows and acknowledges the alert history, and evaluates the rules once
// (docs/ALERTS.md, "Command line"), so alerts work from cron without the
// desktop application.

#include "cli/alertscommand.h"

#include "alerts/alertpayload.h"
#include "cli/output.h"
#include "core/timeexpr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <climits>
#include <cmath>

namespace es::cli {

namespace {

struct Subcommand
{
    const char *name;
    int arguments; // positional arguments after the subcommand
    QStringList options;
};

const std::vector<Subcommand> &subcommands()
{
    const QString json = QStringLiteral("json");
    static const std::vector<Subcommand> list = {
        {"list", 0, {json}},
        {"show", 1, {json}},
        {"add", 0, QStringList{json} + ruleOptionNames()},
        {"edit", 1, QStringList{json} + ruleOptionNames()},
        {"remove", 1, {json}},
        {"history",
         0,
         {json, QStringLiteral("csv"), QStringLiteral("rule"), QStringLiteral("from"), QStringLiteral("to"),
          QStringLiteral("historical"), QStringLiteral("live"), QStringLiteral("limit")}},
        {"ack", 1, {json, QStringLiteral("by")}},
        {"eval", 0, {json, QStringLiteral("now"), QStringLiteral("no-notify")}},
        {"channels", 0, {json}},
        {"test-channel", 1, {json}},
    };
    return list;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QJsonValue optionalTime(std::int64_t ms, const QTimeZone &tz)
{
    return ms > 0 ? QJsonValue(isoTime(ms, tz)) : QJsonValue(QJsonValue::Null);
}

QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QStringLiteral("-");
}

// A rule's value as its notifications show it ("0.45", "-31.5 %"), with the
// sign of a change always written: "+40.78 %" is a rise, not a fall of 40.78.
QString valueText(std::optional<double> v, const AlertRule &r)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("-");
    const QString text = ui::AlertPayload::formatValue(v, r);
    return r.condition.kind == AlertConditionKind::Change && *v > 0 ? QLatin1Char('+') + text : text;
}

// Shown rule lists: id, name, state, severity, status and what it watches.
QJsonObject ruleSummaryJson(AlertsWorkspace &w, const AlertRule &r)
{
    const AlertRuleState s = w.store.state(r.id, AlertTrack::Live);
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("metric"), Metrics::name(r.metric)},
                       {QStringLiteral("condition"), AlertRules::describe(r)},
                       {QStringLiteral("severity"), AlertRules::severityName(r.severity)},
                       {QStringLiteral("enabled"), r.enabled},
                       {QStringLiteral("muted"), r.isMuted(w.nowMs)},
                       {QStringLiteral("mute_until"), optionalTime(r.muteUntilMs, w.timeZone)},
                       {QStringLiteral("state"), alertStateName(s.state)},
                       {QStringLiteral("since"), optionalTime(s.sinceMs, w.timeZone)},
                       {QStringLiteral("last_value"), s.lastValue ? QJsonValue(*s.lastValue) : QJsonValue()}};
}

QString statusText(const AlertRule &r, std::int64_t nowMs, const QTimeZone &tz)
{
    if (!r.enabled)
        return AlertsCommand::tr("disabled");
    if (r.isMuted(nowMs))
        return AlertsCommand::tr("muted until %1").arg(shortTime(r.muteUntilMs, tz));
    return AlertsCommand::tr("enabled");
}

int runList(AlertsWorkspace &w, bool json)
{
    const std::vector<AlertRule> rules = w.store.rules();
    if (!w.store.errorString().isEmpty())
        printErr(alertsMessage(w.store.errorString()));
    if (json) {
        QJsonArray list;
        for (const AlertRule &r : rules)
            list.append(ruleSummaryJson(w, r));
        printJson(list);
        return ExitOk;
    }
    if (rules.empty()) {
        printOut(AlertsCommand::tr("No alert rules yet. Add one with \"eventscope alerts add\", or the "
                                   "example rules with \"eventscope alerts add --demo\".") +
                 QLatin1Char('\n'));
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const AlertRule &r : rules) {
        const AlertRuleState s = w.store.state(r.id, AlertTrack::Live);
        rows.push_back({r.id, r.name, alertStateName(s.state), AlertRules::severityName(r.severity),
                        statusText(r, w.nowMs, w.timeZone), AlertRules::describe(r)});
    }
    printTable({AlertsCommand::tr("ID"), AlertsCommand::tr("NAME"), AlertsCommand::tr("STATE"),
                AlertsCommand::tr("SEVERITY"), AlertsCommand::tr("STATUS"), AlertsCommand::tr("CONDITION")},
               rows, {});
    return ExitOk;
}

int runShow(AlertsWorkspace &w, const QString &ref, bool json)
{
    const std::optional<AlertRule> rule = w.findRule(ref);
    if (!rule)
        return ExitFailure;
    const AlertRuleState s = w.store.state(rule->id, AlertTrack::Live);
    AlertHistoryFilter filter;
    filter.ruleId = rule->id;
    filter.limit = 10;
    const std::vector<AlertHistoryEntry> recent = w.store.history(filter);
    if (json) {
        QJsonArray history;
        for (const AlertHistoryEntry &e : recent)
            history.append(historyJson(e, w.store.deliveries(e.id), w.timeZone));
        printJson(QJsonObject{{QStringLiteral("rule"), AlertRules::toJson(*rule)},
                              {QStringLiteral("description"), AlertRules::describe(*rule)},
                              {QStringLiteral("muted"), rule->isMuted(w.nowMs)},
                              {QStringLiteral("state"), stateJson(s, w.timeZone)},
                              {QStringLiteral("history"), history}});
        return ExitOk;
    }
    const AlertRule &r = *rule;
    const AlertTiming &t = r.timing;
    QStringList filters;
    for (const AlertFilter &f : r.filters)
        filters << QStringLiteral("%1 = %2").arg(f.dimension, f.values.join(QStringLiteral(", ")));
    QString text = QStringLiteral("%1 (%2)\n  %3\n").arg(r.name, r.id, AlertRules::describe(r));
    auto line = [&](const QString &label, const QString &value) {
        text += QStringLiteral("  %1 %2\n").arg(label, -18).arg(value);
    };
    line(AlertsCommand::tr("metric:"), Metrics::name(r.metric));
    line(AlertsCommand::tr("filters:"),
         filters.isEmpty() ? AlertsCommand::tr("none") : filters.join(QStringLiteral("; ")));
    line(AlertsCommand::tr("bots:"), botModeName(r.bots));
    line(AlertsCommand::tr("evaluated every:"), AlertsCommand::tr("%1 min").arg(r.intervalMinutes));
    const AlertCondition &c = r.condition;
    QStringList recovery;
    if (c.recoveryLow)
        recovery << number(c.recoveryLow);
    if (c.recoveryHigh)
        recovery << number(c.recoveryHigh);
    if (c.recoveryAmount)
        recovery << number(c.recoveryAmount);
    line(AlertsCommand::tr("recovers at:"),
         recovery.isEmpty() ? AlertsCommand::tr("the mark") : recovery.join(QStringLiteral(" / ")));
    line(AlertsCommand::tr("pending:"), t.pendingEvaluations > 0
                                            ? AlertsCommand::tr("%1 evaluations").arg(t.pendingEvaluations)
                                            : AlertsCommand::tr("%1 min").arg(t.pendingMinutes));
    line(AlertsCommand::tr("keep firing:"), AlertsCommand::tr("%1 min").arg(t.keepFiringMinutes));
    line(AlertsCommand::tr("reminders:"), t.repeatMinutes > 0
                                              ? AlertsCommand::tr("every %1 min").arg(t.repeatMinutes)
                                              : AlertsCommand::tr("none"));
    line(AlertsCommand::tr("severity:"), AlertRules::severityName(r.severity));
    line(AlertsCommand::tr("status:"), statusText(r, w.nowMs, w.timeZone));
    line(AlertsCommand::tr("state:"),
         s.evaluatedMs <= 0 ? AlertsCommand::tr("%1, not evaluated yet").arg(alertStateName(s.state))
         : s.sinceMs > 0    ? AlertsCommand::tr("%1 since %2, last value %3, evaluated %4")
                               .arg(alertStateName(s.state), shortTime(s.sinceMs, w.timeZone),
                                    valueText(s.lastValue, r), shortTime(s.evaluatedMs, w.timeZone))
                         : AlertsCommand::tr("%1, last value %2, evaluated %3")
                               .arg(alertStateName(s.state), valueText(s.lastValue, r),
                                    shortTime(s.evaluatedMs, w.timeZone)));
    printOut(text);
    if (!recent.empty()) {
        printOut(QLatin1Char('\n') + AlertsCommand::tr("Recent alerts:") + QLatin1Char('\n'));
        printHistory(w, recent, QStringLiteral("table"));
    }
    return ExitOk;
}

int runRemove(AlertsWorkspace &w, const QString &ref, bool json)
{
    const std::optional<AlertRule> rule = w.findRule(ref);
    if (!rule)
        return ExitFailure;
    if (!w.store.removeRule(rule->id, w.nowMs)) {
        printErr(alertsMessage(w.store.errorString()));
        return ExitFailure;
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("removed"), rule->id}});
    else
        printOut(AlertsCommand::tr("Removed the rule \"%1\" (%2). Its alert history is kept.")
                     .arg(rule->name, rule->id) +
                 QLatin1Char('\n'));
    return ExitOk;
}

int runHistory(const QCommandLineParser &p, AlertsWorkspace &w, bool json)
{
    if (json && p.isSet(QStringLiteral("csv"))) {
        printErr(alertsMessage(AlertsCommand::tr("choose one of --json and --csv.")));
        return ExitUsage;
    }
    const bool historicalOnly = p.isSet(QStringLiteral("historical"));
    if (historicalOnly && p.isSet(QStringLiteral("live"))) {
        printErr(alertsMessage(AlertsCommand::tr("choose one of --historical and --live, or neither for "
                                                 "both.")));
        return ExitUsage;
    }
    AlertHistoryFilter filter;
    filter.historical = !p.isSet(QStringLiteral("live"));
    int limit = 100;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            printErr(alertsMessage(AlertsCommand::tr("--limit takes a positive number, not \"%1\".")
                                       .arg(p.value(QStringLiteral("limit")))));
            return ExitUsage;
        }
    }
    // The store selects "everything" or "live only"; historical-only is
    // picked here, so the limit applies after that.
    filter.limit = historicalOnly ? INT_MAX : limit;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(name))
            continue;
        const auto ms = w.parseTime(name, p.value(name));
        if (!ms)
            return ExitUsage;
        (name == QLatin1String("from") ? filter.fromMs : filter.toMs) = *ms;
    }
    if (p.isSet(QStringLiteral("rule"))) {
        const QString ref = p.value(QStringLiteral("rule"));
        // The history of a removed rule is kept: its id still selects it.
        const std::optional<AlertRule> rule = w.findRule(ref, true);
        filter.ruleId = rule ? rule->id : ref;
    }
    std::vector<AlertHistoryEntry> entries = w.store.history(filter);
    if (historicalOnly) {
        std::erase_if(entries, [](const AlertHistoryEntry &e) { return !e.historical; });
        if (entries.size() > size_t(limit))
            entries.resize(size_t(limit));
    }
    if (!json && !p.isSet(QStringLiteral("csv")) && entries.empty()) {
        printOut(AlertsCommand::tr("No alerts in this selection.") + QLatin1Char('\n'));
        return ExitOk;
    }
    printHistory(w, entries,
                 json                             ? QStringLiteral("json")
                 : p.isSet(QStringLiteral("csv")) ? QStringLiteral("csv")
                                                  : QStringLiteral("table"));
    return ExitOk;
}

int runAck(const QCommandLineParser &p, AlertsWorkspace &w, const QString &idText, bool json)
{
    bool ok = false;
    const std::int64_t id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        printErr(alertsMessage(AlertsCommand::tr("ack takes the number of an alert, as \"eventscope alerts "
                                                 "history\" shows it, not \"%1\".")
                                   .arg(idText)));
        return ExitUsage;
    }
    QString by = p.value(QStringLiteral("by")).trimmed();
    if (!p.isSet(QStringLiteral("by")))
        by = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")).trimmed();
    if (by.isEmpty()) {
        printErr(alertsMessage(AlertsCommand::tr("say who acknowledges the alert with --by NAME.")));
        return ExitUsage;
    }
    std::optional<AlertHistoryEntry> entry = w.store.incident(id);
    if (!entry) {
        printErr(alertsMessage(
            AlertsCommand::tr("there is no alert %1. \"eventscope alerts history\" lists them.").arg(id)));
        return ExitFailure;
    }
    // The first acknowledgement says who took care of it; it is not
    // overwritten.
    if (entry->isAcknowledged()) {
        printErr(alertsMessage(AlertsCommand::tr("alert %1 was already acknowledged by %2 at %3.")
                                   .arg(id)
                                   .arg(entry->ackedBy, shortTime(entry->ackedMs, w.timeZone))));
    } else {
        if (!w.store.acknowledge(id, by, w.nowMs)) {
            printErr(alertsMessage(w.store.errorString()));
            return ExitFailure;
        }
        entry = w.store.incident(id);
        if (!json)
            printOut(AlertsCommand::tr("Acknowledged alert %1 (%2, fired %3) as %4.")
                         .arg(id)
                         .arg(entry->ruleName, shortTime(entry->firedMs, w.timeZone), by) +
                     QLatin1Char('\n'));
    }
    if (json)
        printJson(historyJson(*entry, w.store.deliveries(id), w.timeZone));
    return ExitOk;
}

int runEval(const QCommandLineParser &p, AlertsWorkspace &w, const QString &path, bool json)
{
    std::int64_t nowMs = w.nowMs;
    if (p.isSet(QStringLiteral("now"))) {
        const auto ms = w.parseTime(QStringLiteral("now"), p.value(QStringLiteral("now")));
        if (!ms)
            return ExitUsage;
        nowMs = *ms;
    }
    AlertEngine engine;
    if (!engine.open(path, &w.service)) {
        printErr(alertsMessage(engine.errorString()));
        return ExitFailure;
    }
    const AlertEvaluation result = engine.evaluateOnce(nowMs);
    const std::int64_t newest = w.service.newestEventSecs();
    const bool liveData = newest != INT64_MIN && newest * 1000 + 999 >= nowMs - engine.settings().graceMs;
    const std::vector<AlertRule> rules = engine.store().rules();
    for (const AlertRuleError &e : result.errors)
        printErr(alertsMessage(
            e.ruleId.isEmpty() ? e.message : AlertsCommand::tr("rule %1: %2").arg(e.ruleId, e.message)));
    NotifyOutcome notified;
    if (!p.isSet(QStringLiteral("no-notify")))
        notified = deliverNotices(w, path, result.events, rules);
    const int exitCode = result.errors.empty() && notified.failed == 0 ? ExitOk : ExitPartial;
    if (json) {
        QJsonArray ruleList, events, errors;
        for (const AlertRule &r : rules) {
            const AlertRuleState s = engine.store().state(r.id, AlertTrack::Live);
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("name"), r.name},
                          {QStringLiteral("enabled"), r.enabled}};
            const QJsonObject state = stateJson(s, w.timeZone);
            for (auto it = state.begin(); it != state.end(); ++it)
                o.insert(it.key(), it.value());
            ruleList.append(o);
        }
        for (const AlertEvent &e : result.events)
            events.append(eventJson(e, w.timeZone));
        for (const AlertRuleError &e : result.errors)
            errors.append(
                QJsonObject{{QStringLiteral("rule_id"), e.ruleId}, {QStringLiteral("message"), e.message}});
        printJson(QJsonObject{{QStringLiteral("now"), isoTime(nowMs, w.timeZone)},
                              {QStringLiteral("live_data"), liveData},
                              {QStringLiteral("live_evaluations"), result.liveEvaluations},
                              {QStringLiteral("catch_up_steps"), result.catchUpSteps},
                              {QStringLiteral("rules"), ruleList},
                              {QStringLiteral("events"), events},
                              {QStringLiteral("deliveries"), notified.attempts},
                              {QStringLiteral("errors"), errors}});
        return exitCode;
    }
    QString text = AlertsCommand::tr("Evaluated at %1 (%2). Rules evaluated on live data: %3; instants of "
                                     "imported data caught up on: %4.")
                       .arg(shortTime(nowMs, w.timeZone), QString::fromUtf8(w.zone.zoneId()))
                       .arg(result.liveEvaluations)
                       .arg(result.catchUpSteps) +
                   QLatin1Char('\n');
    if (!liveData)
        text +=
            AlertsCommand::tr("The newest data is older than an hour, so only no-data rules were evaluated "
                              "live (docs/ALERTS.md, \"Live data\").") +
            QLatin1Char('\n');
    printOut(text);
    std::vector<QStringList> rows;
    for (const AlertRule &r : rules) {
        const AlertRuleState s = engine.store().state(r.id, AlertTrack::Live);
        rows.push_back({r.id, r.enabled ? alertStateName(s.state) : AlertsCommand::tr("disabled"),
                        valueText(s.lastValue, r), r.name});
    }
    if (!rows.empty())
        printTable({AlertsCommand::tr("ID"), AlertsCommand::tr("STATE"), AlertsCommand::tr("VALUE"),
                    AlertsCommand::tr("NAME")},
                   rows, {2});
    if (!result.events.empty()) {
        printOut(QLatin1Char('\n') + AlertsCommand::tr("Events:") + QLatin1Char('\n'));
        for (const AlertEvent &e : result.events)
            printOut(QStringLiteral("  ") + eventLine(e, w.timeZone) + QLatin1Char('\n'));
    }
    if (notified.delivered + notified.failed > 0)
        printOut(QLatin1Char('\n') +
                 AlertsCommand::tr("Notices delivered on channels: %1; failed: %2.")
                     .arg(notified.delivered)
                     .arg(notified.failed) +
                 QLatin1Char('\n'));
    return exitCode;
}

} // namespace

QString alertsMessage(const QString &message)
{
    return AlertsCommand::tr("eventscope alerts: %1").arg(message) + QLatin1Char('\n');
}

bool AlertsWorkspace::open(const QString &path)
{
    // Opening the store would create a missing file; a mistyped --db must
    // not leave an empty workspace behind.
    if (!QFileInfo::exists(path)) {
        printErr(alertsMessage(AlertsCommand::tr("the workspace %1 does not exist. Import some logs first, "
                                                 "or check the path given with --db.")
                                   .arg(QDir::toNativeSeparators(path))));
        return false;
    }
    if (!store.open(path)) {
        printErr(alertsMessage(store.errorString()));
        return false;
    }
    if (!service.open(path)) {
        printErr(alertsMessage(service.errorString()));
        return false;
    }
    zone = ZoneBucketer(service.workspaceTimeZone());
    if (!zone.isValid())
        zone = ZoneBucketer("UTC");
    timeZone = QTimeZone(zone.zoneId());
    nowMs = QDateTime::currentMSecsSinceEpoch();
    return true;
}

std::optional<std::int64_t> AlertsWorkspace::parseTime(const QString &option, const QString &text) const
{
    QString error;
    const auto ms = parseTimeExpression(text, nowMs, zone, &error);
    if (!ms)
        printErr(alertsMessage(QStringLiteral("--%1: %2").arg(option, error)));
    return ms;
}

std::optional<AlertRule> AlertsWorkspace::findRule(const QString &idOrName, bool quiet)
{
    const std::vector<AlertRule> rules = store.rules();
    for (const AlertRule &r : rules) {
        if (r.id == idOrName)
            return r;
    }
    std::vector<const AlertRule *> named;
    for (const AlertRule &r : rules) {
        if (r.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            named.push_back(&r);
    }
    if (named.size() == 1)
        return *named.front();
    if (quiet)
        return std::nullopt;
    if (named.empty()) {
        printErr(alertsMessage(
            AlertsCommand::tr("there is no rule with the id or name \"%1\". \"eventscope alerts list\" lists "
                              "them.")
                .arg(idOrName)));
    } else {
        QStringList ids;
        for (const AlertRule *r : named)
            ids << r->id;
        printErr(alertsMessage(AlertsCommand::tr("%1 rules are named \"%2\"; name one by its id: %3.")
                                   .arg(named.size())
                                   .arg(idOrName, ids.join(QStringLiteral(", ")))));
    }
    return std::nullopt;
}

void AlertsCommand::addOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(
        QStringLiteral("ACTION"),
        tr("What to do: list, show RULE, add, edit RULE, remove RULE, history, ack ID, "
           "eval, channels or test-channel CHANNEL. RULE is the id or the name of a rule."),
        tr("ACTION [RULE|ID]"));
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("csv"), tr("history: print CSV.")});
    p.addOption(
        {QStringLiteral("rule"), tr("history: only the alerts of this rule (id or name)."), tr("RULE")});
    p.addOption({QStringLiteral("from"),
                 tr("history: alerts that fired at or after this time (a date, an ISO time, today, now-7d, "
                    "Unix seconds...)."),
                 tr("TIME")});
    p.addOption({QStringLiteral("to"), tr("history: alerts that fired before this time."), tr("TIME")});
    p.addOption({QStringLiteral("historical"),
                 tr("history: only alerts found in data imported after the fact (never notified).")});
    p.addOption({QStringLiteral("live"), tr("history: only alerts of live data.")});
    p.addOption(
        {QStringLiteral("limit"), tr("history: at most N alerts, newest first. Default 100."), tr("N")});
    p.addOption(
        {QStringLiteral("by"), tr("ack: who acknowledges the alert. Default: the user name."), tr("NAME")});
    p.addOption({QStringLiteral("now"),
                 tr("eval: evaluate as if it were this time (same forms as --from). Default: now."),
                 tr("TIME")});
    p.addOption({QStringLiteral("no-notify"),
                 tr("eval: do not send notices to the workspace's notification channels (they are sent by "
                    "default, like the desktop app does).")});
    addRuleOptions(p);
}

int AlertsCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    QStringList args = p.positionalArguments();
    args.removeFirst(); // the command name
    QStringList names;
    for (const Subcommand &s : subcommands())
        names << QString::fromLatin1(s.name);
    if (args.isEmpty()) {
        printErr(alertsMessage(tr("say what to do: %1. \"eventscope alerts --help\" shows the options.")
                                   .arg(names.join(QStringLiteral(", ")))));
        return ExitUsage;
    }
    const QString action = args.takeFirst();
    const auto sub = std::find_if(subcommands().begin(), subcommands().end(),
                                  [&](const Subcommand &s) { return action == QLatin1String(s.name); });
    if (sub == subcommands().end()) {
        printErr(alertsMessage(
            tr("unknown action \"%1\"; use %2.").arg(action, names.join(QStringLiteral(", ")))));
        return ExitUsage;
    }
    for (const QString &option : p.optionNames()) {
        if (option != QLatin1String("db") && option != QLatin1String("lang") &&
            !sub->options.contains(option)) {
            printErr(alertsMessage(tr("%1 does not take --%2.").arg(action, option)));
            return ExitUsage;
        }
    }
    if (args.size() != sub->arguments) {
        printErr(
            alertsMessage(sub->arguments == 0
                              ? tr("%1 takes no arguments; \"%2\" is one too many.").arg(action, args.first())
                              : tr("%1 takes the id or name of one rule (ack: the number of one alert; "
                                   "test-channel: the id "
                                   "of a channel).")
                                    .arg(action)));
        return ExitUsage;
    }
    AlertsWorkspace w;
    if (!w.open(g.dbPath))
        return ExitFailure;
    const bool json = p.isSet(QStringLiteral("json"));
    const QString arg = args.value(0);
    if (action == QLatin1String("list"))
        return runList(w, json);
    if (action == QLatin1String("show"))
        return runShow(w, arg, json);
    if (action == QLatin1String("add"))
        return runAdd(p, w, json);
    if (action == QLatin1String("edit"))
        return runEdit(p, w, arg, json);
    if (action == QLatin1String("remove"))
        return runRemove(w, arg, json);
    if (action == QLatin1String("history"))
        return runHistory(p, w, json);
    if (action == QLatin1String("ack"))
        return runAck(p, w, arg, json);
    if (action == QLatin1String("channels"))
        return runChannels(w, json);
    if (action == QLatin1String("test-channel"))
        return runTestChannel(w, arg, json);
    return runEval(p, w, g.dbPath, json);
}

Command alertsCommand()
{
    return {
        QStringLiteral("alerts"),
        [] { return AlertsCommand::tr("List, change and evaluate alert rules; show the alert history."); },
        &AlertsCommand::addOptions, &AlertsCommand::run};
}

} // namespace es::cli
