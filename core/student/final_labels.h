#pragma once
// Internal to core/student: the final-label policy and the per-sample flags, applied to a pool's
// probabilities — the in-sample ones of the trained student or the cross-fitted ones.

#include <optional>
#include <vector>

#include "student/distillation_data.h"
#include "student/distillation_options.h"
#include "student/teacher_reliability.h"

namespace candist {

// Per sample and label, the teacher's rank of the label: 0 for the first candidate, C for a label
// not offered, -1 for the human's label. Breaks exact ties in favour of the teacher's order.
std::vector<std::vector<int>> teacherRanks(const DistillationData &data);

// The label of one sample under `policy`. Within the candidates (prior > 0) the student's
// probabilities are weighted by the prior W, so the teacher's order decides near-ties; exact ties
// go to the earlier candidate, then to the smaller index. ConfidentOverrule leaves the candidates
// only when the student's argmax over all labels lies outside them with probability > tau.
int finalLabel(const float *probabilities, int numClasses, const std::vector<int> &rank,
               const float *prior, FinalLabelPolicy policy, double tau);

// Fills outcome.predicted, .confidence, .flags and .poolAccuracy from outcome.probabilities.
// mask and prior are n x C row-major (S and W); smallLoss marks D_sl of the last epoch. The
// posterior policy needs `reliability`, fitted on out-of-fold outcome.probabilities (without it
// the confident rule applies); it then stores the posteriors as outcome.probabilities.
void labelPool(DistillationOutcome &outcome, const DistillationData &data, const float *mask,
               const float *prior, const std::vector<std::vector<int>> &ranks,
               const bool *smallLoss, const DistillationOptions &options,
               const TeacherReliability *reliability = nullptr);

} // namespace candist
