// Runs the built eventscope binary the way a user does: --version, --help in
// English and German, a bad command, and the GUI opened and closed offscreen.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSmoke : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
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

private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("eventscope " ES_VERSION_STRING "\n"));
    }

    void helpEnglish()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Workspace database to use")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--lang <CODE>")));
        QVERIFY(r.out.contains(QStringLiteral("Without a command, the desktop application starts.")));
    }

    void helpGerman()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        // Eventscope's own catalogue and Qt's (the --help line itself).
        QVERIFY2(r.out.contains(QStringLiteral("Zu verwendende Arbeitsbereich-Datenbank")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Ohne Befehl startet die Desktop-Anwendung.")),
                 qPrintable(r.out));
    }

    void unknownCommandIsUsageError()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    }

    void guiOpensAndCloses()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("w.eventscope")),
                           QStringLiteral("--screenshot"), shot});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage img(shot);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() >= 800 && img.height() >= 500);
        // Not a blank picture: the menu bar and text must leave distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 3, "the screenshot is blank");
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
