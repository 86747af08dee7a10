// View → Local API Server… starts the real "eventscope serve" for the open
// workspace, shows the address it listens on, answers HTTP there, stops on
// request, and shows why when it cannot start (another address than
// loopback without a token).

#include "../support/screenshots.h"
#include "reports/reportexportjob.h"
#include "store/workspacedb.h"
#include "workbench/apiserverdialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ui;

class TestApiServerDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ReportExportJob::setProgram(QStringLiteral(ES_BINARY_PATH));
        m_db = m_dir.filePath(QStringLiteral("api.eventscope"));
        WorkspaceDb db;
        QVERIFY(db.open(m_db));
    }

    void startsServesAndStops()
    {
        ApiServerDialog dlg;
        dlg.show();
        dlg.setWorkspace(m_db);
        QCOMPARE(dlg.statusLabel()->text(), QStringLiteral("Not running."));
        dlg.listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
        QSignalSpy address(&dlg, &ApiServerDialog::addressChanged);
        dlg.start();
        QVERIFY(address.wait(30000));
        const QString url = address.first().at(0).toString();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        QVERIFY(dlg.statusLabel()->text().contains(url));
        QVERIFY(dlg.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("api-server.png"))));

        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(QUrl(url + QStringLiteral("/api/v1/health"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
        reply->deleteLater();

        address.clear();
        dlg.stop();
        QVERIFY(address.wait(10000));
        QCOMPARE(address.first().at(0).toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning(), 10000);
        QCOMPARE(dlg.statusLabel()->text(), QStringLiteral("Not running."));
        QCOMPARE(QSettings().value(QStringLiteral("api/listen")).toString(), QStringLiteral("127.0.0.1:0"));
    }

    void saysWhyItCannotStart()
    {
        ApiServerDialog dlg;
        dlg.setWorkspace(m_db);
        dlg.listenEdit()->setText(QStringLiteral("0.0.0.0:0"));
        dlg.start();
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(dlg.statusLabel()->text().contains(QStringLiteral("token")), 5000);
        QVERIFY(dlg.address().isEmpty());
    }
};

QTEST_MAIN(TestApiServerDialog)
#include "tst_apiserverdialog.moc"
