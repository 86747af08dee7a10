#pragma once
// Real servers on loopback for the alert delivery tests: a minimal HTTP/1.1
// server written here for webhooks, and aiosmtpd (Debian python3-aiosmtpd)
// as the SMTP sink, whose Python e-mail parser reads back what was sent.

#include "../support/python.h"
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

namespace alertdelivery {

using namespace es;
using namespace es::ui;

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
inline const char *kSmtpSink = R"PY(
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

// A Python 3 that has aiosmtpd (the Debian one may not be the first on PATH).
inline QString pythonWithAiosmtpd()
{
    return es::test::pythonWith(QStringLiteral("aiosmtpd.controller"));
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
inline quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

inline constexpr const char *kNoSmtpSink =
    "No python3 with aiosmtpd on PATH: install the Debian package python3-aiosmtpd.";
inline constexpr std::int64_t kFiredMs = 1714564800000; // 2024-05-01T12:00:00Z

inline AlertRule downloadsRule()
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

inline AlertEvent firedEvent(const AlertRule &rule)
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

inline NotificationChannel webhook(const QUrl &url)
{
    NotificationChannel c;
    c.id = QStringLiteral("ops");
    c.name = QStringLiteral("Ops");
    c.kind = ChannelKind::Webhook;
    c.url = url;
    return c;
}

inline NotificationChannel mailChannel(int port)
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

inline DeliveryAttempt attemptAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<DeliveryAttempt>();
}

} // namespace alertdelivery
