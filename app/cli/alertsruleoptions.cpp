// "eventscope alerts add" and "edit": a rule from options, from a JSON file
// (docs/ALERTS.md) or both, validated by AlertRules::validate before it is
// saved. Edit changes only what its options name.

#include "cli/alertscommand.h"
#include "cli/output.h"
#include "query/dimensions.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace es::cli {

namespace {

bool usageError(const QString &message)
{
    printErr(alertsMessage(message));
    return false;
}

// 90, 5m, 1h, 2d, 1w as minutes; a bare number only for 0.
std::optional<int> parseMinutes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,7})\\s*(m|min|h|d|w)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const long long n = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    if (unit.isEmpty())
        return n == 0 ? std::optional(0) : std::nullopt;
    const long long factor = unit == QLatin1String("h")   ? 60
                             : unit == QLatin1String("d") ? 24 * 60
                             : unit == QLatin1String("w") ? 7 * 24 * 60
                                                          : 1;
    const long long minutes = n * factor;
    if (minutes > INT_MAX)
        return std::nullopt;
    return int(minutes);
}

bool minutesOption(const QCommandLineParser &p, const char *name, int &out)
{
    const QString option = QString::fromLatin1(name);
    if (!p.isSet(option))
        return true;
    const QString value = p.value(option);
    const auto m = value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? std::optional(0)
                                                                                  : parseMinutes(value);
    if (!m)
        return usageError(
            AlertsCommand::tr("--%1 takes a duration such as 30m, 1h or 2d (0 for none), not \"%2\".")
                .arg(option, value));
    out = *m;
    return true;
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
}

// LOW:HIGH; either side may be left empty when `partial`.
bool parsePair(const QString &text, std::optional<double> &low, std::optional<double> &high, bool partial)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    low = parts[0].trimmed().isEmpty() && partial ? std::nullopt : parseNumber(parts[0]);
    high = parts[1].trimmed().isEmpty() && partial ? std::nullopt : parseNumber(parts[1]);
    const bool lowOk = low || (partial && parts[0].trimmed().isEmpty());
    const bool highOk = high || (partial && parts[1].trimmed().isEmpty());
    return lowOk && highOk && (low || high);
}

const char *const kConditionOptions[] = {"above", "below", "outside", "change-pct", "change-abs", "no-data"};

