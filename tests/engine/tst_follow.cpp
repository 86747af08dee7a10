// Following files (import --follow): appended lines arrive, a line is taken
// only when complete, and rotation by rename, copytruncate and delete +
// recreate lose and double-count nothing, also across a restart.

#include "ingest/filefollower.h"
#include "store/readonlysql.h"
#include "store/writer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <mutex>
#include <thread>

using namespace es;

namespace {

// A combined line with a unique path and byte count, so sums identify lines.
QByteArray line(int i)
{
    return QByteArray("10.0.0.") + QByteArray::number(i % 250) +
           " - - [10/Oct/2024:13:" + QByteArray::number(10 + i / 60 % 50) + ":" +
           QByteArray::number(10 + i % 50) + " +0000] \"GET /page/" + QByteArray::number(i) +
           " HTTP/1.1\" 200 " + QByteArray::number(i) + " \"-\" \"Mozilla/5.0\"\n";
}

QByteArray lines(int from, int to)
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        out += line(i);
    return out;
}

bool append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return f.write(data) == data.size();
}

qint64 scalar(const QString &db, const QString &query)
{
    ReadOnlySql sql;
    qint64 v = -1;
    if (!sql.open(db))
        return v;
    sql.run(query, nullptr, [&](const QVariantList &r) {
        v = r.value(0).toLongLong();
        return false;
    });
    return v;
}

qint64 hits(const QString &db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(sum(hits), 0) FROM traffic_by_day"));
}

qint64 bytes(const QString &db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(sum(bytes), 0) FROM traffic_by_day"));
}

// Sum of i over [from, to): the bytes column of those lines.
qint64 byteSum(int from, int to)
{
    qint64 s = 0;
    for (int i = from; i < to; ++i)
        s += i;
    return s;
}

// Runs a follower on its own thread for the lifetime of the object.
class Following
{
public:
    Following(const QString &db, const QStringList &paths)
    {
        m_ok = m_writer.open(db);
        ImportOptions o;
        o.followPollMs = 20;
        o.followRetiredGraceMs = 300;
        o.workers = 2;
        m_follower = std::make_unique<FileFollower>(m_writer, o);
        m_thread = std::thread([this, paths] {
            m_follower->run(paths, {}, [this](const FileImportResult &r) {
                std::lock_guard lock(m_mutex);
                m_results.push_back(r);
            });
        });
    }
    ~Following() { stop(); }
    void stop()
    {
        if (m_thread.joinable()) {
            m_follower->cancel();
            m_thread.join();
            m_writer.close();
        }
    }
    bool ok() const { return m_ok; }
    std::vector<FileImportResult> results()
    {
        std::lock_guard lock(m_mutex);
        return m_results;
    }

private:
    Writer m_writer;
    std::unique_ptr<FileFollower> m_follower;
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<FileImportResult> m_results;
    bool m_ok = false;
};

// Waits until the stored hit count reaches `want`, then a little longer to
// catch any double counting.
bool waitForHits(const QString &db, qint64 want)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (hits(db) >= want) {
            QTest::qWait(150);
            return hits(db) == want;
        }
        QTest::qWait(20);
    }
    return false;
}

} // namespace

class TestFollow : public QObject
{
    Q_OBJECT

private slots:
    void appendedLinesAndPartialLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        const QString log = dir.filePath(QStringLiteral("access.log"));
        QVERIFY(append(log, lines(0, 100)));
        Following f(db, {log});
        QVERIFY(f.ok());
        QVERIFY(waitForHits(db, 100));

        QVERIFY(append(log, lines(100, 150)));
        QVERIFY(waitForHits(db, 150));

