#include "student/configuration_selection.h"

#include <algorithm>
#include <cmath>

#include "student/cross_fitting.h"

namespace candist {

namespace {

constexpr int kSelectionFolds = 2;
constexpr int kScoringSamples = 5000;
// Out-of-fold snapshots kept at once: n x C floats each, 256 MB in all at most.
constexpr std::int64_t kSnapshotBudget = 64 * 1024 * 1024;

QString targetName(InitialTarget target)
{
    return target == InitialTarget::Ranked ? QStringLiteral("ranked") : QStringLiteral("uniform");
}

} // namespace

std::vector<int> selectionEpochs(int epochs, std::int64_t samples, int numClasses)
{
    std::vector<int> grid;
    for (int e = 1; e <= std::min(epochs, 6); ++e)
        grid.push_back(e);
    for (int k = 1; k <= 6; ++k)
        grid.push_back(std::max(1, int(std::lround(epochs * k / 6.0))));
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    grid.erase(std::remove_if(grid.begin(), grid.end(), [&](int e) { return e > epochs; }),
               grid.end());
    const std::int64_t perSnapshot = std::max<std::int64_t>(samples * numClasses, 1);
    const auto budget = size_t(std::max<std::int64_t>(kSnapshotBudget / perSnapshot, 1));
    while (grid.size() > budget && grid.size() > 1)
        grid.erase(grid.begin()); // the earliest epochs go first; the last always stays
    return grid;
}

ConfigurationChoice chooseConfiguration(const DistillationData &data,
                                        const DistillationOptions &options,
                                        const ProgressCallback &progress,
                                        const CancellationFlag *cancel)
{
    // With no set of two or more candidates the ranked target is the uniform one: train it once.
    const bool anySet = std::any_of(data.candidates.begin(), data.candidates.end(),
                                    [](const std::vector<int> &set) { return set.size() > 1; });
    std::vector<InitialTarget> targets;
    if (options.refinery.initialTarget == InitialTarget::Auto && anySet)
        targets = {InitialTarget::Uniform, InitialTarget::Ranked};
    else if (options.refinery.initialTarget == InitialTarget::Auto)
        targets = {InitialTarget::Uniform};
    else
        targets = {options.refinery.initialTarget};
    const std::vector<int> epochs = selectionEpochs(options.epochs, data.size(), data.numClasses);
    // Each (configuration, epoch) is scored on at most kScoringSamples samples spread over the
    // pool: the score is a mean, and an EM fit over a million rows for every snapshot would cost
    // more than the training.
    std::vector<int> scoringRows;
    const int stride = std::max(1, (data.size() + kScoringSamples - 1) / kScoringSamples);
    for (int i = 0; i < data.size(); i += stride)
        scoringRows.push_back(i);
    const DistillationData scoringData = data.subset(scoringRows);
    const int c = data.numClasses;
    std::vector<float> scoringProbabilities(scoringRows.size() * size_t(c));
    ConfigurationChoice choice;
    double best = -1e300;
    for (size_t t = 0; t < targets.size(); ++t) {
        DistillationOptions candidate = options;
        candidate.refinery.initialTarget = targets[t];
        const QString detail = QStringLiteral("choosing the configuration (%1 of %2, %3 target) ")
                                   .arg(t + 1)
                                   .arg(targets.size())
                                   .arg(targetName(targets[t]));
        std::vector<std::vector<float>> snapshots = crossFittedSnapshots(
            data, candidate, kSelectionFolds, epochs, detail, progress, cancel);
        if (snapshots.empty()) {
            choice.cancelled = true;
            return choice;
        }
        for (size_t k = 0; k < epochs.size(); ++k) {
            for (size_t r = 0; r < scoringRows.size(); ++r)
                std::copy(snapshots[k].begin() + std::ptrdiff_t(scoringRows[r]) * c,
                          snapshots[k].begin() + std::ptrdiff_t(scoringRows[r] + 1) * c,
                          scoringProbabilities.begin() + std::ptrdiff_t(r) * c);
            const double score =
                estimateTeacherReliability(scoringData, scoringProbabilities).logLikelihood;
            choice.candidates.push_back({targets[t], epochs[k], score});
            // Ties keep the earlier (cheaper, less memorised) epoch and the earlier target.
            if (score > best + 1e-9) {
                best = score;
                choice.initialTarget = targets[t];
                choice.stopEpoch = epochs[k];
                choice.probabilities = std::move(snapshots[k]);
            }
        }
    }
    choice.reliability = estimateTeacherReliability(data, choice.probabilities);
    choice.posteriors = teacherPosteriors(data, choice.probabilities, choice.reliability);
    return choice;
}

} // namespace candist
