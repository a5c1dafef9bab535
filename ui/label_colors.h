#pragma once

#include <QColor>

#include "model/label_schema.h"

namespace candist {

// The colour a label is drawn with everywhere (chips, bars, swatches): the schema's own colour,
// or a stable palette entry for its index when the schema leaves it empty.
QColor labelColor(const LabelSchema &schema, int index);
// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor &background);
QString labelName(const LabelSchema &schema, int index);

} // namespace candist
