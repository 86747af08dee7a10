// Output of "eventscope alerts": times, rule states, history entries and
// evaluation events as text, CSV and JSON.

#include "cli/alertscommand.h"
#include "cli/output.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace es::cli {

namespace {

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonTime(std::int64_t ms, const QTimeZone &tz)
{
    return ms > 0 ? QJsonValue(isoTime(ms, tz)) : QJsonValue(QJsonValue::Null);
}

QString plain(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

// "email ok; webhook:ops failed (timeout)"
QString deliveriesText(const std::vector<AlertDelivery> &deliveries)
{
    QStringList parts;
    for (const AlertDelivery &d : deliveries) {
        QString part = d.channel + QLatin1Char(' ') + alertNoticeName(d.notice) + QLatin1Char(' ');
        part += d.ok ? AlertsCommand::tr("ok") : AlertsCommand::tr("failed (%1)").arg(d.error);
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString isoTime(std::int64_t ms, const QTimeZone &tz)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, tz);
    QString text = dt.toString(ms % 1000 == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss")
                                              : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    const int offset = dt.offsetFromUtc();
    if (offset == 0)
        return text + QLatin1Char('Z');
    const int a = std::abs(offset);
    return text + QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

QString shortTime(std::int64_t ms, const QTimeZone &tz)
{
    return QDateTime::fromMSecsSinceEpoch(ms, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject stateJson(const AlertRuleState &s, const QTimeZone &tz)
{
    return QJsonObject{{QStringLiteral("state"), alertStateName(s.state)},
                       {QStringLiteral("since"), jsonTime(s.sinceMs, tz)},
                       {QStringLiteral("fired"), jsonTime(s.isActive() ? s.firedMs : 0, tz)},
                       {QStringLiteral("evaluated"), jsonTime(s.evaluatedMs, tz)},
                       {QStringLiteral("last_value"), jsonNumber(s.lastValue)},
                       {QStringLiteral("history_id"),
                        s.historyId > 0 ? QJsonValue(qint64(s.historyId)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject historyJson(const AlertHistoryEntry &e, const std::vector<AlertDelivery> &deliveries,
                        const QTimeZone &tz)
{
    QJsonArray sent;
    for (const AlertDelivery &d : deliveries)
        sent.append(
            QJsonObject{{QStringLiteral("channel"), d.channel},
                        {QStringLiteral("notice"), alertNoticeName(d.notice)},
                        {QStringLiteral("ok"), d.ok},
                        {QStringLiteral("error"), d.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(d.error)},
                        {QStringLiteral("at"), isoTime(d.attemptedMs, tz)}});
    return QJsonObject{
        {QStringLiteral("id"), qint64(e.id)},
        {QStringLiteral("rule_id"), e.ruleId},
        {QStringLiteral("rule_name"), e.ruleName},
        {QStringLiteral("severity"), AlertRules::severityName(e.severity)},
        {QStringLiteral("fired"), isoTime(e.firedMs, tz)},
        {QStringLiteral("value"), jsonNumber(e.value)},
        {QStringLiteral("threshold"), jsonNumber(e.threshold)},
        {QStringLiteral("observed"), jsonNumber(e.observed)},
        {QStringLiteral("baseline"), jsonNumber(e.baseline)},
        {QStringLiteral("window_from"),
         e.window.isEmpty() ? QJsonValue() : QJsonValue(isoTime(e.window.fromSecs * 1000, tz))},
        {QStringLiteral("window_to"),
         e.window.isEmpty() ? QJsonValue() : QJsonValue(isoTime(e.window.toSecs * 1000, tz))},
        {QStringLiteral("resolved"), jsonTime(e.resolvedMs, tz)},
        {QStringLiteral("resolved_value"), jsonNumber(e.resolvedValue)},
        {QStringLiteral("reminders"), e.reminders},
        {QStringLiteral("historical"), e.historical},
        {QStringLiteral("muted"), e.muted},
        {QStringLiteral("acknowledged_by"), e.isAcknowledged() ? QJsonValue(e.ackedBy) : QJsonValue()},
        {QStringLiteral("acknowledged_at"), jsonTime(e.ackedMs, tz)},
        {QStringLiteral("deliveries"), sent}};
}

QJsonObject eventJson(const AlertEvent &e, const QTimeZone &tz)
{
    QJsonObject o{
        {QStringLiteral("rule_id"), e.ruleId},
        {QStringLiteral("rule_name"), e.ruleName},
        {QStringLiteral("severity"), AlertRules::severityName(e.severity)},
        {QStringLiteral("at"), isoTime(e.atMs, tz)},
        {QStringLiteral("from"), alertStateName(e.from)},
        {QStringLiteral("to"), alertStateName(e.to)},
        {QStringLiteral("notice"),
         e.notice == AlertNotice::None ? QJsonValue() : QJsonValue(alertNoticeName(e.notice))},
        {QStringLiteral("value"), jsonNumber(e.value)},
        {QStringLiteral("threshold"), jsonNumber(e.threshold)},
        {QStringLiteral("observed"), jsonNumber(e.observed)},
        {QStringLiteral("baseline"), jsonNumber(e.baseline)},
        {QStringLiteral("historical"), e.historical},
        {QStringLiteral("muted"), e.muted},
        {QStringLiteral("notify"), e.shouldNotify()},
        {QStringLiteral("history_id"), e.historyId > 0 ? QJsonValue(qint64(e.historyId)) : QJsonValue()}};
    if (!e.window.isEmpty()) {
        o.insert(QStringLiteral("window_from"), isoTime(e.window.fromSecs * 1000, tz));
        o.insert(QStringLiteral("window_to"), isoTime(e.window.toSecs * 1000, tz));
    }
    return o;
}

QString eventLine(const AlertEvent &e, const QTimeZone &tz)
{
    QString text = QStringLiteral("%1  %2  %3 -> %4")
                       .arg(shortTime(e.atMs, tz), e.ruleName, alertStateName(e.from), alertStateName(e.to));
    if (e.notice != AlertNotice::None)
        text += QStringLiteral("  ") + alertNoticeName(e.notice);
    if (e.value && !e.threshold)
        text += QStringLiteral("  ") + AlertsCommand::tr("value %1").arg(plain(e.value));
    else if (e.value && e.notice == AlertNotice::Resolved)
        text += QStringLiteral("  ") +
                AlertsCommand::tr("value %1, recovery level %2").arg(plain(e.value), plain(e.threshold));
    else if (e.value)
        text += QStringLiteral("  ") +
                AlertsCommand::tr("value %1, mark %2").arg(plain(e.value), plain(e.threshold));
    if (e.historical)
        text +=
            QStringLiteral("  ") + AlertsCommand::tr("(historical: found in imported data, not notified)");
    else if (e.muted)
        text += QStringLiteral("  ") + AlertsCommand::tr("(muted)");
    return text;
}

void printTable(const QStringList &header, const std::vector<QStringList> &rows, const QList<int> &right)
{
    std::vector<qsizetype> width(size_t(header.size()));
    for (qsizetype i = 0; i < header.size(); ++i) {
        width[size_t(i)] = header[i].size();
        for (const QStringList &row : rows)
            width[size_t(i)] = std::max(width[size_t(i)], row.value(i).size());
    }
    auto print = [&](const QStringList &row, bool isHeader) {
        QStringList cells;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const qsizetype w = width[size_t(i)];
            cells << (!isHeader && right.contains(int(i)) ? row.value(i).rightJustified(w)
                                                          : row.value(i).leftJustified(w));
        }
        QString text = cells.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        printOut(text + QLatin1Char('\n'));
    };
    print(header, true);
    for (const QStringList &row : rows)
        print(row, false);
}

void printHistory(AlertsWorkspace &w, const std::vector<AlertHistoryEntry> &entries, const QString &format)
{
    const QTimeZone &tz = w.timeZone;
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const AlertHistoryEntry &e : entries)
            list.append(historyJson(e, w.store.deliveries(e.id), tz));
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return;
    }
    if (format == QLatin1String("csv")) {
        printOut(
            QStringLiteral("id,fired,resolved,rule_id,rule_name,severity,value,threshold,historical,muted,"
                           "reminders,acknowledged_by,acknowledged_at,deliveries\n"));
        for (const AlertHistoryEntry &e : entries) {
            const QStringList fields = {QString::number(e.id),
                                        isoTime(e.firedMs, tz),
                                        e.resolvedMs > 0 ? isoTime(e.resolvedMs, tz) : QString(),
                                        e.ruleId,
                                        e.ruleName,
                                        AlertRules::severityName(e.severity),
                                        plain(e.value),
                                        plain(e.threshold),
                                        e.historical ? QStringLiteral("1") : QStringLiteral("0"),
                                        e.muted ? QStringLiteral("1") : QStringLiteral("0"),
                                        QString::number(e.reminders),
                                        e.ackedBy,
                                        e.ackedMs > 0 ? isoTime(e.ackedMs, tz) : QString(),
                                        deliveriesText(w.store.deliveries(e.id))};
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f);
            printOut(quoted.join(QLatin1Char(',')) + QLatin1Char('\n'));
        }
        return;
    }
    std::vector<QStringList> rows;
    for (const AlertHistoryEntry &e : entries) {
        QStringList flags;
        if (e.historical)
            flags << AlertsCommand::tr("historical");
        if (e.muted)
            flags << AlertsCommand::tr("muted");
        rows.push_back({QString::number(e.id), shortTime(e.firedMs, tz),
                        e.resolvedMs > 0 ? shortTime(e.resolvedMs, tz) : AlertsCommand::tr("open"),
                        e.ruleName, plain(e.value), plain(e.threshold), AlertRules::severityName(e.severity),
                        flags.join(QLatin1Char(',')),
                        e.isAcknowledged()
                            ? AlertsCommand::tr("%1, %2").arg(e.ackedBy, shortTime(e.ackedMs, tz))
                            : QString(),
                        deliveriesText(w.store.deliveries(e.id))});
    }
    printTable({AlertsCommand::tr("ID"), AlertsCommand::tr("FIRED"), AlertsCommand::tr("RESOLVED"),
                AlertsCommand::tr("RULE"), AlertsCommand::tr("VALUE"), AlertsCommand::tr("MARK"),
                AlertsCommand::tr("SEVERITY"), AlertsCommand::tr("FLAGS"), AlertsCommand::tr("ACKNOWLEDGED"),
                AlertsCommand::tr("DELIVERIES")},
               rows, {0, 4, 5});
}

} // namespace es::cli
