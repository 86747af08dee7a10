#include "sources/sourcecontroller.h"

#include "ingest/fileimporter.h"
#include "store/writer.h"

#include <QFileInfo>
#include <QLocale>
#include <QPointer>

namespace es::ui {

SourceController::SourceController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<es::ImportProgress>();
    qRegisterMetaType<es::KafkaStatus>();
}

SourceController::~SourceController()
{
    stopAll();
}

void SourceController::setWorkspace(const QString &path)
{
    if (path == m_path)
        return;
    stopAll();
    std::lock_guard lock(m_writerMutex);
    m_writer.reset();
    m_path = path;
}

void SourceController::stopAll()
{
    cancelImport();
    if (m_importThread.joinable())
        m_importThread.join();
    stopAllKafka();
    std::lock_guard lock(m_writerMutex);
    if (m_writer)
        m_writer->flush();
}

QString SourceController::ensureWriter()
{
    std::lock_guard lock(m_writerMutex);
    if (m_writer && !m_writer->hasFailed())
        return {};
    if (m_path.isEmpty())
        return tr("No workspace is open.");
    auto writer = std::make_shared<Writer>();
    if (!writer->open(m_path))
        return writer->errorString();
    QPointer<SourceController> self(this);
    writer->setCommitCallback([self](const CommitInfo &info) {
        // Writer thread: hand the commit to the GUI thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, info] {
                if (self)
                    emit self->committed(info.committedMs, info.records);
            },
            Qt::QueuedConnection);
    });
    m_writer = std::move(writer);
    return {};
}

bool SourceController::importFiles(const QStringList &files, const ImportOptions &options)
{
    if (m_importing || files.isEmpty())
        return false;
    if (m_importThread.joinable())
        m_importThread.join();
    m_importing = true;
    m_cancelImport = false;
    emit importStarted(int(files.size()));
    QPointer<SourceController> self(this);
    m_importThread = std::thread([this, self, files, options] {
        QStringList summary;
        bool ok = true;
        const QString error = ensureWriter();
        if (!error.isEmpty()) {
            summary << error;
            ok = false;
        }
        std::shared_ptr<Writer> writer;
        {
            std::lock_guard lock(m_writerMutex);
            writer = m_writer;
        }
        const QLocale locale;
        for (int i = 0; ok && i < files.size() && !m_cancelImport; ++i) {
            FileImporter importer(*writer, options);
            m_importer = &importer;
            if (m_cancelImport)
                importer.cancel();
            const FileImportResult r =
                importer.importFile(files[i], [self, i, n = int(files.size())](const ImportProgress &p) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, p, i, n] {
                            if (self)
                                emit self->importProgress(p, i, n);
                        },
                        Qt::QueuedConnection);
                    return true;
                });
            m_importer = nullptr;
            const QString name = QFileInfo(files[i]).fileName();
            switch (r.status) {
            case FileImportResult::Status::Imported:
                summary << tr("%1: %2 lines, %3 events, %4 malformed (%5)")
                               .arg(name, locale.toString(r.lines), locale.toString(r.records),
                                    locale.toString(r.malformed), r.format);
                break;
            case FileImportResult::Status::AlreadyImported:
                summary << tr("%1: already imported").arg(name);
                break;
            case FileImportResult::Status::Empty:
                summary << tr("%1: empty").arg(name);
                break;
            case FileImportResult::Status::Cancelled:
                summary << tr("%1: cancelled after %2 lines; importing it again continues there")
                               .arg(name, locale.toString(r.lines));
                break;
            case FileImportResult::Status::Failed:
                summary << tr("%1: %2").arg(name, r.error);
                ok = false;
                break;
            }
            for (const QString &w : r.warnings)
                summary << w;
        }
        const bool cancelled = m_cancelImport;
        QMetaObject::invokeMethod(
            self.data(),
            [self, summary, ok, cancelled] {
                if (self)
                    self->finishImport(summary, ok, cancelled);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SourceController::finishImport(const QStringList &summary, bool ok, bool cancelled)
{
    if (m_importThread.joinable())
        m_importThread.join();
    m_importing = false;
    emit importFinished(summary, ok, cancelled);
}

void SourceController::cancelImport()
{
    m_cancelImport = true;
    if (FileImporter *imp = m_importer.load())
        imp->cancel();
}

void SourceController::KafkaJob::cancel()
{
    std::lock_guard lock(mutex);
    cancelled = true;
    if (consumer)
        consumer->cancel();
}

bool SourceController::startKafka(const QString &name, const KafkaOptions &options)
{
    if (m_kafka.contains(name))
        return false;
    auto job = std::make_shared<KafkaJob>();
    m_kafka.insert(name, job);
    QPointer<SourceController> self(this);
    job->thread = std::thread([this, self, name, options, job = job.get()] {
        QString error = ensureWriter();
        if (error.isEmpty()) {
            std::shared_ptr<Writer> writer;
            {
                std::lock_guard lock(m_writerMutex);
                writer = m_writer;
            }
            KafkaConsumer *consumer = nullptr;
            {
                std::lock_guard lock(job->mutex);
                if (!job->cancelled) {
                    job->consumer = std::make_unique<KafkaConsumer>(*writer, options);
                    consumer = job->consumer.get();
                }
            }
            if (consumer) {
                const KafkaResult r = consumer->run([self, name](const KafkaStatus &s) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, name, s] {
                            if (self)
                                emit self->kafkaStatus(name, s);
                        },
                        Qt::QueuedConnection);
                    return true;
                });
                error = r.error;
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, name, error] {
                if (!self)
                    return;
                if (auto done = self->m_kafka.take(name); done && done->thread.joinable())
                    done->thread.join();
                emit self->kafkaFinished(name, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SourceController::stopKafka(const QString &name)
{
    if (auto job = m_kafka.value(name))
        job->cancel();
}

void SourceController::stopAllKafka()
{
    const auto jobs = m_kafka;
    m_kafka.clear();
    for (const auto &job : jobs)
        job->cancel();
    for (const auto &job : jobs) {
        if (job->thread.joinable())
            job->thread.join();
    }
}

} // namespace es::ui
