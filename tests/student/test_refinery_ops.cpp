#include <QtTest>

#include "student/refinery_ops.h"
#include "student/warmup_criterion.h"

using namespace candist;

namespace {

torch::Tensor rows(std::initializer_list<std::initializer_list<float>> values)
{
    std::vector<torch::Tensor> list;
    for (const auto &row : values)
        list.push_back(torch::tensor(std::vector<float>(row)));
    return torch::stack(list);
}

bool close(const torch::Tensor &a, const torch::Tensor &b)
{
    return torch::allclose(a, b, 1e-5, 1e-6);
}

std::vector<bool> flags(const torch::Tensor &mask)
{
    std::vector<bool> out;
    for (int64_t i = 0; i < mask.size(0); ++i)
        out.push_back(mask[i].item<bool>());
    return out;
}

} // namespace

class TestRefineryOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidateMaskAndInitialTargets()
    {
        DistillationData data;
        data.numClasses = 3;
        data.texts = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                      QStringLiteral("d")};
        data.candidates = {{2, 0}, {}, {1}, {0, 1}};
        data.votes = {{}, {}, {}, {1, 3}};
        data.humanLabels = {-1, -1, -1, 2};
        data.normalise();
        const torch::Tensor mask = refinery::candidateMask(data);
        QVERIFY(close(mask, rows({{1, 0, 1}, {1, 1, 1}, {0, 1, 0}, {0, 0, 1}})));
        QVERIFY(close(refinery::initialTargets(data, mask, InitialTarget::Uniform, 0.5),
                      rows({{0.5, 0, 0.5}, {1 / 3.f, 1 / 3.f, 1 / 3.f}, {0, 1, 0}, {0, 0, 1}})));
        // Ranked: the first candidate (2) weighs 1, the second (0) 0.5; humans stay one-hot.
        QVERIFY(close(
            refinery::initialTargets(data, mask, InitialTarget::Ranked, 0.5),
            rows({{1 / 3.f, 0, 2 / 3.f}, {1 / 3.f, 1 / 3.f, 1 / 3.f}, {0, 1, 0}, {0, 0, 1}})));
        // Votes scale the order: 1 and 3 votes, smoothed by half a vote, times 1 and 0.5.
        data.humanLabels = {-1, -1, -1, -1};
        const torch::Tensor voted = refinery::initialTargets(data, refinery::candidateMask(data),
                                                             InitialTarget::Ranked, 0.5);
        QVERIFY(close(voted[3], torch::tensor({1.5f / 3.25f, 1.75f / 3.25f, 0.f})));
    }

    void renormalisesWithinCandidates()
    {
        const torch::Tensor p = rows({{0.6, 0.3, 0.1}, {0.0, 0.0, 1.0}});
        const torch::Tensor s = rows({{0, 1, 1}, {1, 1, 0}});
        const torch::Tensor q = refinery::renormalise(p, s);
        QVERIFY(close(q[0], torch::tensor({0.f, 0.75f, 0.25f})));
        // A zero denominator is guarded: no NaN, all zeros.
        QVERIFY(close(q[1], torch::tensor({0.f, 0.f, 0.f})));
        QVERIFY(!torch::isnan(q).any().item<bool>());
    }

    void sharpensWithGamma()
    {
        const torch::Tensor q = rows({{0.75, 0.25, 0}});
        const torch::Tensor sharp = refinery::sharpen(q, 0.5); // square, renormalise
        QVERIFY(close(sharp, rows({{0.9, 0.1, 0}})));
        QVERIFY(close(refinery::sharpen(q, 1.0), q));
        QVERIFY(sharp[0][0].item<float>() > q[0][0].item<float>());
    }

    void outFilterExemptsHumans()
    {
        const torch::Tensor p = rows({{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.9, 0.05, 0.05}});
        const torch::Tensor s = rows({{0, 1, 1}, {0, 1, 0}, {0, 0, 1}});
        const torch::Tensor none = torch::zeros({3}, torch::kBool);
        QCOMPARE(flags(refinery::outOfCandidates(p, s, none)),
                 (std::vector<bool>{true, false, true}));
        const torch::Tensor human = torch::tensor({false, false, true});
        QCOMPARE(flags(refinery::outOfCandidates(p, s, human)),
                 (std::vector<bool>{true, false, false}));
    }

    void selectsSmallLossPerClass()
    {
        // Class 0: losses 0.1, 0.9, 0.5, 0.3 -> half = the two smallest (rows 0 and 3).
        // Class 1: losses 2.0, 1.0 -> one (row 5). Row 6 is not eligible.
        const torch::Tensor losses = torch::tensor({0.1, 0.9, 0.5, 0.3, 2.0, 1.0, 0.0});
        const torch::Tensor predicted = torch::tensor({0, 0, 0, 0, 1, 1, 1}, torch::kLong);
        const torch::Tensor eligible = torch::tensor({true, true, true, true, true, true, false});
        QCOMPARE(flags(refinery::smallLossSelection(losses, predicted, eligible, 0.5, true, 2)),
                 (std::vector<bool>{true, false, false, true, false, true, false}));
        // Global selection: ceil(0.5 * 6) = 3 smallest overall: rows 0, 3, 2.
        QCOMPARE(flags(refinery::smallLossSelection(losses, predicted, eligible, 0.5, false, 2)),
                 (std::vector<bool>{true, false, true, true, false, false, false}));
    }

    void highConfidenceNeedsOutAndTau()
    {
        const torch::Tensor p = rows({{0.97, 0.03}, {0.6, 0.4}, {0.99, 0.01}});
        const torch::Tensor out = torch::tensor({true, true, false});
        QCOMPARE(flags(refinery::highConfidence(p, out, 0.95)),
                 (std::vector<bool>{true, false, false}));
        QCOMPARE(flags(refinery::highConfidence(p, out, 1.0)),
                 (std::vector<bool>{false, false, false}));
    }

    void selectionBuildsTargets()
    {
        RefineryOptions options;
        options.smallLossFraction = 0.5;
        options.sharpenGamma = 0.5;
        // Row 0: inside, predicted 1, small loss -> sharpened Q. Row 1: inside, larger loss ->
        // plain Q. Row 2: out with confidence 0.98 -> one-hot on class 0. Row 3: out, unsure ->
        // no target.
        const torch::Tensor p =
            rows({{0.2, 0.7, 0.1}, {0.3, 0.4, 0.3}, {0.98, 0.01, 0.01}, {0.5, 0.3, 0.2}});
        const torch::Tensor s = rows({{0, 1, 1}, {0, 1, 1}, {0, 1, 1}, {0, 1, 1}});
        const torch::Tensor q =
            rows({{0, 0.75, 0.25}, {0, 0.5, 0.5}, {0, 0.5, 0.5}, {0, 0.5, 0.5}});
        const refinery::Selection sel =
            refinery::select(p, q, s, torch::zeros({4}, torch::kBool), options);
        QCOMPARE(flags(sel.out), (std::vector<bool>{false, false, true, true}));
        QCOMPARE(flags(sel.hc), (std::vector<bool>{false, false, true, false}));
        QCOMPARE(flags(sel.sl), (std::vector<bool>{true, false, false, false}));
        QCOMPARE(flags(sel.hasTarget), (std::vector<bool>{true, true, true, false}));
        const torch::Tensor all = torch::arange(4, torch::kLong);
        const torch::Tensor targets = refinery::batchTargets(q, sel, all, options);
        QVERIFY(close(targets[0], torch::tensor({0.f, 0.9f, 0.1f})));
        QVERIFY(close(targets[1], q[1]));
        QVERIFY(close(targets[2], torch::tensor({1.f, 0.f, 0.f})));

        // Switches: without Out. everything is inside; without Sha. the D_sl target is Q.
        options.outFilter = false;
        options.sharpen = false;
        const refinery::Selection plain =
            refinery::select(p, q, s, torch::zeros({4}, torch::kBool), options);
        QCOMPARE(flags(plain.out), (std::vector<bool>{false, false, false, false}));
        QVERIFY(close(refinery::batchTargets(q, plain, all, options), q));
    }

    void etaRampsLinearly()
    {
        QCOMPARE(refinery::etaRamp(0, 10), 0.0);
        QCOMPARE(refinery::etaRamp(5, 10), 0.5);
        QCOMPARE(refinery::etaRamp(10, 10), 1.0);
        QCOMPARE(refinery::etaRamp(30, 10), 1.0);
        QCOMPARE(refinery::etaRamp(0, 0), 1.0);
    }

    void mixesRepresentationsAndTargets()
    {
        const torch::Tensor t = rows({{1, 0}, {0, 1}});
        const torch::Tensor permutation = torch::tensor({1, 0}, torch::kLong);
        QVERIFY(close(refinery::mix(t, permutation, 0.75), rows({{0.75, 0.25}, {0.25, 0.75}})));
        std::mt19937_64 rng(3);
        for (int k = 0; k < 100; ++k) {
            const double omega = refinery::sampleMixupWeight(4.0, rng);
            QVERIFY(omega >= 0.5 && omega <= 1.0);
        }
    }

    void consistencyLossesBehave()
    {
        const torch::Tensor a = rows({{2, 0, -1}});
        QVERIFY(refinery::symmetricKl(a, a, 1.0).item<float>() < 1e-6);
        QVERIFY(refinery::symmetricKl(a, rows({{-1, 0, 2}}), 0.85).item<float>() > 0.5);
        const torch::Tensor ce = refinery::softCrossEntropy(rows({{0, 0}}), rows({{1, 0}}));
        QVERIFY(std::abs(ce.item<float>() - std::log(2.f)) < 1e-5);
    }

    void warmupEndsOnMeasuredPlateau()
    {
        RefineryOptions options;
        options.minWarmupEpochs = 2;
        options.maxWarmupEpochs = 6;
        options.warmupPlateau = 0.01;
        options.warmupMinInside = 0.9;
        QVERIFY(!warmupFinished(options, {0.6}));
        QVERIFY(!warmupFinished(options, {0.6, 0.8}));        // still rising
        QVERIFY(!warmupFinished(options, {0.6, 0.8, 0.805})); // flat but below 0.9: not fitted
        QVERIFY(!warmupFinished(options, {0.6, 0.8, 0.95}));
        QVERIFY(warmupFinished(options, {0.6, 0.8, 0.95, 0.955}));
        QVERIFY(warmupFinished(options, {0.5, 0.5, 0.5, 0.5, 0.5, 0.5})); // max bound
        options.warmupEnd = WarmupEnd::Fixed;
        options.warmupEpochs = 3;
        QVERIFY(!warmupFinished(options, {0.9, 0.9}));
        QVERIFY(warmupFinished(options, {0.1, 0.2, 0.3}));
    }
};

QTEST_GUILESS_MAIN(TestRefineryOps)
#include "test_refinery_ops.moc"
