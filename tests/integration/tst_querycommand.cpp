// Runs "eventscope query" the way a user does, on a workspace made with
// "eventscope generate" and "eventscope import": the figures of the table,
// CSV and JSON output must equal sums read from the rollup tables directly.
// "query --movers" runs on a small hand-written log whose hits per URL and
// window the test counts itself.

#include "store/sqlite.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <vector>

using namespace es;

class TestQueryCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;
    // 2024-10-20 00:00 UTC to 2024-10-27 00:00 UTC, whole days in UTC.
    const QString m_from = QStringLiteral("2024-10-20");
    const QString m_to = QStringLiteral("2024-10-27");
    const std::int64_t m_fromSecs = 1729382400;
    const std::int64_t m_toSecs = 1729987200;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // the workspace zone
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run query(QStringList args)
    {
        args.prepend(QStringLiteral("query"));
        args << QStringLiteral("--db") << m_db << QStringLiteral("--from") << m_from << QStringLiteral("--to")
             << m_to;
        return run(args);
    }

    // Sum of a rollup_day expression over the range, read without Eventscope's query code.
    std::int64_t sum(const char *expr, const char *where = "grp = 0")
    {
        sql::Connection c;
        if (!c.open(m_db, sql::Connection::Mode::ReadOnly))
            return -1;
        auto st = c.prepare(std::string("SELECT coalesce(sum(") + expr + "), 0) FROM rollup_day WHERE " +
                            where + " AND bucket >= ?1 AND bucket < ?2");
        st.bind(1, m_fromSecs).bind(2, m_toSecs);
        return st.step() ? st.int64(0) : -1;
    }

    // Movers fixture: a hand-written access log with known hits per URL and
    // hour. The expected movers are counted from this table, not by Eventscope.
    QString m_moversDb;
    static constexpr std::int64_t kC = 1729508400;     // 2024-10-21 11:00 UTC, the newest hour
    static constexpr std::int64_t kP = kC - 3600;      // the hour before
    static constexpr std::int64_t kY = kC - 86400;     // the same hour a day earlier
    static constexpr std::int64_t kW = kC - 7 * 86400; // a week earlier
    static constexpr std::int64_t kD = kC - 11 * 3600; // 2024-10-21 00:00 UTC

    struct Burst
    {
        const char *url;
        std::int64_t hour;
        int count;
        bool bot;
    };
    struct Hit
    {
        QString url;
        std::int64_t secs;
        bool bot;
    };
    std::vector<Hit> m_hits;

    static std::vector<Burst> bursts()
    {
        return {{"/a", kW, 5, false}, {"/a", kY, 25, false}, {"/a", kP, 10, false}, {"/a", kC, 20, false},
                {"/b", kW, 7, false}, {"/b", kP, 8, false},  {"/b", kC, 2, false},  {"/b", kC, 2, true},
                {"/c", kC, 6, false}, {"/d", kW, 1, false},  {"/d", kP, 5, false},  {"/d", kC, 5, false},
                {"/e", kY, 2, false}, {"/e", kP, 7, false},  {"/f", kW, 10, false}, {"/f", kP, 2, false},
                {"/f", kC, 3, false}, {"/g", kP, 3, false},  {"/g", kC, 1, false}};
    }

    // Writes the log (in time order) and fills m_hits.
    bool writeMoversLog(const QString &path)
    {
        const auto list = bursts();
        for (size_t b = 0; b < list.size(); ++b) {
            for (int i = 0; i < list[b].count; ++i) {
                const std::int64_t minute = (i * 37 + int(b) * 5 + (list[b].bot ? 13 : 0)) % 60;
                m_hits.push_back({QString::fromLatin1(list[b].url), list[b].hour + minute * 60 + (i * 7) % 60,
                                  list[b].bot});
            }
        }
        std::sort(m_hits.begin(), m_hits.end(), [](const Hit &a, const Hit &b) { return a.secs < b.secs; });
        QByteArray text;
        for (const Hit &h : m_hits) {
            // Every hit is in October 2024.
            const QDateTime t = QDateTime::fromSecsSinceEpoch(h.secs, QTimeZone::utc());
            const QString ua = h.bot ? QStringLiteral("Mozilla/5.0 (compatible; Googlebot/2.1; "
                                                      "+http://www.google.com/bot.html)")
                                     : QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) "
                                                      "Gecko/20100101 Firefox/120.0");
            text += QStringLiteral("10.0.0.%1 - - [%2/Oct/2024:%3 +0000] \"GET %4 HTTP/1.1\" 200 512 \"-\" "
                                   "\"%5\"\n")
                        .arg(h.bot ? 99 : 7)
                        .arg(t.date().day(), 2, 10, QLatin1Char('0'))
                        .arg(t.toString(QStringLiteral("HH:mm:ss")), h.url, ua)
                        .toUtf8();
        }
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    struct Expected
    {
        QString url;
        std::int64_t current = 0;
        std::int64_t previous = 0;
        std::int64_t change() const { return current - previous; }
    };

    // Hits per URL in two windows, straight from the fixture table.
    std::map<QString, Expected> countHits(std::int64_t curFrom, std::int64_t curTo, std::int64_t prevFrom,
                                          std::int64_t prevTo, bool humansOnly) const
    {
        std::map<QString, Expected> out;
        for (const Hit &h : m_hits) {
            if (humansOnly && h.bot)
                continue;
            Expected &e = out[h.url];
            e.url = h.url;
            if (h.secs >= curFrom && h.secs < curTo)
                ++e.current;
            if (h.secs >= prevFrom && h.secs < prevTo)
                ++e.previous;
        }
        return out;
    }

    Run movers(QStringList args)
    {
        args.prepend(QStringLiteral("query"));
        args << QStringLiteral("--db") << m_moversDb;
        return run(args);
    }

    static QString utc(std::int64_t secs)
    {
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
               QLatin1Char('Z');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("w.eventscope"));
        const QString log = m_home.filePath(QStringLiteral("access.log"));
        Run g = run({QStringLiteral("generate"), QStringLiteral("--kind"), QStringLiteral("access"),
                     QStringLiteral("--lines"), QStringLiteral("30000"), QStringLiteral("--days"),
                     QStringLiteral("14"), QStringLiteral("--seed"), QStringLiteral("11"),
                     QStringLiteral("--end"), QStringLiteral("1730160000"), log});
        QCOMPARE(g.exitCode, 0);
        Run i = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, log});
        QVERIFY2(i.exitCode == 0, qPrintable(i.err));
        QVERIFY(sum("hits") > 1000);

        m_moversDb = m_home.filePath(QStringLiteral("movers.eventscope"));
        const QString moversLog = m_home.filePath(QStringLiteral("movers.log"));
        QVERIFY(writeMoversLog(moversLog));
        Run mi = run({QStringLiteral("import"), QStringLiteral("--db"), m_moversDb, moversLog});
        QVERIFY2(mi.exitCode == 0, qPrintable(mi.err));
    }

    void jsonTotalsEqualTheRollups()
    {
        const Run r =
            query({QStringLiteral("--metric"), QStringLiteral("hits,page_views,status_4xx,requests"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray columns = doc[QStringLiteral("columns")].toArray();
        QCOMPARE(columns.size(), 4);
        QCOMPARE(columns[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("hits"));
        QCOMPARE(columns[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("integer"));
        const QJsonArray rows = doc[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row[QStringLiteral("hits")].toInteger(), sum("hits"));
        QCOMPARE(row[QStringLiteral("page_views")].toInteger(), sum("page_views", "grp = 0 AND bot = 0"));
        QCOMPARE(row[QStringLiteral("status_4xx")].toInteger(), sum("s4xx"));
        QCOMPARE(row[QStringLiteral("requests")].toInteger(), sum("hits - events"));
        QCOMPARE(doc[QStringLiteral("level")].toString(), QStringLiteral("day"));
        QCOMPARE(doc[QStringLiteral("from")].toString(), QStringLiteral("2024-10-20T00:00:00Z"));
    }

    void csvByStatusClass()
    {
        const Run r =
            query({QStringLiteral("--metric"), QStringLiteral("hits"), QStringLiteral("--by"),
                   QStringLiteral("status_class"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("status_class,hits"));
        QCOMPARE(lines[1], QStringLiteral("2xx,%1").arg(sum("hits", "grp = 2 AND d1 BETWEEN 200 AND 299")));
        std::int64_t total = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            total += lines[i].section(QLatin1Char(','), 1).toLongLong();
        QCOMPARE(total, sum("hits", "grp = 2"));
    }

    void tableDailySeries()
    {
        const Run r = query({QStringLiteral("--metric"), QStringLiteral("hits,status_5xx"),
                             QStringLiteral("--granularity"), QStringLiteral("day")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2 + 7);
        QVERIFY(lines[0].startsWith(QLatin1String("time")));
        const QStringList first = lines[2].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(first[0], QStringLiteral("2024-10-20"));
        sql::Connection c;
        QVERIFY(c.open(m_db, sql::Connection::Mode::ReadOnly));
        auto st = c.prepare("SELECT sum(hits), sum(s5xx) FROM rollup_day WHERE grp = 0 AND bucket = ?1");
        st.bind(1, m_fromSecs);
        QVERIFY(st.step());
        QCOMPARE(first[1].toLongLong(), st.int64(0));
        QCOMPARE(first[2].toLongLong(), st.int64(1));
    }

    void topUrls()
    {
        const Run r = query({QStringLiteral("--metric"), QStringLiteral("hits"), QStringLiteral("--by"),
                             QStringLiteral("url"), QStringLiteral("--top"), QStringLiteral("3"),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 3);
        sql::Connection c;
        QVERIFY(c.open(m_db, sql::Connection::Mode::ReadOnly));
        auto st = c.prepare("SELECT d.value, sum(r.hits) AS h FROM rollup_day r JOIN dict d ON d.id = r.d1 "
                            "WHERE r.grp = 1 AND r.bucket >= ?1 AND r.bucket < ?2 GROUP BY r.d1 "
                            "ORDER BY h DESC, r.d1 LIMIT 3");
        st.bind(1, m_fromSecs).bind(2, m_toSecs);
        for (const QJsonValue &v : rows) {
            QVERIFY(st.step());
            QCOMPARE(v.toObject()[QStringLiteral("url")].toString(), st.qtext(0));
            QCOMPARE(v.toObject()[QStringLiteral("hits")].toInteger(), st.int64(1));
        }
    }

    void errorsSayWhatToDo()
    {
        // No group holds country × browser: raw events answer, and say so.
        Run r = query({QStringLiteral("--metric"), QStringLiteral("hits"), QStringLiteral("--by"),
                       QStringLiteral("country,browser")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("No aggregation group holds country × browser, so the answer "
                                               "comes from raw events")),
                 qPrintable(r.err));
        // Sessions cannot: the message names the pair to add.
        r = query({QStringLiteral("--metric"), QStringLiteral("sessions"), QStringLiteral("--by"),
                   QStringLiteral("country,browser")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("eventscope analytics --pairs +country:browser")),
                 qPrintable(r.err));
        r = query({QStringLiteral("--metric"), QStringLiteral("hitz")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--list")));
        r = run({QStringLiteral("query"), QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("bounce_rate")));
        QVERIFY(r.out.contains(QLatin1String("url (path)")));
    }

    void moversJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<qint64>("curFrom");
        QTest::addColumn<qint64>("curTo");
        QTest::addColumn<qint64>("prevFrom");
        QTest::addColumn<qint64>("prevTo");
        QTest::addColumn<bool>("humansOnly");
        QTest::addColumn<int>("topN");
        QTest::addColumn<QString>("level");
        const QString w = QStringLiteral("--window");
        const QString c = QStringLiteral("--compare");
        const qint64 end = kC + 3600; // the end of the hour of the newest hit
        QTest::newRow("1h, previous") << QStringList{w, QStringLiteral("1h")} << qint64(kC) << end
                                      << qint64(kP) << qint64(kC) << false << 10 << QStringLiteral("hour");
        // Hour rows of URLs are kept 7 days, so a week back needs day windows.
        QTest::newRow("1d, wow")
            << QStringList{w, QStringLiteral("1d"), QStringLiteral("--to"), QStringLiteral("2024-10-22"),
                           c, QStringLiteral("wow")}
            << qint64(kD) << qint64(kD + 86400) << qint64(kD - 7 * 86400) << qint64(kD - 6 * 86400) << false
            << 10 << QStringLiteral("day");
        QTest::newRow("1h, dod") << QStringList{w, QStringLiteral("1h"), c, QStringLiteral("dod")}
                                 << qint64(kC) << end << qint64(kY) << qint64(kY + 3600) << false << 10
                                 << QStringLiteral("hour");
        QTest::newRow("bots excluded")
            << QStringList{w, QStringLiteral("1h"), QStringLiteral("--bots"), QStringLiteral("exclude")}
            << qint64(kC) << end << qint64(kP) << qint64(kC) << true << 10 << QStringLiteral("hour");
        // url × device is kept per day, for people only.
        QTest::newRow("filter device") << QStringList{w,
                                                      QStringLiteral("1d"),
                                                      QStringLiteral("--to"),
                                                      QStringLiteral("2024-10-22"),
                                                      QStringLiteral("--filter"),
                                                      QStringLiteral("device=desktop")}
                                       << qint64(kD) << qint64(kD + 86400) << qint64(kD - 86400) << qint64(kD)
                                       << true << 10 << QStringLiteral("day");
        QTest::newRow("top 2") << QStringList{w, QStringLiteral("1h"), QStringLiteral("--top"),
                                              QStringLiteral("2")}
                               << qint64(kC) << end << qint64(kP) << qint64(kC) << false << 2
                               << QStringLiteral("hour");
        QTest::newRow("30m, minutes") << QStringList{w, QStringLiteral("30m"), QStringLiteral("--to"),
                                                     QStringLiteral("2024-10-21T11:30")}
                                      << qint64(kC) << qint64(kC + 1800) << qint64(kC - 1800) << qint64(kC)
                                      << false << 10 << QStringLiteral("minute");
        QTest::newRow("default 1d") << QStringList{} << end - 86400 << end << end - 2 * 86400 << end - 86400
                                    << false << 10 << QStringLiteral("hour");
    }

    void moversJson()
    {
        QFETCH(QStringList, args);
        QFETCH(qint64, curFrom);
        QFETCH(qint64, curTo);
        QFETCH(qint64, prevFrom);
        QFETCH(qint64, prevTo);
        QFETCH(bool, humansOnly);
        QFETCH(int, topN);
        QFETCH(QString, level);
        const Run r = movers(QStringList{QStringLiteral("--movers"), QStringLiteral("url"),
                                         QStringLiteral("--format"), QStringLiteral("json")} +
                             args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc[QStringLiteral("from")].toString(), utc(curFrom));
        QCOMPARE(doc[QStringLiteral("to")].toString(), utc(curTo));
        QCOMPARE(doc[QStringLiteral("previous_from")].toString(), utc(prevFrom));
        QCOMPARE(doc[QStringLiteral("previous_to")].toString(), utc(prevTo));
        QCOMPARE(doc[QStringLiteral("level")].toString(), level);
        QCOMPARE(doc[QStringLiteral("warnings")].toArray().size(), 0);

        QStringList names, kinds;
        for (const QJsonValue &col : doc[QStringLiteral("columns")].toArray()) {
            names << col.toObject()[QStringLiteral("name")].toString();
            kinds << col.toObject()[QStringLiteral("kind")].toString();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("list"), QStringLiteral("rank"), QStringLiteral("url"),
                                     QStringLiteral("hits"), QStringLiteral("hits_previous"),
                                     QStringLiteral("hits_change"), QStringLiteral("hits_change_pct")}));
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("text"), QStringLiteral("integer"), QStringLiteral("text"),
                              QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("integer"),
                              QStringLiteral("real")}));

        const std::map<QString, Expected> counts = countHits(curFrom, curTo, prevFrom, prevTo, humansOnly);
        using Key = std::int64_t (*)(const Expected &);
        const std::pair<QString, Key> lists[] = {
            {QStringLiteral("top"), [](const Expected &e) { return e.current; }},
            {QStringLiteral("rising"), [](const Expected &e) { return e.change(); }},
            {QStringLiteral("falling"), [](const Expected &e) { return -e.change(); }},
        };
        const QJsonArray rows = doc[QStringLiteral("rows")].toArray();
        qsizetype seen = 0;
        for (const auto &[list, key] : lists) {
            // Expected: the values with a positive key, largest first; equal
            // keys may come in any order, so both sides are sorted by URL
            // within equal keys after the order of the output is checked.
            std::vector<Expected> want;
            for (const auto &[url, e] : counts) {
                if (key(e) > 0)
                    want.push_back(e);
            }
            std::stable_sort(want.begin(), want.end(),
                             [&](const Expected &a, const Expected &b) { return key(a) > key(b); });
            if (want.size() > size_t(topN))
                want.resize(size_t(topN));
            std::vector<Expected> got;
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                if (o[QStringLiteral("list")].toString() != list)
                    continue;
                const QString url = o[QStringLiteral("url")].toString();
                QVERIFY2(counts.count(url), qPrintable(url));
                const Expected &e = counts.at(url);
                QCOMPARE(o[QStringLiteral("rank")].toInteger(), qint64(got.size() + 1));
                QCOMPARE(o[QStringLiteral("hits")].toInteger(), e.current);
                QCOMPARE(o[QStringLiteral("hits_previous")].toInteger(), e.previous);
                QCOMPARE(o[QStringLiteral("hits_change")].toInteger(), e.change());
                const QJsonValue pct = o[QStringLiteral("hits_change_pct")];
                if (e.previous == 0) {
                    QVERIFY2(pct.isNull(), qPrintable(url));
                } else {
                    QVERIFY(pct.isDouble());
                    QCOMPARE(pct.toDouble(), double(e.change()) / double(e.previous) * 100.0);
                }
                if (!got.empty())
                    QVERIFY2(key(got.back()) >= key(e), qPrintable(list + QLatin1Char(' ') + url));
                got.push_back(e);
            }
            seen += qsizetype(got.size());
            auto byKeyThenUrl = [&](const Expected &a, const Expected &b) {
                return key(a) != key(b) ? key(a) > key(b) : a.url < b.url;
            };
            std::sort(want.begin(), want.end(), byKeyThenUrl);
            std::sort(got.begin(), got.end(), byKeyThenUrl);
            QStringList wantUrls, gotUrls;
            for (const Expected &e : want)
                wantUrls << e.url;
            for (const Expected &e : got)
                gotUrls << e.url;
            QCOMPARE(gotUrls, wantUrls);
        }
        QCOMPARE(seen, rows.size());
    }

    // The numbers written out by hand, so that the counting above is checked too.
    void moversTableAndCsv()
    {
        Run r = movers({QStringLiteral("--movers"), QStringLiteral("path"), QStringLiteral("--window"),
                        QStringLiteral("1h")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3 + 6 + 3 + 3); // title, header, rule; top, rising, falling
        QVERIFY2(lines[0].startsWith(QLatin1String("Movers of url by hits: 2024-10-21 11:00 to 2024-10-21 "
                                                   "12:00, against 2024-10-21 10:00 to 2024-10-21 11:00")),
                 qPrintable(lines[0]));
        QCOMPARE(lines[1].split(QLatin1Char(' '), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("list"), QStringLiteral("rank"), QStringLiteral("url"),
                              QStringLiteral("hits"), QStringLiteral("hits_previous"),
                              QStringLiteral("hits_change"), QStringLiteral("hits_change_pct")}));
        QStringList order;
        for (qsizetype i = 3; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            order << f[0] + QLatin1Char(':') + f[2];
        }
        QCOMPARE(order.join(QLatin1Char(' ')),
                 QStringLiteral("top:/a top:/c top:/d top:/b top:/f top:/g rising:/a rising:/c rising:/f "
                                "falling:/e falling:/b falling:/g"));
        QCOMPARE(lines[3].split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' ')),
                 QStringLiteral("top 1 /a 20 10 10 100.0"));
        QCOMPARE(lines[10].split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' ')),
                 QStringLiteral("rising 2 /c 6 0 6"));
        QCOMPARE(lines[14].split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' ')),
                 QStringLiteral("falling 3 /g 1 3 -2 -66.7"));

        // The day of 2024-10-21 against the same day a week earlier.
        r = movers({QStringLiteral("--movers"), QStringLiteral("url"), QStringLiteral("--window"),
                    QStringLiteral("1d"), QStringLiteral("--to"), QStringLiteral("2024-10-22"),
                    QStringLiteral("--compare"), QStringLiteral("wow"), QStringLiteral("--format"),
                    QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 7 + 6 + 1);
        QCOMPARE(lines[0], QStringLiteral("list,rank,url,hits,hits_previous,hits_change,hits_change_pct"));
        QCOMPARE(lines[1], QStringLiteral("top,1,/a,30,5,25,500"));
        QCOMPARE(lines[2].section(QLatin1Char(','), 0, 5), QStringLiteral("top,2,/b,12,7,5"));
        QCOMPARE(lines[2].section(QLatin1Char(','), 6).toDouble(), 500.0 / 7.0);
        QCOMPARE(lines[3], QStringLiteral("top,3,/d,10,1,9,900"));
        QCOMPARE(lines[4], QStringLiteral("top,4,/e,7,0,7,"));
        QCOMPARE(lines[7], QStringLiteral("top,7,/g,4,0,4,"));
        QCOMPARE(lines[8], QStringLiteral("rising,1,/a,30,5,25,500"));
        QCOMPARE(lines[9], QStringLiteral("rising,2,/d,10,1,9,900"));
        QCOMPARE(lines[10], QStringLiteral("rising,3,/e,7,0,7,"));
        QCOMPARE(lines[11], QStringLiteral("rising,4,/c,6,0,6,"));
        QCOMPARE(lines[12].section(QLatin1Char(','), 0, 5), QStringLiteral("rising,5,/b,12,7,5"));
        QCOMPARE(lines[13], QStringLiteral("rising,6,/g,4,0,4,"));
        QCOMPARE(lines[14], QStringLiteral("falling,1,/f,5,10,-5,-50"));

        // CSV keeps full precision: -2 / 3 of 100 %.
        r = movers({QStringLiteral("--movers"), QStringLiteral("url"), QStringLiteral("--window"),
                    QStringLiteral("1h"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 6 + 3 + 3);
        QVERIFY(lines.last().startsWith(QLatin1String("falling,3,/g,1,3,-2,-66.666666666")));
        QCOMPARE(lines.last().section(QLatin1Char(','), 6).toDouble(), -200.0 / 3.0);
    }

    // An hour a week back: the hour rows of URLs are gone (kept 7 days), and
    // the warning says so in every format.
    void moversRetentionWarning()
    {
        Run r = movers({QStringLiteral("--movers"), QStringLiteral("url"), QStringLiteral("--window"),
                        QStringLiteral("1h"), QStringLiteral("--compare"), QStringLiteral("wow"),
                        QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray warnings =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("warnings")].toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].toString().startsWith(QLatin1String("hour rows before 2024-10-14")),
                 qPrintable(warnings[0].toString()));
        r = movers({QStringLiteral("--movers"), QStringLiteral("url"), QStringLiteral("--window"),
                    QStringLiteral("1h"), QStringLiteral("--compare"), QStringLiteral("wow")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QLatin1String("warning: hour rows before 2024-10-14")), qPrintable(r.err));
    }

    void moversErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString m = QStringLiteral("--movers");
        QTest::newRow("unknown dimension")
            << QStringList{m, QStringLiteral("colour")} << 2
            << QStringLiteral(
                   "unknown dimension \"colour\" for --movers. \"eventscope query --list\" lists the "
                   "dimensions.");
        QTest::newRow("bad window")
            << QStringList{m, QStringLiteral("url"), QStringLiteral("--window"), QStringLiteral("15x")} << 2
            << QStringLiteral("--window takes a length in minutes, hours, days or weeks");
        QTest::newRow("empty window")
            << QStringList{m, QStringLiteral("url"), QStringLiteral("--window"), QStringLiteral("0h")} << 2
            << QStringLiteral("not \"0h\".");
        QTest::newRow("ratio") << QStringList{m, QStringLiteral("url"), QStringLiteral("--metric"),
                                              QStringLiteral("bounce_rate")}
                               << 1 << QStringLiteral("bounce_rate is a ratio");
        QTest::newRow("two metrics") << QStringList{m, QStringLiteral("url"), QStringLiteral("--metric"),
                                                    QStringLiteral("hits,bytes")}
                                     << 2 << QStringLiteral("--movers ranks by one metric");
        QTest::newRow("yoy") << QStringList{m, QStringLiteral("url"), QStringLiteral("--compare"),
                                            QStringLiteral("yoy")}
                             << 2 << QStringLiteral("--compare with --movers takes previous, dod or wow");
        QTest::newRow("from") << QStringList{m, QStringLiteral("url"), QStringLiteral("--from"),
                                             QStringLiteral("2024-10-20")}
                              << 2 << QStringLiteral("--from does not go with --movers");
        QTest::newRow("window alone") << QStringList{QStringLiteral("--metric"), QStringLiteral("hits"),
                                                     QStringLiteral("--window"), QStringLiteral("1h")}
                                      << 2 << QStringLiteral("--window sets the window of --movers");
        QTest::newRow("session dimension")
            << QStringList{m, QStringLiteral("status"), QStringLiteral("--metric"),
                           QStringLiteral("sessions")}
            << 1 << QStringLiteral("Sessions are not kept by status");
    }

    void moversErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = movers(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A range that is not whole hours is answered from minute rows, which are
    // kept 7 days. Its comparison period lies a week earlier: both must then
    // come from hour rows, or the previous value would be a fraction of itself.
    void comparisonBeyondMinuteRetention()
    {
        // Six days ending 30 minutes before the newest data: inside the minute
        // rows' 7 days, its previous period is not.
        const std::int64_t to = 1730160000 - 1800;
        const std::int64_t from = to - 6 * 86400;
        auto pageViews = [&](std::int64_t a, std::int64_t b, bool compare) {
            QStringList args{
                QStringLiteral("query"),    QStringLiteral("--db"),       m_db,
                QStringLiteral("--metric"), QStringLiteral("page_views"), QStringLiteral("--from"),
                QString::number(a),         QStringLiteral("--to"),       QString::number(b),
                QStringLiteral("--format"), QStringLiteral("json")};
            if (compare)
                args << QStringLiteral("--compare") << QStringLiteral("previous");
            const Run r = run(args);
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        const QJsonObject compared = pageViews(from, to, true);
        // The current period is read as asked, from minutes, and gives what it
        // gives without a comparison; the previous one moves back to whole hours.
        QCOMPARE(compared[QStringLiteral("level")].toString(), QStringLiteral("minute"));
        const QJsonObject row = compared[QStringLiteral("rows")].toArray().first().toObject();
        const QJsonObject alone = pageViews(from, to, false);
        QCOMPARE(row[QStringLiteral("page_views")].toInteger(), alone[QStringLiteral("rows")]
                                                                    .toArray()
                                                                    .first()
                                                                    .toObject()[QStringLiteral("page_views")]
                                                                    .toInteger());
        // The previous period as answered, asked for on its own, gives the same figure.
        const auto secs = [&](const char *key) {
            return QDateTime::fromString(compared[QLatin1String(key)].toString(), Qt::ISODate)
                .toSecsSinceEpoch();
        };
        QCOMPARE(secs("previous_to") - secs("previous_from"), secs("to") - secs("from"));
        QCOMPARE(secs("previous_from") % 3600, 0);
        QVERIFY(secs("previous_to") <= secs("from"));
        const QJsonObject before = pageViews(secs("previous_from"), secs("previous_to"), false);
        const qint64 previous = row[QStringLiteral("page_views_previous")].toInteger();
        QCOMPARE(previous, before[QStringLiteral("rows")]
                               .toArray()
                               .first()
                               .toObject()[QStringLiteral("page_views")]
                               .toInteger());
        QVERIFY2(previous > row[QStringLiteral("page_views")].toInteger() / 2,
                 qPrintable(QString::number(previous)));
    }
};

QTEST_GUILESS_MAIN(TestQueryCommand)
#include "tst_querycommand.moc"
