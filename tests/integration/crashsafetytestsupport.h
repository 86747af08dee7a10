#pragma once
// The harness of the crash-safety tests: "eventscope import" is killed with
// SIGKILL at random moments, resumed each time, and the finished workspace
// must equal the one written by a single uninterrupted import, row by row.
//
// The kill points come from a seeded random generator. The seed is printed;
// ES_CRASH_SEED=<seed> repeats the same choices (the timing of the machine
// still varies).

#include "crashsafetyworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <cstring>

namespace crashsafetytest {

// Runs the eventscope binary in a temporary home and kills its imports. The
// test classes derive from it and seed m_rng in initTestCase.
class CrashSafetyFixture
{
protected:
    QTemporaryDir m_dir;
    QRandomGenerator m_rng;

    // For initTestCase(): the binary exists, and the kill points come from
    // ES_CRASH_SEED or a random seed, which is printed so a run can be repeated.
    void setUpFixture()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(ES_BINARY_PATH)).isExecutable(), ES_BINARY_PATH);
        bool ok = false;
        quint32 seed = qEnvironmentVariable("ES_CRASH_SEED").toUInt(&ok);
        if (!ok)
            seed = QRandomGenerator::system()->generate();
        m_rng.seed(seed);
        qInfo("kill points from seed %u (ES_CRASH_SEED=%u repeats them)", seed, seed);
    }

    enum class KillMode { Fixed, OnDatabaseFile, AfterCommit, Timed, AtPosition };

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    Run run(const QStringList &args, int timeoutMs = 300000) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(ES_BINARY_PATH), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
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

    static QStringList importArgs(const QString &db, const QString &file)
    {
        return {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), file};
    }

    // The one file entry of "import --json" output.
    static QJsonObject importSummary(const Run &r)
    {
        const QJsonArray files =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
        return files.size() == 1 ? files.first().toObject() : QJsonObject();
    }

    void generate(const QString &path, int lines, int seed)
    {
        const Run r = run({QStringLiteral("generate"), QStringLiteral("--lines"), QString::number(lines),
                           QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--seed"),
                           QString::number(seed), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void importReference(Subject &s)
    {
        QElapsedTimer clock;
        clock.start();
        const Run r = run(importArgs(s.refDb, s.input));
        s.refMs = clock.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = importSummary(r);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(qint64(summary.value(QStringLiteral("bytes_read")).toDouble()), s.size);
        Sqlite ref(s.refDb);
        const qint64 commits = ref.value(QStringLiteral("SELECT count(*) FROM commits")).toLongLong();
        qInfo("reference import of %s: %lld ms, %lld commits", qPrintable(QFileInfo(s.input).fileName()),
              s.refMs, commits);
    }

    // How far process pid has read file (Linux: the offset of its descriptor in
    // /proc/<pid>/fdinfo), or -1 while it has the file not open.
    static qint64 readPosition(pid_t pid, const QString &canonicalFile)
    {
        const QString dir = QStringLiteral("/proc/%1/fd").arg(pid);
        const QStringList fds = QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            if (QFileInfo(dir + QLatin1Char('/') + fd).symLinkTarget() != canonicalFile)
                continue;
            QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
            if (!info.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : info.readAll().split('\n')) {
                if (line.startsWith("pos:"))
                    return line.mid(4).trimmed().toLongLong();
            }
        }
        return -1;
    }

    static const char *modeName(KillMode m)
    {
        switch (m) {
        case KillMode::Fixed:
            return "fixed";
        case KillMode::OnDatabaseFile:
            return "on workspace file";
        case KillMode::AfterCommit:
            return "after a commit";
        case KillMode::Timed:
            return "timed";
        case KillMode::AtPosition:
            return "at a read position";
        }
        return "";
    }

    // Kills imports into crashDb until enough kills interrupted a running
    // import, then lets the import finish and compares with the reference.
    void crashAndResume(Subject &s)
    {
        QFile text(s.text);
        QVERIFY(text.open(QIODevice::ReadOnly));
        s.fileData = reinterpret_cast<const char *>(text.map(0, s.size));
        QVERIFY(s.fileData);
        removeWorkspace(s.crashDb);

        // Where /proc shows how far the import has read its input, a kill can
        // aim at a position in the file, and a run is killed at the latest when
        // the whole input has been read: the last batches are then still on
        // their way to the workspace, so the run does not complete the import.
        const bool positionVisible = QFileInfo::exists(QStringLiteral("/proc/self/fdinfo"));
        const QString canonicalInput = QFileInfo(s.input).canonicalFilePath();
        const qint64 inputSize = QFileInfo(s.input).size();
        const bool compressed = s.input != s.text;

        int kills = 0, interrupted = 0, finishedFirst = 0, completed = 0, resumedInside = 0;
        qint64 committed = 0;
        const int maxKills = s.minKills + 8;
        while (kills < maxKills && (kills < s.minKills || interrupted < s.minInterrupted)) {
            // The time a resumed import needs: its start and the first hand-over
            // of a batch after about a second, then time in proportion to the
            // bytes left.
            const qint64 fixedMs = std::min<qint64>(1000, s.refMs / 2);
            const qint64 remainingMs = fixedMs + (s.refMs - fixedMs) * (s.size - committed) / s.size;
            // Input offsets: a compressed file is first decompressed again up to
            // the checkpoint, then parsed from there; an uncompressed one is
            // parsed from the checkpoint on.
            const qint64 resumeAt = qint64(double(committed) / double(s.size) * double(inputSize));
            const qint64 firstRead = compressed ? 0 : resumeAt;
            const double u = m_rng.generateDouble();
            KillMode mode = KillMode::Timed;
            qint64 limitMs = std::max<qint64>(1, qint64(remainingMs * (0.05 + 0.9 * u)));
            qint64 target = firstRead + qint64(double(inputSize - firstRead) * u);
            if (kills == 0) {
                mode = KillMode::Fixed;
                limitMs = 20;
            } else if (!QFileInfo::exists(s.crashDb)) {
                mode = KillMode::OnDatabaseFile;
                limitMs = remainingMs;
            } else if (kills % 3 == 2) {
                mode = KillMode::AfterCommit;
                limitMs = 3 * s.refMs;
                target = resumeAt + qint64(double(inputSize - resumeAt) * (0.1 + 0.6 * u));
            } else if (kills % 2 == 0 && positionVisible) {
                mode = KillMode::AtPosition;
                limitMs = 2 * s.refMs;
            }
            if (committed > 0 && committed < s.size && mode != KillMode::Fixed)
                ++resumedInside;
            QVariantList baseline = batchState(s.crashDb);
            if (baseline.isEmpty())
                baseline = {qint64(0), qint64(0)};

            QProcess p;
            p.setProcessEnvironment(environment());
            QElapsedTimer clock;
            clock.start();
            p.start(QStringLiteral(ES_BINARY_PATH), importArgs(s.crashDb, s.input));
            QVERIFY(p.waitForStarted());
            const auto pid = pid_t(p.processId());
            bool finished = false;
            bool paused = false;
            bool stoppedAtEnd = false;
            qint64 position = -1;
            qint64 extraMs = 0;
            while (!finished && clock.elapsed() < limitMs) {
                if (positionVisible) {
                    position = readPosition(pid, canonicalInput);
                    if (position >= inputSize && !paused) {
                        stoppedAtEnd = true;
                        break;
                    }
                    if (mode == KillMode::AtPosition && position >= target)
                        break;
                    if (mode == KillMode::AfterCommit && !paused && position >= target) {
                        // Held for longer than the import's hand-over interval
                        // (250 ms), the import hands over a batch that ends here,
                        // before the end of the input: so the first commit that
                        // follows is not the last one.
                        ::kill(pid, SIGSTOP);
                        QThread::msleep(1200);
                        ::kill(pid, SIGCONT);
                        paused = true;
                    }
                }
                if (mode == KillMode::OnDatabaseFile && QFileInfo::exists(s.crashDb)) {
                    // Lands between the creation of the workspace and the file's registration.
                    extraMs = m_rng.bounded(20);
                    break;
                }
                if (mode == KillMode::AfterCommit) {
                    // Lands right after a commit, or inside one that is not atomic.
                    const QVariantList now = batchState(s.crashDb);
                    if (!now.isEmpty() && now != baseline) {
                        extraMs = m_rng.bounded(20);
                        break;
                    }
                }
                const qint64 left = limitMs - clock.elapsed();
                finished = left > 0 && p.waitForFinished(int(std::min<qint64>(left, 5)));
            }
            if (!finished && extraMs > 0)
                finished = p.waitForFinished(int(extraMs));
            const qint64 killedAt = clock.elapsed();
            if (!finished) {
                p.kill();
                QVERIFY(p.waitForFinished(60000));
            }
            // An import that exited on its own just before the kill counts as finished.
            const bool running = p.exitStatus() == QProcess::CrashExit;
            if (!running) {
                const QString err = QString::fromUtf8(p.readAllStandardError());
                QVERIFY2(p.exitCode() == 0, qPrintable(err));
                ++finishedFirst;
            }
            ++kills;

            qInfo("kill %2d (%s): %s at %lld ms of an expected %lld ms, input read %lld of %lld bytes, "
                  "committed before %lld of %lld bytes",
                  kills, stoppedAtEnd ? "at the end of the input" : modeName(mode),
                  running ? "killed" : "finished before its kill", killedAt, remainingMs, position, inputSize,
                  committed, s.size);
            const char *state = "";
            checkAfterKill(s, committed, state);
            if (QTest::currentTestFailed())
                return;
            qInfo("         %s, committed after %lld bytes", state, committed);
            // Kills before the file was registered stop the program, not an import.
            const bool complete = committed == s.size;
            if (running && !complete && std::strcmp(state, "file registered") == 0)
                ++interrupted;
            if (complete) {
                // The import got through before the kill: check this workspace,
                // then start over with a new one.
                qInfo("the import completed before the kill; comparing and starting again");
                compareWithReference(s);
                if (QTest::currentTestFailed())
                    return;
                removeWorkspace(s.crashDb);
                committed = 0;
                ++completed;
            }
        }
        qInfo("%d kills, %d interrupted a running import, %d runs resumed inside the file, %d runs finished "
              "first, %d completed imports",
              kills, interrupted, resumedInside, finishedFirst, completed);
        QVERIFY2(interrupted >= s.minInterrupted, "too few kills interrupted a running import");
        if (positionVisible)
            QVERIFY2(resumedInside > 0, "no run resumed from a checkpoint inside the file");

        const Run last = run(importArgs(s.crashDb, s.input));
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QCOMPARE(importSummary(last).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(qint64(importSummary(last).value(QStringLiteral("already_imported_bytes")).toDouble()),
                 committed);

        const Run again = run(importArgs(s.crashDb, s.input));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonObject summary = importSummary(again);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("already-imported"));
        QCOMPARE(qint64(summary.value(QStringLiteral("already_imported_bytes")).toDouble()), s.size);
        QCOMPARE(qint64(summary.value(QStringLiteral("bytes_read")).toDouble()), qint64(0));

        compareWithReference(s);
    }
};

// main() of a crash-safety test: generating, importing and comparing a log
// several times can take longer than Qt Test's default per-function limit on
// a slow or busy machine.
template<typename Test> int runCrashSafetyTest(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    Test test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

} // namespace crashsafetytest
