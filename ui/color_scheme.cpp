#include "color_scheme.h"

#include <QApplication>

namespace candist {

QString colorSchemeName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme colorSchemeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return ColorScheme::Light;
    if (name == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

namespace {

QPalette makePalette(const QColor &window, const QColor &base, const QColor &alternate,
                     const QColor &text, const QColor &button, const QColor &mid,
                     const QColor &highlight, const QColor &link, const QColor &disabledText)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, link.darker(120));
    palette.setColor(QPalette::Light, button.lighter(150));
    palette.setColor(QPalette::Midlight, button.lighter(125));
    palette.setColor(QPalette::Mid, mid);
    palette.setColor(QPalette::Dark, button.darker(200));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace

QPalette lightPalette()
{
    return makePalette(QColor(0xefefef), QColor(0xffffff), QColor(0xf5f5f5), QColor(0x1a1a1a),
                       QColor(0xe6e6e6), QColor(0xa0a0a0), QColor(0x2f6fcc), QColor(0x1f5fb8),
                       QColor(0x8a8a8a));
}

QPalette darkPalette()
{
    return makePalette(QColor(0x2b2b2b), QColor(0x1e1e1e), QColor(0x262626), QColor(0xe6e6e6),
                       QColor(0x3a3a3a), QColor(0x6a6a6a), QColor(0x3d7fd9), QColor(0x8ab4f8),
                       QColor(0x808080));
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

void applyColorScheme(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case ColorScheme::System:
        // An empty palette resolves nothing: Qt hands back the platform theme's palette and
        // follows it when the desktop switches between light and dark.
        QApplication::setPalette(QPalette());
        break;
    }
}

} // namespace candist
