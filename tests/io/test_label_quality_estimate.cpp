#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include <QtTest>

#include "io/label_quality_estimate.h"

using namespace candist;

namespace {

// A pool of `size` samples with predictor f (a confidence) and a 0/1 truth. `calibrated`: the
// truth is Bernoulli(f) with a sharp f (mostly sure and right, sometimes sure it is wrong), as
// from a good student; else f claims 0.95 while the truth is right 70 % of the time.
struct SyntheticPool
{
    std::vector<double> f;
    std::vector<int> y;
    double meanY = 0;
    double meanF = 0;
    double varianceF = 0;
};

SyntheticPool syntheticPool(int size, bool calibrated, std::mt19937_64 &generator)
{
    SyntheticPool pool;
    std::uniform_real_distribution<double> unit(0, 1);
    for (int i = 0; i < size; ++i) {
        const double f = !calibrated             ? 0.95
                         : unit(generator) < 0.8 ? 0.9 + 0.1 * unit(generator)
                                                 : 0.05 + 0.3 * unit(generator);
        const double p = calibrated ? f : 0.7;
        pool.f.push_back(f);
        pool.y.push_back(unit(generator) < p ? 1 : 0);
        pool.meanY += pool.y.back();
        pool.meanF += f;
    }
    pool.meanY /= size;
    pool.meanF /= size;
    for (const double f : pool.f)
        pool.varianceF += (f - pool.meanF) * (f - pool.meanF);
    pool.varianceF /= size - 1;
    return pool;
}

struct Coverage
{
    double wilson = 0;
    double ppi = 0;
    double wilsonWidth = 0;
    double ppiWidth = 0;
};

// Repeats draws of n without replacement and counts how often each interval holds the truth.
Coverage coverage(const SyntheticPool &pool, int n, int repeats, std::mt19937_64 &generator)
{
    Coverage result;
    std::vector<int> order(pool.f.size());
    std::iota(order.begin(), order.end(), 0);
    for (int r = 0; r < repeats; ++r) {
        std::shuffle(order.begin(), order.end(), generator);
        qint64 right = 0;
        std::vector<double> residuals;
        for (int i = 0; i < n; ++i) {
            const int at = order[size_t(i)];
            right += pool.y[size_t(at)];
            residuals.push_back(pool.y[size_t(at)] - pool.f[size_t(at)]);
        }
        const auto wilson = wilsonInterval(right, n);
        const auto ppi =
            predictionPoweredInterval(pool.meanF, pool.varianceF, qint64(pool.f.size()), residuals);
        result.wilson += wilson->low <= pool.meanY && pool.meanY <= wilson->high;
        result.ppi += ppi->low <= pool.meanY && pool.meanY <= ppi->high;
        result.wilsonWidth += wilson->high - wilson->low;
        result.ppiWidth += ppi->high - ppi->low;
    }
    result.wilson /= repeats;
    result.ppi /= repeats;
    result.wilsonWidth /= repeats;
    result.ppiWidth /= repeats;
    return result;
}

} // namespace

class LabelQualityEstimateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Newcombe, "Two-sided confidence intervals for the single proportion", Statistics in
    // Medicine 17 (1998), table I, method 3 (the Wilson score interval), to 4 decimals.
    void wilsonMatchesPublishedValues_data()
    {
        QTest::addColumn<qint64>("successes");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("81/263") << qint64(81) << qint64(263) << 0.2553 << 0.3662;
        QTest::newRow("15/148") << qint64(15) << qint64(148) << 0.0624 << 0.1605;
        QTest::newRow("0/20") << qint64(0) << qint64(20) << 0.0 << 0.1611;
        QTest::newRow("1/29") << qint64(1) << qint64(29) << 0.0061 << 0.1718;
    }

    void wilsonMatchesPublishedValues()
    {
        QFETCH(qint64, successes);
        QFETCH(qint64, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto interval = wilsonInterval(successes, n);
        QVERIFY(interval);
        QCOMPARE(interval->estimate, double(successes) / double(n));
        QVERIFY2(std::abs(interval->low - low) < 5e-5, qPrintable(QString::number(interval->low)));
        QVERIFY2(std::abs(interval->high - high) < 5e-5,
                 qPrintable(QString::number(interval->high)));
    }

    void wilsonEdgeCases()
    {
        QVERIFY(!wilsonInterval(0, 0)); // no spot checks: no estimate, not a fake [0, 1]
        // All correct: the upper bound is 1 and the lower one is n / (n + z²), not 1 as the
        // normal approximation would claim.
        const auto all = wilsonInterval(20, 20);
        QCOMPARE(all->estimate, 1.0);
        QCOMPARE(all->high, 1.0);
        QVERIFY(std::abs(all->low - 20 / (20 + kZ95 * kZ95)) < 1e-12);
        QVERIFY(std::abs(all->low - 0.8389) < 5e-5); // mirror of Newcombe's 0/20
        const auto one = wilsonInterval(1, 1);
        QCOMPARE(one->high, 1.0);
        QVERIFY(one->low > 0.2 && one->low < 0.21); // 1 / (1 + z²) = 0.2065
    }

    // The window shows one interval: the narrower, and says which it is.
    void narrowerIntervalPicksTheNarrower()
    {
        SourceQuality quality;
        QVERIFY(!quality.narrowerInterval()); // no answers, no figure
        quality.wilson = EstimateInterval{0.8, 0.7, 0.9};
        QVERIFY(!quality.narrowerInterval()->predictionPowered);
        QCOMPARE(quality.narrowerInterval()->interval.low, 0.7);
        quality.predictionPowered = EstimateInterval{0.82, 0.76, 0.88};
        QVERIFY(quality.narrowerInterval()->predictionPowered);
        QCOMPARE(quality.narrowerInterval()->interval.estimate, 0.82);
        quality.predictionPowered = EstimateInterval{0.82, 0.7, 0.95};
        QVERIFY(!quality.narrowerInterval()->predictionPowered);
        // As wide: the plain interval, which needs no model of the student.
        quality.predictionPowered = EstimateInterval{0.81, 0.7, 0.9};
        QVERIFY(!quality.narrowerInterval()->predictionPowered);
    }

    void predictionPoweredEdgeCases()
    {
        QVERIFY(!predictionPoweredInterval(0.8, 0.01, 100, {}));
        QVERIFY(!predictionPoweredInterval(0.8, 0.01, 100, {0.2})); // no residual variance
        QVERIFY(!predictionPoweredInterval(0.8, 0.01, 0, {0.2, 0.1}));
        // A perfect predictor: no residual and a constant pool, so the interval is a point.
        const auto exact = predictionPoweredInterval(1.0, 0.0, 1000, {0.0, 0.0, 0.0});
        QCOMPARE(exact->estimate, 1.0);
        QCOMPARE(exact->low, 1.0);
        QCOMPARE(exact->high, 1.0);
        // By hand: 0.6 + mean(0.15, 0.05) = 0.7; var(residuals) = 0.005; half =
        // z * sqrt(0.04 / 400 + 0.005 / 2) = z * sqrt(0.0026).
        const auto hand = predictionPoweredInterval(0.6, 0.04, 400, {0.15, 0.05});
        QVERIFY(std::abs(hand->estimate - 0.7) < 1e-12);
        QVERIFY(std::abs(hand->high - (0.7 + kZ95 * std::sqrt(0.0026))) < 1e-12);
        QVERIFY(std::abs(hand->low - (0.7 - kZ95 * std::sqrt(0.0026))) < 1e-12);
        // Clipped to [0, 1], the range of an accuracy.
        const auto high = predictionPoweredInterval(0.99, 0.0, 100, {0.05, 0.03});
        QCOMPARE(high->estimate, 1.0);
        QCOMPARE(high->high, 1.0);
    }

    // Prediction-powered inference on synthetic pools: about 95 % coverage with a calibrated and
    // with a badly miscalibrated predictor (its validity does not rest on the predictor), and a
    // narrower interval than Wilson's when the predictor is calibrated.
    void predictionPoweredCoversOnSyntheticPools()
    {
        std::mt19937_64 generator(20231);
        const SyntheticPool calibrated = syntheticPool(20000, true, generator);
        const Coverage good = coverage(calibrated, 300, 400, generator);
        QVERIFY2(good.ppi >= 0.92 && good.ppi <= 0.98, qPrintable(QString::number(good.ppi)));
        QVERIFY2(good.wilson >= 0.92 && good.wilson <= 0.98,
                 qPrintable(QString::number(good.wilson)));
        QVERIFY2(good.ppiWidth < 0.9 * good.wilsonWidth,
                 qPrintable(QStringLiteral("%1 vs %2").arg(good.ppiWidth).arg(good.wilsonWidth)));

        const SyntheticPool overconfident = syntheticPool(20000, false, generator);
        const Coverage bad = coverage(overconfident, 300, 400, generator);
        QVERIFY2(bad.ppi >= 0.92 && bad.ppi <= 0.98, qPrintable(QString::number(bad.ppi)));
    }
};

QTEST_GUILESS_MAIN(LabelQualityEstimateTest)
#include "test_label_quality_estimate.moc"
