#include "settings/generalpage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace es::ui {

namespace {
void select(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

GeneralPage::GeneralPage(QWidget *parent)
    : SettingsPage(tr("General"), false, parent), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this))
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Languages in their own names, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System colours"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    QFormLayout *form = makeForm();
    addRow(form, tr("&Language:"), m_language, tr("Takes effect after a restart."));
    addRow(form, tr("&Theme:"), m_theme, tr("Applied at once when you press OK or Apply."));

    for (QComboBox *c : {m_language, m_theme})
        connect(c, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

void GeneralPage::load(const SettingsValues &values)
{
    select(m_language, values.app.language);
    select(m_theme, values.app.appearance);
}

void GeneralPage::store(SettingsValues &values) const
{
    values.app.language = m_language->currentData().toString();
    values.app.appearance = m_theme->currentData().toString();
}

} // namespace es::ui
