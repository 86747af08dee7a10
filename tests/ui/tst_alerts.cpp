// Alerts in the desktop application, on real workspaces filled through the
// import pipeline: a live burst of hits raises a toast that names the rule
// and the count, Acknowledge marks the incident in the history and Open
// shows the window the rule read with its filter; old logs add historical
// incidents and raise nothing; the manager lists, filters, switches and
// deletes rules and acknowledges and exports the history, its models under
// QAbstractItemModelTester; the demo workspace starts with the example
// rules; closing the window stops the engine's thread.

#include "../support/screenshots.h"
#include "alertdeliverysupport.h"
#include "alerts/alertactions.h"
#include "alerts/alertdispatcher.h"
#include "alerts/alerthistorymodel.h"
#include "alerts/alertrulesmodel.h"
#include "alerts/alertscontroller.h"
#include "alerts/alertsdialog.h"
#include "alerts/alerttoast.h"
#include "alerts/alerttray.h"
#include "alerts/channelsdialog.h"
#include "alerts/ruleeditordialog.h"
#include "alerts/toastmanager.h"
#include "dashboard/dashboardpage.h"
#include "ingest/fileimporter.h"
#include "mainwindow/mainwindow.h"
#include "query/queryservice.h"
#include "settings/preferences.h"
#include "sources/sourcecontroller.h"
#include "store/workspacedb.h"
#include "store/writer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

using namespace es;
using namespace es::ui;

