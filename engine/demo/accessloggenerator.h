#pragma once
// Streams a realistic, deterministic web access log in the Apache/nginx
// "combined" format (optionally vhost_combined) for demos and benchmarks.
//
// Visitors arrive with the day/night and weekly rhythm of TrafficShape. A
// human visitor makes a session of page views separated by think time, and
// every page view pulls the static assets a browser would (styles, scripts,
// fonts, images, favicon, an analytics beacon); a long pause starts a new
// visit. Robots crawl many distinct pages without assets, scanners probe for
// weaknesses, monitors ping. Active visitors wait in a queue ordered by their
// next request, so lines come out in time order with memory bounded by the
// number of concurrent visitors, not by the length of the history.
//
// Same options and seed give byte-identical output on every platform.

#include "demo/accessvisitor.h"
#include "demo/combinedlinewriter.h"
#include "demo/demoprofile.h"
#include "demo/generatoroptions.h"
#include "demo/rng.h"
#include "demo/robottraffic.h"
#include "demo/trafficshape.h"
#include "demo/visitorqueue.h"

#include <cstdint>
#include <string>

namespace es::demo {

class AccessLogGenerator
{
public:
    explicit AccessLogGenerator(const GeneratorOptions &options);

    // Appends whole '\n'-terminated lines to out until out.size() reaches
    // softLimitBytes or the history is exhausted. Returns false once no more
    // lines will be produced.
    bool generate(std::string &out, std::size_t softLimitBytes);

    qint64 linesWritten() const { return m_lines; }
    bool atEnd() const { return m_done; }

    // UTC milliseconds; every line lies in [startMs, endMs).
    std::int64_t startMs() const { return m_shape.startMs(); }
    std::int64_t endMs() const { return m_shape.endMs(); }

    // Largest number of visitors in flight so far (memory stays bounded by it).
    std::size_t peakActiveVisitors() const { return m_queue.peakSize(); }

    const DemoProfile &profile() const { return m_profile; }
    const TrafficShape &shape() const { return m_shape; }

    // Share of all lines planned for robots.
    static constexpr double kBotLineShare = 0.15;

private:
    using Visitor = AccessVisitor;

    // What the replayable structure stream decides about one page view.
    struct PageShape
    {
        Visitor::Target kind = Visitor::Target::Page;
        bool redirect = false;
        int assets = 0;
    };

    static PageShape drawPageShape(SplitMix64 &plan, int pageNumber, bool warm);

    void spawnHour(int hour);
    void spawnHuman(std::int64_t timeMs);
    void spawnRobot(std::int64_t timeMs);

    void emitHuman(std::string &out, std::uint32_t slot, Visitor &v, std::int64_t nowMs);
    void beginPage(Visitor &v, const PageShape &shape, std::int64_t nowMs);
    void fillAssets(Visitor &v, int count);
    void writeRedirect(std::string &out, Visitor &v, std::int64_t nowMs);
    void writePage(std::string &out, Visitor &v, std::int64_t nowMs);
    void writeAsset(std::string &out, const Visitor &v, std::int64_t nowMs);
    void afterPage(std::uint32_t slot, Visitor &v, std::int64_t nowMs);
    void nextPageOrLeave(std::uint32_t slot, Visitor &v, std::int64_t nowMs);

    DemoProfile m_profile;
    TrafficShape m_shape;
    CombinedLineWriter m_writer;
    RobotTraffic m_robots;
    Rng m_rng;
    VisitorQueue<Visitor> m_queue;
    int m_nextHour = 0;
    int m_regularClients = 1;
    std::int64_t m_plannedHuman = 0;
    std::int64_t m_plannedBot = 0;
    qint64 m_lines = 0;
    bool m_done = false;
};

} // namespace es::demo
