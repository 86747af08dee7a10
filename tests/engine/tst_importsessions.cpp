// Sessions through the whole import pipeline: a session that spans two
// imports of a growing file is one session, sessions still open at the end of
// an import are provisional rows that the next import replaces, a gap of
// exactly the timeout continues a session, and a session crossing midnight
// counts on the day it started. Sessions in hours that retention drops for
// the detail groups make no hour rows for them.

#include "ingest/fileimporter.h"
#include "store/readonlysql.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/writer.h"
#include "workspacetestsupport.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace es;

namespace {

using test::scalar;

bool append(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(text) == text.size();
}

// One page view of visitor `ip` on March `day`, 2024, at hh:mm:ss UTC.
QByteArray view(const char *ip, int day, const char *hms, const char *path = "/page")
{
    return QByteArray(ip) + " - - [" + QByteArray::number(day).rightJustified(2, '0') + "/Mar/2024:" + hms +
           " +0000] \"GET " + path +
           " HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 "
           "Firefox/123.0\"\n";
}

} // namespace

class TestImportSessions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Closed and provisional sessions of the workspace, by (sessions, bounces, views, ms).
    static QString totals(const QString &db)
    {
        const QString sum = QStringLiteral(
            "SELECT coalesce(sum(s), 0) || '/' || coalesce(sum(b), 0) || '/' || coalesce(sum(v), 0) || '/' "
            "|| "
            "coalesce(sum(ms), 0) FROM (SELECT sessions s, bounces b, session_views v, session_ms ms FROM "
            "rollup_day "
            "WHERE grp = 0 UNION ALL SELECT sessions, bounces, session_views, session_ms FROM open_sessions "
            "WHERE level = 2 AND grp = 0)");
        ReadOnlySql sql;
        QString v;
        if (sql.open(db))
            sql.run(sum, nullptr, [&](const QVariantList &r) {
                v = r[0].toString();
                return false;
            });
        return v;
    }

    static void importFile(const QString &db, const QString &file)
    {
        Writer w;
        QVERIFY(w.open(db));
        AnalyticsSettings s = w.analyticsSettings();
        s.geoip = false;
        QCOMPARE(w.setAnalyticsSettings(s), QString());
        FileImporter imp(w, {});
        const FileImportResult r = imp.importFile(file);
        QCOMPARE(r.error, QString());
        w.close();
    }

