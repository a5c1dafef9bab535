#include "student/training_loop.h"

#include <algorithm>
#include <numeric>
#include <sstream>

#include "model/error.h"
#include "student/distillation_engine.h"
#include "student/final_labels.h"
#include "student/student_backend.h"
#include "student/student_text.h"
#include "student/warmup_criterion.h"
#include "student/worker_pool.h"

namespace candist {

namespace {

// The random source of one batch of a parallel round: a function of (seed, epoch, batch) only, so
// that which thread ran the batch cannot change its feature dropout or mixup draws.
std::mt19937_64 batchGenerator(quint64 seed, int epoch, std::int64_t batch)
{
    std::seed_seq sequence{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(epoch),
                           std::uint32_t(batch), std::uint32_t(std::uint64_t(batch) >> 32)};
    return std::mt19937_64(sequence);
}

// Masked mean of per-sample losses; 0 (with a graph) when nothing is selected.
torch::Tensor maskedMean(const torch::Tensor &values, const torch::Tensor &mask)
{
    const torch::Tensor weights = mask.to(values.dtype());
    return (values * weights).sum() / weights.sum().clamp_min(1.0);
}

std::vector<float> toVector(const torch::Tensor &probabilities)
{
    const torch::Tensor p = probabilities.contiguous();
    return std::vector<float>(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
}

} // namespace

// One batch's forward pass and loss, before any parameter changes.
struct TrainingLoop::BatchStep
{
    torch::Tensor rows;                   // the batch's pool rows
    torch::Tensor current;                // softmax of the logits, detached (stored-Q update)
    torch::Tensor prior;                  // W of the batch's rows
    torch::Tensor loss;                   // with its graph, until the gradients are taken
    double losses[5] = {0, 0, 0, 0, 0};   // total, L_dr, L_cr_in, L_cr_out, L_mix
    std::vector<torch::Tensor> gradients; // parallel rounds only
};

TrainingLoop::TrainingLoop(const DistillationData &data, const DistillationOptions &options,
                           StudentBackend &backend, WorkerPool &workers, int stopEpoch)
    : m_data(data)
    , m_options(options)
    , m_backend(backend)
    , m_workers(workers)
    , m_n(data.size())
    , m_c(data.numClasses)
    , m_lastEpoch(stopEpoch > 0 ? std::min(stopEpoch, options.epochs) : options.epochs)
    , m_batchSize(effectiveBatchSize(options, data.size()))
    , m_roundSize(parallelBatchCount(options, data.size()))
    , m_candist(options.method == DistillationMethod::CanDist)
    , m_rng(options.seed)
{
    m_poolDataset = backend.addDataset(data.texts, &workers);
    m_testDataset = data.testTexts.isEmpty() ? -1 : backend.addDataset(data.testTexts, &workers);
    buildTargets();
    for (int i = 0; i < m_n; ++i)
        if (m_trainable[i].item<bool>())
            m_trainRows.push_back(i);
    const std::int64_t stepsPerEpoch =
        (std::int64_t(m_trainRows.size()) + m_batchSize - 1) / m_batchSize;
    backend.beginTraining(stepsPerEpoch * options.epochs);
    m_ranks = teacherRanks(data);
    m_warmup = m_candist;
    m_lastSl = torch::zeros({m_n}, torch::kBool);
}

void TrainingLoop::buildTargets()
{
    const DistillationOptions &o = m_options;
    const DistillationData &data = m_data;
    m_mask = refinery::candidateMask(data);
    m_exempt = torch::zeros({m_n}, torch::kBool);
    m_first.assign(size_t(m_n), -1);
    for (int i = 0; i < m_n; ++i) {
        m_exempt[i] = data.humanLabels[size_t(i)] >= 0;
        if (data.humanLabels[size_t(i)] >= 0)
            m_first[size_t(i)] = data.humanLabels[size_t(i)];
        else if (!data.candidates[size_t(i)].empty())
            m_first[size_t(i)] = data.candidates[size_t(i)].front();
    }
    // Fixed targets of the baselines, the refinery's Q for candist.
    m_prior = m_mask;
    m_trainable = torch::ones({m_n}, torch::kBool);
    switch (o.method) {
    case DistillationMethod::CanDist:
        m_q =
            refinery::initialTargets(data, m_mask, o.refinery.initialTarget, o.refinery.rankDecay);
        // The teacher's ranking stays a prior in every renormalisation; otherwise it would be
        // forgotten after the first visit (with a uniform start this is the paper's P ⊙ S).
        m_prior = m_q.clone();
        break;
    case DistillationMethod::Vanilla:
        m_q = refinery::initialTargets(data, m_mask, InitialTarget::Uniform, 1.0);
        break;
    case DistillationMethod::Single:
    case DistillationMethod::Gold: {
        m_q = torch::zeros({m_n, m_c});
        int labelled = 0;
        for (int i = 0; i < m_n; ++i) {
            const int human = data.humanLabels[size_t(i)];
            const int label = o.method == DistillationMethod::Single
                                  ? m_first[size_t(i)]
                                  : (human >= 0 ? human : data.gold[size_t(i)]);
            if (label >= 0) {
                m_q[i][label] = 1;
                ++labelled;
            } else {
                m_trainable[i] = false;
            }
        }
        if (labelled == 0)
            throw Error(
                o.method == DistillationMethod::Gold
                    ? StudentText::tr("method gold needs gold labels, and this pool has none")
                    : StudentText::tr("method single needs teacher labels, and no sample has "
                                      "one"));
        break;
    }
    }
}

void TrainingLoop::useFixedTargets(const torch::Tensor &targets)
{
    m_q = targets.clone();
    m_candist = false;
    m_warmup = false;
    m_trainable = torch::ones({m_n}, torch::kBool);
    m_trainRows.resize(size_t(m_n));
    std::iota(m_trainRows.begin(), m_trainRows.end(), 0);
}

void TrainingLoop::resume(TrainingState state, const QString &modelFolder)
{
    m_backend.restoreTraining(modelFolder, state.stepsDone);
    m_firstEpoch = state.epochsDone;
    m_warmup = state.warmup;
    m_insideShares = state.insideShares;
    m_warmupEpochs = state.warmupEpochs;
    m_stepsDone = state.stepsDone;
    m_q = state.targets;
    m_lastSl = state.lastSl;
    std::istringstream(state.rng) >> m_rng;
    auto generator = at::detail::getDefaultCPUGenerator();
    {
        std::lock_guard<std::mutex> lock(generator.mutex());
        generator.set_state(state.generator);
    }
    // The model is the one that ended the checkpoint's epoch, so this is that epoch's P.
    m_probabilities = predictDataset(m_backend, m_poolDataset, m_n, m_batchSize, &m_workers);
}

void TrainingLoop::setCheckpoints(const QString &directory, const QString &fingerprint)
{
    m_checkpointDirectory = directory;
    m_fingerprint = fingerprint;
}

void TrainingLoop::selectForEpoch(int epoch, EpochMetrics &metrics)
{
    const RefineryOptions &r = m_options.refinery;
    m_refine = m_candist && !m_warmup;
    if (m_refine) {
        m_selection = refinery::select(m_probabilities, m_q, m_mask, m_exempt, r);
        metrics.shareOut = m_selection.out.sum().item<double>() / m_n;
        metrics.shareHc = m_selection.hc.sum().item<double>() / m_n;
        metrics.shareSl = m_selection.sl.sum().item<double>() / m_n;
        m_lastSl = m_selection.sl;
    } else {
        m_selection.inside = torch::ones({m_n}, torch::kBool);
        m_selection.out = torch::zeros({m_n}, torch::kBool);
        m_selection.hc = torch::zeros({m_n}, torch::kBool);
        m_selection.sl = torch::zeros({m_n}, torch::kBool);
        m_selection.hasTarget = m_trainable.clone();
        m_selection.oneHot = torch::zeros({m_n, m_c});
    }
    m_eta = m_refine && r.auxiliary ? refinery::etaRamp(epoch - m_warmupEpochs + 1, r.etaRampEpochs)
                                    : 0.0;
    metrics.eta = m_eta;
}

// Reads the parameters, Q and the selection; writes nothing shared, so the batches of a round may
// run concurrently.
TrainingLoop::BatchStep TrainingLoop::computeBatch(const std::vector<std::int64_t> &rows,
                                                   std::mt19937_64 &rng) const
{
    const RefineryOptions &r = m_options.refinery;
    const torch::Device device = m_backend.device();
    BatchStep step;
    step.rows = torch::from_blob(const_cast<std::int64_t *>(rows.data()),
                                 {std::int64_t(rows.size())}, torch::kLong)
                    .clone();
    const torch::Tensor &rowTensor = step.rows;
    const torch::Tensor representation = m_backend.represent(m_poolDataset, rows, false, rng);
    const torch::Tensor logits = m_backend.classify(representation);
    const torch::Tensor batchPrior = m_prior.index_select(0, rowTensor).to(device);
    step.prior = batchPrior;
    step.current = torch::softmax(logits.detach(), 1);

    torch::Tensor base = m_q.index_select(0, rowTensor).to(device);
    if (m_candist && r.renormalise && r.renormalisation == RenormalisationMode::Online)
        base = refinery::renormalise(step.current, batchPrior);
    const torch::Tensor batchTargets =
        m_refine ? refinery::batchTargets(base, m_selection, rowTensor, r).to(device) : base;
    const torch::Tensor hasTarget = m_selection.hasTarget.index_select(0, rowTensor).to(device);
    const torch::Tensor lossDr =
        maskedMean(refinery::softCrossEntropy(logits, batchTargets), hasTarget);
    torch::Tensor loss = lossDr;
    step.losses[1] = lossDr.item<double>();
    if (m_eta > 0) {
        const torch::Tensor inside = m_selection.inside.index_select(0, rowTensor).to(device);
        const torch::Tensor out = m_selection.out.index_select(0, rowTensor).to(device);
        const torch::Tensor augmented =
            m_backend.classify(m_backend.represent(m_poolDataset, rows, true, rng));
        const torch::Tensor crIn =
            maskedMean(refinery::softCrossEntropy(augmented, batchTargets), inside);
        const torch::Tensor crOut =
            maskedMean(refinery::symmetricKl(logits, augmented, r.consistencyTemperature), out);
        torch::Tensor mixLoss = torch::zeros({}, logits.options());
        const torch::Tensor withTarget = hasTarget.nonzero().squeeze(1);
        if (withTarget.numel() > 1) {
            const double omega = refinery::sampleMixupWeight(r.mixupAlpha, rng);
            std::vector<std::int64_t> shuffled(size_t(withTarget.numel()));
            std::iota(shuffled.begin(), shuffled.end(), 0);
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            const torch::Tensor permutation =
                torch::from_blob(shuffled.data(), {std::int64_t(shuffled.size())}, torch::kLong)
                    .clone()
                    .to(device);
            const torch::Tensor reps = representation.index_select(0, withTarget);
            const torch::Tensor tgts = batchTargets.index_select(0, withTarget);
            mixLoss = refinery::softCrossEntropy(
                          m_backend.classify(refinery::mix(reps, permutation, omega)),
                          refinery::mix(tgts, permutation, omega))
                          .mean();
        }
        loss = loss + m_eta * (crIn + crOut + mixLoss);
        step.losses[2] = crIn.item<double>();
        step.losses[3] = crOut.item<double>();
        step.losses[4] = mixLoss.item<double>();
    }
    step.losses[0] = loss.item<double>();
    step.loss = loss;
    return step;
}

// After the batch's optimiser step, in batch order.
void TrainingLoop::finishBatch(const BatchStep &step, int epoch, double sums[5])
{
    const RefineryOptions &r = m_options.refinery;
    if (m_candist && r.renormalise && r.renormalisation == RenormalisationMode::Stored)
        m_q.index_copy_(0, step.rows,
                        refinery::renormalise(step.current, step.prior).to(torch::kCPU));
    for (int k = 0; k < 5; ++k)
        sums[k] += step.losses[k];
    ++m_stepsDone;
    m_meter->report(m_stepsDone,
                    QStringLiteral("epoch %1/%2").arg(epoch + 1).arg(m_options.epochs));
}

namespace {

std::vector<std::int64_t> batchRows(const std::vector<std::int64_t> &order, int batchSize,
                                    std::int64_t batch)
{
    const size_t start = size_t(batch) * size_t(batchSize);
    return std::vector<std::int64_t>(
        order.begin() + std::int64_t(start),
        order.begin() + std::int64_t(std::min(order.size(), start + size_t(batchSize))));
}

} // namespace

// Plain sequential SGD: one stream of random numbers, gradients through backward(). Returns false
// when cancelled.
bool TrainingLoop::trainSequentially(const std::vector<std::int64_t> &order, int epoch,
                                     double sums[5], const CancellationFlag *cancel)
{
    const std::int64_t batchCount = (std::int64_t(order.size()) + m_batchSize - 1) / m_batchSize;
    for (std::int64_t batch = 0; batch < batchCount; ++batch) {
        if (cancel && cancel->isCancelled())
            return false;
        m_backend.zeroGrad();
        const BatchStep step = computeBatch(batchRows(order, m_batchSize, batch), m_rng);
        step.loss.backward();
        m_backend.step();
        finishBatch(step, epoch, sums);
    }
    return true;
}

// Round-synchronous parallel SGD: the round's batches take their gradients from the same
// parameters (on any thread), then their steps are applied in batch order. The rows of an epoch
// are disjoint, so the Q updates do not interact either. Returns false when cancelled; a cancel
// during a round drops the whole round (the model stays as the last completed round left it).
bool TrainingLoop::trainInRounds(const std::vector<std::int64_t> &order, int epoch, double sums[5],
                                 const CancellationFlag *cancel)
{
    const std::int64_t batchCount = (std::int64_t(order.size()) + m_batchSize - 1) / m_batchSize;
    const std::vector<torch::Tensor> parameters = m_backend.parameters();
    for (std::int64_t first = 0; first < batchCount; first += m_roundSize) {
        if (cancel && cancel->isCancelled())
            return false;
        const std::int64_t count = std::min<std::int64_t>(m_roundSize, batchCount - first);
        std::vector<BatchStep> steps(static_cast<size_t>(count));
        m_workers.run(count, [&](std::int64_t k) {
            if (cancel && cancel->isCancelled())
                return;
            std::mt19937_64 batchRng = batchGenerator(m_options.seed, epoch, first + k);
            BatchStep step = computeBatch(batchRows(order, m_batchSize, first + k), batchRng);
            step.gradients = torch::autograd::grad({step.loss}, parameters, {},
                                                   /*retain_graph=*/false,
                                                   /*create_graph=*/false,
                                                   /*allow_unused=*/true);
            step.loss = torch::Tensor();
            steps[size_t(k)] = std::move(step);
        });
        if (cancel && cancel->isCancelled())
            return false;
        std::vector<std::vector<torch::Tensor>> gradients;
        for (BatchStep &step : steps)
            gradients.push_back(std::move(step.gradients));
        m_backend.applyRound(gradients, m_workers);
        for (const BatchStep &step : steps)
            finishBatch(step, epoch, sums);
    }
    return true;
}

// The epoch's curves from the no-grad pass over the pool (and the test set).
void TrainingLoop::measureEpoch(EpochMetrics &metrics)
{
    const torch::Tensor argmax = m_probabilities.argmax(1);
    metrics.shareInside =
        (m_mask.gather(1, argmax.unsqueeze(1)).squeeze(1) > 0.5).sum().item<double>() / m_n;
    metrics.meanConfidence = std::get<0>(m_probabilities.max(1)).mean().item<double>();
    const auto *am = argmax.data_ptr<std::int64_t>();
    const torch::Tensor probabilities = m_probabilities.contiguous();
    const torch::Tensor prior = m_prior.contiguous();
    const auto *p = probabilities.data_ptr<float>();
    const auto *w = prior.data_ptr<float>();
    // The in-sample labels under the run's policy; the posterior needs out-of-fold probabilities,
    // so its curve shows the confident rule.
    const FinalLabelPolicy policy =
        m_options.method == DistillationMethod::Gold          ? FinalLabelPolicy::AllLabels
        : m_options.finalLabel == FinalLabelPolicy::Posterior ? FinalLabelPolicy::ConfidentOverrule
                                                              : m_options.finalLabel;
    int agree = 0, withFirst = 0, correct = 0, withGold = 0;
    for (int i = 0; i < m_n; ++i) {
        if (m_first[size_t(i)] >= 0) {
            ++withFirst;
            agree += am[i] == m_first[size_t(i)];
        }
        if (m_data.gold[size_t(i)] >= 0) {
            ++withGold;
            correct += finalLabel(p + std::int64_t(i) * m_c, m_c, m_ranks[size_t(i)],
                                  w + std::int64_t(i) * m_c, policy,
                                  m_options.refinery.confidenceThreshold) == m_data.gold[size_t(i)];
        }
    }
    metrics.teacherAgreement = withFirst > 0 ? double(agree) / withFirst : 0.0;
    if (withGold > 0)
        metrics.poolAccuracy = double(correct) / withGold;
    if (m_testDataset >= 0) {
        const torch::Tensor testArgmax =
            predictDataset(m_backend, m_testDataset, m_data.testTexts.size(), m_batchSize,
                           &m_workers)
                .argmax(1);
        int right = 0;
        for (int i = 0; i < m_data.testTexts.size(); ++i)
            right += testArgmax[i].item<std::int64_t>() == m_data.testGold[size_t(i)];
        metrics.testAccuracy = double(right) / m_data.testTexts.size();
    }
}

void TrainingLoop::writeCheckpoint(int epochsDone)
{
    TrainingState state;
    state.epochsDone = epochsDone;
    state.warmup = m_warmup;
    state.warmupEpochs = m_warmupEpochs;
    state.insideShares = m_insideShares;
    state.stepsDone = m_stepsDone;
    std::ostringstream rngState;
    rngState << m_rng;
    state.rng = rngState.str();
    state.fingerprint = m_fingerprint;
    state.targets = m_q;
    state.lastSl = m_lastSl;
    auto generator = at::detail::getDefaultCPUGenerator();
    {
        std::lock_guard<std::mutex> lock(generator.mutex());
        state.generator = generator.get_state();
    }
    writeTrainingCheckpoint(m_checkpointDirectory, state, m_backend);
    m_sinceCheckpoint.restart();
}

DistillationOutcome TrainingLoop::run(const EpochCallback &onEpoch,
                                      const ProgressCallback &progress,
                                      const CancellationFlag *cancel)
{
    const DistillationOptions &o = m_options;
    m_backend.setTraining(true);
    const std::int64_t stepsPerEpoch =
        (std::int64_t(m_trainRows.size()) + m_batchSize - 1) / m_batchSize;
    m_meter = std::make_unique<ProgressMeter>(progress, stepsPerEpoch * m_lastEpoch);
    if (m_probe && !m_probe->texts.isEmpty())
        m_probeDataset = m_backend.addDataset(m_probe->texts, &m_workers);
    DistillationOutcome outcome;
    outcome.numClasses = m_c;
    outcome.warmupEpochs = m_warmupEpochs;
    outcome.resumedEpochs = m_firstEpoch;
    QElapsedTimer epochTimer;
    m_sinceCheckpoint.start();

    for (int epoch = m_firstEpoch; epoch < m_lastEpoch; ++epoch) {
        if (cancel && cancel->isCancelled()) {
            outcome.cancelled = true;
            break;
        }
        epochTimer.start();
        EpochMetrics metrics;
        metrics.epoch = epoch + 1;
        metrics.warmup = m_warmup;
        selectForEpoch(epoch, metrics);

        std::vector<std::int64_t> order = m_trainRows;
        std::shuffle(order.begin(), order.end(), m_rng);
        double sums[5] = {0, 0, 0, 0, 0};
        const bool finished = m_roundSize == 1 ? trainSequentially(order, epoch, sums, cancel)
                                               : trainInRounds(order, epoch, sums, cancel);
        if (!finished) {
            outcome.cancelled = true;
            break;
        }

        m_probabilities = predictDataset(m_backend, m_poolDataset, m_n, m_batchSize, &m_workers);
        const double batches = std::max<double>(
            double((std::int64_t(order.size()) + m_batchSize - 1) / m_batchSize), 1.0);
        metrics.loss = sums[0] / batches;
        metrics.lossDr = sums[1] / batches;
        metrics.lossCrIn = sums[2] / batches;
        metrics.lossCrOut = sums[3] / batches;
        metrics.lossMix = sums[4] / batches;
        measureEpoch(metrics);
        if (m_probeDataset >= 0 &&
            std::binary_search(m_probe->epochs.begin(), m_probe->epochs.end(), epoch + 1))
            m_probe->onEpoch(
                epoch + 1, toVector(predictDataset(m_backend, m_probeDataset, m_probe->texts.size(),
                                                   m_batchSize, &m_workers)));
        bool warmupEnded = false;
        if (m_warmup) {
            m_insideShares.push_back(metrics.shareInside);
            if (warmupFinished(o.refinery, m_insideShares)) {
                m_warmup = false;
                warmupEnded = true;
                m_warmupEpochs = epoch + 1;
                outcome.warmupEpochs = m_warmupEpochs;
            }
        }
        metrics.seconds = epochTimer.elapsed() / 1000.0;
        outcome.epochs.push_back(metrics);
        if (onEpoch)
            onEpoch(metrics);
        // Epoch-boundary resume checkpoint: throttled by time, always at the warm-up's end (the
        // costliest state to redo wrongly) and when a cancel arrived during the epoch's callback.
        if (!m_checkpointDirectory.isEmpty() && epoch + 1 < m_lastEpoch &&
            (warmupEnded || (cancel && cancel->isCancelled()) ||
             m_sinceCheckpoint.elapsed() >= qint64(o.checkpointIntervalSeconds * 1000)))
            writeCheckpoint(epoch + 1);
    }
    if (m_candist && m_warmup)
        outcome.warmupEpochs = int(m_insideShares.size());
    m_meter->report(m_stepsDone, QStringLiteral("done"), true);

    if (!m_probabilities.defined() || outcome.cancelled)
        m_probabilities = predictDataset(m_backend, m_poolDataset, m_n, m_batchSize);
    outcome.probabilities = toVector(m_probabilities);
    return outcome;
}

} // namespace candist
