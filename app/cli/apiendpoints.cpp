// The endpoints of the REST API (docs/API.md): event counts, event search,
// query tables and health. Parameters are checked here, on the server's
// thread; the work runs on the QueryService's threads or the search pool.

#include "cli/apiserver.h"
#include "cli/apiserver_p.h"
#include "cli/eventjson.h"
#include "cli/querycommon.h"
#include "core/timeexpr.h"
#include "core/version.h"
#include "core/zonebucketer.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <climits>

namespace es::cli {

namespace {

// The workspace zone, UTC when it is unknown.
ZoneBucketer workspaceZone(QueryService &service)
{
    ZoneBucketer zone(service.workspaceTimeZone());
    return zone.isValid() ? zone : ZoneBucketer(QByteArrayLiteral("UTC"));
}

// start_time and end_time as Unix milliseconds. False with the message.
bool parseTimes(const ApiServer::Params &p, const ZoneBucketer &zone, std::optional<std::int64_t> &fromMs,
                std::optional<std::int64_t> &toMs, QString *error)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &name : {QStringLiteral("start_time"), QStringLiteral("end_time")}) {
        if (!p.has(name))
            continue;
        QString why;
        const auto ms = parseTimeExpression(p.value(name), now, zone, &why);
        if (!ms) {
            *error = QStringLiteral("%1: %2").arg(name, why);
            return false;
        }
        (name == QLatin1String("start_time") ? fromMs : toMs) = *ms;
    }
    if (fromMs && toMs && *fromMs >= *toMs) {
        *error = ApiServer::tr("start_time (%1) must be before end_time (%2).")
                     .arg(eventTime(*fromMs, zone, true), eventTime(*toMs, zone, true));
        return false;
    }
    return true;
}

std::int64_t floorSecs(std::int64_t ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

} // namespace

void ApiServer::count(const Params &p, const ReplyPtr &reply)
{
    if (const QString e =
            p.check({QStringLiteral("event_type"), QStringLiteral("start_time"), QStringLiteral("end_time")});
        !e.isEmpty())
        return send(reply, Answer::error(400, e));
    QueryService &service = m_state->service;
    const ZoneBucketer zone = workspaceZone(service);
    std::optional<std::int64_t> fromMs, toMs;
    QString error;
    if (!parseTimes(p, zone, fromMs, toMs, &error))
        return send(reply, Answer::error(400, error));

    // Without a range: every day that holds data.
    std::int64_t to = 0;
    if (toMs) {
        to = floorSecs(*toMs + 999);
    } else {
        const std::int64_t newest = service.newestEventSecs();
        const std::int64_t last = newest == INT64_MIN ? QDateTime::currentSecsSinceEpoch() : newest;
        to = zone.next(zone.floor(last, Granularity::Day), Granularity::Day);
    }
    std::int64_t from = 0;
    if (fromMs) {
        from = floorSecs(*fromMs);
    } else {
        const std::int64_t oldest = service.oldestDataSecs();
        from = oldest == INT64_MIN || oldest >= to ? to - 86400 : oldest;
    }
    if (from >= to)
        return send(reply, Answer::error(400, tr("start_time must be before end_time.")));

    Query q;
    const QString type = p.value(QStringLiteral("event_type"));
    if (p.has(QStringLiteral("event_type")) && type.isEmpty())
        return send(reply, Answer::error(400, tr("event_type is empty; leave it out to count every event.")));
    if (type.isEmpty()) {
        q.metrics = {MetricId::Hits};
    } else if (type == RawEventSearch::requestType()) {
        q.metrics = {MetricId::Requests};
    } else {
        q.metrics = {MetricId::Events};
        q.filters = {Filter{DimensionId::EventType, {type}}};
    }
    q.range = {from, to};

    QFuture<QueryResult> running = service.run(q);
    std::function<Answer(const QueryResult &)> toAnswer = [type, zone](const QueryResult &r) {
        if (!r.ok)
            return Answer::error(500, r.error);
        std::int64_t n = 0;
        if (!r.rows.empty() && !r.rows.front().empty()) {
            if (const auto *v = std::get_if<std::int64_t>(&r.rows.front().back()))
                n = *v;
        }
        return Answer::ok(QJsonObject{
            {QStringLiteral("count"), qint64(n)},
            {QStringLiteral("event_type"), type.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(type)},
            {QStringLiteral("start_time"), eventTime(r.range.fromSecs * 1000, zone, false)},
            {QStringLiteral("end_time"), eventTime(r.range.toSecs * 1000, zone, false)},
            {QStringLiteral("level"), r.level}});
    };
    deliver(reply, running, toAnswer, [running]() mutable { running.cancel(); });
}

