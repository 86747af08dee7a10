#include "alerts/alertpayload.h"

#include "query/labels.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace es::ui {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QJsonValue isoUtc(std::int64_t ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate); // UTC spec: "Z", not "+00:00"
}

QJsonValue jsonNumber(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonWindow(const TimeRange &w)
{
    if (w.isEmpty())
        return QJsonValue::Null;
    QJsonObject o;
    o.insert(key("from"), isoUtc(w.fromSecs * 1000));
    o.insert(key("to"), isoUtc(w.toSecs * 1000));
    return o;
}

QString localTime(std::int64_t ms, const QTimeZone &zone, bool seconds)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QString format =
        seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    return t.toString(format) + QLatin1Char(' ') + zone.abbreviation(t);
}

QString localWindow(const TimeRange &w, const QTimeZone &zone)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(w.fromSecs, zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(w.toSecs, zone);
    const QString end = from.date() == to.date() ? to.toString(QStringLiteral("HH:mm"))
                                                 : to.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return AlertPayload::tr("%1 to %2 %3")
        .arg(from.toString(QStringLiteral("yyyy-MM-dd HH:mm")), end, zone.abbreviation(to));
}

bool isPercentChange(const AlertRule &rule)
{
    return rule.condition.kind == AlertConditionKind::Change && rule.condition.unit == ChangeUnit::Percent;
}

std::int64_t firedMs(const AlertEvent &e, const AlertNoticeContext &ctx)
{
    return e.notice == AlertNotice::Fired ? e.atMs : ctx.firedMs;
}

QString slackEscape(QString s)
{
    // Slack reads &, < and > as markup (links, mentions) in message text.
    s.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    s.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    s.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return s;
}

QString severityColor(const AlertEvent &e)
{
    if (e.notice == AlertNotice::Resolved)
        return QStringLiteral("#2eb67d");
    switch (e.severity) {
    case AlertSeverity::Info:
        return QStringLiteral("#439fe0");
    case AlertSeverity::Warning:
        return QStringLiteral("#ecb22e");
    case AlertSeverity::Critical:
        return QStringLiteral("#e01e5a");
    }
    return {};
}

QJsonObject slackField(const QString &title, const QString &value, bool isShort = true)
{
    QJsonObject f;
    f.insert(key("title"), title);
    f.insert(key("value"), slackEscape(value));
    f.insert(key("short"), isShort);
    return f;
}

} // namespace

QString AlertPayload::eventId(const AlertEvent &e)
{
    return QStringLiteral("%1-%2-%3").arg(e.ruleId, alertNoticeName(e.notice)).arg(e.atMs);
}

