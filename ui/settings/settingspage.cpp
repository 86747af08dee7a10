#include "settings/settingspage.h"

#include <QFormLayout>
#include <QLabel>

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

QFormLayout *SettingsPage::makeForm()
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace es::ui
