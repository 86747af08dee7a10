#pragma once
// Round steps for value axes: 0, 250, 500, 750 rather than 0, 667, 1,333.
// Shared by the dashboard charts and the report charts.

class QValueAxis;

namespace es::ui {

struct NiceRange
{
    double lo = 0, hi = 1, step = 1;
    int ticks() const;    // lines including both ends
    int decimals() const; // digits after the point that every tick needs
};

// A range from min(lo, 0) covering hi in about `intervals` steps of 1, 2,
// 2.5 or 5 times a power of ten; whole steps when `integral`.
NiceRange niceRange(double lo, double hi, int intervals, bool integral);

// Sets the axis to niceRange(0, max, intervals, integral), with labels of
// as many decimals as the step needs.
NiceRange applyNiceRange(QValueAxis *axis, double max, int intervals, bool integral);

} // namespace es::ui
