#include "student/distillation_engine.h"

#include <algorithm>
#include <mutex>
#include <numeric>
#include <sstream>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include "model/annotation.h"
#include "model/error.h"
#include "student/configuration_selection.h"
#include "student/cross_fitting.h"
#include "student/final_labels.h"
#include "student/refinery_ops.h"
#include "student/student_backend.h"
#include "student/student_text.h"
#include "student/training_checkpoint.h"
#include "student/training_loop.h"
#include "student/worker_pool.h"

namespace candist {

namespace {

// Throws unless `directory` holds a resume checkpoint written for data with this fingerprint.
void requireCheckpointFor(const QString &directory, const QString &fingerprint)
{
    if (!hasTrainingCheckpoint(directory))
        throw Error(Error::Kind::BadInput, {directory},
                    StudentText::tr("no checkpoint to resume from"));
    if (trainingCheckpointFingerprint(directory) != fingerprint)
        throw Error(
            Error::Kind::BadInput, {directory},
            StudentText::tr("the samples or labels changed since this checkpoint was written "
                            "(texts, teacher candidates, votes, human or gold labels); it cannot "
                            "be resumed"));
}

// The threads that run whole batches, hashing and prediction chunks: every core for the hashed
// student; the TorchScript student parallelises inside its large operations instead.
WorkerPool batchWorkers(const StudentBackend &backend, const DistillationOptions &options)
{
    return WorkerPool(backend.supportsConcurrentBatches() ? effectiveThreads(options) : 1,
                      [] { at::set_num_threads(1); });
}

std::mutex &initialisationMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Auto: the final student learns the pool's labels when its posterior is mostly the teacher's
// reliability prior, i.e. for a strong teacher (the set is split by a fixed rank decay) or a
// student trusted on fewer than half the samples (uninformed share from its kappa with the
// teacher). Those soft targets are one constant split for every sample, not a per-sample
// uncertainty, and a student that learns them loses test accuracy (docs/student.md: MR and
// fortunes at 0.85).
constexpr double kUninformedForLabels = 0.5;

bool learnsLabels(const ConfigurationChoice &choice, const DistillationData &data,
                  FinalStudentTarget target)
{
    if (target != FinalStudentTarget::Auto)
        return target == FinalStudentTarget::Labels;
    return choice.reliability.strongTeacher(data) ||
           choice.reliability.uninformed >= kUninformedForLabels;
}

QJsonObject selectionJson(const ConfigurationChoice &choice, const DistillationData &data,
                          FinalStudentTarget finalStudentTarget)
{
    QJsonArray candidates;
    for (const ConfigurationCandidate &candidate : choice.candidates) {
        QJsonObject entry{
            {QStringLiteral("initial_target"), initialTargetName(candidate.initialTarget)},
            {QStringLiteral("epoch"), candidate.epoch},
            {QStringLiteral("score"), candidate.score}};
        // The spot checks' estimate of each final-label policy's accuracy at this candidate.
        QJsonObject estimates;
        for (size_t p = 0; p < candidate.correctByPolicy.size(); ++p)
            estimates.insert(finalLabelPolicyName(evidencePolicies()[p]),
                             double(candidate.correctByPolicy[p]) / choice.spotChecks);
        if (!estimates.isEmpty())
            entry.insert(QStringLiteral("spot_check_accuracy"), estimates);
        // A benchmark's measure of the same on gold (DistillationEngine::setGoldEvaluation).
        QJsonObject onGold;
        for (size_t p = 0; p < candidate.goldCorrectByPolicy.size(); ++p)
            onGold.insert(finalLabelPolicyName(evidencePolicies()[p]),
                          double(candidate.goldCorrectByPolicy[p]) / choice.goldRows);
        if (!onGold.isEmpty())
            entry.insert(QStringLiteral("gold_accuracy"), onGold);
        candidates.append(entry);
    }
    QJsonObject selection{
        {QStringLiteral("initial_target"), initialTargetName(choice.initialTarget)},
        {QStringLiteral("stop_epoch"), choice.stopEpoch},
        {QStringLiteral("final_label"), finalLabelPolicyName(choice.finalLabel)},
        {QStringLiteral("chosen_by"),
         choice.byEvidence ? QStringLiteral("spot_checks") : QStringLiteral("held_out_likelihood")},
        {QStringLiteral("spot_checks"), choice.spotChecks},
        {QStringLiteral("spot_check_p_value"), choice.evidencePValue},
        {QStringLiteral("student_trust"), 1.0 - choice.reliability.uninformed},
        {QStringLiteral("final_student_learns"), learnsLabels(choice, data, finalStudentTarget)
                                                     ? QStringLiteral("labels")
                                                     : QStringLiteral("posterior")},
        {QStringLiteral("candidates"), candidates}};
    if (choice.goldRows > 0)
        selection.insert(QStringLiteral("gold_rows"), choice.goldRows);
    return selection;
}

// What the final student of a held-out selection learns (FinalStudentTarget): the pool's
// posteriors, or one-hot targets on the labels the pool leaves with.
torch::Tensor finalStudentTargets(const ConfigurationChoice &choice, const DistillationData &data,
                                  const TrainingLoop &loop, const DistillationOptions &chosen)
{
    const int n = data.size();
    const int c = data.numClasses;
    const bool labels = learnsLabels(choice, data, chosen.finalStudentTarget);
    if (!labels)
        return torch::from_blob(const_cast<float *>(choice.posteriors.data()), {n, c},
                                torch::kFloat)
            .clone();
    DistillationOutcome pool;
    pool.probabilities = choice.probabilities;
    const torch::Tensor prior = loop.prior().contiguous();
    const torch::Tensor mask = loop.mask().contiguous();
    labelPool(pool, data, mask.data_ptr<float>(), prior.data_ptr<float>(), teacherRanks(data),
              nullptr, chosen, &choice.reliability);
    torch::Tensor targets = torch::zeros({n, c}, torch::kFloat);
    auto t = targets.accessor<float, 2>();
    for (int i = 0; i < n; ++i)
        t[i][pool.predicted[size_t(i)]] = 1.f;
    return targets;
}

} // namespace

int effectiveThreads(const DistillationOptions &options)
{
    return options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
}

int trainingThreads(const DistillationOptions &options)
{
    // The hashed student's batches (16 bags of ~50 features, a 64-wide head) sit far below ATen's
    // parallel grain size: an intra-op pool only adds barriers, and on a busy machine each barrier
    // waits for a descheduled thread (measured: 2 threads 15x slower than 1, docs/student.md).
    return options.student == StudentKind::HashedBag ? 1 : effectiveThreads(options);
}

int effectiveBatchSize(const DistillationOptions &options, int poolSize)
{
    return options.batchSize > 0 ? options.batchSize : std::clamp(poolSize / 300, 4, 16);
}

int parallelBatchCount(const DistillationOptions &options, int poolSize)
{
    if (options.student != StudentKind::HashedBag)
        return 1;
    if (options.parallelBatches > 0)
        return options.parallelBatches;
    // Pools below 10 000 samples keep plain SGD: they train in seconds anyway, and rounds cost
    // TREC (5452) 0.15 points of candist pool accuracy at R 10 and one collapsed seed in 8 at
    // R 2. Larger pools must still give the head about 1000 updates over the run (a round moves
    // it once, by its batches' mean): with fewer, DBpedia lost 2 points at 5 epochs and R 7
    // (docs/student.md).
    if (poolSize < 10000)
        return 1;
    const std::int64_t batch = effectiveBatchSize(options, poolSize);
    const std::int64_t steps = (poolSize + batch - 1) / batch * options.epochs;
    return int(std::clamp<std::int64_t>(steps / 1000, 1, 16));
}

struct DistillationEngine::Impl
{
    DistillationOptions options;
    int numClasses = 0;
    std::unique_ptr<StudentBackend> backend;
    torch::Tensor targets;       // Q, kept for the checkpoint
    QString checkpointDirectory; // epoch-boundary resume checkpoints go here when set
    QString resumeDirectory;     // the next train() continues from here when set
    const HeldOutProbe *probe = nullptr;
    bool goldEvaluation = false;
};

DistillationEngine::DistillationEngine(DistillationOptions options) : d(std::make_unique<Impl>())
{
    options.validate();
    d->options = std::move(options);
}

DistillationEngine::~DistillationEngine() = default;

const DistillationOptions &DistillationEngine::options() const
{
    return d->options;
}

DistillationOutcome DistillationEngine::train(DistillationData data, const EpochCallback &onEpoch,
                                              const ProgressCallback &progress,
                                              const CancellationFlag *cancel)
{
    data.normalise();
    const DistillationOptions &o = d->options;
    const int n = data.size();
    const int c = data.numClasses;
    if (n == 0)
        throw Error(StudentText::tr("distillation needs at least one sample"));
    // What the pool chooses for candist before the final student trains: the initial target, the
    // stopping epoch and the out-of-fold probabilities the pool is labelled from (deterministic
    // for the seed, so a resumed run chooses the same again).
    DistillationOptions chosen = o;
    ConfigurationChoice choice;
    const bool select = o.method == DistillationMethod::CanDist &&
                        o.selection == ConfigurationSelection::HeldOut && n >= 2;
    if (select) {
        choice = chooseConfiguration(data, o, progress, cancel, d->goldEvaluation);
        if (choice.cancelled) {
            DistillationOutcome outcome;
            outcome.numClasses = c;
            outcome.cancelled = true;
            return outcome;
        }
        chosen.refinery.initialTarget = choice.initialTarget;
        chosen.finalLabel = choice.finalLabel;
    }
    at::set_num_threads(trainingThreads(o));
    // Cross-fitted folds train side by side; torch's generator is global, so seeding it and
    // drawing the initial weights happen for one engine at a time (nothing later draws from it for
    // the hashed student).
    std::unique_lock<std::mutex> initialising(initialisationMutex());
    torch::manual_seed(o.seed);
    // Only a run that writes or reads resume checkpoints needs the pool's fingerprint (a hash of
    // every text and label).
    const QString fingerprint = d->checkpointDirectory.isEmpty() && d->resumeDirectory.isEmpty()
                                    ? QString()
                                    : dataFingerprint(data);
    TrainingState resumed;
    QString resumeFolder; // empty: a fresh model
    if (!d->resumeDirectory.isEmpty()) {
        requireCheckpointFor(d->resumeDirectory, fingerprint);
        resumed = readTrainingCheckpoint(d->resumeDirectory, resumeFolder);
        if (resumed.epochsDone >= o.epochs)
            throw Error(Error::Kind::BadInput, {d->resumeDirectory},
                        StudentText::tr("the checkpoint is past the run's last epoch (%1 of %2)")
                            .arg(resumed.epochsDone)
                            .arg(o.epochs));
    }
    // Auto batch size: small pools get smaller batches so that a from-scratch student still gets
    // enough SGD steps per epoch; large pools use 16 (measured on TREC and AG News,
    // docs/student.md). The hashed student's rate is set for batches of 16; smaller batches scale
    // it down linearly so that the per-sample step stays the same.
    DistillationOptions effective = chosen;
    effective.bag.learningRate *= std::min(1.0, effectiveBatchSize(o, n) / 16.0);
    d->numClasses = c;
    try {
        d->backend = makeStudentBackend(effective, c, resumeFolder);
    } catch (const c10::Error &error) {
        throw Error(Error::Kind::BadInput, {resumeFolder},
                    StudentText::tr("the resume checkpoint does not match the run: %1")
                        .arg(QString::fromStdString(error.what_without_backtrace())));
    }
    // Whole batches run on worker threads (round-synchronous parallel SGD, docs/student.md).
    WorkerPool workers = batchWorkers(*d->backend, o);
    TrainingLoop loop(data, chosen, *d->backend, workers, 0);
    if (select)
        loop.useFixedTargets(finalStudentTargets(choice, data, loop, chosen));
    if (!resumeFolder.isEmpty())
        loop.resume(std::move(resumed), resumeFolder);
    initialising.unlock();
    if (!d->checkpointDirectory.isEmpty())
        loop.setCheckpoints(d->checkpointDirectory, fingerprint);
    loop.setProbe(d->probe);
    DistillationOutcome outcome = loop.run(onEpoch, progress, cancel);
    d->targets = loop.targets();
    if (select) {
        // The pool's labels come from the students that never saw the samples; the final student
        // (which learnt their posterior) is for the curves, the test set and new texts.
        outcome.probabilities = std::move(choice.probabilities);
        outcome.selection = selectionJson(choice, data, o.finalStudentTarget);
    } else if (o.crossFitFolds > 1 && !outcome.cancelled) {
        std::vector<float> crossFitted = crossFittedProbabilities(data, o, progress, cancel);
        if (crossFitted.empty()) {
            outcome.cancelled = true;
        } else {
            outcome.probabilities = std::move(crossFitted);
            if (o.finalLabel == FinalLabelPolicy::Posterior)
                choice.reliability = estimateTeacherReliability(data, outcome.probabilities);
        }
    }
    const bool outOfFold = select || (o.crossFitFolds > 1 && !outcome.cancelled);
    const torch::Tensor prior = loop.prior().contiguous();
    const torch::Tensor mask = loop.mask().contiguous();
    const torch::Tensor lastSl = loop.lastSmallLoss().contiguous();
    labelPool(outcome, data, mask.data_ptr<float>(), prior.data_ptr<float>(), teacherRanks(data),
              lastSl.data_ptr<bool>(), chosen, outOfFold ? &choice.reliability : nullptr);
    return outcome;
}

void DistillationEngine::setHeldOutProbe(const HeldOutProbe *probe)
{
    d->probe = probe;
}

void DistillationEngine::setGoldEvaluation(bool enabled)
{
    d->goldEvaluation = enabled;
}

std::vector<float> DistillationEngine::predict(const QStringList &texts)
{
    if (!d->backend)
        throw Error(QStringLiteral("the student has not been trained or loaded"));
    at::set_num_threads(trainingThreads(d->options));
    WorkerPool workers = batchWorkers(*d->backend, d->options);
    const int dataset = d->backend->addDataset(texts, &workers);
    const torch::Tensor probabilities =
        predictDataset(*d->backend, dataset, texts.size(), d->options.batchSize, &workers)
            .contiguous();
    if (texts.isEmpty())
        return {};
    return std::vector<float>(probabilities.data_ptr<float>(),
                              probabilities.data_ptr<float>() + probabilities.numel());
}

void DistillationEngine::setResumeCheckpointDirectory(const QString &directory)
{
    d->checkpointDirectory = directory;
}

void DistillationEngine::resumeFrom(const QString &directory)
{
    if (!hasResumeCheckpoint(directory))
        throw Error(Error::Kind::BadInput, {directory},
                    StudentText::tr("no checkpoint to resume from"));
    d->resumeDirectory = directory;
}

bool DistillationEngine::hasResumeCheckpoint(const QString &directory)
{
    return hasTrainingCheckpoint(directory);
}

void DistillationEngine::verifyResumeCheckpoint(const QString &directory, DistillationData data)
{
    data.normalise();
    requireCheckpointFor(directory, dataFingerprint(data));
}

void DistillationEngine::saveCheckpoint(const QString &directory) const
{
    if (!d->backend)
        throw Error(QStringLiteral("the student has not been trained or loaded"));
    if (!QDir().mkpath(directory))
        throw Error(Error::Kind::FileSystem, {directory},
                    StudentText::tr("cannot create the checkpoint folder"));
    d->backend->save(directory);
    if (d->targets.defined())
        saveArchive(d->targets, QDir(directory).filePath(QStringLiteral("targets.pt")));
}

std::unique_ptr<DistillationEngine>
DistillationEngine::loadCheckpoint(const QString &directory, const DistillationOptions &options,
                                   int numClasses)
{
    auto engine = std::make_unique<DistillationEngine>(options);
    engine->d->numClasses = numClasses;
    try {
        engine->d->backend = makeStudentBackend(options, numClasses, directory);
    } catch (const c10::Error &error) {
        throw Error(Error::Kind::BadInput, {directory},
                    StudentText::tr("the student checkpoint does not match this project: %1")
                        .arg(QString::fromStdString(error.what_without_backtrace())));
    }
    return engine;
}

} // namespace candist
