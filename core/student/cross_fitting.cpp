#include "student/cross_fitting.h"

#include <algorithm>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

#include <QElapsedTimer>

#include "student/distillation_engine.h"
#include "student/held_out_probe.h"

namespace candist {

std::vector<std::vector<float>>
crossFittedSnapshots(const DistillationData &data, const DistillationOptions &options, int folds,
                     const std::vector<int> &epochs, const QString &detail,
                     const ProgressCallback &progress, const CancellationFlag *cancel)
{
    const int n = data.size();
    const int c = data.numClasses;
    folds = std::min(folds, n);
    // Folds from a seeded shuffle, not from the row order: imported files are often sorted by
    // label or source, and a contiguous fold would then miss whole classes.
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(options.seed ^ 0x9e3779b97f4a7c15ULL);
    std::shuffle(order.begin(), order.end(), rng);

    DistillationOptions foldOptions = options;
    foldOptions.crossFitFolds = 0;
    foldOptions.selection = ConfigurationSelection::None;
    // The hashed student's folds train side by side, each on its share of the cores (threads
    // change speed only, and each fold's result is a function of its seed and rows); the
    // TorchScript student parallelises inside its operations instead.
    const int threads = effectiveThreads(options);
    const int concurrent =
        options.student == StudentKind::HashedBag ? std::clamp(threads, 1, folds) : 1;
    foldOptions.threads = std::max(1, threads / concurrent);

    std::vector<std::vector<float>> snapshots(epochs.size(),
                                              std::vector<float>(size_t(n) * size_t(c)));
    std::mutex progressMutex;
    std::vector<qint64> done(size_t(folds), 0), totals(size_t(folds), 0);
    QElapsedTimer timer;
    timer.start();
    const auto trainFold = [&](int fold) {
        std::vector<int> trainRows, heldOutRows;
        for (int k = 0; k < n; ++k)
            (k % folds == fold ? heldOutRows : trainRows).push_back(order[size_t(k)]);
        std::sort(trainRows.begin(), trainRows.end());
        std::sort(heldOutRows.begin(), heldOutRows.end());
        const ProgressCallback foldProgress = [&, fold](const ProgressUpdate &update) {
            if (!progress)
                return;
            std::lock_guard<std::mutex> lock(progressMutex);
            done[size_t(fold)] = update.done;
            totals[size_t(fold)] = update.total;
            ProgressUpdate mapped = update;
            mapped.done = std::accumulate(done.begin(), done.end(), qint64(0));
            // Folds not started yet count as large as this one (equal within a sample).
            mapped.total = update.total * folds;
            mapped.elapsedSeconds = timer.elapsed() / 1000.0;
            mapped.detail = QStringLiteral("%1fold %2/%3: %4")
                                .arg(detail)
                                .arg(fold + 1)
                                .arg(folds)
                                .arg(update.detail);
            progress(mapped);
        };
        HeldOutProbe probe;
        for (const int row : heldOutRows)
            probe.texts << data.texts.at(row);
        probe.epochs = epochs;
        probe.onEpoch = [&](int epoch, std::vector<float> p) {
            const auto at = std::lower_bound(epochs.begin(), epochs.end(), epoch);
            std::vector<float> &snapshot = snapshots[size_t(at - epochs.begin())];
            for (size_t k = 0; k < heldOutRows.size(); ++k)
                std::copy(p.begin() + std::ptrdiff_t(k) * c, p.begin() + std::ptrdiff_t(k + 1) * c,
                          snapshot.begin() + std::ptrdiff_t(heldOutRows[k]) * c);
        };
        DistillationEngine engine(foldOptions);
        engine.setHeldOutProbe(&probe);
        return !engine.train(data.subset(trainRows), {}, foldProgress, cancel).cancelled;
    };
    for (int first = 0; first < folds; first += concurrent) {
        const int count = std::min(concurrent, folds - first);
        std::vector<char> finished(size_t(count), 0);
        std::vector<std::exception_ptr> errors(static_cast<size_t>(count));
        std::vector<std::thread> workers;
        for (int k = 1; k < count; ++k)
            workers.emplace_back([&, k] {
                try {
                    finished[size_t(k)] = trainFold(first + k);
                } catch (...) {
                    errors[size_t(k)] = std::current_exception();
                }
            });
        try {
            finished[0] = trainFold(first);
        } catch (...) {
            errors[0] = std::current_exception();
        }
        for (std::thread &worker : workers)
            worker.join();
        for (const std::exception_ptr &error : errors)
            if (error)
                std::rethrow_exception(error);
        if (std::find(finished.begin(), finished.end(), 0) != finished.end())
            return {};
    }
    return snapshots;
}

std::vector<float> crossFittedProbabilities(const DistillationData &data,
                                            const DistillationOptions &options,
                                            const ProgressCallback &progress,
                                            const CancellationFlag *cancel)
{
    std::vector<std::vector<float>> snapshots =
        crossFittedSnapshots(data, options, options.crossFitFolds, {options.epochs},
                             QStringLiteral("cross-fitting "), progress, cancel);
    return snapshots.empty() ? std::vector<float>{} : std::move(snapshots.front());
}

} // namespace candist
