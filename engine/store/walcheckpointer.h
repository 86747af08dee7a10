#pragma once
// Checkpoints a workspace's write-ahead log from a thread of its own.
//
// SQLite's automatic checkpoint runs inside the commit that takes the log
// past 1,000 pages: the committing thread copies the pages into the database
// file and waits for them to reach the disk. The writer thread is the
// narrowest stage of an import, and those waits were about a sixth of its
// time. Here a commit that finds the log past kPages only signals a thread
// with a connection of its own, which runs a passive checkpoint (one that
// never blocks the writer or a reader) while the writer goes on.
//
// SQLite starts the log anew at a write that finds all of it copied. A writer
// that commits back to back rarely does (each commit adds pages while the
// thread copies the ones before), so at kInlinePages the committing thread
// checkpoints itself, as SQLite would: by then the thread has copied most of
// the log, the inline checkpoint has little left to do, and the log restarts.
// So the log stays under about 48 MiB and one commit. Durability is unchanged: a commit is
// in the log, synced as before, whether or not a checkpoint has copied it.

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace es {

class WalCheckpointer
{
public:
    // Pages in the log (16 KiB each) that start a checkpoint: SQLite's default.
    static constexpr int kPages = 1000;
    // Pages past which the committing connection checkpoints itself (48 MiB).
    static constexpr int kInlinePages = 3 * kPages;

    WalCheckpointer() = default;
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Replaces the automatic checkpoint of `writer`, a connection to the
    // database at `path` in WAL mode. Returns false (and leaves the automatic
    // checkpoint in place) when the second connection cannot be opened.
    bool start(sqlite3 *writer, const QString &path);
    // Waits for a running checkpoint and closes the second connection; the
    // writer's connection gets its automatic checkpoint back.
    void stop();

    // Checkpoints completed by the thread, for tests.
    int completed() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    sqlite3 *m_writer = nullptr;
    sqlite3 *m_own = nullptr;
    std::thread m_thread;
    std::mutex m_running; // held while a checkpoint runs, on the thread or inline
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_wanted = false;
    bool m_stop = false;
    int m_completed = 0;
};

} // namespace es
