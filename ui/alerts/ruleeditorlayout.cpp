// The layout of the alert rule editor: the form on the left (what to watch,
// when to fire, timing and notification), the backtest preview on the
// right, the problem and the buttons below. Its behaviour is in
// ruleeditordialog.cpp.

#include "alerts/backtestchart.h"
#include "alerts/ruleeditordialog.h"
#include "common/filterlisteditor.h"
#include "common/problemfooter.h"
#include "query/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace es::ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// Marks are shown as typed (300, 0.35, 12.5), not padded to the decimals
// the spin box accepts.
class NumberSpin : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 12); }
};

QHBoxLayout *row(std::initializer_list<QWidget *> widgets, bool stretch = true)
{
    auto *l = new QHBoxLayout;
    l->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        l->addWidget(w);
    if (stretch)
        l->addStretch(1);
    return l;
}

QComboBox *combo(const char *name, const QString &accessibleName, const QString &toolTip)
{
    auto *c = new QComboBox;
    c->setObjectName(QString::fromLatin1(name));
    c->setAccessibleName(accessibleName);
    c->setToolTip(toolTip);
    return c;
}

} // namespace

RuleEditorDialog::DurationEdit RuleEditorDialog::makeDuration(const char *name, const QString &accessibleName,
                                                              int maxMinutes, bool evaluations)
{
    DurationEdit d;
    d.maxMinutes = maxMinutes;
    d.value = new QSpinBox;
    d.value->setObjectName(QString::fromLatin1(name) + QStringLiteral("Spin"));
    d.value->setAccessibleName(accessibleName);
    d.value->setMinimumWidth(70);
    d.unit = combo((QByteArray(name) + "UnitCombo").constData(), tr("%1 unit").arg(accessibleName),
                   tr("The unit of the number beside it"));
    d.unit->addItem(tr("minutes"), 1);
    d.unit->addItem(tr("hours"), 60);
    if (maxMinutes > 1440)
        d.unit->addItem(tr("days"), 1440);
    if (evaluations)
        d.unit->addItem(tr("evaluations"), 0);
    d.unitChanged();
    return d;
}

QDoubleSpinBox *RuleEditorDialog::makeNumber(const char *name, const QString &accessibleName)
{
    auto *s = new NumberSpin;
    s->setObjectName(QString::fromLatin1(name));
    s->setAccessibleName(accessibleName);
    s->setDecimals(6);
    s->setRange(0, 1e12);
    s->setMinimumWidth(110);
    s->setKeyboardTracking(true);
    return s;
}

RuleEditorDialog::Recovery RuleEditorDialog::makeRecovery(const char *name, const QString &text,
                                                          const QString &accessibleName)
{
    Recovery r;
    r.set = new QCheckBox(text);
    r.set->setObjectName(QString::fromLatin1(name) + QStringLiteral("Check"));
    r.set->setToolTip(
        tr("Hysteresis: once firing, the alert recovers only at this level, so a value that "
           "hovers around the mark does not fire again and again. Unchecked: the mark itself."));
    r.level = makeNumber((QByteArray(name) + "Spin").constData(), accessibleName);
    r.level->setToolTip(r.set->toolTip());
    return r;
}

