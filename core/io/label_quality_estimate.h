#pragma once

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QStringList>

#include "store/queries/spot_check_query.h"

namespace candist {

// How good are the machine's labels? Estimates from a uniform random sample of spot checks that
// a human answered (docs/label-quality.md has the reasoning). Plain statistics, no torch.

// z for a two-sided 95 % interval.
constexpr double kZ95 = 1.959963984540054;

struct EstimateInterval
{
    double estimate = 0;
    double low = 0;
    double high = 0;
};

// The Wilson score interval for a proportion (Wilson 1927): unlike the normal ("Wald") interval
// it stays inside [0, 1], is not empty at 0 or n successes and covers close to 95 % already for
// small n. `estimate` is the observed share successes / n. nullopt for n = 0.
std::optional<EstimateInterval> wilsonInterval(qint64 successes, qint64 n, double z = kZ95);

// Prediction-powered inference for a mean (Angelopoulos et al., Science 2023): a predictor f is
// known on a pool of `poolSize` samples (mean `poolMean`, sample variance `poolVariance`), the
// truth Y only on a uniform random subsample, which gives `residuals` Y - f. The estimate is
// poolMean + mean(residuals) and the interval its normal approximation with variance
// poolVariance / poolSize + var(residuals) / n: unbiased however wrong f is, and narrow when f is
// close to Y. Estimate and bounds are clipped to [0, 1] (the mean of a 0/1 variable). nullopt
// with fewer than 2 residuals (no variance) or an empty pool.
std::optional<EstimateInterval> predictionPoweredInterval(double poolMean, double poolVariance,
                                                          qint64 poolSize,
                                                          const std::vector<double> &residuals,
                                                          double z = kZ95);

// One machine source's accuracy on the population the spot checks were drawn from.
struct SourceQuality
{
    qint64 n = 0;        // answered spot checks this source gives a label
    qint64 correct = 0;  // ...whose label is the human's
    qint64 labelled = 0; // samples of the population this source labels
    std::optional<EstimateInterval> wilson;
    // With the source's own stored confidence as the predictor; only when every label of the
    // population has one (the student's always do; the teacher's only with votes).
    std::optional<EstimateInterval> predictionPowered;

    // The narrower of the two intervals (Wilson when they are as wide): the one to show a person
    // who wants one figure. nullopt without answers.
    struct Chosen
    {
        EstimateInterval interval;
        bool predictionPowered = false;
    };
    std::optional<Chosen> narrowerInterval() const;
};

struct LabelQualityEstimate
{
    qint64 drawn = 0;
    qint64 answered = 0;
    qint64 machineLabelled =
        0; // final labels that are not a human's: what the export estimate is of
    SourceQuality teacher, student, final;

    static LabelQualityEstimate fromEvidence(const spot_check_query::Evidence &evidence);
    // {spot_checks: {drawn, answered}, teacher|student|final: {accuracy, ci_low, ci_high, n,
    // correct, prediction_powered: {accuracy, ci_low, ci_high} | null}, final.expected_wrong:
    // {estimate, low, high}}; accuracy and bounds are null without answers.
    QJsonObject toJson() const;
    // Sentences of a toJson() object such as "final labels ≈ 81 % correct (95 % CI 77–85 %, 300
    // spot checks), about 1,030 of 5,420 machine labels expected wrong (810–1,250)"; one per
    // source with answers.
    static QStringList describe(const QJsonObject &estimates);
};

} // namespace candist
