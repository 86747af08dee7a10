// The figures of "eventscope query" on a real Apache log equal counts made
// independently, by awk over the file itself: hits per day, per URL and per
// status, and distinct IP + user-agent pairs per day (unique visitors with
// bots included). The awk program splits lines at double quotes, so it shares
// no code and no parsing rules with the importer.

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestIndependentCounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;
    const QString m_log = QStringLiteral(ES_SHARED_DATA_DIR "/access_logs/elastic_apache_logs.log");

    // Counts by key, e.g. "2015-05-17" -> hits.
    using Counts = QHash<QString, qint64>;
    Counts m_dayHits, m_urlHits, m_statusHits, m_dayVisitors, m_dayIps, m_dayNetworksAndAgents;

    static QProcessEnvironment environment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // the workspace zone: days in UTC
        return env;
    }

    QByteArray run(const QString &program, const QStringList &args, int *exitCode)
    {
        QProcess p;
        p.setProcessEnvironment(environment(m_home.path()));
        p.start(program, args);
        *exitCode = -1;
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (*exitCode != 0)
            qWarning().noquote() << QString::fromUtf8(p.readAllStandardError());
        return p.readAllStandardOutput();
    }

    // "eventscope query ... --format json" rows as (key column -> metric).
    Counts query(const QStringList &args, const QString &keyColumn, const QString &metric, QString db = {})
    {
        if (db.isEmpty())
            db = m_db;
        QStringList all = {QStringLiteral("query"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--format"),
                           QStringLiteral("json"),
                           QStringLiteral("--bots"),
                           QStringLiteral("include"),
                           QStringLiteral("--from"),
                           QStringLiteral("2015-05-17"),
                           QStringLiteral("--to"),
                           QStringLiteral("2015-05-21"),
                           QStringLiteral("--metric"),
                           metric};
        all += args;
        int code = 0;
        const QByteArray out = run(QStringLiteral(ES_BINARY_PATH), all, &code);
        Counts counts;
        if (code != 0)
            return counts;
        const QJsonArray rows = QJsonDocument::fromJson(out).object().value(QLatin1String("rows")).toArray();
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            QString key = o.value(keyColumn).toVariant().toString();
            if (keyColumn == QLatin1String("time"))
                key = key.left(10); // 2015-05-17T00:00:00Z
            const qint64 value = o.value(metric).toVariant().toLongLong();
            if (value != 0)
                counts.insert(key, value);
        }
        return counts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (!QFileInfo::exists(m_log))
            QSKIP("The shared real-log folder is not next to the source tree.");
        m_db = m_home.filePath(QStringLiteral("elastic.eventscope"));
        int code = 0;
        run(QStringLiteral(ES_BINARY_PATH), {QStringLiteral("import"), QStringLiteral("--db"), m_db, m_log},
            &code);
        QCOMPARE(code, 0);

        // The independent count. Fields between double quotes: $2 is the
        // request line, $3 the status and size, $6 the user agent; a line
        // with an unterminated quoted field has fewer than 7 and is left out,
        // as the importer leaves it out (it reports it as malformed).
        QByteArray program;
        program += "BEGIN { FS = \"\\\"\" }\n";
        program += "NF == 7 {\n";
        program += "  split($1, a, \" \"); day = substr(a[4], 2, 11)\n";
        program += "  split($2, r, \" \"); path = r[2]; q = index(path, \"?\"); if (q > 0) path = "
                   "substr(path, 1, q - 1)\n";
        program += "  split($3, s, \" \")\n";
        program += "  print \"D\\t\" day; print \"U\\t\" path; print \"S\\t\" s[1]\n";
        program += "  k = day SUBSEP a[1] SUBSEP $6\n";
        program += "  if (!(k in seen)) { seen[k] = 1; print \"V\\t\" day }\n";
        program += "  k = day SUBSEP a[1]\n";
        program += "  if (!(k in seenIp)) { seenIp[k] = 1; print \"I\\t\" day }\n";
        program += "  split(a[1], o, \".\"); k = day SUBSEP o[1] \".\" o[2] \".\" o[3] SUBSEP $6\n";
        program += "  if (!(k in seenNet)) { seenNet[k] = 1; print \"N\\t\" day }\n";
        program += "}\n";
        const QByteArray out = run(QStringLiteral("awk"), {QString::fromLatin1(program), m_log}, &code);
        QCOMPARE(code, 0);
        const QLocale c = QLocale::c();
        for (const QByteArray &line : out.split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab != 1)
                continue;
            QString value = QString::fromUtf8(line.mid(2));
            const char kind = line.at(0);
            if (kind == 'D' || kind == 'V' || kind == 'I' || kind == 'N')
                value = c.toDate(value, QStringLiteral("dd/MMM/yyyy")).toString(Qt::ISODate);
            Counts &target = kind == 'D'   ? m_dayHits
                             : kind == 'U' ? m_urlHits
                             : kind == 'S' ? m_statusHits
                             : kind == 'I' ? m_dayIps
                             : kind == 'N' ? m_dayNetworksAndAgents
                                           : m_dayVisitors;
            ++target[value];
        }
        QCOMPARE(m_dayHits.size(), 4);
        QVERIFY(m_urlHits.size() > 1000);
    }

    void hitsPerDay()
    {
        const Counts q = query({QStringLiteral("--granularity"), QStringLiteral("day")},
                               QStringLiteral("time"), QStringLiteral("hits"));
        QCOMPARE(q, m_dayHits);
    }

    void hitsPerUrl()
    {
        const Counts q = query({QStringLiteral("--by"), QStringLiteral("url")}, QStringLiteral("url"),
                               QStringLiteral("hits"));
        QCOMPARE(q.size(), m_urlHits.size());
        QCOMPARE(q, m_urlHits);
    }

    void hitsPerStatus()
    {
        const Counts q = query({QStringLiteral("--by"), QStringLiteral("status")}, QStringLiteral("status"),
                               QStringLiteral("hits"));
        QCOMPARE(q, m_statusHits);
    }

    void uniqueIpAndUserAgentPerDay()
    {
        const Counts q = query({QStringLiteral("--granularity"), QStringLiteral("day")},
                               QStringLiteral("time"), QStringLiteral("visitors"));
        QCOMPARE(q, m_dayVisitors);
    }

    // The visitor key and IP anonymisation are workspace settings: with the
    // address alone, visitors are distinct addresses; with addresses
    // truncated to their /24, distinct (network, user agent) pairs.
    void visitorKeySettings_data()
    {
        QTest::addColumn<QStringList>("settings");
        QTest::addColumn<QString>("which");
        QTest::newRow("ip") << QStringList{QStringLiteral("--visitor-key"), QStringLiteral("ip")}
                            << QStringLiteral("ip");
        QTest::newRow("truncate") << QStringList{QStringLiteral("--anonymize-ips"),
                                                 QStringLiteral("truncate")}
                                  << QStringLiteral("network");
    }
    void visitorKeySettings()
    {
        QFETCH(QStringList, settings);
        QFETCH(QString, which);
        const QString db = m_home.filePath(which + QStringLiteral(".eventscope"));
        int code = 0;
        run(QStringLiteral(ES_BINARY_PATH),
            QStringList{QStringLiteral("analytics"), QStringLiteral("--db"), db} + settings, &code);
        QCOMPARE(code, 0);
        run(QStringLiteral(ES_BINARY_PATH), {QStringLiteral("import"), QStringLiteral("--db"), db, m_log},
            &code);
        QCOMPARE(code, 0);
        const Counts q = query({QStringLiteral("--granularity"), QStringLiteral("day")},
                               QStringLiteral("time"), QStringLiteral("visitors"), db);
        QCOMPARE(q, which == QLatin1String("ip") ? m_dayIps : m_dayNetworksAndAgents);
        QVERIFY(q != m_dayVisitors);
    }
};

QTEST_GUILESS_MAIN(TestIndependentCounts)
#include "tst_independentcounts.moc"
