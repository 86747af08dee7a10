#pragma once
// Runs the workspace's inputs from the desktop application: file imports and
// Kafka consumers, each on its own thread, all writing through one Writer
// (the workspace's single writer). Progress, consumer status and every
// commit come back to the GUI thread as signals; nothing here blocks it.

#include "ingest/importtypes.h"
#include "ingest/kafkaconsumer.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <future>
#include <memory>
#include <thread>
#include <vector>

namespace es::ui {

class SourceController : public QObject
{
    Q_OBJECT
public:
    explicit SourceController(QObject *parent = nullptr);
    ~SourceController() override; // stops every job, keeping what was committed

    // The workspace the jobs write to. The jobs of the previous one are
    // stopped in the background: what they read is committed there, and the
    // window goes on at once (finished signals for them are sent now).
    void setWorkspace(const QString &path);
    QString workspace() const;

    // Imports the files one after the other. False while an import runs.
    bool importFiles(const QStringList &files, const ImportOptions &options = {});
    bool isImporting() const;
    void cancelImport();

    // Starts consuming under `name` (a profile name). False if it already runs.
    bool startKafka(const QString &name, const KafkaOptions &options);
    void stopKafka(const QString &name);
    void stopAllKafka();
    QStringList runningKafka() const;
    // The topic a running consumer reads; "" when `name` does not run.
    QString kafkaTopic(const QString &name) const;

    // Whether an import or a consumer runs, or stopped ones are still
    // committing their last batch.
    bool isBusy() const;
    // Stops everything in the background; stopped() follows once every job
    // has ended and its last batch is committed (for closing the window).
    void stopAllInBackground();
    // Stops everything and waits for it.
    void stopAll();

    // The jobs of one open workspace (sourcecontroller.cpp).
    struct Session;
    // Whether `session` belongs to the workspace the window shows.
    bool isCurrent(const std::shared_ptr<Session> &session) const { return session && session == m_session; }

signals:
    void importStarted(int files);
    void importProgress(const es::ImportProgress &progress, int fileIndex, int fileCount);
    // One summary line per file, and whether all of them went in.
    void importFinished(const QStringList &summary, bool ok, bool cancelled);
    // Sent just before importFinished: what became of each file, with its
    // malformed samples (a followed file: the sum of its rounds).
    void importResults(const std::vector<es::FileImportResult> &results, bool cancelled);
    void kafkaStatus(const QString &name, const es::KafkaStatus &status);
    void kafkaFinished(const QString &name, const QString &error);
    // A batch was committed to the workspace (Unix ms).
    void committed(qint64 committedMs, qint64 records);
    // Every job stopped by stopAllInBackground() or setWorkspace() has ended.
    void stopped();

private:
    struct KafkaJob;

    // Stops the current session's jobs without waiting: they end, commit
    // and close their writer on a thread of their own.
    void retire();
    void retired();

    std::shared_ptr<Session> m_session;
    // Threads that stop retired sessions; joined by the destructor.
    std::vector<std::thread> m_retiring;
    int m_retiringCount = 0;
    // Done once the last retired session has closed its writer.
    std::shared_future<void> m_lastRetired;
};

} // namespace es::ui

Q_DECLARE_METATYPE(es::ImportProgress)
Q_DECLARE_METATYPE(es::KafkaStatus)
Q_DECLARE_METATYPE(std::vector<es::FileImportResult>)
