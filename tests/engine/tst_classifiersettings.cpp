// What counts as a page view and a download is a workspace setting: list
// edits, storage in the workspace, and imports that follow the stored rules.

#include "ingest/fileimporter.h"
#include "store/analyticssettings.h"
#include "store/readonlysql.h"
#include "store/writer.h"
#include "workspacetestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

using test::scalar;

QByteArray
request(const char *path, int status,
        const char *agent = "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0")
{
    return QByteArray("203.0.113.9 - - [05/Mar/2024:10:00:00 +0000] \"GET ") + path + " HTTP/1.1\" " +
           QByteArray::number(status) + " 100 \"-\" \"" + agent + "\"\n";
}

QByteArray jsonEvent(const char *type)
{
    return QByteArray("{\"ts\": \"2024-03-05T10:00:00Z\", \"event\": \"") + type +
           "\", \"user_id\": \"u1\"}\n";
}

} // namespace

class TestClassifierSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool write(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    // Imports `text` into a new workspace with `config`; returns page views
    // and downloads of the day.
    QPair<qint64, qint64> importWith(const QString &name, const ClassifierConfig &config,
                                     const QByteArray &text, const QStringList &crawlers = {})
    {
        const QString db = m_dir.filePath(name + QStringLiteral(".eventscope"));
        const QString log = m_dir.filePath(name + QStringLiteral(".log"));
        if (!write(log, text))
            return {-1, -1};
        {
            Writer w;
            if (!w.open(db))
                return {-1, -1};
            AnalyticsSettings s = w.analyticsSettings();
            s.geoip = false;
            s.classifier = config;
            s.extraCrawlers = crawlers;
            if (!w.setAnalyticsSettings(s).isEmpty())
                return {-1, -1};
            FileImporter imp(w, {});
            if (!imp.importFile(log).error.isEmpty())
                return {-1, -1};
            w.close();
        }
        return {scalar(db, QStringLiteral("SELECT sum(page_views) FROM rollup_day WHERE grp = 0")),
                scalar(db, QStringLiteral("SELECT sum(downloads) FROM rollup_day WHERE grp = 0"))};
    }

private slots:
    void editLists_data()
    {
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QStringList>("expected");
        const QStringList cur{QStringLiteral("css"), QStringLiteral("js")};
        QTest::newRow("replace") << cur << QStringLiteral(" .PNG , gif") << QStringList{"png", "gif"};
        QTest::newRow("add and remove") << cur << QStringLiteral("+svg,-css") << QStringList{"js", "svg"};
        QTest::newRow("unsigned entries add once one is signed")
            << cur << QStringLiteral("-js,ico") << QStringList{"css", "ico"};
        QTest::newRow("no duplicates") << cur << QStringLiteral("+css") << cur;
        QTest::newRow("none") << cur << QStringLiteral("none") << QStringList{};
        QTest::newRow("default") << QStringList{} << QStringLiteral("default") << QStringList{"d"};
    }

    void editLists()
    {
        QFETCH(QStringList, current);
        QFETCH(QString, edit);
        QFETCH(QStringList, expected);
        QCOMPARE(AnalyticsSettings::editList(current, edit, {QStringLiteral("d")}, false), expected);
    }

    void patternsKeepTheirCase()
    {
        QCOMPARE(AnalyticsSettings::editList({}, QStringLiteral("+/Get/*,.ZIP"), {}, true),
                 (QStringList{QStringLiteral("/Get/*"), QStringLiteral("zip")}));
        QCOMPARE(AnalyticsSettings::editList({}, QStringLiteral("/Get/*"), {}, false),
                 QStringList{QStringLiteral("/get/*")});
    }

    void storedInTheWorkspace()
    {
        const QString db = m_dir.filePath(QStringLiteral("stored.eventscope"));
        {
            Writer w;
            QVERIFY(w.open(db));
            const AnalyticsSettings fresh = w.analyticsSettings();
            QCOMPARE(fresh.classifier, ClassifierConfig());
            AnalyticsSettings s = fresh;
            s.classifier.staticExtensions = {};
            s.classifier.downloadExtensions = {QStringLiteral("zip"), QStringLiteral("/dl/*")};
            s.classifier.pageViewEventType = QStringLiteral("screen_view");
            QCOMPARE(w.setAnalyticsSettings(s), QString());
            w.close();
        }
        Writer w;
        QVERIFY(w.open(db));
        const ClassifierConfig c = w.analyticsSettings().classifier;
        QCOMPARE(c.staticExtensions, QStringList());
        QCOMPARE(c.downloadExtensions, (QStringList{QStringLiteral("zip"), QStringLiteral("/dl/*")}));
        QCOMPARE(c.pageViewEventType, QStringLiteral("screen_view"));
    }

    void importsFollowTheRules()
    {
        const QByteArray log = request("/index.html", 200) + request("/style.css", 200) +
                               request("/app.js", 200) + request("/get/tool", 200) +
                               request("/get/tool", 206) + request("/files/a.zip", 200) +
                               request("/files/b.pdf", 200);
        // Defaults: index.html and /get/tool (twice: a 206 of a page is still
        // a 2xx GET) are page views; the zip and the pdf are downloads.
        QCOMPARE(importWith(QStringLiteral("defaults"), ClassifierConfig(), log), qMakePair(3LL, 2LL));
        // JS is content, /get/* a download path, pdf no longer one: page views
        // index.html, app.js and b.pdf; downloads the complete /get/tool and
        // the zip.
        ClassifierConfig c;
        c.staticExtensions.removeAll(QStringLiteral("js"));
        c.downloadExtensions.removeAll(QStringLiteral("pdf"));
        c.downloadExtensions << QStringLiteral("/get/*");
        QCOMPARE(importWith(QStringLiteral("edited"), c, log), qMakePair(3LL, 2LL));
    }

    void extraCrawlers()
    {
        // A probe that no built-in rule knows: a person's page view until
        // its token is configured, then a bot (whose requests are no page views).
        const QByteArray log =
            request("/status", 200, "Mozilla/5.0 (X11; Linux x86_64) AcmeProbe/2.1") + request("/", 200);
        QCOMPARE(importWith(QStringLiteral("monitor-default"), ClassifierConfig(), log).first, 2LL);
        QCOMPARE(
            importWith(QStringLiteral("monitor-bot"), ClassifierConfig(), log, {QStringLiteral("acmeprobe")})
                .first,
            1LL);
        const QString db = m_dir.filePath(QStringLiteral("monitor-bot.eventscope"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(hits) FROM rollup_day WHERE grp = 0 AND bot = 1")),
                 1LL);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM rollup_day WHERE grp = 9 AND d1 = 3")), 1LL);
        QCOMPARE(AnalyticsSettings::editList({}, QStringLiteral("+AcmeProbe"), {}, true),
                 QStringList{QStringLiteral("acmeprobe")});
    }

    void pageViewEventType()
    {
        const QByteArray events =
            jsonEvent("page_view") + jsonEvent("screen_view") + jsonEvent("screen_view");
        QCOMPARE(importWith(QStringLiteral("ev-default"), ClassifierConfig(), events).first, 1LL);
        ClassifierConfig c;
        c.pageViewEventType = QStringLiteral("screen_view");
        QCOMPARE(importWith(QStringLiteral("ev-screen"), c, events).first, 2LL);
        c.pageViewEventType.clear();
        QCOMPARE(importWith(QStringLiteral("ev-none"), c, events).first, 0LL);
    }
};

QTEST_GUILESS_MAIN(TestClassifierSettings)
#include "tst_classifiersettings.moc"
