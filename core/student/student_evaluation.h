#pragma once

#include <optional>
#include <vector>

#include <QStringList>

#include "student/classification_metrics.h"

namespace candist {

class ProjectStore;

// Loads the checkpoint of the project's latest finished run and classifies `texts` with the
// student's argmax over all labels, with the word vectors the run trained with (`wordVectors`: an
// explicit choice as for resolveWordVectors(), refused when it names other vectors). Throws Error
// when no finished run has a checkpoint.
ClassificationReport evaluateLatestRun(ProjectStore &store, const QStringList &texts,
                                       const std::vector<int> &gold,
                                       const QString &wordVectors = {});

} // namespace candist
