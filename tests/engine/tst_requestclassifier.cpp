// Page views, downloads and referrer domains (docs/METRICS.md).

#include "enrich/requestclassifier.h"

#include <QTest>

using namespace es;

namespace {

Record request(const char *method, const char *path, int status)
{
    Record r;
    r.kind = RecordKind::Request;
    r.method = method;
    r.path = path;
    r.status = status;
    return r;
}

} // namespace

class TestRequestClassifier : public QObject
{
    Q_OBJECT

private slots:
    void pageViews_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("bot");
        QTest::addColumn<bool>("expected");
        QTest::newRow("page") << "GET"
                              << "/docs/intro" << 200 << false << true;
        QTest::newRow("root") << "GET"
                              << "/" << 200 << false << true;
        QTest::newRow("html") << "GET"
                              << "/index.html" << 200 << false << true;
        QTest::newRow("php") << "GET"
                             << "/index.php" << 200 << false << true;
        QTest::newRow("not modified") << "GET"
                                      << "/docs/intro" << 304 << false << true;
        QTest::newRow("no content") << "GET"
                                    << "/docs/intro" << 204 << false << true;
        QTest::newRow("redirect") << "GET"
                                  << "/old" << 301 << false << false;
        QTest::newRow("not found") << "GET"
                                   << "/missing" << 404 << false << false;
        QTest::newRow("error") << "GET"
                               << "/docs/intro" << 500 << false << false;
        QTest::newRow("post") << "POST"
                              << "/login" << 200 << false << false;
        QTest::newRow("head") << "HEAD"
                              << "/docs/intro" << 200 << false << false;
        QTest::newRow("bot") << "GET"
                             << "/docs/intro" << 200 << true << false;
        QTest::newRow("css") << "GET"
                             << "/static/site.css" << 200 << false << false;
        QTest::newRow("js upper") << "GET"
                                  << "/static/APP.JS" << 200 << false << false;
        QTest::newRow("font") << "GET"
                              << "/f/inter.woff2" << 200 << false << false;
        QTest::newRow("favicon") << "GET"
                                 << "/favicon.ico" << 200 << false << false;
        QTest::newRow("source map") << "GET"
                                    << "/app.js.map" << 200 << false << false;
        QTest::newRow("download") << "GET"
                                  << "/get/setup.exe" << 200 << false << false;
        QTest::newRow("dot in directory") << "GET"
                                          << "/v1.2/docs" << 200 << false << true;
        QTest::newRow("hidden file") << "GET"
                                     << "/.well-known" << 200 << false << true;
    }
    void pageViews()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(bool, bot);
        QFETCH(bool, expected);
        const QByteArray m = method.toLatin1();
        const QByteArray p = path.toLatin1();
        const RequestClassifier c;
        QCOMPARE(c.isPageView(request(m.constData(), p.constData(), status), bot), expected);
        QCOMPARE(c.classify(request(m.constData(), p.constData(), status), bot).pageView, expected);
    }

    void pageViewEvents()
    {
        const RequestClassifier c;
        Record e;
        e.kind = RecordKind::Event;
        e.eventType = "page_view";
        QVERIFY(c.isPageView(e, false));
        e.eventType = "click";
        QVERIFY(!c.isPageView(e, false));
        ClassifierConfig config;
        config.pageViewEventType = QStringLiteral("screen");
        const RequestClassifier custom(config);
        e.eventType = "screen";
        QVERIFY(custom.isPageView(e, false));
    }

    void downloads_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("expected");
        QTest::newRow("zip") << "GET"
                             << "/files/a.zip" << 200 << true;
        QTest::newRow("tar.gz") << "GET"
                                << "/files/eventscope-1.0.tar.gz" << 200 << true;
        QTest::newRow("upper") << "GET"
                               << "/files/SETUP.EXE" << 200 << true;
        QTest::newRow("deb") << "GET"
                             << "/pool/e/eventscope_1.0_amd64.deb" << 200 << true;
        QTest::newRow("partial content") << "GET"
                                         << "/files/big.iso" << 206 << false;
        QTest::newRow("not modified") << "GET"
                                      << "/files/a.zip" << 304 << false;
        QTest::newRow("not found") << "GET"
                                   << "/files/a.zip" << 404 << false;
        QTest::newRow("head") << "HEAD"
                              << "/files/a.zip" << 200 << false;
        QTest::newRow("page") << "GET"
                              << "/files/" << 200 << false;
        QTest::newRow("zip in directory name") << "GET"
                                               << "/a.zip/readme" << 200 << false;
        QTest::newRow("tar alone is not tar.gz") << "GET"
                                                 << "/files/a.tar" << 200 << false;
    }
    void downloads()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(bool, expected);
        const QByteArray m = method.toLatin1();
        const QByteArray p = path.toLatin1();
        const RequestClassifier c;
        QCOMPARE(c.isDownload(request(m.constData(), p.constData(), status)), expected);
        QCOMPARE(c.classify(request(m.constData(), p.constData(), status), false).download, expected);
    }

    void configuredExtensions()
    {
        ClassifierConfig config;
        config.downloadExtensions = {QStringLiteral(".Tar.Zst"), QStringLiteral("wasm")};
        config.staticExtensions = {QStringLiteral("css")};
        const RequestClassifier c(config);
        QVERIFY(c.isDownload(request("GET", "/x/pkg.tar.zst", 200)));
        QVERIFY(c.isDownload(request("GET", "/x/app.wasm", 200)));
        QVERIFY(!c.isDownload(request("GET", "/x/a.zip", 200)));
        QVERIFY(c.isStaticAsset("/a.css"));
        QVERIFY(!c.isStaticAsset("/a.js"));
        QVERIFY(c.isPageView(request("GET", "/a.js", 200), false));
    }

    void globs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("star suffix") << "/downloads/*"
                                     << "/downloads/a/b.bin" << true;
        QTest::newRow("star needs the prefix") << "/downloads/*"
                                               << "/download/a" << false;
        QTest::newRow("empty star") << "/downloads/*"
                                    << "/downloads/" << true;
        QTest::newRow("question mark") << "/v?/setup"
                                       << "/v2/setup" << true;
        QTest::newRow("question mark is one character") << "/v?/setup"
                                                        << "/v10/setup" << false;
        QTest::newRow("two stars") << "*/release-*.bin"
                                   << "/a/b/release-1.2.bin" << true;
        QTest::newRow("backtracking") << "*a*b"
                                      << "xaxxbxab" << true;
        QTest::newRow("backtracking fails") << "*a*b"
                                            << "xaxxbxa" << false;
        QTest::newRow("case-sensitive") << "/Downloads/*"
                                        << "/downloads/x" << false;
        QTest::newRow("whole path") << "/get"
                                    << "/get/more" << false;
    }

    void globs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(RequestClassifier::globMatch(pattern.toStdString(), text.toStdString()), match);
    }

    void downloadPatterns()
    {
        ClassifierConfig config;
        config.downloadExtensions = {QStringLiteral("zip"), QStringLiteral("/get/*"),
                                     QStringLiteral("*/installer")};
        const RequestClassifier c(config);
        QVERIFY(c.isDownload(request("GET", "/get/app", 200)));
        QVERIFY(c.isDownload(request("GET", "/v3/installer", 200)));
        QVERIFY(c.isDownload(request("GET", "/a.ZIP", 200)));
        QVERIFY(!c.isDownload(request("GET", "/get", 200)));
        QVERIFY(!c.isDownload(request("GET", "/get/app", 206))); // a part is not a download
        // A download path is never a page view, even when it is not a download.
        QVERIFY(!c.isPageView(request("GET", "/get/app", 304), false));
        QVERIFY(c.isPageView(request("GET", "/getting-started", 200), false));
    }

    void referrerDomains_data()
    {
        QTest::addColumn<QString>("referrer");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << "https://example.org/page?q=1"
                               << "example.org";
        QTest::newRow("www") << "https://www.Example.ORG/"
                             << "example.org";
        QTest::newRow("port") << "http://news.example.com:8080/a"
                              << "news.example.com";
        QTest::newRow("no path") << "https://duckduckgo.com"
                                 << "duckduckgo.com";
        QTest::newRow("query right after host") << "https://t.co?x=1"
                                                << "t.co";
        QTest::newRow("credentials") << "ftp://user:pw@files.example.net/x"
                                     << "files.example.net";
        QTest::newRow("ipv6") << "http://[2001:db8::1]:80/x"
                              << "[2001:db8::1]";
        QTest::newRow("app") << "android-app://com.google.android.gm/"
                             << "com.google.android.gm";
        QTest::newRow("trailing dot") << "https://example.org./"
                                      << "example.org";
        QTest::newRow("direct") << "-"
                                << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("no scheme") << "example.org/page"
                                   << "";
        QTest::newRow("www only") << "https://www./"
                                  << "www";
    }
    void referrerDomains()
    {
        QFETCH(QString, referrer);
        QFETCH(QString, domain);
        const QByteArray r = referrer.toUtf8();
        std::string storage;
        const std::string_view d =
            RequestClassifier::referrerDomain(std::string_view(r.constData(), r.size()), storage);
        QCOMPARE(QString::fromUtf8(d.data(), qsizetype(d.size())), domain);
    }
};

QTEST_GUILESS_MAIN(TestRequestClassifier)
#include "tst_requestclassifier.moc"
