#include "student/configuration_selection.h"

#include <algorithm>
#include <cmath>

#include "student/cross_fitting.h"
#include "student/final_labels.h"
#include "student/refinery_ops.h"

namespace candist {

namespace {

constexpr int kSelectionFolds = 2;
constexpr int kScoringSamples = 5000;
// Out-of-fold snapshots kept at once: n x C floats each, 256 MB in all at most.
constexpr std::int64_t kSnapshotBudget = 64 * 1024 * 1024;

std::vector<InitialTarget> targetsToTry(const DistillationData &data,
                                        const DistillationOptions &options)
{
    // With no set of two or more candidates the ranked target is the uniform one: train it once.
    const bool anySet = std::any_of(data.candidates.begin(), data.candidates.end(),
                                    [](const std::vector<int> &set) { return set.size() > 1; });
    if (options.refinery.initialTarget != InitialTarget::Auto)
        return {options.refinery.initialTarget};
    if (anySet)
        return {InitialTarget::Uniform, InitialTarget::Ranked};
    return {InitialTarget::Uniform};
}

// Rows spread evenly over the pool, at most `limit` of them.
std::vector<int> spreadRows(int n, int limit)
{
    std::vector<int> rows;
    const int stride = std::max(1, (n + limit - 1) / limit);
    for (int i = 0; i < n; i += stride)
        rows.push_back(i);
    return rows;
}

std::vector<int> answeredRows(const DistillationData &data)
{
    std::vector<int> rows;
    for (int i = 0; i < data.size(); ++i)
        if (data.spotCheckAnswers[size_t(i)] >= 0)
            rows.push_back(i);
    return rows;
}

std::vector<float> rowsOf(const std::vector<float> &probabilities, const std::vector<int> &rows,
                          int c)
{
    std::vector<float> picked(rows.size() * size_t(c));
    for (size_t r = 0; r < rows.size(); ++r)
        std::copy(probabilities.begin() + std::ptrdiff_t(rows[r]) * c,
                  probabilities.begin() + std::ptrdiff_t(rows[r] + 1) * c,
                  picked.begin() + std::ptrdiff_t(r) * c);
    return picked;
}

// Per policy of evidencePolicies(), how many answered spot checks its label gets right, each
// label made as labelPool makes it from these out-of-fold probabilities.
std::vector<int> correctOnSpotChecks(const DistillationData &answered,
                                     const std::vector<float> &probabilities,
                                     const TeacherReliability &reliability, InitialTarget target,
                                     const DistillationOptions &options)
{
    const int c = answered.numClasses;
    const std::vector<float> posteriors = teacherPosteriors(answered, probabilities, reliability);
    const torch::Tensor mask = refinery::candidateMask(answered).contiguous();
    const torch::Tensor prior =
        refinery::initialTargets(answered, mask, target, options.refinery.rankDecay).contiguous();
    const std::vector<std::vector<int>> ranks = teacherRanks(answered);
    std::vector<int> correct;
    for (const FinalLabelPolicy policy : evidencePolicies()) {
        int right = 0;
        for (int k = 0; k < answered.size(); ++k) {
            const std::ptrdiff_t at = std::ptrdiff_t(k) * c;
            const int label =
                policy == FinalLabelPolicy::Posterior
                    ? finalLabel(posteriors.data() + at, c, ranks[size_t(k)],
                                 mask.data_ptr<float>() + at, FinalLabelPolicy::AllLabels, 1.0)
                    : finalLabel(probabilities.data() + at, c, ranks[size_t(k)],
                                 prior.data_ptr<float>() + at, policy,
                                 options.refinery.confidenceThreshold);
            right += label == answered.spotCheckAnswers[size_t(k)];
        }
        correct.push_back(right);
    }
    return correct;
}

// The running best of one way of choosing, with the probabilities it would label the pool from.
struct Leader
{
    size_t candidate = 0;
    FinalLabelPolicy policy = FinalLabelPolicy::Posterior;
    double value = -1e300;
    std::vector<float> probabilities;

