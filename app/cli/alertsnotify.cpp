// Notification channels on the command line: "eventscope alerts eval"
// delivers the live notices it produces to the workspace's channels, as the
// desktop app does, so alerts reach people from cron; "alerts channels"
// lists the channels and "alerts test-channel ID" sends a test notice.

#include "alerts/alertdispatcher.h"
#include "cli/alertscommand.h"
#include "cli/output.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace es::cli {

using ui::AlertDispatcher;
using ui::ChannelKind;
using ui::DeliveryAttempt;
using ui::NotificationChannel;
using ui::NotificationChannels;

namespace {

QList<NotificationChannel> loadChannels(AlertsWorkspace &w)
{
    QString error;
    const QList<NotificationChannel> channels =
        NotificationChannels::parseList(w.store.channelsJson(), &error);
    if (!error.isEmpty())
        printErr(
            alertsMessage(AlertsCommand::tr("some notification channels cannot be used: %1").arg(error)));
    return channels;
}

// Runs the event loop until the dispatcher has nothing in progress.
void waitForDeliveries(AlertDispatcher &d)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (d.pendingCount() == 0)
            loop.quit();
    });
    poll.start();
    loop.exec();
}

QString target(const NotificationChannel &c)
{
    if (c.kind != ChannelKind::Email)
        return NotificationChannels::displayUrl(c.url);
    return AlertsCommand::tr("%1:%2 to %3")
        .arg(c.smtpHost)
        .arg(c.effectiveSmtpPort())
        .arg(c.to.join(QStringLiteral(", ")));
}

QJsonObject attemptJson(const DeliveryAttempt &a, const QTimeZone &tz)
{
    return QJsonObject{{QStringLiteral("channel"), a.channel},
                       {QStringLiteral("history_id"), qint64(a.historyId)},
                       {QStringLiteral("notice"), alertNoticeName(a.notice)},
                       {QStringLiteral("attempt"), a.attempt},
                       {QStringLiteral("ok"), a.ok},
                       {QStringLiteral("final"), a.final},
                       {QStringLiteral("message"), a.message},
                       {QStringLiteral("at"), isoTime(a.attemptedMs, tz)}};
}

} // namespace

NotifyOutcome deliverNotices(AlertsWorkspace &w, const QString &path, const std::vector<AlertEvent> &events,
                             const std::vector<AlertRule> &rules)
{
    NotifyOutcome out;
    const bool anyNotice =
        std::any_of(events.begin(), events.end(), [](const AlertEvent &e) { return e.shouldNotify(); });
    if (!anyNotice)
        return out;
    const QList<NotificationChannel> channels = loadChannels(w);
    AlertDispatcher dispatcher;
    dispatcher.setChannels(channels);
    if (dispatcher.enabledCount() == 0)
        return out;
    QObject::connect(&dispatcher, &AlertDispatcher::attempted, [&](const DeliveryAttempt &a) {
        out.attempts.append(attemptJson(a, w.timeZone));
        AlertDelivery d = a.toDelivery();
        if (!w.store.recordDelivery(d))
            printErr(alertsMessage(w.store.errorString()));
        if (a.final) {
            ++(a.ok ? out.delivered : out.failed);
            if (!a.ok)
                printErr(alertsMessage(AlertsCommand::tr("%1 could not be sent on %2: %3")
                                           .arg(alertNoticeName(a.notice), a.channel, a.message)));
        }
    });
    ui::AlertNoticeContext context;
    context.workspaceName = QFileInfo(path).completeBaseName();
    context.zone = w.timeZone;
    for (const AlertEvent &e : events) {
        if (!e.shouldNotify())
            continue;
        const auto rule =
            std::find_if(rules.begin(), rules.end(), [&](const AlertRule &r) { return r.id == e.ruleId; });
        if (rule == rules.end())
            continue;
        context.firedMs = e.atMs;
        if (e.notice != AlertNotice::Fired) {
            if (const auto incident = w.store.incident(e.historyId))
                context.firedMs = incident->firedMs;
        }
        dispatcher.dispatch(e, *rule, context);
    }
    waitForDeliveries(dispatcher);
    return out;
}

int runChannels(AlertsWorkspace &w, bool json)
{
    const QList<NotificationChannel> channels = loadChannels(w);
    if (json) {
        QJsonArray list;
        for (const NotificationChannel &c : channels)
            list.append(NotificationChannels::toJson(c));
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (channels.isEmpty()) {
        printOut(AlertsCommand::tr("No notification channels. Add them in the desktop app under Alerts → "
                                   "Notification Channels.") +
                 QLatin1Char('\n'));
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const NotificationChannel &c : channels)
        rows.push_back({c.id, NotificationChannels::kindName(c.kind),
                        c.enabled ? AlertsCommand::tr("on") : AlertsCommand::tr("off"), c.name, target(c)});
    printTable({AlertsCommand::tr("ID"), AlertsCommand::tr("KIND"), AlertsCommand::tr("ENABLED"),
                AlertsCommand::tr("NAME"), AlertsCommand::tr("TARGET")},
               rows, {});
    return ExitOk;
}

int runTestChannel(AlertsWorkspace &w, const QString &id, bool json)
{
    const QList<NotificationChannel> channels = loadChannels(w);
    const auto c = std::find_if(channels.begin(), channels.end(),
                                [&](const NotificationChannel &x) { return x.id == id; });
    if (c == channels.end()) {
        QStringList ids;
        for (const NotificationChannel &x : channels)
            ids << x.id;
        printErr(alertsMessage(ids.isEmpty()
                                   ? AlertsCommand::tr("there is no channel \"%1\": the workspace has "
                                                       "no notification channels.")
                                         .arg(id)
                                   : AlertsCommand::tr("there is no channel \"%1\"; the channels are: %2.")
                                         .arg(id, ids.join(QStringLiteral(", ")))));
        return ExitUsage;
    }
    AlertDispatcher dispatcher;
    QJsonArray attempts;
    bool ok = false;
    QObject::connect(&dispatcher, &AlertDispatcher::attempted, [&](const DeliveryAttempt &a) {
        attempts.append(attemptJson(a, w.timeZone));
        if (!json)
            (a.ok ? printOut : printErr)(
                AlertsCommand::tr("attempt %1 of %2: %3").arg(a.attempt).arg(a.attempts).arg(a.message) +
                QLatin1Char('\n'));
        if (a.final)
            ok = a.ok;
    });
    ui::AlertNoticeContext context;
    context.zone = w.timeZone;
    dispatcher.sendTest(*c, std::nullopt, context);
    waitForDeliveries(dispatcher);
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("channel"), c->deliveryName()},
                                                             {QStringLiteral("ok"), ok},
                                                             {QStringLiteral("attempts"), attempts}})
                                       .toJson(QJsonDocument::Indented)));
    return ok ? ExitOk : ExitFailure;
}

} // namespace es::cli
