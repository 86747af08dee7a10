#pragma once
// An alert rule: which number to watch (a metric with filters and a bot
// mode, over a window), when it is alarming (the condition), how patient to
// be about it (the timing) and how loud (the severity). Rules are stored as
// JSON in the workspace and written to and read from files in the same form
// (docs/ALERTS.md). AlertRules holds the names, the validation and the
// example rules.

#include "query/metrics.h"
#include "query/namedfilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace es {

enum class AlertSeverity : int { Info, Warning, Critical };

// The span of data a rule looks at when it is evaluated at an instant t
// (always cut at the last whole minute before t).
enum class AlertWindowKind : int {
    Trailing, // the last `minutes` minutes
    Today,    // from local midnight of the workspace zone
    ThisWeek, // from the local start of the week (Monday)
};

struct AlertWindow
{
    AlertWindowKind kind = AlertWindowKind::Trailing;
    int minutes = 60; // Trailing only
    friend bool operator==(const AlertWindow &, const AlertWindow &) = default;
};

enum class AlertConditionKind : int {
    Above,   // value > high
    Below,   // value < low
    Outside, // value < low or value > high
    Change,  // change against a baseline window by at least `amount`
    NoData,  // the metric is 0 (or has no value) over the last `noDataMinutes`
};

enum class ChangeBaseline : int { PreviousPeriod, SameTimeLastWeek };
enum class ChangeDirection : int { Up, Down, Either };
enum class ChangeUnit : int { Percent, Absolute };

struct AlertCondition
{
    AlertConditionKind kind = AlertConditionKind::Above;
    double high = 0; // Above, Outside
    double low = 0;  // Below, Outside
    // Hysteresis: a firing rule recovers only once the value is at or below
    // recoveryHigh (Above, upper side of Outside) or at or above recoveryLow
    // (Below, lower side of Outside). Unset: the mark itself.
    std::optional<double> recoveryHigh;
    std::optional<double> recoveryLow;

    ChangeBaseline baseline = ChangeBaseline::PreviousPeriod;
    ChangeDirection direction = ChangeDirection::Either;
    ChangeUnit unit = ChangeUnit::Percent;
    double amount = 0; // Change: percent or absolute, > 0
    // Change: recovers once the change in the alerting direction is below
    // this. Unset: `amount`.
    std::optional<double> recoveryAmount;

    int noDataMinutes = 60; // NoData

    friend bool operator==(const AlertCondition &, const AlertCondition &) = default;
};

struct AlertTiming
{
    // How long the condition must hold before the rule fires: for
    // pendingMinutes of data time, or for pendingEvaluations consecutive
    // evaluations. At most one of them is set; both 0 fires at once.
    int pendingMinutes = 0;
    int pendingEvaluations = 0;
    // After recovery, the rule stays active (Recovering) this long; a relapse
    // within it continues the same incident.
    int keepFiringMinutes = 0;
    // While firing, a reminder every repeatMinutes; 0: none.
    int repeatMinutes = 0;

    friend bool operator==(const AlertTiming &, const AlertTiming &) = default;
};

using AlertFilter = NamedFilter;

struct AlertRule
{
    QString id; // stable key: "downloads-high"; new rules get one from AlertRules::uniqueId()
    QString name;
    MetricId metric = MetricId::Hits;
    std::vector<AlertFilter> filters;
    BotMode bots = BotMode::Default;
    AlertWindow window;
    int intervalMinutes = 5;
    AlertCondition condition;
    AlertTiming timing;
    AlertSeverity severity = AlertSeverity::Warning;
    bool enabled = true;
    // Until this instant (UTC ms) transitions are recorded but not notified;
    // 0: not muted.
    std::int64_t muteUntilMs = 0;

    bool isMuted(std::int64_t nowMs) const { return muteUntilMs > nowMs; }
    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(es::AlertRules)
public:
    // The example rules of the demo workspace: a download spike (high-mark),
    // too few page views (low-mark), and page views down 30 % or more
    // against the day before at the same time.
    static std::vector<AlertRule> demoRules();

    // Every problem of the rule, each in plain words with what to change;
    // empty when the rule can be evaluated.
    static QStringList validate(const AlertRule &rule);
    // Marks the metric can never reach, or always passes (a high-mark below
    // 0, a bounce rate above 1): checked by the rule editor and the command
    // line, not when a stored rule is read or muted, so that rules saved
    // before these checks still load and can be switched off.
    static QStringList markProblems(const AlertRule &rule);
    static QStringList validateForSaving(const AlertRule &rule); // validate() + markProblems()

    // Names are how people refer to rules (alerts show NAME, the history,
    // notifications): one name, one rule, whatever the case and the spaces
    // around it. The key under which a name is unique.
    static QString nameKey(const QString &name) { return name.trimmed().toCaseFolded(); }
    // The rule among `rules`, other than the one with `exceptId`, that has
    // the name `name`; nullptr when there is none.
    static const AlertRule *namedLike(const std::vector<AlertRule> &rules, const QString &name,
                                      const QString &exceptId);

    // Names used in JSON and on the command line, and back (case-insensitive).
    static QString severityName(AlertSeverity s); // "info", "warning", "critical"
    static std::optional<AlertSeverity> severityFromName(const QString &name);
    static QString severityTitle(AlertSeverity s); // translated
    static QString windowName(AlertWindowKind k);  // "last", "today", "this-week"
    static std::optional<AlertWindowKind> windowFromName(const QString &name);
    static QString conditionName(AlertConditionKind k); // "above", "below", "outside", "change", "no-data"
    static std::optional<AlertConditionKind> conditionFromName(const QString &name);
    static QString baselineName(ChangeBaseline b); // "previous-period", "week-over-week"
    static std::optional<ChangeBaseline> baselineFromName(const QString &name);
    static QString directionName(ChangeDirection d); // "up", "down", "either"
    static std::optional<ChangeDirection> directionFromName(const QString &name);
    static QString unitName(ChangeUnit u); // "percent", "absolute"
    static std::optional<ChangeUnit> unitFromName(const QString &name);

    // One line for lists: "Downloads above 40 in the last 60 minutes".
    static QString describe(const AlertRule &rule);

    // JSON (docs/ALERTS.md). fromJson reports the first field it cannot read
    // and, for a readable rule, the problems validate() finds.
    static QJsonObject toJson(const AlertRule &rule);
    static std::optional<AlertRule> fromJson(const QJsonObject &o, QString *error);
    // {"version":1,"rules":[...]}; deserialize() also takes a single rule
    // object (a file made for --file).
    static QByteArray serialize(const std::vector<AlertRule> &rules);
    static std::vector<AlertRule> deserialize(const QByteArray &json, QString *error);

    // A key derived from the name ("page-views-low", "page-views-low-2")
    // that no rule of `taken` uses.
    static QString uniqueId(const QStringList &taken, const QString &name);

    // Limits checked by validate().
    static constexpr int kMaxWindowMinutes = 31 * 24 * 60;
    static constexpr int kMaxIntervalMinutes = 24 * 60;
    static constexpr int kMaxTimingMinutes = 7 * 24 * 60;
    static constexpr int kMaxPendingEvaluations = 1000;
};

} // namespace es