void RuleEditorDialog::buildUi()
{
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("ruleForm"));
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 8, 0);
    formLayout->addWidget(buildWatchGroup());
    formLayout->addWidget(buildConditionGroup());
    formLayout->addWidget(buildTimingGroup());
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(form->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    auto *previewBox = new QGroupBox(tr("Backtest"));
    previewBox->setObjectName(QStringLiteral("previewGroup"));
    previewBox->setToolTip(tr("Where the rule would have fired and recovered on this workspace's data"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The form as narrow as it reads well, the rest for the chart.
    splitter->setSizes({scroll->minimumWidth(), 10000});

    m_footer = new ProblemFooter(this);
    m_buttons = m_footer->buttons();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_footer);
}

QWidget *RuleEditorDialog::buildWatchGroup()
{
    auto *box = new QGroupBox(tr("What to watch"));
    box->setObjectName(QStringLiteral("watchGroup"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setToolTip(tr("What notifications and the alert history call the rule"));
    m_name->setPlaceholderText(tr("e.g. Download spike"));
    m_name->setClearButtonEnabled(true);
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_name);

    m_metric = combo("metricCombo", tr("Metric"), tr("The number the rule watches"));
    for (const MetricDef &d : Metrics::all()) {
        m_metric->addItem(Labels::metricTitle(d.id), int(d.id));
        m_metric->setItemData(m_metric->count() - 1, Metrics::definition(d.id), Qt::ToolTipRole);
    }
    form->addRow(buddyLabel(tr("&Metric:"), m_metric), m_metric);

    m_bots = combo("botsCombo", tr("Bots"), tr("Whether requests from bots and crawlers count"));
    m_bots->addItem(tr("As the metric counts them"), int(BotMode::Default));
    m_bots->addItem(tr("Include bots"), int(BotMode::Include));
    m_bots->addItem(tr("Exclude bots"), int(BotMode::Exclude));
    m_bots->addItem(tr("Only bots"), int(BotMode::Only));
    m_bots->setItemData(
        0, tr("Hits, bytes and status classes count bots; page views, visitors and sessions do not"),
        Qt::ToolTipRole);
    form->addRow(buddyLabel(tr("&Bots:"), m_bots), m_bots);

    m_filters = new FilterListEditor(m_paramKeys);
    connect(m_filters, &FilterListEditor::changed, this, &RuleEditorDialog::updateState);
    form->addRow(tr("Filters:"), m_filters);

    m_windowKind = combo("windowKindCombo", tr("Window"), tr("The span of data the rule reads each time"));
    m_windowKind->addItem(tr("the last"), int(AlertWindowKind::Trailing));
    m_windowKind->addItem(tr("today so far"), int(AlertWindowKind::Today));
    m_windowKind->addItem(tr("this week so far"), int(AlertWindowKind::ThisWeek));
    m_windowKind->setItemData(1, tr("From local midnight of the workspace's time zone"), Qt::ToolTipRole);
    m_windowKind->setItemData(2, tr("From Monday, local midnight"), Qt::ToolTipRole);
    m_window = makeDuration("window", tr("Window length"), AlertRules::kMaxWindowMinutes);
    m_window.value->setToolTip(tr("How much of the recent past the rule adds up, up to 31 days"));
    m_windowRow = {m_windowKind, m_window.value, m_window.unit};
    form->addRow(buddyLabel(tr("&Window:"), m_windowKind),
                 row({m_windowKind, m_window.value, m_window.unit}));

    m_interval = makeDuration("interval", tr("Evaluation interval"), AlertRules::kMaxIntervalMinutes);
    m_interval.value->setToolTip(tr("How often the rule looks at the data: 1 minute to 1 day"));
    form->addRow(buddyLabel(tr("&Evaluate every:"), m_interval.value),
                 row({m_interval.value, m_interval.unit}));
    return box;
}

QWidget *RuleEditorDialog::buildConditionGroup()
{
    auto *box = new QGroupBox(tr("When to fire"));
    box->setObjectName(QStringLiteral("conditionGroup"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kind = combo("conditionCombo", tr("Condition"), tr("When the number is alarming"));
    m_kind->addItem(tr("Above a high-mark"), int(AlertConditionKind::Above));
    m_kind->addItem(tr("Below a low-mark"), int(AlertConditionKind::Below));
    m_kind->addItem(tr("Outside a band"), int(AlertConditionKind::Outside));
    m_kind->addItem(tr("Changed against a baseline"), int(AlertConditionKind::Change));
    m_kind->addItem(tr("No data"), int(AlertConditionKind::NoData));
    form->addRow(buddyLabel(tr("&Condition:"), m_kind), m_kind);

    m_high = makeNumber("highSpin", tr("High-mark"));
    m_high->setToolTip(tr("Fires when the value is above this"));
    form->addRow(buddyLabel(tr("&High-mark:"), m_high), row({m_high}));
    m_recoveryHigh = makeRecovery("recoveryHigh", tr("Recovers at or below:"), tr("Upper recovery level"));
    form->addRow(m_recoveryHigh.set, row({m_recoveryHigh.level}));
    m_highRow = {m_high, m_recoveryHigh.set};

    m_low = makeNumber("lowSpin", tr("Low-mark"));
    m_low->setToolTip(tr("Fires when the value is below this"));
    form->addRow(buddyLabel(tr("&Low-mark:"), m_low), row({m_low}));
    m_recoveryLow = makeRecovery("recoveryLow", tr("Recovers at or above:"), tr("Lower recovery level"));
    form->addRow(m_recoveryLow.set, row({m_recoveryLow.level}));
    m_lowRow = {m_low, m_recoveryLow.set};

    m_baseline = combo("baselineCombo", tr("Baseline"), tr("What the window is compared with"));
    m_baseline->addItem(tr("the period before"), int(ChangeBaseline::PreviousPeriod));
    m_baseline->addItem(tr("a week earlier"), int(ChangeBaseline::SameTimeLastWeek));
    m_direction = combo("directionCombo", tr("Direction"), tr("Which way the change must go"));
    m_direction->addItem(tr("up or down"), int(ChangeDirection::Either));
    m_direction->addItem(tr("up"), int(ChangeDirection::Up));
    m_direction->addItem(tr("down"), int(ChangeDirection::Down));
    form->addRow(buddyLabel(tr("Compare &with:"), m_baseline), row({m_baseline, m_direction}));

    m_amount = makeNumber("amountSpin", tr("Change that fires"));
    m_amount->setToolTip(tr("Fires at a change of at least this much"));
    m_unit = combo("unitCombo", tr("Change unit"),
                   tr("Measure the change in percent of the baseline or as a number"));
    m_unit->addItem(tr("%"), int(ChangeUnit::Percent));
    m_unit->addItem(tr("absolute"), int(ChangeUnit::Absolute));
    form->addRow(buddyLabel(tr("Change of &at least:"), m_amount), row({m_amount, m_unit}));
    m_recoveryAmount = makeRecovery("recoveryAmount", tr("Recovers below:"), tr("Recovery change"));
    form->addRow(m_recoveryAmount.set, row({m_recoveryAmount.level}));
    m_changeRow = {m_baseline, m_direction, m_amount, m_unit, m_recoveryAmount.set};

    m_noData = makeDuration("noData", tr("No data period"), AlertRules::kMaxWindowMinutes);
    m_noData.value->setToolTip(tr("Fires when the metric has been 0 for this long"));
    m_noDataRow = {m_noData.value, m_noData.unit};
    form->addRow(buddyLabel(tr("No &data for:"), m_noData.value), row({m_noData.value, m_noData.unit}));
    return box;
}

QWidget *RuleEditorDialog::buildTimingGroup()
{
    auto *box = new QGroupBox(tr("Timing and notification"));
    box->setObjectName(QStringLiteral("timingGroup"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_pending = makeDuration("pending", tr("Pending period"), AlertRules::kMaxTimingMinutes, true);
    m_pending.value->setSpecialValueText(tr("none"));
    m_pending.value->setToolTip(
        tr("How long the condition must hold before the rule fires; none fires at once"));
    form->addRow(buddyLabel(tr("&Pending for:"), m_pending.value), row({m_pending.value, m_pending.unit}));

    m_keepFiring = makeDuration("keepFiring", tr("Keep active period"), AlertRules::kMaxTimingMinutes);
    m_keepFiring.value->setSpecialValueText(tr("no"));
    m_keepFiring.value->setToolTip(
        tr("After recovering, the alert stays active this long; a relapse meanwhile is the same incident"));
    form->addRow(buddyLabel(tr("&Keep active for:"), m_keepFiring.value),
                 row({m_keepFiring.value, m_keepFiring.unit}));

    m_repeat = makeDuration("repeat", tr("Reminder interval"), AlertRules::kMaxTimingMinutes);
    m_repeat.value->setSpecialValueText(tr("never"));
    m_repeat.value->setToolTip(tr("While firing, remind this often; never sends one notice only"));
    form->addRow(buddyLabel(tr("&Remind every:"), m_repeat.value), row({m_repeat.value, m_repeat.unit}));

    m_severity = combo("severityCombo", tr("Severity"), tr("How loud the notification is"));
    for (AlertSeverity s : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
        m_severity->addItem(AlertRules::severityTitle(s), int(s));
    m_enabled = new QCheckBox(tr("&Enabled"));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setToolTip(tr("A disabled rule is not evaluated and ignores data imported meanwhile"));
    form->addRow(buddyLabel(tr("&Severity:"), m_severity), row({m_severity, m_enabled}));

    m_mute = new QCheckBox(tr("M&ute until:"));
    m_mute->setObjectName(QStringLiteral("muteCheck"));
    m_mute->setToolTip(tr("Until then the rule is evaluated and recorded, but nothing is notified"));
    m_muteUntil = new QDateTimeEdit;
    m_muteUntil->setObjectName(QStringLiteral("muteUntilEdit"));
    m_muteUntil->setAccessibleName(tr("Mute until"));
    m_muteUntil->setToolTip(tr("In this computer's time zone"));
    m_muteUntil->setCalendarPopup(true);
    m_muteUntil->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(m_mute, row({m_muteUntil}));
    return box;
}

} // namespace es::ui
