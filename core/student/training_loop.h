#pragma once
// Internal to core/student (includes torch): one student trained on one pool with one method —
// the epochs of the Distribution Refinery (or a baseline's fixed targets), split into the epoch's
// selection (D_out, D_sl, D_hc), its batch steps and its metrics. DistillationEngine runs it for
// the final student, cross-fitting runs it for each fold.

#include <random>
#include <torch/torch.h>
#include <vector>

#include <QElapsedTimer>

#include "model/progress.h"
#include "student/distillation_data.h"
#include "student/distillation_options.h"
#include "student/held_out_probe.h"
#include "student/refinery_ops.h"
#include "student/training_checkpoint.h"

namespace candist {

class StudentBackend;
class WorkerPool;

class TrainingLoop
{
public:
    // `data` is normalised. `stopEpoch` (0: options.epochs) ends the run early while the
    // learning-rate schedule still spans options.epochs.
    TrainingLoop(const DistillationData &data, const DistillationOptions &options,
                 StudentBackend &backend, WorkerPool &workers, int stopEpoch);

    // Trains on these n x C soft targets instead of the method's own (no refinery, no warm-up):
    // the final student of a held-out selection learns the pool's posterior labels.
    void useFixedTargets(const torch::Tensor &targets);
    // Continues from an epoch-boundary checkpoint instead of starting fresh.
    void resume(TrainingState state, const QString &modelFolder);
    void setCheckpoints(const QString &directory, const QString &fingerprint);
    void setProbe(const HeldOutProbe *probe) { m_probe = probe; }

    // Trains to the stop epoch (or a cancel) and fills outcome.epochs, .warmupEpochs,
    // .resumedEpochs, .cancelled and .probabilities (in-sample, n x C).
    DistillationOutcome run(const EpochCallback &onEpoch, const ProgressCallback &progress,
                            const CancellationFlag *cancel);

    const torch::Tensor &mask() const { return m_mask; }
    const torch::Tensor &prior() const { return m_prior; }
    const torch::Tensor &targets() const { return m_q; }
    const torch::Tensor &lastSmallLoss() const { return m_lastSl; }

private:
    struct BatchStep;

    void buildTargets();
    void selectForEpoch(int epoch, EpochMetrics &metrics);
    BatchStep computeBatch(const std::vector<std::int64_t> &rows, std::mt19937_64 &rng) const;
    void finishBatch(const BatchStep &step, int epoch, double sums[5]);
    bool trainSequentially(const std::vector<std::int64_t> &order, int epoch, double sums[5],
                           const CancellationFlag *cancel);
    bool trainInRounds(const std::vector<std::int64_t> &order, int epoch, double sums[5],
                       const CancellationFlag *cancel);
    void measureEpoch(EpochMetrics &metrics);
    void writeCheckpoint(int epochsDone);

    const DistillationData &m_data;
    const DistillationOptions &m_options;
    StudentBackend &m_backend;
    WorkerPool &m_workers;
    const HeldOutProbe *m_probe = nullptr;
    int m_n = 0;
    int m_c = 0;
    int m_lastEpoch = 0;
    int m_batchSize = 0;
    int m_roundSize = 1;
    int m_poolDataset = -1;
    int m_testDataset = -1;
    int m_probeDataset = -1;
    bool m_candist = false;

    torch::Tensor m_mask;      // S
    torch::Tensor m_exempt;    // human-labelled samples (never in D_out)
    torch::Tensor m_q;         // the refinery's Q, or a baseline's fixed targets
    torch::Tensor m_prior;     // W, kept in every renormalisation
    torch::Tensor m_trainable; // samples with a target at all (bool n)
    std::vector<int> m_first;  // the human's label, else the teacher's first candidate, else -1
    std::vector<std::int64_t> m_trainRows;
    std::vector<std::vector<int>> m_ranks;

    // The loop's state from one epoch to the next (what a checkpoint holds).
    std::mt19937_64 m_rng;
    bool m_warmup = false;
    int m_warmupEpochs = 0;
    std::vector<double> m_insideShares;
    std::int64_t m_stepsDone = 0;
    int m_firstEpoch = 0;
    torch::Tensor m_probabilities; // P from the last no-grad pass
    refinery::Selection m_selection;
    torch::Tensor m_lastSl;
    bool m_refine = false;
    double m_eta = 0;

    QString m_checkpointDirectory;
    QString m_fingerprint;
    QElapsedTimer m_sinceCheckpoint;
    std::unique_ptr<ProgressMeter> m_meter;
};

} // namespace candist
