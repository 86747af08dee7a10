#include "demo/trafficshape.h"

#include "demo/rng.h"

#include <algorithm>
#include <cmath>

// Budgets are rounded from sums of products; fused multiply-adds would round
// differently on some targets, so keep every operation separately rounded.
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

namespace es::demo {

namespace {

// Requests per local hour on a weekday, from a typical B2B site: a trough at
// 4 am, a morning ramp, a plateau through the working day, an evening bump.
constexpr int kHourOfDay[24] = {30, 22, 17, 14, 13, 16, 26, 42, 62, 78, 88, 92,
                                90, 92, 95, 96, 92, 85, 78, 76, 78, 74, 62, 45};
// Monday .. Sunday.
constexpr int kDayOfWeek[7] = {100, 104, 103, 101, 94, 68, 62};
// Extra traffic during the burst, relative to an average hour.
constexpr double kSpikeDecay[] = {2.6, 2.1, 1.6, 1.2, 0.85, 0.6, 0.4, 0.25, 0.15, 0.08};

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

int TrafficShape::hourOfDayWeight(int hour)
{
    return kHourOfDay[((hour % 24) + 24) % 24];
}

int TrafficShape::dayOfWeekWeight(int day)
{
    return kDayOfWeek[((day % 7) + 7) % 7];
}

TrafficShape::TrafficShape(const GeneratorOptions &options, double botShare)
{
    m_endSecs = options.resolvedEndUtcSecs();
    m_startSecs = options.startUtcSecs();
    const int hours = options.resolvedDays() * 24;
    // Its own stream, so the shape of the curve does not shift when the
    // generators change how many numbers they draw.
    Rng rng(options.seed ^ 0x7a3f9c2e11d4b865ULL);

    std::vector<double> human(static_cast<std::size_t>(hours));
    std::vector<double> bot(static_cast<std::size_t>(hours));
    std::vector<double> dayNoise(static_cast<std::size_t>(options.resolvedDays() + 2));
    for (auto &d : dayNoise)
        d = 0.94 + 0.12 * rng.unit();

    const std::int64_t offsetSecs = std::int64_t(options.utcOffsetMinutes) * 60;
    const std::int64_t firstLocalDay = floorDiv(m_startSecs + offsetSecs, 86400);
    double humanSum = 0.0;
    for (int h = 0; h < hours; ++h) {
        const std::int64_t local = m_startSecs + std::int64_t(h) * 3600 + offsetSecs;
        const std::int64_t day = floorDiv(local, 86400);
        const int hourOfDay = static_cast<int>((local - day * 86400) / 3600);
        // 1970-01-01 was a Thursday: day 0 is weekday 3 with Monday = 0.
        const int weekday = static_cast<int>(((day + 3) % 7 + 7) % 7);
        const double growth = 1.0 + 0.035 * (static_cast<double>(h) / 168.0);
        const double noise = 0.9 + 0.2 * rng.unit();
        const auto dayIndex = static_cast<std::size_t>(
            std::clamp<std::int64_t>(day - firstLocalDay, 0, std::int64_t(dayNoise.size()) - 1));
        human[static_cast<std::size_t>(h)] =
            kHourOfDay[hourOfDay] * (kDayOfWeek[weekday] / 100.0) * growth * noise * dayNoise[dayIndex];
        humanSum += human[static_cast<std::size_t>(h)];
        const double botNoise = 0.8 + 0.4 * rng.unit();
        bot[static_cast<std::size_t>(h)] = (1.0 + 0.02 * (static_cast<double>(h) / 168.0)) * botNoise;
    }

    // One burst in the later part of the history, starting in a local
    // afternoon, when a post reaches a news site's front page.
    m_spikeShare.assign(static_cast<std::size_t>(hours), 0.0);
    const int days = options.resolvedDays();
    if (days >= 4) {
        const auto spikeDay = static_cast<int>(rng.between(days / 3, days - 2));
        const auto localHour = static_cast<int>(rng.between(13, 17));
        // Hour index whose local hour of day is localHour on that day.
        const std::int64_t startLocal = m_startSecs + offsetSecs;
        const std::int64_t dayStartLocal = (firstLocalDay + spikeDay) * 86400;
        m_spikeHour = static_cast<int>(floorDiv(dayStartLocal + localHour * 3600 - startLocal, 3600));
        const double average = humanSum / hours;
        const double magnitude = 0.8 + 0.6 * rng.unit();
        for (std::size_t k = 0; k < std::size(kSpikeDecay); ++k) {
            const int h = m_spikeHour + static_cast<int>(k);
            if (h < 0 || h >= hours)
                continue;
            const double extra = average * kSpikeDecay[k] * magnitude;
            auto &w = human[static_cast<std::size_t>(h)];
            m_spikeShare[static_cast<std::size_t>(h)] = extra / (w + extra);
            w += extra;
        }
    }

    const auto target = static_cast<double>(std::max<qint64>(options.targetLines, 0));
    const double humanTarget = target * (1.0 - botShare);
    const double botTarget = target * botShare;
    double humanTotal = 0.0;
    double botTotal = 0.0;
    for (int h = 0; h < hours; ++h) {
        humanTotal += human[static_cast<std::size_t>(h)];
        botTotal += bot[static_cast<std::size_t>(h)];
    }
    m_humanBudget.resize(static_cast<std::size_t>(hours));
    m_botBudget.resize(static_cast<std::size_t>(hours));
    double humanRun = 0.0;
    double botRun = 0.0;
    for (int h = 0; h < hours; ++h) {
        humanRun += human[static_cast<std::size_t>(h)];
        botRun += bot[static_cast<std::size_t>(h)];
        m_humanBudget[static_cast<std::size_t>(h)] =
            static_cast<std::int64_t>(std::floor(humanTarget * (humanRun / humanTotal) + 0.5));
        m_botBudget[static_cast<std::size_t>(h)] =
            static_cast<std::int64_t>(std::floor(botTarget * (botRun / botTotal) + 0.5));
    }
}

} // namespace es::demo
