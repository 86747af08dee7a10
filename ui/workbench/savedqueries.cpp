#include "workbench/savedqueries.h"

#include "settings/preferences.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace es::ui {

SavedQueries::SavedQueries(std::function<QString()> current, QWidget *parent)
    : QWidget(parent), m_current(std::move(current)), m_combo(new QComboBox(this)),
      m_save(new QPushButton(tr("&Save…"), this)), m_delete(new QPushButton(tr("Delete"), this))
{
    m_combo->setObjectName(QStringLiteral("savedQueries"));
    m_combo->setAccessibleName(tr("Saved statements"));
    m_combo->setMinimumContentsLength(18);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_save->setObjectName(QStringLiteral("saveQueryButton"));
    m_save->setToolTip(tr("Keep the statement under a name (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_delete->setObjectName(QStringLiteral("deleteQueryButton"));
    m_delete->setToolTip(tr("Delete the chosen saved statement"));
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString sql = statement(m_combo->itemText(index));
        if (index > 0 && !sql.isEmpty())
            emit picked(sql);
        m_delete->setEnabled(index > 0);
    });
    connect(m_save, &QPushButton::clicked, this, &SavedQueries::saveCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = m_combo->currentIndex() > 0 ? m_combo->currentText() : QString();
        if (!name.isEmpty())
            remove(name);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);
    fill();
}

QStringList SavedQueries::names() const
{
    QStringList names = prefs::sqlSaved.get().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString SavedQueries::statement(const QString &name) const
{
    return prefs::sqlSaved.get().value(name).toString();
}

void SavedQueries::save(const QString &name, const QString &sql)
{
    const QString key = name.trimmed();
    if (key.isEmpty() || sql.trimmed().isEmpty())
        return;
    QVariantMap saved = prefs::sqlSaved.get();
    saved.insert(key, sql.trimmed());
    prefs::sqlSaved.set(saved);
    fill(key);
}

void SavedQueries::remove(const QString &name)
{
    QVariantMap saved = prefs::sqlSaved.get();
    saved.remove(name);
    prefs::sqlSaved.set(saved);
    fill();
}

void SavedQueries::saveCurrent()
{
    const QString sql = m_current();
    if (sql.trimmed().isEmpty())
        return;
    bool ok = false;
    const QString suggested = m_combo->currentIndex() > 0 ? m_combo->currentText() : QString();
    const QString name =
        QInputDialog::getText(this, tr("Save Statement"), tr("Name:"), QLineEdit::Normal, suggested, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString existing = statement(name);
    if (!existing.isEmpty() && existing != sql.trimmed() &&
        QMessageBox::question(this, tr("Replace Statement"),
                              tr("A statement named “%1” is saved already. Replace it?").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    save(name, sql);
}

void SavedQueries::fill(const QString &select)
{
    m_combo->clear();
    m_combo->addItem(tr("Saved statements…"));
    const QVariantMap saved = prefs::sqlSaved.get();
    for (const QString &name : names()) {
        m_combo->addItem(name);
        m_combo->setItemData(m_combo->count() - 1, saved.value(name).toString(), Qt::ToolTipRole);
    }
    const int index = select.isEmpty() ? 0 : std::max(0, m_combo->findText(select));
    m_combo->setCurrentIndex(index);
    m_combo->setEnabled(m_combo->count() > 1);
    m_delete->setEnabled(index > 0);
}

} // namespace es::ui
