#pragma once
// The user's ways to bring data in: File → Import Logs… and files dropped on
// the window (both open the ImportDialog), File → Recent Log Files, File →
// Kafka Connections… with the password from the keychain or asked for, and
// stopping the consumers. Runs everything through a SourceController.

#include "importer/importdialog.h"
#include "sources/kafkaprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace es::ui {

class Keychain;
class SourceController;

class SourceActions : public QObject
{
    Q_OBJECT
public:
    SourceActions(SourceController *sources, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *kafkaAction() const { return m_kafka; }
    QAction *stopKafkaAction() const { return m_stopKafka; }
    QMenu *recentMenu() const { return m_recent; }

    // Opens the import dialog (or raises the open one) with these files and
    // folders added.
    ImportDialog *openImportDialog(const QStringList &paths = {});
    ImportDialog *importDialog() const { return m_dialog; }
    // Imports files at once, without the dialog (command line, scripts);
    // false while another import runs.
    bool importFiles(const QStringList &files);
    // Starts consuming a profile; asks for a missing password.
    void connectKafka(const KafkaProfile &profile, const QString &password);

private:
    void fillRecentMenu();
    void showKafkaDialog();
    void startKafka(const KafkaProfile &profile, const QString &password);
    void updateActions();
    void passwordRead(const QString &key, const QString &password);

    SourceController *m_sources;
    QWidget *m_window;
    Keychain *m_keychain;
    QAction *m_import;
    QAction *m_kafka;
    QAction *m_stopKafka;
    QMenu *m_recent;
    QPointer<ImportDialog> m_dialog;
    QHash<QString, KafkaProfile> m_waitingForPassword; // by keychain key
};

} // namespace es::ui
