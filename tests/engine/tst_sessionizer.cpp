// Tests of the sessionizer's rules: the inclusive gap at the timeout,
// out-of-order lines within and beyond the window, sessions crossing local
// midnight, the session metrics and explicit session_start / session_end
// events. Expected values are worked out by hand in the comments.

#include "sessionizertestsupport.h"

using namespace sessionizertest;

class TestSessionizer : public QObject
{
    Q_OBJECT

private slots:
    void gapExactlyAtTimeoutContinues();
    void gapOneSecondOverSplits();
    void closesWhenWatermarkPassesTimeout();
    void outOfOrderWithinWindow();
    void outOfOrderBeyondWindow();
    void sessionCrossingMidnightBelongsToStartBucket();
    void metricsOnSmallFixture();
    void explicitSessionEvents();
    void openSessionsAreProvisional();
};

void TestSessionizer::gapExactlyAtTimeoutContinues()
{
    // Views at 0:00 and 0:30:00.000: the gap is exactly the 30-minute
    // timeout, which is inclusive, so this is one session 0..30 min, 2 views.
    const auto got = runAll({view(1, kT0, 10), view(1, kT0 + 30 * kMin, 11)});
    COMPARE_SESSIONS(got, {session(1, kT0, kT0 + 30 * kMin, 2, 10)});

    // A chain of exact-timeout gaps stays one session: 0, 30, 60, 90 min.
    const auto chain =
        runAll({view(2, kT0), view(2, kT0 + 30 * kMin), view(2, kT0 + 60 * kMin), view(2, kT0 + 90 * kMin)});
    COMPARE_SESSIONS(chain, {session(2, kT0, kT0 + 90 * kMin, 4)});

    // With a configured 10-minute timeout, 10:00 continues and 10:00.001 splits.
    Sessionizer::Config ten;
    ten.timeoutMs = 10 * kMin;
    COMPARE_SESSIONS(runAll({view(3, kT0), view(3, kT0 + 10 * kMin)}, ten),
                     {session(3, kT0, kT0 + 10 * kMin, 2)});
    COMPARE_SESSIONS(runAll({view(3, kT0), view(3, kT0 + 10 * kMin + 1)}, ten),
                     (std::vector<ClosedSession>{session(3, kT0, kT0, 1),
                                                 session(3, kT0 + 10 * kMin + 1, kT0 + 10 * kMin + 1, 1)}));
}

void TestSessionizer::gapOneSecondOverSplits()
{
    // 0:00 and 0:30:01: gap 30:01 > 30:00, two bounces of 0 ms.
    const std::int64_t second = kT0 + 30 * kMin + kSec;
    const auto got = runAll({view(1, kT0, 10), view(1, second, 11)});
    COMPARE_SESSIONS(
        got, (std::vector<ClosedSession>{session(1, kT0, kT0, 1, 10), session(1, second, second, 1, 11)}));
    // One millisecond over also splits.
    const auto ms = runAll({view(1, kT0), view(1, kT0 + 30 * kMin + 1)});
    QCOMPARE(ms.size(), size_t(2));
}

void TestSessionizer::closesWhenWatermarkPassesTimeout()
{
    // Visitor 1 views at 0:00. With timeout 30 and window 5, its session can
    // still grow until a line at >= 35:00 has been seen (a late line at 30:00
    // may still arrive while the newest line is at most 35:00). It closes
    // when the watermark (newest - 5 min) exceeds 30:00, i.e. newest > 35:00.
    Sessionizer s;
    s.add(view(1, kT0, 7));
    s.add(view(2, kT0 + 35 * kMin)); // watermark 30:00 = last + timeout: still open
    QCOMPARE(s.pendingClosed(), size_t(0));
    QCOMPARE(s.openCount(), size_t(2));
    // A line at 30:00 for visitor 1 (5 min late, inside the window) joins.
    s.add(view(1, kT0 + 30 * kMin));
    QCOMPARE(s.pendingClosed(), size_t(0));
    s.add(view(3, kT0 + 65 * kMin + 1)); // watermark 60:00.001 > 30:00 + 30:00
    COMPARE_SESSIONS(s.takeClosed(), {session(1, kT0, kT0 + 30 * kMin, 2, 7)});
    QCOMPARE(s.openCount(), size_t(2)); // visitor 2 at 35:00 (expiry 65:00), visitor 3
    QCOMPARE(s.lateViews(), std::int64_t(0));
}

