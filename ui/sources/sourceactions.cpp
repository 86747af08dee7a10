#include "sources/sourceactions.h"

#include "importer/importdialog.h"
#include "settings/preferences.h"
#include "sources/kafkaprofiledialog.h"
#include "sources/keychain.h"
#include "sources/sourcecontroller.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace es::ui {

SourceActions::SourceActions(SourceController *sources, QWidget *window)
    : QObject(window), m_sources(sources), m_window(window), m_keychain(new Keychain(this)),
      m_import(new QAction(tr("&Import Logs…"), this)), m_kafka(new QAction(tr("&Kafka Connections…"), this)),
      m_stopKafka(new QAction(tr("&Stop Kafka Consumers"), this)),
      m_recent(new QMenu(tr("Recent &Log Files"), window))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Import web access logs or JSON event logs into the workspace"));
    m_kafka->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_kafka->setStatusTip(tr("Consume Kafka topics into the workspace"));
    m_stopKafka->setStatusTip(tr("Stop every Kafka consumer; what was read is kept"));
    connect(m_import, &QAction::triggered, this, [this] { openImportDialog(); });
    connect(m_recent, &QMenu::aboutToShow, this, &SourceActions::fillRecentMenu);
    connect(m_kafka, &QAction::triggered, this, &SourceActions::showKafkaDialog);
    connect(m_stopKafka, &QAction::triggered, m_sources, &SourceController::stopAllKafka);
    connect(m_keychain, &Keychain::readDone, this,
            [this](const QString &key, const QString &password, const QString &) {
                passwordRead(key, password);
            });
    connect(m_sources, &SourceController::importStarted, this, &SourceActions::updateActions);
    connect(m_sources, &SourceController::importFinished, this, &SourceActions::updateActions);
    connect(m_sources, &SourceController::kafkaStatus, this, &SourceActions::updateActions);
    connect(m_sources, &SourceController::kafkaFinished, this, &SourceActions::updateActions);
    connect(m_sources, &SourceController::importFinished, this,
            [this](const QStringList &summary, bool ok, bool) {
                // The import dialog shows its own summary.
                if (!ok && !(m_dialog && m_dialog->isVisible()))
                    QMessageBox::warning(m_window, tr("Import failed"), summary.join(QLatin1Char('\n')));
            });
    updateActions();
}

void SourceActions::updateActions()
{
    m_import->setEnabled(!m_sources->isImporting());
    m_stopKafka->setEnabled(!m_sources->runningKafka().isEmpty());
}

ImportDialog *SourceActions::openImportDialog(const QStringList &paths)
{
    if (!m_dialog) {
        m_dialog = new ImportDialog(m_sources, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->addPaths(paths);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void SourceActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = prefs::recentLogFiles.get();
    for (const QString &path : recent) {
        QAction *a =
            m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { openImportDialog({path}); });
        a->setStatusTip(path);
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent log files"))->setEnabled(false);
}

bool SourceActions::importFiles(const QStringList &files)
{
    if (m_sources->isImporting()) {
        QMessageBox::information(
            m_window, tr("Import running"),
            tr("Another import is running. Wait for it to finish or cancel it in the status "
               "bar, then import these files."));
        return false;
    }
    return m_sources->importFiles(files);
}

void SourceActions::showKafkaDialog()
{
    auto *dialog = new KafkaProfileDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KafkaProfileDialog::connectRequested, this, &SourceActions::connectKafka);
    dialog->open();
}

void SourceActions::connectKafka(const KafkaProfile &profile, const QString &password)
{
    if (!profile.needsPassword() || !password.isEmpty()) {
        startKafka(profile, password);
        return;
    }
    // The keychain first; without one, ask (and keep it only in memory).
    m_waitingForPassword.insert(profile.keychainKey(), profile);
    m_keychain->read(profile.keychainKey());
}

void SourceActions::passwordRead(const QString &key, const QString &stored)
{
    if (!m_waitingForPassword.contains(key))
        return;
    const KafkaProfile profile = m_waitingForPassword.take(key);
    if (!stored.isEmpty()) {
        startKafka(profile, stored);
        return;
    }
    bool ok = false;
    const QString typed =
        QInputDialog::getText(m_window, tr("Kafka password"),
                              tr("Password of %1 for %2 (not stored: no system keychain holds it):")
                                  .arg(profile.username, profile.name),
                              QLineEdit::Password, QString(), &ok);
    if (ok)
        startKafka(profile, typed);
}

void SourceActions::startKafka(const KafkaProfile &profile, const QString &password)
{
    if (!m_sources->startKafka(profile.name, profile.options(password)))
        QMessageBox::information(
            m_window, tr("Already consuming"),
            tr("%1 is already being consumed. Stop it first to connect again.").arg(profile.name));
    updateActions();
}

} // namespace es::ui
