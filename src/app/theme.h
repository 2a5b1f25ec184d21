// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark themes. "System" keeps whatever style and palette the desktop gave
// Qt at start-up (so a dark desktop gives a dark app); "Light" and "Dark" override it
// with the Fusion style and a fixed palette, for desktops that do not pass theirs on.
#pragma once

#include <QString>

namespace leastbad::gui {

enum class Theme { System, Light, Dark };

// The key saved in the settings ("system", "light", "dark") and back; unknown keys
// mean System, so a hand-edited settings file cannot break start-up.
QString themeKey(Theme theme);
Theme themeFromKey(const QString &key);

// Applies a theme to the running application. Widgets get a palette-change event,
// which the charts follow.
void applyTheme(Theme theme);

} // namespace leastbad::gui