void TestSessionizer::outOfOrderWithinWindow()
{
    // File order 0:00, 0:31, 0:29 for one visitor. 0:00 and 0:31 are 31 min
    // apart, so they open two sessions; 0:29 arrives 2 min late (window 5)
    // and is within 30 min of both, so it bridges them: one session
    // 0:00..0:31 with 3 views and the attributes of the 0:00 view.
    COMPARE_SESSIONS(
        runAll({view(1, kT0, 100), view(1, kT0 + 31 * kMin, 131), view(1, kT0 + 29 * kMin, 129)}),
        {session(1, kT0, kT0 + 31 * kMin, 3, 100)});

    // A late line before the start moves the start and the start attributes:
    // file order 10:00, 09:58 -> one session 09:58..10:00 with attributes 58.
    COMPARE_SESSIONS(runAll({view(1, kT0 + 10 * kMin, 60), view(1, kT0 + 9 * kMin + 58 * kSec, 58)}),
                     {session(1, kT0 + 9 * kMin + 58 * kSec, kT0 + 10 * kMin, 2, 58)});

    // CloudFront-like interleaving of two visitors, lines up to 4 min late
    // (0:41 after 0:42, 0:44 after 0:45, 0:59 after 1:03).
    // Visitor 1 sorted: 0, 20, 44, 45, 59, 63 -> gaps 20, 24, 1, 14, 4: one session.
    // Visitor 2 sorted: 10, 41, 42 -> gaps 31, 1: sessions {10} and {41..42}.
    const std::vector<SessionInput> lines = {view(1, kT0),
                                             view(2, kT0 + 10 * kMin),
                                             view(1, kT0 + 20 * kMin),
                                             view(2, kT0 + 42 * kMin),
                                             view(2, kT0 + 41 * kMin),
                                             view(1, kT0 + 45 * kMin),
                                             view(1, kT0 + 44 * kMin),
                                             view(1, kT0 + 63 * kMin),
                                             view(1, kT0 + 59 * kMin)};
    Sessionizer s;
    s.feed(lines);
    QCOMPARE(s.lateViews(), std::int64_t(0));
    s.flushAll();
    COMPARE_SESSIONS(sorted(s.takeClosed()),
                     (std::vector<ClosedSession>{session(1, kT0, kT0 + 63 * kMin, 6),
                                                 session(2, kT0 + 10 * kMin, kT0 + 10 * kMin, 1),
                                                 session(2, kT0 + 41 * kMin, kT0 + 42 * kMin, 2)}));
}

void TestSessionizer::outOfOrderBeyondWindow()
{
    // Visitor 1 at 0:00, then visitor 2 at 0:40 (watermark 0:35 > 0:00 + 30:
    // visitor 1's session closes), then visitor 1 at 0:10, 30 min late.
    // Sorted, 0:00 and 0:10 would be one session, but that session has been
    // emitted already; the late view is kept as a session of its own and
    // counted in lateViews().
    Sessionizer s;
    s.add(view(1, kT0, 1));
    s.add(view(2, kT0 + 40 * kMin, 2));
    COMPARE_SESSIONS(s.takeClosed(), {session(1, kT0, kT0, 1, 1)});
    s.add(view(1, kT0 + 10 * kMin, 3));
    QCOMPARE(s.lateViews(), std::int64_t(1));
    s.flushAll();
    COMPARE_SESSIONS(s.takeClosed(),
                     (std::vector<ClosedSession>{session(1, kT0 + 10 * kMin, kT0 + 10 * kMin, 1, 3),
                                                 session(2, kT0 + 40 * kMin, kT0 + 40 * kMin, 1, 2)}));

    // A line beyond the window that still fits an open session joins it:
    // window 1 min; visitor 1 at 0:00, visitor 2 at 0:20 (watermark 0:19),
    // visitor 1 at 0:05 (14 min late) -> one session 0:00..0:05, 2 views.
    Sessionizer::Config narrow;
    narrow.windowMs = kMin;
    Sessionizer n(narrow);
    n.feed(std::vector<SessionInput>{view(1, kT0), view(2, kT0 + 20 * kMin), view(1, kT0 + 5 * kMin)});
    QCOMPARE(n.lateViews(), std::int64_t(1));
    n.flushAll();
    COMPARE_SESSIONS(n.takeClosed(),
                     (std::vector<ClosedSession>{session(1, kT0, kT0 + 5 * kMin, 2),
                                                 session(2, kT0 + 20 * kMin, kT0 + 20 * kMin, 1)}));
}

