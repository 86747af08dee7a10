#include "workerthread.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

namespace es::workerthread {

namespace {
std::atomic<int> g_nice{0};
}

void setBackgroundNice(int nice)
{
    g_nice.store(std::clamp(nice, 0, 19), std::memory_order_relaxed);
}

int backgroundNice()
{
    return g_nice.load(std::memory_order_relaxed);
}

void enter(const char *name)
{
    pthread_setname_np(pthread_self(), name);
    const int nice = backgroundNice();
    // On Linux the niceness belongs to the thread named by its id, not to the
    // whole process. It is added to the thread's current niceness; raising it
    // needs no privilege, and a failure only leaves the priority as it was.
    if (nice > 0) {
        const auto tid = static_cast<id_t>(gettid());
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, tid);
        if (errno == 0)
            setpriority(PRIO_PROCESS, tid, std::min(19, current + nice));
    }
}

} // namespace es::workerthread
