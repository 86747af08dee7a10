#include "ingest/filefollower.h"

#include "ingest/fileimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace es {

namespace {
class FollowText
{
    Q_DECLARE_TR_FUNCTIONS(es::FileFollower)
};
} // namespace

struct FileFollower::Followed
{
    QString path;
    int fd = -1; // holds the followed file open, so it can be finished after a rotation
    dev_t dev = 0;
    ino_t ino = 0;
    std::int64_t size = -1; // size at the last round, -1 = not seen yet

    void close()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
        dev = 0;
        ino = 0;
        size = -1;
    }
    // Opens the file now at `path`; false if there is none.
    bool open()
    {
        close();
        const int f = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (f < 0)
            return false;
        struct stat st = {};
        if (::fstat(f, &st) != 0) {
            ::close(f);
            return false;
        }
        fd = f;
        dev = st.st_dev;
        ino = st.st_ino;
        return true;
    }
    QString descriptorPath() const { return QStringLiteral("/proc/self/fd/%1").arg(fd); }

    // Files rotated away stay open for a while: a logger often writes a few
    // more lines to the old file before it reopens the new one.
    struct Retired
    {
        int fd = -1;
        std::int64_t size = 0;
        std::chrono::steady_clock::time_point lastChange;
        QString descriptorPath() const { return QStringLiteral("/proc/self/fd/%1").arg(fd); }
    };
    std::vector<Retired> retired;
    // Moves the open file to `retired`.
    void retire(std::int64_t sizeRead)
    {
        if (fd < 0)
            return;
        retired.push_back({fd, sizeRead, std::chrono::steady_clock::now()});
        fd = -1;
        close();
    }
    void closeAll()
    {
        close();
        for (const Retired &r : retired)
            ::close(r.fd);
        retired.clear();
    }
};

namespace {
std::int64_t sizeOf(int fd)
{
    struct stat st = {};
    return ::fstat(fd, &st) == 0 ? std::int64_t(st.st_size) : -1;
}
} // namespace

FileFollower::FileFollower(Writer &writer, ImportOptions options)
    : m_writer(writer), m_options(std::move(options))
{}

FileFollower::~FileFollower() = default;

void FileFollower::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancel = true;
        if (m_active)
            m_active->cancel();
    }
    m_cv.notify_all();
}

bool FileFollower::waitPoll()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, std::chrono::milliseconds(std::max(10, m_options.followPollMs)),
                  [this] { return m_cancel.load(); });
    return !m_cancel;
}

FileImportResult FileFollower::importOnce(const QString &path, const QString &readFrom, bool holdPartialLine,
                                          const ProgressCallback &progress)
{
    ImportOptions o = m_options;
    o.follow = holdPartialLine;
    FileImporter importer(m_writer, o);
    {
        std::lock_guard lock(m_mutex);
        if (m_cancel) {
            FileImportResult r;
            r.path = path;
            r.status = FileImportResult::Status::Cancelled;
            return r;
        }
        m_active = &importer;
    }
    FileImportResult r = importer.importFile(path, progress, readFrom);
    std::lock_guard lock(m_mutex);
    m_active = nullptr;
    return r;
}

void FileFollower::run(const QStringList &paths, const ProgressCallback &progress,
                       const ResultCallback &onResult)
{
    std::vector<Followed> files;
    for (const QString &p : paths) {
        Followed f;
        f.path = QFileInfo(p).absoluteFilePath();
        files.push_back(std::move(f));
    }
    auto report = [&](const FileImportResult &r, bool always) {
        const bool readSomething = r.lines > 0 || r.malformed > 0;
        const bool problem = r.status == FileImportResult::Status::Failed || !r.warnings.isEmpty();
        if (onResult && (always || readSomething || problem))
            onResult(r);
    };
    auto idle = [&] {
        if (!progress)
            return;
        ImportProgress p;
        p.following = true;
        if (!progress(p))
            cancel();
    };

    // First round: everything there is now.
    for (Followed &f : files) {
        if (m_cancel)
            break;
        if (!f.open()) {
            FileImportResult r;
            r.path = f.path;
            r.status = FileImportResult::Status::Empty;
            r.warnings << FollowText::tr("%1 does not exist yet; waiting for it to appear.")
                              .arg(QFileInfo(f.path).fileName());
            report(r, true);
            continue;
        }
        struct stat st = {};
        ::fstat(f.fd, &st);
        report(importOnce(f.path, f.descriptorPath(), true, progress), true);
        f.size = std::int64_t(st.st_size);
    }

    while (waitPoll()) {
        idle();
        for (Followed &f : files) {
            if (m_cancel)
                break;
            // Rotated files: read what is appended to them, and let them go
            // once they have been quiet for a while.
            const auto now = std::chrono::steady_clock::now();
            for (auto it = f.retired.begin(); it != f.retired.end() && !m_cancel;) {
                const std::int64_t size = sizeOf(it->fd);
                const bool quiet =
                    now - it->lastChange > std::chrono::milliseconds(m_options.followRetiredGraceMs);
                if (size != it->size || quiet) {
                    // The final read also takes a last line without its newline.
                    report(importOnce(f.path, it->descriptorPath(), !quiet, progress), false);
                    it->size = size;
                    it->lastChange = now;
                }
                if (quiet) {
                    ::close(it->fd);
                    it = f.retired.erase(it);
                } else {
                    ++it;
                }
            }

            struct stat st = {};
            const bool exists = ::stat(QFile::encodeName(f.path).constData(), &st) == 0;
            const bool sameFile = exists && f.fd >= 0 && st.st_dev == f.dev && st.st_ino == f.ino;
            if (!sameFile) {
                if (f.fd >= 0) {
                    // Rotated away or deleted: read what is new in it, and keep
                    // reading it for a while.
                    const std::int64_t size = sizeOf(f.fd);
                    report(importOnce(f.path, f.descriptorPath(), true, progress), false);
                    f.retire(size);
                }
                if (!exists || !f.open())
                    continue;
                const std::int64_t size = sizeOf(f.fd);
                report(importOnce(f.path, f.descriptorPath(), true, progress), false);
                f.size = size;
                continue;
            }
            if (std::int64_t(st.st_size) == f.size)
                continue;
            // Grown, or truncated in place: the importer tells appended bytes
            // from new content by the checkpoint.
            report(importOnce(f.path, f.descriptorPath(), true, progress), false);
            f.size = std::int64_t(st.st_size);
        }
    }
    for (Followed &f : files)
        f.closeAll();
}

} // namespace es
