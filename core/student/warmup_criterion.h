#pragma once

#include <vector>

#include "student/distillation_options.h"

namespace candist {

// Decides when the warm-up (training on Q only) ends. `insideShares` holds, for each finished
// warm-up epoch, the share of samples whose argmax lies inside their candidate set. With the
// measured criterion the warm-up ends once that share has stopped rising (gained less than
// `warmupPlateau` over the previous epoch), at least `minWarmupEpochs` have run and the share
// has reached `warmupMinInside`, and always
// after `maxWarmupEpochs`. Starting the out-of-candidate filter earlier would drop the samples a
// from-scratch student still gets wrong.
bool warmupFinished(const RefineryOptions &options, const std::vector<double> &insideShares);

} // namespace candist
