// Workspace database: creation, migrations, integrity check and refusal of
// foreign, damaged or newer files without touching them.

#include "store/schema.h"
#include "store/workspacedb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace es;

class TestWorkspaceDb : public QObject
{
    Q_OBJECT

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void createsNewWorkspaceAtCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.eventscope"));
        WorkspaceDb db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.openedAtVersion(), 0);
        QCOMPARE(db.schemaVersion(), schema::currentVersion());
        QCOMPARE(db.connection().scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QVERIFY(!db.meta(QStringLiteral("created_ms")).isEmpty());
        QVERIFY(!db.meta(QStringLiteral("time_zone")).isEmpty());
        QCOMPARE(db.connection().scalarInt("SELECT count(*) FROM sqlite_master WHERE name='rollup_day'"), 1);
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.eventscope"));
        {
            WorkspaceDb db;
            QVERIFY(db.open(path));
            QVERIFY(db.setMeta(QStringLiteral("probe"), QStringLiteral("42")));
        }
        WorkspaceDb db;
        QVERIFY(db.open(path));
        QCOMPARE(db.openedAtVersion(), schema::currentVersion());
        QCOMPARE(db.meta(QStringLiteral("probe")), QStringLiteral("42"));
    }

    // Every earlier schema version must migrate forward. Version k is built by
    // applying the first k migrations by hand, as an older release would have.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 0; v < schema::currentVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.eventscope"));
        {
            sql::Connection c;
            QVERIFY(c.open(path, sql::Connection::Mode::ReadWrite));
            for (int v = 0; v < fromVersion; ++v)
                QVERIFY2(c.exec(schema::migrations()[size_t(v)]), qPrintable(c.errorString()));
            QVERIFY(c.exec("PRAGMA user_version=" + std::to_string(fromVersion)));
        }
        WorkspaceDb db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.openedAtVersion(), fromVersion);
        QCOMPARE(db.schemaVersion(), schema::currentVersion());
    }

    void refusesNonSqliteFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.eventscope"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
        f.close();
        const QByteArray before = fileHash(path);
        WorkspaceDb db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("not an SQLite database")),
                 qPrintable(db.errorString()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesDamagedFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.eventscope"));
        {
            WorkspaceDb db;
            QVERIFY(db.open(path));
            // Enough rows to span many pages, so damage lands inside a b-tree.
            auto &c = db.connection();
            QVERIFY(c.exec("BEGIN"));
            for (int i = 0; i < 5000; ++i)
                QVERIFY(c.exec("INSERT INTO dict(dim, value) VALUES (1, '/path/" + std::to_string(i) +
                               "/with/some/length/to/fill/pages')"));
            QVERIFY(c.exec("COMMIT"));
            QVERIFY(c.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64 * 1024);
        // Overwrite the middle pages with garbage, keeping the header intact.
        f.seek(size / 2);
        f.write(QByteArray(16384, '\xA5'));
        f.close();
        const QByteArray before = fileHash(path);

        WorkspaceDb db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("damaged")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QStringLiteral("was not modified")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.eventscope"));
        {
            WorkspaceDb db;
            QVERIFY(db.open(path));
            QVERIFY(
                db.connection().exec("PRAGMA user_version=" + std::to_string(schema::currentVersion() + 5)));
        }
        WorkspaceDb db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("newer version")), qPrintable(db.errorString()));
    }

    void readOnlyRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.eventscope"));
        {
            WorkspaceDb db;
            QVERIFY(db.open(path));
        }
        WorkspaceDb db;
        QVERIFY(db.open(path, WorkspaceDb::Access::ReadOnly));
        QVERIFY(!db.connection().exec("INSERT INTO meta(key, value) VALUES ('x', 'y')"));
        WorkspaceDb missing;
        QVERIFY(
            !missing.open(dir.filePath(QStringLiteral("absent.eventscope")), WorkspaceDb::Access::ReadOnly));
        QVERIFY(missing.errorString().contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDb)
#include "tst_workspacedb.moc"