bool applyCondition(const QCommandLineParser &p, AlertCondition &c)
{
    QStringList given;
    for (const char *name : kConditionOptions) {
        if (p.isSet(QString::fromLatin1(name)))
            given << QStringLiteral("--") + QString::fromLatin1(name);
    }
    if (given.size() > 1)
        return usageError(
            AlertsCommand::tr("give one condition, not %1.").arg(given.join(QStringLiteral(" and "))));
    if (given.size() == 1) {
        const QString option = given.first().mid(2);
        const QString value = p.value(option);
        static const QHash<QString, AlertConditionKind> kinds = {
            {QStringLiteral("above"), AlertConditionKind::Above},
            {QStringLiteral("below"), AlertConditionKind::Below},
            {QStringLiteral("outside"), AlertConditionKind::Outside},
            {QStringLiteral("change-pct"), AlertConditionKind::Change},
            {QStringLiteral("change-abs"), AlertConditionKind::Change},
            {QStringLiteral("no-data"), AlertConditionKind::NoData}};
        const AlertConditionKind kind = kinds.value(option);
        const ChangeUnit unit =
            option == QLatin1String("change-abs") ? ChangeUnit::Absolute : ChangeUnit::Percent;
        // Another kind of condition starts from its defaults; the same kind
        // keeps its recovery level, baseline and direction.
        if (kind != c.kind) {
            c = AlertCondition{};
            c.kind = kind;
        }
        if (kind == AlertConditionKind::Outside) {
            std::optional<double> low, high;
            if (!parsePair(value, low, high, false))
                return usageError(
                    AlertsCommand::tr(
                        "--outside takes the low-mark and the high-mark as LOW:HIGH, such as 20:50, not "
                        "\"%1\".")
                        .arg(value));
            c.low = *low;
            c.high = *high;
        } else if (kind == AlertConditionKind::NoData) {
            const auto m = parseMinutes(value);
            if (!m)
                return usageError(
                    AlertsCommand::tr("--no-data takes a duration such as 30m or 2h, not \"%1\".")
                        .arg(value));
            c.noDataMinutes = *m;
        } else {
            const auto v = parseNumber(value);
            if (!v)
                return usageError(AlertsCommand::tr("--%1 takes a number, not \"%2\".").arg(option, value));
            if (kind == AlertConditionKind::Above)
                c.high = *v;
            else if (kind == AlertConditionKind::Below)
                c.low = *v;
            else {
                if (c.unit != unit)
                    c.recoveryAmount.reset();
                c.unit = unit;
                c.amount = *v;
            }
        }
    }

    for (const char *name : {"vs", "direction"}) {
        const QString option = QString::fromLatin1(name);
        if (p.isSet(option) && c.kind != AlertConditionKind::Change)
            return usageError(
                AlertsCommand::tr("--%1 goes with a change rule (--change-pct or --change-abs).")
                    .arg(option));
    }
    if (p.isSet(QStringLiteral("vs"))) {
        const QString v = p.value(QStringLiteral("vs"));
        const auto b = v.compare(QLatin1String("last-week"), Qt::CaseInsensitive) == 0
                           ? std::optional(ChangeBaseline::SameTimeLastWeek)
                           : AlertRules::baselineFromName(v);
        if (!b)
            return usageError(AlertsCommand::tr("--vs takes previous or last-week, not \"%1\".").arg(v));
        c.baseline = *b;
    }
    if (p.isSet(QStringLiteral("direction"))) {
        const auto d = AlertRules::directionFromName(p.value(QStringLiteral("direction")));
        if (!d)
            return usageError(AlertsCommand::tr("--direction takes up, down or either, not \"%1\".")
                                  .arg(p.value(QStringLiteral("direction"))));
        c.direction = *d;
    }

    if (!p.isSet(QStringLiteral("recover")))
        return true;
    const QString value = p.value(QStringLiteral("recover"));
    if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        c.recoveryHigh.reset();
        c.recoveryLow.reset();
        c.recoveryAmount.reset();
        return true;
    }
    switch (c.kind) {
    case AlertConditionKind::Outside: {
        std::optional<double> low, high;
        if (!parsePair(value, low, high, true))
            return usageError(
                AlertsCommand::tr("--recover takes the lower and upper recovery levels of a band as "
                                  "LOW:HIGH, such as 25:45 (either may be left out), not \"%1\".")
                    .arg(value));
        c.recoveryLow = low;
        c.recoveryHigh = high;
        return true;
    }
    case AlertConditionKind::NoData:
        return usageError(
            AlertsCommand::tr("a no-data rule recovers when data arrives; it takes no --recover."));
    case AlertConditionKind::Above:
    case AlertConditionKind::Below:
    case AlertConditionKind::Change:
        break;
    }
    const auto v = parseNumber(value);
    if (!v)
        return usageError(AlertsCommand::tr("--recover takes a number (or none), not \"%1\".").arg(value));
    if (c.kind == AlertConditionKind::Above)
        c.recoveryHigh = v;
    else if (c.kind == AlertConditionKind::Below)
        c.recoveryLow = v;
    else
        c.recoveryAmount = v;
    return true;
}

