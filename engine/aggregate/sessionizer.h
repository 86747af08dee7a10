#pragma once
// Sessionization of page views: sessions, bounce rate, pages per session and
// session duration.
//
// Definition. A gap session is a maximal run of one visitor's page views,
// ordered by timestamp, in which consecutive views are at most `timeoutMs`
// apart. The bound is inclusive, as in Matomo and Google Analytics ("at most
// 30 minutes"): a gap of exactly 30:00.000 continues the session, 30:00.001
// starts a new one. The result depends only on the set of views, not on the
// order in which they arrive, as long as no view arrives more than `windowMs`
// behind the newest timestamp seen so far (see "Out-of-order input").
// A session belongs to the bucket of its start (startMs); its duration is
// endMs - startMs, the time from the first to the last page view, so a
// single-view session (a bounce) lasts 0 ms.
//
// Explicit sessions. A JSON event stream may carry session ids and
// session_start / session_end events. Inputs with a non-zero sessionId belong
// to the session with that id, whatever the gaps: a session_start event moves
// its start to the event's time, a session_end event ends it at the event's
// time. A session without a session_end event ends like a gap session, once
// no view came for `timeoutMs`. A session_end for an id that has no open
// session (it timed out before, or started before the first import) is
// ignored and counted in strayEnds(); page views of an id whose session was
// already closed start a new session with that id. Views without a session
// id are sessionized by gaps per visitor; the two kinds never mix.
//
// Out-of-order input. CloudFront logs are not sorted. The watermark is the
// newest timestamp seen minus `windowMs`. A session is closed (emitted, and
// never changed again) only when the watermark has passed its last view plus
// the timeout (for an ended explicit session: its end), because until then a
// view that arrives up to `windowMs` late may still extend it, move its start
// earlier, or bridge it with the visitor's next open session (the two are
// merged). A view that arrives later than the window (timestamp below the
// watermark) is still counted: it joins an open session it fits into, or
// else it starts a session of its own, which may split a session that was
// already emitted. lateViews() counts such views.
//
// Start attributes. Each input carries a small fixed payload (for example
// dictionary ids of the entry page, referrer, country and device of the
// view); a session keeps the payload of its earliest page view (on equal
// timestamps, the first one fed).
//
// Threads and the import pipeline. Parse workers run on chunks in parallel,
// but sessionization needs the views of a visitor in file order, so it runs
// on one thread: a worker appends one SessionInput per page view (and per
// session_start / session_end event) of its chunk to a vector that travels
// with the chunk's partial aggregate, and the in-order merger feeds those
// vectors, chunk after chunk, to one Sessionizer per file. After each feed,
// the merger moves takeClosed() into the delta (one rollup row per bucket of
// the session start). When the delta goes to the writer, the merger attaches
// saveState(), which the writer stores in the same transaction as the file
// checkpoint; the next import of the grown file calls restoreState() before
// feeding the first new line, and yields exactly the closed sessions that a
// single import of the whole file would have yielded.
//
// An import never closes the open sessions at its end: they continue when the
// file grows. A query that wants the current figures counts the stored closed
// sessions plus the provisional ones, openSessions() of the stored state, each
// in the bucket of its start; openSessions() does not consume them. For a
// file that is known to be complete, flushAll() closes every open session.
//
// Memory. Bounded by the number of open sessions, with no allocation per view
// (the containers grow geometrically and reuse freed slots): per open session
// an 88-byte slot, a 16-byte expiry timer, and 16 to 32 bytes of hash table
// (load factor 1/4 to 1/2), about 130 bytes; with the slack of grown
// containers bench_sessionizer measures 220 to 280 bytes, so a million
// concurrently open sessions take about 250 MB. The saved state takes about
// 20 to 25 bytes per open session. Closing a session costs one timer pop
// and the view that extends one costs nothing extra: expiry timers sit in a
// wheel of 1-second buckets and go through a small binary heap only once
// the watermark reaches their bucket.
//
// Determinism. Sessions are emitted in the order in which they close; the
// sessions that one input closes are sorted by (start, visitor, end, views).
// The same input gives the same output however it is cut into feeds and
// imports.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace es {

