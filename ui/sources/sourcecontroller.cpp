#include "sources/sourcecontroller.h"

#include "core/workerthread.h"
#include "ingest/filefollower.h"
#include "ingest/fileimporter.h"
#include "store/writer.h"

#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <algorithm>
#include <atomic>
#include <functional>
#include <future>
#include <mutex>

namespace es::ui {

struct SourceController::KafkaJob
{
    std::mutex mutex;
    std::unique_ptr<KafkaConsumer> consumer; // created on the job's thread
    QString topic;
    bool cancelled = false;
    std::thread thread;

    void cancel()
    {
        std::lock_guard lock(mutex);
        cancelled = true;
        if (consumer)
            consumer->cancel();
    }
};

// The jobs of one open workspace and their writer. Job threads hold the
// session, not the controller, so a session can be stopped in the
// background while the window goes on with the next workspace.
struct SourceController::Session
{
    QString path;
    std::mutex writerMutex;
    std::shared_ptr<Writer> writer;
    std::thread importThread;
    std::atomic<bool> importing{false};
    std::atomic<bool> cancelImport{false};
    std::atomic<FileImporter *> importer{nullptr};
    std::atomic<FileFollower *> follower{nullptr};   // while files are followed
    QHash<QString, std::shared_ptr<KafkaJob>> kafka; // GUI thread only
    // Sessions stopped before this one: their writers must be closed before
    // this one opens its own (one writer per workspace).
    std::shared_future<void> previous;

    void cancel()
    {
        cancelImport = true;
        if (FileImporter *imp = importer.load())
            imp->cancel();
        if (FileFollower *f = follower.load())
            f->cancel();
        for (const auto &job : std::as_const(kafka))
            job->cancel();
    }

    // Waits for every job, then commits what is pending and closes the writer.
    void finish()
    {
        if (importThread.joinable())
            importThread.join();
        for (const auto &job : std::as_const(kafka)) {
            if (job->thread.joinable())
                job->thread.join();
        }
        std::lock_guard lock(writerMutex);
        if (writer)
            writer->flush();
        writer.reset();
    }
};

namespace {

// Opens the session's writer on first use (on a job thread): empty string
// or an error.
QString ensureWriter(const std::shared_ptr<SourceController::Session> &session,
                     const QPointer<SourceController> &self);

} // namespace

SourceController::SourceController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<es::ImportProgress>();
    qRegisterMetaType<es::KafkaStatus>();
    qRegisterMetaType<std::vector<es::FileImportResult>>();
}

SourceController::~SourceController()
{
    stopAll();
}

QString SourceController::workspace() const
{
    return m_session ? m_session->path : QString();
}

bool SourceController::isImporting() const
{
    return m_session && m_session->importing;
}

QStringList SourceController::runningKafka() const
{
    return m_session ? m_session->kafka.keys() : QStringList();
}

QString SourceController::kafkaTopic(const QString &name) const
{
    const auto job = m_session ? m_session->kafka.value(name) : nullptr;
    return job ? job->topic : QString();
}

bool SourceController::isBusy() const
{
    return isImporting() || !runningKafka().isEmpty() || m_retiringCount > 0;
}

void SourceController::setWorkspace(const QString &path)
{
    if (path == workspace())
        return;
    retire();
    if (path.isEmpty())
        return;
    m_session = std::make_shared<Session>();
    m_session->path = path;
    m_session->previous = m_lastRetired;
}

void SourceController::retire()
{
    if (!m_session)
        return;
    const std::shared_ptr<Session> old = std::move(m_session);
    m_session.reset();
    old->cancel();
    // The window shows nothing running from now on; the jobs end and commit
    // in the background.
    if (old->importing.exchange(false))
        emit importFinished(
            {tr("The import was stopped; importing the files again continues where it stopped.")}, false,
            true);
    for (const QString &name : old->kafka.keys())
        emit kafkaFinished(name, QString());

    std::promise<void> done;
    const std::shared_future<void> previous = m_lastRetired;
    m_lastRetired = done.get_future().share();
    ++m_retiringCount;
    QPointer<SourceController> self(this);
    m_retiring.emplace_back([old, previous, done = std::move(done), self]() mutable {
        if (previous.valid())
            previous.wait();
        old->finish();
        done.set_value();
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (self)
                    self->retired();
            },
            Qt::QueuedConnection);
    });
}

void SourceController::retired()
{
    if (--m_retiringCount > 0)
        return;
    // Every stopping thread has ended.
    for (std::thread &t : m_retiring)
        t.join();
    m_retiring.clear();
    if (!isBusy())
        emit stopped();
}

void SourceController::stopAllInBackground()
{
    retire();
    if (m_retiringCount == 0)
        QMetaObject::invokeMethod(this, &SourceController::stopped, Qt::QueuedConnection);
}

void SourceController::stopAll()
{
    retire();
    for (std::thread &t : m_retiring)
        t.join();
    m_retiring.clear();
    m_retiringCount = 0;
}

