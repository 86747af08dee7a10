// Workspace database: creation, migrations, integrity check and refusal of
// foreign, damaged or newer files without touching them.

#include "store/schema.h"
#include "store/sqlite.h"
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

    // A v7 workspace kept each Kafka record's line as a payload on its raw
    // event; v8 moves the lines into the stream's stored text, where the
    // event browser reads them by offset, and drops the records that never
    // had one.
    void streamPayloadsBecomeStreamText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.eventscope"));
        {
            sql::Connection c;
            QVERIFY(c.open(path, sql::Connection::Mode::ReadWrite));
            for (int v = 0; v < 7; ++v)
                QVERIFY2(c.exec(schema::migrations()[size_t(v)]), qPrintable(c.errorString()));
            QVERIFY(c.exec("PRAGMA user_version=7"));
            QVERIFY(c.exec("INSERT INTO sources(id, kind, uri, display_name, created_ms) VALUES "
                           "(1, 'kafka', 'kafka://c/t', 't', 0), (2, 'file', '/x.log', 'x.log', 0)"));
            QVERIFY(
                c.exec("INSERT INTO file_checkpoints(id, source_id, head_len, head_hash, path, compressed, "
                       "format, updated_ms) VALUES (1, 1, 0, 'stream:kafka://c/t', 'kafka://c/t', 0, "
                       "'json_events', 0), (2, 2, 10, 'abc', '/x.log', 0, 'combined', 0)"));
            QVERIFY(c.exec("INSERT INTO raw_events(ts_ms, checkpoint_id, offset, source_id, type_id, status, "
                           "length, payload) VALUES "
                           "(1000, 1, 0, 1, 0, -1, 9, CAST('{\"a\":\"\u00e9\"}' AS BLOB)), "
                           "(2000, 1, 10, 1, 0, -1, 7, CAST('{\"b\":2}' AS BLOB)), "
                           "(3000, 1, 18, 1, 0, -1, 7, NULL), "
                           "(4000, 2, 0, 2, 0, 200, 30, NULL)"));
        }
        WorkspaceDb db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.openedAtVersion(), 7);
        auto &c = db.connection();
        QCOMPARE(c.scalarInt("SELECT count(*) FROM pragma_table_info('raw_events') WHERE name = 'payload'"),
                 0);
        // The file record stays; of the stream's, the two with a line do.
        QCOMPARE(
            c.scalarText("SELECT group_concat(ts_ms) FROM (SELECT ts_ms FROM raw_events ORDER BY ts_ms)"),
            QStringLiteral("1000,2000,4000"));
        QCOMPARE(
            c.scalarText("SELECT group_concat(offset || ':' || hex(bytes), ' ') FROM "
                         "(SELECT offset, bytes FROM stream_text WHERE checkpoint_id = 1 ORDER BY offset)"),
            QStringLiteral("0:%1 10:%2")
                .arg(QString::fromLatin1(QByteArray("{\"a\":\"\xc3\xa9\"}\n").toHex().toUpper()),
                     QString::fromLatin1(QByteArray("{\"b\":2}\n").toHex().toUpper())));
        // v9: stored as they were, with their lengths.
        QCOMPARE(
            c.scalarInt("SELECT count(*) FROM stream_text WHERE codec <> 0 OR text_len <> length(bytes)"), 0);
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