// Applies the options given to `rule`; false after printing a usage error.
bool applyOptions(const QCommandLineParser &p, const AlertsWorkspace &w, AlertRule &rule)
{
    if (p.isSet(QStringLiteral("name")))
        rule.name = p.value(QStringLiteral("name")).trimmed();
    if (p.isSet(QStringLiteral("metric"))) {
        const auto m = Metrics::fromName(p.value(QStringLiteral("metric")));
        if (!m)
            return usageError(
                AlertsCommand::tr("unknown metric \"%1\". \"eventscope query --list\" lists the metrics.")
                    .arg(p.value(QStringLiteral("metric"))));
        rule.metric = *m;
    }
    if (p.isSet(QStringLiteral("filter")) && p.isSet(QStringLiteral("no-filter")))
        return usageError(AlertsCommand::tr("choose one of --filter and --no-filter."));
    if (p.isSet(QStringLiteral("no-filter")))
        rule.filters.clear();
    if (p.isSet(QStringLiteral("filter"))) {
        // The filters given replace the rule's filters.
        std::vector<AlertFilter> filters;
        for (const QString &f : p.values(QStringLiteral("filter"))) {
            const qsizetype eq = f.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usageError(
                    AlertsCommand::tr(
                        "--filter takes DIMENSION=VALUE, such as url=/download.zip, not \"%1\".")
                        .arg(f));
            QString dimension = f.left(eq).trimmed();
            // Aliases (path) are stored under the dimension's own name;
            // params.KEY is resolved in each workspace when evaluated.
            if (const auto d = Dimensions::fromName(dimension))
                dimension = Dimensions::name(*d);
            auto it = std::find_if(filters.begin(), filters.end(),
                                   [&](const AlertFilter &x) { return x.dimension == dimension; });
            if (it == filters.end())
                filters.push_back({dimension, {f.mid(eq + 1)}});
            else
                it->values << f.mid(eq + 1);
        }
        rule.filters = filters;
    }
    if (p.isSet(QStringLiteral("bots"))) {
        const auto b = botModeFromName(p.value(QStringLiteral("bots")));
        if (!b)
            return usageError(AlertsCommand::tr("--bots takes default, include, exclude or only, not \"%1\".")
                                  .arg(p.value(QStringLiteral("bots"))));
        rule.bots = *b;
    }
    if (p.isSet(QStringLiteral("window"))) {
        const QString v = p.value(QStringLiteral("window")).trimmed().toLower();
        if (v == QLatin1String("today")) {
            rule.window = {AlertWindowKind::Today, 60};
        } else if (v == QLatin1String("week") || v == QLatin1String("this-week")) {
            rule.window = {AlertWindowKind::ThisWeek, 60};
        } else if (const auto m = parseMinutes(v); m && *m > 0) {
            rule.window = {AlertWindowKind::Trailing, *m};
        } else {
            return usageError(
                AlertsCommand::tr("--window takes a length such as 30m, 1h or 1d, or today or week, not "
                                  "\"%1\".")
                    .arg(p.value(QStringLiteral("window"))));
        }
    }
    if (!applyCondition(p, rule.condition))
        return false;

    AlertTiming &t = rule.timing;
    if (!minutesOption(p, "interval", rule.intervalMinutes) ||
        !minutesOption(p, "pending", t.pendingMinutes) ||
        !minutesOption(p, "keep-firing", t.keepFiringMinutes) || !minutesOption(p, "repeat", t.repeatMinutes))
        return false;
    if (p.isSet(QStringLiteral("pending-evals"))) {
        bool ok = false;
        t.pendingEvaluations = p.value(QStringLiteral("pending-evals")).toInt(&ok);
        if (!ok)
            return usageError(AlertsCommand::tr("--pending-evals takes a number of evaluations, not \"%1\".")
                                  .arg(p.value(QStringLiteral("pending-evals"))));
    }
    // One form of pending period replaces the other; both at once are left
    // to validation, which explains why not.
    if (p.isSet(QStringLiteral("pending")) && !p.isSet(QStringLiteral("pending-evals")))
        t.pendingEvaluations = 0;
    if (p.isSet(QStringLiteral("pending-evals")) && !p.isSet(QStringLiteral("pending")))
        t.pendingMinutes = 0;

    if (p.isSet(QStringLiteral("severity"))) {
        const auto s = AlertRules::severityFromName(p.value(QStringLiteral("severity")));
        if (!s)
            return usageError(AlertsCommand::tr("--severity takes info, warning or critical, not \"%1\".")
                                  .arg(p.value(QStringLiteral("severity"))));
        rule.severity = *s;
    }
    if (p.isSet(QStringLiteral("disabled")) && p.isSet(QStringLiteral("enabled")))
        return usageError(AlertsCommand::tr("choose one of --enabled and --disabled."));
    if (p.isSet(QStringLiteral("disabled")))
        rule.enabled = false;
    if (p.isSet(QStringLiteral("enabled")))
        rule.enabled = true;
    if (p.isSet(QStringLiteral("mute-until"))) {
        const QString v = p.value(QStringLiteral("mute-until"));
        if (v.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            rule.muteUntilMs = 0;
        } else {
            const auto ms = w.parseTime(QStringLiteral("mute-until"), v);
            if (!ms)
                return false;
            rule.muteUntilMs = *ms;
        }
    }
    return true;
}

