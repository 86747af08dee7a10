// Crash safety of "eventscope import" on a plain log: the import is killed
// with SIGKILL at random moments, resumed each time, and the finished
// workspace must equal the one written by a single uninterrupted import, row
// by row (see crashsafetytestsupport.h; ES_CRASH_SEED=<seed> repeats the kill
// points).

#include "crashsafetytestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace crashsafetytest;

class TestCrashSafety : public QObject, private CrashSafetyFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }

    void plainFile()
    {
        Subject s;
        s.input = m_dir.filePath(QStringLiteral("access.log"));
        s.text = s.input;
        s.refDb = m_dir.filePath(QStringLiteral("plain-ref.eventscope"));
        s.crashDb = m_dir.filePath(QStringLiteral("plain-crash.eventscope"));
        s.minKills = 12;
        s.minInterrupted = 10;
        generate(s.input, 1000000, 7);
        if (QTest::currentTestFailed())
            return;
        s.size = QFileInfo(s.input).size();
        importReference(s);
        if (QTest::currentTestFailed())
            return;
        crashAndResume(s);
        QFile::remove(s.input);
    }
};

int main(int argc, char *argv[])
{
    return runCrashSafetyTest<TestCrashSafety>(argc, argv);
}

#include "tst_crashsafety.moc"
