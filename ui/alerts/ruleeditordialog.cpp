#include "alerts/ruleeditordialog.h"

#include "alerts/backtestchart.h"
#include "common/filterlisteditor.h"
#include "common/problemfooter.h"
#include "query/dimensions.h"
#include "query/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace es::ui {

namespace {

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

int RuleEditorDialog::DurationEdit::factor() const
{
    return unit->currentData().toInt();
}

int RuleEditorDialog::DurationEdit::minutes() const
{
    return factor() * value->value();
}

void RuleEditorDialog::DurationEdit::setMinutes(int minutes)
{
    // The largest unit that gives a whole number: 120 minutes reads "2 hours".
    int index = 0;
    for (int i = 0; i < unit->count(); ++i) {
        const int f = unit->itemData(i).toInt();
        if (f > 0 && minutes > 0 && minutes % f == 0)
            index = i;
    }
    unit->setCurrentIndex(index);
    unitChanged();
    value->setValue(minutes / factor());
}

void RuleEditorDialog::DurationEdit::unitChanged()
{
    const int f = factor();
    value->setMaximum(f > 0 ? maxMinutes / f : AlertRules::kMaxPendingEvaluations);
}

RuleEditorDialog::RuleEditorDialog(const AlertRule &rule, std::shared_ptr<QueryService> service,
                                   const QStringList &paramKeys, QWidget *parent)
    : QDialog(parent), m_original(rule), m_paramKeys(paramKeys)
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(rule.name.isEmpty() ? tr("New Alert Rule") : tr("Edit Alert Rule"));
    m_preview = new BacktestChart(std::move(service), this);
    buildUi();
    resize(960, 640);
    for (DurationEdit *d : {&m_window, &m_interval, &m_noData})
        d->value->setMinimum(1);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Accepts from anywhere, also from fields where Return means something
    // else (spin boxes, the date editor).
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *accept = new QShortcut(keys, this);
        connect(accept, &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                QDialog::accept();
        });
    }
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep the rule (Ctrl+Return)"));

    // Typing a mark runs the backtest once the typing pauses, not at every
    // digit.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &RuleEditorDialog::updatePreview);
    connect(m_preview, &BacktestChart::updated, this, &RuleEditorDialog::previewUpdated);
    connect(m_preview, &BacktestChart::daysChanged, this, [this] {
        m_previewTimer->stop();
        updatePreview();
    });

    loadRule(rule);
    connectEdits();
    updateState();
    m_previewTimer->stop();
    updatePreview();
    m_name->setFocus();
}

void RuleEditorDialog::connectEdits()
{
    auto changed = [this] { updateState(); };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    for (QComboBox *c : {m_metric, m_bots, m_windowKind, m_kind, m_baseline, m_direction, m_unit, m_severity})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (DurationEdit *d : {&m_window, &m_interval, &m_noData, &m_pending, &m_keepFiring, &m_repeat}) {
        connect(d->unit, &QComboBox::currentIndexChanged, this, [this, d] {
            d->unitChanged();
            updateState();
        });
        connect(d->value, &QSpinBox::valueChanged, this, changed);
    }
    for (QDoubleSpinBox *s :
         {m_high, m_low, m_amount, m_recoveryHigh.level, m_recoveryLow.level, m_recoveryAmount.level})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (QCheckBox *c : {m_recoveryHigh.set, m_recoveryLow.set, m_recoveryAmount.set, m_enabled, m_mute})
        connect(c, &QCheckBox::toggled, this, changed);
    connect(m_muteUntil, &QDateTimeEdit::dateTimeChanged, this, changed);
}

