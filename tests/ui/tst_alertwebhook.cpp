// Alert channels, what a notice says, and webhook delivery to a real HTTP
// server on loopback: body, retries, timeout, Slack, and kept failures.

#include "alertdeliverysupport.h"

using namespace es;
using namespace es::ui;
using namespace alertdelivery;

class TestAlertWebhook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void channelJson();
    void channelValidation();
    void retryDelays();
    void payloadFired();
    void payloadResolved();
    void webhookPostsDocumentedBody();
    void webhookRetriesServerErrors();
    void webhookDoesNotRetry404();
    void webhookTimeout();
    void webhookConnectionRefused();
    void slackBody();
    void sendTest();
    void invalidChannelIsReported();
    void failedDeliveryIsKept();
};

void TestAlertWebhook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlertWebhook::channelJson()
{
    NotificationChannel mail = mailChannel(2525);
    mail.user = QStringLiteral("alerts");
    mail.security = SmtpSecurity::StartTls;
    const QJsonObject o = NotificationChannels::toJson(mail);
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("email"));
    const QJsonObject smtp = o.value(QLatin1String("smtp")).toObject();
    QCOMPARE(smtp.value(QLatin1String("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(smtp.value(QLatin1String("port")).toInt(), 2525);
    QCOMPARE(smtp.value(QLatin1String("security")).toString(), QStringLiteral("starttls"));
    QCOMPARE(smtp.value(QLatin1String("user")).toString(), QStringLiteral("alerts"));
    QCOMPARE(o.value(QLatin1String("to")).toArray().size(), 2);
    QVERIFY(!o.contains(QLatin1String("url")));
    // No secret: no field anywhere is about a password.
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY2(!json.toLower().contains("pass"), json.constData());

    QString error;
    const auto back = NotificationChannels::fromJson(o, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, mail);
    QCOMPARE(back->deliveryName(), QStringLiteral("email:oncall"));
    QCOMPARE(back->keychainKey(), QStringLiteral("alert-channel/oncall"));

    NotificationChannel slack = webhook(QUrl(QStringLiteral("https://hooks.slack.com/services/T0/B0/xyz")));
    slack.kind = ChannelKind::Slack;
    const auto slackBack = NotificationChannels::fromJson(NotificationChannels::toJson(slack), &error);
    QVERIFY2(slackBack, qPrintable(error));
    QCOMPARE(*slackBack, slack);

    QJsonObject bad = o;
    bad.insert(QLatin1String("kind"), QStringLiteral("sms"));
    QVERIFY(!NotificationChannels::fromJson(bad, &error));
    QCOMPARE(error, QStringLiteral("\"kind\" must be webhook, slack or email, not \"sms\"."));
    bad = o;
    bad.insert(QLatin1String("retries"), QStringLiteral("three"));
    QVERIFY(!NotificationChannels::fromJson(bad, &error));
    QCOMPARE(error, QStringLiteral("\"retries\" must be a whole number."));
}

void TestAlertWebhook::channelValidation()
{
    NotificationChannel mail = mailChannel(0);
    QCOMPARE(mail.effectiveSmtpPort(), 25);
    mail.security = SmtpSecurity::StartTls;
    QCOMPARE(mail.effectiveSmtpPort(), 587);
    mail.security = SmtpSecurity::Tls;
    QCOMPARE(mail.effectiveSmtpPort(), 465);
    QCOMPARE(EmailNotifier::smtpUrl(mail), QStringLiteral("smtps://127.0.0.1:465"));
    QVERIFY(NotificationChannels::validate(mail).isEmpty());
    mail.to = {QStringLiteral("nobody")};
    mail.timeoutSeconds = 0;
    QCOMPARE(NotificationChannels::validate(mail),
             QStringList({QStringLiteral("The recipient \"nobody\" is not an e-mail address."),
                          QStringLiteral("The timeout must be 1 to 600 seconds, not 0.")}));
    const NotificationChannel ftp = webhook(QUrl(QStringLiteral("ftp://example.com/x")));
    QCOMPARE(NotificationChannels::validate(ftp),
             QStringList(
                 QStringLiteral("The webhook URL must start with https:// (or http://) and name a host.")));
    QCOMPARE(NotificationChannels::displayUrl(
                 QUrl(QStringLiteral("https://u:p@hooks.example.com/services/T0/B0/xyz"))),
             QStringLiteral("https://hooks.example.com/services/…"));
    QCOMPARE(NotificationChannels::displayUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/alert"))),
             QStringLiteral("http://127.0.0.1:8080/alert"));
}

void TestAlertWebhook::retryDelays()
{
    QCOMPARE(NotificationChannels::retryDelayMs(1), std::int64_t(0));
    QCOMPARE(NotificationChannels::retryDelayMs(2), std::int64_t(1000));
    QCOMPARE(NotificationChannels::retryDelayMs(3), std::int64_t(2000));
    QCOMPARE(NotificationChannels::retryDelayMs(4), std::int64_t(4000));
    QCOMPARE(NotificationChannels::retryDelayMs(3, 50), std::int64_t(100));
    QCOMPARE(NotificationChannel().attempts(), 4);
}

void TestAlertWebhook::payloadFired()
{
    const AlertRule rule = downloadsRule();
    const AlertEvent e = firedEvent(rule);
    AlertNoticeContext ctx;
    ctx.workspaceName = QStringLiteral("Demo");
    const QJsonObject o = AlertPayload::webhookJson(e, rule, ctx);
    QCOMPARE(o.value(QLatin1String("summary")).toString(),
             QStringLiteral("Warning: Download spike fired (value 52, mark 40) in workspace Demo."));
    QCOMPARE(AlertPayload::emailSubject(e, rule, ctx),
             QStringLiteral("[Eventscope] Warning: Download spike fired (52, mark 40)"));
    QCOMPARE(o.value(QLatin1String("firedAt")).toString(), QStringLiteral("2024-05-01T12:00:00Z"));
    QVERIFY(o.value(QLatin1String("resolvedAt")).isNull());
    QVERIFY(o.value(QLatin1String("baseline")).isNull());

    AlertEvent odd = e;
    odd.value = 12.345;
    QCOMPARE(AlertPayload::formatValue(odd.value, rule), QStringLiteral("12.35"));
    QCOMPARE(AlertPayload::formatValue(std::nullopt, rule), QStringLiteral("no value"));
    AlertRule change = rule;
    change.condition.kind = AlertConditionKind::Change;
    change.condition.unit = ChangeUnit::Percent;
    QCOMPARE(AlertPayload::formatValue(-31.5, change), QStringLiteral("-31.5 %"));
}

void TestAlertWebhook::payloadResolved()
{
    const AlertRule rule = downloadsRule();
    AlertEvent e = firedEvent(rule);
    e.from = AlertState::Firing;
    e.to = AlertState::Normal;
    e.notice = AlertNotice::Resolved;
    e.atMs = kFiredMs + 2 * 3600 * 1000;
    e.value = 25;
    e.threshold = 30;
    AlertNoticeContext ctx;
    ctx.firedMs = kFiredMs;
    ctx.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    const QJsonObject o = AlertPayload::webhookJson(e, rule, ctx);
    QCOMPARE(o.value(QLatin1String("notice")).toString(), QStringLiteral("resolved"));
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("normal"));
    QCOMPARE(o.value(QLatin1String("previousState")).toString(), QStringLiteral("firing"));
    QCOMPARE(o.value(QLatin1String("firedAt")).toString(), QStringLiteral("2024-05-01T12:00:00Z"));
    QCOMPARE(o.value(QLatin1String("resolvedAt")).toString(), QStringLiteral("2024-05-01T14:00:00Z"));
    QCOMPARE(o.value(QLatin1String("threshold")).toDouble(), 30.0);
    QCOMPARE(o.value(QLatin1String("summary")).toString(),
             QStringLiteral("Warning resolved: Download spike (value 25, recovery level 30)."));
    QCOMPARE(AlertPayload::emailSubject(e, rule, ctx),
             QStringLiteral("[Eventscope] Resolved: Download spike (25, Warning)"));
    const QString text = AlertPayload::emailText(e, rule, ctx);
    QVERIFY2(text.contains(QStringLiteral("\nRecovery level: 30\n")), qPrintable(text));
    // Berlin is two hours ahead in May.
    QVERIFY2(text.contains(QStringLiteral("\nFired at: 2024-05-01 14:00:00 ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nResolved at: 2024-05-01 16:00:00 ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nWindow: 2024-05-01 13:00 to 14:00 ")), qPrintable(text));
}

void TestAlertWebhook::webhookPostsDocumentedBody()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    WebhookNotifier notifier;
    QSignalSpy spy(&notifier, &WebhookNotifier::delivered);
    QSignalSpy attempts(&notifier, &WebhookNotifier::attempted);
    const AlertRule rule = downloadsRule();
    const AlertEvent e = firedEvent(rule);
    AlertNoticeContext ctx;
    ctx.workspaceName = QStringLiteral("Demo");
    const quint64 job =
        notifier.send(webhook(sink.url(QStringLiteral("/hooks/eventscope?token=s3cret"))), e, rule, ctx);
    QVERIFY(spy.wait(10000));

    QCOMPARE(sink.requests.size(), 1);
    const HttpRequest &r = sink.requests.first();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, QByteArrayLiteral("/hooks/eventscope?token=s3cret"));
    QCOMPARE(r.headers.value("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(r.headers.value("x-eventscope-event"), QByteArrayLiteral("download-spike-fired-1714564800000"));
    QVERIFY(r.headers.value("user-agent").startsWith("Eventscope"));

    // The body documented in docs/ALERTS.md, field by field.
    const QJsonObject expected =
        QJsonDocument::fromJson(QByteArray(R"({
        "version": 1, "eventId": "download-spike-fired-1714564800000", "historyId": 42,
        "notice": "fired", "state": "firing", "previousState": "pending", "severity": "warning",
        "ruleId": "download-spike", "ruleName": "Download spike", "metric": "downloads",
        "condition": "above", "description": "%1",
        "value": 52, "threshold": 40, "observed": 52, "baseline": null,
        "window": {"from": "2024-05-01T11:00:00Z", "to": "2024-05-01T12:00:00Z"}, "baselineWindow": null,
        "at": "2024-05-01T12:00:00Z", "firedAt": "2024-05-01T12:00:00Z", "resolvedAt": null,
        "workspace": "Demo",
        "summary": "Warning: Download spike fired (value 52, mark 40) in workspace Demo.",
        "test": false})")
                                    .replace("%1", AlertRules::describe(rule).toUtf8()))
            .object();
    QVERIFY(!expected.isEmpty());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.body, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(o.keys(), expected.keys());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(o.value(it.key()) == it.value(), qPrintable(it.key()));

    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("ops"));
    QCOMPARE(spy.first().at(1).toLongLong(), qint64(42));
    QCOMPARE(spy.first().at(2).toBool(), true);
    QCOMPARE(spy.first().at(3).toInt(), 1);
    const QString accepted =
        QStringLiteral("The webhook at http://127.0.0.1:%1/hooks/… accepted the alert (200).")
            .arg(sink.url({}).port());
    QCOMPARE(spy.first().at(4).toString(), accepted);
    QCOMPARE(attempts.size(), 1);
    const DeliveryAttempt a = attemptAt(attempts, 0);
    QCOMPARE(a.job, job);
    QCOMPARE(a.channel, QStringLiteral("webhook:ops"));
    QCOMPARE(a.notice, AlertNotice::Fired);
    QVERIFY(a.ok && a.final && !a.test);
    QCOMPARE(notifier.pendingCount(), 0);
}

