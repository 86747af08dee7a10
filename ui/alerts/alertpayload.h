#pragma once
// What a notification says about an alert event: the JSON body a webhook
// receives, the Slack-compatible message, and the subject and text of an
// e-mail (docs/ALERTS.md, "Notifications"). Pure functions of the event, its
// rule and the context, so every channel tells the same story and tests can
// compare the exact values.

#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <cstdint>

namespace es::ui {

struct AlertNoticeContext
{
    QString workspaceName; // empty: not mentioned
    // Times in texts are shown in this zone (the workspace's); JSON is UTC.
    QTimeZone zone = QTimeZone::utc();
    // When the incident fired, for reminders and resolutions (an event only
    // carries its own instant; AlertStore::incident() knows). 0: unknown.
    std::int64_t firedMs = 0;
    // A test message from "Send test": says so everywhere.
    bool test = false;
};

class AlertPayload
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::AlertPayload)
public:
    static constexpr int kVersion = 1;

    // Stable across retries and unique per notice, so a receiver can drop
    // duplicates: "<rule id>-<notice>-<instant in ms>".
    static QString eventId(const AlertEvent &e);

    // The webhook body, field by field as in docs/ALERTS.md.
    static QJsonObject webhookJson(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx);
    // {"text": summary, "attachments": [...]} for Slack incoming webhooks and
    // the services that accept their format (Mattermost, Rocket.Chat, ...).
    static QJsonObject slackJson(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx);

    // One line: "Warning: Download spike fired (value 52, mark 40) in
    // workspace Demo."
    static QString summary(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx);
    // "[Eventscope] Warning: Download spike fired (52, mark 40)"
    static QString emailSubject(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx);
    // The plain-text body: what happened, the numbers, the window and times
    // in the workspace zone, one fact per line.
    static QString emailText(const AlertEvent &e, const AlertRule &rule, const AlertNoticeContext &ctx);

    // A number as texts show it: whole numbers without decimals, others with
    // up to two; "%" for percent changes; "no value" when there is none.
    static QString formatValue(std::optional<double> v, const AlertRule &rule);

    // What "Send test" sends: a firing of an example rule ("Download spike")
    // at nowMs, with made-up numbers.
    static AlertRule sampleRule();
    static AlertEvent sampleEvent(const AlertRule &rule, std::int64_t nowMs);
};

} // namespace es::ui
