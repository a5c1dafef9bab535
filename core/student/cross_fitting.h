#pragma once
// Internal to core/student: cross-fitted (out-of-fold) predictions for the pool. A student that
// has trained on a sample has memorised its target, so its in-sample probabilities say little
// about whether the teacher was right; K students, each trained without one fold, give every
// sample the opinion of a student that never saw it.

#include <vector>

#include "model/progress.h"
#include "student/distillation_data.h"
#include "student/distillation_options.h"

namespace candist {

// n x C row-major out-of-fold probabilities: the pool is shuffled (by options.seed) into
// options.crossFitFolds folds; each fold is predicted by a student trained, with `options`, on
// the other folds. Progress counts the folds' SGD steps; a cancelled run returns an empty vector.
std::vector<float> crossFittedProbabilities(const DistillationData &data,
                                            const DistillationOptions &options,
                                            const ProgressCallback &progress,
                                            const CancellationFlag *cancel);

} // namespace candist
