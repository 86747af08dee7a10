// The alert rule editor on a real workspace filled through the import
// pipeline: the backtest preview reads the series the rule would have read
// (checked against queries of single windows), its incidents equal
// AlertEvaluator::backtest on that series and the ones the imported traffic
// implies (two spikes, and a stretch hovering around the mark that fires
// once thanks to the recovery level); editing a mark, the recovery level,
// the pending period, the interval or the days updates them exactly; OK
// follows validation; every condition kind comes back unchanged; keyboard;
// a screenshot whose labels are not clipped.

#include "alerts/alertrule.h"
#include "alerts/backtestchart.h"
#include "alerts/ruleeditordialog.h"
#include "ingest/fileimporter.h"
#include "query/queryservice.h"
#include "store/workspacedb.h"
#include "store/writer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QtCharts/QChart>

Q_DECLARE_METATYPE(es::AlertRule)

using namespace es;
using namespace es::ui;

namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kHourMs = kHour * 1000;

// The data ends here; the preview's 7 days are the 168 hours before.
const std::int64_t kNow = QDateTime(QDate(2024, 5, 13), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
const std::int64_t kStart = kNow - 7 * 24 * kHour;

// Hits in hour i of the preview (from kStart): 120 an hour, two spikes of
// two hours each, and a stretch that hovers around 300.
int hitsInHour(int i)
{
    switch (i) {
    case 30:
    case 31:
    case 100:
    case 101:
        return 600;
    case 59:
        return 330;
    case 60:
    case 62:
    case 64:
        return 320;
    case 61:
    case 63:
        return 280;
    default:
        return 120;
    }
}

// `n` requests spread over the hour, the last one in its final second.
void addHour(QByteArray &log, std::int64_t hourStart, int n)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int k = 0; k < n; ++k) {
        const QDateTime t =
            QDateTime::fromSecsSinceEpoch(hourStart + (k + 1) * kHour / n - 1, QTimeZone::utc());
        const QString stamp = QStringLiteral("%1/%2/%3:%4 +0000")
                                  .arg(t.date().day(), 2, 10, QLatin1Char('0'))
                                  .arg(QLatin1String(kMonths[t.date().month() - 1]))
                                  .arg(t.date().year())
                                  .arg(t.time().toString(QStringLiteral("HH:mm:ss")));
        log += QStringLiteral("10.1.%1.%2 - - [%3] \"GET /page/%4 HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 "
                              "(X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\"\n")
                   .arg(k / 200)
                   .arg(k % 200)
                   .arg(stamp)
                   .arg(k % 7)
                   .toLatin1();
    }
}

bool importLog(const QString &db, const QString &file, const QByteArray &content)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return false;
    f.close();
    Writer w;
    if (!w.open(db))
        return false;
    ImportOptions opt;
    opt.format = QStringLiteral("combined");
    FileImporter importer(w, opt);
    const FileImportResult r = importer.importFile(file);
    w.close();
    return r.status == FileImportResult::Status::Imported;
}

template<class T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

std::int64_t at(double hours)
{
    return kStart * 1000 + std::int64_t(hours * double(kHourMs));
}

std::vector<std::int64_t> fired(const AlertBacktest &b)
{
    std::vector<std::int64_t> out;
    for (const AlertEpisode &e : b.episodes)
        out.push_back(e.firedMs);
    return out;
}

