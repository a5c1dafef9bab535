#include "student/final_labels.h"

#include <cstdio>

#include <QtGlobal>

#include "model/annotation.h"

namespace candist {

std::vector<std::vector<int>> teacherRanks(const DistillationData &data)
{
    const int n = data.size();
    const int c = data.numClasses;
    std::vector<std::vector<int>> ranks(size_t(n), std::vector<int>(size_t(c), c));
    for (int i = 0; i < n; ++i) {
        const auto &candidates = data.candidates[size_t(i)];
        for (size_t k = candidates.size(); k-- > 0;)
            ranks[size_t(i)][size_t(candidates[k])] = int(k);
        if (data.humanLabels[size_t(i)] >= 0)
            ranks[size_t(i)][size_t(data.humanLabels[size_t(i)])] = -1;
    }
    return ranks;
}

int finalLabel(const float *p, int numClasses, const std::vector<int> &rank, const float *prior,
               FinalLabelPolicy policy, double tau)
{
    const auto best = [&](bool withinCandidates) {
        int label = -1;
        double bestScore = -1;
        for (int j = 0; j < numClasses; ++j) {
            double score = p[j];
            if (withinCandidates) {
                if (prior[j] <= 0.f)
                    continue;
                score *= prior[j];
            }
            if (label < 0 || score > bestScore ||
                (score == bestScore && rank[size_t(j)] < rank[size_t(label)])) {
                label = j;
                bestScore = score;
            }
        }
        return label;
    };
    const int top = best(false);
    if (policy == FinalLabelPolicy::AllLabels)
        return top;
    if (policy == FinalLabelPolicy::ConfidentOverrule && prior[top] <= 0.f && p[top] > tau)
        return top;
    return best(true);
}

void labelPool(DistillationOutcome &outcome, const DistillationData &data, const float *mask,
               const float *prior, const std::vector<std::vector<int>> &ranks,
               const bool *smallLoss, const DistillationOptions &options,
               const TeacherReliability *fitted)
{
    const int n = data.size();
    const int c = data.numClasses;
    const double tau = options.refinery.confidenceThreshold;
    outcome.predicted.resize(size_t(n));
    outcome.confidence.resize(size_t(n));
    outcome.flags.resize(size_t(n));
    // The gold reference is a ceiling: its labels never pass through the teacher's candidates.
    // The posterior needs students that never saw the samples; in-sample probabilities have
    // memorised the teacher, so without them the confident rule applies.
    const FinalLabelPolicy policy = options.method == DistillationMethod::Gold
                                        ? FinalLabelPolicy::AllLabels
                                    : options.finalLabel == FinalLabelPolicy::Posterior && !fitted
                                        ? FinalLabelPolicy::ConfidentOverrule
                                        : options.finalLabel;
    std::vector<float> posteriors;
    if (policy == FinalLabelPolicy::Posterior) {
        const TeacherReliability &reliability = *fitted;
        posteriors = teacherPosteriors(data, outcome.probabilities, reliability);
        outcome.teacherFirstCorrect = reliability.firstCandidateCorrect(data);
    }
    double expectedCorrect = 0;
    int correct = 0, withGold = 0;
    for (int i = 0; i < n; ++i) {
        const float *row = outcome.probabilities.data() + std::int64_t(i) * c;
        const float *posterior =
            posteriors.empty() ? nullptr : posteriors.data() + std::int64_t(i) * c;
        const int label =
            posterior
                ? finalLabel(posterior, c, ranks[size_t(i)], mask + std::int64_t(i) * c,
                             FinalLabelPolicy::AllLabels, 1.0)
                : finalLabel(row, c, ranks[size_t(i)], prior + std::int64_t(i) * c, policy, tau);
        if (posterior)
            expectedCorrect += posterior[label];

        const int top = finalLabel(row, c, ranks[size_t(i)], mask + std::int64_t(i) * c,
                                   FinalLabelPolicy::AllLabels, 1.0);
        outcome.predicted[size_t(i)] = label;
        outcome.confidence[size_t(i)] = row[label];
        quint8 flags = 0;
        if (data.humanLabels[size_t(i)] < 0 && mask[std::int64_t(i) * c + top] < 0.5f) {
            flags |= InOut;
            if (row[top] > tau && tau < 1.0)
                flags |= InHc;
        }
        if (smallLoss && smallLoss[i])
            flags |= InSl;
        outcome.flags[size_t(i)] = flags;
        if (data.gold[size_t(i)] >= 0) {
            ++withGold;
            correct += label == data.gold[size_t(i)];
        }
    }
    outcome.poolAccuracy =
        withGold > 0 ? std::optional<double>(double(correct) / withGold) : std::nullopt;
    if (!posteriors.empty() && n > 0) {
        outcome.estimatedAccuracy = expectedCorrect / n;
        // What the project shows and ranks by is what the label was chosen from, so the label is
        // always the most probable entry of the stored row (the flags above keep the student's
        // own opinion).
        outcome.probabilities = std::move(posteriors);
        for (int i = 0; i < n; ++i)
            outcome.confidence[size_t(i)] =
                outcome.probabilities[size_t(i) * size_t(c) + size_t(outcome.predicted[size_t(i)])];
    }
}

} // namespace candist
