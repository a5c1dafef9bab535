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

// Per entry of `epochs` (1-based, ascending), the n x C row-major out-of-fold probabilities after
// that epoch: the pool is shuffled (by options.seed) into `folds` folds; each fold is predicted by
// a student trained, with `options`, on the other folds. Progress counts the folds' SGD steps
// (with `detail` before each step's text); a cancelled run returns an empty vector.
std::vector<std::vector<float>>
crossFittedSnapshots(const DistillationData &data, const DistillationOptions &options, int folds,
                     const std::vector<int> &epochs, const QString &detail,
                     const ProgressCallback &progress, const CancellationFlag *cancel);

// The out-of-fold probabilities after the last epoch, with options.crossFitFolds folds.
std::vector<float> crossFittedProbabilities(const DistillationData &data,
                                            const DistillationOptions &options,
                                            const ProgressCallback &progress,
                                            const CancellationFlag *cancel);

} // namespace candist
