#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "model/progress.h"
#include "student/distillation_data.h"
#include "student/distillation_options.h"

namespace candist {

class ProjectStore;

// A labelled held-out set for the per-epoch test-accuracy curve (never trained on).
struct HeldOutSet
{
    QStringList texts;
    std::vector<int> gold;
};

struct DistillationSummary
{
    qint64 runId = 0;
    QString status; // finished, cancelled
    int epochs = 0; // epochs completed
    int warmupEpochs = 0;
    std::optional<double> poolAccuracy;
    std::optional<double> testAccuracy;
    double teacherAgreement = 0;
    double seconds = 0;
    QString checkpointDirectory;
    bool stale = false;  // teacher results or human labels changed while it trained
    QString wordVectors; // the name of the pretrained word vectors it used, empty for none
    // What the configuration selection chose and why (DistillationOutcome::selection); empty
    // when none ran.
    QJsonObject selection;

    QJsonObject toJson() const;
};

// The student stage on a project: reads samples, teacher candidates and human labels from the
// store (gold only for metrics, and as the target of method gold), trains, and writes the run,
// its epoch curves and the per-sample student results. Synchronous, in the calling thread.
class Distiller
{
public:
    // The pool with its teacher results, human labels and gold. The human labels of spot-check
    // samples are left out (docs/label-quality.md): they measure the student, not train it.
    static DistillationData loadData(const ProjectStore &store);

    // Why `method` cannot be distilled on this project (no samples; for the candidate-set
    // methods no candidate sets, i.e. no usable teacher result and no human label), or empty
    // when it can. run() refuses with this message; the window asks before it starts a run.
    static QString readinessProblem(const ProjectStore &store, DistillationMethod method);

    // Marks runs left "running" by a process that died (killed before its first checkpoint,
    // say) as "interrupted", unless a distillation is in progress. Returns how many.
    static int recoverInterruptedRuns(ProjectStore &store);

    // `options.bag.wordVectors.path` names the word vectors to train with (resolveWordVectors()),
    // empty for none; the run records their name and checksum.
    // A run that throws is recorded as "failed" (with the message) and the exception rethrown; a
    // cancelled run is recorded as "cancelled" and leaves the previous student results in place.
    // One distillation per project at a time (run and resume): a second refuses, naming the
    // process that holds the project's distillation lock.
    static DistillationSummary run(ProjectStore &store, const DistillationOptions &options,
                                   const HeldOutSet &testSet = {},
                                   const EpochCallback &onEpoch = {},
                                   const ProgressCallback &progress = {},
                                   const CancellationFlag *cancel = nullptr);

    // Continues an interrupted run from its last epoch-boundary checkpoint with the options stored
    // with the run (`threads` may differ: it changes speed, never the result) and finishes it
    // like run(). `runId` empty: the latest resumable run. Epochs already in the store are kept,
    // later ones appended. Throws Error when there is nothing to resume (no such run, finished,
    // no checkpoint), the project's samples or labels changed since the checkpoint, or
    // `wordVectors` (an explicit choice as for resolveWordVectors()) names other vectors than the
    // run trained with.
    static DistillationSummary
    resume(ProjectStore &store, std::optional<qint64> runId = {}, std::optional<int> threads = {},
           const HeldOutSet &testSet = {}, const EpochCallback &onEpoch = {},
           const ProgressCallback &progress = {}, const CancellationFlag *cancel = nullptr,
           const QString &wordVectors = {});
    // The latest run that is not finished and has a resume checkpoint.
    static std::optional<qint64> resumableRun(const ProjectStore &store);

    // Where run `runId`'s model checkpoint lives: beside the project file, in
    // "<project>.student/run-<id>/".
    static QString checkpointDirectory(const ProjectStore &store, qint64 runId);
    // Where its epoch-boundary resume checkpoints live while it trains: "<checkpoint>/resume".
    static QString resumeDirectory(const ProjectStore &store, qint64 runId);
};

} // namespace candist