struct SessionAttributes
{
    static constexpr int kCount = 7;
    std::array<std::int64_t, kCount> ids{-1, -1, -1, -1, -1, -1, -1};
    bool operator==(const SessionAttributes &) const = default;
};

struct SessionInput
{
    enum class Kind : std::uint8_t { PageView, SessionStart, SessionEnd };

    std::uint64_t visitor = 0;   // hash of the visitor key (see VisitorSketch::hashKey)
    std::int64_t tsMs = 0;       // UTC milliseconds
    std::uint64_t sessionId = 0; // hash of an explicit session id; 0 = none
    Kind kind = Kind::PageView;  // SessionStart / SessionEnd need a sessionId
    SessionAttributes attrs;     // used for page views
};

struct ClosedSession
{
    std::uint64_t visitor = 0;
    std::int64_t startMs = 0; // first page view, or the session_start event
    std::int64_t endMs = 0;   // last page view, or the session_end event
    std::uint32_t pageViews = 0;
    bool explicitId = false; // grouped by a session id rather than by gaps
    SessionAttributes attrs; // of the earliest page view; all -1 without one

    std::int64_t durationMs() const { return endMs - startMs; }
    bool isBounce() const { return pageViews == 1; }
    bool operator==(const ClosedSession &) const = default;
};

// Additive totals of sessions, e.g. for one bucket; what a rollup row stores
// and a query sums.
struct SessionTotals
{
    std::int64_t sessions = 0;
    std::int64_t bounces = 0; // sessions with exactly one page view
    std::int64_t pageViews = 0;
    std::int64_t durationMs = 0; // sum of session durations

    void add(const ClosedSession &s)
    {
        ++sessions;
        bounces += s.isBounce() ? 1 : 0;
        pageViews += s.pageViews;
        durationMs += s.durationMs();
    }
    void merge(const SessionTotals &o)
    {
        sessions += o.sessions;
        bounces += o.bounces;
        pageViews += o.pageViews;
        durationMs += o.durationMs;
    }
    // 0 when there are no sessions.
    double bounceRate() const { return sessions ? double(bounces) / double(sessions) : 0.0; }
    double pagesPerSession() const { return sessions ? double(pageViews) / double(sessions) : 0.0; }
    double averageDurationMs() const { return sessions ? double(durationMs) / double(sessions) : 0.0; }
    bool operator==(const SessionTotals &) const = default;
};

class Sessionizer
{
public:
    static constexpr std::uint8_t kStateVersion = 1;
    static constexpr std::int64_t kDefaultTimeoutMs = 30 * 60 * 1000;
    static constexpr std::int64_t kDefaultWindowMs = 5 * 60 * 1000;

    struct Config
    {
        std::int64_t timeoutMs = kDefaultTimeoutMs; // longest gap inside a session, inclusive
        std::int64_t windowMs = kDefaultWindowMs;   // how late a line may arrive
    };

    Sessionizer() : Sessionizer(Config{}) {}
    explicit Sessionizer(Config config);

    const Config &config() const { return m_config; }

    // Feeds inputs in file order. Closed sessions collect until takeClosed().
    void add(const SessionInput &in);
    void feed(std::span<const SessionInput> inputs)
    {
        for (const SessionInput &in : inputs)
            add(in);
    }

    // Appends the sessions closed since the last call to `out`.
    void takeClosed(std::vector<ClosedSession> &out);
    std::vector<ClosedSession> takeClosed()
    {
        std::vector<ClosedSession> out;
        takeClosed(out);
        return out;
    }
    std::size_t pendingClosed() const { return m_closed.size(); }

    // The open sessions as they would close now, sorted by (start, visitor,
    // end, views); the state is not changed.
    std::vector<ClosedSession> openSessions() const;
    std::size_t openCount() const { return m_openCount; }

    // Closes every open session (end of input that will not grow).
    void flushAll();

    // Newest timestamp seen minus the window; INT64_MIN before any input.
    std::int64_t watermark() const;
    std::int64_t lateViews() const { return m_lateViews; }
    std::int64_t strayEnds() const { return m_strayEnds; }

