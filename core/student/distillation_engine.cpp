#include "student/distillation_engine.h"

#include <algorithm>
#include <numeric>
#include <sstream>

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include "model/annotation.h"
#include "model/error.h"
#include "student/cross_fitting.h"
#include "student/final_labels.h"
#include "student/refinery_ops.h"
#include "student/student_backend.h"
#include "student/training_checkpoint.h"
#include "student/warmup_criterion.h"
#include "student/worker_pool.h"

namespace candist {

namespace {

// One batch's forward pass and loss, before any parameter changes.
struct BatchStep
{
    torch::Tensor rows;                   // the batch's pool rows
    torch::Tensor current;                // softmax of the logits, detached (stored-Q update)
    torch::Tensor prior;                  // W of the batch's rows
    torch::Tensor loss;                   // with its graph, until the gradients are taken
    double losses[5] = {0, 0, 0, 0, 0};   // total, L_dr, L_cr_in, L_cr_out, L_mix
    std::vector<torch::Tensor> gradients; // parallel rounds only
};

// The random source of one batch of a parallel round: a function of (seed, epoch, batch) only, so
// that which thread ran the batch cannot change its feature dropout or mixup draws.
std::mt19937_64 batchGenerator(quint64 seed, int epoch, std::int64_t batch)
{
    std::seed_seq sequence{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(epoch),
                           std::uint32_t(batch), std::uint32_t(std::uint64_t(batch) >> 32)};
    return std::mt19937_64(sequence);
}

// Throws unless `directory` holds a resume checkpoint written for data with this fingerprint.
void requireCheckpointFor(const QString &directory, const QString &fingerprint)
{
    if (!hasTrainingCheckpoint(directory))
        throw Error(QStringLiteral("%1: no checkpoint to resume from").arg(directory));
    if (trainingCheckpointFingerprint(directory) != fingerprint)
        throw Error(QStringLiteral("%1: the samples or labels changed since this checkpoint was "
                                   "written (texts, teacher candidates, votes, human or gold "
                                   "labels); it cannot be resumed")
                        .arg(directory));
}

// The threads that run whole batches, hashing and prediction chunks: every core for the hashed
// student; the TorchScript student parallelises inside its large operations instead.
WorkerPool batchWorkers(const StudentBackend &backend, const DistillationOptions &options)
{
    return WorkerPool(backend.supportsConcurrentBatches() ? effectiveThreads(options) : 1,
                      [] { at::set_num_threads(1); });
}

// Masked mean of per-sample losses; 0 (with a graph) when nothing is selected.
torch::Tensor maskedMean(const torch::Tensor &values, const torch::Tensor &mask)
{
    const torch::Tensor weights = mask.to(values.dtype());
    return (values * weights).sum() / weights.sum().clamp_min(1.0);
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
    const RefineryOptions &r = o.refinery;
    const int n = data.size();
    const int c = data.numClasses;
    if (n == 0)
        throw Error(QStringLiteral("distillation needs at least one sample"));
    at::set_num_threads(trainingThreads(o));
    torch::manual_seed(o.seed);
    std::mt19937_64 rng(o.seed);
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
            throw Error(QStringLiteral("%1: the checkpoint is past the run's last epoch (%2 of %3)")
                            .arg(d->resumeDirectory)
                            .arg(resumed.epochsDone)
                            .arg(o.epochs));
    }
    // Auto batch size: small pools get smaller batches so that a from-scratch student still gets
    // enough SGD steps per epoch; large pools use 16 (measured on TREC and AG News,
    // docs/student.md).
    const int batchSize = effectiveBatchSize(o, n);
    // The hashed student's rate is set for batches of 16; smaller batches scale it down linearly
    // so that the per-sample step stays the same.
    DistillationOptions effective = o;
    effective.bag.learningRate *= std::min(1.0, batchSize / 16.0);
    d->numClasses = c;
    try {
        d->backend = makeStudentBackend(effective, c, resumeFolder);
    } catch (const c10::Error &error) {
        throw Error(QStringLiteral("%1: the resume checkpoint does not match the run: %2")
                        .arg(resumeFolder, QString::fromStdString(error.what_without_backtrace())));
    }
    StudentBackend &backend = *d->backend;
    const torch::Device device = backend.device();
    // Whole batches run on worker threads (round-synchronous parallel SGD, docs/student.md).
    WorkerPool workers = batchWorkers(backend, o);
    const int pool = backend.addDataset(data.texts, &workers);
    const int test = data.testTexts.isEmpty() ? -1 : backend.addDataset(data.testTexts, &workers);

