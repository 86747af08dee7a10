#pragma once
// The time-range control of dashboards and reports: a compact row of
// previous period, the range (which opens TimeRangePopup), next period and
// zoom out. It keeps the range as the user picked it (RangeSpec), so "last
// 24 hours" moves with the clock, and resolves it in the workspace zone.
//
// The signals report changes made by the user or by the slots. The setters
// are silent, so a caller that restores saved state does not hear its own
// echo.

#include "core/zonebucketer.h"
#include "query/rangespec.h"

#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QTimer;
class QToolButton;

namespace es::ui {

class TimeRangePopup;

class TimeRangePicker : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRangePicker(QWidget *parent = nullptr);
    ~TimeRangePicker() override;

    void setSpec(const RangeSpec &spec);
    RangeSpec spec() const { return m_spec; }

    // IANA id, e.g. "Europe/Berlin". An id the zone database does not know
    // is ignored.
    void setTimeZone(const QByteArray &ianaId);
    QByteArray timeZone() const { return m_zone.zoneId(); }
    // First day of a week: 1 = Monday ... 7 = Sunday.
    void setWeekStart(int weekday);
    int weekStart() const { return m_zone.weekStart(); }
    const ZoneBucketer &zone() const { return m_zone; }

    // Oldest and newest event, for "All data".
    void setDataExtent(DataExtent extent);
    DataExtent dataExtent() const { return m_extent; }

    // The clock that presets and relative ranges are resolved against (UTC
    // ms); an empty function restores the system clock.
    void setNowProvider(std::function<std::int64_t()> nowMs);

    // The range the spec stands for now; nullopt when it does not resolve.
    std::optional<TimeRange> currentRange() const;

    // The last ranges applied from the popup, most recent first, as
    // RangeSpec::toString() texts: at most five, no two alike.
    QStringList history() const { return m_history; }
    // Unreadable entries and repeats are dropped.
    void setHistory(const QStringList &entries);

public slots:
    void previousPeriod();
    // Does nothing when the range already reaches now.
    void nextPeriod();
    void zoomOut();
    void openPopup();

signals:
    void specChanged(const es::RangeSpec &spec);
    void timeZoneChanged(const QByteArray &ianaId);
    void historyChanged(const QStringList &entries);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    QToolButton *addButton(QAction *action, const char *objectName);
    void changeSpec(const RangeSpec &spec);
    void onPopupApplied(const RangeSpec &spec);
    void onZonePicked(const QByteArray &ianaId);
    void remember(const RangeSpec &spec);
    QList<RangeSpec> historySpecs() const;
    void updateState();
    void updateIcons();
    std::int64_t nowMs() const;

    RangeSpec m_spec;
    ZoneBucketer m_zone;
    DataExtent m_extent;
    std::function<std::int64_t()> m_nowMs;
    QStringList m_history;

    QAction *m_previousAction;
    QAction *m_nextAction;
    QAction *m_zoomOutAction;
    QAction *m_openAction;
    QToolButton *m_previous;
    QToolButton *m_range;
    QToolButton *m_next;
    QToolButton *m_zoomOut;
    TimeRangePopup *m_popup;
    QTimer *m_clock;
};

} // namespace es::ui