    // The open sessions, the sessions closed but not yet taken, the newest
    // timestamp and the counters, as a versioned, checksummed binary blob.
    // Equal states give equal bytes.
    std::string saveState() const;
    // Replaces the state with a saved one. Returns false, leaving the state
    // unchanged, for anything saveState() did not produce (another version,
    // truncation, a bad checksum, an invalid body). The configuration is this
    // object's, not the saved one's.
    bool restoreState(std::string_view bytes);

    // Approximate heap memory in bytes.
    std::size_t memoryBytes() const;

private:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    struct Slot
    {
        std::uint64_t visitor = 0;
        std::uint64_t key = 0; // visitor (gap session) or session id (explicit)
        std::int64_t startMs = 0;
        std::int64_t lastMs = 0;  // last view, or the end event once ended
        std::int64_t attrsTs = 0; // timestamp of the view whose attributes are kept
        std::uint32_t views = 0;
        std::uint32_t next = kNone; // next open session of the same key, by start
        std::uint32_t gen = 0;      // bumped when the slot is freed
        std::uint8_t flags = 0;     // kExplicit, kEnded, kHasAttrs, kLive
        SessionAttributes attrs;
    };
    enum : std::uint8_t { kExplicit = 1, kEnded = 2, kHasAttrs = 4, kLive = 8 };

    struct HeapEntry
    {
        std::int64_t expiry;
        std::uint32_t slot;
        std::uint32_t gen;
    };

    // uint64 key -> first slot; open addressing, linear probing, backward
    // shift deletion.
    class KeyMap
    {
    public:
        std::uint32_t find(std::uint64_t key) const;
        void set(std::uint64_t key, std::uint32_t value);
        void erase(std::uint64_t key);
        void clear();
        std::size_t size() const { return m_size; }
        std::size_t memoryBytes() const { return m_entries.capacity() * sizeof(Entry); }

    private:
        struct Entry
        {
            std::uint64_t key = 0;
            std::uint32_t value = kNone; // kNone marks an empty entry
        };
        std::size_t home(std::uint64_t key) const
        {
            return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> m_shift);
        }
        void grow();

        std::vector<Entry> m_entries;
        std::size_t m_size = 0;
        int m_shift = 64;
    };

    void addView(const SessionInput &in);
    void addBoundary(const SessionInput &in);
    std::uint32_t newSlot(const SessionInput &in, std::uint8_t flags);
    void link(KeyMap &map, std::uint32_t slot);
    void unlink(KeyMap &map, std::uint32_t slot);
    void freeSlot(std::uint32_t slot);
    void absorb(Slot &into, const Slot &from);
    std::int64_t expiryOf(const Slot &s) const;
    void pushTimer(std::uint32_t slot)
    {
        pushTimer(HeapEntry{expiryOf(m_slots[slot]), slot, m_slots[slot].gen});
    }
    void pushTimer(const HeapEntry &e);
    void pushNear(const HeapEntry &e);
    void closeExpired(std::int64_t limit);
    void startWheel();
    ClosedSession toClosed(const Slot &s) const;
    void resetState();

    Config m_config;
    std::vector<Slot> m_slots;
    std::vector<std::uint32_t> m_free;
    // Expiry timers, one per open session (plus stale ones of merged or
    // extended sessions, recognized by the generation): a wheel of buckets of
    // kWheelGrainMs each, up to the timeout plus the window ahead, and a
    // binary min-heap for the buckets the watermark has reached. Adding a
    // timer is an append; the heap holds about one bucket.
    static constexpr int kWheelGrainBits = 10; // 1.024 s
    std::vector<std::vector<HeapEntry>> m_wheel;
    std::int64_t m_wheelNext = 0; // number of the first bucket not yet moved to m_heap
    bool m_wheelStarted = false;
    std::vector<HeapEntry> m_heap;
    KeyMap m_byVisitor;   // gap sessions
    KeyMap m_bySessionId; // explicit sessions
    std::vector<ClosedSession> m_closed;
    std::size_t m_openCount = 0;
    std::int64_t m_maxTs = INT64_MIN;
    std::int64_t m_lateViews = 0;
    std::int64_t m_strayEnds = 0;
};

} // namespace es
