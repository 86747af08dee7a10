#include "alerts/emailnotifier.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <curl/curl.h>
#include <mutex>

namespace es::ui {

// What one SMTP exchange came to, as plain data: it is made on a pool
// thread, and words for people are chosen on the notifier's thread.
struct SmtpResult
{
    CURLcode code = CURLE_OK;
    long smtpCode = 0;   // the server's last reply code
    QString curlError;   // libcurl's error buffer
    QString serverReply; // the server's last reply line, e.g. "550 5.1.1 No such user"
};

namespace {

struct SmtpRequest
{
    QByteArray url;
    QByteArray user;
    QByteArray password;
    QByteArray mailFrom;
    QList<QByteArray> rcpts;
    QByteArray message;
    bool requireTls = false;
    long timeoutMs = 10000;
    std::shared_ptr<std::atomic_bool> cancel;
};

struct Transfer
{
    const QByteArray *message = nullptr;
    qsizetype offset = 0;
    QByteArray reply; // the lines of the server's last reply
    bool replyDone = true;
    std::atomic_bool *cancel = nullptr;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const qsizetype n = std::min<qsizetype>(qsizetype(size * count), t->message->size() - t->offset);
    std::memcpy(buffer, t->message->constData() + t->offset, size_t(n));
    t->offset += n;
    return size_t(n);
}

int checkCancel(void *userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Transfer *>(userdata)->cancel->load() ? 1 : 0;
}

// Keeps the server's last reply for messages. Only what the server says is
// looked at: what we send includes the credentials.
int watchDialogue(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto *t = static_cast<Transfer *>(userdata);
    const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
    if (t->replyDone)
        t->reply.clear();
    // "250-..." continues a multi-line reply, "250 ..." ends it.
    t->replyDone = line.size() < 4 || line.at(3) != '-';
    if (!t->reply.isEmpty())
        t->reply += ' ';
    t->reply += line.size() >= 4 && line.at(3) == '-' ? line.mid(4) : line;
    return 0;
}

void initCurl()
{
    // Not thread-safe in every libcurl build: done once, before any worker.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

SmtpResult runSmtp(const SmtpRequest &req)
{
    SmtpResult result;
    CURL *curl = curl_easy_init();
    if (!curl) {
        result.code = CURLE_FAILED_INIT;
        return result;
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Transfer transfer;
    transfer.message = &req.message;
    transfer.cancel = req.cancel.get();
    curl_slist *rcpts = nullptr;
    for (const QByteArray &r : req.rcpts)
        rcpts = curl_slist_append(rcpts, r.constData());

    curl_easy_setopt(curl, CURLOPT_URL, req.url.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
#else
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS, long(CURLPROTO_SMTP | CURLPROTO_SMTPS));
#endif
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, req.timeoutMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, req.timeoutMs);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(req.requireTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    if (!req.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, req.user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, req.password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, req.mailFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpts);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(req.message.size()));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, checkCancel);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    // The debug hook sees the server's replies; nothing is printed.
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, watchDialogue);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    result.code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &result.smtpCode);
    result.curlError = QString::fromUtf8(errorBuffer).trimmed();
    if (result.curlError.isEmpty())
        result.curlError = QString::fromUtf8(curl_easy_strerror(result.code));
    result.serverReply = QString::fromUtf8(transfer.reply).simplified();

    curl_slist_free_all(rcpts);
    curl_easy_cleanup(curl);
    return result;
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A mailbox for a header: "Name <addr>" with the name quoted or encoded as
// needed.
QByteArray headerMailbox(const QString &mailbox, int used)
{
    const QString addr = EmailNotifier::address(mailbox);
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    QString name = open > 0 ? mailbox.left(open).trimmed() : QString();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return addr.toUtf8();
    QByteArray shown;
    static const QRegularExpression specials(QStringLiteral("[()<>\\[\\]:;@\\\\,.\"]"));
    if (isAscii(name) && !name.contains(specials)) {
        shown = name.toLatin1();
    } else if (isAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        shown = '"' + quoted.toLatin1() + '"';
    } else {
        shown = EmailNotifier::encodeHeaderText(name, used);
    }
    return shown + " <" + addr.toUtf8() + '>';
}

} // namespace

EmailNotifier::EmailNotifier(QObject *parent) : QObject(parent)
{
    initCurl();
    m_pool.setMaxThreadCount(2);
}

EmailNotifier::~EmailNotifier()
{
    cancelAll();
    m_pool.waitForDone();
}

void EmailNotifier::cancelAll()
{
    for (auto &[id, job] : m_jobs) {
        job.cancel->store(true);
        if (job.watcher) {
            // Possibly called from a slot of this watcher's signal.
            job.watcher->disconnect(this);
            job.watcher.release()->deleteLater();
        }
    }
    m_jobs.clear();
}