bool anyRuleOption(const QCommandLineParser &p, const QStringList &except)
{
    for (const QString &name : ruleOptionNames()) {
        if (!except.contains(name) && p.isSet(name))
            return true;
    }
    return false;
}

// The rules of a --file; false after printing why.
bool readFile(const QString &path, std::vector<AlertRule> &rules)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(alertsMessage(AlertsCommand::tr("cannot read %1: %2").arg(path, f.errorString())));
        return false;
    }
    QString error;
    rules = AlertRules::deserialize(f.readAll(), &error);
    if (rules.empty()) {
        printErr(alertsMessage(AlertsCommand::tr("%1 holds no rule that can be used:").arg(path)) +
                 (error.isEmpty() ? AlertsCommand::tr("The file lists no rules.") : error) +
                 QLatin1Char('\n'));
        return false;
    }
    return true;
}

// Prints every problem of the rule; false if there are any.
// `before`: the stored rule an edit starts from. Its marks are checked
// against the metric only when the edit changes what the rule watches, so
// that an older rule with an odd mark can still be muted or disabled.
bool checkRule(const AlertRule &rule, const AlertRule *before = nullptr)
{
    const bool sameMarks = before && before->metric == rule.metric && before->condition == rule.condition;
    const QStringList problems = sameMarks ? AlertRules::validate(rule) : AlertRules::validateForSaving(rule);
    if (problems.isEmpty())
        return true;
    printErr(alertsMessage(rule.name.isEmpty()
                               ? AlertsCommand::tr("the rule cannot be saved:")
                               : AlertsCommand::tr("the rule \"%1\" cannot be saved:").arg(rule.name)));
    for (const QString &problem : problems)
        printErr(QStringLiteral("  ") + problem + QLatin1Char('\n'));
    return false;
}

// A params key the workspace does not have makes the rule fail when it is
// evaluated; it is allowed, since the key may be configured later.
void warnAboutParams(AlertsWorkspace &w, const AlertRule &rule)
{
    const QStringList keys = w.service.paramKeys();
    for (const AlertFilter &f : rule.filters) {
        if (f.dimension.startsWith(QLatin1String("params.")) && !Dimensions::fromName(f.dimension, keys))
            printErr(alertsMessage(
                AlertsCommand::tr("warning: this workspace has no dimension %1 yet; the rule fails "
                                  "until it is added with \"eventscope analytics --params\".")
                    .arg(f.dimension)));
    }
}

void printSaved(const std::vector<AlertRule> &rules, bool json, bool added)
{
    if (json) {
        printOut(QString::fromUtf8(AlertRules::serialize(rules)));
        return;
    }
    for (const AlertRule &r : rules)
        printOut((added ? AlertsCommand::tr("Added the rule \"%1\" (%2): %3.")
                        : AlertsCommand::tr("Changed the rule \"%1\" (%2): %3."))
                     .arg(r.name, r.id, AlertRules::describe(r)) +
                 QLatin1Char('\n'));
}

