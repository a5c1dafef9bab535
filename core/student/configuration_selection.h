#pragma once
// Internal to core/student: the configuration a pool chooses for itself. For each candidate
// configuration (the initial target: uniform or ranked) two-fold cross-fitted students are
// trained and their out-of-fold predictions taken at a grid of epochs; each (configuration,
// epoch) is scored by the held-out log-likelihood of the teacher's annotations under the student
// and the fitted teacher-reliability model (teacher_reliability.h), without gold. When the pool
// has at least kMinimumSpotChecks answered spot checks (a uniform random sample labelled blind,
// never trained on), each (configuration, epoch, final-label policy) is also scored by how many
// of them its labels get right, and that evidence decides instead. The winner gives the initial
// target, the stopping epoch, the final-label policy and the out-of-fold probabilities the pool
// is labelled from.

#include <vector>

#include "model/progress.h"
#include "student/distillation_data.h"
#include "student/distillation_options.h"
#include "student/teacher_reliability.h"

namespace candist {

// Below this many answers a choice among ~100 candidates would follow the draw's noise more
// than the labels' quality (a 95 % interval at n = 50 is about ±13 points).
constexpr int kMinimumSpotChecks = 50;

// The final-label policies the spot checks choose among, in order of preference on ties after
// the gold-free choice.
const std::vector<FinalLabelPolicy> &evidencePolicies();

struct ConfigurationCandidate
{
    InitialTarget initialTarget = InitialTarget::Uniform;
    int epoch = 0;
    double score = 0; // held-out log-likelihood per annotated sample
    // With enough spot checks: the answered spot checks each policy of evidencePolicies() labels
    // right; empty otherwise.
    std::vector<int> correctByPolicy;
    // Benchmarks only (chooseConfiguration's evaluateOnGold): the same count on every pool sample
    // with gold that is not a spot check; empty otherwise. Never consulted by the choice.
    std::vector<int> goldCorrectByPolicy;
};

struct ConfigurationChoice
{
    InitialTarget initialTarget = InitialTarget::Uniform;
    int stopEpoch = 0;
    FinalLabelPolicy finalLabel = FinalLabelPolicy::Posterior;
    std::vector<float> probabilities; // n x C, out of fold, at the choice
    TeacherReliability reliability;   // fitted on those probabilities
    std::vector<float> posteriors;    // n x C: what the final student learns
    std::vector<ConfigurationCandidate> candidates;
    int spotChecks = 0;      // answered spot checks in the pool
    int goldRows = 0;        // evaluateOnGold: the samples goldCorrectByPolicy counts over
    bool byEvidence = false; // the spot checks overruled the held-out likelihood's choice
    // One-sided McNemar p-value of the spot checks' best candidate against the gold-free choice
    // (before the correction for the number of candidates); -1 when they were not consulted.
    double evidencePValue = -1;
    bool cancelled = false;
};

// The epochs at which the held-out students are scored: every epoch up to 6, then about every
// sixth of the run, and the last; thinned so that the snapshots stay within a memory budget.
std::vector<int> selectionEpochs(int epochs, std::int64_t samples, int numClasses);

// evaluateOnGold (benchmarks): also count every candidate's right labels on the pool's gold
// (ConfigurationCandidate::goldCorrectByPolicy), so that a benchmark can compare the choice with
// the best configuration it could have made; the choice itself is the same either way.
ConfigurationChoice chooseConfiguration(const DistillationData &data,
                                        const DistillationOptions &options,
                                        const ProgressCallback &progress,
                                        const CancellationFlag *cancel,
                                        bool evaluateOnGold = false);

} // namespace candist
