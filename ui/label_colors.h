#pragma once

#include <QColor>

#include "model/label_schema.h"

namespace candist {

// The colour a label is drawn with everywhere (chips, bars, swatches): the schema's own colour,
// or a stable palette entry for its index when the schema leaves it empty.
QColor labelColor(const LabelSchema &schema, int index);
// The same colour made dark or light enough to read against `background` (lines, text and
// swatches drawn straight on the window): contrast at least kMinimumContrast in a light and a
// dark palette alike.
QColor labelColorOn(const LabelSchema &schema, int index, const QColor &background);
// Black or white, whichever contrasts more with `background` (always at least 4.5:1).
QColor textColorOn(const QColor &background);
QString labelName(const LabelSchema &schema, int index);

// WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// WCAG AA for normal text.
constexpr double kMinimumContrast = 4.5;
// `color` with its lightness moved away from `background` until their contrast reaches
// `minimum` (the hue stays).
QColor readableOn(const QColor &color, const QColor &background, double minimum = kMinimumContrast);

} // namespace candist
