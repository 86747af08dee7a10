// Alerts on the demo workspace, as a new user meets them: the window builds
// the demo, its example rules appear; the rule editor of "Download spike"
// draws the backtest of the demo's last days; a rule set just below the
// traffic of the last hour fires and its toast shows the value the engine
// measured. With ES_SCREENSHOT_DIR set, the editor and the toast are saved
// (docs/images/alert-rule-editor.png and alert-toast.png).

#include "../support/screenshots.h"
#include "alerts/alertactions.h"
#include "alerts/alertscontroller.h"
#include "alerts/alerttoast.h"
#include "alerts/backtestchart.h"
#include "alerts/ruleeditordialog.h"
#include "alerts/toastmanager.h"
#include "core/localization.h"
#include "mainwindow/mainwindow.h"
#include "store/workspacedb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace es;
using namespace es::ui;

namespace {

AlertEngineSettings quietEngine()
{
    AlertEngineSettings s;
    s.tickMs = 24 * 3600'000;
    s.commitDelayMs = 50;
    return s;
}

} // namespace

class TestAlertsDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        // What the application loads for English: plural forms.
        es::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void editorAndToastOnTheDemo()
    {
        const QString demo = WorkspaceDb::demoPath();
        QDir().mkpath(QFileInfo(demo).absolutePath());
        QFile::remove(demo);

        MainWindow w;
        AlertsController *alerts = w.alertActions()->controller();
        alerts->setEngineSettings(quietEngine());
        w.resize(1280, 800);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(demo);
        QVERIFY(ready.wait(240000));
        QTRY_VERIFY_WITH_TIMEOUT(alerts->isOpen(), 10000);
        QStringList names;
        for (const AlertRuleStatus &s : alerts->rules())
            names << s.rule.id;
        QCOMPARE(names, QStringList({QStringLiteral("downloads-spike"), QStringLiteral("page-views-low"),
                                     QStringLiteral("page-views-drop")}));

        // The editor of an example rule, with the backtest of the demo's days.
        {
            const AlertRule spike = *alerts->rule(QStringLiteral("downloads-spike"));
            RuleEditorDialog editor(spike, alerts->workspace().service, alerts->workspace().paramKeys, &w);
            editor.setWindowTitle(tr("Edit Alert Rule"));
            QSignalSpy updated(&editor, &RuleEditorDialog::previewUpdated);
            editor.resize(1180, 760);
            editor.show();
            QVERIFY(QTest::qWaitFor([&] { return !updated.isEmpty(); }, 60000));
            QVERIFY(!editor.preview()->caption().isEmpty());
            QCOMPARE(editor.result(), spike); // opening changes nothing
            QVERIFY(
                editor.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("alert-rule-editor.png"))));
        }

        // A rule that reads the hits of the last hour: first too high to
        // fire, to learn the demo's value, then set below it.
        AlertRule busy;
        busy.name = QStringLiteral("Busy hour");
        busy.metric = MetricId::Hits;
        busy.window = {AlertWindowKind::Trailing, 60};
        busy.intervalMinutes = 1;
        busy.condition.kind = AlertConditionKind::Above;
        busy.condition.high = 1e9;
        busy.severity = AlertSeverity::Warning;
        QSignalSpy saved(alerts, &AlertsController::ruleSaved);
        alerts->saveRule(busy);
        QVERIFY(saved.wait(10000));
        busy = saved.first().at(0).value<AlertRule>();
        alerts->dataCommitted();
        double value = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                // States change without events; ask for them.
                alerts->refreshRules();
                QTest::qWait(100);
                for (const AlertRuleStatus &s : alerts->rules()) {
                    if (s.rule.id == busy.id && s.state.lastValue)
                        value = *s.state.lastValue;
                }
                return value > 0;
            },
            30000));

        QSignalSpy raised(alerts, &AlertsController::alertRaised);
        busy.condition.high = std::floor(value * 0.8 / 100) * 100;
        alerts->saveRule(busy);
        QVERIFY(saved.wait(10000));
        alerts->dataCommitted();
        QTRY_COMPARE_WITH_TIMEOUT(w.alertActions()->toasts()->toasts().size(), 1, 90000);
        QCOMPARE(raised.size(), 1);
        const AlertEvent fired = raised.first().at(0).value<AlertEvent>();
        QCOMPARE(fired.ruleId, busy.id);
        QVERIFY(fired.value && *fired.value > busy.condition.high);
        AlertToast *toast = w.alertActions()->toasts()->toasts().front();
        QCOMPARE(toast->titleText(), QStringLiteral("Busy hour"));
        QCOMPARE(toast->valueText(), QStringLiteral("value %1 above %2")
                                         .arg(QLocale().toString(*fired.value, 'f', 0),
                                              QLocale().toString(busy.condition.high, 'f', 0)));
        QVERIFY(w.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("alert-toast.png"))));
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestAlertsDemo)
#include "tst_alertsdemo.moc"
