#include "store/walcheckpointer.h"

#include "core/workerthread.h"

#include <sqlite3.h>

namespace es {

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(sqlite3 *writer, const QString &path)
{
    stop();
    sqlite3 *own = nullptr;
    // A connection learns that the file is in WAL mode from its first read.
    if (sqlite3_open_v2(path.toUtf8().constData(), &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK ||
        sqlite3_exec(own, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(own);
        return false;
    }
    m_writer = writer;
    m_own = own;
    m_stop = false;
    m_wanted = false;
    m_thread = std::thread([this] {
        workerthread::enter("es-checkpoint");
        run();
    });
    // Replaces the automatic checkpoint, which is itself a commit hook.
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_thread.joinable())
        return;
    sqlite3_wal_autocheckpoint(m_writer, kPages);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    m_thread.join();
    sqlite3_close_v2(m_own);
    m_own = nullptr;
    m_writer = nullptr;
}

int WalCheckpointer::completed() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (pages >= kInlinePages) {
        // The writer copies what is left itself, after the thread's
        // checkpoint if one is running (a passive checkpoint would otherwise
        // give up at once), so that its next write starts the log anew.
        std::lock_guard running(c->m_running);
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= kPages) {
        {
            std::lock_guard lock(c->m_mutex);
            c->m_wanted = true;
        }
        c->m_cv.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [this] { return m_stop || m_wanted; });
        if (m_stop)
            return;
        m_wanted = false;
        lock.unlock();
        std::unique_lock running(m_running);
        const int rc = sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        running.unlock();
        lock.lock();
        if (rc == SQLITE_OK)
            ++m_completed;
    }
}

} // namespace es
