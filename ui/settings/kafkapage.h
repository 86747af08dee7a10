#pragma once
// Settings → Kafka: the connection profile that File → Kafka Connections…
// selects first.

#include "settings/settingspage.h"

class QComboBox;

namespace es::ui {

class KafkaPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit KafkaPage(QWidget *parent = nullptr);

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;
    QStringList problems() const override;

    QComboBox *profileCombo() const { return m_profile; }

private:
    QComboBox *m_profile;
    QStringList m_saved; // names of the saved profiles
};

} // namespace es::ui
