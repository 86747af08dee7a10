// `eventscope import --follow` as a user runs it: the first import, a live
// round for appended lines, and a clean stop on SIGTERM/SIGINT with exit 0.

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

QByteArray lines(int from, int to)
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        out += "10.1.2.3 - - [10/Oct/2024:13:55:" + QByteArray::number(10 + i % 50) + " +0000] \"GET /p/" +
               QByteArray::number(i) + " HTTP/1.1\" 200 " + QByteArray::number(i) + " \"-\" \"curl/8.0\"\n";
    return out;
}

bool append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(data) == data.size();
}

bool waitForOutput(QProcess &p, QByteArray &seen, const QByteArray &needle)
{
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        seen += p.readAllStandardOutput();
        if (seen.contains(needle))
            return true;
        p.waitForReadyRead(100);
    }
    return false;
}

} // namespace

class TestFollowCommand : public QObject
{
    Q_OBJECT

private slots:
    void followsAndStopsCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }
    void followsAndStopsCleanly()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("live.log"));
        const QString db = dir.filePath(QStringLiteral("w.eventscope"));
        QVERIFY(append(log, lines(0, 40)));
        QProcess p;
        p.start(QStringLiteral(ES_BINARY_PATH),
                {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--follow"), log});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QVERIFY2(waitForOutput(p, out, "lines 40, events 40, malformed 0"), out.constData());

        QVERIFY(append(log, lines(40, 65)));
        QVERIFY2(waitForOutput(p, out, "live.log: +25 lines, 25 events, 0 malformed"), out.constData());

        ::kill(pid_t(p.processId()), signalNumber);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardError().contains("Following 1 file"));

        // Everything read is saved: a plain import finds nothing new.
        QProcess again;
        again.start(QStringLiteral(ES_BINARY_PATH),
                    {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), log});
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY2(again.readAllStandardOutput().contains("\"already-imported\""), "not already imported");
    }
};

QTEST_GUILESS_MAIN(TestFollowCommand)
#include "tst_followcommand.moc"