// Types into a spin box as a user would, replacing what is there.
void type(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

// Until the preview has shown a backtest since the spy was last cleared.
bool waitForPreview(const QSignalSpy &spy)
{
    return QTest::qWaitFor([&] { return !spy.isEmpty(); }, 20000);
}

AlertRule spikeRule()
{
    AlertRule r;
    r.name = QStringLiteral("Hits spike");
    r.metric = MetricId::Hits;
    r.window = {AlertWindowKind::Trailing, 60};
    r.intervalMinutes = 60;
    r.condition.kind = AlertConditionKind::Above;
    r.condition.high = 300;
    r.condition.recoveryHigh = 200;
    r.timing.pendingMinutes = 60;
    return r;
}

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<QueryService> m_service;

    // The preview's incidents are what backtest() makes of its series, and
    // the fire times expected.
    static void checkPreview(const RuleEditorDialog &dlg, const std::vector<std::int64_t> &expected)
    {
        const BacktestData &data = dlg.preview()->data();
        const AlertBacktest again = AlertEvaluator::backtest(dlg.result(), data.samples);
        QCOMPARE(fired(dlg.preview()->backtest()), fired(again));
        QCOMPARE(dlg.previewFireTimes(), expected);
        QCOMPARE(dlg.previewIncidents(), int(expected.size()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("alerts.eventscope"));
        {
            WorkspaceDb db;
            QVERIFY(db.open(m_db));
            QVERIFY(db.setMeta(QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")));
        }
        QByteArray log;
        for (int i = -24; i < 168; ++i)
            addHour(log, kStart + i * kHour, hitsInHour(i));
        QVERIFY(importLog(m_db, m_dir.filePath(QStringLiteral("access.log")), log));
        m_service = std::make_shared<QueryService>();
        QVERIFY2(m_service->open(m_db), qPrintable(m_service->errorString()));
        QCOMPARE(m_service->newestEventSecs(), kNow - 1);
    }

    void previewMatchesBacktestAndData();
    void slidingWindowsAndDays();
    void changeRuleReadsBaseline();
    void visitorsAskedPerWindow();
    void validation();
    void namesAreUnique();
    void roundTrip_data();
    void roundTrip();
    void keyboard();
    void screenshot();
};

void TestRuleEditor::previewMatchesBacktestAndData()
{
    RuleEditorDialog dlg(spikeRule(), m_service, {});
    QSignalSpy updated(&dlg, &RuleEditorDialog::previewUpdated);
    QVERIFY(waitForPreview(updated));
    BacktestChart *preview = dlg.preview();
    const BacktestData &data = preview->data();
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QCOMPARE(data.stepMs, kHourMs);
    QCOMPARE(data.toMs, kNow * 1000);
    // One evaluation at the end of every hour, reading that hour.
    QCOMPARE(data.samples.size(), size_t(168));
    for (int i = 0; i < 168; ++i) {
        QCOMPARE(data.samples[size_t(i)].atMs, at(i + 1));
        QCOMPARE(data.samples[size_t(i)].value, std::optional(double(hitsInHour(i))));
        QVERIFY(!data.samples[size_t(i)].previous);
    }
    // The same numbers as a query of the window alone.
    for (int i : {30, 61, 167}) {
        Query q;
        q.metrics = {MetricId::Hits};
        q.range = {kStart + i * kHour, kStart + (i + 1) * kHour};
        const QueryResult r = m_service->run(q).result();
        QVERIFY(r.ok);
        QCOMPARE(data.samples[size_t(i)].value, std::optional(double(std::get<std::int64_t>(r.rows[0][0]))));
    }

    // Pending an hour: each spike fires at its second hour; the hovering
    // stretch fires once, at its second hour, and stays active through the
    // dips to 280 since they stay above the recovery level of 200.
    checkPreview(dlg, {at(32), at(61), at(102)});
    const auto &episodes = preview->backtest().episodes;
    QCOMPARE(episodes[1].resolvedMs, at(66));
    QCOMPARE(preview->caption(), QStringLiteral("Would have fired 3 times in the last 7 days (total 7 h)."));
    QVERIFY(preview->chart()->series().size() >= 5);

    // A higher mark leaves the spikes only.
    auto *high = child<QDoubleSpinBox>(&dlg, "highSpin");
    updated.clear();
    type(high, QStringLiteral("500"));
    QCOMPARE(dlg.result().condition.high, 500.0);
    QVERIFY(waitForPreview(updated));
    checkPreview(dlg, {at(32), at(102)});
    QCOMPARE(preview->caption(), QStringLiteral("Would have fired 2 times in the last 7 days (total 2 h)."));

    // Back to 300 without a pending period: each fires an hour earlier, the
    // stretch still once.
    updated.clear();
    type(high, QStringLiteral("300"));
    child<QSpinBox>(&dlg, "pendingSpin")->setValue(0);
    QVERIFY(waitForPreview(updated));
    QCOMPARE(updated.count(), 1); // edits in quick succession: one backtest
    checkPreview(dlg, {at(31), at(60), at(101)});

    // Without the recovery level every dip below the mark resolves it, and
    // every rise fires again.
    updated.clear();
    child<QCheckBox>(&dlg, "recoveryHighCheck")->setChecked(false);
    QVERIFY(!dlg.result().condition.recoveryHigh);
    QVERIFY(waitForPreview(updated));
    checkPreview(dlg, {at(31), at(60), at(63), at(65), at(101)});
    QCOMPARE(data.samples.size(), size_t(168)); // marks only: not read again
}

void TestRuleEditor::slidingWindowsAndDays()
{
    RuleEditorDialog dlg(spikeRule(), m_service, {});
    QSignalSpy updated(&dlg, &RuleEditorDialog::previewUpdated);
    QVERIFY(waitForPreview(updated));

    // Every 5 minutes, the last 60 minutes slide over the hours.
    updated.clear();
    auto *intervalUnit = child<QComboBox>(&dlg, "intervalUnitCombo");
    intervalUnit->setCurrentIndex(intervalUnit->findData(1));
    child<QSpinBox>(&dlg, "intervalSpin")->setValue(5);
    QCOMPARE(dlg.result().intervalMinutes, 5);
    QVERIFY(waitForPreview(updated));
    const BacktestData &data = dlg.preview()->data();
    QCOMPARE(data.stepMs, 5 * 60'000);
    QCOMPARE(data.samples.size(), size_t(7 * 24 * 12 - 11)); // windows within the minute rows kept
    // Half an hour into the first spike: 60 of hour 29 and 300 of hour 30.
    const auto mid = std::find_if(data.samples.begin(), data.samples.end(),
                                  [](const AlertSample &s) { return s.atMs == at(30.5); });
    QVERIFY(mid != data.samples.end());
    QCOMPARE(mid->value, std::optional(360.0));
    Query q;
    q.metrics = {MetricId::Hits};
    q.range = {at(29.5) / 1000, at(30.5) / 1000};
    const QueryResult r = m_service->run(q).result();
    QVERIFY(r.ok);
    QCOMPARE(std::get<std::int64_t>(r.rows[0][0]), std::int64_t(360));
    const AlertBacktest b = AlertEvaluator::backtest(dlg.result(), data.samples);
    QCOMPARE(fired(dlg.preview()->backtest()), fired(b));
    QVERIFY(!b.episodes.empty());

    // 30 days at hourly steps: the data reaches back 8 days and a half, to
    // local midnight of its first day (22:00 UTC).
    // The span picked right after an edit is read once, with the edit.
    updated.clear();
    child<QSpinBox>(&dlg, "intervalSpin")->setValue(60);
    QTest::mouseClick(child<QToolButton>(&dlg, "days30Button"), Qt::LeftButton);
    QVERIFY(waitForPreview(updated));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(dlg.preview()->days(), 30);
    QCOMPARE(data.stepMs, kHourMs);
    QCOMPARE(data.samples.size(), size_t(8 * 24 + 13 + 1));
    QCOMPARE(data.samples.front().atMs, at(-24 - 13));
    QCOMPARE(data.fromMs, at(-24 - 14));
    QCOMPARE(child<QLabel>(&dlg, "backtestNotes")->text(),
             QStringLiteral("The data ends on Mon 13 May 2024, 14:00; the days before that are shown.\n"
                            "The data starts on Sun 5 May 2024, 00:00."));
    checkPreview(dlg, {at(32), at(61), at(102)});
    QVERIFY(
        dlg.preview()->caption().startsWith(QStringLiteral("Would have fired 3 times in the last 30 days")));
}

void TestRuleEditor::changeRuleReadsBaseline()
{
    AlertRule rise = spikeRule();
    rise.condition = AlertCondition{};
    rise.condition.kind = AlertConditionKind::Change;
    rise.condition.direction = ChangeDirection::Up;
    rise.condition.amount = 100;
    rise.condition.recoveryAmount = 50;
    rise.timing.pendingMinutes = 0;
    RuleEditorDialog dlg(rise, m_service, {});
    QSignalSpy updated(&dlg, &RuleEditorDialog::previewUpdated);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(waitForPreview(updated));
    // Each hour against the hour before.
    const BacktestData &data = dlg.preview()->data();
    QCOMPARE(data.samples.size(), size_t(168));
    for (int i = 0; i < 168; ++i) {
        QCOMPARE(data.samples[size_t(i)].value, std::optional(double(hitsInHour(i))));
        QCOMPARE(data.samples[size_t(i)].previous, std::optional(double(hitsInHour(i - 1))));
    }
    // Up 400 % into each spike and 175 % into the stretch; each resolves an
    // hour later, when the rise is under 50 %.
    checkPreview(dlg, {at(31), at(60), at(101)});
    QCOMPARE(dlg.preview()->backtest().episodes[0].value, std::optional(400.0));
    QCOMPARE(dlg.preview()->backtest().episodes[1].resolvedMs, at(61));

    updated.clear();
    QTest::mouseClick(child<QToolButton>(&dlg, "days30Button"), Qt::LeftButton);
    QVERIFY(waitForPreview(updated));
    checkPreview(dlg, {at(31), at(60), at(101)});
    const QString path = QDir::temp().filePath(QStringLiteral("eventscope-alert-rule-editor-change.png"));
    QVERIFY2(dlg.grab().save(path), qPrintable(path));
    qInfo("%s", qPrintable(path));
}

void TestRuleEditor::visitorsAskedPerWindow()
{
    // Visitors do not add up across hours: each window is a query of its own.
    AlertRule rule = spikeRule();
    rule.metric = MetricId::Visitors;
    RuleEditorDialog dlg(rule, m_service, {});
    QSignalSpy updated(&dlg, &RuleEditorDialog::previewUpdated);
    QVERIFY(waitForPreview(updated));
    const BacktestData &data = dlg.preview()->data();
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QCOMPARE(data.samples.size(), size_t(168));
    for (int i : {0, 30, 167}) {
        Query q;
        q.metrics = {MetricId::Visitors};
        q.range = {kStart + i * kHour, kStart + (i + 1) * kHour};
        const QueryResult r = m_service->run(q).result();
        QVERIFY(r.ok);
        const auto visitors = double(std::get<std::int64_t>(r.rows[0][0]));
        QCOMPARE(data.samples[size_t(i)].value, std::optional(visitors));
        // 120 addresses an hour, 600 in a spike (an estimate, within 2 %).
        QVERIFY2(std::abs(visitors - hitsInHour(i)) <= hitsInHour(i) * 0.02,
                 qPrintable(QString::number(visitors)));
    }
    // Close enough to the hits for the same incidents.
    checkPreview(dlg, {at(32), at(61), at(102)});
}

void TestRuleEditor::validation()
{
    AlertRule band = spikeRule();
    band.condition.kind = AlertConditionKind::Outside;
    band.condition.low = 50;
    band.condition.high = 300;
    band.condition.recoveryHigh.reset();
    RuleEditorDialog dlg(band, m_service, {});
    QPushButton *ok = child<QDialogButtonBox>(&dlg, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *problem = child<QLabel>(&dlg, "problemLabel");
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    // Fields of other kinds are off.
    QVERIFY(child<QDoubleSpinBox>(&dlg, "lowSpin")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>(&dlg, "amountSpin")->isEnabled());
    QVERIFY(!child<QSpinBox>(&dlg, "noDataSpin")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>(&dlg, "recoveryHighSpin")->isEnabled());

    QSignalSpy updated(&dlg, &RuleEditorDialog::previewUpdated);
    QVERIFY(waitForPreview(updated));
    QCOMPARE(dlg.previewIncidents(), 3); // both spikes, and the stretch once before its first dip

    updated.clear();
    type(child<QDoubleSpinBox>(&dlg, "lowSpin"), QStringLiteral("500"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(
        problem->text(),
        QStringLiteral("The low-mark (500) must be below the high-mark (300) for an outside-band rule."));
    QVERIFY(waitForPreview(updated));
    QCOMPARE(dlg.previewIncidents(), 0);
    QCOMPARE(child<QLabel>(&dlg, "backtestMessage")->text(),
             QStringLiteral("Correct the rule to see where it would have fired."));

    type(child<QDoubleSpinBox>(&dlg, "lowSpin"), QStringLiteral("100"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    QCOMPARE(dlg.result().condition.low, 100.0);

    // A new rule without a name cannot be kept, but its preview runs.
    child<QLineEdit>(&dlg, "nameEdit")->clear();
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().startsWith(QStringLiteral("The rule has no name.")));
    updated.clear();
    QVERIFY(waitForPreview(updated));
    QVERIFY(!dlg.preview()->caption().isEmpty());
    QVERIFY(!child<QLabel>(&dlg, "backtestMessage")->isVisible());
}

// As on the command line, one name is one rule, whatever the case; the rule
// being edited may keep its own name.
void TestRuleEditor::namesAreUnique()
{
    AlertRule other = spikeRule();
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Download spike");
    AlertRule edited = spikeRule();
    edited.id = QStringLiteral("edited");
    edited.name = QStringLiteral("Quiet night");
    RuleEditorDialog dlg(edited, m_service, {});
    dlg.setOtherRules({other, edited});
    QPushButton *ok = child<QDialogButtonBox>(&dlg, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *problem = child<QLabel>(&dlg, "problemLabel");
    QVERIFY2(ok->isEnabled(), qPrintable(problem->text()));

    auto *name = child<QLineEdit>(&dlg, "nameEdit");
    name->setText(QStringLiteral("  download SPIKE "));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(problem->text(),
             QStringLiteral("Another rule is named \u201cDownload spike\u201d. Give this one its "
                            "own name, so that notifications and the history tell them apart."));
    name->setText(QStringLiteral("Download spike at night"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
}

void TestRuleEditor::roundTrip_data()
{
    QTest::addColumn<AlertRule>("rule");
    AlertRule above = spikeRule();
    above.id = QStringLiteral("hits-spike");
    above.filters = {AlertFilter{QStringLiteral("country"), {QStringLiteral("DE"), QStringLiteral("AT")}},
                     AlertFilter{QStringLiteral("params.campaign"), {QStringLiteral("spring, summer")}}};
    above.timing.repeatMinutes = 120;
    above.muteUntilMs =
        QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("above") << above;

    AlertRule below = AlertRules::demoRules()[1];
    below.bots = BotMode::Exclude;
    below.window = {AlertWindowKind::Trailing, 3 * 24 * 60};
    QTest::newRow("below") << below;

    AlertRule band;
    band.id = QStringLiteral("bounce-band");
    band.name = QStringLiteral("Bounce rate out of band");
    band.metric = MetricId::BounceRate;
    band.window = {AlertWindowKind::Today, 60};
    band.condition.kind = AlertConditionKind::Outside;
    band.condition.low = 0.25;
    band.condition.high = 0.75;
    band.condition.recoveryLow = 0.3;
    band.timing.pendingEvaluations = 3;
    band.timing.keepFiringMinutes = 90;
    band.severity = AlertSeverity::Info;
    band.enabled = false;
    QTest::newRow("outside") << band;

    AlertRule change = AlertRules::demoRules()[2];
    QTest::newRow("change") << change;
    change.condition.baseline = ChangeBaseline::SameTimeLastWeek;
    change.condition.direction = ChangeDirection::Either;
    change.condition.unit = ChangeUnit::Absolute;
    change.condition.amount = 1500;
    change.condition.recoveryAmount.reset();
    change.window = {AlertWindowKind::ThisWeek, 60};
    change.intervalMinutes = 24 * 60;
    QTest::newRow("change absolute, this week") << change;

    AlertRule noData;
    noData.id = QStringLiteral("downloads-stopped");
    noData.name = QStringLiteral("Downloads stopped");
    noData.metric = MetricId::Downloads;
    noData.condition.kind = AlertConditionKind::NoData;
    noData.condition.noDataMinutes = 45;
    noData.intervalMinutes = 15;
    QTest::newRow("no data") << noData;
}

void TestRuleEditor::roundTrip()
{
    QFETCH(AlertRule, rule);
    // The rules are as they read back from their JSON.
    QString error;
    QCOMPARE(AlertRules::fromJson(AlertRules::toJson(rule), &error), std::optional(rule));
    RuleEditorDialog dlg(rule, nullptr, {QStringLiteral("campaign")});
    QCOMPARE(dlg.result(), rule);
    QVERIFY(child<QDialogButtonBox>(&dlg, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(child<QLabel>(&dlg, "backtestMessage")->text().left(22),
             QStringLiteral("No workspace is open, "));

    // A kind tried and abandoned leaves nothing behind.
    auto *kind = child<QComboBox>(&dlg, "conditionCombo");
    const int original = kind->currentIndex();
    kind->setCurrentIndex(kind->findData(int(AlertConditionKind::Change)));
    type(child<QDoubleSpinBox>(&dlg, "amountSpin"), QStringLiteral("77"));
    kind->setCurrentIndex(original);
    if (rule.condition.kind != AlertConditionKind::Change)
        QCOMPARE(dlg.result(), rule);
}

void TestRuleEditor::keyboard()
{
    {
        RuleEditorDialog dlg(spikeRule(), nullptr, {});
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QSignalSpy accepted(&dlg, &QDialog::accepted);
        QTest::keyClick(child<QDoubleSpinBox>(&dlg, "highSpin"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
    }
    {
        RuleEditorDialog dlg(spikeRule(), nullptr, {});
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QSignalSpy rejected(&dlg, &QDialog::rejected);
        QTest::keyClick(child<QLineEdit>(&dlg, "nameEdit"), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }
    {
        // Ctrl+Return does nothing while the rule cannot be kept.
        AlertRule unnamed = spikeRule();
        unnamed.name.clear();
        RuleEditorDialog dlg(unnamed, nullptr, {});
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QSignalSpy accepted(&dlg, &QDialog::accepted);
        QTest::keyClick(child<QLineEdit>(&dlg, "nameEdit"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dlg.isVisible());
    }
}

void TestRuleEditor::screenshot()
{
    RuleEditorDialog dlg(spikeRule(), m_service, {});
    QSignalSpy updated(&dlg, &RuleEditorDialog::previewUpdated);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(waitForPreview(updated));
    QCOMPARE(dlg.size(), QSize(960, 640));
    QCoreApplication::processEvents();
    // A label narrower than its text is cut off on screen.
    for (const QLabel *label : dlg.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
    const QString path = dir.isEmpty()
                             ? QDir::temp().filePath(QStringLiteral("eventscope-alert-rule-editor.png"))
                             : QDir(dir).filePath(QStringLiteral("alert-rule-editor.png"));
    const QImage shot = dlg.grab().toImage();
    QCOMPARE(shot.size() / shot.devicePixelRatio(), dlg.size());
    QVERIFY2(shot.save(path), qPrintable(path));
    qInfo("%s", qPrintable(path));
    // The lower part of the form, scrolled into view.
    auto *scroll = child<QScrollArea>(&dlg, "formScroll");
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    QVERIFY(child<QWidget>(&dlg, "muteUntilEdit")->visibleRegion().boundingRect().height() > 10);
    const QString lower = QDir::temp().filePath(QStringLiteral("eventscope-alert-rule-editor-timing.png"));
    QVERIFY2(dlg.grab().save(lower), qPrintable(lower));
    qInfo("%s", qPrintable(lower));
    const QWidget *view = child<QWidget>(&dlg, "backtestView");
    QVERIFY(view->isVisible());
    QVERIFY2(view->width() >= 440 && view->height() >= 300,
             qPrintable(QStringLiteral("%1x%2").arg(view->width()).arg(view->height())));
}

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