bool sameEvaluation(const AlertRule &a, const AlertRule &b)
{
    return a.metric == b.metric && a.filters == b.filters && a.bots == b.bots && a.window == b.window &&
           a.condition == b.condition && a.timing == b.timing;
}

int addDemoRules(AlertsWorkspace &w, bool json)
{
    std::vector<AlertRule> added;
    for (AlertRule r : AlertRules::demoRules()) {
        if (w.store.rule(r.id)) {
            printErr(alertsMessage(
                AlertsCommand::tr("the rule %1 exists already; it is left as it is.").arg(r.id)));
            continue;
        }
        if (!w.store.saveRule(r, w.nowMs)) {
            printErr(alertsMessage(w.store.errorString()));
            return ExitFailure;
        }
        added.push_back(r);
    }
    printSaved(added, json, true);
    return ExitOk;
}

} // namespace

void addRuleOptions(QCommandLineParser &p)
{
    const QString both = AlertsCommand::tr("add, edit: ");
    auto add = [&](const char *name, const QString &help, const QString &value = {}) {
        p.addOption({QString::fromLatin1(name), both + help, value});
    };
    // Options of one of the two, whose help names it.
    auto addOne = [&](const char *name, const QString &help, const QString &value = {}) {
        p.addOption({QString::fromLatin1(name), help, value});
    };
    add("file",
        AlertsCommand::tr(
            "the rule, or rules, in their JSON form (docs/ALERTS.md); other options change it."),
        AlertsCommand::tr("FILE"));
    addOne("demo", AlertsCommand::tr("add: the example rules of the demo workspace."));
    addOne("id", AlertsCommand::tr("add: the rule's key. Default: made from the name."),
           AlertsCommand::tr("ID"));
    add("name", AlertsCommand::tr("what notifications and the history call the rule."),
        AlertsCommand::tr("NAME"));
    add("metric",
        AlertsCommand::tr(
            "the metric watched (hits, page_views, downloads, ...; see \"eventscope query --list\")."),
        AlertsCommand::tr("METRIC"));
    add("filter",
        AlertsCommand::tr(
            "only where the dimension has this value (url, country, params.KEY, ...). Repeat it for more "
            "values and filters; it replaces the rule's filters."),
        AlertsCommand::tr("DIM=VALUE"));
    addOne("no-filter", AlertsCommand::tr("edit: remove the rule's filters."));
    add("bots", AlertsCommand::tr("default, include, exclude or only."), AlertsCommand::tr("MODE"));
    add("window",
        AlertsCommand::tr("the data read: the last 30m, 1h, 1d, ... or today or week (so far). Default 1h."),
        AlertsCommand::tr("WINDOW"));
    add("above", AlertsCommand::tr("fire when the value is above X."), AlertsCommand::tr("X"));
    add("below", AlertsCommand::tr("fire when the value is below X."), AlertsCommand::tr("X"));
    add("outside", AlertsCommand::tr("fire when the value is below LOW or above HIGH."),
        AlertsCommand::tr("LOW:HIGH"));
    add("change-pct",
        AlertsCommand::tr("fire when the value changed by X % or more against a baseline (--vs)."),
        AlertsCommand::tr("X"));
    add("change-abs",
        AlertsCommand::tr("fire when the value changed by X or more against a baseline (--vs)."),
        AlertsCommand::tr("X"));
    add("vs",
        AlertsCommand::tr(
            "the baseline of a change: previous (the period before, the default) or last-week."),
        AlertsCommand::tr("BASELINE"));
    add("direction", AlertsCommand::tr("the change that fires: up, down or either (the default)."),
        AlertsCommand::tr("DIR"));
    add("no-data", AlertsCommand::tr("fire when the metric is 0 for this long (30m, 2h, ...)."),
        AlertsCommand::tr("DURATION"));
    add("recover",
        AlertsCommand::tr(
            "recover only at this level (LOW:HIGH for --outside; the change for change rules); none: at "
            "the mark."),
        AlertsCommand::tr("X"));
    add("pending", AlertsCommand::tr("fire only once the condition has held this long (5m, ...)."),
        AlertsCommand::tr("DURATION"));
    add("pending-evals",
        AlertsCommand::tr("fire only once the condition has held for N evaluations in a row."),
        AlertsCommand::tr("N"));
    add("keep-firing", AlertsCommand::tr("stay active this long after recovering."),
        AlertsCommand::tr("DURATION"));
    add("repeat", AlertsCommand::tr("remind this often while firing; 0 for never."),
        AlertsCommand::tr("DURATION"));
    add("interval", AlertsCommand::tr("evaluate this often (1m to 1d). Default 5m."),
        AlertsCommand::tr("DURATION"));
    add("severity", AlertsCommand::tr("info, warning (the default) or critical."),
        AlertsCommand::tr("LEVEL"));
    add("disabled", AlertsCommand::tr("do not evaluate the rule."));
    addOne("enabled", AlertsCommand::tr("edit: evaluate the rule again."));
    add("mute-until", AlertsCommand::tr("record but do not notify until this time (none: unmute)."),
        AlertsCommand::tr("TIME"));
}

