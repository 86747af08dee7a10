// Alert e-mail through libcurl to a real SMTP sink (aiosmtpd) on loopback:
// the message as received, login, STARTTLS, retries and timeouts.

#include "alertdeliverysupport.h"

using namespace es;
using namespace es::ui;
using namespace alertdelivery;

class TestAlertEmail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composedMessage();
    void emailDelivered();
    void emailAuthentication();
    void emailStartTlsRequired();
    void emailConnectionRefusedRetries();
    void emailTimeout();
    void emailNotifierStopsQuickly();

private:
    QString m_python;
};

void TestAlertEmail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_python = pythonWithAiosmtpd();
}

void TestAlertEmail::composedMessage()
{
    QCOMPARE(EmailNotifier::quotedPrintable(QByteArrayLiteral("Größe = 5.\n.dot \nend")),
             QByteArrayLiteral("Gr=C3=B6=C3=9Fe =3D 5.\r\n=2Edot=20\r\nend"));
    QCOMPARE(EmailNotifier::encodeHeaderText(QStringLiteral("Größe"), 9),
             QByteArrayLiteral("=?UTF-8?B?R3LDtsOfZQ==?="));
    QCOMPARE(EmailNotifier::address(QStringLiteral("Jürgen <jg@example.com>")),
             QStringLiteral("jg@example.com"));

    EmailNotifier::Message m;
    m.from = QStringLiteral("alerts@example.com");
    m.to = {QStringLiteral("a@example.com")};
    m.subject = QStringLiteral("Größe ").repeated(20);
    m.text = QStringLiteral("ü").repeated(100) + QLatin1Char('\n') + QStringLiteral("x").repeated(200);
    m.date = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    m.messageId = QStringLiteral("id@example.com");
    const QByteArray raw = EmailNotifier::compose(m);
    QVERIFY(raw.contains("\r\nMessage-ID: <id@example.com>\r\n"));
    QVERIFY(raw.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"));
    const QList<QByteArray> lines = raw.split('\n');
    const qsizetype headerEnd = lines.indexOf("\r");
    QVERIFY(headerEnd > 0);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= (i < headerEnd ? 78 : 76), line.constData());
        for (const char c : line)
            QVERIFY2(uchar(c) < 128, line.constData());
    }
}