QString AlertPayload::formatValue(std::optional<double> v, const AlertRule &rule)
{
    if (!v || !std::isfinite(*v))
        return tr("no value");
    QString text;
    if (*v == std::round(*v) && std::abs(*v) < 1e15)
        text = QString::number(qint64(*v));
    else {
        text = QString::number(*v, 'f', 2);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return isPercentChange(rule) ? text + QStringLiteral(" %") : text;
}

QString AlertPayload::summary(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx)
{
    const QString severity = AlertRules::severityTitle(e.severity);
    const QString value = formatValue(e.value, rule);
    const QString threshold = formatValue(e.threshold, rule);
    QString s;
    switch (e.notice) {
    case AlertNotice::None:
    case AlertNotice::Fired:
        s = tr("%1: %2 fired (value %3, mark %4)").arg(severity, e.ruleName, value, threshold);
        break;
    case AlertNotice::Reminder:
        s = tr("%1: %2 is still firing (value %3, mark %4)").arg(severity, e.ruleName, value, threshold);
        break;
    case AlertNotice::Resolved:
        s = tr("%1 resolved: %2 (value %3, recovery level %4)").arg(severity, e.ruleName, value, threshold);
        break;
    }
    if (!ctx.workspaceName.isEmpty())
        s = tr("%1 in workspace %2").arg(s, ctx.workspaceName);
    s += QLatin1Char('.');
    return ctx.test ? tr("Test: %1").arg(s) : s;
}

QString AlertPayload::emailSubject(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx)
{
    const QString severity = AlertRules::severityTitle(e.severity);
    const QString value = formatValue(e.value, rule);
    const QString threshold = formatValue(e.threshold, rule);
    QString s;
    switch (e.notice) {
    case AlertNotice::None:
    case AlertNotice::Fired:
        s = tr("%1: %2 fired (%3, mark %4)").arg(severity, e.ruleName, value, threshold);
        break;
    case AlertNotice::Reminder:
        s = tr("%1: %2 still firing (%3, mark %4)").arg(severity, e.ruleName, value, threshold);
        break;
    case AlertNotice::Resolved:
        s = tr("Resolved: %1 (%2, %3)").arg(e.ruleName, value, severity);
        break;
    }
    if (ctx.test)
        s = tr("Test: %1").arg(s);
    return QStringLiteral("[Eventscope] ") + s;
}

QString AlertPayload::emailText(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx)
{
    QStringList lines;
    if (ctx.test)
        lines << tr("This is a test message from Eventscope: the numbers are made up.") << QString();
    lines << summary(e, rule, ctx) << QString();
    lines << tr("Rule: %1 (%2)").arg(e.ruleName, e.ruleId);
    lines << tr("Condition: %1").arg(AlertRules::describe(rule));
    lines << tr("Severity: %1").arg(AlertRules::severityTitle(e.severity));
    lines << tr("Value: %1").arg(formatValue(e.value, rule));
    if (e.notice == AlertNotice::Resolved)
        lines << tr("Recovery level: %1").arg(formatValue(e.threshold, rule));
    else
        lines << tr("Mark: %1").arg(formatValue(e.threshold, rule));
    if (rule.condition.kind == AlertConditionKind::Change) {
        AlertRule plain = rule;
        plain.condition.kind = AlertConditionKind::Above; // the metric itself, never a percent
        lines << tr("Metric over the window: %1").arg(formatValue(e.observed, plain));
        lines << tr("Metric over the baseline: %1").arg(formatValue(e.baseline, plain));
    }
    if (!e.window.isEmpty())
        lines << tr("Window: %1").arg(localWindow(e.window, ctx.zone));
    if (!e.previousWindow.isEmpty())
        lines << tr("Baseline window: %1").arg(localWindow(e.previousWindow, ctx.zone));
    if (const std::int64_t fired = firedMs(e, ctx); fired > 0)
        lines << tr("Fired at: %1").arg(localTime(fired, ctx.zone, true));
    if (e.notice == AlertNotice::Reminder)
        lines << tr("Reminder at: %1").arg(localTime(e.atMs, ctx.zone, true));
    if (e.notice == AlertNotice::Resolved)
        lines << tr("Resolved at: %1").arg(localTime(e.atMs, ctx.zone, true));
    if (!ctx.workspaceName.isEmpty())
        lines << tr("Workspace: %1").arg(ctx.workspaceName);
    if (e.historyId > 0)
        lines << QString() << tr("Incident %1 in the alert history of Eventscope.").arg(e.historyId);
    lines << QString();
    return lines.join(QLatin1Char('\n'));
}

QJsonObject AlertPayload::webhookJson(const AlertEvent &e, const AlertRule &rule,
                                      const AlertNoticeContext &ctx)
{
    QJsonObject o;
    o.insert(key("version"), kVersion);
    o.insert(key("eventId"), eventId(e));
    o.insert(key("historyId"), e.historyId > 0 ? QJsonValue(qint64(e.historyId)) : QJsonValue::Null);
    o.insert(key("notice"), alertNoticeName(e.notice));
    o.insert(key("state"), alertStateName(e.to));
    o.insert(key("previousState"), alertStateName(e.from));
    o.insert(key("severity"), AlertRules::severityName(e.severity));
    o.insert(key("ruleId"), e.ruleId);
    o.insert(key("ruleName"), e.ruleName);
    o.insert(key("metric"), Metrics::name(rule.metric));
    o.insert(key("condition"), AlertRules::conditionName(rule.condition.kind));
    o.insert(key("description"), AlertRules::describe(rule));
    o.insert(key("value"), jsonNumber(e.value));
    o.insert(key("threshold"), jsonNumber(e.threshold));
    o.insert(key("observed"), jsonNumber(e.observed));
    o.insert(key("baseline"), jsonNumber(e.baseline));
    o.insert(key("window"), jsonWindow(e.window));
    o.insert(key("baselineWindow"), jsonWindow(e.previousWindow));
    o.insert(key("at"), isoUtc(e.atMs));
    o.insert(key("firedAt"), isoUtc(firedMs(e, ctx)));
    o.insert(key("resolvedAt"), e.notice == AlertNotice::Resolved ? isoUtc(e.atMs) : QJsonValue::Null);
    o.insert(key("workspace"), ctx.workspaceName);
    o.insert(key("summary"), summary(e, rule, ctx));
    o.insert(key("test"), ctx.test);
    return o;
}

QJsonObject AlertPayload::slackJson(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx)
{
    QJsonArray fields;
    fields.append(slackField(tr("Value"), formatValue(e.value, rule)));
    fields.append(slackField(e.notice == AlertNotice::Resolved ? tr("Recovery level") : tr("Mark"),
                             formatValue(e.threshold, rule)));
    fields.append(slackField(tr("Severity"), AlertRules::severityTitle(e.severity)));
    if (!e.window.isEmpty())
        fields.append(slackField(tr("Window"), localWindow(e.window, ctx.zone)));
    fields.append(slackField(tr("Condition"), AlertRules::describe(rule), false));

    QJsonObject attachment;
    attachment.insert(key("fallback"), slackEscape(summary(e, rule, ctx)));
    attachment.insert(key("color"), severityColor(e));
    attachment.insert(key("title"), slackEscape(e.ruleName));
    attachment.insert(key("fields"), fields);
    attachment.insert(key("footer"), ctx.workspaceName.isEmpty()
                                         ? QStringLiteral("Eventscope")
                                         : QStringLiteral("Eventscope · ") + slackEscape(ctx.workspaceName));
    attachment.insert(key("ts"), qint64(e.atMs / 1000));

    QJsonObject o;
    o.insert(key("text"), slackEscape(summary(e, rule, ctx)));
    o.insert(key("attachments"), QJsonArray{attachment});
    return o;
}

AlertRule AlertPayload::sampleRule()
{
    AlertRule r;
    r.id = QStringLiteral("download-spike");
    r.name = tr("Download spike");
    r.metric = MetricId::Downloads;
    r.window = {AlertWindowKind::Trailing, 60};
    r.condition.kind = AlertConditionKind::Above;
    r.condition.high = 40;
    r.condition.recoveryHigh = 30;
    r.severity = AlertSeverity::Warning;
    return r;
}

AlertEvent AlertPayload::sampleEvent(const AlertRule &rule, std::int64_t nowMs)
{
    AlertEvent e;
    e.ruleId = rule.id;
    e.ruleName = rule.name;
    e.severity = rule.severity;
    e.from = AlertState::Pending;
    e.to = AlertState::Firing;
    e.notice = AlertNotice::Fired;
    e.atMs = nowMs;
    e.value = 52;
    e.threshold = 40;
    e.observed = 52;
    const std::int64_t end = nowMs / 60000 * 60;
    e.window = {end - 3600, end};
    return e;
}

} // namespace es::ui
