#include "alerts/alertrule.h"

#include "query/dimensions.h"
#include "query/labels.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace es {

namespace {

struct Named
{
    int value;
    const char *name;
};

constexpr Named kSeverities[] = {{int(AlertSeverity::Info), "info"},
                                 {int(AlertSeverity::Warning), "warning"},
                                 {int(AlertSeverity::Critical), "critical"}};
constexpr Named kWindows[] = {{int(AlertWindowKind::Trailing), "last"},
                              {int(AlertWindowKind::Today), "today"},
                              {int(AlertWindowKind::ThisWeek), "this-week"}};
constexpr Named kConditions[] = {{int(AlertConditionKind::Above), "above"},
                                 {int(AlertConditionKind::Below), "below"},
                                 {int(AlertConditionKind::Outside), "outside"},
                                 {int(AlertConditionKind::Change), "change"},
                                 {int(AlertConditionKind::NoData), "no-data"}};
constexpr Named kBaselines[] = {{int(ChangeBaseline::PreviousPeriod), "previous-period"},
                                {int(ChangeBaseline::SameTimeLastWeek), "week-over-week"}};
constexpr Named kDirections[] = {{int(ChangeDirection::Up), "up"},
                                 {int(ChangeDirection::Down), "down"},
                                 {int(ChangeDirection::Either), "either"}};
constexpr Named kUnits[] = {{int(ChangeUnit::Percent), "percent"}, {int(ChangeUnit::Absolute), "absolute"}};

template<std::size_t N> QString nameOf(const Named (&table)[N], int value)
{
    for (const Named &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.name);
    }
    return {};
}

template<std::size_t N> std::optional<int> valueOf(const Named (&table)[N], const QString &name)
{
    const QString n = name.trimmed();
    for (const Named &entry : table) {
        if (n.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 12);
}

bool validDimension(const QString &name)
{
    if (name.startsWith(QLatin1String("params.")) && name.size() > 7)
        return true;
    return Dimensions::fromName(name).has_value();
}

AlertRule makeRule(const char *id, const QString &name, MetricId metric)
{
    AlertRule r;
    r.id = QString::fromLatin1(id);
    r.name = name;
    r.metric = metric;
    return r;
}

} // namespace

std::vector<AlertRule> AlertRules::demoRules()
{
    std::vector<AlertRule> rules;

    AlertRule spike = makeRule("downloads-spike", tr("Download spike"), MetricId::Downloads);
    spike.window = {AlertWindowKind::Trailing, 60};
    spike.intervalMinutes = 5;
    spike.condition.kind = AlertConditionKind::Above;
    spike.condition.high = 3;
    spike.condition.recoveryHigh = 1;
    spike.timing.pendingMinutes = 10;
    spike.timing.repeatMinutes = 60;
    spike.severity = AlertSeverity::Warning;
    rules.push_back(spike);

    AlertRule low = makeRule("page-views-low", tr("Few page views"), MetricId::PageViews);
    low.window = {AlertWindowKind::Trailing, 60};
    low.intervalMinutes = 5;
    low.condition.kind = AlertConditionKind::Below;
    low.condition.low = 10;
    low.condition.recoveryLow = 20;
    low.timing.pendingMinutes = 15;
    low.severity = AlertSeverity::Warning;
    rules.push_back(low);

    AlertRule drop =
        makeRule("page-views-drop", tr("Page views down against the day before"), MetricId::PageViews);
    drop.window = {AlertWindowKind::Trailing, 24 * 60};
    drop.intervalMinutes = 15;
    drop.condition.kind = AlertConditionKind::Change;
    drop.condition.baseline = ChangeBaseline::PreviousPeriod;
    drop.condition.direction = ChangeDirection::Down;
    drop.condition.unit = ChangeUnit::Percent;
    drop.condition.amount = 30;
    drop.condition.recoveryAmount = 20;
    drop.timing.pendingEvaluations = 2;
    drop.severity = AlertSeverity::Critical;
    rules.push_back(drop);

    return rules;
}

