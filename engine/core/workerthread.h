#pragma once
// Threads the engine starts for bulk work (parsing, writing) call enter() first.
// It names the thread for tools such as top and gdb, and, when a process has
// asked for it, lowers the thread's scheduling priority, so that an import
// sharing the cores with a desktop window leaves its GUI thread responsive.

namespace es::workerthread {

// Niceness (0 to 19) that bulk worker threads started after this call add to
// the process's own. 0, the default, leaves them at the process's priority
// (the command line does).
void setBackgroundNice(int nice);
int backgroundNice();

// Names the calling thread (at most 15 characters) and applies the niceness.
void enter(const char *name);

} // namespace es::workerthread