void TestAlertEmail::emailDelivered()
{
    if (m_python.isEmpty())
        QSKIP(kNoSmtpSink);
    SmtpSink sink;
    const QString why = sink.start(m_python);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    EmailNotifier notifier;
    QSignalSpy spy(&notifier, &EmailNotifier::attempted);
    AlertRule rule = downloadsRule();
    rule.id = QStringLiteral("groesse");
    rule.name = QStringLiteral("Größe der Downloads");
    rule.severity = AlertSeverity::Critical;
    AlertEvent e = firedEvent(rule);
    e.value = 52.5;
    AlertNoticeContext ctx;
    ctx.workspaceName = QStringLiteral("Demo");
    const NotificationChannel c = mailChannel(sink.port());
    notifier.send(c, {}, e, rule, ctx);
    QVERIFY(spy.wait(20000));
    const DeliveryAttempt a = attemptAt(spy, 0);
    QVERIFY2(a.ok, qPrintable(a.message));
    QVERIFY(a.final);
    QCOMPARE(a.channel, QStringLiteral("email:oncall"));
    QCOMPARE(a.message,
             QStringLiteral("The mail server 127.0.0.1:%1 accepted the message for oncall@example.com, "
                            "jg@example.com.")
                 .arg(sink.port()));

    const QList<QJsonObject> mails = sink.messages();
    QCOMPARE(mails.size(), 1);
    const QJsonObject m = mails.first();
    QCOMPARE(m.value(QLatin1String("mail_from")).toString(), QStringLiteral("alerts@example.com"));
    QCOMPARE(m.value(QLatin1String("rcpt_tos")).toArray(),
             QJsonArray({QStringLiteral("oncall@example.com"), QStringLiteral("jg@example.com")}));
    QCOMPARE(m.value(QLatin1String("from")).toString(),
             QStringLiteral("Eventscope Alerts <alerts@example.com>"));
    QCOMPARE(m.value(QLatin1String("to")).toString(),
             QStringLiteral("oncall@example.com, Jürgen Größe <jg@example.com>"));
    QCOMPARE(m.value(QLatin1String("subject")).toString(),
             QStringLiteral("[Eventscope] Critical: Größe der Downloads fired (52.5, mark 40)"));
    QCOMPARE(m.value(QLatin1String("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(m.value(QLatin1String("charset")).toString(), QStringLiteral("utf-8"));
    QCOMPARE(m.value(QLatin1String("transfer_encoding")).toString(), QStringLiteral("quoted-printable"));
    QCOMPARE(m.value(QLatin1String("auto_submitted")).toString(), QStringLiteral("auto-generated"));
    QVERIFY(m.value(QLatin1String("message_id")).toString().endsWith(QStringLiteral("@example.com>")));
    const QDateTime date = QDateTime::fromString(m.value(QLatin1String("date")).toString(), Qt::RFC2822Date);
    QVERIFY2(date.isValid(), qPrintable(m.value(QLatin1String("date")).toString()));
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    QCOMPARE(m.value(QLatin1String("login")).toString(), QString());

    const QString body = m.value(QLatin1String("body")).toString();
    QVERIFY2(body.contains(QStringLiteral("\nValue: 52.5\n")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("\nMark: 40\n")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("\nRule: Größe der Downloads (groesse)\n")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("\nWorkspace: Demo\n")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("Incident 42 in the alert history")), qPrintable(body));
    QCOMPARE(body, AlertPayload::emailText(e, rule, ctx));
    // 7-bit on the wire: quoted-printable body, encoded words in headers.
    for (const QChar ch : m.value(QLatin1String("raw")).toString())
        QVERIFY(ch.unicode() < 128);
}

void TestAlertEmail::emailAuthentication()
{
    const QString password = QStringLiteral("pä ss:wörd&1");
    if (m_python.isEmpty())
        QSKIP(kNoSmtpSink);
    SmtpSink sink;
    const QString why = sink.start(m_python, QStringLiteral("alerts"), password);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    EmailNotifier notifier;
    notifier.setFirstRetryDelay(std::chrono::milliseconds(10));
    QSignalSpy spy(&notifier, &EmailNotifier::attempted);
    NotificationChannel c = mailChannel(sink.port());
    c.user = QStringLiteral("alerts");
    c.retries = 2;
    const AlertRule rule = downloadsRule();

    const QString wrong = QStringLiteral("Tr0ub4dor&3");
    notifier.send(c, wrong, firedEvent(rule), rule, {});
    QVERIFY(spy.wait(20000));
    const DeliveryAttempt denied = attemptAt(spy, 0);
    QVERIFY(!denied.ok);
    QVERIFY(denied.final); // a wrong password does not get right by retrying
    QCOMPARE(denied.attempt, 1);
    QCOMPARE(notifier.pendingCount(), 0);
    QVERIFY2(denied.message.startsWith(QStringLiteral("The mail server 127.0.0.1:%1 refused the user name or "
                                                      "password (535")
                                           .arg(sink.port())),
             qPrintable(denied.message));
    QVERIFY(!denied.message.contains(wrong));
    QVERIFY(sink.messages().isEmpty());

    notifier.send(c, password, firedEvent(rule), rule, {});
    QVERIFY(spy.wait(20000));
    QVERIFY2(attemptAt(spy, 1).ok, qPrintable(attemptAt(spy, 1).message));
    QCOMPARE(sink.messages().size(), 1);
    QCOMPARE(sink.messages().first().value(QLatin1String("login")).toString(), QStringLiteral("alerts"));
}

void TestAlertEmail::emailStartTlsRequired()
{
    // aiosmtpd without a certificate offers no STARTTLS: the message must not
    // go out unencrypted instead.
    if (m_python.isEmpty())
        QSKIP(kNoSmtpSink);
    SmtpSink sink;
    const QString why = sink.start(m_python);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    EmailNotifier notifier;
    QSignalSpy spy(&notifier, &EmailNotifier::attempted);
    NotificationChannel c = mailChannel(sink.port());
    c.security = SmtpSecurity::StartTls;
    c.retries = 3;
    const AlertRule rule = downloadsRule();
    notifier.send(c, {}, firedEvent(rule), rule, {});
    QVERIFY(spy.wait(20000));
    const DeliveryAttempt a = attemptAt(spy, 0);
    QVERIFY(!a.ok && a.final);
    QVERIFY2(a.message.startsWith(
                 QStringLiteral("The mail server 127.0.0.1:%1 does not offer STARTTLS, so nothing "
                                "was sent unencrypted.")
                     .arg(sink.port())),
             qPrintable(a.message));
    QCOMPARE(notifier.pendingCount(), 0);
    QVERIFY(sink.messages().isEmpty());
}

void TestAlertEmail::emailConnectionRefusedRetries()
{
    EmailNotifier notifier;
    notifier.setFirstRetryDelay(std::chrono::milliseconds(20));
    QSignalSpy spy(&notifier, &EmailNotifier::delivered);
    NotificationChannel c = mailChannel(closedPort());
    c.retries = 2;
    const AlertRule rule = downloadsRule();
    notifier.send(c, {}, firedEvent(rule), rule, {});
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 20000);
    QCOMPARE(notifier.pendingCount(), 0);
    const QString refused =
        QStringLiteral("Could not connect to the mail server 127.0.0.1:%1: the connection was "
                       "refused or the host cannot be reached. Check the host and port.")
            .arg(c.smtpPort);
    QCOMPARE(spy[0].at(4).toString(), refused + QStringLiteral(" Trying again in 20 ms (attempt 2 of 3)."));
    QCOMPARE(spy[1].at(4).toString(), refused + QStringLiteral(" Trying again in 40 ms (attempt 3 of 3)."));
    QCOMPARE(spy[2].at(4).toString(), refused);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(spy[i].at(0).toString(), QStringLiteral("oncall"));
        QCOMPARE(spy[i].at(1).toLongLong(), qint64(42));
        QCOMPARE(spy[i].at(2).toBool(), false);
        QCOMPARE(spy[i].at(3).toInt(), i + 1);
    }
}

void TestAlertEmail::emailTimeout()
{
    // Accepts connections (the kernel does) and never greets.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
    EmailNotifier notifier;
    QSignalSpy spy(&notifier, &EmailNotifier::attempted);
    NotificationChannel c = mailChannel(mute.serverPort());
    c.timeoutSeconds = 1;
    const AlertRule rule = downloadsRule();
    QElapsedTimer clock;
    clock.start();
    notifier.send(c, {}, firedEvent(rule), rule, {});
    QVERIFY(spy.wait(15000));
    const qint64 elapsed = clock.elapsed();
    const DeliveryAttempt a = attemptAt(spy, 0);
    QVERIFY(!a.ok && a.final);
    QCOMPARE(a.message,
             QStringLiteral("The mail server 127.0.0.1:%1 did not answer within the timeout of 1 s.")
                 .arg(mute.serverPort()));
    QVERIFY2(elapsed >= 900 && elapsed < 5000, qPrintable(QString::number(elapsed)));
}

void TestAlertEmail::emailNotifierStopsQuickly()
{
    // Destroying the notifier while libcurl waits for a silent server must
    // neither block for the timeout nor report anything.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
    auto notifier = std::make_unique<EmailNotifier>();
    QSignalSpy spy(notifier.get(), &EmailNotifier::delivered);
    NotificationChannel c = mailChannel(mute.serverPort());
    c.timeoutSeconds = 60;
    const AlertRule rule = downloadsRule();
    notifier->send(c, {}, firedEvent(rule), rule, {});
    QTRY_VERIFY_WITH_TIMEOUT(mute.hasPendingConnections(), 10000);
    QElapsedTimer clock;
    clock.start();
    notifier.reset();
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(spy.size(), 0);
}

QTEST_MAIN(TestAlertEmail)
#include "tst_alertemail.moc"
