#pragma once
// Internal to core/student (torch-free): how often the teacher's candidate order is right,
// estimated without gold from a student that never saw the samples, and the posterior label it
// gives each sample.
//
// The model: the true label of a sample whose candidate set has size s is the teacher's
// candidate at rank r with probability rank[s][r] and a label outside the set with probability
// outside[s] (spread evenly over the labels not offered). With out-of-fold student probabilities
// P_i, calibrated by a temperature T and a share u of samples on which the student knows nothing
// (P' = (1 - u) P^(1/T) + u / C), the posterior of label c is proportional to P'_ic * prior_i(c).
// EM over the pool fits the rank probabilities and u; T is chosen on a grid to maximise the
// likelihood of the teacher's annotations under the student. A strong teacher comes out
// with a steep rank prior (its first candidate is rarely wrong), a weak one with a flat prior, so
// the posterior leans on the teacher exactly as far as the pool shows it deserves.

#include <vector>

#include "student/distillation_data.h"

namespace candist {

struct TeacherReliability
{
    // Set sizes 1, 2, 3 and 4+ each have their own probabilities; ranks from the fourth on share
    // the last one (split evenly among the candidates there).
    static constexpr int kSizeBuckets = 4;
    static constexpr int kRankBuckets = 4;
    double rank[kSizeBuckets][kRankBuckets] = {};
    double outside[kSizeBuckets] = {};
    double temperature = 1.0;
    // The share of samples on which the student knows nothing: its calibrated probabilities are
    // (1 - uninformed) * P^(1/T) (renormalised) + uninformed / C. One share for the pool: with a
    // share per set size the fit explains every disagreement with the teacher by the student and
    // never finds a teacher's label wrong (measured on the simulated teachers).
    double uninformed = 0.5;
    double logLikelihood = 0; // per sample, at the estimate
    // Two labels: the student learnt the teacher's noisy labels, so its tempered probability of
    // the teacher's first candidate estimates P(teacher says it | text), which the posterior
    // de-noises with the first candidate's reliability before weighing this sample's own answer
    // (estimateTeacherReliability says why).
    bool denoisesStudent = false;

    // P(the teacher's annotation | true label c) for each c, up to a factor per sample: one-hot
    // for a human label, flat without candidates. `numClasses` entries into `out`.
    void prior(const DistillationData &data, int sample, float *out) const;
    // The estimated share of the teacher's first candidates that are right, over the samples it
    // annotated.
    double firstCandidateCorrect(const DistillationData &data) const;
    // Whether the fit says the teacher's first candidate is right at least 90 % of the time. The
    // fit cannot tell a student that is confidently wrong where a knowledgeable teacher hesitated
    // from a teacher that is wrong (both explain the annotations equally well), and a strong LLM
    // teacher's order within its set carries knowledge a bag-of-n-grams student lacks (TREC: the
    // student's within-set changes broke 126 samples and fixed 60). So for a strong teacher the
    // posterior keeps the teacher's order within the set, and the student decides only whether
    // the label leaves it.
    bool strongTeacher(const DistillationData &data) const;
};

// EM on the samples the teacher annotated (human labels and samples without candidates carry no
// information about the teacher). `probabilities` is n x C row-major, out of fold.
//
// Two labels are the exception. A set of both is the whole label space, so only the teacher's
// order carries information, and the likelihood cannot tell a sharp student and a 70 % teacher
// from a flattened student and a 99 % one (on MR at 0.70 they differ by 0.006 nats; the fit took
// the teacher for strong and kept all its labels). There the reliability of the first candidate
// is read per set size on anchor points: the student's most confident tenth of the samples, where
// it is nearly always right (MR: 92.6 %), so that the teacher's agreement with it there estimates
// the teacher's own accuracy (the noise-transition estimate of Patrini et al. 2017); the
// temperature makes the teacher's first candidates most likely under the student alone; and the
// posterior de-noises the student (teacherPosteriors). Pools with fewer than 30 anchor samples, or
// whose anchors agree with the teacher no more than chance, keep the EM.
TeacherReliability estimateTeacherReliability(const DistillationData &data,
                                              const std::vector<float> &probabilities);

// n x C row-major posteriors P' * prior, normalised per sample; for a strong teacher the mass
// inside a set is split by the teacher's order (1, 1/4, 1/16, ...).
std::vector<float> teacherPosteriors(const DistillationData &data,
                                     const std::vector<float> &probabilities,
                                     const TeacherReliability &reliability);

} // namespace candist
