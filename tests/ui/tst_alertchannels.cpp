// Notification channels in the desktop app: the Notification Channels dialog
// validates, names and saves channels and never puts a password into what it
// saves; "Send Test" goes through the real notifiers to a local HTTP server
// and a local SMTP sink (aiosmtpd) and shows each attempt; the dispatcher
// sends a notice to every enabled channel, reports each attempt for the
// history and says in plain words which delivery finally failed.

#include "../support/screenshots.h"
#include "alertdeliverysupport.h"
#include "alerts/alertdispatcher.h"
#include "alerts/channelsdialog.h"
#include "alerts/emailnotifier.h"
#include "alerts/webhooknotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace alertdelivery;

namespace {

template<class T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAlertChannels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_python = pythonWithAiosmtpd();
    }

    void dialogValidatesNamesAndSaves()
    {
        AlertDispatcher dispatcher;
        ChannelsDialog dlg({}, &dispatcher);
        dlg.show();
        QVERIFY(dlg.okButton()->isEnabled()); // no channels is a valid choice
        QVERIFY(!child<QLineEdit>(&dlg, "channelName")->isVisible());

        dlg.addChannel(ChannelKind::Webhook);
        QCOMPARE(dlg.channels().size(), 1);
        QVERIFY(!dlg.okButton()->isEnabled());
        QCOMPARE(dlg.problemLabel()->text(),
                 QStringLiteral(
                     "Webhook: The webhook URL must start with https:// (or http://) and name a host."));
        typeInto(child<QLineEdit>(&dlg, "channelName"), QStringLiteral("Ops hook"));
        typeInto(child<QLineEdit>(&dlg, "channelUrl"), QStringLiteral("https://hooks.example.com/T1/abc"));
        QVERIFY(dlg.okButton()->isEnabled());
        QCOMPARE(dlg.channels().front().id, QStringLiteral("ops-hook"));
        QCOMPARE(dlg.channels().front().url, QUrl(QStringLiteral("https://hooks.example.com/T1/abc")));

        dlg.addChannel(ChannelKind::Email);
        QVERIFY(!dlg.okButton()->isEnabled());
        const QStringList problems = dlg.problemLabel()->text().split(QLatin1Char('\n'));
        QCOMPARE(problems.value(0),
                 QStringLiteral(
                     "E-mail: Give the host name of the mail server (SMTP), such as smtp.example.com."));
        QVERIFY(problems.contains(QStringLiteral("E-mail: Give at least one recipient.")));
        typeInto(child<QLineEdit>(&dlg, "channelName"), QStringLiteral("On call"));
        typeInto(child<QLineEdit>(&dlg, "smtpHost"), QStringLiteral("smtp.example.com"));
        typeInto(child<QLineEdit>(&dlg, "mailFrom"), QStringLiteral("Eventscope <alerts@example.com>"));
        typeInto(child<QLineEdit>(&dlg, "mailTo"), QStringLiteral("a@example.com; b@example.com"));
        auto *password = child<QLineEdit>(&dlg, "smtpPassword");
        QVERIFY(!password->isEnabled()); // no user, no login
        typeInto(child<QLineEdit>(&dlg, "smtpUser"), QStringLiteral("alerts"));
        QVERIFY(password->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        typeInto(password, QStringLiteral("s3cret-pw"));
        QCOMPARE(child<QSpinBox>(&dlg, "smtpPort")->text(), QStringLiteral("Usual (587)"));
        QVERIFY2(dlg.okButton()->isEnabled(), qPrintable(dlg.problemLabel()->text()));
        QCOMPARE(dlg.changedPasswords(), QStringList{QStringLiteral("on-call")});
        QTemporaryDir shots;
        QVERIFY(dlg.grab().save(es::test::screenshotPath(shots, QStringLiteral("alert-channels.png"))));

        QSignalSpy accepted(&dlg, &ChannelsDialog::channelsAccepted);
        QSignalSpy stored(&dispatcher, &AlertDispatcher::passwordStored);
        QSignalSpy notStored(&dispatcher, &AlertDispatcher::passwordNotStored);
        QTest::mouseClick(dlg.okButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        const auto channels = accepted.first().at(0).value<QList<NotificationChannel>>();
        QCOMPARE(channels.size(), 2);
        const NotificationChannel mail = channels.at(1);
        QCOMPARE(mail.id, QStringLiteral("on-call"));
        QCOMPARE(mail.to, QStringList({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        QCOMPARE(mail.user, QStringLiteral("alerts"));

        // What is saved holds no password and reads back the same.
        const QByteArray json = NotificationChannels::serializeList(channels);
        QVERIFY(!json.contains("s3cret"));
        QString error;
        QCOMPARE(NotificationChannels::parseList(json, &error), channels);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The keychain keeps the password, or it is used for this session
        // only and the user is told.
        QVERIFY(QTest::qWaitFor([&] { return !stored.isEmpty() || !notStored.isEmpty(); }, 20000));
        if (!notStored.isEmpty()) {
            QVERIFY(dispatcher.hasSessionPassword(QStringLiteral("on-call")));
            QVERIFY2(notStored.first().at(1).toString().contains(
                         QStringLiteral("It is used until Eventscope quits")),
                     qPrintable(notStored.first().at(1).toString()));
        } else {
            QVERIFY(!dispatcher.hasSessionPassword(QStringLiteral("on-call")));
            dispatcher.removePassword(QStringLiteral("on-call"));
        }
    }

    void parseListNamesBadChannels()
    {
        QString error;
        const QByteArray json = "[{\"id\":\"a\",\"kind\":\"webhook\",\"url\":\"https://x.example/h\"},"
                                "{\"id\":\"a\",\"kind\":\"webhook\",\"url\":\"https://y.example/h\"},"
                                "{\"id\":\"b\",\"kind\":\"fax\"}, 7]";
        const QList<NotificationChannel> list = NotificationChannels::parseList(json, &error);
        QCOMPARE(list.size(), 1);
        QCOMPARE(error.split(QLatin1Char('\n')),
                 QStringList(
                     {QStringLiteral("Channel 2 was skipped: the id \"a\" is used twice."),
                      QStringLiteral("Channel 3 was skipped: \"kind\" must be webhook, slack or email, not "
                                     "\"fax\"."),
                      QStringLiteral("Channel 4 was skipped: it is not a JSON object")}));
        QCOMPARE(NotificationChannels::parseList("{}", &error).size(), 0);
        QCOMPARE(error, QStringLiteral("The notification channels must be a JSON array."));
        QVERIFY(NotificationChannels::parseList("", &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void sendTestWebhook()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        AlertDispatcher dispatcher;
        dispatcher.webhooks()->setFirstRetryDelay(std::chrono::milliseconds(50));
        NotificationChannel good = webhook(sink.url(QStringLiteral("/hook")));
        NotificationChannel dead =
            webhook(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(closedPort())));
        dead.id = QStringLiteral("dead");
        dead.name = QStringLiteral("Dead");
        dead.retries = 1;
        ChannelsDialog dlg({good, dead}, &dispatcher);
        dlg.show();

        QTest::mouseClick(dlg.testButton(), Qt::LeftButton);
        QVERIFY(!dlg.testButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dlg.testButton()->isEnabled(), 15000);
        QCOMPARE(dlg.testResultLabel()->text(),
                 QStringLiteral("Delivered (attempt 1 of 4). Check that the test notice arrived."));
        QCOMPARE(sink.requests.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(sink.requests.first().body).object();
        QCOMPARE(body.value(QLatin1String("test")).toBool(), true);
        QCOMPARE(sink.requests.first().path, QByteArray("/hook"));

        dlg.setCurrentRow(1);
        QSignalSpy attempts(&dispatcher, &AlertDispatcher::attempted);
        QTest::mouseClick(dlg.testButton(), Qt::LeftButton);
        QVERIFY(attempts.wait(10000));
        QVERIFY2(dlg.testResultLabel()->text().startsWith(QStringLiteral("Attempt 1 of 2 failed: ")),
                 qPrintable(dlg.testResultLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(dlg.testButton()->isEnabled(), 15000);
        QVERIFY2(
            dlg.testResultLabel()->text().startsWith(QStringLiteral("The test notice was not delivered: ")),
            qPrintable(dlg.testResultLabel()->text()));
        QCOMPARE(attempts.size(), 2);
        QVERIFY(attemptAt(attempts, 1).test);
        QCOMPARE(sink.requests.size(), 1);
    }

    void sendTestEmailWithTypedPassword()
    {
        if (m_python.isEmpty())
            QSKIP(kNoSmtpSink);
        SmtpSink sink;
        const QString why = sink.start(m_python, QStringLiteral("alerts"), QStringLiteral("pw-123"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        AlertDispatcher dispatcher;
        NotificationChannel mail = mailChannel(sink.port());
        mail.name = QStringLiteral("On call");
        mail.user = QStringLiteral("alerts");
        ChannelsDialog dlg({mail}, &dispatcher);
        dlg.show();
        typeInto(child<QLineEdit>(&dlg, "smtpPassword"), QStringLiteral("pw-123"));
        QTest::mouseClick(dlg.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dlg.testButton()->isEnabled(), 20000);
        QCOMPARE(dlg.testResultLabel()->text(),
                 QStringLiteral("Delivered (attempt 1 of 1). Check that the test notice arrived."));
        const QList<QJsonObject> mails = sink.messages();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.first().value(QLatin1String("login")).toString(), QStringLiteral("alerts"));
        QVERIFY(mails.first().value(QLatin1String("subject")).toString().contains(QStringLiteral("Test")));
    }

    void dispatchReachesEveryEnabledChannel()
    {
        HttpSink sink;
        QVERIFY(sink.listen());
        AlertDispatcher dispatcher;
        NotificationChannel good = webhook(sink.url(QStringLiteral("/ops")));
        NotificationChannel dead = webhook(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort())));
        dead.id = QStringLiteral("dead");
        dead.name = QStringLiteral("Dead hook");
        dead.retries = 0;
        NotificationChannel off = webhook(sink.url(QStringLiteral("/off")));
        off.id = QStringLiteral("off");
        off.enabled = false;
        dispatcher.setChannels({good, dead, off});
        QCOMPARE(dispatcher.enabledCount(), 2);

        QSignalSpy attempts(&dispatcher, &AlertDispatcher::attempted);
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);
        const AlertRule rule = downloadsRule();
        AlertEvent e = firedEvent(rule);
        AlertEvent historical = e;
        historical.historical = true;
        QCOMPARE(dispatcher.dispatch(historical, rule, {}), 0);
        AlertEvent muted = e;
        muted.muted = true;
        QCOMPARE(dispatcher.dispatch(muted, rule, {}), 0);
        QCOMPARE(dispatcher.dispatch(e, rule, {}), 2);
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(dispatcher.pendingCount(), 0, 5000);
        QMap<QString, DeliveryAttempt> byChannel;
        for (int i = 0; i < attempts.size(); ++i)
            byChannel.insert(attemptAt(attempts, i).channel, attemptAt(attempts, i));
        QCOMPARE(byChannel.keys(),
                 QStringList({QStringLiteral("webhook:dead"), QStringLiteral("webhook:ops")}));
        QVERIFY(byChannel.value(QStringLiteral("webhook:ops")).ok);
        QCOMPARE(byChannel.value(QStringLiteral("webhook:ops")).historyId, 42);
        const DeliveryAttempt deadAttempt = byChannel.value(QStringLiteral("webhook:dead"));
        QVERIFY(!deadAttempt.ok);
        QVERIFY(deadAttempt.final);
        QCOMPARE(deadAttempt.toDelivery().error, deadAttempt.message);
        QCOMPARE(sink.requests.size(), 1);
        QCOMPARE(sink.requests.first().path, QByteArray("/ops"));
        QCOMPARE(QJsonDocument::fromJson(sink.requests.first().body)
                     .object()
                     .value(QLatin1String("ruleName"))
                     .toString(),
                 QStringLiteral("Download spike"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(0).toString().startsWith(
                     QStringLiteral("The alert “Download spike” could not be sent to “Dead hook”: ")),
                 qPrintable(failed.first().at(0).toString()));
    }

    void missingPasswordFailsVisibly()
    {
        AlertDispatcher dispatcher;
        NotificationChannel mail = mailChannel(closedPort());
        mail.id = QStringLiteral("nopass-%1").arg(QCoreApplication::applicationPid());
        mail.name = QStringLiteral("Night shift");
        mail.user = QStringLiteral("alerts");
        dispatcher.setChannels({mail});
        QSignalSpy attempts(&dispatcher, &AlertDispatcher::attempted);
        QSignalSpy failed(&dispatcher, &AlertDispatcher::deliveryFailed);
        const AlertRule rule = downloadsRule();
        QCOMPARE(dispatcher.dispatch(firedEvent(rule), rule, {}), 1);
        QVERIFY(QTest::qWaitFor([&] { return !attempts.isEmpty(); }, 30000));
        const DeliveryAttempt a = attemptAt(attempts, 0);
        // No keychain here, or a keychain without this entry: either way
        // nothing is sent and the user learns where to enter the password.
        QVERIFY(!a.ok);
        QVERIFY(a.final);
        QCOMPARE(a.historyId, 42);
        QVERIFY2(a.message.contains(QStringLiteral("Alerts → Notification Channels")), qPrintable(a.message));
        QCOMPARE(failed.size(), 1);

        // A password entered for this session is used instead: the closed
        // port now refuses the connection, which is a different failure.
        attempts.clear();
        dispatcher.setSessionPassword(mail.id, QStringLiteral("pw"));
        QCOMPARE(dispatcher.dispatch(firedEvent(rule), rule, {}), 1);
        QVERIFY(QTest::qWaitFor([&] { return !attempts.isEmpty(); }, 30000));
        QVERIFY(!attemptAt(attempts, 0).message.contains(QStringLiteral("Notification Channels")));
    }

private:
    QString m_python;
};

QTEST_MAIN(TestAlertChannels)
#include "tst_alertchannels.moc"
