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
    return insideShares[done - 1] - insideShares[done - 2] < options.warmupPlateau;
}

} // namespace candist
