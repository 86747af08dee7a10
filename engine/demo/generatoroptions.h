#pragma once
// Options shared by the demo access-log and event generators. The same seed and
// options always produce byte-identical output.

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace es::demo {

struct GeneratorOptions
{
    quint64 seed = 1;
    // End of the simulated history in UTC epoch seconds; the history covers
    // [end - days, end). 0 selects kDefaultEndUtcSecs so that output does not
    // depend on the clock.
    qint64 endUtcSecs = 0;
    int days = 28;
    // Approximate number of lines; the generators plan whole sessions against
    // this budget and land within a fraction of a percent of it.
    qint64 targetLines = 200000;
    int ipPoolSize = 20000;    // distinct client addresses, some IPv6, a few for bots
    int userAgentCount = 60;   // about a tenth of them are bots and tools
    int pathCount = 5000;      // distinct pages, Zipf popularity
    double zipfExponent = 1.1; // popularity skew of the pages
    QStringList sites;         // host names; empty means one default site
    // Offset of the written access-log time stamps; also the visitors' local
    // time for the day/night pattern.
    int utcOffsetMinutes = 0;
    bool vhostPrefix = false; // "host:port " prefix (Apache vhost_combined)
    int userPoolSize = 0;     // event generator: known users; 0 means ipPoolSize / 2

    // 2025-10-13T00:00:00Z, a Monday.
    static constexpr qint64 kDefaultEndUtcSecs = 1760313600;

    qint64 resolvedEndUtcSecs() const { return endUtcSecs > 0 ? endUtcSecs : kDefaultEndUtcSecs; }
    int resolvedDays() const { return qBound(1, days, 3660); }
    qint64 startUtcSecs() const { return resolvedEndUtcSecs() - qint64(resolvedDays()) * 86400; }
};

} // namespace es::demo