void TestAlertWebhook::webhookRetriesServerErrors()
{
    HttpSink sink;
    sink.statuses = {500, 500, 200};
    QVERIFY(sink.listen());
    WebhookNotifier notifier;
    notifier.setFirstRetryDelay(std::chrono::milliseconds(100));
    QSignalSpy spy(&notifier, &WebhookNotifier::delivered);
    QSignalSpy attempts(&notifier, &WebhookNotifier::attempted);
    const AlertRule rule = downloadsRule();
    notifier.send(webhook(sink.url(QStringLiteral("/hook"))), firedEvent(rule), rule, {});
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 15000);
    QCOMPARE(notifier.pendingCount(), 0);

    QCOMPARE(sink.requests.size(), 3);
    QCOMPARE(sink.requests[0].body, sink.requests[2].body);
    // Exponential backoff: 100 ms, then 200 ms.
    QVERIFY(sink.requests[1].receivedMs - sink.requests[0].receivedMs >= 100);
    QVERIFY(sink.requests[2].receivedMs - sink.requests[1].receivedMs >= 200);
    const QString where = QStringLiteral("http://127.0.0.1:%1/hook").arg(sink.url({}).port());
    QCOMPARE(
        spy[0].at(4).toString(),
        QStringLiteral("The webhook at %1 answered 500 Internal Server Error. The receiving server has a "
                       "problem. Trying again in 100 ms (attempt 2 of 4).")
            .arg(where));
    QCOMPARE(
        spy[1].at(4).toString(),
        QStringLiteral("The webhook at %1 answered 500 Internal Server Error. The receiving server has a "
                       "problem. Trying again in 200 ms (attempt 3 of 4).")
            .arg(where));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(spy[i].at(3).toInt(), i + 1);
        QCOMPARE(spy[i].at(2).toBool(), i == 2);
        QCOMPARE(attemptAt(attempts, i).final, i == 2);
    }
}