QStringList ruleOptionNames()
{
    static const QStringList names = {
        QStringLiteral("file"),       QStringLiteral("demo"),          QStringLiteral("id"),
        QStringLiteral("name"),       QStringLiteral("metric"),        QStringLiteral("filter"),
        QStringLiteral("no-filter"),  QStringLiteral("bots"),          QStringLiteral("window"),
        QStringLiteral("above"),      QStringLiteral("below"),         QStringLiteral("outside"),
        QStringLiteral("change-pct"), QStringLiteral("change-abs"),    QStringLiteral("vs"),
        QStringLiteral("direction"),  QStringLiteral("no-data"),       QStringLiteral("recover"),
        QStringLiteral("pending"),    QStringLiteral("pending-evals"), QStringLiteral("keep-firing"),
        QStringLiteral("repeat"),     QStringLiteral("interval"),      QStringLiteral("severity"),
        QStringLiteral("disabled"),   QStringLiteral("enabled"),       QStringLiteral("mute-until")};
    return names;
}

int runAdd(const QCommandLineParser &p, AlertsWorkspace &w, bool json)
{
    if (p.isSet(QStringLiteral("no-filter")) || p.isSet(QStringLiteral("enabled"))) {
        usageError(AlertsCommand::tr("--no-filter and --enabled change existing rules; use them with edit."));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("demo"))) {
        if (anyRuleOption(p, {QStringLiteral("demo")})) {
            usageError(AlertsCommand::tr(
                "--demo adds the example rules as they are; change them with edit afterwards."));
            return ExitUsage;
        }
        return addDemoRules(w, json);
    }
    std::vector<AlertRule> rules;
    if (p.isSet(QStringLiteral("file"))) {
        if (!readFile(p.value(QStringLiteral("file")), rules))
            return ExitUsage;
        if (rules.size() > 1 && anyRuleOption(p, {QStringLiteral("file")})) {
            usageError(
                AlertsCommand::tr("the file holds %1 rules; options can change only a file of one rule.")
                    .arg(rules.size()));
            return ExitUsage;
        }
    } else {
        QStringList missing;
        if (!p.isSet(QStringLiteral("name")))
            missing << QStringLiteral("--name");
        if (!p.isSet(QStringLiteral("metric")))
            missing << QStringLiteral("--metric");
        if (!std::any_of(std::begin(kConditionOptions), std::end(kConditionOptions),
                         [&](const char *o) { return p.isSet(QString::fromLatin1(o)); }))
            missing << AlertsCommand::tr(
                "a condition (--above, --below, --outside, --change-pct, --change-abs or "
                "--no-data)");
        if (!missing.isEmpty()) {
            usageError(
                AlertsCommand::tr("a new rule needs %1, or --file.").arg(missing.join(QStringLiteral(", "))));
            return ExitUsage;
        }
        rules.emplace_back();
    }
    QSet<QString> ids;
    // Names are how people refer to rules (show, edit, the history): one
    // name, one rule.
    QHash<QString, QString> named; // folded name -> id ("" for one being added)
    for (const AlertRule &r : w.store.rules())
        named.insert(AlertRules::nameKey(r.name), r.id);
    for (AlertRule &r : rules) {
        if (!applyOptions(p, w, r))
            return ExitUsage;
        if (p.isSet(QStringLiteral("id")))
            r.id = p.value(QStringLiteral("id")).trimmed();
        if (!checkRule(r))
            return ExitUsage;
        if (!r.id.isEmpty() && (w.store.rule(r.id) || ids.contains(r.id))) {
            usageError(AlertsCommand::tr(
                           "a rule with the id %1 exists already. Change it with \"eventscope alerts edit "
                           "%1\", or give another id.")
                           .arg(r.id));
            return ExitUsage;
        }
        if (!r.id.isEmpty())
            ids.insert(r.id);
        const QString folded = AlertRules::nameKey(r.name);
        if (const auto it = named.constFind(folded); it != named.constEnd()) {
            usageError(
                it->isEmpty()
                    ? AlertsCommand::tr("two of the new rules are named \"%1\". Give each its own name.")
                          .arg(r.name.trimmed())
                    : AlertsCommand::tr("a rule named \"%1\" exists already (%2). Give the new rule "
                                        "another --name, or change that one with \"eventscope alerts "
                                        "edit %2\".")
                          .arg(r.name.trimmed(), *it));
            return ExitUsage;
        }
        named.insert(folded, QString());
    }
    for (AlertRule &r : rules) {
        warnAboutParams(w, r);
        if (!w.store.saveRule(r, w.nowMs)) {
            printErr(alertsMessage(w.store.errorString()));
            return ExitFailure;
        }
    }
    printSaved(rules, json, true);
    return ExitOk;
}

