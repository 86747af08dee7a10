#pragma once
// Chart colours and fonts that follow the system palette, light or dark.

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractAxis;
QT_END_NAMESPACE

namespace es::ui::theme {

bool isDark(const QPalette &p);
// The i-th series colour (a qualitative scheme readable on both palettes).
QColor series(int i, const QPalette &p);
// Green for a rise, red for a fall, tuned to the palette's lightness.
QColor up(const QPalette &p);
QColor down(const QPalette &p);
QColor muted(const QPalette &p); // secondary text
// Background, title, legend and axes of a chart in the palette.
void apply(QChart *chart, const QPalette &p);
void applyAxis(QAbstractAxis *axis, const QPalette &p);

} // namespace es::ui::theme
