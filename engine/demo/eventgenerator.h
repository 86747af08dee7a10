#pragma once
// Streams realistic, deterministic application events as JSON lines:
//
//   {"event_type":"page_view","ts":1760104536123,"user_id":"u123",
//    "session_id":"s4f0c...","params":{"os_type":"android","country":"DE","path":"/pricing"}}
//
// Each session opens with session_start and closes with session_end; in
// between come page views with clicks, searches, downloads, and now and then a
// signup (anonymous visitors, who carry no user_id until then) or a purchase
// with an amount. Sessions arrive with the same day/night and weekly rhythm as
// the access log and are interleaved in time order through a queue, so memory
// stays bounded by the number of concurrent sessions. ts is UTC epoch ms.
//
// Same options and seed give byte-identical output on every platform.

#include "demo/demoprofile.h"
#include "demo/generatoroptions.h"
#include "demo/rng.h"
#include "demo/trafficshape.h"
#include "demo/visitorqueue.h"

#include <cstdint>
#include <string>

namespace es::demo {

class EventGenerator
{
public:
    explicit EventGenerator(const GeneratorOptions &options);

    // Appends whole '\n'-terminated lines to out until out.size() reaches
    // softLimitBytes or the history is exhausted. Returns false once no more
    // lines will be produced.
    bool generate(std::string &out, std::size_t softLimitBytes);

    qint64 linesWritten() const { return m_lines; }
    bool atEnd() const { return m_done; }
    std::int64_t startMs() const { return m_shape.startMs(); }
    std::int64_t endMs() const { return m_shape.endMs(); }
    std::size_t peakActiveVisitors() const { return m_queue.peakSize(); }
    int userPoolSize() const { return m_userPool; }
    const TrafficShape &shape() const { return m_shape; }

private:
    enum class Step : std::uint8_t { Start, PageView, Search, Click, Download, Signup, Purchase, End };

    struct Session
    {
        SplitMix64 plan; // structure decisions, replayed once at arrival to count lines
        std::uint64_t sessionId = 0;
        std::uint32_t user = 0; // 0 while anonymous
        std::uint8_t os = 0;
        std::uint8_t country = 0;
        std::uint8_t tier = 0;
        std::uint8_t appVersion = 0;
        std::uint8_t source = 0;
        std::int32_t pagesLeft = 0;
        std::int32_t pageNumber = 0;
        std::int32_t signupAt = -1;
        std::int32_t purchaseAt = -1;
        std::int32_t page = 0;
        std::uint8_t pending = 0; // events still due on the current page (bit per Step)
        Step step = Step::Start;
        std::int64_t startMs = 0;
    };

    static std::uint8_t drawPageEvents(SplitMix64 &plan);

    void spawnHour(int hour);
    void spawnSession(std::int64_t timeMs);
    void emitEvent(std::string &out, std::uint32_t slot, Session &s, std::int64_t nowMs);
    void scheduleNext(std::uint32_t slot, Session &s, std::int64_t nowMs);
    void assignUserTraits(Session &s, std::uint32_t user) const;

    void writeHead(std::string &out, const char *type, const Session &s, std::int64_t nowMs) const;
    void writeCommonParams(std::string &out, const Session &s) const;

    DemoProfile m_profile;
    TrafficShape m_shape;
    Rng m_rng;
    VisitorQueue<Session> m_queue;
    DiscreteSampler m_userActivity; // heavy users come back more often
    int m_userPool = 1;
    std::uint32_t m_userStride = 1;
    std::uint32_t m_signups = 0;
    std::uint64_t m_sessionCounter = 0;
    std::uint64_t m_idSalt = 0;
    int m_nextHour = 0;
    std::int64_t m_planned = 0;
    qint64 m_lines = 0;
    bool m_done = false;
};

} // namespace es::demo
