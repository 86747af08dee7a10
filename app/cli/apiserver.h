#pragma once
// ApiServer: the local REST API over one workspace (docs/API.md), on Qt's
// QHttpServer. It serves counts, event search, query tables and health as
// JSON under /api/v1/, read-only.
//
// Requests are answered asynchronously: counts and tables run on the
// QueryService's threads, event searches on a pool of the server's own, so
// the event loop only parses requests and writes replies. Every running
// request has a deadline; a watchdog cancels what runs longer (the query is
// interrupted inside SQLite) and answers 503. At most maxPending requests
// run at once; more get 503 at once.
//
// Listening on an address other than loopback needs a bearer token. When a
// token is set, every request must carry "Authorization: Bearer TOKEN".
//
// Usable from any thread that runs an event loop (the headless "serve"
// command, or the desktop application later).

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QHostAddress>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrlQuery>
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace es::cli {

class ApiServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 8080; // 0: any free port (see port())
        QByteArray token;    // empty: no token (only allowed on loopback)
        int queryTimeoutMs = 10000;
        int maxPending = 64;
        int searchThreads = 2;
    };

    // Limits of a request.
    static constexpr int kMaxUrlLength = 4096;
    static constexpr int kMaxLimit = 1000;
    static constexpr int kDefaultLimit = 100;

    explicit ApiServer(QObject *parent = nullptr);
    ~ApiServer() override;

    // Opens the workspace read-only and listens. False with errorString().
    bool start(const QString &workspacePath, const Options &options);
    // Stops listening, cancels what runs and waits for it.
    void stop();
    bool isListening() const;
    QString errorString() const { return m_error; }
    // The port listened on (the chosen one when Options::port was 0).
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:8080"
    QString url() const;

    // Reads a token file: it must belong to a file that only its owner can
    // read (mode 0600 or stricter) and hold a token of at least 16
    // characters. Returns the error message, or an empty string.
    static QString readTokenFile(const QString &path, QByteArray *token);

    // Defined in apiserver_p.h.
    struct Answer;
    struct Params;

private:
    struct Reply;
    using ReplyPtr = std::shared_ptr<Reply>;
    struct SearchPool;
    struct State;

    enum class Endpoint { Count, Events, Query, Health };

    void handle(Endpoint endpoint, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool authorized(const QHttpServerRequest &request) const;
    void send(const ReplyPtr &reply, const Answer &answer);
    // Answers a request when `future` finishes, with toAnswer() of its
    // result, or 503 when it was cancelled at its deadline (apiserver_p.h).
    // A QFutureWatcher, not QFuture::then(): Qt 6.4 can crash when a
    // continuation is attached while another thread finishes the future.
    template<typename T>
    void deliver(const ReplyPtr &reply, QFuture<T> future, std::function<Answer(const T &)> toAnswer,
                 std::function<void()> cancel);
    // Registers a running request with its deadline; untrack() when answered.
    std::uint64_t track(std::function<void()> cancel);
    void untrack(std::uint64_t id) { m_pending.erase(id); }
    void checkDeadlines();
    Answer timedOut() const;

    // The endpoints (apiendpoints.cpp). Each answers through send() or deliver().
    void count(const Params &params, const ReplyPtr &reply);
    void events(const Params &params, const ReplyPtr &reply);
    void query(const Params &params, const ReplyPtr &reply);
    void health(const Params &params, const ReplyPtr &reply);

    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<State> m_state;
    Options m_options;
    QString m_error;
    QString m_path;
    quint16 m_port = 0;

    struct Pending
    {
        std::int64_t deadlineMs = 0;
        std::function<void()> cancel;
        bool cancelled = false;
    };
    std::unordered_map<std::uint64_t, Pending> m_pending;
    std::uint64_t m_nextId = 0;
    QTimer m_watchdog;
};

} // namespace es::cli
