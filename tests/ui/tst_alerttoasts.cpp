// Alert notices without a workspace: toasts stack in the corner with the
// newest at the bottom and "+N more" for the rest, Esc and the buttons act
// on them, resolutions replace the fired notice in green and go by
// themselves, colours follow a dark palette; value texts per condition; the
// tray's badge and tooltip; the history model under QAbstractItemModelTester.

#include "../support/screenshots.h"
#include "alerts/alerthistorymodel.h"
#include "alerts/alerttoast.h"
#include "alerts/alerttray.h"
#include "alerts/toastmanager.h"
#include "settings/appearance.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace es;
using namespace es::ui;

namespace {

AlertEvent makeEvent(const QString &rule, AlertNotice notice, std::int64_t historyId, double value)
{
    AlertEvent e;
    e.ruleId = rule;
    e.ruleName = rule;
    e.severity = AlertSeverity::Warning;
    e.notice = notice;
    e.to = notice == AlertNotice::Resolved ? AlertState::Normal : AlertState::Firing;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.value = value;
    e.threshold = 1000;
    e.historyId = historyId;
    return e;
}

} // namespace

class TestAlertToasts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void toastStack()
    {
        QWidget host;
        host.resize(900, 700);
        auto *area = new QWidget(&host);
        area->setGeometry(0, 30, 900, 640);
        ToastManager toasts(&host, area);
        toasts.setResolvedTimeoutMs(50);
        host.show();
        for (int i = 1; i <= 6; ++i)
            toasts.showAlert(makeEvent(QStringLiteral("rule-%1").arg(i), AlertNotice::Fired, i, 1234.0 + i),
                             std::nullopt, "UTC");
        QCOMPARE(toasts.toasts().size(), 6);
        QCOMPARE(toasts.visibleToasts().size(), 4);
        QCOMPARE(toasts.hiddenCount(), 2);
        QVERIFY(toasts.moreButton()->isVisible());
        QCOMPARE(toasts.moreButton()->text(), QStringLiteral("+2 more"));
        const AlertToast *newest = toasts.toasts().front();
        QCOMPARE(newest->event().ruleId, QStringLiteral("rule-6"));
        QCOMPARE(newest->valueText(), QStringLiteral("value 1,240 above 1,000"));
        // The newest sits in the corner; older ones above it.
        QCOMPARE(newest->geometry().right(), 900 - 16 - 1);
        QCOMPARE(newest->geometry().bottom(), 30 + 640 - 16 - 1);
        QVERIFY(toasts.toasts().at(1)->geometry().bottom() < newest->geometry().top());
        QVERIFY(!toasts.toasts().at(4)->isVisible());
        QVERIFY(toasts.moreButton()->geometry().bottom() < toasts.toasts().at(3)->geometry().top());

        QVERIFY(host.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("alert-toast-stack.png"))));
        // Readable on a dark palette too: the bar takes the dark variant.
        applyAppearance(Appearance::Dark);
        QTRY_COMPARE(newest->barColor(), QColor(0xe3, 0xb3, 0x41));
        QVERIFY(host.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("alert-toast-dark.png"))));
        applyAppearance(Appearance::Light);
        QTRY_COMPARE(newest->barColor(), QColor(0xbf, 0x87, 0x00));

        // Esc dismisses; the next older one comes back into view.
        QTest::keyClick(toasts.toasts().front(), Qt::Key_Escape);
        QCOMPARE(toasts.toasts().size(), 5);
        QCOMPARE(toasts.hiddenCount(), 1);
        QVERIFY(toasts.toasts().at(3)->isVisible());

        // The resolution replaces the incident's notice, green, and goes by itself.
        const AlertEvent resolved = makeEvent(QStringLiteral("rule-5"), AlertNotice::Resolved, 5, 800);
        AlertToast *r = toasts.showAlert(resolved, std::nullopt, "UTC");
        QCOMPARE(toasts.toasts().size(), 5);
        QCOMPARE(r->barColor(), AlertToast::severityColor(AlertSeverity::Warning, true, r->palette()));
        QVERIFY(r->barColor() != AlertToast::severityColor(AlertSeverity::Warning, false, r->palette()));
        QVERIFY(!r->snoozeButton()->isVisible());
        QCOMPARE(r->valueText(), QStringLiteral("value 800, back at or below 1,000"));
        QTRY_COMPARE(toasts.toasts().size(), 4);
        QCOMPARE(toasts.hiddenCount(), 0);
        QVERIFY(!toasts.moreButton()->isVisible());

        // Buttons hand the event on; Snooze and Acknowledge close the notice.
        QSignalSpy snooze(&toasts, &ToastManager::snoozeRequested);
        QSignalSpy open(&toasts, &ToastManager::openRequested);
        AlertToast *first = toasts.toasts().front();
        first->openButton()->click();
        QCOMPARE(open.size(), 1);
        first->snoozeButton()->click();
        QCOMPARE(snooze.size(), 1);
        QCOMPARE(snooze.first().at(0).value<AlertEvent>().ruleId, QStringLiteral("rule-4"));
        QCOMPARE(toasts.toasts().size(), 3);
        toasts.toasts().front()->closeButton()->click();
        QCOMPARE(toasts.toasts().size(), 2);
    }

    void valueTexts()
    {
        AlertRule bytes;
        bytes.metric = MetricId::Bytes;
        bytes.condition.kind = AlertConditionKind::Below;
        AlertEvent e = makeEvent(QStringLiteral("b"), AlertNotice::Fired, 1, 1500);
        e.threshold = 2'000'000;
        QCOMPARE(AlertToast::describeValue(e, bytes), QStringLiteral("value 1.5 KB below 2.0 MB"));
        AlertRule drop;
        drop.condition.kind = AlertConditionKind::Change;
        drop.condition.unit = ChangeUnit::Percent;
        e.value = -35;
        e.threshold = -30;
        QCOMPARE(AlertToast::describeValue(e, drop), QStringLiteral("change −35 %, mark −30 %"));
        AlertRule quiet;
        quiet.metric = MetricId::PageViews;
        quiet.condition.kind = AlertConditionKind::NoData;
        quiet.condition.noDataMinutes = 15;
        e.value = 0;
        e.threshold = 15;
        QCOMPARE(AlertToast::describeValue(e, quiet), QStringLiteral("Page views: none for 15 min"));
    }

    void trayBadge()
    {
        QWidget window;
        AlertTray tray(&window);
        QCOMPARE(tray.toolTip(), QStringLiteral("Eventscope — no alerts firing"));
        tray.setFiringCount(2);
        QCOMPARE(tray.toolTip(), QStringLiteral("Eventscope — firing alerts: 2"));
        const QImage badge = tray.icon().pixmap(QSize(32, 32)).toImage();
        QCOMPARE(badge.pixelColor(25, 7).rgb(), QColor(0xe5, 0x39, 0x35).rgb());
        tray.setFiringCount(0);
        QVERIFY(tray.icon().pixmap(QSize(32, 32)).toImage().pixelColor(25, 7).rgb() !=
                QColor(0xe5, 0x39, 0x35).rgb());
        QVERIFY(tray.windowInBackground()); // never shown
    }

    void historyModelAlone()
    {
        AlertHistoryModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertRule r;
        r.id = QStringLiteral("checkout-burst");
        r.name = QStringLiteral("Checkout burst");
        r.metric = MetricId::Hits;
        m.setRules({r});
        AlertHistoryEntry a;
        a.id = 7;
        a.ruleId = r.id;
        a.ruleName = r.name;
        a.severity = AlertSeverity::Critical;
        a.firedMs = 1'700'000'000'000;
        a.value = 1234;
        a.threshold = 1000;
        AlertHistoryEntry b = a;
        b.id = 8;
        b.historical = true;
        b.resolvedMs = a.firedMs + 3'600'000;
        b.ackedBy = QStringLiteral("ops");
        b.ackedMs = b.resolvedMs;
        m.setTimeZone("UTC");
        m.setEntries({a, b});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, AlertHistoryModel::Value).data().toString(), QStringLiteral("1,234"));
        QCOMPARE(m.index(0, AlertHistoryModel::Resolved).data().toString(), QStringLiteral("Open"));
        QCOMPARE(m.index(1, AlertHistoryModel::Source).data().toString(), QStringLiteral("Historical"));
        QCOMPARE(m.index(1, AlertHistoryModel::Acknowledged).data().toString(),
                 QStringLiteral("ops, ") + AlertToast::describeTime(b.ackedMs, "UTC"));
        QCOMPARE(m.rowOf(8), 1);
        m.setEntries({});
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_MAIN(TestAlertToasts)
#include "tst_alerttoasts.moc"
