#pragma once
// The user's ways to bring data in: File → Import Log Files… (and files
// dropped on the window), File → Kafka Connections… with the password from
// the keychain or asked for, and stopping the consumers. Runs everything
// through a SourceController.

#include "sources/kafkaprofile.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QAction;
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

    // Imports files (from a drop or the command line); false while another import runs.
    bool importFiles(const QStringList &files);
    // Starts consuming a profile; asks for a missing password.
    void connectKafka(const KafkaProfile &profile, const QString &password);

private:
    void chooseFiles();
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
    QHash<QString, KafkaProfile> m_waitingForPassword; // by keychain key
};

} // namespace es::ui