void TestAlertWebhook::webhookDoesNotRetry404()
{
    HttpSink sink;
    sink.statuses = {404};
    sink.answerBody = "no_service";
    QVERIFY(sink.listen());
    WebhookNotifier notifier;
    notifier.setFirstRetryDelay(std::chrono::milliseconds(10));
    QSignalSpy spy(&notifier, &WebhookNotifier::attempted);
    const AlertRule rule = downloadsRule();
    notifier.send(webhook(sink.url(QStringLiteral("/services/T0/B0/s3cret"))), firedEvent(rule), rule, {});
    QVERIFY(spy.wait(10000));
    const DeliveryAttempt a = attemptAt(spy, 0);
    QVERIFY(!a.ok);
    QVERIFY(a.final);
    QCOMPARE(a.attempt, 1);
    QCOMPARE(a.message, QStringLiteral("The webhook at http://127.0.0.1:%1/services/… answered 404 Not Found "
                                       "(no_service). Check the URL.")
                            .arg(sink.url({}).port()));
    // Nothing is scheduled: no second request can come.
    QCOMPARE(notifier.pendingCount(), 0);
    QCOMPARE(sink.requests.size(), 1);
}

void TestAlertWebhook::webhookTimeout()
{
    HttpSink sink;
    sink.silent = true;
    QVERIFY(sink.listen());
    WebhookNotifier notifier;
    QSignalSpy spy(&notifier, &WebhookNotifier::attempted);
    NotificationChannel c = webhook(sink.url(QStringLiteral("/slow")));
    c.timeoutSeconds = 1;
    c.retries = 0;
    const AlertRule rule = downloadsRule();
    QElapsedTimer clock;
    clock.start();
    notifier.send(c, firedEvent(rule), rule, {});
    QVERIFY(spy.wait(15000));
    const qint64 elapsed = clock.elapsed();
    const DeliveryAttempt a = attemptAt(spy, 0);
    QVERIFY(!a.ok && a.final);
    QCOMPARE(
        a.message,
        QStringLiteral("The webhook at http://127.0.0.1:%1/slow did not answer within the timeout of 1 s.")
            .arg(sink.url({}).port()));
    QCOMPARE(sink.requests.size(), 1);
    QVERIFY2(elapsed >= 900 && elapsed < 5000, qPrintable(QString::number(elapsed)));
}