QStringList AlertRules::validate(const AlertRule &rule)
{
    QStringList problems;
    const AlertCondition &c = rule.condition;
    const AlertTiming &t = rule.timing;

    if (rule.name.trimmed().isEmpty())
        problems << tr("The rule has no name. Give it one; notifications and the alert history show it.");
    if (rule.intervalMinutes < 1 || rule.intervalMinutes > kMaxIntervalMinutes)
        problems << tr("The rule would be evaluated every %1 minutes. Use 1 to %2 minutes (one day).")
                        .arg(rule.intervalMinutes)
                        .arg(kMaxIntervalMinutes);
    if (rule.window.kind == AlertWindowKind::Trailing && c.kind != AlertConditionKind::NoData &&
        (rule.window.minutes < 1 || rule.window.minutes > kMaxWindowMinutes))
        problems << tr("A window of the last %1 minutes cannot be evaluated. Use 1 minute to %2 minutes "
                       "(31 days).")
                        .arg(rule.window.minutes)
                        .arg(kMaxWindowMinutes);
    for (const AlertFilter &f : rule.filters) {
        if (!validDimension(f.dimension))
            problems << tr("\"%1\" is not a dimension to filter on. Use one such as url, country or device, "
                           "or params.KEY for a JSON params key.")
                            .arg(f.dimension);
        else if (f.values.isEmpty())
            problems << tr("The filter on %1 has no values. Add at least one value, or remove the filter.")
                            .arg(f.dimension);
    }

    auto finite = [&](double v, const QString &what) {
        if (!std::isfinite(v)) {
            problems << tr("The %1 is not a number. Give a number.").arg(what);
            return false;
        }
        return true;
    };
    const QString highMark = tr("high-mark");
    const QString lowMark = tr("low-mark");
    switch (c.kind) {
    case AlertConditionKind::Above:
        if (finite(c.high, highMark) && c.recoveryHigh && *c.recoveryHigh > c.high)
            problems << tr("The recovery level (%1) must not be above the high-mark (%2): the alert recovers "
                           "once the value has fallen to the recovery level.")
                            .arg(number(*c.recoveryHigh), number(c.high));
        break;
    case AlertConditionKind::Below:
        if (finite(c.low, lowMark) && c.recoveryLow && *c.recoveryLow < c.low)
            problems << tr("The recovery level (%1) must not be below the low-mark (%2): the alert recovers "
                           "once the value has risen to the recovery level.")
                            .arg(number(*c.recoveryLow), number(c.low));
        break;
    case AlertConditionKind::Outside: {
        if (!finite(c.low, lowMark) || !finite(c.high, highMark))
            break;
        if (c.low >= c.high) {
            problems << tr("The low-mark (%1) must be below the high-mark (%2) for an outside-band rule.")
                            .arg(number(c.low), number(c.high));
            break;
        }
        if (c.recoveryHigh && *c.recoveryHigh > c.high)
            problems << tr("The upper recovery level (%1) must not be above the high-mark (%2).")
                            .arg(number(*c.recoveryHigh), number(c.high));
        if (c.recoveryLow && *c.recoveryLow < c.low)
            problems << tr("The lower recovery level (%1) must not be below the low-mark (%2).")
                            .arg(number(*c.recoveryLow), number(c.low));
        const double lo = c.recoveryLow.value_or(c.low);
        const double hi = c.recoveryHigh.value_or(c.high);
        if (lo > hi)
            problems << tr("The recovery levels (%1 and %2) leave no value at which the alert could recover. "
                           "The lower recovery level must not exceed the upper one.")
                            .arg(number(lo), number(hi));
        break;
    }
    case AlertConditionKind::Change:
        if (!std::isfinite(c.amount) || c.amount <= 0)
            problems
                << (c.unit == ChangeUnit::Percent
                        ? tr("A change rule needs a positive percentage, such as 30 for a change of 30 % "
                             "or more, not %1.")
                              .arg(number(c.amount))
                        : tr("A change rule needs a positive amount, such as 100 for a change of 100 or "
                             "more, not %1.")
                              .arg(number(c.amount)));
        else if (c.recoveryAmount && (*c.recoveryAmount < 0 || *c.recoveryAmount > c.amount))
            problems << tr("The recovery change (%1) must lie between 0 and the change that fires the alert "
                           "(%2).")
                            .arg(number(*c.recoveryAmount), number(c.amount));
        break;
    case AlertConditionKind::NoData:
        if (c.noDataMinutes < 1 || c.noDataMinutes > kMaxWindowMinutes)
            problems
                << tr("\"No data for %1 minutes\" cannot be checked. Use 1 minute to %2 minutes (31 days).")
                       .arg(c.noDataMinutes)
                       .arg(kMaxWindowMinutes);
        break;
    }

    if (t.pendingMinutes > 0 && t.pendingEvaluations > 0)
        problems << tr("Give the pending period either in minutes (%1) or in evaluations (%2), not both.")
                        .arg(t.pendingMinutes)
                        .arg(t.pendingEvaluations);
    if (t.pendingMinutes < 0 || t.pendingMinutes > kMaxTimingMinutes)
        problems << tr("A pending period of %1 minutes is out of range. Use 0 to %2 minutes (7 days).")
                        .arg(t.pendingMinutes)
                        .arg(kMaxTimingMinutes);
    if (t.pendingEvaluations < 0 || t.pendingEvaluations > kMaxPendingEvaluations)
        problems << tr("A pending period of %1 evaluations is out of range. Use 0 to %2.")
                        .arg(t.pendingEvaluations)
                        .arg(kMaxPendingEvaluations);
    if (t.keepFiringMinutes < 0 || t.keepFiringMinutes > kMaxTimingMinutes)
        problems << tr("Keeping an alert active for %1 minutes after it recovers is out of range. Use 0 to "
                       "%2 minutes (7 days).")
                        .arg(t.keepFiringMinutes)
                        .arg(kMaxTimingMinutes);
    if (t.repeatMinutes < 0 || t.repeatMinutes > kMaxTimingMinutes)
        problems << tr("Reminders every %1 minutes are out of range. Use 0 (no reminders) to %2 minutes.")
                        .arg(t.repeatMinutes)
                        .arg(kMaxTimingMinutes);
    else if (t.repeatMinutes > 0 && t.repeatMinutes < rule.intervalMinutes)
        problems << tr("Reminders every %1 minutes cannot come more often than the rule is evaluated (every "
                       "%2 minutes). Use at least %2 minutes, or 0 for no reminders.")
                        .arg(t.repeatMinutes)
                        .arg(rule.intervalMinutes);
    return problems;
}

