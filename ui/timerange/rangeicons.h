#pragma once
// Icons of the time-range picker, drawn in the palette's button text colour
// so they follow light and dark themes (the resources hold no icon theme).

#include <QIcon>

class QPalette;

namespace es::ui {

// A clock face: the range button.
QIcon rangeClockIcon(const QPalette &palette);
// A magnifier with a minus: zoom out.
QIcon rangeZoomOutIcon(const QPalette &palette);

} // namespace es::ui
