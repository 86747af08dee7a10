#include "charts/niceaxis.h"

#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace es::ui {

int NiceRange::ticks() const
{
    return int(std::lround((hi - lo) / step)) + 1;
}

int NiceRange::decimals() const
{
    for (int d = 0; d < 6; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return 6;
}

NiceRange niceRange(double lo, double hi, int intervals, bool integral)
{
    NiceRange r;
    lo = std::min(lo, 0.0);
    if (!(hi > lo))
        hi = lo + 1;
    const double raw = (hi - lo) / std::max(1, intervals);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / mag;
    r.step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * mag;
    if (integral)
        r.step = std::max(1.0, std::round(r.step));
    r.lo = std::floor(lo / r.step) * r.step;
    r.hi = std::ceil(hi / r.step) * r.step;
    return r;
}

NiceRange applyNiceRange(QValueAxis *axis, double max, int intervals, bool integral)
{
    const NiceRange r = niceRange(0, max, intervals, integral);
    axis->setRange(r.lo, r.hi);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(r.ticks());
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(r.decimals()) + QLatin1Char('f'));
    return r;
}

} // namespace es::ui
