#pragma once

// View ▸ Theme: the system's look (the default), or FlowScope's own light or dark one — Qt's
// Fusion style with a palette of its own — for a desktop whose dark mode Qt does not follow.
// Everything that draws (the diagram, the chart, the rows) takes its colours from the palette, so
// a theme switched while the window is open applies at once. Remembered in the settings.

#include <QString>

class QPalette;

namespace flowscope {

enum class Theme { System, Light, Dark };

Theme themeFromKey(const QString &key); // "system", "light", "dark"; anything else: System
QString themeKey(Theme theme);
QPalette darkPalette();
// Applies it to the application; the first call remembers the system's style and palette, so
// that System restores them.
void applyTheme(Theme theme);

} // namespace flowscope
