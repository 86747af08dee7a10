// Runs "eventscope query" the way a user does, on a workspace made with
// "eventscope generate" and "eventscope import": the figures of the table,
// CSV and JSON output must equal sums read from the rollup tables directly.

#include "store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        Run r = query({QStringLiteral("--metric"), QStringLiteral("hits"), QStringLiteral("--by"),
                       QStringLiteral("country,browser")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No aggregation group holds country × browser together")),
                 qPrintable(r.err));
        r = query({QStringLiteral("--metric"), QStringLiteral("hitz")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--list")));
        r = run({QStringLiteral("query"), QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("bounce_rate")));
        QVERIFY(r.out.contains(QLatin1String("url (path)")));
    }
};

QTEST_GUILESS_MAIN(TestQueryCommand)
#include "tst_querycommand.moc"