    const torch::Tensor mask = refinery::candidateMask(data);
    torch::Tensor exempt = torch::zeros({n}, torch::kBool);
    std::vector<int> first(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        exempt[i] = data.humanLabels[size_t(i)] >= 0;
        if (data.humanLabels[size_t(i)] >= 0)
            first[size_t(i)] = data.humanLabels[size_t(i)];
        else if (!data.candidates[size_t(i)].empty())
            first[size_t(i)] = data.candidates[size_t(i)].front();
    }

    // Fixed targets of the baselines, the refinery's Q for candist.
    const bool candist = o.method == DistillationMethod::CanDist;
    torch::Tensor q;
    torch::Tensor prior = mask;
    torch::Tensor trainable = torch::ones({n}, torch::kBool);
    switch (o.method) {
    case DistillationMethod::CanDist:
        q = refinery::initialTargets(data, mask, r.initialTarget, r.rankDecay);
        // The teacher's ranking stays a prior in every renormalisation; otherwise it would be
        // forgotten after the first visit (with a uniform start this is the paper's P ⊙ S).
        prior = q.clone();
        break;
    case DistillationMethod::Vanilla:
        q = refinery::initialTargets(data, mask, InitialTarget::Uniform, 1.0);
        break;
    case DistillationMethod::Single:
    case DistillationMethod::Gold: {
        q = torch::zeros({n, c});
        int labelled = 0;
        for (int i = 0; i < n; ++i) {
            const int label = o.method == DistillationMethod::Single
                                  ? first[size_t(i)]
                                  : (data.humanLabels[size_t(i)] >= 0 ? data.humanLabels[size_t(i)]
                                                                      : data.gold[size_t(i)]);
            if (label >= 0) {
                q[i][label] = 1;
                ++labelled;
            } else {
                trainable[i] = false;
            }
        }
        if (labelled == 0)
            throw Error(
                o.method == DistillationMethod::Gold
                    ? QStringLiteral("method gold needs gold labels, and this pool has none")
                    : QStringLiteral("method single needs teacher labels, and no sample has "
                                     "one"));
        break;
    }
    }

    std::vector<std::int64_t> trainRows;
    for (int i = 0; i < n; ++i)
        if (trainable[i].item<bool>())
            trainRows.push_back(i);
    const std::int64_t stepsPerEpoch = (std::int64_t(trainRows.size()) + batchSize - 1) / batchSize;
    const std::int64_t totalSteps = stepsPerEpoch * o.epochs;
    backend.beginTraining(totalSteps);
    if (!resumeFolder.isEmpty())
        backend.restoreTraining(resumeFolder, resumed.stepsDone);
    backend.setTraining(true);
    const int roundSize = parallelBatchCount(o, n);

    const std::vector<std::vector<int>> ranks = teacherRanks(data);

    DistillationOutcome outcome;
    outcome.numClasses = c;
    ProgressMeter meter(progress, totalSteps);
    QElapsedTimer epochTimer;
    bool warmup = candist;
    std::vector<double> insideShares;
    torch::Tensor probabilities; // P from the last no-grad pass
    refinery::Selection selection;
    torch::Tensor lastSl = torch::zeros({n}, torch::kBool);
    const auto maskDevice = mask.to(device);
    std::int64_t stepsDone = 0;
    int firstEpoch = 0;
    if (!resumeFolder.isEmpty()) {
        firstEpoch = resumed.epochsDone;
        warmup = resumed.warmup;
        insideShares = resumed.insideShares;
        outcome.warmupEpochs = resumed.warmupEpochs;
        outcome.resumedEpochs = firstEpoch;
        stepsDone = resumed.stepsDone;
        q = resumed.targets;
        lastSl = resumed.lastSl;
        std::istringstream(resumed.rng) >> rng;
        auto generator = at::detail::getDefaultCPUGenerator();
        {
            std::lock_guard<std::mutex> lock(generator.mutex());
            generator.set_state(resumed.generator);
        }
        // The model is the one that ended the checkpoint's epoch, so this is that epoch's P.
        probabilities = predictDataset(backend, pool, n, batchSize, &workers);
    }
    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();

