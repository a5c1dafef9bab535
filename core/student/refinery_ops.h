#pragma once
// Internal to core/student (includes torch): the Distribution Refinery's building blocks as pure
// tensor functions, so each component is tested in isolation on hand-made tensors.

#include <random>
#include <torch/torch.h>

#include "student/distillation_data.h"
#include "student/distillation_options.h"

namespace candist::refinery {

// n x C float mask S: the candidates; a human label is a singleton; no information = all ones.
torch::Tensor candidateMask(const DistillationData &data);

// n x C initial Q: uniform over S, or (Ranked) weighted by candidate order / votes. Humans and
// samples without information get their one-hot / uniform target either way.
torch::Tensor initialTargets(const DistillationData &data, const torch::Tensor &mask,
                             InitialTarget mode, double rankDecay);

// (P ⊙ S) / Σ(P ⊙ S), row-wise, with the denominator clamped at 1e-12.
torch::Tensor renormalise(const torch::Tensor &probabilities, const torch::Tensor &mask);

// Q^(1/gamma), renormalised row-wise.
torch::Tensor sharpen(const torch::Tensor &targets, double gamma);

// D_out: argmax P outside S, never for exempt (human) samples. Bool n.
torch::Tensor outOfCandidates(const torch::Tensor &probabilities, const torch::Tensor &mask,
                              const torch::Tensor &exempt);

// D_sl: among `eligible` samples, the `fraction` with the smallest loss — per predicted class
// (classwise) or over all of them. ceil(fraction * m) of m samples; ties by index. Bool n.
torch::Tensor smallLossSelection(const torch::Tensor &losses, const torch::Tensor &predicted,
                                 const torch::Tensor &eligible, double fraction, bool classwise,
                                 int numClasses);

// D_hc: out-of-candidate samples predicted with max P > tau (tau >= 1: none). Bool n.
torch::Tensor highConfidence(const torch::Tensor &probabilities, const torch::Tensor &out,
                             double tau);

// The auxiliary-loss weight for a 0-based epoch: linear 0 -> 1 over `rampEpochs`.
double etaRamp(int epoch, int rampEpochs);

// Per-sample cross-entropy of logits against soft targets (constants).
torch::Tensor softCrossEntropy(const torch::Tensor &logits, const torch::Tensor &targets);

// Per-sample symmetric KL between two views: each side against the other's temperature-sharpened,
// detached prediction.
torch::Tensor symmetricKl(const torch::Tensor &logitsA, const torch::Tensor &logitsB,
                          double temperature);

// Mixup weight: omega ~ Beta(alpha, alpha), folded to max(omega, 1 - omega).
double sampleMixupWeight(double alpha, std::mt19937_64 &rng);

// omega * a + (1 - omega) * a[permutation]; used for representations and targets alike.
torch::Tensor mix(const torch::Tensor &values, const torch::Tensor &permutation, double omega);

// The per-epoch selection of §2.3-4 from the no-grad pass P and the stored Q.
struct Selection
{
    torch::Tensor inside;    // D_in (bool n)
    torch::Tensor out;       // D_out
    torch::Tensor hc;        // D_hc ⊂ D_out
    torch::Tensor sl;        // D_sl ⊂ D_in
    torch::Tensor hasTarget; // D_in ∪ D_hc
    torch::Tensor oneHot;    // n x C one-hot(argmax P), the D_hc targets
};
Selection select(const torch::Tensor &probabilities, const torch::Tensor &targets,
                 const torch::Tensor &mask, const torch::Tensor &exempt,
                 const RefineryOptions &options);

// A batch's DR targets: D_hc one-hot, D_sl sharpened base, other D_in the base Q (rows without a
// target are left as they are and must be masked out by the caller).
torch::Tensor batchTargets(const torch::Tensor &base, const Selection &selection,
                           const torch::Tensor &rows, const RefineryOptions &options);

} // namespace candist::refinery