void TestSessionizer::sessionCrossingMidnightBelongsToStartBucket()
{
    // Europe/Berlin, 2024-03-09 (CET, UTC+1). Visitor 1 views at 23:50,
    // 00:10 and 00:25 local: one session (gaps 20 and 15 min) from
    // 2024-03-09 22:50 UTC to 23:25 UTC, 35 minutes.
    // 2024-03-09 00:00 UTC = 1709942400; local midnight starting the 9th is
    // 2024-03-08 23:00 UTC = 1709938800, and the one starting the 10th is
    // 2024-03-09 23:00 UTC = 1710025200.
    const es::ZoneBucketer berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const std::int64_t start = (1709942400LL + 22 * 3600 + 50 * 60) * kSec;
    const std::vector<SessionInput> lines = {view(1, start, 1), view(1, start + 20 * kMin, 2),
                                             view(1, start + 35 * kMin, 3)};
    const auto got = runAll(lines);
    COMPARE_SESSIONS(got, {session(1, start, start + 35 * kMin, 3, 1)});

    // The session counts in the day of its start; its last view alone
    // would fall into the next local day.
    std::map<std::int64_t, SessionTotals> byDay;
    for (const ClosedSession &s : got)
        byDay[berlinDay(berlin, s.startMs)].add(s);
    QCOMPARE(byDay.size(), size_t(1));
    QCOMPARE(byDay.begin()->first, std::int64_t(1709938800));
    QCOMPARE(byDay.begin()->second.sessions, std::int64_t(1));
    QCOMPARE(byDay.begin()->second.pageViews, std::int64_t(3));
    QCOMPARE(byDay.begin()->second.durationMs, 35 * kMin);
    QCOMPARE(berlinDay(berlin, start + 35 * kMin), std::int64_t(1710025200));

    // In UTC (22:50 .. 23:25) the same session does not cross midnight.
    const es::ZoneBucketer utc("UTC");
    QCOMPARE(utc.floor(start / 1000, es::Granularity::Day), std::int64_t(1709942400));
    QCOMPARE(utc.floor((start + 35 * kMin) / 1000, es::Granularity::Day), std::int64_t(1709942400));
}

void TestSessionizer::metricsOnSmallFixture()
{
    // Visitor 1: one view at 0:00                    -> bounce, 0 s
    // Visitor 2: 0:00, 0:04, 0:10                    -> 3 views, 600 s
    // Visitor 3: 0:05, 0:09                          -> 2 views, 240 s
    // Visitor 4: one view at 1:00                    -> bounce, 0 s
    // Sessions 4, bounces 2 (rate 0.5), 7 views (1.75 per session),
    // durations 0 + 600 + 240 + 0 = 840 s (210 s on average).
    const auto got = runAll({view(1, kT0), view(2, kT0), view(2, kT0 + 4 * kMin), view(3, kT0 + 5 * kMin),
                             view(3, kT0 + 9 * kMin), view(2, kT0 + 10 * kMin), view(4, kT0 + 60 * kMin)});
    SessionTotals t;
    for (const ClosedSession &s : got)
        t.add(s);
    QCOMPARE(t.sessions, std::int64_t(4));
    QCOMPARE(t.bounces, std::int64_t(2));
    QCOMPARE(t.pageViews, std::int64_t(7));
    QCOMPARE(t.durationMs, 840 * kSec);
    QCOMPARE(t.bounceRate(), 0.5);
    QCOMPARE(t.pagesPerSession(), 1.75);
    QCOMPARE(t.averageDurationMs(), 210.0 * kSec);

    // Totals are additive: two halves merge into the whole.
    SessionTotals a, b;
    for (std::size_t i = 0; i < got.size(); ++i)
        (i % 2 ? a : b).add(got[i]);
    a.merge(b);
    QCOMPARE(a, t);
    QCOMPARE(SessionTotals{}.bounceRate(), 0.0);
}

