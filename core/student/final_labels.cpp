#include "student/final_labels.h"

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
               const bool *smallLoss, const DistillationOptions &options)
{
    const int n = data.size();
    const int c = data.numClasses;
    const double tau = options.refinery.confidenceThreshold;
    outcome.predicted.resize(size_t(n));
    outcome.confidence.resize(size_t(n));
    outcome.flags.resize(size_t(n));
    int correct = 0, withGold = 0;
    for (int i = 0; i < n; ++i) {
        const float *row = outcome.probabilities.data() + std::int64_t(i) * c;
        const int label = finalLabel(row, c, ranks[size_t(i)], prior + std::int64_t(i) * c,
                                     options.finalLabel, tau);
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
}

} // namespace candist