void RuleEditorDialog::loadRule(const AlertRule &rule)
{
    m_loading = true;
    m_name->setText(rule.name);
    selectData(m_metric, int(rule.metric));
    selectData(m_bots, int(rule.bots));
    m_filters->setFilters(rule.filters);
    selectData(m_windowKind, int(rule.window.kind));
    m_window.setMinutes(rule.window.minutes);
    m_interval.setMinutes(rule.intervalMinutes);

    const AlertCondition &c = rule.condition;
    selectData(m_kind, int(c.kind));
    // An unset recovery level shows the mark, where checking the box starts.
    auto recovery = [](Recovery &r, const std::optional<double> &level, double mark) {
        r.set->setChecked(level.has_value());
        r.level->setValue(level.value_or(mark));
    };
    m_high->setValue(c.high);
    recovery(m_recoveryHigh, c.recoveryHigh, c.high);
    m_low->setValue(c.low);
    recovery(m_recoveryLow, c.recoveryLow, c.low);
    selectData(m_baseline, int(c.baseline));
    selectData(m_direction, int(c.direction));
    selectData(m_unit, int(c.unit));
    m_amount->setValue(c.amount);
    recovery(m_recoveryAmount, c.recoveryAmount, c.amount);
    m_noData.setMinutes(c.noDataMinutes);

    const AlertTiming &t = rule.timing;
    if (t.pendingEvaluations > 0) {
        m_pending.unit->setCurrentIndex(m_pending.unit->findData(0));
        m_pending.unitChanged();
        m_pending.value->setValue(t.pendingEvaluations);
    } else {
        m_pending.setMinutes(t.pendingMinutes);
    }
    m_keepFiring.setMinutes(t.keepFiringMinutes);
    m_repeat.setMinutes(t.repeatMinutes);
    selectData(m_severity, int(rule.severity));
    m_enabled->setChecked(rule.enabled);

    m_mute->setChecked(rule.muteUntilMs > 0);
    // Unmuted, the editor suggests the next whole hour.
    const std::int64_t hourMs = 3600'000;
    const std::int64_t suggested = (QDateTime::currentMSecsSinceEpoch() / hourMs + 1) * hourMs;
    m_muteUntil->setDateTime(
        QDateTime::fromMSecsSinceEpoch(rule.muteUntilMs > 0 ? rule.muteUntilMs : suggested));
    m_loading = false;
}

AlertRule RuleEditorDialog::result() const
{
    AlertRule r = m_original;
    r.name = m_name->text() == m_original.name ? m_original.name : m_name->text().trimmed();
    r.metric = MetricId(m_metric->currentData().toInt());
    r.bots = BotMode(m_bots->currentData().toInt());
    // A filter without values stays, so validation can say so instead of the
    // filter quietly disappearing.
    r.filters = m_filters->filters(true);
    r.window.kind = AlertWindowKind(m_windowKind->currentData().toInt());
    r.window.minutes =
        r.window.kind == AlertWindowKind::Trailing ? m_window.minutes() : AlertWindow{}.minutes;
    r.intervalMinutes = m_interval.minutes();

    // Only what the kind uses, so the rule equals what its JSON reads back
    // and a kind tried and abandoned leaves no trace.
    AlertCondition c;
    c.kind = AlertConditionKind(m_kind->currentData().toInt());
    auto level = [](const Recovery &rec) {
        return rec.set->isChecked() ? std::optional(rec.level->value()) : std::nullopt;
    };
    const bool high = c.kind == AlertConditionKind::Above || c.kind == AlertConditionKind::Outside;
    const bool low = c.kind == AlertConditionKind::Below || c.kind == AlertConditionKind::Outside;
    if (high) {
        c.high = m_high->value();
        c.recoveryHigh = level(m_recoveryHigh);
    }
    if (low) {
        c.low = m_low->value();
        c.recoveryLow = level(m_recoveryLow);
    }
    if (c.kind == AlertConditionKind::Change) {
        c.baseline = ChangeBaseline(m_baseline->currentData().toInt());
        c.direction = ChangeDirection(m_direction->currentData().toInt());
        c.unit = ChangeUnit(m_unit->currentData().toInt());
        c.amount = m_amount->value();
        c.recoveryAmount = level(m_recoveryAmount);
    }
    if (c.kind == AlertConditionKind::NoData)
        c.noDataMinutes = m_noData.minutes();
    r.condition = c;

    const bool evaluations = m_pending.factor() == 0;
    r.timing.pendingMinutes = evaluations ? 0 : m_pending.minutes();
    r.timing.pendingEvaluations = evaluations ? m_pending.value->value() : 0;
    r.timing.keepFiringMinutes = m_keepFiring.minutes();
    r.timing.repeatMinutes = m_repeat.minutes();
    r.severity = AlertSeverity(m_severity->currentData().toInt());
    r.enabled = m_enabled->isChecked();
    if (!m_mute->isChecked())
        r.muteUntilMs = 0;
    else if (m_original.muteUntilMs <= 0 ||
             m_muteUntil->dateTime() != QDateTime::fromMSecsSinceEpoch(m_original.muteUntilMs))
        r.muteUntilMs = m_muteUntil->dateTime().toMSecsSinceEpoch();
    return r;
}

