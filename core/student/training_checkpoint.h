#pragma once
// Internal to core/student (includes torch): the epoch-boundary checkpoint an interrupted run is
// resumed from. It holds everything the training loop carries from one epoch to the next, so that
// a resumed run continues bit for bit where the uninterrupted one would have been.
//
// Layout inside the run's resume folder: `epoch-<k>/` (the backend's model and optimiser files,
// `targets.pt` = Q, `selection.pt` = the last D_sl, `generator.pt` = torch's CPU generator) and
// `state.json`, which names the folder and holds the loop's scalar state. state.json is written
// last through QSaveFile, so it always points at a complete folder; older folders are removed
// after it is committed.

#include <string>
#include <torch/torch.h>
#include <vector>

#include <QString>

#include "student/distillation_data.h"

namespace candist {

class StudentBackend;

struct TrainingState
{
    int epochsDone = 0;
    bool warmup = false;
    int warmupEpochs = 0;
    std::vector<double> insideShares; // the warm-up criterion's history
    std::int64_t stepsDone = 0;       // drives the learning-rate schedule
    std::string rng;                  // the loop's std::mt19937_64, streamed
    QString fingerprint;              // dataFingerprint() of the pool it was trained on
    torch::Tensor targets;            // Q
    torch::Tensor lastSl;             // D_sl of the last refinement epoch (the InSl flags)
    torch::Tensor generator;          // torch's default CPU generator state
};

// A digest of everything in `data` that training reads (texts, candidates, votes, human labels,
// gold, number of classes); the held-out test set is not part of it.
QString dataFingerprint(const DistillationData &data);

bool hasTrainingCheckpoint(const QString &directory);
// Writes the backend's files and `state` into `directory` (created when missing).
void writeTrainingCheckpoint(const QString &directory, const TrainingState &state,
                             const StudentBackend &backend);
// Reads state.json and the tensors; `modelFolder` receives the folder to restore the backend from.
// Throws Error naming the file when something is missing or malformed.
TrainingState readTrainingCheckpoint(const QString &directory, QString &modelFolder);
// The fingerprint stored in the checkpoint (reads state.json only).
QString trainingCheckpointFingerprint(const QString &directory);

} // namespace candist