QStringList AlertRules::markProblems(const AlertRule &rule)
{
    QStringList problems;
    const AlertCondition &c = rule.condition;
    // Every metric is 0 or more, and a rate (bounce rate) at most 1: a mark
    // outside that range makes a rule that always or never fires.
    const bool fraction = rule.metric == MetricId::BounceRate;
    const QString metric = Metrics::name(rule.metric);
    auto checkMark = [&](double mark, bool above) {
        if (!std::isfinite(mark))
            return;
        if (above && mark < 0)
            problems << tr("%1 is never negative, so a high-mark of %2 would fire at once. Give a mark of 0 "
                           "or more.")
                            .arg(metric, number(mark));
        else if (!above && mark <= 0)
            problems << tr("%1 is never negative, so a low-mark of %2 could never fire. Give a mark above 0.")
                            .arg(metric, number(mark));
        else if (fraction && mark > 1)
            problems << (above ? tr("%1 is a fraction from 0 to 1 (0.45 is 45 %), so a high-mark of %2 can "
                                    "never be passed. Give %3 for %2 %.")
                               : tr("%1 is a fraction from 0 to 1 (0.45 is 45 %), so a low-mark of %2 would "
                                    "fire at once. Give %3 for %2 %."))
                            .arg(metric, number(mark), number(mark / 100));
    };
    if (c.kind == AlertConditionKind::Above)
        checkMark(c.high, true);
    else if (c.kind == AlertConditionKind::Below)
        checkMark(c.low, false);
    return problems;
}

QStringList AlertRules::validateForSaving(const AlertRule &rule)
{
    return validate(rule) + markProblems(rule);
}

const AlertRule *AlertRules::namedLike(const std::vector<AlertRule> &rules, const QString &name,
                                       const QString &exceptId)
{
    const QString key = nameKey(name);
    for (const AlertRule &r : rules) {
        if (r.id != exceptId && nameKey(r.name) == key)
            return &r;
    }
    return nullptr;
}

QString AlertRules::severityName(AlertSeverity s)
{
    return nameOf(kSeverities, int(s));
}

std::optional<AlertSeverity> AlertRules::severityFromName(const QString &name)
{
    const auto v = valueOf(kSeverities, name);
    return v ? std::optional(AlertSeverity(*v)) : std::nullopt;
}

