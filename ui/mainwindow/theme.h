#pragma once

#include "core/settings/settings.h"

#include <QString>

namespace digest::ui {

// The application's colours: the desktop's own, or a light or dark palette of ours for desktops
// whose theme Qt cannot follow. The preview and the editor's highlighting follow the palette.
using Theme = Settings::Theme;

// A lower-case name for object names and logs: "system", "light", "dark".
QString themeName(Theme theme);

// Applies the theme to the whole application. The system's style and palette are remembered
// the first time, so that going back to System restores them exactly.
void applyTheme(Theme theme);

} // namespace digest::ui