int runEdit(const QCommandLineParser &p, AlertsWorkspace &w, const QString &ref, bool json)
{
    for (const char *name : {"demo", "id"}) {
        if (p.isSet(QString::fromLatin1(name))) {
            usageError(AlertsCommand::tr("edit does not take --%1.").arg(QString::fromLatin1(name)));
            return ExitUsage;
        }
    }
    const std::optional<AlertRule> old = w.findRule(ref);
    if (!old)
        return ExitFailure;
    if (!anyRuleOption(p, {})) {
        usageError(AlertsCommand::tr("say what to change, for example --above 200 or --file rule.json."));
        return ExitUsage;
    }
    AlertRule rule = *old;
    if (p.isSet(QStringLiteral("file"))) {
        std::vector<AlertRule> rules;
        if (!readFile(p.value(QStringLiteral("file")), rules))
            return ExitUsage;
        if (rules.size() != 1) {
            usageError(AlertsCommand::tr("the file holds %1 rules; edit takes one.").arg(rules.size()));
            return ExitUsage;
        }
        rule = rules.front();
        rule.id = old->id; // the rule edited keeps its key
    }
    if (!applyOptions(p, w, rule) || !checkRule(rule, &*old))
        return ExitUsage;
    const std::vector<AlertRule> stored = w.store.rules();
    if (const AlertRule *other = AlertRules::namedLike(stored, rule.name, rule.id)) {
        usageError(AlertsCommand::tr("another rule is named \"%1\" (%2). Give this one another --name.")
                       .arg(rule.name.trimmed(), other->id));
        return ExitUsage;
    }
    warnAboutParams(w, rule);
    if (!w.store.saveRule(rule, w.nowMs)) {
        printErr(alertsMessage(w.store.errorString()));
        return ExitFailure;
    }
    printSaved({rule}, json, false);
    if (!json && !sameEvaluation(*old, rule))
        printOut(AlertsCommand::tr(
                     "What the rule watches changed, so it starts over from normal; its open alerts are "
                     "resolved.") +
                 QLatin1Char('\n'));
    return ExitOk;
}

} // namespace es::cli