void TestAlertWebhook::webhookConnectionRefused()
{
    WebhookNotifier notifier;
    notifier.setFirstRetryDelay(std::chrono::milliseconds(10));
    QSignalSpy spy(&notifier, &WebhookNotifier::attempted);
    NotificationChannel c = webhook(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(closedPort())));
    c.retries = 1;
    const AlertRule rule = downloadsRule();
    notifier.send(c, firedEvent(rule), rule, {});
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 15000);
    QVERIFY(!attemptAt(spy, 0).final);
    QVERIFY(attemptAt(spy, 1).final);
    QCOMPARE(attemptAt(spy, 1).attempt, 2);
    QVERIFY2(attemptAt(spy, 1).message.startsWith(QStringLiteral("Could not connect to http://127.0.0.1:")),
             qPrintable(attemptAt(spy, 1).message));
    QVERIFY(attemptAt(spy, 1).message.contains(QStringLiteral("the connection was refused")));
}

void TestAlertWebhook::slackBody()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    WebhookNotifier notifier;
    QSignalSpy spy(&notifier, &WebhookNotifier::attempted);
    AlertRule rule = downloadsRule();
    rule.name = QStringLiteral("Errors & <timeouts>");
    NotificationChannel c = webhook(sink.url(QStringLiteral("/services/T0/B0/xyz")));
    c.kind = ChannelKind::Slack;
    notifier.send(c, firedEvent(rule), rule, {});
    QVERIFY(spy.wait(10000));
    QVERIFY(attemptAt(spy, 0).ok);
    QCOMPARE(attemptAt(spy, 0).channel, QStringLiteral("slack:ops"));
    QCOMPARE(sink.requests.size(), 1);
    QCOMPARE(sink.requests[0].headers.value("content-type"), QByteArrayLiteral("application/json"));
    const QJsonObject o = QJsonDocument::fromJson(sink.requests[0].body).object();
    QCOMPARE(o.value(QLatin1String("text")).toString(),
             QStringLiteral("Warning: Errors &amp; &lt;timeouts&gt; fired (value 52, mark 40)."));
    const QJsonObject attachment = o.value(QLatin1String("attachments")).toArray().first().toObject();
    QCOMPARE(attachment.value(QLatin1String("color")).toString(), QStringLiteral("#ecb22e"));
    QCOMPARE(attachment.value(QLatin1String("ts")).toInteger(), qint64(kFiredMs / 1000));
    const QJsonObject value = attachment.value(QLatin1String("fields")).toArray().first().toObject();
    QCOMPARE(value.value(QLatin1String("title")).toString(), QStringLiteral("Value"));
    QCOMPARE(value.value(QLatin1String("value")).toString(), QStringLiteral("52"));
    QVERIFY(!o.contains(QLatin1String("ruleId"))); // not the Eventscope body
}

