// Rebuilding a workspace's aggregates from its files: unchanged settings give
// the same numbers, changed page-view rules give what a fresh import with
// them gives, a source removed with its data leaves exactly the other
// source's numbers, removing keeping data only hides the source, and a
// missing file, a cancellation or a workspace in use leave the file as it was.

#include "ingest/sourcecatalog.h"
#include "ingest/workspacerebuild.h"
#include "rebuildsupport.h"
#include "store/workspacedb.h"
#include "workspacetestsupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace es;
using es::test::buildWorkspace;
using es::test::fileHash;
using es::test::numbers;

class TestWorkspaceRebuild : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_a, m_b; // two real access logs
    int m_n = 0;

    QString newDb() { return m_dir.filePath(QStringLiteral("ws%1.eventscope").arg(++m_n)); }
    QString copyOf(const QString &file)
    {
        const QString to = m_dir.filePath(QStringLiteral("copy%1-").arg(++m_n) + QFileInfo(file).fileName());
        return QFile::copy(file, to) ? to : QString();
    }
    static std::int64_t sourceId(const QString &db, const QString &path)
    {
        for (const SourceInfo &s : SourceCatalog::list(db, true).sources)
            if (s.uri == path)
                return s.id;
        return -1;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(ES_SHARED_DATA_DIR)))
            QSKIP("the real log fixtures are not available");
        for (const char *name :
             {"lnav_zanbil_shop_access_1000.log", "willthefarmer_saunathinker_nginx_combined.log"}) {
            const QString to = m_dir.filePath(QLatin1String(name));
            QVERIFY(
                QFile::copy(QStringLiteral(ES_SHARED_DATA_DIR "/access_logs/") + QLatin1String(name), to));
            QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            (m_a.isEmpty() ? m_a : m_b) = to;
        }
    }

    void unchangedSettingsGiveTheSameNumbers()
    {
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a, m_b}));
        const QStringList before = numbers(db);
        QVERIFY(before.size() > 10);
        const RebuildPlan plan = WorkspaceRebuild::plan(db);
        QVERIFY2(plan.ok && plan.runnable, qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(int(plan.sources.size()), 2);
        QCOMPARE(plan.sources[0].action, RebuildSourcePlan::Action::Rebuild);
        QCOMPARE(plan.sources[0].paths, QStringList{m_a});
        QCOMPARE(plan.bytes, QFileInfo(m_a).size() + QFileInfo(m_b).size());
        int calls = 0;
        double lastFraction = 0;
        const RebuildResult r = WorkspaceRebuild::run(db, {}, [&](const RebuildProgress &p) {
            ++calls;
            lastFraction = p.fraction;
            return p.sourceCount == 2 && p.fraction >= 0 && p.fraction <= 1;
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(calls > 0);
        QCOMPARE(lastFraction, 1.0);
        QCOMPARE(r.records, plan.records);
        QCOMPARE(numbers(db), before);
        QVERIFY(!QFile::exists(WorkspaceRebuild::buildPath(db)));
        // The same sources, with their ids, and the files still "already imported".
        QCOMPARE(sourceId(db, m_a), plan.sources[0].id);
        Writer w;
        QVERIFY(w.open(db));
        QCOMPARE(FileImporter(w, {}).importFile(m_b).status, FileImportResult::Status::AlreadyImported);
    }

    // A site given at import (for lines without a virtual host) is given again.
    void theSiteOfASourceIsKept()
    {
        const QString db = newDb();
        {
            Writer w;
            QVERIFY(w.open(db));
            ImportOptions o;
            o.site = QStringLiteral("shop.example.com");
            QCOMPARE(FileImporter(w, o).importFile(m_a).status, FileImportResult::Status::Imported);
        }
        const QString bySite =
            QStringLiteral("SELECT sum(hits) FROM hits_by_site_day WHERE site = 'shop.example.com'");
        const qint64 before = es::test::scalar(db, bySite);
        QVERIFY(before > 0);
        const RebuildResult r = WorkspaceRebuild::run(db);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(es::test::scalar(db, bySite), before);
    }

    // Time stamps without an offset are read in the zone given at import, when
    // the file grows and is imported again without one, and in a rebuild.
    void theTimeZoneOfAFileIsKept()
    {
        const QString db = newDb();
        const QString log = m_dir.filePath(QStringLiteral("naive%1.jsonl").arg(++m_n));
        auto append = [&log](const char *ts) {
            QFile f(log);
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(R"({"event_type":"page_view","ts":")") + ts + "\"}\n");
        };
        append("2026-03-01T23:30:00");
        const QString times = QStringLiteral("SELECT group_concat(ts_ms) FROM (SELECT ts_ms FROM raw_events "
                                             "ORDER BY ts_ms)");
        // 23:30 in New York (UTC-5) is 04:30 UTC the next day; 2026-03-08 12:00, after the change to
        // summer time that morning, is UTC-4.
        const QString first =
            QString::number(QDateTime(QDate(2026, 3, 2), QTime(4, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        const QString second =
            QString::number(QDateTime(QDate(2026, 3, 8), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        {
            Writer w;
            QVERIFY(w.open(db));
            ImportOptions o;
            o.timeZone = QStringLiteral("America/New_York");
            QCOMPARE(FileImporter(w, o).importFile(log).status, FileImportResult::Status::Imported);
        }
        QCOMPARE(es::test::text(db, times), first);
        append("2026-03-08T12:00:00");
        {
            Writer w;
            QVERIFY(w.open(db));
            const FileImportResult r = FileImporter(w, {}).importFile(log);
            QCOMPARE(r.status, FileImportResult::Status::Imported);
            QVERIFY(r.resumed);
        }
        QCOMPARE(es::test::text(db, times), first + u',' + second);
        QCOMPARE(es::test::text(db, QStringLiteral("SELECT time_zone FROM file_checkpoints")),
                 QStringLiteral("America/New_York"));
        const RebuildResult r = WorkspaceRebuild::run(db);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(es::test::text(db, times), first + u',' + second);
    }

    void changedPageViewRulesEqualAFreshImport()
    {
        auto rules = [](AnalyticsSettings &s) {
            s.classifier.staticExtensions << QStringLiteral("php") << QStringLiteral("html");
            s.sessionTimeoutSecs = 10 * 60;
        };
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a, m_b}));
        const QStringList before = numbers(db);
        {
            Writer w;
            QVERIFY(w.open(db));
            AnalyticsSettings s = w.analyticsSettings();
            rules(s);
            QCOMPARE(w.setAnalyticsSettings(s), QString());
        }
        QCOMPARE(numbers(db), before); // settings alone change only what comes later
        const RebuildResult r = WorkspaceRebuild::run(db);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString fresh = newDb();
        QVERIFY(buildWorkspace(fresh, {m_a, m_b}, rules));
        const QStringList expected = numbers(fresh);
        QVERIFY(expected != before);
        QCOMPARE(numbers(db), expected);
    }

    void droppingASourceWithItsDataLeavesTheOther()
    {
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a, m_b}));
        const std::int64_t b = sourceId(db, m_b);
        QVERIFY(b > 0);
        RebuildOptions options;
        options.dropSources = {b};
        const RebuildPlan plan = WorkspaceRebuild::plan(db, options);
        QCOMPARE(plan.sources[1].action, RebuildSourcePlan::Action::Drop);
        const SourceRemoveResult r = SourceCatalog::removeSource(db, b, false);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString only = newDb();
        QVERIFY(buildWorkspace(only, {m_a}));
        QCOMPARE(numbers(db), numbers(only));
        QCOMPARE(int(SourceCatalog::list(db, true).sources.size()), 1);
        // Its checkpoints went with it: the file counts again when imported.
        Writer w;
        QVERIFY(w.open(db));
        QCOMPARE(FileImporter(w, {}).importFile(m_b).status, FileImportResult::Status::Imported);
    }

    void removingKeepingDataOnlyHidesTheSource()
    {
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a, m_b}));
        const QStringList before = numbers(db);
        const std::int64_t b = sourceId(db, m_b);
        QVERIFY(SourceCatalog::removeSource(db, b, true).ok);
        const SourceListResult shown = SourceCatalog::list(db);
        QVERIFY(shown.ok);
        QCOMPARE(int(shown.sources.size()), 1);
        QCOMPARE(shown.sources[0].uri, m_a);
        QVERIFY(shown.sources[0].records > 900);
        QVERIFY(shown.sources[0].minEventMs > 0 &&
                shown.sources[0].maxEventMs >= shown.sources[0].minEventMs);
        const SourceListResult all = SourceCatalog::list(db, true);
        QCOMPARE(int(all.sources.size()), 2);
        QVERIFY(all.sources[1].removedMs > 0);
        QCOMPARE(numbers(db), before);
        QVERIFY(!SourceCatalog::removeSource(db, 999, true).ok);
        // A rebuild keeps a hidden source's data, and keeps it hidden.
        QVERIFY(WorkspaceRebuild::run(db).ok);
        QCOMPARE(numbers(db), before);
        QCOMPARE(int(SourceCatalog::list(db).sources.size()), 1);
        // Adding the file again: already imported, and listed again.
        {
            Writer w;
            QVERIFY(w.open(db));
            QCOMPARE(FileImporter(w, {}).importFile(m_b).status, FileImportResult::Status::AlreadyImported);
        }
        QCOMPARE(int(SourceCatalog::list(db).sources.size()), 2);
        QCOMPARE(numbers(db), before);
    }

    void aMissingFileIsRefusedUntouched()
    {
        const QString b = copyOf(m_b);
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a, b}));
        QVERIFY(QFile::remove(b));
        const QByteArray hash = fileHash(db);
        const RebuildPlan plan = WorkspaceRebuild::plan(db);
        QVERIFY(plan.ok);
        QVERIFY(!plan.runnable);
        QCOMPARE(plan.sources[1].action, RebuildSourcePlan::Action::Unavailable);
        QVERIFY2(plan.sources[1].reason.contains(QStringLiteral("missing")),
                 qPrintable(plan.sources[1].reason));
        const RebuildResult r = WorkspaceRebuild::run(db);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QFileInfo(b).fileName()), qPrintable(r.error));
        QCOMPARE(fileHash(db), hash);
        QCOMPARE(QFileInfo(db + QStringLiteral("-wal")).size(), 0); // nothing waiting to be written into it

        // Asked for: the source leaves with its data, and a warning says so.
        RebuildOptions options;
        options.dropUnavailable = true;
        const RebuildResult dropped = WorkspaceRebuild::run(db, options);
        QVERIFY2(dropped.ok, qPrintable(dropped.error));
        QCOMPARE(dropped.warnings.size(), 1);
        const QString only = newDb();
        QVERIFY(buildWorkspace(only, {m_a}));
        QCOMPARE(numbers(db), numbers(only));
    }

    void aChangedFileIsRefused()
    {
        const QString b = copyOf(m_b);
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {b}));
        QFile f(b);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write("X");
        f.close();
        const RebuildPlan plan = WorkspaceRebuild::plan(db);
        QVERIFY(!plan.runnable);
        QVERIFY2(plan.sources[0].reason.contains(QStringLiteral("no longer has the content")),
                 qPrintable(plan.sources[0].reason));
    }

    void cancellingLeavesTheWorkspaceUntouched()
    {
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a, m_b}));
        const QByteArray hash = fileHash(db);
        int calls = 0;
        const RebuildResult r = WorkspaceRebuild::run(db, {}, [&](const RebuildProgress &p) {
            ++calls;
            return p.sourceIndex == 0; // cancel while the second source is read
        });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(fileHash(db), hash);
        QVERIFY(!QFile::exists(WorkspaceRebuild::buildPath(db)));
        QVERIFY(!QFile::exists(WorkspaceRebuild::buildPath(db) + QStringLiteral("-wal")));
    }

    void aWorkspaceInUseIsRefused()
    {
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a}));
        const QStringList before = numbers(db);
        WorkspaceDb open;
        QVERIFY(open.open(db, WorkspaceDb::Access::ReadOnly));
        QVERIFY(!open.meta(QStringLiteral("time_zone")).isEmpty());
        const RebuildResult r = WorkspaceRebuild::run(db);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("in use")), qPrintable(r.error));
        open.close();
        QCOMPARE(numbers(db), before);
        QVERIFY(WorkspaceRebuild::run(db).ok);
    }

    void settingsAndOtherTablesAreKept()
    {
        const QString db = newDb();
        QVERIFY(buildWorkspace(db, {m_a}));
        {
            WorkspaceDb w;
            QVERIFY(w.open(db));
            QVERIFY(w.setMeta(QStringLiteral("dashboards"), QStringLiteral("[{\"id\":\"mine\"}]")));
            QVERIFY(w.connection().exec("INSERT INTO alert_rules(id, position, definition, created_ms, "
                                        "updated_ms, commit_cursor) VALUES ('r1', 0, '{}', 1, 2, 1)"));
            QVERIFY(w.connection().exec("INSERT INTO alert_history(rule_id, rule_name, severity, fired_ms) "
                                        "VALUES ('r1', 'Rule', 'warning', 5)"));
        }
        QVERIFY(WorkspaceRebuild::run(db).ok);
        WorkspaceDb w;
        QVERIFY(w.open(db, WorkspaceDb::Access::ReadOnly));
        QCOMPARE(w.meta(QStringLiteral("dashboards")), QStringLiteral("[{\"id\":\"mine\"}]"));
        QCOMPARE(w.connection().scalarInt("SELECT count(*) FROM alert_history WHERE rule_name = 'Rule'"), 1);
        QCOMPARE(w.connection().scalarInt("SELECT commit_cursor FROM alert_rules WHERE id = 'r1'"),
                 w.connection().scalarInt("SELECT max(id) FROM commits"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRebuild)
#include "tst_workspacerebuild.moc"
