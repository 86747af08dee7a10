#include "charts/timeaxis.h"

#include "charts/valueformat.h"
#include "core/zonebucketer.h"
#include "query/query.h"

#include <QtCharts/QCategoryAxis>
#include <algorithm>

namespace es::ui {

namespace {

// A bucket's position in units of its granularity, counted in local time, so
// labels fall on round values (every 6 hours from midnight, Mondays, ...).
std::int64_t unitIndex(std::int64_t utcSecs, Granularity g, const ZoneBucketer &zone)
{
    const std::int64_t local = utcSecs + zone.offsetAt(utcSecs);
    const std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    switch (g) {
    case Granularity::Minute:
        return local / 60;
    case Granularity::Hour:
        return local / 3600;
    case Granularity::Day:
        return days + 3; // 1970-01-01 was a Thursday: multiples of 7 are Mondays
    case Granularity::Week:
        return (days + 3) / 7;
    case Granularity::Month:
        return std::int64_t(y) * 12 + m - 1;
    case Granularity::Quarter:
        return std::int64_t(y) * 4 + (m - 1) / 3;
    case Granularity::Year:
        return y;
    }
    return 0;
}

std::vector<int> stepsFor(Granularity g)
{
    switch (g) {
    case Granularity::Minute:
        return {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
    case Granularity::Hour:
        return {1, 2, 3, 6, 12, 24, 48, 168, 336, 672};
    case Granularity::Day:
        return {1, 2, 7, 14, 28, 56, 91, 182, 364};
    case Granularity::Week:
        return {1, 2, 4, 8, 13, 26, 52, 104};
    case Granularity::Month:
        return {1, 2, 3, 6, 12, 24, 60, 120};
    case Granularity::Quarter:
        return {1, 2, 4, 8, 20, 40};
    case Granularity::Year:
        return {1, 2, 5, 10, 20, 50, 100};
    }
    return {1};
}

} // namespace

void fillTimeAxis(QCategoryAxis *axis, const std::vector<std::int64_t> &buckets, Granularity g,
                  const ZoneBucketer &zone, int maxLabels, bool bars)
{
    for (const QString &l : axis->categoriesLabels())
        axis->remove(l);
    const int n = int(buckets.size());
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(bars ? -0.5 : 0);
    axis->setRange(bars ? -0.5 : 0, bars ? n - 0.5 : std::max(1, n - 1));
    axis->setGridLineVisible(false);
    if (n == 0)
        return;
    maxLabels = std::max(2, maxLabels);
    int step = 1;
    for (int s : stepsFor(g)) {
        step = s;
        if ((n + s - 1) / s <= maxLabels)
            break;
    }
    // Category labels must be unique; the same clock time on two days gets
    // invisible zero-width spaces to tell them apart.
    QStringList used;
    for (int i = 0; i < n; ++i) {
        const std::int64_t unit = unitIndex(buckets[size_t(i)], g, zone);
        if (((unit % step) + step) % step != 0)
            continue;
        QString label = ValueFormat::bucketShort(buckets[size_t(i)], g, zone);
        while (used.contains(label))
            label += QChar(0x200B);
        used << label;
        axis->append(label, i);
    }
}

std::vector<std::int64_t> bucketsOf(const QueryResult &r)
{
    std::vector<std::int64_t> out;
    const int col = r.columnIndex(ResultColumn::Role::Bucket);
    if (col < 0)
        return out;
    for (const auto &row : r.rows)
        if (const auto *t = std::get_if<std::int64_t>(&row[size_t(col)]))
            out.push_back(*t);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace es::ui
