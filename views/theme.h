#pragma once

#include <QString>

namespace Signalbox {

enum class Theme { System, Light, Dark };

// Applies the theme to the whole application. System keeps the platform's own style and palette
// (which follows the desktop's dark mode where the platform supports it).
void applyTheme(Theme theme);
Theme themeFromWord(const QString &word);
QString toWord(Theme theme);

} // namespace Signalbox
