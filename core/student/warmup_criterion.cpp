#include "student/warmup_criterion.h"

namespace candist {

bool warmupFinished(const RefineryOptions &options, const std::vector<double> &insideShares)
{
    const int done = int(insideShares.size());
    if (options.warmupEnd == WarmupEnd::Fixed)
        return done >= options.warmupEpochs;
    if (done >= options.maxWarmupEpochs)
        return true;
    if (done < options.minWarmupEpochs || done < 2)
        return false;
    // A student that has not yet fitted its warm-up targets can sit on a flat share (e.g. one
    // class for everything); starting the filter then turns its mistakes into hard targets.
    if (insideShares[done - 1] < options.warmupMinInside)
        return false;
    return insideShares[done - 1] - insideShares[done - 2] < options.warmupPlateau;
}

} // namespace candist