QString EmailNotifier::address(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

QString EmailNotifier::smtpUrl(const NotificationChannel &channel)
{
    const QString scheme =
        channel.security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    QString host = channel.smtpHost.trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 address
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(channel.effectiveSmtpPort());
}

QByteArray EmailNotifier::quotedPrintable(const QByteArray &utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            // Trailing blanks would be stripped in transit; a leading dot
            // could end the SMTP data on servers that forget to unstuff.
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            const bool dotFirst = c == '.' && column == 0;
            QByteArray token;
            if (literal && !dotFirst)
                token = QByteArray(1, char(c));
            else
                token = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            // Soft line break: lines of at most 76 characters, the "=" included.
            if (column + token.size() > (last ? 76 : 75)) {
                out += "=\r\n";
                column = 0;
                if (token == ".")
                    token = "=2E";
            }
            out += token;
            column += int(token.size());
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray EmailNotifier::encodeHeaderText(const QString &text, int used)
{
    if (isAscii(text)) {
        // Fold between words so lines stay within 78 characters.
        QByteArray out;
        int column = used;
        const QStringList words = text.split(QLatin1Char(' '));
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray w = words.at(i).toLatin1();
            if (i > 0) {
                if (column + 1 + w.size() > 78 && column > used) {
                    out += "\r\n";
                    column = 0;
                }
                out += ' ';
                ++column;
            }
            out += w;
            column += int(w.size());
        }
        return out;
    }
    // Base64 encoded words of whole characters, so a multi-byte character is
    // never split, on lines of at most 76 characters (RFC 2047): the first
    // after the header name, the others after the folding space.
    QByteArray out;
    QByteArray chunk;
    const auto capacity = [](int prefix) { return (76 - prefix - 12) / 4 * 3; }; // 12: "=?UTF-8?B?" "?="
    int budget = capacity(used);
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
        budget = capacity(1);
    };
    const QList<uint> codePoints = text.toUcs4();
    for (const uint cp : codePoints) {
        const char32_t c = cp;
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + bytes.size() > budget)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray EmailNotifier::compose(const Message &m)
{
    QByteArray h;
    h += "Date: " + m.date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    h += "From: " + headerMailbox(m.from, 6) + "\r\n";
    QByteArray to;
    for (const QString &r : m.to) {
        if (!to.isEmpty())
            to += ",\r\n "; // one recipient per line keeps every line short
        to += headerMailbox(r, 4);
    }
    h += "To: " + to + "\r\n";
    h += "Subject: " + encodeHeaderText(m.subject, 9) + "\r\n";
    h += "Message-ID: <" + m.messageId.toLatin1() + ">\r\n";
    // RFC 3834: keeps vacation responders from answering alerts.
    h += "Auto-Submitted: auto-generated\r\n";
    h += "MIME-Version: 1.0\r\n";
    h += "Content-Type: text/plain; charset=utf-8\r\n";
    h += "Content-Transfer-Encoding: quoted-printable\r\n";
    h += "\r\n";
    QByteArray body = quotedPrintable(m.text.toUtf8());
    if (!body.endsWith("\r\n"))
        body += "\r\n";
    return h + body;
}

quint64 EmailNotifier::send(const NotificationChannel &channel, const QString &password,
                            const AlertEvent &event, const AlertRule &rule, const AlertNoticeContext &context)
{
    const quint64 id = m_nextJob++;
    Job &job = m_jobs[id];
    job.channel = channel;
    job.password = password;
    job.cancel = std::make_shared<std::atomic_bool>(false);
    job.report.job = id;
    job.report.channel = channel.deliveryName();
    job.report.channelId = channel.id;
    job.report.historyId = event.historyId;
    job.report.notice = event.notice;
    job.report.test = context.test;
    job.report.attempts = std::max(1, channel.attempts());
    job.report.attempt = 0; // counted up by each attempt

    QStringList problems = NotificationChannels::validate(channel);
    if (channel.kind != ChannelKind::Email)
        problems.prepend(tr("The channel %1 is a webhook, not e-mail.").arg(channel.id));
    if (!problems.isEmpty()) {
        job.report.attempts = 1;
        const QString message = tr("Nothing was sent: %1").arg(problems.join(QLatin1Char(' ')));
        QTimer::singleShot(0, this, [this, id, message] { report(id, false, false, message); });
        return id;
    }

    Message m;
    m.from = channel.from;
    m.to = channel.to;
    m.subject = AlertPayload::emailSubject(event, rule, context);
    m.text = AlertPayload::emailText(event, rule, context);
    m.date = QDateTime::currentDateTime();
    const QString domain = address(channel.from).section(QLatin1Char('@'), 1);
    // One id for all attempts: a retry after a lost answer is the same message.
    m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
    job.message = compose(m);
    startAttempt(id);
    return id;
}

quint64 EmailNotifier::sendTest(const NotificationChannel &channel, const QString &password,
                                AlertNoticeContext context)
{
    context.test = true;
    const AlertRule rule = AlertPayload::sampleRule();
    return send(channel, password, AlertPayload::sampleEvent(rule, QDateTime::currentMSecsSinceEpoch()), rule,
                context);
}

void EmailNotifier::startAttempt(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = it->second;
    ++job.report.attempt;
    job.report.attemptedMs = QDateTime::currentMSecsSinceEpoch();

    SmtpRequest req;
    req.url = smtpUrl(job.channel).toUtf8();
    req.user = job.channel.user.toUtf8();
    req.password = job.password.toUtf8();
    req.mailFrom = '<' + address(job.channel.from).toUtf8() + '>';
    for (const QString &r : job.channel.to)
        req.rcpts << '<' + address(r).toUtf8() + '>';
    req.message = job.message;
    req.requireTls = job.channel.security != SmtpSecurity::None;
    req.timeoutMs = long(job.channel.timeoutSeconds) * 1000;
    req.cancel = job.cancel;

    job.watcher = std::make_unique<QFutureWatcher<SmtpResult>>();
    QFutureWatcher<SmtpResult> *watcher = job.watcher.get();
    connect(watcher, &QFutureWatcher<SmtpResult>::finished, this,
            [this, id, watcher] { finishAttempt(id, watcher->result()); });
    watcher->setFuture(QtConcurrent::run(&m_pool, [req = std::move(req)] { return runSmtp(req); }));
}

void EmailNotifier::finishAttempt(quint64 id, const SmtpResult &r)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    const NotificationChannel &c = it->second.channel;
    const QString server = QStringLiteral("%1:%2").arg(c.smtpHost).arg(c.effectiveSmtpPort());
    const QString said = r.serverReply.isEmpty() ? r.curlError : r.serverReply;

    if (r.code == CURLE_OK) {
        QStringList recipients;
        for (const QString &to : c.to)
            recipients << address(to);
        report(id, true, false,
               tr("The mail server %1 accepted the message for %2.")
                   .arg(server, recipients.join(QStringLiteral(", "))));
        return;
    }
    QString message;
    bool retry = false;
    switch (r.code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        retry = true;
        message =
            tr("The mail server %1 was not found. Check the host name and the network.").arg(c.smtpHost);
        break;
    case CURLE_COULDNT_CONNECT:
        retry = true;
        message =
            tr("Could not connect to the mail server %1: the connection was refused or the host cannot be "
               "reached. Check the host and port.")
                .arg(server);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        retry = true;
        message = tr("The mail server %1 did not answer within the timeout of %2 s.")
                      .arg(server)
                      .arg(c.timeoutSeconds);
        break;
    case CURLE_LOGIN_DENIED:
        message =
            tr("The mail server %1 refused the user name or password (%2). Check the user and the password "
               "kept in the keychain.")
                .arg(server, said);
        break;
    case CURLE_USE_SSL_FAILED:
        message =
            tr("The mail server %1 does not offer STARTTLS, so nothing was sent unencrypted. Choose TLS if "
               "the port expects encryption from the start (usually 465), or no encryption if the server "
               "has none.")
                .arg(server);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        message = tr("The certificate of the mail server %1 is not trusted: %2. Check the host name and the "
                     "server's certificate.")
                      .arg(server, r.curlError);
        break;
    case CURLE_SSL_CONNECT_ERROR:
        message =
            tr("The secure connection to the mail server %1 failed: %2. Check the port and the security "
               "mode (STARTTLS usually uses port 587, TLS port 465).")
                .arg(server, r.curlError);
        break;
    default:
        if (r.smtpCode >= 500) {
            message =
                tr("The mail server %1 refused the message: %2. Check the sender and recipient addresses.")
                    .arg(server, said);
        } else if (r.smtpCode >= 400) {
            retry = true; // a temporary refusal: greylisting, a full queue
            message = tr("The mail server %1 cannot take the message now: %2.").arg(server, said);
        } else {
            retry = r.code == CURLE_GOT_NOTHING || r.code == CURLE_RECV_ERROR || r.code == CURLE_SEND_ERROR;
            message = tr("Sending the e-mail through %1 failed: %2.").arg(server, r.curlError);
        }
        break;
    }
    report(id, false, retry, message);
}

void EmailNotifier::report(quint64 id, bool ok, bool retry, const QString &message)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = it->second;
    DeliveryAttempt a = job.report;
    a.attempt = std::max(1, a.attempt);
    if (a.attemptedMs == 0)
        a.attemptedMs = QDateTime::currentMSecsSinceEpoch();
    a.ok = ok;
    a.final = ok || !retry || a.attempt >= a.attempts;
    a.message = message;
    if (!a.final) {
        const auto wait = std::chrono::milliseconds(
            NotificationChannels::retryDelayMs(a.attempt + 1, std::int64_t(m_firstRetryDelay.count())));
        a.message +=
            QLatin1Char(' ') + NotificationChannels::retryNote(wait.count(), a.attempt + 1, a.attempts);
        QTimer::singleShot(wait, this, [this, id] { startAttempt(id); });
    } else {
        // The watcher that called us is deleted later, not from its own signal.
        if (job.watcher)
            job.watcher.release()->deleteLater();
        m_jobs.erase(it);
    }
    const QPointer<EmailNotifier> self(this);
    emit delivered(a.channelId, qint64(a.historyId), a.ok, a.attempt, a.message);
    if (self)
        emit attempted(a);
}

} // namespace es::ui