void TestAlertWebhook::sendTest()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    WebhookNotifier notifier;
    QSignalSpy spy(&notifier, &WebhookNotifier::attempted);
    AlertNoticeContext ctx;
    ctx.workspaceName = QStringLiteral("Demo");
    notifier.sendTest(webhook(sink.url(QStringLiteral("/hook"))), ctx);
    QVERIFY(spy.wait(10000));
    const DeliveryAttempt a = attemptAt(spy, 0);
    QVERIFY(a.ok && a.test);
    QCOMPARE(a.historyId, std::int64_t(0));
    const QJsonObject o = QJsonDocument::fromJson(sink.requests.value(0).body).object();
    QCOMPARE(o.value(QLatin1String("test")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("ruleId")).toString(), QStringLiteral("download-spike"));
    QVERIFY(o.value(QLatin1String("historyId")).isNull());
    QCOMPARE(o.value(QLatin1String("summary")).toString(),
             QStringLiteral("Test: Warning: Download spike fired (value 52, mark 40) in workspace Demo."));
}

void TestAlertWebhook::invalidChannelIsReported()
{
    WebhookNotifier notifier;
    QSignalSpy spy(&notifier, &WebhookNotifier::attempted);
    const AlertRule rule = downloadsRule();
    notifier.send(webhook(QUrl()), firedEvent(rule), rule, {});
    QVERIFY(spy.wait(5000));
    const DeliveryAttempt a = attemptAt(spy, 0);
    QVERIFY(!a.ok && a.final);
    QCOMPARE(a.attempt, 1);
    QCOMPARE(a.message,
             QStringLiteral("Nothing was sent: The webhook URL must start with https:// (or http://) "
                            "and name a host."));
}

void TestAlertWebhook::failedDeliveryIsKept()
{
    QTemporaryDir dir;
    AlertStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("ws.eventscope"))), qPrintable(store.errorString()));
    AlertRule rule = downloadsRule();
    QVERIFY(store.saveRule(rule, kFiredMs));
    AlertRuleState state;
    state.state = AlertState::Firing;
    state.sinceMs = state.firedMs = state.lastNoticeMs = state.evaluatedMs = kFiredMs;
    std::vector<AlertEvent> events{firedEvent(rule)};
    events[0].historyId = 0;
    QVERIFY2(store.record(rule, AlertTrack::Live, state, events), qPrintable(store.errorString()));
    const std::int64_t historyId = events[0].historyId;
    QVERIFY(historyId > 0);

    HttpSink sink;
    sink.statuses = {404};
    QVERIFY(sink.listen());
    WebhookNotifier notifier;
    connect(&notifier, &WebhookNotifier::attempted, &notifier, [&store](const DeliveryAttempt &a) {
        AlertDelivery d = a.toDelivery();
        QVERIFY(store.recordDelivery(d));
    });
    QSignalSpy spy(&notifier, &WebhookNotifier::attempted);
    notifier.send(webhook(sink.url(QStringLiteral("/gone"))), events[0], rule, {});
    QVERIFY(spy.wait(10000));

    const std::vector<AlertDelivery> kept = store.deliveries(historyId);
    QCOMPARE(kept.size(), size_t(1));
    QCOMPARE(kept[0].channel, QStringLiteral("webhook:ops"));
    QCOMPARE(kept[0].notice, AlertNotice::Fired);
    QVERIFY(!kept[0].ok);
    QCOMPARE(kept[0].error, attemptAt(spy, 0).message);
    QVERIFY(kept[0].error.contains(QStringLiteral("404 Not Found")));
}

QTEST_MAIN(TestAlertWebhook)
#include "tst_alertwebhook.moc"
