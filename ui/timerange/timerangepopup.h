#pragma once
// The drop-down of TimeRangePicker: quick ranges, a fixed range of two dates,
// a range of two time expressions, the recent ranges and the time zone. It
// only reports what the user chose; the picker decides what that changes.

#include "core/zonebucketer.h"
#include "query/rangespec.h"

#include <QFrame>
#include <cstdint>
#include <functional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QRadioButton;

namespace es::ui {

class RangeListModel;
class TimeZoneCombo;

class TimeRangePopup : public QFrame
{
    Q_OBJECT
public:
    explicit TimeRangePopup(QWidget *parent = nullptr);
    ~TimeRangePopup() override;

    // What the popup resolves and validates against; the picker keeps them
    // in step with its own.
    void setZone(const ZoneBucketer &zone);
    void setNowProvider(std::function<std::int64_t()> nowMs);
    void setDataExtent(DataExtent extent);
    void setHistory(const QList<RangeSpec> &recent);
    // Fills the sections from the range in effect, so editing starts from it.
    void setSpec(const RangeSpec &spec);

    // Shows the popup below (or, near the screen's bottom, above) `anchor`.
    void popup(QWidget *anchor);

signals:
    // The user chose a range (a quick range, Apply, or a recent one).
    void applied(const es::RangeSpec &spec);
    // The user picked another IANA time zone.
    void timeZonePicked(const QByteArray &ianaId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class Mode { Fixed, Relative };

    void buildLayout();
    void connectParts();
    void setMode(Mode mode);
    // The range the Fixed or Relative section describes.
    RangeSpec candidate() const;
    void validate();
    void fitHeight();
    void apply();
    void chooseFrom(const RangeListModel *model, const QModelIndex &index);
    void updateZoneTexts();
    void updateColours();
    void fillFixed(TimeRange range);
    std::int64_t nowMs() const;
    QString describe(TimeRange range) const;

    ZoneBucketer m_zone;
    std::function<std::int64_t()> m_nowMs;
    DataExtent m_extent;
    Mode m_mode = Mode::Relative;
    // Set while the popup fills its fields, which is not the user choosing a section.
    bool m_filling = false;

    RangeListModel *m_presets;
    RangeListModel *m_recent;
    QListView *m_presetList;
    QRadioButton *m_fixedMode;
    QDateTimeEdit *m_customFrom;
    QDateTimeEdit *m_customTo;
    QRadioButton *m_relativeMode;
    QLineEdit *m_relativeFrom;
    QLineEdit *m_relativeTo;
    QLabel *m_validation;
    QLabel *m_preview;
    QPushButton *m_apply;
    QLabel *m_recentHeader;
    QListView *m_recentList;
    QLabel *m_zoneNote;
    TimeZoneCombo *m_zoneCombo;
};

} // namespace es::ui
