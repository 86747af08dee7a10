#include "timerange/timerangepicker.h"

#include "timerange/rangeicons.h"
#include "timerange/timerangepopup.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

namespace es::ui {

namespace {

constexpr int kHistorySize = 5;
// The next-period button and the tool tip follow the clock; a range rarely
// ends within less than a minute, so twice a minute is enough.
constexpr int kClockTickMs = 30 * 1000;

QString withShortcut(const QString &text, const QAction *action)
{
    return QCoreApplication::translate("es::ui::TimeRangePicker", "%1 (%2)")
        .arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

TimeRangePicker::TimeRangePicker(QWidget *parent)
    : QWidget(parent), m_previousAction(new QAction(tr("Previous period"), this)),
      m_nextAction(new QAction(tr("Next period"), this)), m_zoomOutAction(new QAction(tr("Zoom out"), this)),
      m_openAction(new QAction(tr("Choose time range"), this)), m_previous(nullptr), m_range(nullptr),
      m_next(nullptr), m_zoomOut(nullptr), m_popup(new TimeRangePopup(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("timeRangePicker"));
    setAccessibleName(tr("Time range"));
    createActions();

    m_previous = addButton(m_previousAction, "previousPeriod");
    m_previous->setArrowType(Qt::LeftArrow);
    // Not driven by its action: the action would overwrite the button's
    // text, which is the range itself.
    m_range = new QToolButton(this);
    m_range->setObjectName(QStringLiteral("rangeButton"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->setFocusPolicy(Qt::StrongFocus);
    m_range->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_range, &QToolButton::clicked, this, &TimeRangePicker::openPopup);
    m_range->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_next = addButton(m_nextAction, "nextPeriod");
    m_next->setArrowType(Qt::RightArrow);
    m_zoomOut = addButton(m_zoomOutAction, "zoomOut");
    // The small buttons take the range button's height, so the row reads as
    // one control.
    for (QToolButton *button : {m_previous, m_next, m_zoomOut})
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_previous);
    row->addWidget(m_range);
    row->addWidget(m_next);
    row->addSpacing(4);
    row->addWidget(m_zoomOut);
    // Tab reaches the range first: it is what keyboard users came for.
    setTabOrder(m_range, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_zoomOut);
    setFocusProxy(m_range);

    connect(m_popup, &TimeRangePopup::applied, this, &TimeRangePicker::onPopupApplied);
    connect(m_popup, &TimeRangePopup::timeZonePicked, this, &TimeRangePicker::onZonePicked);
    // The click that closes the popup must not reopen it through the range button.
    m_popup->setAttribute(Qt::WA_NoMouseReplay);

    m_clock->setInterval(kClockTickMs);
    connect(m_clock, &QTimer::timeout, this, &TimeRangePicker::updateState);
    m_clock->start();

    updateIcons();
    updateState();
}

TimeRangePicker::~TimeRangePicker() = default;

void TimeRangePicker::createActions()
{
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    m_zoomOutAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Minus));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    const QList<QAction *> actions{m_previousAction, m_nextAction, m_zoomOutAction, m_openAction};
    for (QAction *action : actions) {
        // The dashboard's shortcuts work wherever the focus is in its window.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_previousAction->setToolTip(withShortcut(tr("Previous period"), m_previousAction));
    m_nextAction->setToolTip(withShortcut(tr("Next period"), m_nextAction));
    m_zoomOutAction->setToolTip(
        withShortcut(tr("Zoom out: twice the span, around the same middle"), m_zoomOutAction));
    connect(m_previousAction, &QAction::triggered, this, &TimeRangePicker::previousPeriod);
    connect(m_nextAction, &QAction::triggered, this, &TimeRangePicker::nextPeriod);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimeRangePicker::zoomOut);
    connect(m_openAction, &QAction::triggered, this, &TimeRangePicker::openPopup);
}

QToolButton *TimeRangePicker::addButton(QAction *action, const char *objectName)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(action->text());
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void TimeRangePicker::setSpec(const RangeSpec &spec)
{
    m_spec = spec;
    if (m_popup->isVisible())
        m_popup->setSpec(m_spec);
    updateState();
}

void TimeRangePicker::setTimeZone(const QByteArray &ianaId)
{
    if (ianaId == m_zone.zoneId() || !QTimeZone(ianaId).isValid())
        return;
    m_zone = ZoneBucketer(ianaId, m_zone.weekStart());
    m_popup->setZone(m_zone);
    updateState();
}

void TimeRangePicker::setWeekStart(int weekday)
{
    if (weekday == m_zone.weekStart())
        return;
    m_zone = ZoneBucketer(m_zone.zoneId(), weekday);
    m_popup->setZone(m_zone);
    updateState();
}

void TimeRangePicker::setDataExtent(DataExtent extent)
{
    m_extent = extent;
    m_popup->setDataExtent(extent);
    updateState();
}

void TimeRangePicker::setNowProvider(std::function<std::int64_t()> nowMs)
{
    m_nowMs = std::move(nowMs);
    m_popup->setNowProvider([this] { return this->nowMs(); });
    updateState();
}

std::optional<TimeRange> TimeRangePicker::currentRange() const
{
    return resolveRange(m_spec, nowMs(), m_zone, m_extent, nullptr);
}

void TimeRangePicker::setHistory(const QStringList &entries)
{
    QStringList kept;
    for (const QString &entry : entries) {
        const std::optional<RangeSpec> spec = RangeSpec::fromString(entry);
        // Re-serialised, so "the same range" means the same text.
        if (spec && !kept.contains(spec->toString()))
            kept.append(spec->toString());
        if (kept.size() == kHistorySize)
            break;
    }
    m_history = kept;
    m_popup->setHistory(historySpecs());
}

void TimeRangePicker::previousPeriod()
{
    if (!currentRange())
        return;
    changeSpec(shiftRange(m_spec, -1, nowMs(), m_zone, m_extent));
}

void TimeRangePicker::nextPeriod()
{
    const std::optional<TimeRange> range = currentRange();
    const std::int64_t now = nowMs() / 1000;
    if (!range || range->toSecs >= now)
        return;
    RangeSpec next = shiftRange(m_spec, 1, nowMs(), m_zone, m_extent);
    // A step never reaches into the future, except that a calendar period
    // (today, this week) is shown whole, as its preset would show it.
    const bool wholeDays = m_zone.floor(next.fromSecs, Granularity::Day) == next.fromSecs &&
                           m_zone.floor(next.toSecs, Granularity::Day) == next.toSecs;
    if (next.toSecs > now && !wholeDays)
        next = RangeSpec::absolute({now - (next.toSecs - next.fromSecs), now});
    changeSpec(next);
}

void TimeRangePicker::zoomOut()
{
    if (!currentRange())
        return;
    changeSpec(es::zoomOut(m_spec, nowMs(), m_zone, m_extent));
}

void TimeRangePicker::openPopup()
{
    m_popup->setZone(m_zone);
    m_popup->setDataExtent(m_extent);
    m_popup->setHistory(historySpecs());
    m_popup->setSpec(m_spec);
    m_popup->popup(m_range);
}

void TimeRangePicker::changeSpec(const RangeSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    updateState();
    emit specChanged(m_spec);
}

void TimeRangePicker::onPopupApplied(const RangeSpec &spec)
{
    changeSpec(spec);
    remember(spec);
    m_range->setFocus(Qt::PopupFocusReason);
}

void TimeRangePicker::onZonePicked(const QByteArray &ianaId)
{
    const QByteArray before = m_zone.zoneId();
    setTimeZone(ianaId);
    if (m_zone.zoneId() != before)
        emit timeZoneChanged(m_zone.zoneId());
}

void TimeRangePicker::remember(const RangeSpec &spec)
{
    QStringList next = m_history;
    next.removeAll(spec.toString());
    next.prepend(spec.toString());
    while (next.size() > kHistorySize)
        next.removeLast();
    if (next == m_history)
        return;
    m_history = next;
    m_popup->setHistory(historySpecs());
    emit historyChanged(m_history);
}

QList<RangeSpec> TimeRangePicker::historySpecs() const
{
    QList<RangeSpec> specs;
    for (const QString &entry : m_history) {
        if (const std::optional<RangeSpec> spec = RangeSpec::fromString(entry))
            specs.append(*spec);
    }
    return specs;
}

void TimeRangePicker::updateState()
{
    const std::optional<TimeRange> range = currentRange();
    const std::int64_t now = nowMs() / 1000;
    m_range->setText(m_spec.label(m_zone));
    const QString zone = QString::fromUtf8(m_zone.zoneId());
    const QString shown = range ? tr("%1 (%2)").arg(RangeSpec::absolute(*range).label(m_zone), zone)
                                : tr("This range cannot be shown.");
    m_range->setToolTip(tr("%1\nChoose another range: click or press %2")
                            .arg(shown, m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_range->setAccessibleDescription(shown);
    m_previousAction->setEnabled(range.has_value());
    m_zoomOutAction->setEnabled(range.has_value());
    m_nextAction->setEnabled(range && range->toSecs < now);
}

void TimeRangePicker::updateIcons()
{
    m_range->setIcon(rangeClockIcon(palette()));
    m_zoomOutAction->setIcon(rangeZoomOutIcon(palette()));
}

std::int64_t TimeRangePicker::nowMs() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void TimeRangePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

} // namespace es::ui
