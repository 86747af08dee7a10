// Crash safety of "eventscope import" on a gzip-compressed log, killed and
// resumed like the plain log of tst_crashsafety.cpp (see
// crashsafetytestsupport.h; ES_CRASH_SEED=<seed> repeats the kill points).

#include "crashsafetytestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace crashsafetytest;

class TestCrashSafetyGzip : public QObject, private CrashSafetyFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }

    // A compressed file resumes by decompressing again up to the checkpoint.
    void gzipFile()
    {
        Subject s;
        s.text = m_dir.filePath(QStringLiteral("small.log"));
        s.input = s.text + QStringLiteral(".gz");
        s.refDb = m_dir.filePath(QStringLiteral("gzip-ref.eventscope"));
        s.crashDb = m_dir.filePath(QStringLiteral("gzip-crash.eventscope"));
        s.minKills = 7;
        s.minInterrupted = 5;
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (gzip.isEmpty())
            QSKIP("gzip is not installed");
        generate(s.text, 300000, 11);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QProcess::execute(gzip, {QStringLiteral("-1"), QStringLiteral("-k"), s.text}), 0);
        s.size = QFileInfo(s.text).size();
        importReference(s);
        if (QTest::currentTestFailed())
            return;
        crashAndResume(s);
    }
};

int main(int argc, char *argv[])
{
    return runCrashSafetyTest<TestCrashSafetyGzip>(argc, argv);
}

#include "tst_crashsafety_gzip.moc"
