// ApiServer: listening, authorisation, limits, the JSON envelope and the
// deadlines of running requests. The endpoints are in apiendpoints.cpp.

#include "cli/apiserver.h"

#include "cli/apiserver_p.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <algorithm>
#include <sys/stat.h>
#include <vector>

namespace es::cli {

namespace {

constexpr int kWatchdogMs = 50;
constexpr int kMinTokenLength = 16;

// Compares without stopping at the first difference, so the time taken does
// not tell how much of a guess was right.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

ApiServer::Reply::Reply(QHttpServerResponder &&r) : socket(r.socket()), responder(std::move(r)) {}

bool ApiServer::Params::has(QStringView name) const
{
    for (const auto &[k, v] : items) {
        if (k == name)
            return true;
    }
    return false;
}

QString ApiServer::Params::value(QStringView name) const
{
    for (const auto &[k, v] : items) {
        if (k == name)
            return v;
    }
    return {};
}

QStringList ApiServer::Params::values(QStringView name) const
{
    QStringList out;
    for (const auto &[k, v] : items) {
        if (k == name)
            out << v;
    }
    return out;
}

QString ApiServer::Params::check(const QStringList &single, const QStringList &repeatable) const
{
    for (const auto &[k, v] : items) {
        if (repeatable.contains(k))
            continue;
        if (!single.contains(k)) {
            QStringList known = single + repeatable;
            return known.isEmpty()
                       ? ApiServer::tr("unknown parameter \"%1\"; this endpoint takes none.").arg(k)
                       : ApiServer::tr("unknown parameter \"%1\"; this endpoint takes %2.")
                             .arg(k, known.join(QStringLiteral(", ")));
        }
        if (values(k).size() > 1)
            return ApiServer::tr("the parameter \"%1\" is given more than once.").arg(k);
    }
    return {};
}

std::unique_ptr<RawEventSearch> ApiServer::SearchPool::acquire(QString *error)
{
    {
        std::lock_guard lock(mutex);
        if (!idle.empty()) {
            auto s = std::move(idle.back());
            idle.pop_back();
            return s;
        }
    }
    auto s = std::make_unique<RawEventSearch>();
    if (!s->open(path)) {
        *error = s->errorString();
        return nullptr;
    }
    return s;
}

void ApiServer::SearchPool::release(std::unique_ptr<RawEventSearch> search)
{
    std::lock_guard lock(mutex);
    idle.push_back(std::move(search));
}

ApiServer::ApiServer(QObject *parent) : QObject(parent)
{
    connect(&m_watchdog, &QTimer::timeout, this, &ApiServer::checkDeadlines);
}

ApiServer::~ApiServer()
{
    stop();
}

QString ApiServer::readTokenFile(const QString &path, QByteArray *token)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return tr("The token file %1 does not exist.").arg(path);
    if (!S_ISREG(st.st_mode))
        return tr("The token file %1 is not a regular file.").arg(path);
    if ((st.st_mode & 077) != 0)
        return tr("The token file %1 can be read or changed by other users (mode %2). Make it private "
                  "with \"chmod 600 %1\" and start again.")
            .arg(path, QString::number(st.st_mode & 0777, 8));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read the token file %1: %2").arg(path, f.errorString());
    const QByteArray t = f.read(4096).trimmed();
    if (t.size() < kMinTokenLength)
        return tr("The token in %1 is shorter than %2 characters. Write a long random token into it, for "
                  "example with \"head -c 32 /dev/urandom | base64 > %1\".")
            .arg(path)
            .arg(kMinTokenLength);
    for (char c : t) {
        if (c <= ' ' || c == 0x7f)
            return tr("The token in %1 must be one line without spaces.").arg(path);
    }
    *token = t;
    return {};
}

bool ApiServer::start(const QString &workspacePath, const Options &options)
{
    stop();
    m_error.clear();
    m_options = options;
    if (!options.address.isLoopback() && options.token.isEmpty()) {
        m_error = tr("Listening on %1 lets other machines connect; give a token with --token-file, or listen "
                     "on 127.0.0.1.")
                      .arg(options.address.toString());
        return false;
    }
    if (!QFileInfo::exists(workspacePath)) {
        m_error = tr("There is no workspace at %1. Import logs first (eventscope import), or pass --db.")
                      .arg(workspacePath);
        return false;
    }
    auto state = std::make_unique<State>();
    if (!state->service.open(workspacePath)) {
        m_error = state->service.errorString();
        return false;
    }
    if (!state->info.open(workspacePath, sql::Connection::Mode::ReadOnly)) {
        m_error = state->info.errorString();
        return false;
    }
    state->searches.path = workspacePath;
    state->searchThreads.setMaxThreadCount(std::max(1, options.searchThreads));

    auto http = std::make_unique<QHttpServer>();
    auto route = [this, &http](const QString &path, Endpoint e) {
        http->route(path, [this, e](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(e, request, std::move(responder));
        });
    };
    route(QStringLiteral("/api/v1/events/count"), Endpoint::Count);
    route(QStringLiteral("/api/v1/events"), Endpoint::Events);
    route(QStringLiteral("/api/v1/query"), Endpoint::Query);
    route(QStringLiteral("/api/v1/health"), Endpoint::Health);
    http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        auto reply = std::make_shared<Reply>(std::move(responder));
        if (!authorized(request)) {
            Answer a =
                Answer::error(401, tr("A valid token is needed: send \"Authorization: Bearer TOKEN\"."));
            a.challenge = true;
            return send(reply, a);
        }
        send(reply, Answer::error(404, tr("There is no endpoint %1. The API offers /api/v1/events/count, "
                                          "/api/v1/events, /api/v1/query and /api/v1/health.")
                                           .arg(request.url().path())));
    });

    auto *tcp = new QTcpServer(http.get());
    if (!tcp->listen(options.address, options.port)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(options.address.toString())
                      .arg(options.port)
                      .arg(tcp->errorString());
        return false;
    }
    http->bind(tcp);
    m_port = tcp->serverPort();
    m_path = workspacePath;
    m_state = std::move(state);
    m_http = std::move(http);
    // Deadlines are checked a few times per timeout, at most every 50 ms.
    m_watchdog.start(std::clamp(options.queryTimeoutMs / 4, 1, kWatchdogMs));
    return true;
}

