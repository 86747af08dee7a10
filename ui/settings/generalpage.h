#pragma once
// Settings → General: the language of the application (after a restart)
// and its colours (at once).

#include "settings/settingspage.h"

class QComboBox;

namespace es::ui {

class GeneralPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit GeneralPage(QWidget *parent = nullptr);

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *themeCombo() const { return m_theme; }

private:
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace es::ui
