#include "settings/settingspage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

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

void SettingsPage::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &hintText,
                          QWidget *buddy)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(buddy ? buddy : field);
    if (hintText.isEmpty()) {
        form->addRow(l, field);
        return;
    }
    // The field and its explanation in one cell: a row of its own would be
    // given the height of the text wrapped at a narrower width.
    auto *cell = new QWidget(this);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(hint(hintText));
    form->addRow(l, cell);
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
    form->setVerticalSpacing(10);
    return form;
}

} // namespace es::ui
