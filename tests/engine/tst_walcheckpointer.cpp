// The write-ahead log's checkpoints run on a thread of their own while the
// writer commits, the log stays bounded while commits follow each other, and
// nothing committed is lost.

#include "store/sqlite.h"
#include "store/walcheckpointer.h"
#include "store/workspacedb.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace es;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    static constexpr int kPageSize = 16384;
    static constexpr int kRowsPerCommit = 100; // one page each, plus the b-tree's
    static constexpr int kCommits = 100;

private slots:
    void checkpointsOnItsThreadAndBoundsTheLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.eventscope"));
        WorkspaceDb db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        sql::Connection &c = db.connection();
        QCOMPARE(c.scalarInt("PRAGMA page_size"), kPageSize);
        QVERIFY(c.exec("CREATE TABLE probe(id INTEGER PRIMARY KEY, body BLOB)"));

        WalCheckpointer checkpointer;
        QVERIFY(checkpointer.start(c.handle(), path));
        QCOMPARE(c.scalarInt("PRAGMA wal_autocheckpoint"), 0);
        auto insert = c.prepare("INSERT INTO probe(body) VALUES (zeroblob(?1))");
        qint64 largestLog = 0;
        for (int i = 0; i < kCommits; ++i) {
            sql::Transaction tx(c);
            QVERIFY(tx.isActive());
            for (int r = 0; r < kRowsPerCommit; ++r) {
                insert.bind(1, kPageSize - 64);
                QVERIFY2(insert.exec(), qPrintable(insert.errorString()));
            }
            QVERIFY(tx.commit());
            largestLog = std::max(largestLog, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        checkpointer.stop();

        // About 10,000 pages went through the log: without the inline
        // checkpoint it would hold all of them, since back-to-back commits
        // never find it copied in full.
        const qint64 bound = qint64(WalCheckpointer::kInlinePages + 3 * kRowsPerCommit) * (kPageSize + 24);
        QVERIFY2(largestLog <= bound,
                 qPrintable(QStringLiteral("log reached %1 bytes, bound %2").arg(largestLog).arg(bound)));
        QVERIFY2(largestLog >= qint64(WalCheckpointer::kPages) * kPageSize,
                 "the log never reached the size that starts a checkpoint");
        QVERIFY2(checkpointer.completed() > 0, "no checkpoint ran on the thread");

        // Stopped: the connection has SQLite's automatic checkpoint back.
        QCOMPARE(c.scalarInt("PRAGMA wal_autocheckpoint"), std::int64_t(WalCheckpointer::kPages));
        insert = {};
        db.close();

        WorkspaceDb again;
        QVERIFY(again.open(path));
        QCOMPARE(again.connection().scalarInt("SELECT count(*) FROM probe"),
                 std::int64_t(kCommits * kRowsPerCommit));
        QCOMPARE(again.connection().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void readerKeepsItsSnapshotWhileTheThreadCheckpoints()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.eventscope"));
        WorkspaceDb db;
        QVERIFY(db.open(path));
        sql::Connection &c = db.connection();
        QVERIFY(c.exec("CREATE TABLE probe(id INTEGER PRIMARY KEY, body BLOB)"));
        WalCheckpointer checkpointer;
        QVERIFY(checkpointer.start(c.handle(), path));

        sql::Connection reader;
        QVERIFY(reader.open(path, sql::Connection::Mode::ReadOnly));
        QVERIFY(reader.exec("BEGIN"));
        QCOMPARE(reader.scalarInt("SELECT count(*) FROM probe"), 0);
        auto insert = c.prepare("INSERT INTO probe(body) VALUES (zeroblob(?1))");
        for (int i = 0; i < 30; ++i) {
            sql::Transaction tx(c);
            for (int r = 0; r < kRowsPerCommit; ++r) {
                insert.bind(1, kPageSize - 64);
                QVERIFY(insert.exec());
            }
            QVERIFY(tx.commit());
        }
        // The open read transaction still sees the database as it began.
        QCOMPARE(reader.scalarInt("SELECT count(*) FROM probe"), 0);
        QVERIFY(reader.exec("COMMIT"));
        QCOMPARE(reader.scalarInt("SELECT count(*) FROM probe"), std::int64_t(30 * kRowsPerCommit));
        checkpointer.stop();
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