namespace {

QString ensureWriter(const std::shared_ptr<SourceController::Session> &session,
                     const QPointer<SourceController> &self)
{
    if (session->previous.valid())
        session->previous.wait();
    std::lock_guard lock(session->writerMutex);
    if (session->writer && !session->writer->hasFailed())
        return {};
    auto writer = std::make_shared<Writer>();
    if (!writer->open(session->path))
        return writer->errorString();
    const std::weak_ptr<SourceController::Session> weak = session;
    writer->setCommitCallback([self, weak](const CommitInfo &info) {
        // Writer thread: hand the commit to the GUI thread, unless the
        // window has moved on to another workspace.
        QMetaObject::invokeMethod(
            self.data(),
            [self, weak, info] {
                if (self && self->isCurrent(weak.lock()))
                    emit self->committed(info.committedMs, info.records);
            },
            Qt::QueuedConnection);
    });
    session->writer = std::move(writer);
    return {};
}

std::shared_ptr<Writer> writerOf(SourceController::Session &session)
{
    std::lock_guard lock(session.writerMutex);
    return session.writer;
}

// Follows `files` until cancelled; one result per file, its rounds added up.
std::vector<FileImportResult> followFiles(SourceController::Session &session, Writer &writer,
                                          const QStringList &files, const ImportOptions &options,
                                          const std::function<bool(int, const ImportProgress &)> &progress)
{
    std::vector<FileImportResult> results;
    FileFollower follower(writer, options);
    session.follower = &follower;
    if (session.cancelImport)
        follower.cancel();
    auto indexOf = [&files](const QString &path) {
        for (int i = 0; i < files.size(); ++i) {
            if (QFileInfo(files[i]).absoluteFilePath() == path)
                return i;
        }
        return 0;
    };
    follower.run(
        files, [&](const ImportProgress &p) { return progress(indexOf(p.path), p); },
        [&](const FileImportResult &r) {
            auto same = std::find_if(results.begin(), results.end(),
                                     [&r](const FileImportResult &o) { return o.path == r.path; });
            if (same == results.end()) {
                results.push_back(r);
                return;
            }
            same->lines += r.lines;
            same->records += r.records;
            same->malformed += r.malformed;
            same->seconds += r.seconds;
            same->warnings += r.warnings;
            for (const MalformedSample &s : r.samples) {
                if (same->samples.size() < size_t(Aggregate::kMaxSamples))
                    same->samples.push_back(s);
            }
            if (r.status == FileImportResult::Status::Imported ||
                r.status == FileImportResult::Status::Failed)
                same->status = r.status;
        });
    session.follower = nullptr;
    return results;
}

} // namespace

bool SourceController::importFiles(const QStringList &files, const ImportOptions &options)
{
    if (!m_session || m_session->importing || files.isEmpty())
        return false;
    const std::shared_ptr<Session> session = m_session;
    if (session->importThread.joinable())
        session->importThread.join();
    session->importing = true;
    session->cancelImport = false;
    emit importStarted(int(files.size()));
    QPointer<SourceController> self(this);
    session->importThread = std::thread([self, session, files, options] {
        workerthread::enter("es-import");
        QStringList summary;
        bool ok = true;
        const QString error = ensureWriter(session, self);
        if (!error.isEmpty()) {
            summary << error;
            ok = false;
        }
        const std::shared_ptr<Writer> writer = writerOf(*session);
        const QLocale locale;
        auto progress = [self, files](int i, const ImportProgress &p) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, p, i, n = int(files.size())] {
                    if (self)
                        emit self->importProgress(p, i, n);
                },
                Qt::QueuedConnection);
            return true;
        };
        std::vector<FileImportResult> results;
        if (ok && options.follow)
            results = followFiles(*session, *writer, files, options, progress);
        for (int i = 0; ok && i < files.size() && !session->cancelImport && !options.follow; ++i) {
            FileImporter importer(*writer, options);
            session->importer = &importer;
            if (session->cancelImport)
                importer.cancel();
            results.push_back(
                importer.importFile(files[i], [&](const ImportProgress &p) { return progress(i, p); }));
            session->importer = nullptr;
            if (results.back().status == FileImportResult::Status::Failed)
                break; // as before: the files after a failure are left for the next import
        }
        for (const FileImportResult &r : results) {
            const QString name = QFileInfo(r.path).fileName();
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
        const bool cancelled = session->cancelImport && !options.follow;
        QMetaObject::invokeMethod(
            self.data(),
            [self, session, summary, ok, cancelled, results = std::move(results)] {
                if (!self || !self->isCurrent(session))
                    return;
                if (session->importThread.joinable())
                    session->importThread.join();
                session->importing = false;
                emit self->importResults(results, cancelled);
                emit self->importFinished(summary, ok, cancelled);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SourceController::cancelImport()
{
    if (!m_session)
        return;
    m_session->cancelImport = true;
    if (FileImporter *imp = m_session->importer.load())
        imp->cancel();
    if (FileFollower *f = m_session->follower.load())
        f->cancel();
}

bool SourceController::startKafka(const QString &name, const KafkaOptions &options)
{
    if (!m_session || m_session->kafka.contains(name))
        return false;
    const std::shared_ptr<Session> session = m_session;
    auto job = std::make_shared<KafkaJob>();
    job->topic = options.topic;
    session->kafka.insert(name, job);
    QPointer<SourceController> self(this);
    job->thread = std::thread([self, session, name, options, job = job.get()] {
        workerthread::enter("es-kafka");
        QString error = ensureWriter(session, self);
        if (error.isEmpty()) {
            const std::shared_ptr<Writer> writer = writerOf(*session);
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
            [self, session, name, error] {
                if (!self || !self->isCurrent(session))
                    return; // stopped with its workspace, reported then
                if (auto done = session->kafka.take(name); done && done->thread.joinable())
                    done->thread.join();
                emit self->kafkaFinished(name, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SourceController::stopKafka(const QString &name)
{
    if (!m_session)
        return;
    if (auto job = m_session->kafka.value(name))
        job->cancel();
}

void SourceController::stopAllKafka()
{
    // Each consumer leaves its group, commits and reports kafkaFinished on
    // its own; nothing waits here.
    if (!m_session)
        return;
    for (const auto &job : std::as_const(m_session->kafka))
        job->cancel();
}

} // namespace es::ui
