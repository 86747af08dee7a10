#pragma once
// Fixtures and reference computations shared by the sessionizer tests.

#include "aggregate/sessionizer.h"
#include "aggregate/visitorsketch.h"
#include "core/zonebucketer.h"

#include <QString>
#include <QTest>
#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

using es::ClosedSession;
using es::SessionAttributes;
using es::SessionInput;
using es::Sessionizer;
using es::SessionTotals;

namespace sessionizertest {

constexpr std::int64_t kSec = 1000;
constexpr std::int64_t kMin = 60 * kSec;

// 2024-03-04 00:00:00 UTC, a Monday; fixtures count minutes from here.
constexpr std::int64_t kT0 = 1709510400 * kSec;

inline SessionAttributes attrs(std::int64_t first)
{
    SessionAttributes a;
    a.ids[0] = first;
    return a;
}

inline SessionInput view(std::uint64_t visitor, std::int64_t tsMs, std::int64_t attr = -1)
{
    SessionInput in;
    in.visitor = visitor;
    in.tsMs = tsMs;
    in.attrs = attrs(attr);
    return in;
}

inline SessionInput explicitInput(SessionInput::Kind kind, std::uint64_t visitor, std::uint64_t sessionId,
                                  std::int64_t tsMs, std::int64_t attr = -1)
{
    SessionInput in = view(visitor, tsMs, attr);
    in.kind = kind;
    in.sessionId = sessionId;
    return in;
}

ClosedSession session(std::uint64_t visitor, std::int64_t startMs, std::int64_t endMs, std::uint32_t views,
                      std::int64_t attr = -1, bool explicitId = false)
{
    ClosedSession s;
    s.visitor = visitor;
    s.startMs = startMs;
    s.endMs = endMs;
    s.pageViews = views;
    s.attrs = attrs(attr);
    s.explicitId = explicitId;
    return s;
}

inline QString describe(const std::vector<ClosedSession> &v)
{
    QStringList parts;
    for (const ClosedSession &s : v)
        parts << QStringLiteral("{v%1 %2..%3 min, %4 views, a%5%6}")
                     .arg(s.visitor)
                     .arg(double(s.startMs - kT0) / kMin)
                     .arg(double(s.endMs - kT0) / kMin)
                     .arg(s.pageViews)
                     .arg(s.attrs.ids[0])
                     .arg(s.explicitId ? QStringLiteral(" explicit") : QString());
    return parts.join(QLatin1Char(' '));
}

#define COMPARE_SESSIONS(actual, ...)                                                                        \
    do {                                                                                                     \
        const std::vector<ClosedSession> a_ = (actual);                                                      \
        const std::vector<ClosedSession> e_ = __VA_ARGS__;                                                   \
        QVERIFY2(a_ == e_,                                                                                   \
                 qPrintable(QStringLiteral("actual: %1\nexpected: %2").arg(describe(a_), describe(e_))));    \
    } while (false)

inline std::vector<ClosedSession> runAll(const std::vector<SessionInput> &inputs,
                                         Sessionizer::Config config = {})
{
    Sessionizer s(config);
    s.feed(inputs);
    s.flushAll();
    return s.takeClosed();
}

inline std::vector<ClosedSession> sorted(std::vector<ClosedSession> v)
{
    std::sort(v.begin(), v.end(), [](const ClosedSession &a, const ClosedSession &b) {
        return std::tie(a.startMs, a.visitor, a.endMs, a.pageViews) <
               std::tie(b.startMs, b.visitor, b.endMs, b.pageViews);
    });
    return v;
}

// The definition, computed directly: each visitor's views sorted by time,
// split where consecutive views are more than the timeout apart.
inline std::vector<ClosedSession> reference(const std::vector<SessionInput> &inputs, std::int64_t timeoutMs)
{
    std::map<std::uint64_t, std::vector<std::pair<std::int64_t, std::size_t>>> byVisitor;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        byVisitor[inputs[i].visitor].push_back({inputs[i].tsMs, i});
    std::vector<ClosedSession> out;
    for (auto &[visitor, views] : byVisitor) {
        std::stable_sort(views.begin(), views.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        ClosedSession cur;
        for (std::size_t k = 0; k < views.size(); ++k) {
            const auto &[ts, idx] = views[k];
            if (k > 0 && ts - cur.endMs <= timeoutMs) {
                cur.endMs = ts;
                ++cur.pageViews;
                continue;
            }
            if (k > 0)
                out.push_back(cur);
            cur = ClosedSession{};
            cur.visitor = visitor;
            cur.startMs = cur.endMs = ts;
            cur.pageViews = 1;
            cur.attrs = inputs[idx].attrs;
        }
        out.push_back(cur);
    }
    return sorted(out);
}

// A log of many visitors in file order: times advance, lines are shuffled
// by up to `jitterMs` (less than the window), and gaps of a visitor cluster
// around the timeout, including exactly the timeout.
inline std::vector<SessionInput> generatedLog(std::uint64_t seed, int lines, std::int64_t jitterMs,
                                              std::int64_t timeoutMs = Sessionizer::kDefaultTimeoutMs)
{
    std::mt19937_64 rng(seed);
    std::vector<SessionInput> out;
    std::int64_t clock = kT0, newest = kT0;
    std::vector<std::int64_t> lastOf(60, kT0);
    for (int i = 0; i < lines; ++i) {
        const std::size_t v = std::size_t(rng() % lastOf.size());
        const int pick = int(rng() % 8);
        std::int64_t ts;
        if (pick == 0) {
            ts = lastOf[v] + timeoutMs; // exactly at the timeout
        } else if (pick == 1) {
            ts = lastOf[v] + timeoutMs + 1;
        } else {
            ts = clock + std::int64_t(rng() % std::uint64_t(40 * kSec)) -
                 std::int64_t(rng() % std::uint64_t(jitterMs + 1));
            clock += std::int64_t(rng() % std::uint64_t(20 * kSec));
        }
        ts = std::max(ts, newest - jitterMs); // never later than the window allows
        newest = std::max(newest, ts);
        clock = std::max(clock, newest - 2 * kMin);
        lastOf[v] = ts;
        out.push_back(view(v + 1, ts, std::int64_t(i)));
    }
    return out;
}

// generatedLog() with explicit sessions for visitors 41 to 60 (an id per
// 45 minutes, some session_start and session_end events) and one line in 50
// arriving 20 minutes late, beyond the default window.
inline std::vector<SessionInput> mixedLog(std::uint64_t seed, int lines)
{
    std::mt19937_64 rng(seed + 1);
    std::vector<SessionInput> out;
    std::int64_t newest = INT64_MIN;
    for (SessionInput in : generatedLog(seed, lines, 4 * kMin)) {
        newest = std::max(newest, in.tsMs);
        if (rng() % 50 == 0)
            in.tsMs = newest - 20 * kMin;
        if (in.visitor <= 40) {
            out.push_back(in);
            continue;
        }
        in.sessionId = in.visitor * 1000 + std::uint64_t(in.tsMs / (45 * kMin));
        const int r = int(rng() % 10);
        if (r == 0)
            out.push_back(
                explicitInput(SessionInput::Kind::SessionStart, in.visitor, in.sessionId, in.tsMs - kSec));
        out.push_back(in);
        if (r == 1)
            out.push_back(
                explicitInput(SessionInput::Kind::SessionEnd, in.visitor, in.sessionId, in.tsMs + kSec));
    }
    return out;
}

// Imports of `log` cut in two at many points, and in many parts, with the
// state saved and restored between them, give the closed sessions and the
// final state of one import of the whole.
inline void verifySplitsEqualWhole(const std::vector<SessionInput> &log, Sessionizer::Config config = {})
{
    Sessionizer whole(config);
    std::vector<ClosedSession> wholeClosed;
    whole.feed(log);
    whole.takeClosed(wholeClosed);
    const std::string wholeState = whole.saveState();

    for (std::size_t cut = 0; cut <= log.size(); cut += (cut < 50 ? 1 : 37)) {
        Sessionizer a(config);
        a.feed(std::span(log).first(cut));
        std::vector<ClosedSession> got;
        a.takeClosed(got);
        const std::string blob = a.saveState();
        Sessionizer b(config);
        QVERIFY(b.restoreState(blob));
        b.feed(std::span(log).subspan(cut));
        b.takeClosed(got);
        QVERIFY2(got == wholeClosed, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QVERIFY2(b.saveState() == wholeState, qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }

    // Many imports: a restore every 101 lines, closed sessions not always
    // taken before saving (they travel in the state).
    Sessionizer s(config);
    std::vector<ClosedSession> got;
    for (std::size_t i = 0; i < log.size(); i += 101) {
        s.feed(std::span(log).subspan(i, std::min<std::size_t>(101, log.size() - i)));
        if (i % 2 == 0)
            s.takeClosed(got);
        Sessionizer next(config);
        QVERIFY(next.restoreState(s.saveState()));
        s = std::move(next);
    }
    s.takeClosed(got);
    QVERIFY(got == wholeClosed);
    QCOMPARE(s.saveState(), wholeState);
}

inline std::int64_t berlinDay(const es::ZoneBucketer &zone, std::int64_t tsMs)
{
    return zone.floor(tsMs / 1000, es::Granularity::Day);
}

} // namespace sessionizertest