void ApiServer::events(const Params &p, const ReplyPtr &reply)
{
    if (const QString e = p.check({QStringLiteral("start_time"), QStringLiteral("end_time"),
                                   QStringLiteral("limit"), QStringLiteral("after"), QStringLiteral("grep")},
                                  {QStringLiteral("event_type")});
        !e.isEmpty())
        return send(reply, Answer::error(400, e));
    EventQuery query;
    query.limit = kDefaultLimit;
    if (p.has(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLimit)
            return send(reply, Answer::error(400, tr("limit takes a number from 1 to %1, not \"%2\".")
                                                      .arg(kMaxLimit)
                                                      .arg(p.value(QStringLiteral("limit")))));
    }
    query.after = p.value(QStringLiteral("after"));
    if (!RawEventSearch::isValidCursor(query.after))
        return send(reply, Answer::error(400, tr("the cursor \"%1\" given as after is not valid. Pass the "
                                                 "next_cursor of the previous page unchanged.")
                                                  .arg(query.after)));
    for (const QString &t : p.values(QStringLiteral("event_type"))) {
        if (t.isEmpty())
            return send(reply,
                        Answer::error(400, tr("event_type is empty; leave it out to search every event.")));
        query.types << t;
    }
    query.grep = p.value(QStringLiteral("grep"));
    const ZoneBucketer zone = workspaceZone(m_state->service);
    QString error;
    if (!parseTimes(p, zone, query.fromMs, query.toMs, &error))
        return send(reply, Answer::error(400, error));

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto promise = std::make_shared<QPromise<Answer>>();
    QFuture<Answer> answer = promise->future();
    promise->start();
    SearchPool *pool = &m_state->searches;
    const Answer late = timedOut();
    m_state->searchThreads.start([pool, query, zone, cancel, promise, late] {
        auto finish = [&](const Answer &a) {
            promise->addResult(a);
            promise->finish();
        };
        if (*cancel)
            return finish(late);
        QString why;
        std::unique_ptr<RawEventSearch> search = pool->acquire(&why);
        if (!search)
            return finish(Answer::error(500, why));
        const std::optional<EventPage> page = search->search(query, cancel.get());
        if (!page) {
            const QString message = search->errorString();
            search.reset(); // a connection that failed is not reused
            return finish(Answer::error(500, message));
        }
        pool->release(std::move(search));
        if (page->cancelled)
            return finish(late);
        QJsonArray rows;
        for (const EventRow &r : page->rows)
            rows.append(eventJson(r, zone));
        QJsonArray unknown;
        for (const QString &t : page->unknownTypes)
            unknown.append(t);
        finish(Answer::ok(QJsonObject{{QStringLiteral("events"), rows},
                                      {QStringLiteral("count"), qint64(page->rows.size())},
                                      {QStringLiteral("next_cursor"), page->nextCursor.isEmpty()
                                                                          ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(page->nextCursor)},
                                      {QStringLiteral("partial"), page->partial},
                                      {QStringLiteral("scanned"), qint64(page->scanned)},
                                      {QStringLiteral("unsearchable"), qint64(page->unsearchable)},
                                      {QStringLiteral("unknown_types"), unknown}}));
    });
    deliver<Answer>(
        reply, answer, [](const Answer &a) { return a; }, [cancel] { *cancel = true; });
}

void ApiServer::query(const Params &p, const ReplyPtr &reply)
{
    // The parameters are the options of "eventscope query", read by its own parser.
    QCommandLineParser parser;
    QueryCommand::addOptions(parser);
    QStringList args{QStringLiteral("eventscope")};
    for (const auto &[name, value] : p.items) {
        if (name == QLatin1String("list") || name == QLatin1String("movers") ||
            name == QLatin1String("window") || name == QLatin1String("format"))
            return send(reply, Answer::error(400, tr("the parameter \"%1\" is not available here; the API "
                                                     "returns query tables as JSON.")
                                                      .arg(name)));
        if (name.isEmpty() || name.startsWith(QLatin1Char('-')))
            return send(reply, Answer::error(400, tr("unknown parameter \"%1\".").arg(name)));
        args << QStringLiteral("--%1=%2").arg(name, value);
    }
    if (!parser.parse(args))
        return send(reply, Answer::error(400, parser.errorText()));
    if (!parser.positionalArguments().isEmpty())
        return send(
            reply,
            Answer::error(400, tr("unexpected value \"%1\".").arg(parser.positionalArguments().first())));
    QueryService &service = m_state->service;
    Query q;
    if (const QString e = QueryCommand::parseTable(parser, service.paramKeys(), q); !e.isEmpty())
        return send(reply, Answer::error(400, e));
    if (const QString e = QueryCommand::resolveRange(parser, service, q); !e.isEmpty())
        return send(reply, Answer::error(400, e));

    QFuture<QueryResult> running = service.run(q);
    deliver<QueryResult>(
        reply, running,
        [](const QueryResult &r) {
            // A query that cannot be answered as asked (dimensions that are not
            // kept together, a metric the level lacks) is the caller's to change.
            return r.ok ? Answer::ok(resultJson(r)) : Answer::error(400, r.error);
        },
        [running]() mutable { running.cancel(); });
}

void ApiServer::health(const Params &p, const ReplyPtr &reply)
{
    if (const QString e = p.check({}); !e.isEmpty())
        return send(reply, Answer::error(400, e));
    QJsonValue lastCommit = QJsonValue::Null;
    QJsonValue lastCommitMs = QJsonValue::Null;
    const ZoneBucketer zone = workspaceZone(m_state->service);
    {
        std::lock_guard lock(m_state->infoMutex);
        auto st = m_state->info.prepare("SELECT committed_ms FROM commits ORDER BY id DESC LIMIT 1");
        if (st.step() && !st.isNull(0)) {
            lastCommitMs = qint64(st.int64(0));
            lastCommit = eventTime(st.int64(0), zone, true);
        }
    }
    const std::int64_t newest = m_state->service.newestEventSecs();
    send(reply, Answer::ok(QJsonObject{
                    {QStringLiteral("version"), QLatin1String(kVersion)},
                    {QStringLiteral("database"), m_path},
                    {QStringLiteral("time_zone"), QString::fromUtf8(m_state->service.workspaceTimeZone())},
                    {QStringLiteral("last_commit_ms"), lastCommitMs},
                    {QStringLiteral("last_commit"), lastCommit},
                    {QStringLiteral("newest_event"), newest == INT64_MIN
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(eventTime(newest * 1000, zone, false))},
                    {QStringLiteral("read_only"), true}}));
}

} // namespace es::cli
