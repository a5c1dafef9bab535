#pragma once

#include <memory>
#include <vector>

#include "model/progress.h"
#include "student/distillation_data.h"
#include "student/distillation_options.h"

namespace candist {

// Trains a student on an in-memory pool with one of the methods (candist, single, vanilla, gold)
// and predicts new texts. Torch-free interface (pimpl); synchronous, runs in the calling thread.
// Deterministic for a given seed and thread count.
class DistillationEngine
{
public:
    explicit DistillationEngine(DistillationOptions options);
    ~DistillationEngine();
    DistillationEngine(const DistillationEngine &) = delete;
    DistillationEngine &operator=(const DistillationEngine &) = delete;

    const DistillationOptions &options() const;

    // Throws Error on inconsistent data (or method gold without gold labels). A cancelled run
    // returns with outcome.cancelled set and the predictions of the model as it stands.
    DistillationOutcome train(DistillationData data, const EpochCallback &onEpoch = {},
                              const ProgressCallback &progress = {},
                              const CancellationFlag *cancel = nullptr);

    // Probabilities n x C (row-major) for texts, from the trained or loaded model.
    std::vector<float> predict(const QStringList &texts);

    // Model, optimiser and refinery state into `directory` (created when missing).
    void saveCheckpoint(const QString &directory) const;
    static std::unique_ptr<DistillationEngine>
    loadCheckpoint(const QString &directory, const DistillationOptions &options, int numClasses);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The number of threads a run may use: options.threads, or every core when 0.
int effectiveThreads(const DistillationOptions &options);
// The intra-op threads training actually sets: effectiveThreads for the TorchScript student, 1 for
// the hashed n-gram student, whose tiny batch operations only lose from an intra-op pool.
int trainingThreads(const DistillationOptions &options);

} // namespace candist
