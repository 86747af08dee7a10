// Runs "eventscope serve" on a free loopback port over a workspace made with
// "eventscope generate" and "eventscope import", and calls it over HTTP the
// way a script does: counts must equal what "eventscope query" prints, the
// search must page through every event of a type exactly once, /query must
// return the table of "eventscope query --format json", and bad parameters,
// unknown paths and missing or wrong tokens get their status and message.

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <limits>
#include <memory>
#include <sys/stat.h>

namespace {

// A running "eventscope serve".
struct Server
{
    std::unique_ptr<QProcess> process;
    QString base; // "http://127.0.0.1:PORT"
    QString output;
};

struct Response
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QByteArray challenge; // WWW-Authenticate
};

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;
    Server m_server;
    QNetworkAccessManager m_net;
    QByteArray m_dbHash; // of the workspace before it is served
    // The generated events: 2024-10-22 00:00 UTC to 2024-10-29 00:00 UTC.
    const QString m_allFrom = QStringLiteral("2024-10-01");
    const QString m_allTo = QStringLiteral("2024-11-01");

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // the workspace zone
        return env;
    }

    Run run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // Starts the server on a free loopback port and waits for its address.
    bool startServer(Server &s, const QStringList &extra = {})
    {
        s.process = std::make_unique<QProcess>();
        s.process->setProcessEnvironment(environment());
        s.process->start(QStringLiteral(ES_BINARY_PATH),
                         QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                             extra);
        static const QRegularExpression re(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)/api/v1/"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (s.process->state() == QProcess::NotRunning)
                return false;
            s.process->waitForReadyRead(200);
            s.output += QString::fromUtf8(s.process->readAllStandardOutput());
            const QRegularExpressionMatch m = re.match(s.output);
            if (m.hasMatch()) {
                s.base = m.captured(1);
                return true;
            }
        }
        return false;
    }

    static int stopServer(Server &s)
    {
        if (!s.process)
            return -1;
        s.process->terminate(); // SIGTERM: a clean stop
        if (!s.process->waitForFinished(30000)) {
            s.process->kill();
            s.process->waitForFinished();
            return -1;
        }
        return s.process->exitStatus() == QProcess::NormalExit ? s.process->exitCode() : -1;
    }

    Response request(const QString &base, const QString &pathAndQuery, const QByteArray &token = {},
                     const QByteArray &verb = "GET")
    {
        QNetworkRequest req(QUrl(base + pathAndQuery));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_net.sendCustomRequest(req, verb);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.body = QJsonDocument::fromJson(r.raw).object();
        r.challenge = reply->rawHeader("WWW-Authenticate");
        reply->deleteLater();
        return r;
    }

    Response get(const QString &pathAndQuery) { return request(m_server.base, pathAndQuery); }

    // The figure of "eventscope query --metric M [--filter event_type=T] --format json".
    qint64 cliCount(const QString &metric, const QString &type, const QString &from, const QString &to)
    {
        QStringList args{QStringLiteral("query"),
                         QStringLiteral("--db"),
                         m_db,
                         QStringLiteral("--metric"),
                         metric,
                         QStringLiteral("--from"),
                         from,
                         QStringLiteral("--to"),
                         to,
                         QStringLiteral("--format"),
                         QStringLiteral("json")};
        if (!type.isEmpty())
            args << QStringLiteral("--filter") << QStringLiteral("event_type=") + type;
        const Run r = run(args);
        if (r.exitCode != 0)
            return -1;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        return rows.isEmpty() ? 0 : rows.first().toObject().value(metric).toInteger(-1);
    }

    // The event types and their counts, as "eventscope query --by event_type" prints them.
    QMap<QString, qint64> cliTypes()
    {
        const Run r = run({QStringLiteral("query"), QStringLiteral("--db"), m_db, QStringLiteral("--metric"),
                           QStringLiteral("events"), QStringLiteral("--by"), QStringLiteral("event_type"),
                           QStringLiteral("--from"), m_allFrom, QStringLiteral("--to"), m_allTo,
                           QStringLiteral("--format"), QStringLiteral("json")});
        QMap<QString, qint64> out;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        for (const QJsonValue &row : rows)
            out.insert(row.toObject().value(u"event_type").toString(),
                       row.toObject().value(u"events").toInteger());
        return out;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("w.eventscope"));
        const QString log = m_home.filePath(QStringLiteral("events.jsonl"));
        const Run g = run({QStringLiteral("generate"), QStringLiteral("--kind"), QStringLiteral("events"),
                           QStringLiteral("--lines"), QStringLiteral("20000"), QStringLiteral("--days"),
                           QStringLiteral("7"), QStringLiteral("--seed"), QStringLiteral("7"),
                           QStringLiteral("--end"), QStringLiteral("1730160000"), log});
        QVERIFY2(g.exitCode == 0, qPrintable(g.out + g.err));
        const Run imp = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, log});
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.out + imp.err));
        m_dbHash = fileHash(m_db);
        QVERIFY(!m_dbHash.isEmpty());
        QVERIFY2(startServer(m_server), qPrintable(m_server.output));
    }

    void cleanupTestCase()
    {
        QCOMPARE(stopServer(m_server), 0);
        // Serving never wrote to the workspace.
        QCOMPARE(fileHash(m_db), m_dbHash);
    }

    void health()
    {
        const Response r = get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"status").toString(), QStringLiteral("SUCCESS"));
        QVERIFY(r.body.value(u"timestamp").toDouble() > 1.7e12);
        const QJsonObject h = r.body.value(u"result").toObject();
        QCOMPARE(h.value(u"version").toString(), QStringLiteral(ES_VERSION_STRING));
        QCOMPARE(h.value(u"database").toString(), m_db);
        QCOMPARE(h.value(u"read_only").toBool(), true);
        // The import committed a moment ago.
        const double committed = h.value(u"last_commit_ms").toDouble();
        QVERIFY(committed > QDateTime::currentMSecsSinceEpoch() - 600000.0);
        QVERIFY(committed <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(h.value(u"newest_event").toString().left(10), QStringLiteral("2024-10-28"));
    }

    void countsEqualQuery()
    {
        const QMap<QString, qint64> types = cliTypes();
        QVERIFY2(types.size() >= 3, qPrintable(QStringList(types.keys()).join(u',')));
        // A range in ISO-8601 to Unix seconds, and the whole data.
        const QString from = QStringLiteral("2024-10-24T00:00:00Z");
        const QString to = QStringLiteral("1730073600"); // 2024-10-28 00:00 UTC
        qint64 all = 0;
        for (auto it = types.begin(); it != types.end(); ++it) {
            const QString t = it.key();
            QUrlQuery q{{QStringLiteral("event_type"), t},
                        {QStringLiteral("start_time"), from},
                        {QStringLiteral("end_time"), to}};
            const Response r = get(QStringLiteral("/api/v1/events/count?") + q.toString(QUrl::FullyEncoded));
            QCOMPARE(r.status, 200);
            const qint64 part = r.body.value(u"result").toObject().value(u"count").toInteger(-1);
            QCOMPARE(part, cliCount(QStringLiteral("events"), t, from, to));
            QVERIFY(part > 0 && part < it.value());
            QCOMPARE(r.body.value(u"result").toObject().value(u"start_time").toString(),
                     QStringLiteral("2024-10-24T00:00:00Z"));

            const Response whole = get(QStringLiteral("/api/v1/events/count?event_type=") +
                                       QString::fromUtf8(QUrl::toPercentEncoding(t)));
            QCOMPARE(whole.status, 200);
            QCOMPARE(whole.body.value(u"result").toObject().value(u"count").toInteger(-1), it.value());
            all += it.value();
        }
        // Without a type: every event.
        const Response r = get(QStringLiteral("/api/v1/events/count"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"result").toObject().value(u"count").toInteger(-1), all);
        QCOMPARE(all, cliCount(QStringLiteral("hits"), {}, m_allFrom, m_allTo));
    }

    void searchPagesThroughEveryEvent()
    {
        const QMap<QString, qint64> types = cliTypes();
        QVERIFY(!types.isEmpty());
        // The rarest type and the most common, in pages of an odd size.
        QString rare = types.firstKey(), common = types.firstKey();
        for (auto it = types.begin(); it != types.end(); ++it) {
            if (it.value() < types.value(rare))
                rare = it.key();
            if (it.value() > types.value(common))
                common = it.key();
        }
        for (const QString &type : {rare, common}) {
            QSet<QString> seen;
            qint64 previousTs = std::numeric_limits<qint64>::max();
            QString cursor;
            int pages = 0;
            do {
                QUrlQuery q{{QStringLiteral("event_type"), type},
                            {QStringLiteral("limit"), QStringLiteral("97")}};
                if (!cursor.isEmpty())
                    q.addQueryItem(QStringLiteral("after"), cursor);
                const Response r = get(QStringLiteral("/api/v1/events?") + q.toString(QUrl::FullyEncoded));
                QCOMPARE(r.status, 200);
                const QJsonObject page = r.body.value(u"result").toObject();
                const QJsonArray events = page.value(u"events").toArray();
                QCOMPARE(page.value(u"count").toInt(), events.size());
                for (const QJsonValue &v : events) {
                    const QJsonObject e = v.toObject();
                    QCOMPARE(e.value(u"type").toString(), type);
                    const qint64 ts = e.value(u"ts_ms").toInteger();
                    QVERIFY(ts <= previousTs); // newest first
                    previousTs = ts;
                    const QString key = e.value(u"file").toString() + QLatin1Char('@') +
                                        QString::number(e.value(u"offset").toInteger());
                    QVERIFY2(!seen.contains(key), qPrintable(key)); // no duplicates
                    seen.insert(key);
                    QVERIFY(e.value(u"text").toString().contains(type));
                }
                cursor = page.value(u"next_cursor").toString();
                QVERIFY(cursor.isEmpty() || events.size() == 97);
                ++pages;
            } while (!cursor.isEmpty() && pages < 10000);
            // No gaps: as many as eventscope query counts.
            QCOMPARE(qint64(seen.size()), types.value(type));
            // Full pages of 97 and one partly filled (no count here is a multiple of 97).
            QCOMPARE(pages, int((types.value(type) + 96) / 97));
        }
    }

    void queryReturnsTheCliTable()
    {
        const QString params =
            QStringLiteral("metric=events,hits&by=event_type&granularity=day&from=2024-10-25&"
                           "to=2024-10-28&sort=events:asc");
        const Response r = get(QStringLiteral("/api/v1/query?") + params);
        QCOMPARE(r.status, 200);
        const Run cli =
            run({QStringLiteral("query"), QStringLiteral("--db"), m_db, QStringLiteral("--metric"),
                 QStringLiteral("events,hits"), QStringLiteral("--by"), QStringLiteral("event_type"),
                 QStringLiteral("--granularity"), QStringLiteral("day"), QStringLiteral("--from"),
                 QStringLiteral("2024-10-25"), QStringLiteral("--to"), QStringLiteral("2024-10-28"),
                 QStringLiteral("--sort"), QStringLiteral("events:asc"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject table = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        const QJsonObject api = r.body.value(u"result").toObject();
        QVERIFY(table.value(u"rows").toArray().size() >= 9); // three days, three types or more
        QCOMPARE(api.value(u"rows"), table.value(u"rows"));
        QCOMPARE(api.value(u"columns"), table.value(u"columns"));
        QCOMPARE(api.value(u"from").toString(), QStringLiteral("2024-10-25T00:00:00Z"));
        QCOMPARE(api.value(u"to"), table.value(u"to"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("non-numeric time") << "/api/v1/events/count?start_time=abc" << 400 << "start_time: ";
        QTest::newRow("start after end") << "/api/v1/events/count?start_time=1730000000&end_time=1729000000"
                                         << 400 << "must be before end_time";
        QTest::newRow("start equals end")
            << "/api/v1/events?start_time=1730000000&end_time=1730000000" << 400 << "must be before end_time";
        QTest::newRow("negative limit")
            << "/api/v1/events?limit=-5" << 400 << "limit takes a number from 1 to 1000";
        QTest::newRow("zero limit") << "/api/v1/events?limit=0" << 400 << "not \"0\"";
        QTest::newRow("huge limit") << "/api/v1/events?limit=100000" << 400 << "from 1 to 1000";
        QTest::newRow("text limit") << "/api/v1/events?limit=ten" << 400 << "not \"ten\"";
        QTest::newRow("bad cursor") << "/api/v1/events?after=not-a-cursor" << 400
                                    << "cursor \"not-a-cursor\"";
        QTest::newRow("unknown parameter")
            << "/api/v1/events/count?type=x" << 400 << "unknown parameter \"type\"";
        QTest::newRow("repeated parameter")
            << "/api/v1/events/count?start_time=1&start_time=2" << 400 << "given more than once";
        QTest::newRow("empty type") << "/api/v1/events/count?event_type=" << 400 << "event_type is empty";
        QTest::newRow("unknown metric") << "/api/v1/query?metric=nope" << 400 << "unknown metric \"nope\"";
        QTest::newRow("no metric") << "/api/v1/query?by=country" << 400 << "name at least one metric";
        QTest::newRow("query bad time") << "/api/v1/query?metric=hits&from=yesterdayish" << 400 << "--from: ";
        QTest::newRow("query from after to") << "/api/v1/query?metric=hits&from=2024-10-28&to=2024-10-20"
                                             << 400 << "--from must come before --to";
        QTest::newRow("query unknown option") << "/api/v1/query?metric=hits&db=/etc/passwd" << 400 << "db";
        QTest::newRow("query movers") << "/api/v1/query?movers=url" << 400 << "not available here";
        QTest::newRow("health parameter") << "/api/v1/health?x=1" << 400 << "takes none";
        QTest::newRow("unknown path") << "/api/v1/counts" << 404 << "no endpoint /api/v1/counts";
        QTest::newRow("unversioned") << "/events/count" << 404 << "no endpoint";
        QTest::newRow("long URL") << "/api/v1/events?grep=" + QString(5000, QLatin1Char('x')) << 414
                                  << "longer than 4096 bytes";
    }

    void badRequests()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Response r = get(path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body.value(u"status").toString(), QStringLiteral("ERROR"));
        QCOMPARE(r.body.value(u"http_status").toInt(), status);
        QVERIFY(r.body.value(u"result").isNull());
        QVERIFY(r.body.value(u"timestamp").toDouble() > 1.7e12);
        QVERIFY2(r.body.value(u"message").toString().contains(message), r.raw.constData());
    }

    void onlyGet()
    {
        const Response r = request(m_server.base, QStringLiteral("/api/v1/events/count"), {}, "POST");
        QCOMPARE(r.status, 405);
        QVERIFY(r.body.value(u"message").toString().contains(QStringLiteral("read-only")));
        // The server still answers afterwards.
        QCOMPARE(get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void token()
    {
        const QString file = m_home.filePath(QStringLiteral("token"));
        const QByteArray secret = "s3cret-token-0123456789abcdef";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(secret + '\n');
        }
        // Readable by others: refused, with what to do.
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);
        Run r = run({QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--token-file"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("can be read or changed by other users (mode 644)")) &&
                     r.err.contains(QStringLiteral("chmod 600")),
                 qPrintable(r.err));
        // Another address than loopback without a token: refused.
        r = run({QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                 QStringLiteral("0.0.0.0:0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("give a token with --token-file")), qPrintable(r.err));
        // A short token: refused.
        const QString shortFile = m_home.filePath(QStringLiteral("short-token"));
        {
            QFile f(shortFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("abc\n");
        }
        QCOMPARE(::chmod(QFile::encodeName(shortFile).constData(), 0600), 0);
        r = run({QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--token-file"),
                 shortFile});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("shorter than 16 characters")), qPrintable(r.err));

        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0600), 0);

        Server s;
        QVERIFY2(startServer(s, {QStringLiteral("--token-file"), file}), qPrintable(s.output));
        Response a = request(s.base, QStringLiteral("/api/v1/health"));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.challenge, QByteArray("Bearer"));
        QVERIFY(a.body.value(u"message").toString().contains(QStringLiteral("Authorization: Bearer")));
        a = request(s.base, QStringLiteral("/api/v1/events/count"), "s3cret-token-0123456789abcdeX");
        QCOMPARE(a.status, 401);
        a = request(s.base, QStringLiteral("/api/v1/nowhere"), "wrong");
        QCOMPARE(a.status, 401); // no hint whether a path exists without the token
        a = request(s.base, QStringLiteral("/api/v1/events/count"), secret);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"result").toObject().value(u"count").toInteger(-1),
                 cliCount(QStringLiteral("hits"), {}, m_allFrom, m_allTo));
        QCOMPARE(stopServer(s), 0);
    }

    void timeout()
    {
        // A search through every event for a text that no line has takes
        // longer than a millisecond: stopped, with 503 and what to do.
        Server s;
        QVERIFY2(startServer(s, {QStringLiteral("--query-timeout"), QStringLiteral("1")}),
                 qPrintable(s.output));
        const Response r =
            request(s.base, QStringLiteral("/api/v1/events?grep=no-line-has-this-text&limit=1000"));
        QCOMPARE(r.status, 503);
        QVERIFY2(r.body.value(u"message").toString().contains(QStringLiteral("longer than 1 ms")),
                 r.raw.constData());
        // The server goes on answering.
        QCOMPARE(request(s.base, QStringLiteral("/api/v1/health")).status, 200);
        QCOMPARE(stopServer(s), 0);
    }

    void missingWorkspace()
    {
        const Run r =
            run({QStringLiteral("serve"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("none")),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no workspace at")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("none"))));
    }

    void badListen()
    {
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                           QStringLiteral("localhost:http")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--listen takes ADDRESS:PORT")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
