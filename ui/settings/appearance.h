#pragma once
// Light, dark or the system's colours. Qt 6.4 has no colour-scheme API, so
// "light" and "dark" install the Fusion style with a palette of their own;
// "system" leaves the platform's style and palette alone.

#include <QString>

namespace es::ui {

enum class Appearance { System, Light, Dark };

Appearance appearanceFromName(const QString &name); // unknown names give System
QString appearanceName(Appearance a);
// Applies to the running application; widgets get a PaletteChange event.
void applyAppearance(Appearance a);

} // namespace es::ui