    for (int epoch = firstEpoch; epoch < o.epochs; ++epoch) {
        if (cancel && cancel->isCancelled()) {
            outcome.cancelled = true;
            break;
        }
        epochTimer.start();
        EpochMetrics metrics;
        metrics.epoch = epoch + 1;
        metrics.warmup = warmup;
        const bool refine = candist && !warmup;
        if (refine) {
            selection = refinery::select(probabilities, q, mask, exempt, r);
            metrics.shareOut = selection.out.sum().item<double>() / n;
            metrics.shareHc = selection.hc.sum().item<double>() / n;
            metrics.shareSl = selection.sl.sum().item<double>() / n;
            lastSl = selection.sl;
        } else {
            selection.inside = torch::ones({n}, torch::kBool);
            selection.out = torch::zeros({n}, torch::kBool);
            selection.hc = torch::zeros({n}, torch::kBool);
            selection.sl = torch::zeros({n}, torch::kBool);
            selection.hasTarget = trainable.clone();
            selection.oneHot = torch::zeros({n, c});
        }
        const double eta =
            refine && r.auxiliary
                ? refinery::etaRamp(epoch - outcome.warmupEpochs + 1, r.etaRampEpochs)
                : 0.0;
        metrics.eta = eta;

        std::vector<std::int64_t> order = trainRows;
        std::shuffle(order.begin(), order.end(), rng);
        double sums[5] = {0, 0, 0, 0, 0};
        std::int64_t batches = 0;
        const std::int64_t batchCount = (std::int64_t(order.size()) + batchSize - 1) / batchSize;
        const auto batchRows = [&](std::int64_t batch) {
            const size_t start = size_t(batch) * size_t(batchSize);
            return std::vector<std::int64_t>(
                order.begin() + std::int64_t(start),
                order.begin() + std::int64_t(std::min(order.size(), start + size_t(batchSize))));
        };
        // Reads the parameters, Q and the selection; writes nothing shared, so the batches of a
        // round may run concurrently.
        const auto computeBatch = [&](const std::vector<std::int64_t> &rows,
                                      std::mt19937_64 &batchRng) {
            BatchStep step;
            step.rows = torch::from_blob(const_cast<std::int64_t *>(rows.data()),
                                         {std::int64_t(rows.size())}, torch::kLong)
                            .clone();
            const torch::Tensor &rowTensor = step.rows;
            const torch::Tensor representation = backend.represent(pool, rows, false, batchRng);
            const torch::Tensor logits = backend.classify(representation);
            const torch::Tensor batchPrior = prior.index_select(0, rowTensor).to(device);
            step.prior = batchPrior;
            step.current = torch::softmax(logits.detach(), 1);

            torch::Tensor base = q.index_select(0, rowTensor).to(device);
            if (candist && r.renormalise && r.renormalisation == RenormalisationMode::Online)
                base = refinery::renormalise(step.current, batchPrior);
            const torch::Tensor batchTargets =
                refine ? refinery::batchTargets(base, selection, rowTensor, r).to(device) : base;
            const torch::Tensor hasTarget =
                selection.hasTarget.index_select(0, rowTensor).to(device);
            const torch::Tensor lossDr =
                maskedMean(refinery::softCrossEntropy(logits, batchTargets), hasTarget);
            torch::Tensor loss = lossDr;
            step.losses[1] = lossDr.item<double>();
            if (eta > 0) {
                const torch::Tensor inside = selection.inside.index_select(0, rowTensor).to(device);
                const torch::Tensor out = selection.out.index_select(0, rowTensor).to(device);
                const torch::Tensor augmented =
                    backend.classify(backend.represent(pool, rows, true, batchRng));
                const torch::Tensor crIn =
                    maskedMean(refinery::softCrossEntropy(augmented, batchTargets), inside);
                const torch::Tensor crOut = maskedMean(
                    refinery::symmetricKl(logits, augmented, r.consistencyTemperature), out);
                torch::Tensor mixLoss = torch::zeros({}, logits.options());
                const torch::Tensor withTarget = hasTarget.nonzero().squeeze(1);
                if (withTarget.numel() > 1) {
                    const double omega = refinery::sampleMixupWeight(r.mixupAlpha, batchRng);
                    std::vector<std::int64_t> shuffled(size_t(withTarget.numel()));
                    std::iota(shuffled.begin(), shuffled.end(), 0);
                    std::shuffle(shuffled.begin(), shuffled.end(), batchRng);
                    const torch::Tensor permutation =
                        torch::from_blob(shuffled.data(), {std::int64_t(shuffled.size())},
                                         torch::kLong)
                            .clone()
                            .to(device);
                    const torch::Tensor reps = representation.index_select(0, withTarget);
                    const torch::Tensor tgts = batchTargets.index_select(0, withTarget);
                    mixLoss = refinery::softCrossEntropy(
                                  backend.classify(refinery::mix(reps, permutation, omega)),
                                  refinery::mix(tgts, permutation, omega))
                                  .mean();
                }
                loss = loss + eta * (crIn + crOut + mixLoss);
                step.losses[2] = crIn.item<double>();
                step.losses[3] = crOut.item<double>();
                step.losses[4] = mixLoss.item<double>();
            }
            step.losses[0] = loss.item<double>();
            step.loss = loss;
            return step;
        };
        // After the batch's optimiser step, in batch order.
        const auto finishBatch = [&](const BatchStep &step) {
            if (candist && r.renormalise && r.renormalisation == RenormalisationMode::Stored)
                q.index_copy_(0, step.rows,
                              refinery::renormalise(step.current, step.prior).to(torch::kCPU));
            for (int k = 0; k < 5; ++k)
                sums[k] += step.losses[k];
            ++batches;
            ++stepsDone;
            meter.report(stepsDone, QStringLiteral("epoch %1/%2").arg(epoch + 1).arg(o.epochs));
        };
        if (roundSize == 1) {
            // Plain sequential SGD: one stream of random numbers, gradients through backward().
            for (std::int64_t batch = 0; batch < batchCount; ++batch) {
                if (cancel && cancel->isCancelled()) {
                    outcome.cancelled = true;
                    break;
                }
                backend.zeroGrad();
                const BatchStep step = computeBatch(batchRows(batch), rng);
                step.loss.backward();
                backend.step();
                finishBatch(step);
            }
        } else {
            // Round-synchronous parallel SGD: the round's batches take their gradients from the
            // same parameters (on any thread), then their steps are applied in batch order. The
            // rows of an epoch are disjoint, so the Q updates do not interact either.
            const std::vector<torch::Tensor> parameters = backend.parameters();
            for (std::int64_t first = 0; first < batchCount; first += roundSize) {
                if (cancel && cancel->isCancelled()) {
                    outcome.cancelled = true;
                    break;
                }
                const std::int64_t count = std::min<std::int64_t>(roundSize, batchCount - first);
                std::vector<BatchStep> steps(static_cast<size_t>(count));
                workers.run(count, [&](std::int64_t k) {
                    if (cancel && cancel->isCancelled())
                        return;
                    std::mt19937_64 batchRng = batchGenerator(o.seed, epoch, first + k);
                    BatchStep step = computeBatch(batchRows(first + k), batchRng);
                    step.gradients = torch::autograd::grad({step.loss}, parameters, {},
                                                           /*retain_graph=*/false,
                                                           /*create_graph=*/false,
                                                           /*allow_unused=*/true);
                    step.loss = torch::Tensor();
                    steps[size_t(k)] = std::move(step);
                });
                // A cancel during the round drops the whole round: the model stays as the last
                // completed round left it.
                if (cancel && cancel->isCancelled()) {
                    outcome.cancelled = true;
                    break;
                }
                std::vector<std::vector<torch::Tensor>> gradients;
                for (BatchStep &step : steps)
                    gradients.push_back(std::move(step.gradients));
                backend.applyRound(gradients, workers);
                for (const BatchStep &step : steps)
                    finishBatch(step);
            }
        }
        if (outcome.cancelled)
            break;

        probabilities = predictDataset(backend, pool, n, batchSize, &workers);
        const double denominator = std::max<std::int64_t>(batches, 1);
        metrics.loss = sums[0] / denominator;
        metrics.lossDr = sums[1] / denominator;
        metrics.lossCrIn = sums[2] / denominator;
        metrics.lossCrOut = sums[3] / denominator;
        metrics.lossMix = sums[4] / denominator;
        const torch::Tensor argmax = probabilities.argmax(1);
        metrics.shareInside =
            (mask.gather(1, argmax.unsqueeze(1)).squeeze(1) > 0.5).sum().item<double>() / n;
        metrics.meanConfidence = std::get<0>(probabilities.max(1)).mean().item<double>();
        {
            const auto *am = argmax.data_ptr<std::int64_t>();
            const auto *p = probabilities.contiguous().data_ptr<float>();
            const auto *m = prior.contiguous().data_ptr<float>();
            int agree = 0, withFirst = 0, correct = 0, withGold = 0;
            for (int i = 0; i < n; ++i) {
                if (first[size_t(i)] >= 0) {
                    ++withFirst;
                    agree += am[i] == first[size_t(i)];
                }
                if (data.gold[size_t(i)] >= 0) {
                    ++withGold;
                    correct += finalLabel(p + i * c, c, ranks[size_t(i)], m + i * c, o.finalLabel,
                                          r.confidenceThreshold) == data.gold[size_t(i)];
                }
            }
            metrics.teacherAgreement = withFirst > 0 ? double(agree) / withFirst : 0.0;
            if (withGold > 0)
                metrics.poolAccuracy = double(correct) / withGold;
        }
        if (test >= 0) {
            const torch::Tensor testArgmax =
                predictDataset(backend, test, data.testTexts.size(), batchSize, &workers).argmax(1);
            int correct = 0;
            for (int i = 0; i < data.testTexts.size(); ++i)
                correct += testArgmax[i].item<std::int64_t>() == data.testGold[size_t(i)];
            metrics.testAccuracy = double(correct) / data.testTexts.size();
        }
        bool warmupEnded = false;
        if (warmup) {
            insideShares.push_back(metrics.shareInside);
            if (warmupFinished(r, insideShares)) {
                warmup = false;
                warmupEnded = true;
                outcome.warmupEpochs = epoch + 1;
            }
        }
        metrics.seconds = epochTimer.elapsed() / 1000.0;
        outcome.epochs.push_back(metrics);
        if (onEpoch)
            onEpoch(metrics);
        // Epoch-boundary resume checkpoint: throttled by time, always at the warm-up's end (the
        // costliest state to redo wrongly) and when a cancel arrived during the epoch's callback.
        if (!d->checkpointDirectory.isEmpty() && epoch + 1 < o.epochs &&
            (warmupEnded || (cancel && cancel->isCancelled()) ||
             sinceCheckpoint.elapsed() >= qint64(o.checkpointIntervalSeconds * 1000))) {
            TrainingState state;
            state.epochsDone = epoch + 1;
            state.warmup = warmup;
            state.warmupEpochs = outcome.warmupEpochs;
            state.insideShares = insideShares;
            state.stepsDone = stepsDone;
            std::ostringstream rngState;
            rngState << rng;
            state.rng = rngState.str();
            state.fingerprint = fingerprint;
            state.targets = q;
            state.lastSl = lastSl;
            auto generator = at::detail::getDefaultCPUGenerator();
            {
                std::lock_guard<std::mutex> lock(generator.mutex());
                state.generator = generator.get_state();
            }
            writeTrainingCheckpoint(d->checkpointDirectory, state, backend);
            sinceCheckpoint.restart();
        }
    }
    if (candist && warmup)
        outcome.warmupEpochs = int(insideShares.size());
    meter.report(stepsDone, QStringLiteral("done"), true);

    if (!probabilities.defined() || outcome.cancelled)
        probabilities = predictDataset(backend, pool, n, batchSize);
    probabilities = probabilities.contiguous();
    d->targets = q;

    outcome.probabilities.assign(probabilities.data_ptr<float>(),
                                 probabilities.data_ptr<float>() + std::int64_t(n) * c);
    if (o.crossFitFolds > 1 && !outcome.cancelled) {
        std::vector<float> crossFitted = crossFittedProbabilities(data, o, progress, cancel);
        if (crossFitted.empty())
            outcome.cancelled = true;
        else
            outcome.probabilities = std::move(crossFitted);
    }
    labelPool(outcome, data, mask.data_ptr<float>(), prior.contiguous().data_ptr<float>(), ranks,
              lastSl.data_ptr<bool>(), o);
    return outcome;
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
        throw Error(QStringLiteral("%1: no checkpoint to resume from").arg(directory));
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
        throw Error(QStringLiteral("%1: cannot create the checkpoint folder").arg(directory));
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
        throw Error(QStringLiteral("%1: the student checkpoint does not match this project: %2")
                        .arg(directory, QString::fromStdString(error.what_without_backtrace())));
    }
    return engine;
}

} // namespace candist
