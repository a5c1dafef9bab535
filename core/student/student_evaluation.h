#pragma once

#include <optional>
#include <vector>

#include <QStringList>

#include "student/classification_metrics.h"

namespace candist {

class ProjectStore;

// Loads the checkpoint of the project's latest finished run and classifies `texts` with the
// student's argmax over all labels. Throws Error when no finished run has a checkpoint.
ClassificationReport evaluateLatestRun(ProjectStore &store, const QStringList &texts,
                                       const std::vector<int> &gold);

} // namespace candist