int RuleEditorDialog::previewIncidents() const
{
    return int(m_preview->backtest().episodes.size());
}

std::vector<std::int64_t> RuleEditorDialog::previewFireTimes() const
{
    std::vector<std::int64_t> times;
    for (const AlertEpisode &e : m_preview->backtest().episodes)
        times.push_back(e.firedMs);
    return times;
}

void RuleEditorDialog::updateState()
{
    if (m_loading)
        return;
    const auto kind = AlertConditionKind(m_kind->currentData().toInt());
    const bool high = kind == AlertConditionKind::Above || kind == AlertConditionKind::Outside;
    const bool low = kind == AlertConditionKind::Below || kind == AlertConditionKind::Outside;
    const bool change = kind == AlertConditionKind::Change;
    const bool noData = kind == AlertConditionKind::NoData;
    for (const auto &[widgets, on] : {std::pair{&m_highRow, high}, std::pair{&m_lowRow, low},
                                      std::pair{&m_changeRow, change}, std::pair{&m_noDataRow, noData}})
        for (QWidget *w : *widgets)
            w->setEnabled(on);
    m_recoveryHigh.level->setEnabled(high && m_recoveryHigh.set->isChecked());
    m_recoveryLow.level->setEnabled(low && m_recoveryLow.set->isChecked());
    m_recoveryAmount.level->setEnabled(change && m_recoveryAmount.set->isChecked());
    // No-data rules read the last N minutes of their condition, whatever the
    // window.
    m_windowKind->setEnabled(!noData);
    const bool trailing = AlertWindowKind(m_windowKind->currentData().toInt()) == AlertWindowKind::Trailing;
    m_window.value->setEnabled(!noData && trailing);
    m_window.unit->setEnabled(!noData && trailing);
    const bool percent = ChangeUnit(m_unit->currentData().toInt()) == ChangeUnit::Percent;
    const QString suffix = percent ? tr(" %") : QString();
    m_amount->setSuffix(suffix);
    m_recoveryAmount.level->setSuffix(suffix);
    m_muteUntil->setEnabled(m_mute->isChecked());

    const AlertRule rule = result();
    QStringList problems = AlertRules::validateForSaving(rule);
    if (const AlertRule *other = AlertRules::namedLike(m_others, rule.name, rule.id))
        problems << tr("Another rule is named \u201c%1\u201d. Give this one its own name, so that "
                       "notifications and the history tell them apart.")
                        .arg(other->name.trimmed());
    m_footer->setProblem(problems.join(QLatin1Char('\n')));
    m_previewTimer->start();
}

void RuleEditorDialog::setOtherRules(std::vector<AlertRule> rules)
{
    m_others = std::move(rules);
    updateState();
}

void RuleEditorDialog::updatePreview()
{
    AlertRule rule = result();
    // A rule still without a name can be tried all the same.
    if (rule.name.trimmed().isEmpty())
        rule.name = tr("New rule");
    const QStringList problems = AlertRules::validateForSaving(rule);
    if (problems.isEmpty())
        m_preview->setRule(rule);
    else
        m_preview->setProblem(problems.join(QLatin1Char('\n')));
}

} // namespace es::ui
