#include "alerts/alerttoast.h"

#include "charts/charttheme.h"
#include "charts/valueformat.h"
#include "query/labels.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace es::ui {

namespace {

constexpr int kBarWidth = 5;
constexpr int kRadius = 6;

QString number(const std::optional<AlertRule> &rule, double v)
{
    if (rule)
        return ValueFormat::metric(rule->metric, v);
    return QLocale().toString(v, 'f', std::floor(v) == v ? 0 : 2);
}

// A change as the rule measures it: percent, or an amount with its sign.
QString change(const std::optional<AlertRule> &rule, double v)
{
    if (!rule || rule->condition.unit == ChangeUnit::Percent)
        return ValueFormat::percentChange(v);
    return (v < 0 ? QStringLiteral("−") : QStringLiteral("+")) + number(rule, std::abs(v));
}

} // namespace

AlertToast::AlertToast(const AlertEvent &event, const std::optional<AlertRule> &rule,
                       const QByteArray &timeZone, QWidget *parent)
    : QFrame(parent), m_event(event), m_title(new QLabel(this)), m_time(new QLabel(this)),
      m_value(new QLabel(this)), m_open(new QPushButton(tr("Open"), this)),
      m_acknowledge(new QPushButton(tr("Acknowledge"), this)),
      m_snooze(new QPushButton(tr("Snooze 1 h"), this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("alertToast"));
    setFocusPolicy(Qt::StrongFocus);
    const bool resolved = event.notice == AlertNotice::Resolved;

    m_title->setObjectName(QStringLiteral("toastTitle"));
    m_title->setText(event.ruleName);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    QString kind;
    switch (event.notice) {
    case AlertNotice::Resolved:
        kind = tr("Resolved");
        break;
    case AlertNotice::Reminder:
        kind = tr("Still firing");
        break;
    default:
        kind = AlertRules::severityTitle(event.severity);
        break;
    }
    m_time->setObjectName(QStringLiteral("toastTime"));
    m_time->setText(tr("%1 · %2").arg(kind, describeTime(event.atMs, timeZone)));
    m_value->setObjectName(QStringLiteral("toastValue"));
    m_value->setText(describeValue(event, rule));
    m_value->setWordWrap(true);
    m_value->setTextFormat(Qt::PlainText);

    m_close->setObjectName(QStringLiteral("toastClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss (Esc)"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_open->setObjectName(QStringLiteral("toastOpen"));
    m_open->setToolTip(tr("Show the rule's metric on the dashboard for the window it read"));
    m_acknowledge->setObjectName(QStringLiteral("toastAcknowledge"));
    m_acknowledge->setToolTip(tr("Mark the incident as seen in the alert history"));
    m_acknowledge->setEnabled(event.historyId != 0);
    m_snooze->setObjectName(QStringLiteral("toastSnooze"));
    m_snooze->setToolTip(tr("No notices from this rule for an hour; it is still evaluated and recorded"));
    m_snooze->setVisible(!resolved);

    auto *head = new QHBoxLayout;
    head->setSpacing(6);
    head->addWidget(m_title, 1);
    head->addWidget(m_close, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_open);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_snooze);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kBarWidth + 12, 8, 8, 10);
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addWidget(m_time);
    layout->addWidget(m_value);
    layout->addSpacing(4);
    layout->addLayout(buttons);

    setAccessibleName(tr("Alert: %1").arg(event.ruleName));
    setAccessibleDescription(tr("%1. %2").arg(m_time->text(), m_value->text()));

    connect(m_open, &QPushButton::clicked, this, &AlertToast::openRequested);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertToast::acknowledgeRequested);
    connect(m_snooze, &QPushButton::clicked, this, &AlertToast::snoozeRequested);
    connect(m_close, &QToolButton::clicked, this, &AlertToast::dismissRequested);
    updateColors();
}

QString AlertToast::titleText() const
{
    return m_title->text();
}

QString AlertToast::valueText() const
{
    return m_value->text();
}

QString AlertToast::timeText() const
{
    return m_time->text();
}

QColor AlertToast::barColor() const
{
    return severityColor(m_event.severity, m_event.notice == AlertNotice::Resolved, palette());
}

