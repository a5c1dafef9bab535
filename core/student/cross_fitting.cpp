#include "student/cross_fitting.h"

#include <algorithm>
#include <numeric>
#include <random>

#include <QElapsedTimer>

#include "student/distillation_engine.h"

namespace candist {

std::vector<float> crossFittedProbabilities(const DistillationData &data,
                                            const DistillationOptions &options,
                                            const ProgressCallback &progress,
                                            const CancellationFlag *cancel)
{
    const int n = data.size();
    const int c = data.numClasses;
    const int folds = std::min(options.crossFitFolds, n);
    // Folds from a seeded shuffle, not from the row order: imported files are often sorted by
    // label or source, and a contiguous fold would then miss whole classes.
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(options.seed ^ 0x9e3779b97f4a7c15ULL);
    std::shuffle(order.begin(), order.end(), rng);

    DistillationOptions foldOptions = options;
    foldOptions.crossFitFolds = 0;
    std::vector<float> result(size_t(n) * size_t(c));
    qint64 stepsBefore = 0; // the finished folds' steps: one bar over all folds
    qint64 lastTotal = 0;
    QElapsedTimer timer;
    timer.start();
    for (int fold = 0; fold < folds; ++fold) {
        std::vector<int> trainRows, heldOutRows;
        for (int k = 0; k < n; ++k)
            (k % folds == fold ? heldOutRows : trainRows).push_back(order[size_t(k)]);
        std::sort(trainRows.begin(), trainRows.end());
        std::sort(heldOutRows.begin(), heldOutRows.end());
        const ProgressCallback foldProgress = [&](const ProgressUpdate &update) {
            if (!progress)
                return;
            ProgressUpdate mapped = update;
            lastTotal = update.total;
            mapped.done = stepsBefore + update.done;
            mapped.elapsedSeconds = timer.elapsed() / 1000.0;
            mapped.total = update.total * folds; // the folds are equal in size, within a sample
            mapped.detail = QStringLiteral("cross-fitting fold %1/%2: %3")
                                .arg(fold + 1)
                                .arg(folds)
                                .arg(update.detail);
            progress(mapped);
        };
        DistillationEngine engine(foldOptions);
        const DistillationOutcome outcome =
            engine.train(data.subset(trainRows), {}, foldProgress, cancel);
        if (outcome.cancelled)
            return {};
        stepsBefore += lastTotal;
        QStringList heldOutTexts;
        for (const int row : heldOutRows)
            heldOutTexts << data.texts.at(row);
        const std::vector<float> p = engine.predict(heldOutTexts);
        for (size_t k = 0; k < heldOutRows.size(); ++k)
            std::copy(p.begin() + std::ptrdiff_t(k) * c, p.begin() + std::ptrdiff_t(k + 1) * c,
                      result.begin() + std::ptrdiff_t(heldOutRows[k]) * c);
    }
    return result;
}

} // namespace candist
