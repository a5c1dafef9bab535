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

// The samples with gold that are not spot checks: what a benchmark measures the pool on.
std::vector<int> goldRowsOutsideSpotChecks(const DistillationData &data)
{
    std::vector<int> rows;
    for (int i = 0; i < data.size(); ++i)
        if (data.gold[size_t(i)] >= 0 && data.spotCheckAnswers[size_t(i)] < 0)
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

// Per policy of evidencePolicies(), which of the samples in `answered` its label gets right (1)
// or wrong (0) against `answers` (one per sample: the spot checks' answers, or gold), each label
// made as labelPool makes it from these out-of-fold probabilities.
std::vector<std::vector<char>> hitsAgainst(const DistillationData &answered,
                                           const std::vector<int> &answers,
                                           const std::vector<float> &probabilities,
                                           const TeacherReliability &reliability,
                                           InitialTarget target, const DistillationOptions &options)
{
    const int c = answered.numClasses;
    const std::vector<float> posteriors = teacherPosteriors(answered, probabilities, reliability);
    const torch::Tensor mask = refinery::candidateMask(answered).contiguous();
    const torch::Tensor prior =
        refinery::initialTargets(answered, mask, target, options.refinery.rankDecay).contiguous();
    const std::vector<std::vector<int>> ranks = teacherRanks(answered);
    std::vector<std::vector<char>> hits;
    for (const FinalLabelPolicy policy : evidencePolicies()) {
        std::vector<char> right(size_t(answered.size()), 0);
        for (int k = 0; k < answered.size(); ++k) {
            const std::ptrdiff_t at = std::ptrdiff_t(k) * c;
            const int label =
                policy == FinalLabelPolicy::Posterior
                    ? finalLabel(posteriors.data() + at, c, ranks[size_t(k)],
                                 mask.data_ptr<float>() + at, FinalLabelPolicy::AllLabels, 1.0)
                    : finalLabel(probabilities.data() + at, c, ranks[size_t(k)],
                                 prior.data_ptr<float>() + at, policy,
                                 options.refinery.confidenceThreshold);
            right[size_t(k)] = label == answers[size_t(k)];
        }
        hits.push_back(std::move(right));
    }
    return hits;
}

std::vector<int> countsOfRight(const std::vector<std::vector<char>> &hits)
{
    std::vector<int> counts;
    for (const std::vector<char> &policyHits : hits)
        counts.push_back(int(std::count(policyHits.begin(), policyHits.end(), char(1))));
    return counts;
}

// One-sided exact McNemar test: the probability that a challenger no better than the default
// wins at least `challengerOnly` of the answers on which exactly one of the two is right.
double mcNemarOneSidedP(int challengerOnly, int defaultOnly)
{
    const int n = challengerOnly + defaultOnly;
    double p = 0;
    for (int k = challengerOnly; k <= n; ++k)
        p += std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) -
                      n * std::log(2.0));
    return std::min(1.0, p);
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
                                        const CancellationFlag *cancel, bool evaluateOnGold)
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
    const std::vector<int> goldRows =
        evaluateOnGold ? goldRowsOutsideSpotChecks(data) : std::vector<int>{};
    const DistillationData goldData = data.subset(goldRows);
    const int c = data.numClasses;
    ConfigurationChoice choice;
    choice.spotChecks = int(answered.size());
    choice.goldRows = int(goldRows.size());
    Leader likelihood, evidence;
    std::vector<std::vector<std::vector<char>>> hitsByCandidate; // [candidate][policy][answer]
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
            ConfigurationCandidate scored{targets[t], epochs[k], fitted.logLikelihood, {}, {}};
            likelihood.offer(scored.score, choice.candidates.size(), options.finalLabel,
                             snapshots[k]);
            if (byEvidence) {
                std::vector<std::vector<char>> hits =
                    hitsAgainst(answeredData, answeredData.spotCheckAnswers,
                                rowsOf(snapshots[k], answered, c), fitted, targets[t], options);
                scored.correctByPolicy = countsOfRight(hits);
                hitsByCandidate.push_back(std::move(hits));
                for (size_t p = 0; p < evidencePolicies().size(); ++p)
                    evidence.offer(scored.correctByPolicy[p], choice.candidates.size(),
                                   evidencePolicies()[p], snapshots[k]);
            }
            if (!goldRows.empty())
                scored.goldCorrectByPolicy = countsOfRight(
                    hitsAgainst(goldData, goldData.gold, rowsOf(snapshots[k], goldRows, c), fitted,
                                targets[t], options));
            choice.candidates.push_back(std::move(scored));
        }
    }
    // The spot checks overrule the gold-free choice only where they show, beyond chance, that
    // another candidate labels more of them right: the best of ~100 candidates on a few hundred
    // answers wins by noise alone (measured: 0.9 pool points worse than the gold-free choice on
    // fortunes at 0.70 with 300 answers), so the winner must pass a paired McNemar test against
    // the default at 5 %, Bonferroni-corrected for the number of candidates it was picked from.
    Leader *winner = &likelihood;
    if (byEvidence) {
        const auto defaultPolicy =
            std::find(evidencePolicies().begin(), evidencePolicies().end(), options.finalLabel);
        const auto challengerPolicy =
            std::find(evidencePolicies().begin(), evidencePolicies().end(), evidence.policy);
        if (defaultPolicy == evidencePolicies().end()) {
            winner = &evidence; // the default policy has no evidence: nothing to defend
        } else {
            const std::vector<char> &defaultHits =
                hitsByCandidate[likelihood.candidate]
                               [size_t(defaultPolicy - evidencePolicies().begin())];
            const std::vector<char> &challengerHits =
                hitsByCandidate[evidence.candidate]
                               [size_t(challengerPolicy - evidencePolicies().begin())];
            int challengerOnly = 0, defaultOnly = 0;
            for (size_t k = 0; k < defaultHits.size(); ++k) {
                challengerOnly += challengerHits[k] && !defaultHits[k];
                defaultOnly += defaultHits[k] && !challengerHits[k];
            }
            const double tried = double(choice.candidates.size() * evidencePolicies().size());
            choice.evidencePValue = mcNemarOneSidedP(challengerOnly, defaultOnly);
            if (challengerOnly > defaultOnly && choice.evidencePValue * tried < 0.05)
                winner = &evidence;
        }
    }
    const ConfigurationCandidate &won = choice.candidates[winner->candidate];
    choice.initialTarget = won.initialTarget;
    choice.stopEpoch = won.epoch;
    choice.finalLabel = winner->policy;
    choice.byEvidence = winner == &evidence;
    choice.probabilities = std::move(winner->probabilities);
    choice.reliability = estimateTeacherReliability(data, choice.probabilities);
    choice.posteriors = teacherPosteriors(data, choice.probabilities, choice.reliability);
    return choice;
}

} // namespace candist
