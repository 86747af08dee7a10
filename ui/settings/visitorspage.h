#pragma once
// Settings → Visitors & privacy: what identifies a visitor, how client
// addresses are anonymised, and when a session ends.

#include "settings/settingspage.h"

class QComboBox;
class QSpinBox;

namespace es::ui {

class VisitorsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit VisitorsPage(QWidget *parent = nullptr);

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;
    QStringList problems() const override;

    QComboBox *visitorKeyCombo() const { return m_visitorKey; }
    QComboBox *anonymizeCombo() const { return m_anonymize; }
    QSpinBox *sessionTimeoutSpin() const { return m_timeout; }
    QSpinBox *lateWindowSpin() const { return m_window; }

private:
    QComboBox *m_visitorKey;
    QComboBox *m_anonymize;
    QSpinBox *m_timeout;
    QSpinBox *m_window;
};

} // namespace es::ui
