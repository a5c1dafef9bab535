#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QJsonObject>
#include <QStringList>

namespace candist {

// The pool a student learns from, in memory and torch-free. Built from a project by Distiller, or
// directly by benchmarks and tests.
struct DistillationData
{
    int numClasses = 0;
    QStringList texts;
    // Per sample, the teacher's candidates, most likely first. Empty = no information (parse or
    // transport failure, or no teacher result): the candidate set is all C labels.
    std::vector<std::vector<int>> candidates;
    // Per sample, self-consistency votes parallel to `candidates`; empty when not sampled.
    std::vector<std::vector<int>> votes;
    // Per sample, a human's label or -1. A human label is a singleton set with a one-hot target
    // and is exempt from the out-of-candidate filter.
    std::vector<int> humanLabels;
    // Per sample, the gold label or -1. Used for metrics only, and as the target of method gold.
    std::vector<int> gold;
    // Per sample, a spot check's human answer or -1. Never a training target (the sample trains
    // from its teacher candidates): a uniform random sample answered blind is the only unbiased
    // evidence of which configuration labels the pool best (configuration_selection.h).
    std::vector<int> spotCheckAnswers;

    // Optional held-out test set for the per-epoch test-accuracy curve.
    QStringList testTexts;
    std::vector<int> testGold;

    int size() const { return int(texts.size()); }
    // Fills empty `votes`/`humanLabels`/`gold`/`spotCheckAnswers` to the pool size and throws Error
    // on inconsistent sizes or label indices outside 0..C-1.
    void normalise();
    // The pool samples at `rows` (in that order) with their annotations; no test set. Needs a
    // normalised pool.
    DistillationData subset(const std::vector<int> &rows) const;
};

// One epoch's curves, emitted live and stored with the run.
struct EpochMetrics
{
    int epoch = 0; // 1-based
    bool warmup = false;
    double eta = 0;
    double loss = 0;
    double lossDr = 0;
    double lossCrIn = 0;
    double lossCrOut = 0;
    double lossMix = 0;
    double shareOut = 0; // D_out / n, from the selection pass that started the epoch
    double shareHc = 0;
    double shareSl = 0;
    double shareInside = 0; // samples whose argmax lies inside their candidates, after the epoch
    double meanConfidence = 0;
    double teacherAgreement = 0; // argmax equals the teacher's first candidate
    std::optional<double> poolAccuracy;
    std::optional<double> testAccuracy;
    double seconds = 0;

    QJsonObject toJson() const;
};

using EpochCallback = std::function<void(const EpochMetrics &)>;

// The ranked prior's weight of a sample's candidate at 0-based `rank`: the teacher's order decays
// geometrically; self-consistency votes (smoothed by half a vote so that no candidate is ruled
// out) scale it when the sample has any, so that equal votes still follow the order.
double rankPriorWeight(int rank, int votes, bool hasVotes, double rankDecay);

// What a training run produced for every pool sample.
struct DistillationOutcome
{
    int numClasses = 0;
    std::vector<float> probabilities; // n x C, row-major
    std::vector<int> predicted;       // per the final-label policy
    std::vector<float> confidence;    // probability of `predicted`
    std::vector<quint8> flags;        // StudentFlag bits
    std::vector<EpochMetrics> epochs;
    // Share of the samples with gold whose final label (`predicted`) is right; the last epoch's
    // poolAccuracy is the in-sample figure, this one also covers cross-fitted labels.
    std::optional<double> poolAccuracy;
    // Gold-free, from the posterior final-label policy: the expected share of right final labels
    // (the mean posterior of the chosen labels) and the estimated share of the teacher's first
    // candidates that are right.
    std::optional<double> estimatedAccuracy;
    std::optional<double> teacherFirstCorrect;
    // What the held-out selection chose (initial_target, stop_epoch, final_label, chosen_by) and
    // every candidate's score, with the spot checks' estimate of each when there were enough;
    // empty when no selection ran.
    QJsonObject selection;
    int warmupEpochs = 0;
    int resumedEpochs = 0; // epochs done before a resumed train() (not in `epochs`)
    bool cancelled = false;
};

} // namespace candist
