#include "label_colors.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace candist {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

QColor labelColor(const LabelSchema &schema, int index)
{
    if (index >= 0 && index < schema.size()) {
        const QColor own(schema.at(index).color);
        if (own.isValid())
            return own;
    }
    if (index < 0)
        return QColor(0x9e, 0x9e, 0x9e);
    // Tableau 10: distinguishable, print-safe and readable under both text colours.
    static const QColor palette[] = {
        QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
        QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
    return palette[index % 10];
}

QColor labelColorOn(const LabelSchema &schema, int index, const QColor &background)
{
    return readableOn(labelColor(schema, index), background);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &color, const QColor &background, double minimum)
{
    if (contrastRatio(color, background) >= minimum)
        return color;
    // Darker on a light background, lighter on a dark one; lightness 0 (black) or 1 (white)
    // always reaches 4.5:1 against one of them, so the search ends.
    const bool darken = relativeLuminance(background) > 0.18;
    float hue = 0, saturation = 0, lightness = 0, alpha = 0;
    color.toHsl().getHslF(&hue, &saturation, &lightness, &alpha);
    QColor adjusted = color;
    for (int step = 0; step < 100 && contrastRatio(adjusted, background) < minimum; ++step) {
        lightness = std::clamp(lightness + (darken ? -0.01f : 0.01f), 0.0f, 1.0f);
        adjusted = QColor::fromHslF(hue, saturation, lightness, alpha).toRgb();
    }
    return adjusted;
}

QColor textColorOn(const QColor &background)
{
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

QString labelName(const LabelSchema &schema, int index)
{
    if (index >= 0 && index < schema.size())
        return schema.at(index).name;
    if (index < 0)
        return QString();
    return QCoreApplication::translate("candist::labelName", "#%1").arg(index);
}

} // namespace candist
