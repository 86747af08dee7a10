#pragma once
// Running the product binary from a benchmark, as a user runs it.

#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

extern char **environ;

namespace benchsupport {

struct RunResult
{
    bool ok = false;
    double seconds = 0;
    double peakRssMiB = 0;
};

// Runs ES_BINARY_PATH with `args`, stdout and stderr discarded; reports its
// wall time and peak resident set size.
inline RunResult runBinary(const std::vector<std::string> &args)
{
    std::vector<char *> argv;
    std::string bin = ES_BINARY_PATH;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (std::string &a : copy)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    RunResult r;
    const bool spawned = posix_spawn(&pid, bin.c_str(), &fa, nullptr, argv.data(), environ) == 0;
    posix_spawn_file_actions_destroy(&fa);
    if (!spawned)
        return r;
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    clock_gettime(CLOCK_MONOTONIC, &end);
    r.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    r.peakRssMiB = double(ru.ru_maxrss) / 1024.0;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return r;
}

} // namespace benchsupport