QString AlertRules::severityTitle(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Info:
        return tr("Info");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString AlertRules::windowName(AlertWindowKind k)
{
    return nameOf(kWindows, int(k));
}

std::optional<AlertWindowKind> AlertRules::windowFromName(const QString &name)
{
    const auto v = valueOf(kWindows, name);
    return v ? std::optional(AlertWindowKind(*v)) : std::nullopt;
}

QString AlertRules::conditionName(AlertConditionKind k)
{
    return nameOf(kConditions, int(k));
}

std::optional<AlertConditionKind> AlertRules::conditionFromName(const QString &name)
{
    const auto v = valueOf(kConditions, name);
    return v ? std::optional(AlertConditionKind(*v)) : std::nullopt;
}

QString AlertRules::baselineName(ChangeBaseline b)
{
    return nameOf(kBaselines, int(b));
}

std::optional<ChangeBaseline> AlertRules::baselineFromName(const QString &name)
{
    if (name.trimmed().compare(QLatin1String("previous"), Qt::CaseInsensitive) == 0)
        return ChangeBaseline::PreviousPeriod;
    if (name.trimmed().compare(QLatin1String("wow"), Qt::CaseInsensitive) == 0)
        return ChangeBaseline::SameTimeLastWeek;
    const auto v = valueOf(kBaselines, name);
    return v ? std::optional(ChangeBaseline(*v)) : std::nullopt;
}

QString AlertRules::directionName(ChangeDirection d)
{
    return nameOf(kDirections, int(d));
}

std::optional<ChangeDirection> AlertRules::directionFromName(const QString &name)
{
    const auto v = valueOf(kDirections, name);
    return v ? std::optional(ChangeDirection(*v)) : std::nullopt;
}

QString AlertRules::unitName(ChangeUnit u)
{
    return nameOf(kUnits, int(u));
}

std::optional<ChangeUnit> AlertRules::unitFromName(const QString &name)
{
    const auto v = valueOf(kUnits, name);
    return v ? std::optional(ChangeUnit(*v)) : std::nullopt;
}

QString AlertRules::describe(const AlertRule &rule)
{
    const AlertCondition &c = rule.condition;
    const QString metric = Labels::metricTitle(rule.metric);
    QString window;
    switch (rule.window.kind) {
    case AlertWindowKind::Trailing: {
        const int m = rule.window.minutes;
        window = m % (24 * 60) == 0 ? tr("in the last %n day(s)", nullptr, m / (24 * 60))
                 : m % 60 == 0      ? tr("in the last %n hour(s)", nullptr, m / 60)
                                    : tr("in the last %n minute(s)", nullptr, m);
        break;
    }
    case AlertWindowKind::Today:
        window = tr("today so far");
        break;
    case AlertWindowKind::ThisWeek:
        window = tr("this week so far");
        break;
    }
    switch (c.kind) {
    case AlertConditionKind::Above:
        return tr("%1 above %2 %3").arg(metric, number(c.high), window);
    case AlertConditionKind::Below:
        return tr("%1 below %2 %3").arg(metric, number(c.low), window);
    case AlertConditionKind::Outside:
        return tr("%1 outside %2 to %3 %4").arg(metric, number(c.low), number(c.high), window);
    case AlertConditionKind::Change: {
        const QString amount =
            c.unit == ChangeUnit::Percent ? tr("%1 %").arg(number(c.amount)) : number(c.amount);
        const QString against = c.baseline == ChangeBaseline::SameTimeLastWeek
                                    ? tr("against the same time a week earlier")
                                    : tr("against the period before");
        switch (c.direction) {
        case ChangeDirection::Up:
            return tr("%1 %2 up by %3 or more %4").arg(metric, window, amount, against);
        case ChangeDirection::Down:
            return tr("%1 %2 down by %3 or more %4").arg(metric, window, amount, against);
        case ChangeDirection::Either:
            break;
        }
        return tr("%1 %2 changed by %3 or more %4").arg(metric, window, amount, against);
    }
    case AlertConditionKind::NoData:
        return tr("%1: none for %n minute(s)", nullptr, c.noDataMinutes).arg(metric);
    }
    return metric;
}

QString AlertRules::uniqueId(const QStringList &taken, const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString base = name.toLower().replace(nonWord, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("rule");
    const QSet<QString> used(taken.begin(), taken.end());
    QString id = base;
    for (int n = 2; used.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace es