private slots:
    void sessionSpansTwoImportsOfAGrowingFile()
    {
        const QString db = m_dir.filePath(QStringLiteral("grow.eventscope"));
        const QString log = m_dir.filePath(QStringLiteral("grow.log"));
        // Visitor A: 10:00, 10:20 | 10:45 (second import), then 11:30 after a
        // gap of 45 minutes: two sessions, 3 views (45 min) and 1 view.
        QVERIFY(append(log, view("192.0.2.1", 5, "10:00:00") + view("192.0.2.1", 5, "10:20:00")));
        importFile(db, log);
        // Still open: one provisional session of two views, 20 minutes.
        QCOMPARE(totals(db), QStringLiteral("1/0/2/1200000"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT coalesce(sum(sessions), 0) FROM rollup_day WHERE grp = 0")), 0);

        QVERIFY(append(log, view("192.0.2.1", 5, "10:45:00") + view("192.0.2.1", 5, "11:30:00")));
        importFile(db, log);
        // The first session closed with three views; the second is open.
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(sessions) FROM rollup_day WHERE grp = 0")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(session_views) FROM rollup_day WHERE grp = 0")), 3);
        QCOMPARE(totals(db), QStringLiteral("2/1/4/2700000"));
    }

    void gapOfExactlyTheTimeoutContinues()
    {
        const QString db = m_dir.filePath(QStringLiteral("gap.eventscope"));
        const QString log = m_dir.filePath(QStringLiteral("gap.log"));
        // 30:00 continues, 30:01 starts a new session.
        QVERIFY(append(log, view("192.0.2.2", 5, "08:00:00") + view("192.0.2.2", 5, "08:30:00") +
                                view("192.0.2.2", 5, "09:00:01")));
        importFile(db, log);
        QCOMPARE(totals(db), QStringLiteral("2/1/3/1800000"));
    }

    void sessionCrossingMidnightCountsOnItsFirstDay()
    {
        const QString db = m_dir.filePath(QStringLiteral("midnight.eventscope"));
        const QString log = m_dir.filePath(QStringLiteral("midnight.log"));
        QVERIFY(append(log, view("192.0.2.3", 5, "23:50:00") + view("192.0.2.3", 6, "00:10:00")));
        // A later visitor moves the watermark far enough to close it.
        QVERIFY(append(log, view("192.0.2.4", 6, "03:00:00")));
        importFile(db, log);
        const QString days =
            QStringLiteral("SELECT count(DISTINCT bucket) FROM rollup_day WHERE grp = 0 AND sessions > 0");
        QCOMPARE(scalar(db, days), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(sessions) FROM rollup_day WHERE grp = 0 AND bucket = "
                                           "(SELECT min(bucket) FROM rollup_day WHERE grp = 0)")),
                 1);
        QCOMPARE(totals(db), QStringLiteral("2/1/3/1200000"));
    }

    void oldHoursGetNoDetailSessionRows()
    {
        // Detail groups keep hour rows for 7 days before the newest event, the
        // others for 90: a session on March 1st, 19 days before the newest
        // event, counts per hour only in the total, per path in its day.
        const QString db = m_dir.filePath(QStringLiteral("old.eventscope"));
        const QString log = m_dir.filePath(QStringLiteral("old.log"));
        QVERIFY(append(log,
                       view("192.0.2.5", 1, "10:00:00", "/old") + view("192.0.2.6", 20, "10:00:00", "/new")));
        {
            // Every row written to rollup_hour, even one deleted in the same
            // transaction, is noted.
            Writer w;
            QVERIFY(w.open(db));
            w.close();
            sql::Connection c;
            QVERIFY(c.open(db, sql::Connection::Mode::ReadWrite));
            QVERIFY(c.exec("CREATE TABLE hour_writes(grp, bucket, sessions)"));
            QVERIFY(c.exec("CREATE TRIGGER note_hour_insert AFTER INSERT ON rollup_hour BEGIN "
                           "INSERT INTO hour_writes VALUES (new.grp, new.bucket, new.sessions); END"));
            QVERIFY(c.exec("CREATE TRIGGER note_hour_update AFTER UPDATE ON rollup_hour BEGIN "
                           "INSERT INTO hour_writes VALUES (new.grp, new.bucket, new.sessions); END"));
        }
        // The second visitor moves the watermark far enough to close the first session.
        QVERIFY(append(log, view("192.0.2.6", 20, "12:00:00")));
        importFile(db, log);
        const qint64 march1 = QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const QString oldHour = QStringLiteral(" AND bucket = %1").arg(march1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(sessions) FROM rollup_hour WHERE grp = 0") + oldHour),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hour_writes WHERE grp = %1 AND sessions > 0")
                                    .arg(schema::GroupPath) +
                                oldHour),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hour_writes WHERE grp = %1 AND sessions > 0")
                                    .arg(schema::GroupBrowser) +
                                oldHour),
                 0);
        // The path still has its session in the day.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT sum(sessions) FROM rollup_day WHERE grp = %1 AND bucket = %2")
                           .arg(schema::GroupPath)
                           .arg(march1 - 10 * 3600)),
            1);
        // Within the 7 days, the detail groups have their hour rows.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM hour_writes WHERE grp = %1 AND bucket > %2")
                               .arg(schema::GroupPath)
                               .arg(march1)) > 0);
    }
};

QTEST_GUILESS_MAIN(TestImportSessions)
#include "tst_importsessions.moc"
