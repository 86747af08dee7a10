#pragma once
// Maps UTC instants to the start of their bucket (minute ... year) in an IANA
// time zone, DST-correct: a 23-hour day is one bucket, ISO weeks start on the
// configured weekday. Offsets come from a precomputed transition table, so a
// lookup is a binary search with no QDateTime on the hot path. Immutable after
// construction and safe to share between threads.

#include "core/granularity.h"

#include <QByteArray>
#include <QTimeZone>
#include <cstdint>
#include <vector>

namespace es {

class ZoneBucketer
{
public:
    // weekStart: 1 = Monday ... 7 = Sunday (ISO default Monday).
    explicit ZoneBucketer(const QByteArray &ianaId = "UTC", int weekStart = 1);

    bool isValid() const { return m_valid; }
    QByteArray zoneId() const { return m_zoneId; }
    int weekStart() const { return m_weekStart; }

    // UTC offset in seconds in effect at the instant.
    int offsetAt(std::int64_t utcSecs) const;

    // Start (UTC epoch seconds) of the bucket containing utcSecs.
    std::int64_t floor(std::int64_t utcSecs, Granularity g) const;
    // Start of the bucket after the one starting at bucketStart.
    std::int64_t next(std::int64_t bucketStart, Granularity g) const;

    // Converts a local wall-clock time (seconds since 1970-01-01 00:00 local) to
    // UTC. A time in a DST gap moves forward; an ambiguous time takes the
    // earlier instant.
    std::int64_t localToUtc(std::int64_t localSecs) const;

private:
    struct Span
    {
        std::int64_t from; // UTC seconds, inclusive
        int offset;
    };
    std::vector<Span> m_spans; // sorted by from
    QByteArray m_zoneId;
    int m_weekStart = 1;
    bool m_valid = false;
};

// Inverse of daysFromCivil() (core/timeparse.h), proleptic Gregorian.
void civilFromDays(std::int64_t z, int &y, unsigned &m, unsigned &d);

} // namespace es
