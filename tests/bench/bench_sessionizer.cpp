// Sessionizer benchmark: page views per second through Sessionizer::feed()
// for a day of traffic from many visitors, lines shuffled within the
// out-of-order window as in CloudFront logs, and the cost of saving and
// restoring the open state. Times are thread CPU time.
//
//   bench_sessionizer [VIEWS] [VISITORS]

#include "aggregate/sessionizer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <time.h>
#include <vector>

using es::ClosedSession;
using es::SessionInput;
using es::Sessionizer;

namespace {

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

volatile std::uint64_t g_sink;

} // namespace

int main(int argc, char **argv)
{
    const std::size_t views = argc > 1 ? std::size_t(std::strtoull(argv[1], nullptr, 10)) : 20'000'000;
    const std::uint64_t visitors = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 2'000'000;

    // One day of traffic; a skewed visitor pick (a few return often), every
    // line shown up to 3 minutes early or late.
    std::mt19937_64 rng(1);
    std::vector<SessionInput> in(views);
    const std::int64_t day = 86'400'000, start = 1709510400000;
    for (std::size_t i = 0; i < views; ++i) {
        const double u = double(rng() >> 11) * 0x1.0p-53;
        SessionInput &s = in[i];
        s.visitor = mix64(std::min<std::uint64_t>(std::uint64_t(double(visitors) * u * u), visitors - 1));
        s.tsMs = start + std::int64_t(double(day) * double(i) / double(views)) +
                 std::int64_t(rng() % 360'000) - 180'000;
        s.attrs.ids[0] = std::int64_t(rng() % 1000);
    }

    Sessionizer sz;
    std::vector<ClosedSession> closed;
    std::size_t sessions = 0, maxOpen = 0, maxBytes = 0;
    const std::size_t chunk = 32768; // about a parse chunk's lines
    const double t0 = now();
    for (std::size_t i = 0; i < views; i += chunk) {
        sz.feed(std::span(in).subspan(i, std::min(chunk, views - i)));
        sz.takeClosed(closed);
        sessions += closed.size();
        closed.clear();
        maxOpen = std::max(maxOpen, sz.openCount());
        maxBytes = std::max(maxBytes, sz.memoryBytes());
    }
    const double feedSecs = now() - t0;

    const double t1 = now();
    const std::string blob = sz.saveState();
    const double saveSecs = now() - t1;
    const double t2 = now();
    Sessionizer restored;
    const bool ok = restored.restoreState(blob);
    const double restoreSecs = now() - t2;
    g_sink = restored.openCount();

    std::printf("page views                 %12zu\n", views);
    std::printf("closed sessions            %12zu\n", sessions);
    std::printf("open sessions at most      %12zu\n", maxOpen);
    std::printf("feed                       %12.1f M views/s  %6.1f ns/view\n",
                double(views) / feedSecs / 1e6, feedSecs * 1e9 / double(views));
    std::printf("memory at most             %12.1f MB  (%.0f bytes per open session)\n",
                double(maxBytes) / 1e6, double(maxBytes) / double(std::max<std::size_t>(maxOpen, 1)));
    std::printf("saved state                %12zu bytes for %zu open sessions (%.1f bytes each)\n",
                blob.size(), sz.openCount(),
                double(blob.size()) / double(std::max<std::size_t>(sz.openCount(), 1)));
    std::printf("save / restore             %12.1f ms / %.1f ms%s\n", saveSecs * 1e3, restoreSecs * 1e3,
                ok ? "" : "  RESTORE FAILED");
    return ok ? 0 : 1;
}
