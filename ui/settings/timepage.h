#pragma once
// Settings → Time: the workspace's time zone, in which hours, days and weeks
// are counted, and the first day of a week.

#include "settings/settingspage.h"

class QComboBox;

namespace es::ui {

class TimeZoneCombo;

class TimePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit TimePage(QWidget *parent = nullptr);

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;
    QStringList problems() const override;

    TimeZoneCombo *zoneCombo() const { return m_zone; }
    QComboBox *weekStartCombo() const { return m_weekStart; }

private:
    TimeZoneCombo *m_zone;
    QComboBox *m_weekStart;
};

} // namespace es::ui
