// The schema browser's descriptions cover the whole workspace schema: every
// table and view and every column of a new workspace has one, so a column
// added by a migration cannot go undescribed.

#include "store/readonlysql.h"
#include "store/schemadoc.h"
#include "store/workspacedb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace es;

class TestSchemaDoc : public QObject
{
    Q_OBJECT

private slots:
    void everyTableAndColumnIsDescribed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("w.eventscope"));
        {
            WorkspaceDb db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
        }
        ReadOnlySql sql;
        QVERIFY(sql.open(path));
        QList<std::pair<QString, QString>> columns;
        QStringList tables;
        QVERIFY(
            sql.run(QStringLiteral("SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
                                   "WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' "
                                   "ORDER BY m.name, p.cid"),
                    nullptr, [&](const QVariantList &row) {
                        columns.append({row[0].toString(), row[1].toString()});
                        if (!tables.contains(row[0].toString()))
                            tables << row[0].toString();
                        return true;
                    }));
        QVERIFY(tables.size() >= 25);
        QVERIFY(tables.contains(QStringLiteral("traffic_by_day")));
        QStringList missing;
        for (const QString &t : std::as_const(tables))
            if (schemadoc::table(t).isEmpty())
                missing << t;
        for (const auto &[t, c] : std::as_const(columns))
            if (schemadoc::column(t, c).isEmpty())
                missing << t + QLatin1Char('.') + c;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void specificBeforeGeneric()
    {
        QCOMPARE(schemadoc::column(QStringLiteral("traffic_by_day"), QStringLiteral("hits")),
                 QStringLiteral("Records counted: requests and events"));
        QCOMPARE(schemadoc::column(QStringLiteral("hits_by_site_day"), QStringLiteral("hits")),
                 QStringLiteral("Records of the site: requests and events"));
        QCOMPARE(schemadoc::column(QStringLiteral("sources"), QStringLiteral("kind")),
                 QStringLiteral("file or kafka"));
        QVERIFY(
            schemadoc::column(QStringLiteral("traffic_by_day"), QStringLiteral("no_such_column")).isEmpty());
        QVERIFY(schemadoc::table(QStringLiteral("no_such_table")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchemaDoc)
#include "tst_schemadoc.moc"
