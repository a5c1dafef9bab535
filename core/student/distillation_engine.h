#pragma once

#include <memory>
#include <vector>

#include "model/progress.h"
#include "student/distillation_data.h"
#include "student/distillation_options.h"

namespace candist {

struct HeldOutProbe;

// Trains a student on an in-memory pool with one of the methods (candist, single, vanilla, gold)
// and predicts new texts. Torch-free interface (pimpl); synchronous, runs in the calling thread
// (plus its own worker threads). Deterministic for a given seed, whatever the thread count.
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

    // The next train() also predicts `probe`'s texts at its epochs (kept by the caller).
    void setHeldOutProbe(const HeldOutProbe *probe);
    // Benchmarks only: the next train()'s selection also measures every configuration it
    // considered on the pool's gold outside the spot checks (selection's candidates[].
    // gold_accuracy and gold_rows); what it chooses stays the same.
    void setGoldEvaluation(bool enabled);

    // Probabilities n x C (row-major) for texts, from the trained or loaded model.
    std::vector<float> predict(const QStringList &texts);

    // During train(), write epoch-boundary checkpoints into `directory` (created when missing) so
    // that an interrupted run can continue: at most one per options().checkpointIntervalSeconds,
    // plus one at the end of the warm-up and one when a cancel arrives at an epoch's end. Never
    // after the last epoch (the finished run's saveCheckpoint supersedes them).
    void setResumeCheckpointDirectory(const QString &directory);
    // The next train() continues from the checkpoint in `directory` instead of starting fresh and
    // ends bit for bit where the uninterrupted run would have. It must get the same data and this
    // engine the same options; train() throws Error when the data differ.
    void resumeFrom(const QString &directory);
    static bool hasResumeCheckpoint(const QString &directory);
    // Throws Error naming `directory` when it holds no resume checkpoint or one written for other
    // data (samples, candidates, votes, human or gold labels).
    static void verifyResumeCheckpoint(const QString &directory, DistillationData data);

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
// The batch size: options.batchSize, or automatic clamp(poolSize / 300, 4, 16).
int effectiveBatchSize(const DistillationOptions &options, int poolSize);
// Batches per round of round-synchronous parallel SGD: options.parallelBatches, or automatic for
// the hashed student (1 below 10 000 samples, else clamp(steps of the run / 1000, 1, 16)); 1 for
// the TorchScript student. Never a function of the thread count, so that a seed gives the same
// result on any machine.
int parallelBatchCount(const DistillationOptions &options, int poolSize);
// The intra-op threads training actually sets: effectiveThreads for the TorchScript student, 1 for
// the hashed n-gram student, whose tiny batch operations only lose from an intra-op pool (it runs
// whole batches on effectiveThreads worker threads instead).
int trainingThreads(const DistillationOptions &options);

} // namespace candist