namespace {

// One hit per instant: a browser fetching `path` (a person, not a bot).
QByteArray hits(const QString &path, const QList<qint64> &secs)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QByteArray out;
    int n = 0;
    for (const qint64 s : secs) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
        out += QStringLiteral("10.1.0.%1 - - [%2/%3/%4:%5 +0000] \"GET %6 HTTP/1.1\" 200 512 \"-\" "
                              "\"Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\"\n")
                   .arg(++n % 250)
                   .arg(t.date().day(), 2, 10, QLatin1Char('0'))
                   .arg(QLatin1String(kMonths[t.date().month() - 1]))
                   .arg(t.date().year())
                   .arg(t.time().toString(QStringLiteral("HH:mm:ss")), path)
                   .toLatin1();
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Imports as the command line does: the workspace's writer, on this thread.
bool importDirectly(const QString &db, const QString &file)
{
    Writer w;
    if (!w.open(db))
        return false;
    ImportOptions opt;
    opt.format = QStringLiteral("combined");
    FileImporter importer(w, opt);
    const bool ok = importer.importFile(file).status == FileImportResult::Status::Imported;
    w.close();
    return ok;
}

bool importThroughWindow(MainWindow &w, const QString &file)
{
    QSignalSpy finished(w.sources(), &SourceController::importFinished);
    ImportOptions opt;
    opt.format = QStringLiteral("combined");
    if (!w.sources()->importFiles({file}, opt))
        return false;
    return (!finished.isEmpty() || finished.wait(60000)) && finished.first().at(1).toBool();
}

AlertEngineSettings quietEngine()
{
    // Commits are answered quickly and the clock tick stays out of the way,
    // so every evaluation in these tests follows a commit.
    AlertEngineSettings s;
    s.tickMs = 24 * 3600'000;
    s.commitDelayMs = 50;
    return s;
}

WorkspaceInfo workspaceInfo(const QString &path)
{
    WorkspaceInfo info;
    info.path = path;
    info.service = std::make_shared<QueryService>();
    info.ok = info.service->open(path);
    info.timeZone = info.service->workspaceTimeZone();
    info.paramKeys = info.service->paramKeys();
    return info;
}

AlertRule checkoutRule()
{
    AlertRule r;
    r.name = QStringLiteral("Checkout burst");
    r.metric = MetricId::Hits;
    r.filters = {AlertFilter{QStringLiteral("url"), {QStringLiteral("/checkout")}}};
    r.window = AlertWindow{AlertWindowKind::Trailing, 60};
    r.intervalMinutes = 1;
    r.condition.kind = AlertConditionKind::Above;
    r.condition.high = 5;
    r.severity = AlertSeverity::Critical;
    return r;
}

QList<AlertHistoryEntry> loadHistory(AlertsController *c, const AlertHistoryFilter &f = {})
{
    QSignalSpy loaded(c, &AlertsController::historyLoaded);
    const int request = c->loadHistory(f);
    if (!loaded.wait(10000) || loaded.first().at(0).toInt() != request)
        return {};
    return loaded.first().at(1).value<QList<AlertHistoryEntry>>();
}

template<class T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    AlertEvent m_fired;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("shop.eventscope"));
    }

    void liveBurstRaisesToast()
    {
        // Traffic of the last hour, so the workspace receives live data.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        {
            WorkspaceDb db;
            QVERIFY(db.open(m_db));
        }
        const QString first = m_dir.filePath(QStringLiteral("first.log"));
        QVERIFY(writeFile(first,
                          hits(QStringLiteral("/checkout"), {now - 40 * 60, now - 35 * 60, now - 30 * 60}) +
                              hits(QStringLiteral("/home"), {now - 38 * 60, now - 33 * 60})));
        QVERIFY(importDirectly(m_db, first));

        MainWindow w;
        AlertsController *alerts = w.alertActions()->controller();
        alerts->setEngineSettings(quietEngine());
        w.resize(1280, 800);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        QSignalSpy statuses(w.alertActions(), &AlertActions::statusMessage);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(alerts->isOpen(), 10000);
        QVERIFY(w.alertActions()->manageAction()->isEnabled());
        QCOMPARE(w.alertActions()->manageAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));

        // Notification channels, set up in their dialog: a webhook on a
        // local server, and a Slack-style one nobody listens on.
        alertdelivery::HttpSink hook;
        QVERIFY(hook.listen());
        w.alertActions()->channelsAction()->trigger();
        ChannelsDialog *channels = w.alertActions()->channelsDialog();
        QVERIFY(channels && channels->isVisible());
        channels->addChannel(ChannelKind::Webhook);
        typeInto(child<QLineEdit>(channels, "channelName"), QStringLiteral("Ops hook"));
        typeInto(child<QLineEdit>(channels, "channelUrl"), hook.url(QStringLiteral("/alerts")).toString());
        channels->addChannel(ChannelKind::Slack);
        typeInto(child<QLineEdit>(channels, "channelName"), QStringLiteral("Dead chat"));
        typeInto(child<QLineEdit>(channels, "channelUrl"),
                 QStringLiteral("http://127.0.0.1:%1/x").arg(alertdelivery::closedPort()));
        child<QSpinBox>(channels, "channelRetries")->setValue(0);
        QSignalSpy channelsSaved(alerts, &AlertsController::channelsChanged);
        QTest::mouseClick(channels->okButton(), Qt::LeftButton);
        QVERIFY(channelsSaved.wait(10000));
        QCOMPARE(alerts->channels().size(), 2);
        QCOMPARE(w.alertActions()->dispatcher()->enabledCount(), 2);

        // The rule, made in the rule editor from Manage Alerts → New….
        QSignalSpy saved(alerts, &AlertsController::ruleSaved);
        QSignalSpy raised(alerts, &AlertsController::alertRaised);
        w.alertActions()->manageAction()->trigger();
        AlertsDialog *manager = w.alertActions()->dialog();
        QVERIFY(manager && manager->isVisible());
        bool filled = false;
        QTimer::singleShot(0, manager, [manager, &filled] {
            auto *editor = manager->findChild<RuleEditorDialog *>();
            if (!editor)
                return;
            typeInto(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Checkout burst"));
            auto *metric = child<QComboBox>(editor, "metricCombo");
            metric->setCurrentIndex(metric->findData(int(MetricId::Hits)));
            QTest::mouseClick(child<QToolButton>(editor, "addFilterButton"), Qt::LeftButton);
            typeInto(child<QLineEdit>(editor, "filterValuesEdit"), QStringLiteral("/checkout"));
            child<QSpinBox>(editor, "windowSpin")->setValue(60);
            auto *windowUnit = child<QComboBox>(editor, "windowUnitCombo");
            windowUnit->setCurrentIndex(windowUnit->findData(1));
            child<QSpinBox>(editor, "windowSpin")->setValue(60);
            auto *intervalUnit = child<QComboBox>(editor, "intervalUnitCombo");
            intervalUnit->setCurrentIndex(intervalUnit->findData(1));
            child<QSpinBox>(editor, "intervalSpin")->setValue(1);
            auto *high = child<QDoubleSpinBox>(editor, "highSpin");
            high->setFocus();
            high->selectAll();
            QTest::keyClicks(high, QStringLiteral("5"));
            auto *severity = child<QComboBox>(editor, "severityCombo");
            severity->setCurrentIndex(severity->findText(QStringLiteral("Critical")));
            filled = true;
            QTest::mouseClick(child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(manager, "newRule"), Qt::LeftButton);
        QVERIFY(filled);
        QVERIFY(saved.wait(10000));
        const AlertRule made = saved.first().at(0).value<AlertRule>();
        const QString ruleId = made.id;
        QCOMPARE(ruleId, QStringLiteral("checkout-burst"));
        AlertRule expected = checkoutRule();
        expected.id = ruleId;
        QCOMPARE(AlertRules::toJson(made), AlertRules::toJson(expected));
        manager->close();

        // A burst in the minutes before now: 9 more hits of /checkout and 4
        // of another page, which the rule's filter leaves out.
        const QString burst = m_dir.filePath(QStringLiteral("burst.log"));
        QList<qint64> checkout, home;
        for (int i = 0; i < 9; ++i)
            checkout << now - 5 * 60 + i * 20;
        for (int i = 0; i < 4; ++i)
            home << now - 4 * 60 + i * 15;
        QVERIFY(writeFile(burst,
                          hits(QStringLiteral("/checkout"), checkout) + hits(QStringLiteral("/home"), home)));
        QVERIFY(importThroughWindow(w, burst));

        ToastManager *toasts = w.alertActions()->toasts();
        QTRY_COMPARE_WITH_TIMEOUT(toasts->toasts().size(), 1, 15000);
        QCOMPARE(raised.size(), 1);
        m_fired = raised.first().at(0).value<AlertEvent>();
        QCOMPARE(m_fired.ruleId, ruleId);
        QCOMPARE(m_fired.notice, AlertNotice::Fired);
        QVERIFY(!m_fired.historical);
        QCOMPARE(m_fired.value, std::optional<double>(12));
        AlertToast *toast = toasts->toasts().front();
        QVERIFY(toast->isVisible());
        QCOMPARE(toast->titleText(), QStringLiteral("Checkout burst"));
        QCOMPARE(toast->valueText(), QStringLiteral("value 12 above 5"));
        QVERIFY2(toast->timeText().startsWith(QStringLiteral("Critical · ")), qPrintable(toast->timeText()));
        QCOMPARE(alerts->firingCount(), 1);
        QCOMPARE(w.alertActions()->tray()->toolTip(), QStringLiteral("Eventscope — firing alerts: 1"));

        // In the bottom-right corner of the dashboard area, inside the window.
        const QRect area(w.centralWidget()->mapTo(&w, QPoint(0, 0)), w.centralWidget()->size());
        QVERIFY(area.contains(toast->geometry()));
        QVERIFY(toast->geometry().right() > area.right() - 40);
        QVERIFY(toast->geometry().bottom() > area.bottom() - 40);
        const QImage shot = w.grab().toImage();
        const QPoint bar = toast->geometry().topLeft() + QPoint(2, toast->height() / 2);
        QCOMPARE(shot.pixelColor(bar * shot.devicePixelRatio()).rgb(), toast->barColor().rgb());
        QVERIFY(shot.save(es::test::screenshotPath(m_dir, QStringLiteral("alert-toast.png"))));

        // Open: the window the rule read, ending at the last whole minute
        // before the evaluation, with the rule's filter.
        DashboardPage *page = w.dashboardPage();
        QCOMPARE(m_fired.window.toSecs, m_fired.atMs / 60'000 * 60);
        QCOMPARE(m_fired.window.fromSecs, m_fired.window.toSecs - 3600);
        QTest::mouseClick(toast->openButton(), Qt::LeftButton);
        QCOMPARE(page->state().spec, RangeSpec::absolute(m_fired.window));
        QCOMPARE(page->state().filters.size(), size_t(1));
        QCOMPARE(page->state().filters.front().dimension, DimensionId::Url);
        QCOMPARE(page->state().filters.front().values, QStringList{QStringLiteral("/checkout")});
        QCOMPARE(toasts->toasts().size(), 1); // Open keeps the notice
        // Hits are on the Content dashboard (not on Overview, and Live keeps its own range).
        QCOMPARE(prefs::lastDashboard.get(), QStringLiteral("content"));

        // Acknowledge: the toast goes, the incident is acknowledged.
        QSignalSpy acked(alerts, &AlertsController::acknowledged);
        QTest::mouseClick(toast->acknowledgeButton(), Qt::LeftButton);
        QVERIFY(acked.wait(10000));
        QCOMPARE(acked.first().at(0).toLongLong(), m_fired.historyId);
        QCOMPARE(toasts->toasts().size(), 0);
        AlertHistoryFilter f;
        f.ruleId = ruleId;
        const QList<AlertHistoryEntry> history = loadHistory(alerts, f);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.front().id, m_fired.historyId);
        QVERIFY(history.front().isAcknowledged());
        QVERIFY(!history.front().ackedBy.isEmpty());
        QVERIFY(!history.front().historical);
        QCOMPARE(history.front().value, std::optional<double>(12));
        AlertStore store;
        QVERIFY(store.open(m_db));
        // On screen, to the webhook, and a failed attempt on the dead
        // channel, which is kept and said in the status bar.
        QTRY_COMPARE_WITH_TIMEOUT(store.deliveries(m_fired.historyId).size(), size_t(3), 15000);
        QMap<QString, AlertDelivery> delivered;
        for (const AlertDelivery &d : store.deliveries(m_fired.historyId))
            delivered.insert(d.channel, d);
        QCOMPARE(delivered.keys(), QStringList({QStringLiteral("popup"), QStringLiteral("slack:dead-chat"),
                                                QStringLiteral("webhook:ops-hook")}));
        QVERIFY(delivered.value(QStringLiteral("popup")).ok);
        QVERIFY(delivered.value(QStringLiteral("webhook:ops-hook")).ok);
        QVERIFY(!delivered.value(QStringLiteral("slack:dead-chat")).ok);
        QVERIFY2(
            delivered.value(QStringLiteral("slack:dead-chat")).error.contains(QStringLiteral("127.0.0.1")),
            qPrintable(delivered.value(QStringLiteral("slack:dead-chat")).error));
        QCOMPARE(hook.requests.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(hook.requests.first().body).object();
        QCOMPARE(body.value(QLatin1String("ruleName")).toString(), QStringLiteral("Checkout burst"));
        QCOMPARE(body.value(QLatin1String("notice")).toString(), QStringLiteral("fired"));
        QCOMPARE(body.value(QLatin1String("value")).toDouble(), 12.0);
        QCOMPARE(body.value(QLatin1String("historyId")).toInteger(), m_fired.historyId);
        QCOMPARE(body.value(QLatin1String("workspace")).toString(), QStringLiteral("shop"));
        QVERIFY(std::any_of(statuses.begin(), statuses.end(), [](const QList<QVariant> &m) {
            return m.at(0).toString().startsWith(
                QStringLiteral("The alert “Checkout burst” could not be sent to “Dead chat”: "));
        }));
        AlertHistoryFilter withDeliveries;
        withDeliveries.ruleId = ruleId;
        withDeliveries.withDeliveries = true;
        const QList<AlertHistoryEntry> shown = loadHistory(alerts, withDeliveries);
        QCOMPARE(shown.size(), 1);
        AlertHistoryModel model;
        model.setEntries(shown);
        QCOMPARE(model.index(0, AlertHistoryModel::Delivery).data().toString(),
                 QStringLiteral("on screen ✓ · dead-chat failed · ops-hook ✓"));

        // Closing the window ends the engine's thread.
        auto *thread = alerts->findChild<QThread *>();
        QVERIFY(thread && thread->isRunning());
        QVERIFY(w.close());
        QVERIFY(!alerts->isOpen());
        QVERIFY(!alerts->findChild<QThread *>());
    }

    void historicalImportRaisesNothing()
    {
        QVERIFY(!m_fired.ruleId.isEmpty());
        // Three hours of old traffic with a burst of 10 hits in one minute.
        const qint64 now = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        const qint64 burstAt = now - 270 * 60;
        QList<qint64> old{now - 360 * 60, now - 300 * 60};
        for (int i = 0; i < 10; ++i)
            old << burstAt + i * 5;
        old << now - 180 * 60;
        const QString file = m_dir.filePath(QStringLiteral("old.log"));
        QVERIFY(writeFile(file, hits(QStringLiteral("/checkout"), old)));

        MainWindow w;
        AlertsController *alerts = w.alertActions()->controller();
        alerts->setEngineSettings(quietEngine());
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(alerts->isOpen(), 10000);
        QSignalSpy transitions(alerts, &AlertsController::transition);
        QSignalSpy raised(alerts, &AlertsController::alertRaised);
        QVERIFY(importThroughWindow(w, file));

        auto historicalFired = [&]() -> std::optional<AlertEvent> {
            for (const QList<QVariant> &args : transitions) {
                const AlertEvent e = args.at(0).value<AlertEvent>();
                if (e.historical && e.notice == AlertNotice::Fired)
                    return e;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(historicalFired().has_value(), 15000);
        const AlertEvent e = *historicalFired();
        QVERIFY(!e.shouldNotify());
        // The value is what the window held of what was written.
        int expected = 0;
        for (const qint64 s : old)
            expected += e.window.contains(s) ? 1 : 0;
        QVERIFY(e.window.contains(burstAt));
        QCOMPARE(e.value, std::optional<double>(expected));

        AlertHistoryFilter f;
        f.ruleId = m_fired.ruleId;
        const QList<AlertHistoryEntry> history = loadHistory(alerts, f);
        QCOMPARE(history.size(), 2);
        const AlertHistoryEntry &h = history.back(); // newest first: the old incident is last
        QCOMPARE(h.id, e.historyId);
        QVERIFY(h.historical);
        QCOMPARE(h.firedMs, e.atMs);
        QVERIFY(h.resolvedMs > h.firedMs); // the burst left the window within the data
        QVERIFY(!h.isAcknowledged());
        QCOMPARE(history.front().id, m_fired.historyId);
        // Answered after the evaluation's events: nothing was raised.
        QCOMPARE(raised.size(), 0);
        QCOMPARE(w.alertActions()->toasts()->toasts().size(), 0);

        // Manage Alerts… hands New… and Edit… to the rule editor and saves
        // what it returns; a cancelled editor saves nothing.
        QList<bool> asked;
        w.alertActions()->setRuleEditor(
            [&asked](const AlertRule &rule, bool isNew, QWidget *) -> std::optional<AlertRule> {
                asked << isNew;
                if (isNew)
                    return std::nullopt;
                AlertRule edited = rule;
                edited.intervalMinutes = 2;
                return edited;
            });
        w.alertActions()->manageAction()->trigger();
        AlertsDialog *d = w.alertActions()->dialog();
        QVERIFY(d && d->isVisible());
        QTRY_COMPARE(d->rulesModel()->rowCount(), 1);
        d->newRule();
        d->selectRule(m_fired.ruleId);
        d->editCurrent();
        QCOMPARE(asked, (QList<bool>{true, false}));
        QTRY_COMPARE(alerts->rule(m_fired.ruleId)->intervalMinutes, 2);
        QCOMPARE(alerts->rules().size(), 1);
        QCOMPARE(alerts->rules().front().state.state, AlertState::Firing); // the interval keeps the state

        // Mute All: every rule, for an hour from now.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        w.alertActions()->muteAllAction()->trigger();
        QTRY_VERIFY(alerts->rule(m_fired.ruleId)->muteUntilMs >= before + 3'600'000);
        QVERIFY(alerts->rule(m_fired.ruleId)->muteUntilMs <= QDateTime::currentMSecsSinceEpoch() + 3'600'000);
    }

    void manageAlertsDialog()
    {
        QVERIFY(!m_fired.ruleId.isEmpty());
        AlertsController c;
        c.setEngineSettings(quietEngine());
        c.setWorkspace(workspaceInfo(m_db));
        QTRY_VERIFY_WITH_TIMEOUT(c.isOpen(), 10000);
        AlertsDialog d(&c);
        QSignalSpy edits(&d, &AlertsDialog::editRequested);
        QAbstractItemModelTester rulesTester(d.rulesModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(d.historyModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.show();
        QTRY_COMPARE(d.rulesModel()->rowCount(), 1);

        AlertRule few;
        few.name = QStringLiteral("Few page views");
        few.metric = MetricId::PageViews;
        few.condition.kind = AlertConditionKind::Below;
        few.condition.low = 20;
        c.saveRule(few);
        QTRY_COMPARE(d.rulesModel()->rowCount(), 2);
        QTRY_COMPARE(d.currentRuleId(), QStringLiteral("few-page-views")); // a saved rule is selected

        AlertRulesModel *m = d.rulesModel();
        const int checkout = m->rowOf(m_fired.ruleId);
        auto cell = [m](int row, int column) { return m->index(row, column).data().toString(); };
        QCOMPARE(cell(checkout, AlertRulesModel::Name), QStringLiteral("Checkout burst"));
        QCOMPARE(cell(checkout, AlertRulesModel::Metric), QStringLiteral("Hits"));
        QCOMPARE(cell(checkout, AlertRulesModel::Condition), AlertRules::describe(checkoutRule()));
        QCOMPARE(cell(checkout, AlertRulesModel::Severity), QStringLiteral("Critical"));
        // Muted by Mute All before.
        QCOMPARE(cell(checkout, AlertRulesModel::State),
                 QStringLiteral("Firing · muted until ") +
                     AlertToast::describeTime(c.rule(m_fired.ruleId)->muteUntilMs, c.workspace().timeZone));
        QCOMPARE(cell(checkout, AlertRulesModel::LastFired),
                 AlertToast::describeTime(m_fired.atMs, c.workspace().timeZone));
        QCOMPARE(cell(m->rowOf(QStringLiteral("few-page-views")), AlertRulesModel::LastFired),
                 QStringLiteral("Never"));
        QCOMPARE(m->index(checkout, AlertRulesModel::State).data(Qt::ForegroundRole).value<QColor>(),
                 AlertToast::severityColor(AlertSeverity::Critical, false, QGuiApplication::palette()));

        QVERIFY(d.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("alerts-manager.png"))));

        // Filters: text over name, metric and condition; the state.
        d.filterEdit()->setText(QStringLiteral("page"));
        QCOMPARE(d.rulesProxy()->rowCount(), 1);
        QCOMPARE(d.rulesProxy()->index(0, 0).data().toString(), QStringLiteral("Few page views"));
        d.filterEdit()->clear();
        d.stateCombo()->setCurrentIndex(d.stateCombo()->findData(QStringLiteral("firing")));
        QCOMPARE(d.rulesProxy()->rowCount(), 1);
        QCOMPARE(d.rulesProxy()->index(0, 0).data().toString(), QStringLiteral("Checkout burst"));
        // Snoozed: still evaluated, listed among the muted.
        c.snoozeRule(QStringLiteral("few-page-views"));
        QTRY_VERIFY(m->index(m->rowOf(QStringLiteral("few-page-views")), 0)
                        .data(AlertRulesModel::MutedRole)
                        .toBool());
        d.stateCombo()->setCurrentIndex(d.stateCombo()->findData(QStringLiteral("muted")));
        QCOMPARE(d.rulesProxy()->rowCount(), 2);
        d.stateCombo()->setCurrentIndex(0);
        QCOMPARE(d.rulesProxy()->rowCount(), 2);

        // Disable, then delete after confirming.
        auto *toggle = d.findChild<QPushButton *>(QStringLiteral("toggleRule"));
        d.selectRule(QStringLiteral("few-page-views"));
        QCOMPARE(toggle->text(), QStringLiteral("D&isable"));
        toggle->click();
        QTRY_COMPARE(cell(m->rowOf(QStringLiteral("few-page-views")), AlertRulesModel::State),
                     QStringLiteral("Disabled"));
        QCOMPARE(toggle->text(), QStringLiteral("En&able"));
        d.findChild<QPushButton *>(QStringLiteral("deleteRule"))->click();
        auto *confirm = d.findChild<QMessageBox *>(QStringLiteral("confirmDeleteRule"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(d.rulesModel()->rowCount(), 1);

        // New… and Edit… ask the owner for the rule editor.
        d.findChild<QPushButton *>(QStringLiteral("newRule"))->click();
        QCOMPARE(edits.size(), 1);
        QVERIFY(edits.first().at(1).toBool());
        d.selectRule(m_fired.ruleId);
        d.findChild<QPushButton *>(QStringLiteral("editRule"))->click();
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(1).at(0).value<AlertRule>().id, m_fired.ruleId);
        QVERIFY(!edits.at(1).at(1).toBool());
        d.setEditingAvailable(false);
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("newRule"))->isEnabled());
        d.setEditingAvailable(true);

        // History: the live incident (acknowledged) and the historical one.
        d.showHistory();
        AlertHistoryModel *h = d.historyModel();
        QTRY_COMPARE(h->rowCount(), 2);
        d.historyKindCombo()->setCurrentIndex(2); // historical only
        QTRY_COMPARE(h->rowCount(), 1);
        QCOMPARE(h->index(0, AlertHistoryModel::Source).data().toString(), QStringLiteral("Historical"));
        const qint64 oldId = h->index(0, 0).data(AlertHistoryModel::HistoryIdRole).toLongLong();
        d.historyKindCombo()->setCurrentIndex(1); // live only
        QTRY_COMPARE(h->index(0, 0).data(AlertHistoryModel::HistoryIdRole).toLongLong(), m_fired.historyId);
        QCOMPARE(h->rowCount(), 1);
        QCOMPARE(h->index(0, AlertHistoryModel::Value).data().toString(), QStringLiteral("12"));
        QCOMPARE(h->index(0, AlertHistoryModel::Mark).data().toString(), QStringLiteral("5"));
        QCOMPARE(h->index(0, AlertHistoryModel::Source).data().toString(), QStringLiteral("Live"));
        QVERIFY(
            h->index(0, AlertHistoryModel::Acknowledged).data(AlertHistoryModel::AcknowledgedRole).toBool());

        d.historyKindCombo()->setCurrentIndex(0);
        QTRY_COMPARE(h->rowCount(), 2);
        d.selectHistoryEntry(oldId);
        auto *ack = d.findChild<QPushButton *>(QStringLiteral("acknowledgeIncident"));
        QVERIFY(ack->isEnabled());
        ack->click();
        QTRY_VERIFY(h->index(h->rowOf(oldId), 0).data(AlertHistoryModel::AcknowledgedRole).toBool());
        QVERIFY(!ack->isEnabled());
        QVERIFY(d.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("alerts-history.png"))));

        // Export: the table as shown, one line per incident.
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QSignalSpy exported(&d, &AlertsDialog::historyExported);
        d.exportHistory(csv);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.front().trimmed(),
                 QStringLiteral("Fired,Rule,Severity,Value,Mark,Resolved,Source,Acknowledged,Delivery"));
        QVERIFY(lines.at(1).contains(QStringLiteral("Checkout burst,Critical,12,5,")));

        // The workspace closes: the manager empties and offers nothing to do.
        QSignalSpy closed(&c, &AlertsController::closed);
        c.close();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(d.rulesModel()->rowCount(), 0);
        QCOMPARE(d.historyModel()->rowCount(), 0);
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("newRule"))->isEnabled());
        QVERIFY(!ack->isEnabled());
    }

    void demoWorkspaceGetsExampleRules()
    {
        const QString demo = WorkspaceDb::demoPath();
        QDir().mkpath(QFileInfo(demo).absolutePath());
        QFile::remove(demo);
        {
            WorkspaceDb db;
            QVERIFY(db.open(demo));
        }
        QStringList expected;
        for (const AlertRule &r : AlertRules::demoRules())
            expected << r.name;
        for (int round = 0; round < 2; ++round) {
            // The second time the rules are there already and stay as they are.
            AlertsController c;
            c.setEngineSettings(quietEngine());
            QSignalSpy opened(&c, &AlertsController::opened);
            c.setWorkspace(workspaceInfo(demo));
            QVERIFY(opened.wait(10000));
            QStringList names;
            for (const AlertRuleStatus &s : c.rules())
                names << s.rule.name;
            QCOMPARE(names, expected);
        }
        QFile::remove(demo);
    }

    void menuAndTeardownWithoutWorkspace()
    {
        MainWindow w;
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles.indexOf(QStringLiteral("&Alerts")), titles.indexOf(QStringLiteral("&Help")) - 1);
        QVERIFY(!w.alertActions()->manageAction()->isEnabled());
        // Asking without a workspace answers in words, not with a crash.
        QSignalSpy failed(w.alertActions()->controller(), &AlertsController::operationFailed);
        w.alertActions()->controller()->refreshRules();
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
