// Runs "eventscope events" the way a user does, against a workspace made
// with "eventscope import" from real fixtures: exact table and JSON output,
// paging with the printed cursor, time ranges, and the errors for a bad
// time, a bad limit or cursor and a missing workspace.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstring>

namespace {

const char *const kAccessLog = "edge_cases/lnav_logfile_access_log.0";
const char *const kGharchive = "json_events/lnav_gharchive_events_50.jsonl";

// The three lines of lnav_logfile_access_log.0.
const char *const kTramp =
    "192.168.202.254 - - [20/Jul/2009:22:59:26 +0000] \"GET /vmw/cgi/tramp HTTP/1.0\" 200 "
    "134 \"-\" \"gPXE/0.9.7\"";
const char *const kBoot = "192.168.202.254 - - [20/Jul/2009:22:59:29 +0000] \"GET "
                          "/vmw/vSphere/default/vmkboot.gz HTTP/1.0\" 404 46210 \"-\" \"gPXE/0.9.7\"";
const char *const kKernel = "192.168.202.254 - - [20/Jul/2009:22:59:29 +0000] \"GET "
                            "/vmw/vSphere/default/vmkernel.gz HTTP/1.0\" 200 78929 \"-\" \"gPXE/0.9.7\"";

QString shared(const char *rel)
{
    const QString p = QStringLiteral(ES_SHARED_DATA_DIR "/") + QLatin1String(rel);
    return QFile::exists(p) ? p : QString();
}

QList<QByteArray> linesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestEventsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QString &tz = QStringLiteral("UTC"), int columns = 200)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), tz);
        env.insert(QStringLiteral("COLUMNS"), QString::number(columns));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        if (!p.waitForFinished(60000)) {
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

    Run events(QStringList args, int columns = 200)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("events"));
        return run(args, QStringLiteral("UTC"), columns);
    }

    // The --after value printed by a page that has a successor.
    static QString cursorOf(const Run &r)
    {
        static const QRegularExpression re(QStringLiteral("--after (\\S+)\\n"));
        const QRegularExpressionMatch m = re.match(r.err);
        return m.hasMatch() ? m.captured(1) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (shared(kAccessLog).isEmpty() || shared(kGharchive).isEmpty())
            QSKIP("the shared real-log folder is not available");
        m_db = m_home.filePath(QStringLiteral("w.eventscope"));
        // The workspace takes the system time zone when it is created. The two
        // fixtures are years apart: keep all raw events, not the last 30 days.
        const Run keep = run({QStringLiteral("retention"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--raw"), QStringLiteral("0")},
                             QStringLiteral("Europe/Berlin"));
        QVERIFY2(keep.exitCode == 0, qPrintable(keep.out + keep.err));
        const Run r = run(
            {QStringLiteral("import"), QStringLiteral("--db"), m_db, shared(kAccessLog), shared(kGharchive)},
            QStringLiteral("Europe/Berlin"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void requestsAsTable()
    {
        const Run r = events({QStringLiteral("--type"), QStringLiteral("request")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString prefix29 =
            QStringLiteral("2009-07-21T00:59:29+02:00  lnav_logfile_access_log.0  request  ");
        const QString expected =
            QStringLiteral("time                       source                     type     status  text\n") +
            QStringLiteral("-------------------------  -------------------------  -------  ------  ") +
            QString(qsizetype(std::strlen(kKernel)), QLatin1Char('-')) + QLatin1Char('\n') + prefix29 +
            QStringLiteral("   200  ") + QLatin1String(kKernel) + QLatin1Char('\n') + prefix29 +
            QStringLiteral("   404  ") + QLatin1String(kBoot) + QLatin1Char('\n') +
            QStringLiteral("2009-07-21T00:59:26+02:00  lnav_logfile_access_log.0  request     200  ") +
            QLatin1String(kTramp) + QLatin1Char('\n');
        QCOMPARE(r.out, expected);
        QCOMPARE(r.err, QStringLiteral("(3 events)\n"));
    }

    void narrowTableTruncatesText()
    {
        const Run r = events({QStringLiteral("--type"), QStringLiteral("request"), QStringLiteral("--limit"),
                              QStringLiteral("2")},
                             100);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral(
                            "time                       source                     type     status  text\n"
                            "-------------------------  -------------------------  -------  ------  "
                            "-----------------------------\n"
                            "2009-07-21T00:59:29+02:00  lnav_logfile_access_log.0  request     200  "
                            "192.168.202.254 - - [20/Ju...\n"
                            "2009-07-21T00:59:29+02:00  lnav_logfile_access_log.0  request     404  "
                            "192.168.202.254 - - [20/Ju...\n"));
        const QString cursor = cursorOf(r);
        QVERIFY2(!cursor.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.err, QStringLiteral("(2 events)\nMore events exist. For the next page, add --after ") +
                            cursor + QLatin1Char('\n'));

        const Run next =
            events({QStringLiteral("--type"), QStringLiteral("request"), QStringLiteral("--limit"),
                    QStringLiteral("2"), QStringLiteral("--after"), cursor},
                   100);
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QVERIFY(
            next.out.endsWith(QStringLiteral("2009-07-21T00:59:26+02:00  lnav_logfile_access_log.0  request  "
                                             "   200  192.168.202.254 - - [20/Ju...\n")));
        QCOMPARE(next.out.count(QLatin1Char('\n')), 3);
        QCOMPARE(next.err, QStringLiteral("(1 event)\n"));
    }

    void jsonPagesWithFullText()
    {
        // Expected: the ForkEvent lines of the file, newest first, later lines first within a second.
        QList<QPair<QString, int>> forks; // (created_at, line index)
        const QList<QByteArray> lines = linesOf(shared(kGharchive));
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("ForkEvent"))
                forks.append({o.value(QStringLiteral("created_at")).toString(), i});
        }
        QCOMPARE(forks.size(), 5);
        std::sort(forks.begin(), forks.end(), [](const auto &a, const auto &b) { return a > b; });

        const QStringList base = {QStringLiteral("--type"), QStringLiteral("ForkEvent"),
                                  QStringLiteral("--json")};
        const Run first = events(base + QStringList{QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString cursor = cursorOf(first);
        QVERIFY2(!cursor.isEmpty(), qPrintable(first.err));
        QCOMPARE(first.err, QStringLiteral("More events exist. For the next page, add --after ") + cursor +
                                QLatin1Char('\n'));
        const Run second = events(base + QStringList{QStringLiteral("--limit"), QStringLiteral("3"),
                                                     QStringLiteral("--after"), cursor});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(second.err, QString());
        const Run all = events(base);
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QCOMPARE(first.out + second.out, all.out);

        const QStringList out = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(out.size(), forks.size());
        for (int i = 0; i < out.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(out[i].toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("text")).toString(), QString::fromUtf8(lines[forks[i].second]));
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("ForkEvent"));
            QCOMPARE(o.value(QStringLiteral("source")).toString(),
                     QStringLiteral("lnav_gharchive_events_50.jsonl"));
            QVERIFY(o.value(QStringLiteral("status")).isNull());
            QCOMPARE(o.value(QStringLiteral("file")).toString(), shared(kGharchive));
            // Times are shown in the workspace zone (Berlin), whatever the zone of the shell.
            const bool second1 = forks[i].first == QLatin1String("2024-01-01T15:00:01Z");
            QCOMPARE(o.value(QStringLiteral("time")).toString(),
                     second1 ? QStringLiteral("2024-01-01T16:00:01.000+01:00")
                             : QStringLiteral("2024-01-01T16:00:00.000+01:00"));
            QCOMPARE(o.value(QStringLiteral("ts_ms")).toDouble(),
                     second1 ? 1704121201000.0 : 1704121200000.0);
        }
    }

    void timeRangeAndGrep_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("second"); // created_at that matches, or empty for both
        QTest::addColumn<QString>("grep");
        QTest::newRow("local ISO, half-open")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01T16:00:01"),
                           QStringLiteral("--to"), QStringLiteral("2024-01-01T16:00:02")}
            << QStringLiteral("2024-01-01T15:00:01Z") << QString();
        QTest::newRow("unix seconds") << QStringList{QStringLiteral("--from"), QStringLiteral("1704121200"),
                                                     QStringLiteral("--to"), QStringLiteral("1704121201")}
                                      << QStringLiteral("2024-01-01T15:00:00Z") << QString();
        QTest::newRow("offset and grep")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01T15:00:00Z"),
                           QStringLiteral("--grep"), QStringLiteral("DIM12512A")}
            << QString() << QStringLiteral("dim12512a");
        QTest::newRow("date in the workspace zone")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2024-01-02")}
            << QString() << QString();
    }

    void timeRangeAndGrep()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, second);
        QFETCH(QString, grep);
        int expected = 0;
        for (const QByteArray &l : linesOf(shared(kGharchive))) {
            const QString at =
                QJsonDocument::fromJson(l).object().value(QStringLiteral("created_at")).toString();
            if ((second.isEmpty() || at == second) &&
                (grep.isEmpty() || QString::fromUtf8(l).contains(grep, Qt::CaseInsensitive)))
                ++expected;
        }
        QVERIFY(expected > 0);
        const Run r = events(
            args + QStringList{QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), expected);
        QCOMPARE(r.err, QString());
    }

    void badFromIsUsageError()
    {
        const Run r = events({QStringLiteral("--from"), QStringLiteral("yesterdayish")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 QStringLiteral(
                     "eventscope events: --from: \"yesterdayish\" is not a time Eventscope understands. "
                     "Use one of these forms:\n"
                     "  1714557600, 1714557600.5      Unix seconds (13 or more digits: milliseconds)\n"
                     "  2024-05-01T10:00:00+02:00     ISO-8601 with an offset or Z\n"
                     "  2024-05-01T10:00, 2024-05-01  local time, or start of the day, in Europe/Berlin\n"
                     "  now, now-15m, now-2h, now-7d  now, plus or minus s, m, h, d (24 h) or w\n"
                     "  today, yesterday, today-7d    start of a day in Europe/Berlin\n"));
        const Run reversed = events({QStringLiteral("--from"), QStringLiteral("2024-01-02"),
                                     QStringLiteral("--to"), QStringLiteral("2024-01-01")});
        QCOMPARE(reversed.exitCode, 2);
        QCOMPARE(reversed.err,
                 QStringLiteral("eventscope events: --from (2024-01-02T00:00:00+01:00) is later than "
                                "--to (2024-01-01T00:00:00+01:00).\n"));
    }

    void badLimitCursorAndArgumentsAreUsageErrors()
    {
        for (const QString &limit : {QStringLiteral("0"), QStringLiteral("ten"), QStringLiteral("-5")}) {
            const Run r = events({QStringLiteral("--limit"), limit});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--limit takes a number from 1 to 1000000")),
                     qPrintable(r.err));
        }
        const Run cursor = events({QStringLiteral("--after"), QStringLiteral("not-a-cursor")});
        QCOMPARE(cursor.exitCode, 2);
        QVERIFY2(cursor.err.contains(
                     QStringLiteral("the cursor \"not-a-cursor\" given with --after is not valid")),
                 qPrintable(cursor.err));
        const Run extra = events({QStringLiteral("kibana")});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY2(extra.err.contains(QStringLiteral("--grep")), qPrintable(extra.err));
    }

    void unknownTypeWarns()
    {
        const Run r = events({QStringLiteral("--type"), QStringLiteral("NoSuchEvent")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QStringLiteral(
                            "warning: no events of type \"NoSuchEvent\" in this workspace. Types present: "
                            "CreateEvent, DeleteEvent, ForkEvent, MemberEvent, PullRequestEvent, "
                            "PullRequestReviewEvent, PushEvent, WatchEvent, request.\n(0 events)\n"));
    }

    void missingWorkspaceFails()
    {
        const QString none = m_home.filePath(QStringLiteral("none.eventscope"));
        const Run r = run({QStringLiteral("events"), QStringLiteral("--db"), none});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 QStringLiteral("The workspace %1 does not exist. Import some logs first, or check the path "
                                "given with --db.\n")
                     .arg(none));
        QVERIFY(!QFile::exists(none));
    }

    void movedFileShowsNoText()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("moved.log"));
        QVERIFY(QFile::copy(shared(kAccessLog), log));
        const QString db = dir.filePath(QStringLiteral("m.eventscope"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, log}).exitCode, 0);
        QVERIFY(QFile::remove(log));
        const Run r = run({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--limit"),
                           QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        const QString text =
            QStringLiteral("[text unavailable: the file is no longer at its imported path: ") + log +
            QLatin1Char(']');
        QCOMPARE(r.out, QStringLiteral("time                  source     type     status  text\n"
                                       "--------------------  ---------  -------  ------  ") +
                            QString(text.size(), QLatin1Char('-')) +
                            QStringLiteral("\n2009-07-20T22:59:29Z  moved.log  request     200  ") + text +
                            QLatin1Char('\n'));
        const Run grep = run({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--grep"),
                              QStringLiteral("GET")});
        QCOMPARE(grep.exitCode, 0);
        QCOMPARE(grep.err, QStringLiteral("(0 events)\nwarning: 3 events could not be searched because their "
                                          "file moved or changed since the import.\n"));
    }
};

QTEST_GUILESS_MAIN(TestEventsCommand)
#include "tst_eventscommand.moc"