QString AlertToast::describeValue(const AlertEvent &e, const std::optional<AlertRule> &rule)
{
    if (!e.value)
        return tr("no value");
    const double v = *e.value;
    const QString value = number(rule, v);
    const bool resolved = e.notice == AlertNotice::Resolved;
    AlertConditionKind kind = rule ? rule->condition.kind : AlertConditionKind::Above;
    // Without the rule (deleted meanwhile), the side of the mark tells: a
    // firing value is past it, a recovered one back on the other side.
    if (!rule && e.threshold && (resolved ? v > *e.threshold : v < *e.threshold))
        kind = AlertConditionKind::Below;
    if (!e.threshold && kind != AlertConditionKind::NoData)
        return tr("value %1").arg(value);
    const double mark = e.threshold.value_or(0);
    switch (kind) {
    case AlertConditionKind::Above:
        return resolved ? tr("value %1, back at or below %2").arg(value, number(rule, mark))
                        : tr("value %1 above %2").arg(value, number(rule, mark));
    case AlertConditionKind::Below:
        return resolved ? tr("value %1, back at or above %2").arg(value, number(rule, mark))
                        : tr("value %1 below %2").arg(value, number(rule, mark));
    case AlertConditionKind::Outside:
        if (resolved)
            return tr("value %1, back within %2 to %3")
                .arg(value, number(rule, rule->condition.recoveryLow.value_or(rule->condition.low)),
                     number(rule, rule->condition.recoveryHigh.value_or(rule->condition.high)));
        return v > mark ? tr("value %1 above %2").arg(value, number(rule, mark))
                        : tr("value %1 below %2").arg(value, number(rule, mark));
    case AlertConditionKind::Change:
        return resolved ? tr("change %1, back under %2").arg(change(rule, v), change(rule, std::abs(mark)))
                        : tr("change %1, mark %2").arg(change(rule, v), change(rule, mark));
    case AlertConditionKind::NoData: {
        const int minutes = rule ? rule->condition.noDataMinutes : int(mark);
        const QString metric = rule ? Labels::metricTitle(rule->metric) : tr("Data");
        return resolved ? tr("%1 again: %2").arg(metric, value)
                        : tr("%1: none for %2 min").arg(metric).arg(minutes);
    }
    }
    return tr("value %1").arg(value);
}

QString AlertToast::describeTime(std::int64_t utcMs, const QByteArray &timeZone)
{
    const QTimeZone zone(timeZone.isEmpty() ? QByteArray("UTC") : timeZone);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, zone.isValid() ? zone : QTimeZone::utc());
    const QLocale locale;
    if (at.date() == QDateTime::currentDateTimeUtc().toTimeZone(at.timeZone()).date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QColor AlertToast::severityColor(AlertSeverity severity, bool resolved, const QPalette &palette)
{
    const bool dark = theme::isDark(palette);
    if (resolved)
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    switch (severity) {
    case AlertSeverity::Info:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case AlertSeverity::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xbf, 0x87, 0x00);
    case AlertSeverity::Critical:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    }
    return palette.color(QPalette::Highlight);
}

void AlertToast::updateColors()
{
    // The kind and time line in the bar's colour names the severity without
    // relying on the bar alone.
    // On a light card the bar's colour is darkened for text contrast.
    QPalette p = m_time->palette();
    p.setColor(QPalette::WindowText, theme::isDark(palette()) ? barColor() : barColor().darker(125));
    m_time->setPalette(p);
    update();
}

void AlertToast::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
}

void AlertToast::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath card;
    card.addRoundedRect(r, kRadius, kRadius);
    const QPalette &pal = palette();
    // A raised surface: white on a light window, lighter than a dark one.
    const bool dark = theme::isDark(pal);
    p.fillPath(card, dark ? pal.color(QPalette::Window).lighter(130) : pal.color(QPalette::Base));
    // The bar is the card's left edge, clipped to its rounded corners.
    p.save();
    p.setClipPath(card);
    p.fillRect(QRectF(r.left(), r.top(), kBarWidth, r.height()), barColor());
    p.restore();
    const QColor border = pal.color(hasFocus() ? QPalette::Highlight
                                    : dark     ? QPalette::Light
                                               : QPalette::Mid);
    p.setPen(QPen(border, hasFocus() ? 2 : 1));
    p.drawPath(card);
}

void AlertToast::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit dismissRequested();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace es::ui
