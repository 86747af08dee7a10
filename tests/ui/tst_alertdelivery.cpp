// Alert notifications over real servers on loopback: a minimal HTTP/1.1
// server written here for webhooks, and aiosmtpd (Debian python3-aiosmtpd)
// as the SMTP sink, whose Python e-mail parser reads back what was sent.

#include "alerts/alertpayload.h"
#include "alerts/alertstore.h"
#include "alerts/emailnotifier.h"
#include "alerts/notificationchannel.h"
#include "alerts/webhooknotifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ui;

namespace {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 receivedMs = 0;
};

// Answers each request with the next of `statuses` (the last one repeats),
// or never, and keeps what it received. One request per connection.
class HttpSink : public QObject
{
    Q_OBJECT
public:
    QList<int> statuses{200};
    QByteArray answerBody;
    bool silent = false;
    QList<HttpRequest> requests;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                m_buffers[s] = {};
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_clock.start();
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
    }

private:
    void read(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest r;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        r.method = requestLine.value(0);
        r.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers[lines[i].left(colon).trimmed().toLower()] = lines[i].mid(colon + 1).trimmed();
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        r.body = buf.mid(end + 4, length);
        r.receivedMs = m_clock.elapsed();
        buf.clear();
        const int status = statuses.value(requests.size(), statuses.last());
        requests << r;
        if (silent)
            return;
        static const QMap<int, QByteArray> reasons{
            {200, "OK"}, {404, "Not Found"}, {500, "Internal Server Error"}, {503, "Service Unavailable"}};
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Other") +
                            "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " +
                            QByteArray::number(answerBody.size()) + "\r\n\r\n" + answerBody;
        s->write(answer);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// An SMTP server that writes every message it accepts as JSON (envelope,
// decoded headers, decoded body, login) into a folder. With a user, it
// requires authentication (over plain SMTP: aiosmtpd allows that when told).
const char *kSmtpSink = R"PY(
import email, email.policy, json, os, socket, sys, warnings
warnings.simplefilter("ignore")  # aiosmtpd warns about AUTH without TLS, which the test wants
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

outdir, user, password = sys.argv[1], sys.argv[2], sys.argv[3]

class Handler:
    count = 0
    async def handle_DATA(self, server, session, envelope):
        Handler.count += 1
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else ""
        record = {
            "mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "login": login,
            "from": str(msg["From"]), "to": str(msg["To"]), "subject": str(msg["Subject"]),
            "date": str(msg["Date"]), "message_id": str(msg["Message-ID"]),
            "content_type": msg.get_content_type(), "charset": msg.get_content_charset(),
            "transfer_encoding": str(msg["Content-Transfer-Encoding"]),
            "auto_submitted": str(msg["Auto-Submitted"]),
            "body": msg.get_content().replace("\r\n", "\n"), "raw": envelope.content.decode("latin-1"),
        }
        path = os.path.join(outdir, "%03d.json" % Handler.count)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return "250 OK"

def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == user.encode() \
        and auth_data.password == password.encode()
    return AuthResult(success=ok, handled=False, auth_data=auth_data)

s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
options = dict(authenticator=authenticate, auth_required=True, auth_require_tls=False) if user else {}
controller = Controller(Handler(), hostname="127.0.0.1", port=port, **options)
controller.start()
print("PORT", port, flush=True)
sys.stdin.read()
controller.stop()
)PY";

// A Python 3 on PATH that has aiosmtpd (the Debian one may not be the first).
QString pythonWithAiosmtpd()
{
    const QStringList dirs = qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        const QString python = QDir(dir).filePath(QStringLiteral("python3"));
        if (!QFileInfo(python).isExecutable())
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd.controller")});
        if (p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

class SmtpSink
{
public:
    ~SmtpSink()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Empty on success, otherwise why not.
    QString start(const QString &python, const QString &user = {}, const QString &password = {})
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_process.start(python,
                        {QStringLiteral("-c"), QString::fromLatin1(kSmtpSink), m_dir.path(), user, password});
        QByteArray output;
        while (m_port == 0) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(20000))
                return QStringLiteral("the SMTP sink did not start (%1): %2")
                    .arg(QString::fromUtf8(output), QString::fromUtf8(m_process.readAllStandardError()));
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                output += line + ' ';
                if (line.startsWith("PORT "))
                    m_port = line.mid(5).toInt();
            }
        }
        return {};
    }
    int port() const { return m_port; }
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        const QStringList files =
            QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            QFile file(QDir(m_dir.path()).filePath(f));
            if (file.open(QIODevice::ReadOnly))
                out << QJsonDocument::fromJson(file.readAll()).object();
        }
        return out;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// A port nobody listens on.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

