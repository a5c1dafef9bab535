#include "student/refinery_ops.h"

#include <algorithm>
#include <cmath>

namespace candist::refinery {

torch::Tensor candidateMask(const DistillationData &data)
{
    const int n = data.size();
    const int c = data.numClasses;
    torch::Tensor mask = torch::zeros({n, c}, torch::kFloat);
    auto m = mask.accessor<float, 2>();
    for (int i = 0; i < n; ++i) {
        if (data.humanLabels[i] >= 0) {
            m[i][data.humanLabels[i]] = 1;
        } else if (data.candidates[i].empty()) {
            for (int j = 0; j < c; ++j)
                m[i][j] = 1;
        } else {
            for (const int j : data.candidates[i])
                m[i][j] = 1;
        }
    }
    return mask;
}

torch::Tensor initialTargets(const DistillationData &data, const torch::Tensor &mask,
                             InitialTarget mode, double rankDecay)
{
    torch::Tensor q = mask.clone();
    if (mode != InitialTarget::Uniform) { // Auto outside the held-out selection: ranked
        auto t = q.accessor<float, 2>();
        for (int i = 0; i < data.size(); ++i) {
            const std::vector<int> &candidates = data.candidates[i];
            if (data.humanLabels[i] >= 0 || candidates.size() < 2)
                continue;
            const std::vector<int> &votes = data.votes[i];
            int totalVotes = 0;
            for (const int v : votes)
                totalVotes += std::max(v, 0);
            for (int j = 0; j < data.numClasses; ++j)
                t[i][j] = 0;
            for (size_t r = 0; r < candidates.size(); ++r) {
                // A label listed twice keeps its best weight.
                const double weight = rankPriorWeight(int(r), totalVotes > 0 ? votes[r] : 0,
                                                      totalVotes > 0, rankDecay);
                t[i][candidates[r]] = std::max(t[i][candidates[r]], float(weight));
            }
        }
    }
    return q / q.sum(1, true).clamp_min(1e-12);
}

torch::Tensor renormalise(const torch::Tensor &probabilities, const torch::Tensor &mask)
{
    const torch::Tensor masked = probabilities * mask;
    return masked / masked.sum(1, true).clamp_min(1e-12);
}

torch::Tensor sharpen(const torch::Tensor &targets, double gamma)
{
    const torch::Tensor powered = targets.clamp_min(0).pow(1.0 / gamma);
    return powered / powered.sum(1, true).clamp_min(1e-12);
}

torch::Tensor outOfCandidates(const torch::Tensor &probabilities, const torch::Tensor &mask,
                              const torch::Tensor &exempt)
{
    const torch::Tensor predicted = probabilities.argmax(1, true);
    const torch::Tensor inside = mask.gather(1, predicted).squeeze(1) > 0.5;
    return inside.logical_not().logical_and(exempt.logical_not());
}

torch::Tensor smallLossSelection(const torch::Tensor &losses, const torch::Tensor &predicted,
                                 const torch::Tensor &eligible, double fraction, bool classwise,
                                 int numClasses)
{
    const int64_t n = losses.size(0);
    torch::Tensor selected = torch::zeros({n}, torch::kBool);
    const torch::Tensor lossesCpu = losses.to(torch::kCPU, torch::kDouble).contiguous();
    const torch::Tensor predictedCpu = predicted.to(torch::kCPU, torch::kLong).contiguous();
    const torch::Tensor eligibleCpu = eligible.to(torch::kCPU, torch::kBool).contiguous();
    const double *l = lossesCpu.data_ptr<double>();
    const int64_t *p = predictedCpu.data_ptr<int64_t>();
    const bool *e = eligibleCpu.data_ptr<bool>();
    bool *s = selected.data_ptr<bool>();
    const int groups = classwise ? numClasses : 1;
    std::vector<std::vector<int64_t>> members(static_cast<size_t>(groups));
    for (int64_t i = 0; i < n; ++i)
        if (e[i])
            members[size_t(classwise ? p[i] : 0)].push_back(i);
    for (std::vector<int64_t> &group : members) {
        std::stable_sort(group.begin(), group.end(),
                         [l](int64_t a, int64_t b) { return l[a] < l[b]; });
        const size_t keep =
            std::min(group.size(), size_t(std::ceil(fraction * double(group.size()) - 1e-9)));
        for (size_t k = 0; k < keep; ++k)
            s[group[k]] = true;
    }
    return selected.to(losses.device());
}

torch::Tensor highConfidence(const torch::Tensor &probabilities, const torch::Tensor &out,
                             double tau)
{
    if (tau >= 1.0)
        return torch::zeros_like(out);
    return out.logical_and(std::get<0>(probabilities.max(1)) > tau);
}

double etaRamp(int epoch, int rampEpochs)
{
    if (rampEpochs <= 0)
        return 1.0;
    return std::min(1.0, double(epoch) / double(rampEpochs));
}

torch::Tensor softCrossEntropy(const torch::Tensor &logits, const torch::Tensor &targets)
{
    return -(targets.detach() * torch::log_softmax(logits, 1)).sum(1);
}

torch::Tensor symmetricKl(const torch::Tensor &logitsA, const torch::Tensor &logitsB,
                          double temperature)
{
    const auto kl = [temperature](const torch::Tensor &targetLogits, const torch::Tensor &logits) {
        const torch::Tensor target = torch::softmax(targetLogits.detach() / temperature, 1);
        return (target * (torch::log(target.clamp_min(1e-12)) - torch::log_softmax(logits, 1)))
            .sum(1);
    };
    return 0.5 * (kl(logitsA, logitsB) + kl(logitsB, logitsA));
}

double sampleMixupWeight(double alpha, std::mt19937_64 &rng)
{
    std::gamma_distribution<double> gamma(alpha, 1.0);
    const double x = gamma(rng);
    const double y = gamma(rng);
    const double omega = x + y > 0 ? x / (x + y) : 0.5;
    return std::max(omega, 1.0 - omega);
}

torch::Tensor mix(const torch::Tensor &values, const torch::Tensor &permutation, double omega)
{
    return omega * values + (1.0 - omega) * values.index_select(0, permutation);
}

Selection select(const torch::Tensor &probabilities, const torch::Tensor &targets,
                 const torch::Tensor &mask, const torch::Tensor &exempt,
                 const RefineryOptions &options)
{
    Selection s;
    const int64_t n = probabilities.size(0);
    const int numClasses = int(probabilities.size(1));
    const torch::Tensor predicted = probabilities.argmax(1);
    s.out = options.outFilter ? outOfCandidates(probabilities, mask, exempt)
                              : torch::zeros({n}, torch::kBool);
    s.inside = s.out.logical_not();
    const torch::Tensor losses = -(targets * torch::log(probabilities.clamp_min(1e-12))).sum(1);
    s.sl = smallLossSelection(losses, predicted, s.inside, options.smallLossFraction,
                              options.classwise, numClasses);
    s.hc = options.highConfidence
               ? highConfidence(probabilities, s.out, options.confidenceThreshold)
               : torch::zeros({n}, torch::kBool);
    s.hasTarget = s.inside.logical_or(s.hc);
    s.oneHot = torch::one_hot(predicted, numClasses).to(torch::kFloat);
    return s;
}

torch::Tensor batchTargets(const torch::Tensor &base, const Selection &selection,
                           const torch::Tensor &rows, const RefineryOptions &options)
{
    torch::Tensor targets = base;
    if (options.sharpen) {
        const torch::Tensor sl = selection.sl.index_select(0, rows).unsqueeze(1);
        targets = torch::where(sl, sharpen(base, options.sharpenGamma), targets);
    }
    const torch::Tensor hc = selection.hc.index_select(0, rows).unsqueeze(1);
    return torch::where(hc, selection.oneHot.index_select(0, rows), targets);
}

} // namespace candist::refinery