    // Strictly better only: ties keep the earlier (cheaper, less memorised) epoch and target.
    void offer(double next, size_t index, FinalLabelPolicy nextPolicy,
               const std::vector<float> &snapshot)
    {
        if (next <= value + 1e-9)
            return;
        value = next;
        candidate = index;
        policy = nextPolicy;
        probabilities = snapshot;
    }
};

} // namespace

const std::vector<FinalLabelPolicy> &evidencePolicies()
{
    static const std::vector<FinalLabelPolicy> policies = {
        FinalLabelPolicy::Posterior, FinalLabelPolicy::ConfidentOverrule,
        FinalLabelPolicy::WithinCandidates, FinalLabelPolicy::AllLabels};
    return policies;
}

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
    const std::vector<InitialTarget> targets = targetsToTry(data, options);
    const std::vector<int> epochs = selectionEpochs(options.epochs, data.size(), data.numClasses);
    // Each (configuration, epoch) is scored on at most kScoringSamples samples spread over the
    // pool: the score is a mean, and an EM fit over a million rows for every snapshot would cost
    // more than the training.
    const std::vector<int> scoringRows = spreadRows(data.size(), kScoringSamples);
    const DistillationData scoringData = data.subset(scoringRows);
    const std::vector<int> answered = answeredRows(data);
    const DistillationData answeredData = data.subset(answered);
    const bool byEvidence = int(answered.size()) >= kMinimumSpotChecks;
    const int c = data.numClasses;
    ConfigurationChoice choice;
    choice.spotChecks = int(answered.size());
    Leader likelihood, evidence;
    for (size_t t = 0; t < targets.size(); ++t) {
        DistillationOptions candidate = options;
        candidate.refinery.initialTarget = targets[t];
        const QString detail = QStringLiteral("choosing the configuration (%1 of %2, %3 target) ")
                                   .arg(t + 1)
                                   .arg(targets.size())
                                   .arg(initialTargetName(targets[t]));
        const std::vector<std::vector<float>> snapshots = crossFittedSnapshots(
            data, candidate, kSelectionFolds, epochs, detail, progress, cancel);
        if (snapshots.empty()) {
            choice.cancelled = true;
            return choice;
        }
        for (size_t k = 0; k < epochs.size(); ++k) {
            const TeacherReliability fitted =
                estimateTeacherReliability(scoringData, rowsOf(snapshots[k], scoringRows, c));
            ConfigurationCandidate scored{targets[t], epochs[k], fitted.logLikelihood, {}};
            likelihood.offer(scored.score, choice.candidates.size(), options.finalLabel,
                             snapshots[k]);
            if (byEvidence) {
                scored.correctByPolicy = correctOnSpotChecks(
                    answeredData, rowsOf(snapshots[k], answered, c), fitted, targets[t], options);
                for (size_t p = 0; p < evidencePolicies().size(); ++p)
                    evidence.offer(scored.correctByPolicy[p], choice.candidates.size(),
                                   evidencePolicies()[p], snapshots[k]);
            }
            choice.candidates.push_back(std::move(scored));
        }
    }
    // The spot checks overrule the gold-free choice only where they show it labels fewer of them
    // right than another candidate does.
    Leader *winner = &likelihood;
    if (byEvidence) {
        const std::vector<int> &defaultCorrect =
            choice.candidates[likelihood.candidate].correctByPolicy;
        const auto defaultPolicy =
            std::find(evidencePolicies().begin(), evidencePolicies().end(), options.finalLabel);
        const int confirmed =
            defaultPolicy == evidencePolicies().end()
                ? -1
                : defaultCorrect[size_t(defaultPolicy - evidencePolicies().begin())];
        if (evidence.value > confirmed)
            winner = &evidence;
    }
    const ConfigurationCandidate &won = choice.candidates[winner->candidate];
    choice.initialTarget = won.initialTarget;
    choice.stopEpoch = won.epoch;
    choice.finalLabel = winner->policy;
    choice.byEvidence = byEvidence;
    choice.probabilities = std::move(winner->probabilities);
    choice.reliability = estimateTeacherReliability(data, choice.probabilities);
    choice.posteriors = teacherPosteriors(data, choice.probabilities, choice.reliability);
    return choice;
}

} // namespace candist
