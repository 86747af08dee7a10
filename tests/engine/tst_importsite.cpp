// The site of an import (ImportOptions::site) goes to the records whose
// lines name no site of their own and is stored as the source's site; lines
// that carry a virtual host keep it. Searches over raw events see the same
// sites as the rollups.

#include "ingest/fileimporter.h"
#include "store/schema.h"
#include "store/writer.h"
#include "workspacetestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

// Hits per site in the day rollup, "site=hits" sorted by site.
QStringList siteHits(const QString &db)
{
    QStringList out;
    ReadOnlySql sql;
    if (sql.open(db))
        sql.run(QStringLiteral("SELECT d.value, sum(r.hits) FROM rollup_day r JOIN dict d ON d.id = r.d1 "
                               "WHERE r.grp = %1 GROUP BY d.value ORDER BY d.value")
                    .arg(schema::GroupSite),
                nullptr, [&](const QVariantList &r) {
                    out << r[0].toString() + QLatin1Char('=') + r[1].toString();
                    return true;
                });
    return out;
}

QString sourceSite(const QString &db)
{
    QString site = QStringLiteral("<none>");
    ReadOnlySql sql;
    if (sql.open(db))
        sql.run(QStringLiteral("SELECT site FROM sources WHERE kind = 'file'"), nullptr,
                [&](const QVariantList &r) {
                    site = r[0].toString();
                    return false;
                });
    return site;
}

} // namespace

class TestImportSite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;

    FileImportResult importInto(const QString &db, const QString &site)
    {
        Writer w;
        if (!w.open(db))
            return {};
        ImportOptions options;
        options.format = QStringLiteral("combined");
        options.site = site;
        FileImporter imp(w, options);
        FileImportResult r = imp.importFile(m_log);
        w.close();
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Three plain combined lines and one that names its virtual host.
        const QByteArray text =
            "10.0.0.1 - - [17/May/2015:10:05:03 +0000] \"GET /a HTTP/1.1\" 200 10 \"-\" \"curl/8.0\"\n"
            "10.0.0.2 - - [17/May/2015:10:06:03 +0000] \"GET /b HTTP/1.1\" 200 20 \"-\" \"curl/8.0\"\n"
            "blog.example.org 10.0.0.3 - - [17/May/2015:10:07:03 +0000] \"GET /c HTTP/1.1\" 404 5 \"-\" "
            "\"curl/8.0\"\n"
            "10.0.0.4 - - [17/May/2015:10:08:03 +0000] \"GET /d HTTP/1.1\" 200 30 \"-\" \"curl/8.0\"\n";
        m_log = m_dir.filePath(QStringLiteral("access.log"));
        QFile f(m_log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(text), text.size());
    }

    void siteFillsRecordsWithoutOne()
    {
        const QString db = m_dir.filePath(QStringLiteral("site.eventscope"));
        const FileImportResult r = importInto(db, QStringLiteral(" shop.example.com "));
        QCOMPARE(r.error, QString());
        QCOMPARE(r.records, 4);
        QCOMPARE(siteHits(db),
                 (QStringList{QStringLiteral("blog.example.org=1"), QStringLiteral("shop.example.com=3")}));
        QCOMPARE(sourceSite(db), QStringLiteral("shop.example.com"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT sum(hits) FROM rollup_day WHERE grp = 0")), 4);
    }

    void withoutSiteOnlyTheVhostLineHasOne()
    {
        const QString db = m_dir.filePath(QStringLiteral("nosite.eventscope"));
        const FileImportResult r = importInto(db, QString());
        QCOMPARE(r.error, QString());
        QCOMPARE(r.records, 4);
        QCOMPARE(siteHits(db), QStringList{QStringLiteral("blog.example.org=1")});
        QCOMPARE(sourceSite(db), QString());
    }
};

QTEST_GUILESS_MAIN(TestImportSite)
#include "tst_importsite.moc"