void TestSessionizer::explicitSessionEvents()
{
    using K = SessionInput::Kind;
    // Session 77 of visitor 1: session_start 0:00, page views 0:01 and 0:50
    // (a 49-minute gap, but the id keeps them together), session_end 0:55.
    // Session 88 of visitor 2: views 0:10, 0:20, no end: ends by timeout,
    // closed once the watermark exceeds 0:50.
    // A session_end for unknown session 99 is ignored and counted.
    // Visitor 3's views carry no id and are grouped by gaps: 0:30 alone.
    Sessionizer s;
    s.add(explicitInput(K::SessionStart, 1, 77, kT0));
    s.add(explicitInput(K::PageView, 1, 77, kT0 + 1 * kMin, 501));
    s.add(explicitInput(K::PageView, 2, 88, kT0 + 10 * kMin, 601));
    s.add(explicitInput(K::PageView, 2, 88, kT0 + 20 * kMin, 602));
    s.add(view(3, kT0 + 30 * kMin, 701));
    s.add(explicitInput(K::SessionEnd, 9, 99, kT0 + 31 * kMin));
    s.add(explicitInput(K::PageView, 1, 77, kT0 + 50 * kMin, 502));
    s.add(explicitInput(K::SessionEnd, 1, 77, kT0 + 55 * kMin));
    QCOMPARE(s.strayEnds(), std::int64_t(1));
    // Newest 0:55, watermark 0:50: session 88 (expiry 0:50) still open.
    QCOMPARE(s.pendingClosed(), size_t(0));
    s.add(view(4, kT0 + 60 * kMin + 1)); // watermark 0:55:00.001
    // Closed now: 88 (0:50 < wm) and 77 (ended 0:55 < wm); visitor 3's
    // session (expiry 1:00) is still open. Sorted by start: 77, then 88.
    COMPARE_SESSIONS(s.takeClosed(), (std::vector<ClosedSession>{
                                         session(1, kT0, kT0 + 55 * kMin, 2, 501, true),
                                         session(2, kT0 + 10 * kMin, kT0 + 20 * kMin, 2, 601, true)}));
    // Page views of id 77 after its session closed start a new one.
    s.add(explicitInput(K::PageView, 1, 77, kT0 + 58 * kMin, 503));
    s.flushAll();
    COMPARE_SESSIONS(s.takeClosed(),
                     (std::vector<ClosedSession>{session(3, kT0 + 30 * kMin, kT0 + 30 * kMin, 1, 701),
                                                 session(1, kT0 + 58 * kMin, kT0 + 58 * kMin, 1, 503, true),
                                                 session(4, kT0 + 60 * kMin + 1, kT0 + 60 * kMin + 1, 1)}));

    // A session_start arriving after its first page view (out of order)
    // still moves the start: view 0:03, start 0:02 -> 0:02..0:03.
    Sessionizer late;
    late.add(explicitInput(K::PageView, 5, 55, kT0 + 3 * kMin, 1));
    late.add(explicitInput(K::SessionStart, 5, 55, kT0 + 2 * kMin));
    // State with an explicit, not yet ended session survives a round trip.
    Sessionizer again;
    QVERIFY(again.restoreState(late.saveState()));
    again.add(explicitInput(K::SessionEnd, 5, 55, kT0 + 4 * kMin));
    again.flushAll();
    COMPARE_SESSIONS(again.takeClosed(), {session(5, kT0 + 2 * kMin, kT0 + 4 * kMin, 1, 1, true)});
}

void TestSessionizer::openSessionsAreProvisional()
{
    // At the end of an import the open sessions stay open; a query counts
    // them from openSessions() without consuming them.
    Sessionizer s;
    s.feed(std::vector<SessionInput>{view(1, kT0), view(2, kT0 + 5 * kMin), view(1, kT0 + 10 * kMin)});
    const auto open = s.openSessions();
    COMPARE_SESSIONS(open, (std::vector<ClosedSession>{session(1, kT0, kT0 + 10 * kMin, 2),
                                                       session(2, kT0 + 5 * kMin, kT0 + 5 * kMin, 1)}));
    QCOMPARE(s.openCount(), size_t(2));
    QCOMPARE(s.pendingClosed(), size_t(0));
    // Reading them from the stored state gives the same.
    Sessionizer fromDb;
    QVERIFY(fromDb.restoreState(s.saveState()));
    QVERIFY(fromDb.openSessions() == open);
    QVERIFY(s.memoryBytes() > 0);
}

QTEST_GUILESS_MAIN(TestSessionizer)
#include "tst_sessionizer.moc"
