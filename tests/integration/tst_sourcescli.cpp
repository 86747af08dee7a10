// The sources and rebuild commands of the real binary on a real workspace:
// listing (text and JSON), removing keeping data and with data, a dry run,
// a rebuild after a page-view rule change, and the refusals with their exit
// codes (unknown id, missing file, bad arguments).

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSourcesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_a, m_b;

    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ES_BINARY_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonArray sources(bool all = false)
    {
        QStringList args{QStringLiteral("sources"), QStringLiteral("--json")};
        if (all)
            args << QStringLiteral("--all");
        return QJsonDocument::fromJson(run(args).out.toUtf8()).array();
    }
    QString total(const QString &column)
    {
        return run({QStringLiteral("sql"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("SELECT sum(%1) FROM traffic_by_day").arg(column)})
            .out.section(u'\n', 1, 1)
            .trimmed();
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(ES_SHARED_DATA_DIR)))
            QSKIP("the real log fixtures are not available");
        m_db = m_dir.filePath(QStringLiteral("cli.eventscope"));
        m_a = m_dir.filePath(QStringLiteral("shop.log"));
        m_b = m_dir.filePath(QStringLiteral("sauna.log"));
        QVERIFY(QFile::copy(
            QStringLiteral(ES_SHARED_DATA_DIR "/access_logs/lnav_zanbil_shop_access_1000.log"), m_a));
        QVERIFY(QFile::copy(
            QStringLiteral(ES_SHARED_DATA_DIR "/access_logs/willthefarmer_saunathinker_nginx_combined.log"),
            m_b));
        const Run imp = run({QStringLiteral("import"), m_a, m_b});
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
    }

    void listsSources()
    {
        const Run text = run({QStringLiteral("sources")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("shop.log")) &&
                     text.out.contains(QStringLiteral("sauna.log")),
                 qPrintable(text.out));
        const QJsonArray list = sources();
        QCOMPARE(list.size(), 2);
        const QJsonObject a = list[0].toObject();
        QCOMPARE(a[QStringLiteral("kind")].toString(), QStringLiteral("file"));
        QCOMPARE(a[QStringLiteral("uri")].toString(), m_a);
        QCOMPARE(a[QStringLiteral("files")].toInt(), 1);
        QVERIFY(a[QStringLiteral("records")].toInteger() > 900);
        QVERIFY(!a[QStringLiteral("last_event")].toString().isEmpty());
    }

    void dryRunAndRebuildAfterARuleChange()
    {
        const QString before = total(QStringLiteral("page_views"));
        const QString hits = total(QStringLiteral("hits"));
        const Run dry = run({QStringLiteral("rebuild"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("read 1 file again")), qPrintable(dry.out));
        QCOMPARE(total(QStringLiteral("page_views")), before);
        QCOMPARE(
            run({QStringLiteral("analytics"), QStringLiteral("--static-extensions"), QStringLiteral("none")})
                .code,
            0);
        const Run r = run({QStringLiteral("rebuild")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Rebuilt:")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("lines/s")) || r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(total(QStringLiteral("hits")), hits);
        QVERIFY2(total(QStringLiteral("page_views")).toLongLong() > before.toLongLong(),
                 qPrintable(total(QStringLiteral("page_views")) + QStringLiteral(" vs ") + before));
    }

    void removesKeepingAndWithData()
    {
        const QString hits = total(QStringLiteral("hits"));
        const qint64 idB = sources()[1].toObject()[QStringLiteral("id")].toInteger();
        const qint64 recordsB = sources()[1].toObject()[QStringLiteral("records")].toInteger();
        QCOMPARE(run({QStringLiteral("sources"), QStringLiteral("remove"), QString::number(idB)}).code, 0);
        QCOMPARE(sources().size(), 1);
        QCOMPARE(sources(true).size(), 2);
        QCOMPARE(total(QStringLiteral("hits")), hits);
        const Run again = run({QStringLiteral("import"), QStringLiteral("--json"), m_b});
        QVERIFY2(again.out.contains(QStringLiteral("already-imported")), qPrintable(again.out));
        QCOMPARE(sources().size(), 2);

        const Run gone = run({QStringLiteral("sources"), QStringLiteral("remove"), QString::number(idB),
                              QStringLiteral("--with-data")});
        QVERIFY2(gone.code == 0, qPrintable(gone.err));
        QCOMPARE(sources(true).size(), 1);
        QCOMPARE(total(QStringLiteral("hits")).toLongLong(), hits.toLongLong() - recordsB);
    }

    void refusals()
    {
        QCOMPARE(run({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("abc")}).code, 2);
        QCOMPARE(run({QStringLiteral("sources"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("rebuild"), QStringLiteral("--drop-source"), QStringLiteral("x")}).code,
                 2);
        const Run unknown =
            run({QStringLiteral("rebuild"), QStringLiteral("--drop-source"), QStringLiteral("99")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no source 99")), qPrintable(unknown.err));
        QCOMPARE(run({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("99")}).code, 1);

        QVERIFY(QFile::rename(m_a, m_a + QStringLiteral(".moved")));
        const Run missing = run({QStringLiteral("rebuild")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.out.contains(QStringLiteral("missing")), qPrintable(missing.out));
        const Run dropped = run({QStringLiteral("rebuild"), QStringLiteral("--drop-unavailable")});
        QVERIFY2(dropped.code == 3, qPrintable(dropped.err));
        QCOMPARE(sources(true).size(), 0);
        QCOMPARE(total(QStringLiteral("hits")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSourcesCli)
#include "tst_sourcescli.moc"
