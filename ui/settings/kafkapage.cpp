#include "settings/kafkapage.h"

#include "sources/kafkaprofile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace es::ui {

KafkaPage::KafkaPage(QWidget *parent)
    : SettingsPage(tr("Kafka"), false, parent), m_profile(new QComboBox(this))
{
    m_profile->setObjectName(QStringLiteral("kafkaProfileCombo"));
    m_profile->addItem(tr("None (the first one)"), QString());
    for (const KafkaProfile &p : loadKafkaProfiles()) {
        m_saved << p.name;
        m_profile->addItem(p.name, p.name);
    }

    QFormLayout *form = makeForm();
    addRow(form, tr("&Default connection:"), m_profile,
           m_profile->count() > 1 ? tr("Selected first in File → Kafka Connections….")
                                  : tr("There are no saved connections yet: add them in File → Kafka "
                                       "Connections…."));
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

void KafkaPage::load(const SettingsValues &values)
{
    int i = m_profile->findData(values.app.kafkaProfile);
    if (i < 0) {
        // A profile removed since: shown, so that nothing changes unseen,
        // and reported as a problem.
        m_profile->addItem(values.app.kafkaProfile, values.app.kafkaProfile);
        i = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(i);
}

void KafkaPage::store(SettingsValues &values) const
{
    values.app.kafkaProfile = m_profile->currentData().toString();
}

QStringList KafkaPage::problems() const
{
    const QString name = m_profile->currentData().toString();
    if (name.isEmpty() || m_saved.contains(name))
        return {};
    return {tr("There is no Kafka connection \"%1\" any more. Choose another one or none.").arg(name)};
}

} // namespace es::ui
