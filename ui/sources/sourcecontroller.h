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
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace es {
class Writer;
class FileImporter;
} // namespace es

namespace es::ui {

class SourceController : public QObject
{
    Q_OBJECT
public:
    explicit SourceController(QObject *parent = nullptr);
    ~SourceController() override; // stops every job, keeping what was committed

    // The workspace the jobs write to; stops the jobs of the previous one.
    void setWorkspace(const QString &path);
    QString workspace() const { return m_path; }

    // Imports the files one after the other. False while an import runs.
    bool importFiles(const QStringList &files, const ImportOptions &options = {});
    bool isImporting() const { return m_importing; }
    void cancelImport();

    // Starts consuming under `name` (a profile name). False if it already runs.
    bool startKafka(const QString &name, const KafkaOptions &options);
    void stopKafka(const QString &name);
    void stopAllKafka();
    QStringList runningKafka() const { return m_kafka.keys(); }

    // Stops everything and waits for it (for closing the window).
    void stopAll();

signals:
    void importStarted(int files);
    void importProgress(const es::ImportProgress &progress, int fileIndex, int fileCount);
    // One summary line per file, and whether all of them went in.
    void importFinished(const QStringList &summary, bool ok, bool cancelled);
    void kafkaStatus(const QString &name, const es::KafkaStatus &status);
    void kafkaFinished(const QString &name, const QString &error);
    // A batch was committed to the workspace (Unix ms).
    void committed(qint64 committedMs, qint64 records);

private:
    // Opens the writer on first use (on a job thread); empty string or an error.
    QString ensureWriter();
    void finishImport(const QStringList &summary, bool ok, bool cancelled);

    struct KafkaJob
    {
        std::mutex mutex;
        std::unique_ptr<KafkaConsumer> consumer; // created on the job's thread
        bool cancelled = false;
        std::thread thread;
        void cancel();
    };

    QString m_path;
    std::mutex m_writerMutex;
    std::shared_ptr<Writer> m_writer;
    std::thread m_importThread;
    std::atomic<bool> m_importing{false};
    std::atomic<bool> m_cancelImport{false};
    std::atomic<FileImporter *> m_importer{nullptr};
    QHash<QString, std::shared_ptr<KafkaJob>> m_kafka;
};

} // namespace es::ui

Q_DECLARE_METATYPE(es::ImportProgress)
Q_DECLARE_METATYPE(es::KafkaStatus)
