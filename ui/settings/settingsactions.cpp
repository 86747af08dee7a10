#include "settings/settingsactions.h"

#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacecontroller.h"
#include "settings/settingsdialog.h"
#include "settings/settingsimpact.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace es::ui {

SettingsActions::SettingsActions(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Settings…"), this))
{
    m_action->setObjectName(QStringLiteral("settingsAction"));
    // Ctrl+, everywhere: the platform's Preferences key is not defined on
    // every desktop.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_action->setShortcuts(keys);
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setStatusTip(tr("Language, theme, time zone, privacy, classification, retention and more"));
    connect(m_action, &QAction::triggered, this, &SettingsActions::showSettings);
}

SettingsDialog *SettingsActions::dialog() const
{
    return m_dialog;
}

QMessageBox *SettingsActions::rebuildOffer() const
{
    return m_offer;
}

void SettingsActions::showSettings()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SettingsDialog(m_window->workspace()->currentPath(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SettingsDialog::saved, this, &SettingsActions::saved);
    m_dialog->open();
}

void SettingsActions::saved(const QStringList &changedKeys)
{
    // The dashboards count hours, days and weeks in the workspace's zone
    // from its first weekday: the workspace is opened again to use the new ones.
    const bool calendar =
        changedKeys.contains(QLatin1String("time_zone")) || changedKeys.contains(QLatin1String("week_start"));
    if (calendar && !m_window->workspace()->currentPath().isEmpty())
        m_window->openWorkspace(m_window->workspace()->currentPath());
    offerRebuild(changedKeys);
}

void SettingsActions::offerRebuild(const QStringList &changedKeys)
{
    const QStringList past = SettingsImpact::pastDataKeys(changedKeys);
    if (past.isEmpty())
        return;
    QStringList names;
    for (const QString &k : past)
        names << SettingsImpact::title(k);
    if (m_offer)
        m_offer->close();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Settings saved"),
                                tr("The new settings apply to data imported from now on."),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("rebuildOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Changed: %1. The numbers already stored were computed with the previous "
                               "settings; rebuild them from the sources to apply the change to the past as "
                               "well.")
                                .arg(names.join(QStringLiteral(", "))));
    QPushButton *rebuild = box->addButton(tr("&Rebuild…"), QMessageBox::AcceptRole);
    rebuild->setObjectName(QStringLiteral("rebuildButton"));
    QPushButton *later = box->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("notNowButton"));
    box->setDefaultButton(later);
    connect(rebuild, &QPushButton::clicked, this, &SettingsActions::rebuildRequested);
    m_offer = box;
    box->open();
}

} // namespace es::ui