void ApiServer::stop()
{
    m_watchdog.stop();
    m_http.reset();
    std::vector<std::function<void()>> running;
    for (auto &[id, p] : m_pending) {
        if (p.cancel && !p.cancelled)
            running.push_back(p.cancel);
        p.cancelled = true;
    }
    for (const auto &cancel : running)
        cancel();
    if (m_state) {
        m_state->searchThreads.waitForDone();
        m_state->service.close();
        m_state.reset();
    }
    m_pending.clear();
    m_port = 0;
}

bool ApiServer::isListening() const
{
    return m_http != nullptr;
}

QString ApiServer::url() const
{
    if (!m_http)
        return {};
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_options.address.toString() + QLatin1Char(']')
                             : m_options.address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

bool ApiServer::authorized(const QHttpServerRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    static const QByteArray kBearer = QByteArrayLiteral("bearer ");
    if (header.size() <= kBearer.size() || header.left(kBearer.size()).toLower() != kBearer)
        return false;
    return sameToken(header.mid(kBearer.size()).trimmed(), m_options.token);
}

void ApiServer::handle(Endpoint endpoint, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto reply = std::make_shared<Reply>(std::move(responder));
    if (!authorized(request)) {
        Answer a = Answer::error(401, tr("A valid token is needed: send \"Authorization: Bearer TOKEN\"."));
        a.challenge = true;
        return send(reply, a);
    }
    if (request.url().toEncoded().size() > kMaxUrlLength)
        return send(reply, Answer::error(414, tr("The URL is longer than %1 bytes.").arg(kMaxUrlLength)));
    if (request.method() != QHttpServerRequest::Method::Get)
        return send(reply, Answer::error(405, tr("Only GET requests are served; the API is read-only.")));
    if (qsizetype(m_pending.size()) >= m_options.maxPending)
        return send(
            reply,
            Answer::error(
                503, tr("The server is busy with %1 requests; try again shortly.").arg(m_pending.size())));
    Params params;
    params.items = QUrlQuery(request.url()).queryItems(QUrl::FullyDecoded);
    switch (endpoint) {
    case Endpoint::Count:
        return count(params, reply);
    case Endpoint::Events:
        return events(params, reply);
    case Endpoint::Query:
        return query(params, reply);
    case Endpoint::Health:
        return health(params, reply);
    }
}

void ApiServer::send(const ReplyPtr &reply, const Answer &answer)
{
    if (!reply->socket)
        return; // the client hung up
    const bool ok = answer.status < 400;
    QJsonObject o{{QStringLiteral("status"), ok ? QStringLiteral("SUCCESS") : QStringLiteral("ERROR")},
                  {QStringLiteral("timestamp"), double(QDateTime::currentMSecsSinceEpoch())}};
    if (ok) {
        o[QStringLiteral("result")] = answer.result;
    } else {
        o[QStringLiteral("result")] = QJsonValue::Null;
        o[QStringLiteral("message")] = answer.message;
        o[QStringLiteral("http_status")] = answer.status;
    }
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
    if (answer.challenge)
        reply->responder.write(body,
                               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                                {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                                {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}},
                               status);
    else
        reply->responder.write(body,
                               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                                {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
                               status);
}

ApiServer::Answer ApiServer::timedOut() const
{
    return Answer::error(503, tr("The request took longer than %1 ms and was stopped. Ask for a shorter time "
                                 "range, or start the server with a longer --query-timeout.")
                                  .arg(m_options.queryTimeoutMs));
}

std::uint64_t ApiServer::track(std::function<void()> cancel)
{
    const std::uint64_t id = ++m_nextId;
    m_pending.emplace(id, Pending{QDateTime::currentMSecsSinceEpoch() + m_options.queryTimeoutMs,
                                  std::move(cancel), false});
    return id;
}

void ApiServer::checkDeadlines()
{
    if (m_pending.empty())
        return;
    // Cancelling can finish a request at once (its continuation runs on this
    // thread and erases it from m_pending), so cancel after the loop.
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::function<void()>> expired;
    for (auto &[id, p] : m_pending) {
        if (!p.cancelled && now >= p.deadlineMs) {
            p.cancelled = true;
            if (p.cancel)
                expired.push_back(p.cancel);
        }
    }
    for (const auto &cancel : expired)
        cancel();
}

} // namespace es::cli
