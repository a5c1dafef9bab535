#pragma once

#include <QColor>
#include <QString>

#include "model/sample_note.h"

namespace candist {

// How the window names and colours the annotators' flags (the files use sampleNoteFlagName()).
QString noteFlagTitle(SampleNote::Flag flag);    // "Discuss", "Bad text", "Schema gap"
QString noteFlagChipText(SampleNote::Flag flag); // lower case, for chips and lists
QString noteFlagDescription(SampleNote::Flag flag);
QColor noteFlagColor(SampleNote::Flag flag);

} // namespace candist
