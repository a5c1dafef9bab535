#pragma once

#include <QPalette>
#include <QString>

namespace candist {

// Edit › Settings › Interface › Colour scheme. System follows the desktop's palette (light or
// dark, and its changes at run time); Light and Dark replace it.
enum class ColorScheme
{
    System,
    Light,
    Dark
};

// "system", "light", "dark" (the QSettings value); anything else reads as System.
QString colorSchemeName(ColorScheme scheme);
ColorScheme colorSchemeFromName(const QString &name);

QPalette lightPalette();
QPalette darkPalette();
// A palette whose window background is darker than its text.
bool isDarkPalette(const QPalette &palette);

// Sets the application's palette for `scheme`; System gives the platform's palette back.
void applyColorScheme(ColorScheme scheme);

} // namespace candist
