#include "settings/settingspage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace es::ui {

SettingsPage::SettingsPage(const QString &title, bool workspace, QWidget *parent)
    : QWidget(parent), m_title(title), m_workspace(workspace)
{
    setAccessibleName(title);
}

QLabel *SettingsPage::hint(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void SettingsPage::watch(QSpinBox *spin)
{
    connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    if (auto *edit = spin->findChild<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::changed);
}

QFormLayout *SettingsPage::makeForm()
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace es::ui
