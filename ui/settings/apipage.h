#pragma once
// Settings → Local API: the address the local API server (View → Local API
// Server…) listens on and the file holding its bearer token.

#include "settings/settingspage.h"

class QLineEdit;

namespace es::ui {

class ApiPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ApiPage(QWidget *parent = nullptr);

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;
    QStringList problems() const override;

    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *tokenFileEdit() const { return m_tokenFile; }

private:
    QLineEdit *m_listen;
    QLineEdit *m_tokenFile;
};

} // namespace es::ui
