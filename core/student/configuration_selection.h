#pragma once
// Internal to core/student: the configuration a pool chooses for itself, without gold. For each
// candidate configuration (the initial target: uniform or ranked) two-fold cross-fitted students
// are trained and their out-of-fold predictions taken at a grid of epochs; each (configuration,
// epoch) is scored by the held-out log-likelihood of the teacher's annotations under the student
// and the fitted teacher-reliability model (teacher_reliability.h). The best one gives the
// initial target, the stopping epoch, and the out-of-fold probabilities the pool is labelled from.

#include <vector>

#include "model/progress.h"
#include "student/distillation_data.h"
#include "student/distillation_options.h"
#include "student/teacher_reliability.h"

namespace candist {

struct ConfigurationCandidate
{
    InitialTarget initialTarget = InitialTarget::Uniform;
    int epoch = 0;
    double score = 0; // held-out log-likelihood per annotated sample
};

struct ConfigurationChoice
{
    InitialTarget initialTarget = InitialTarget::Uniform;
    int stopEpoch = 0;
    std::vector<float> probabilities; // n x C, out of fold, at the choice
    TeacherReliability reliability;   // fitted on those probabilities
    std::vector<float> posteriors;    // n x C: what the final student learns
    std::vector<ConfigurationCandidate> candidates;
    bool cancelled = false;
};

// The epochs at which the held-out students are scored: every epoch up to 6, then about every
// sixth of the run, and the last; thinned so that the snapshots stay within a memory budget.
std::vector<int> selectionEpochs(int epochs, std::int64_t samples, int numClasses);

ConfigurationChoice chooseConfiguration(const DistillationData &data,
                                        const DistillationOptions &options,
                                        const ProgressCallback &progress,
                                        const CancellationFlag *cancel);

} // namespace candist
