#pragma once
// How much traffic each hour of the simulated history carries: a day/night
// curve in the visitors' local time, quieter weekends, slow growth over the
// weeks, hour-to-hour and day-to-day noise, and one burst when a blog post
// makes the front page of a news site. Robots crawl around the clock.
//
// The generators turn this into cumulative line budgets: they start sessions
// in an hour until the lines planned so far reach the budget at its end, which
// lands the total within a fraction of a percent of the target.

#include "demo/generatoroptions.h"

#include <cstdint>
#include <vector>

namespace es::demo {

class TrafficShape
{
public:
    // botShare: fraction of all lines that robots make (0 for event data).
    TrafficShape(const GeneratorOptions &options, double botShare);

    int hourCount() const { return static_cast<int>(m_humanBudget.size()); }
    std::int64_t hourStartMs(int hour) const { return (m_startSecs + std::int64_t(hour) * 3600) * 1000; }
    std::int64_t startMs() const { return m_startSecs * 1000; }
    std::int64_t endMs() const { return m_endSecs * 1000; }

    // Lines planned for humans / robots from the start to the end of hour h.
    std::int64_t humanBudgetThrough(int hour) const { return m_humanBudget[static_cast<std::size_t>(hour)]; }
    std::int64_t botBudgetThrough(int hour) const { return m_botBudget[static_cast<std::size_t>(hour)]; }

    // Fraction of hour h's human traffic that the burst brings, 0 outside it.
    double spikeShare(int hour) const { return m_spikeShare[static_cast<std::size_t>(hour)]; }
    int spikeHour() const { return m_spikeHour; }

    // Relative weight of a local hour of day and of a weekday (0 = Monday).
    static int hourOfDayWeight(int hour);
    static int dayOfWeekWeight(int day);

private:
    std::int64_t m_startSecs = 0;
    std::int64_t m_endSecs = 0;
    std::vector<std::int64_t> m_humanBudget;
    std::vector<std::int64_t> m_botBudget;
    std::vector<double> m_spikeShare;
    int m_spikeHour = -1;
};

} // namespace es::demo
