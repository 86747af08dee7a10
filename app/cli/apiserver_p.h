#pragma once
// Internal to ApiServer: what its request handling and its endpoints share.

#include "cli/apiserver.h"
#include "query/queryservice.h"
#include "store/rawevents.h"
#include "store/sqlite.h"

#include <QFutureWatcher>
#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QtHttpServer/QHttpServerResponder>
#include <mutex>
#include <vector>

class QTcpSocket;

namespace es::cli {

// The responder of one request, and a guard for its connection: a client
// that hung up before the answer gets none.
struct ApiServer::Reply
{
    explicit Reply(QHttpServerResponder &&r);
    QPointer<QTcpSocket> socket;
    QHttpServerResponder responder;
};

struct ApiServer::Answer
{
    int status = 200;
    QJsonValue result;
    QString message; // for errors
    bool challenge = false;

    static Answer ok(QJsonValue result) { return {200, std::move(result), {}, false}; }
    static Answer error(int status, const QString &message)
    {
        return {status, QJsonValue::Null, message, false};
    }
};

// The decoded parameters of a request URL.
struct ApiServer::Params
{
    QList<QPair<QString, QString>> items;

    bool has(QStringView name) const;
    QString value(QStringView name) const;
    QStringList values(QStringView name) const;
    // A message for a name not in `single` or `repeatable`, or a name of
    // `single` given more than once; empty when every name is known.
    QString check(const QStringList &single, const QStringList &repeatable = {}) const;
};

// Opened event searches, one per search thread at most.
struct ApiServer::SearchPool
{
    QString path;
    std::mutex mutex;
    std::vector<std::unique_ptr<RawEventSearch>> idle;

    std::unique_ptr<RawEventSearch> acquire(QString *error);
    void release(std::unique_ptr<RawEventSearch> search);
};

struct ApiServer::State
{
    QueryService service;
    SearchPool searches;
    QThreadPool searchThreads;
    sql::Connection info; // health: the newest commit
    std::mutex infoMutex;
};

template<typename T>
void ApiServer::deliver(const ReplyPtr &reply, QFuture<T> future, std::function<Answer(const T &)> toAnswer,
                        std::function<void()> cancel)
{
    const std::uint64_t id = track(std::move(cancel));
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, reply, toAnswer] {
        untrack(id);
        const QFuture<T> f = watcher->future();
        watcher->deleteLater();
        if (f.isCanceled() || f.resultCount() == 0)
            return send(reply, timedOut());
        send(reply, toAnswer(f.result()));
    });
    watcher->setFuture(future);
}

} // namespace es::cli