        // A line without its newline yet is not taken ...
        const QByteArray next = line(150);
        QVERIFY(append(log, next.left(40)));
        QTest::qWait(200);
        QCOMPARE(hits(db), 150);
        // ... until it is complete, and then as one line.
        QVERIFY(append(log, next.mid(40)));
        QVERIFY(waitForHits(db, 151));
        QCOMPARE(bytes(db), byteSum(0, 151));
        f.stop();
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(malformed) FROM file_checkpoints")), 0);
        QVERIFY(!f.results().empty());
    }

    void rotationByRename()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        const QString log = dir.filePath(QStringLiteral("access.log"));
        const QString old = dir.filePath(QStringLiteral("access.log.1"));
        QVERIFY(append(log, lines(0, 200)));
        Following f(db, {log});
        QVERIFY(waitForHits(db, 200));

        // The logger still writes to the renamed file before it reopens ...
        QVERIFY(QFile::rename(log, old));
        QVERIFY(append(old, lines(200, 230)));
        // ... including a last line without a newline.
        QVERIFY(append(old, line(230).chopped(1)));
        QTest::qWait(100);
        QVERIFY(append(log, lines(231, 300)));
        QVERIFY(waitForHits(db, 300));
        QCOMPARE(bytes(db), byteSum(0, 300));

        // The logger keeps writing to the rotated file for a while after the
        // new one appeared: those lines arrive too.
        QVERIFY(QFile::remove(old));
        QVERIFY(QFile::rename(log, old));
        QVERIFY(append(log, lines(300, 310)));
        QTest::qWait(60); // the follower has moved on to the new file
        QVERIFY(append(old, lines(310, 320)));
        QVERIFY(waitForHits(db, 320));

        // More rotations, each removing the previous rotated file while the
        // follower may still hold it open. (A file that is rotated away and
        // deleted before a poll ever saw it cannot be read; like tail -F,
        // following assumes rotations are further apart than a poll.)
        for (int round = 0; round < 3; ++round) {
            const int base = 320 + round * 100;
            QVERIFY(append(log, lines(base, base + 50)));
            QFile::remove(old);
            QVERIFY(QFile::rename(log, old));
            QVERIFY(append(old, lines(base + 50, base + 60)));
            // The rename and the new file: a poll may see no file at all in between.
            QTest::qWait(30);
            QVERIFY(append(log, lines(base + 60, base + 100)));
            QVERIFY(waitForHits(db, base + 100));
        }
        QCOMPARE(bytes(db), byteSum(0, 620));
    }

    void copyTruncateAndRecreate()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        const QString log = dir.filePath(QStringLiteral("access.log"));
        QVERIFY(append(log, lines(0, 80)));
        Following f(db, {log});
        QVERIFY(waitForHits(db, 80));

        // copytruncate: the file is emptied in place and written again.
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(0));
        }
        QTest::qWait(100);
        QVERIFY(append(log, lines(80, 120)));
        QVERIFY(waitForHits(db, 120));

        // Deleted, then created again later.
        QVERIFY(QFile::remove(log));
        QTest::qWait(100);
        QVERIFY(append(log, lines(120, 170)));
        QVERIFY(waitForHits(db, 170));
        QCOMPARE(bytes(db), byteSum(0, 170));
    }

    void restartCountsNothingTwice()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        const QString log = dir.filePath(QStringLiteral("access.log"));
        QVERIFY(append(log, lines(0, 100)));
        {
            Following f(db, {log});
            QVERIFY(waitForHits(db, 100));
            QVERIFY(append(log, lines(100, 120)));
            QVERIFY(waitForHits(db, 120));
        }
        // Lines written while nobody follows are picked up on the next start.
        QVERIFY(append(log, lines(120, 140)));
        Following again(db, {log});
        QVERIFY(waitForHits(db, 140));
        QCOMPARE(bytes(db), byteSum(0, 140));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM raw_events")), 140);
    }

    void missingFileIsWaitedFor()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        const QString log = dir.filePath(QStringLiteral("later.log"));
        Following f(db, {log});
        QTest::qWait(100);
        QVERIFY(append(log, lines(0, 30)));
        QVERIFY(waitForHits(db, 30));
        const std::vector<FileImportResult> r = f.results();
        QVERIFY(!r.empty());
        QVERIFY(r.front().warnings.join(QString()).contains(QStringLiteral("later.log")));
    }
};

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"
