#include "core/zonebucketer.h"

#include "core/timeparse.h"

#include <QDateTime>
#include <algorithm>

namespace es {

void civilFromDays(std::int64_t z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t yy = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yy + (m <= 2));
}

static std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

ZoneBucketer::ZoneBucketer(const QByteArray &ianaId, int weekStart)
    : m_zoneId(ianaId), m_weekStart(std::clamp(weekStart, 1, 7))
{
    const QTimeZone tz(ianaId);
    m_valid = tz.isValid();
    if (!m_valid) {
        m_spans.push_back({INT64_MIN, 0});
        return;
    }
    // Transitions from 1970 to 2100 cover every realistic log; outside that the
    // first/last offset is used.
    const QDateTime from = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(4102444800LL, Qt::UTC);
    m_spans.push_back({INT64_MIN, tz.offsetFromUtc(from)});
    if (tz.hasTransitions()) {
        // Qt 6.4 stops at the last transition listed in the zone file (2037 for
        // most zones) although later ones follow from the file's rule; asking
        // again from just after the last answer continues with those.
        QDateTime cursor = from;
        std::int64_t lastAt = INT64_MIN;
        for (int round = 0; round < 8 && cursor < to; ++round) {
            const QTimeZone::OffsetDataList list = tz.transitions(cursor, to);
            if (list.isEmpty())
                break;
            for (const QTimeZone::OffsetData &t : list) {
                const std::int64_t at = t.atUtc.toSecsSinceEpoch();
                if (at <= lastAt)
                    continue;
                lastAt = at;
                if (t.offsetFromUtc != m_spans.back().offset)
                    m_spans.push_back({at, t.offsetFromUtc});
            }
            cursor = list.last().atUtc.addSecs(1);
        }
    }
}

int ZoneBucketer::offsetAt(std::int64_t utcSecs) const
{
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), utcSecs,
                               [](std::int64_t v, const Span &s) { return v < s.from; });
    return it == m_spans.begin() ? m_spans.front().offset : std::prev(it)->offset;
}

std::int64_t ZoneBucketer::localToUtc(std::int64_t localSecs) const
{
    // Try the offsets around the instant; prefer the earliest that maps back.
    const int o1 = offsetAt(localSecs - 86400);
    const int o2 = offsetAt(localSecs + 86400);
    std::int64_t best = INT64_MAX;
    for (int o : {o1, o2}) {
        const std::int64_t utc = localSecs - o;
        if (offsetAt(utc) == o)
            best = std::min(best, utc);
    }
    if (best != INT64_MAX)
        return best;
    // In a gap (spring forward): the wall time does not exist; move forward
    // by using the offset before the transition.
    return localSecs - std::min(o1, o2);
}

std::int64_t ZoneBucketer::floor(std::int64_t utcSecs, Granularity g) const
{
    if (g == Granularity::Minute)
        return floorDiv(utcSecs, 60) * 60; // zone offsets are whole minutes
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), utcSecs,
                               [](std::int64_t v, const Span &s) { return v < s.from; });
    const Span &span = it == m_spans.begin() ? m_spans.front() : *std::prev(it);
    const int off = span.offset;
    const std::int64_t local = utcSecs + off;
    if (g == Granularity::Hour) {
        // The instant's own offset keeps the two 01:00 hours of a fall-back night apart.
        // An hour never starts before the offset change it follows: after a
        // 30-minute change (Australia/Lord_Howe) the hour bucket starts at
        // the change, so next() and floor() agree.
        return std::max(floorDiv(local, 3600) * 3600 - off, span.from);
    }
    std::int64_t day = floorDiv(local, 86400);
    int y;
    unsigned m, d;
    civilFromDays(day, y, m, d);
    switch (g) {
    case Granularity::Day:
        break;
    case Granularity::Week: {
        // 1970-01-01 was a Thursday (ISO weekday 4).
        const int weekday = int(((day % 7) + 7 + 3) % 7) + 1; // 1 = Monday
        const int back = (weekday - m_weekStart + 7) % 7;
        day -= back;
        break;
    }
    case Granularity::Month:
        day = daysFromCivil(y, m, 1);
        break;
    case Granularity::Quarter:
        day = daysFromCivil(y, ((m - 1) / 3) * 3 + 1, 1);
        break;
    case Granularity::Year:
        day = daysFromCivil(y, 1, 1);
        break;
    default:
        break;
    }
    return localToUtc(day * 86400);
}

std::int64_t ZoneBucketer::next(std::int64_t bucketStart, Granularity g) const
{
    switch (g) {
    case Granularity::Minute:
        return bucketStart + 60;
    case Granularity::Hour:
        return floor(bucketStart + 3600, Granularity::Hour);
    default:
        break;
    }
    const std::int64_t local = bucketStart + offsetAt(bucketStart);
    const std::int64_t day = floorDiv(local, 86400);
    int y;
    unsigned m, d;
    civilFromDays(day, y, m, d);
    std::int64_t nextDay = day + 1;
    switch (g) {
    case Granularity::Day:
        break;
    case Granularity::Week:
        nextDay = day + 7;
        break;
    case Granularity::Month:
        nextDay = m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
        break;
    case Granularity::Quarter: {
        const unsigned qm = ((m - 1) / 3) * 3 + 1 + 3;
        nextDay = qm > 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, qm, 1);
        break;
    }
    case Granularity::Year:
        nextDay = daysFromCivil(y + 1, 1, 1);
        break;
    default:
        break;
    }
    return localToUtc(nextDay * 86400);
}

} // namespace es
