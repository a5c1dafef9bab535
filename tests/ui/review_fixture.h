#pragma once

#include <QString>

#include "model/label_schema.h"

namespace candist::test {

// Labels A, B, C with hotkeys 1, 2, 3.
LabelSchema abcSchema();

// Ten samples over abcSchema() with teacher candidate sets and student probabilities chosen so
// that every review signal occurs once or more; one finished student run.
void writeReviewProject(const QString &path);

} // namespace candist::test