constexpr const char *kNoSmtpSink =
    "No python3 with aiosmtpd on PATH: install the Debian package python3-aiosmtpd.";
constexpr std::int64_t kFiredMs = 1714564800000; // 2024-05-01T12:00:00Z

AlertRule downloadsRule()
{
    AlertRule r;
    r.id = QStringLiteral("download-spike");
    r.name = QStringLiteral("Download spike");
    r.metric = MetricId::Downloads;
    r.window = {AlertWindowKind::Trailing, 60};
    r.condition.kind = AlertConditionKind::Above;
    r.condition.high = 40;
    r.condition.recoveryHigh = 30;
    r.severity = AlertSeverity::Warning;
    return r;
}

AlertEvent firedEvent(const AlertRule &rule)
{
    AlertEvent e;
    e.ruleId = rule.id;
    e.ruleName = rule.name;
    e.severity = rule.severity;
    e.from = AlertState::Pending;
    e.to = AlertState::Firing;
    e.notice = AlertNotice::Fired;
    e.atMs = kFiredMs;
    e.value = 52;
    e.threshold = 40;
    e.observed = 52;
    e.window = {kFiredMs / 1000 - 3600, kFiredMs / 1000};
    e.historyId = 42;
    return e;
}

NotificationChannel webhook(const QUrl &url)
{
    NotificationChannel c;
    c.id = QStringLiteral("ops");
    c.name = QStringLiteral("Ops");
    c.kind = ChannelKind::Webhook;
    c.url = url;
    return c;
}

NotificationChannel mailChannel(int port)
{
    NotificationChannel c;
    c.id = QStringLiteral("oncall");
    c.kind = ChannelKind::Email;
    c.smtpHost = QStringLiteral("127.0.0.1");
    c.smtpPort = port;
    c.security = SmtpSecurity::None;
    c.from = QStringLiteral("Eventscope Alerts <alerts@example.com>");
    c.to = {QStringLiteral("oncall@example.com"), QStringLiteral("Jürgen Größe <jg@example.com>")};
    c.timeoutSeconds = 10;
    c.retries = 0;
    return c;
}

DeliveryAttempt attemptAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<DeliveryAttempt>();
}

} // namespace

class TestAlertDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void channelJson();
    void channelValidation();
    void retryDelays();
    void payloadFired();
    void payloadResolved();
    void composedMessage();

    void webhookPostsDocumentedBody();
    void webhookRetriesServerErrors();
    void webhookDoesNotRetry404();
    void webhookTimeout();
    void webhookConnectionRefused();
    void slackBody();
    void sendTest();
    void invalidChannelIsReported();
    void failedDeliveryIsKept();

    void emailDelivered();
    void emailAuthentication();
    void emailStartTlsRequired();
    void emailConnectionRefusedRetries();
    void emailTimeout();
    void emailNotifierStopsQuickly();

private:
    QString m_python;
};

void TestAlertDelivery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_python = pythonWithAiosmtpd();
}

void TestAlertDelivery::channelJson()
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

void TestAlertDelivery::channelValidation()
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

void TestAlertDelivery::retryDelays()
{
    QCOMPARE(NotificationChannels::retryDelayMs(1), std::int64_t(0));
    QCOMPARE(NotificationChannels::retryDelayMs(2), std::int64_t(1000));
    QCOMPARE(NotificationChannels::retryDelayMs(3), std::int64_t(2000));
    QCOMPARE(NotificationChannels::retryDelayMs(4), std::int64_t(4000));
    QCOMPARE(NotificationChannels::retryDelayMs(3, 50), std::int64_t(100));
    QCOMPARE(NotificationChannel().attempts(), 4);
}

void TestAlertDelivery::payloadFired()
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

void TestAlertDelivery::payloadResolved()
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

void TestAlertDelivery::composedMessage()
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

void TestAlertDelivery::webhookPostsDocumentedBody()
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

void TestAlertDelivery::webhookRetriesServerErrors()
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

void TestAlertDelivery::webhookDoesNotRetry404()
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

void TestAlertDelivery::webhookTimeout()
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

void TestAlertDelivery::webhookConnectionRefused()
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

void TestAlertDelivery::slackBody()
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

void TestAlertDelivery::sendTest()
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

void TestAlertDelivery::invalidChannelIsReported()
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

void TestAlertDelivery::failedDeliveryIsKept()
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

void TestAlertDelivery::emailDelivered()
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

void TestAlertDelivery::emailAuthentication()
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

void TestAlertDelivery::emailStartTlsRequired()
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

void TestAlertDelivery::emailConnectionRefusedRetries()
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

void TestAlertDelivery::emailTimeout()
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

void TestAlertDelivery::emailNotifierStopsQuickly()
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

QTEST_MAIN(TestAlertDelivery)
#include "tst_alertdelivery.moc"
