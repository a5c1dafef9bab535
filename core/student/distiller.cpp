#include "student/distiller.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include "model/error.h"
#include "store/project_files.h"
#include "store/project_lock.h"
#include "store/project_store.h"
#include "student/distillation_engine.h"
#include "student/student_text.h"
#include "student/word_vector_choice.h"

namespace candist {

namespace {

constexpr int kResultBatch = 2000;

QString lockPath(const ProjectStore &store)
{
    const QString canonical = QFileInfo(store.path()).canonicalFilePath();
    return canonical.isEmpty() ? store.path() : canonical;
}

// Taken before a run is begun or reopened and held until it is recorded: "running" without
// this lock held means the process died.
void lockForDistillation(ProjectLock &lock, ProjectStore &store)
{
    ProjectLock::Holder holder;
    if (!lock.tryLock(lockPath(store), QLatin1String(kDistillLockSuffix), &holder)) {
        throw Error(
            Error::Kind::Busy, {store.path()},
            StudentText::tr("the project is being distilled by process %1 on %2; wait for that run "
                            "to end or stop it")
                .arg(holder.pid > 0 ? QString::number(holder.pid) : QStringLiteral("?"),
                     holder.host.isEmpty() ? QStringLiteral("this host") : holder.host));
    }
    store.markRunningRunsInterrupted();
}

} // namespace

QJsonObject DistillationSummary::toJson() const
{
    QJsonObject json{
        {QStringLiteral("run"), double(runId)},
        {QStringLiteral("stale"), stale},
        {QStringLiteral("status"), status},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("warmup_epochs"), warmupEpochs},
        {QStringLiteral("teacher_agreement"), teacherAgreement},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("checkpoint"), checkpointDirectory},
        {QStringLiteral("word_vectors"),
         wordVectors.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(wordVectors)},
    };
    if (!selection.isEmpty())
        json.insert(QStringLiteral("selection"), selection);
    if (poolAccuracy)
        json.insert(QStringLiteral("pool_accuracy"), *poolAccuracy);
    if (testAccuracy)
        json.insert(QStringLiteral("test_accuracy"), *testAccuracy);
    return json;
}

DistillationData Distiller::loadData(const ProjectStore &store)
{
    DistillationData data;
    data.numClasses = store.labelSchema().size();
    QHash<SampleRow, int> index;
    store.forEachSample([&](const Sample &sample) {
        index.insert(sample.row, data.texts.size());
        data.texts << sample.text;
    });
    const size_t n = size_t(data.texts.size());
    data.candidates.assign(n, {});
    data.votes.assign(n, {});
    data.humanLabels.assign(n, -1);
    data.gold.assign(n, -1);
    store.forEachTeacherResult([&](const TeacherResult &result) {
        const auto it = index.constFind(result.row);
        // Failed or pending results carry no information: the candidate set stays all labels.
        if (it == index.constEnd() || result.status != TeacherStatus::Ok)
            return;
        auto &candidates = data.candidates[size_t(it.value())];
        candidates.assign(result.candidates.begin(), result.candidates.end());
        if (result.votes.size() == result.candidates.size())
            data.votes[size_t(it.value())].assign(result.votes.begin(), result.votes.end());
    });
    // A spot check's answer is held out of training: it estimates the accuracy of this very
    // student (stats' estimates), which an answer it had learnt would inflate, and the
    // prediction-powered estimate needs a student that never saw the answers. The sample trains
    // like any other, from the teacher's candidates (docs/label-quality.md). Its final label is
    // still the human's, and with enough of them the answers choose the configuration.
    const QVector<SampleRow> spotCheckRows = store.spotCheckRows();
    const QSet<SampleRow> spotChecks(spotCheckRows.cbegin(), spotCheckRows.cend());
    data.spotCheckAnswers.assign(n, -1);
    for (const auto &[row, label] : store.humanLabels()) {
        const auto it = index.constFind(row);
        if (it == index.constEnd())
            continue;
        (spotChecks.contains(row) ? data.spotCheckAnswers : data.humanLabels)[size_t(it.value())] =
            label;
    }
    for (const auto &[row, label] : store.goldLabels()) {
        const auto it = index.constFind(row);
        if (it != index.constEnd())
            data.gold[size_t(it.value())] = label;
    }
    return data;
}

QString Distiller::checkpointDirectory(const ProjectStore &store, qint64 runId)
{
    const QFileInfo project(store.path());
    return QDir(project.absolutePath())
        .filePath(project.fileName() + QStringLiteral(".student/run-%1").arg(runId));
}

namespace {

std::vector<SampleRow> sampleRows(const ProjectStore &store)
{
    std::vector<SampleRow> all;
    store.forEachSample([&](const Sample &sample) { all.push_back(sample.row); });
    return all;
}

// Trains (fresh or resumed, as `engine` is set up) and records run `runId`: its epochs, its
// checkpoint and, when it finishes, all student results in one transaction.
DistillationSummary trainAndRecord(ProjectStore &store, qint64 runId, DistillationEngine &engine,
                                   const DistillationData &data, const EpochCallback &onEpoch,
                                   const ProgressCallback &progress, const CancellationFlag *cancel)
{
    QElapsedTimer timer;
    timer.start();
    // What the run started from (a resumed run: when it first started; resume refuses changed
    // annotations, so this only catches changes while it trains).
    const QJsonValue started = [&] {
        for (const DistillationRunInfo &run : store.runs())
            if (run.id == runId)
                return run.parameters.value(QLatin1String("annotation_revision"));
        return QJsonValue();
    }();
    const qint64 revision =
        started.isUndefined() ? store.annotationRevision() : started.toInteger();
    const std::vector<SampleRow> rows = sampleRows(store);
    DistillationSummary summary;
    summary.runId = runId;
    summary.wordVectors = engine.options().bag.wordVectors.name;
    try {
        const EpochCallback record = [&](const EpochMetrics &metrics) {
            store.saveEpoch(runId, metrics.epoch, metrics.toJson());
            if (onEpoch)
                onEpoch(metrics);
        };
        const DistillationOutcome outcome = engine.train(data, record, progress, cancel);
        summary.epochs = outcome.resumedEpochs + int(outcome.epochs.size());
        summary.warmupEpochs = outcome.warmupEpochs;
        summary.selection = outcome.selection;
        if (!outcome.epochs.empty()) {
            summary.poolAccuracy = outcome.poolAccuracy;
            summary.testAccuracy = outcome.epochs.back().testAccuracy;
            summary.teacherAgreement = outcome.epochs.back().teacherAgreement;
        }
        summary.seconds = timer.elapsed() / 1000.0;
        if (outcome.cancelled) {
            summary.status = QStringLiteral("cancelled");
            store.finishRun(runId, summary.status, summary.toJson());
            return summary;
        }
        summary.checkpointDirectory = Distiller::checkpointDirectory(store, runId);
        engine.saveCheckpoint(summary.checkpointDirectory);
        summary.status = QStringLiteral("finished");

        // All results and the run's end in one transaction: a crash leaves the old results.
        ProjectStore::Transaction transaction(store);
        const int c = data.numClasses;
        for (size_t start = 0; start < rows.size(); start += kResultBatch) {
            QVector<StudentResult> batch;
            for (size_t i = start; i < std::min(rows.size(), start + kResultBatch); ++i) {
                StudentResult result;
                result.row = rows[i];
                result.probabilities.assign(outcome.probabilities.begin() + std::ptrdiff_t(i) * c,
                                            outcome.probabilities.begin() +
                                                std::ptrdiff_t(i + 1) * c);
                result.predicted = outcome.predicted[i];
                result.confidence = outcome.confidence[i];
                result.flags = outcome.flags[i];
                batch.push_back(std::move(result));
            }
            store.saveStudentResults(runId, batch);
        }
        summary.seconds = timer.elapsed() / 1000.0;
        summary.stale = store.annotationRevision() != revision;
        store.finishRun(runId, summary.status, summary.toJson());
        transaction.commit();
        // The finished run's checkpoint supersedes the resume state (tens of MB for large pools).
        QDir(Distiller::resumeDirectory(store, runId)).removeRecursively();
        return summary;
    } catch (const std::exception &error) {
        QJsonObject failure = summary.toJson();
        failure.insert(QStringLiteral("status"), QStringLiteral("failed"));
        failure.insert(QStringLiteral("error"), QString::fromUtf8(error.what()));
        try {
            store.finishRun(runId, QStringLiteral("failed"), failure);
        } catch (const Error &) {
            // The original error matters more than the bookkeeping one.
        }
        throw;
    }
}

} // namespace

QString Distiller::resumeDirectory(const ProjectStore &store, qint64 runId)
{
    return QDir(checkpointDirectory(store, runId)).filePath(QStringLiteral("resume"));
}

DistillationSummary Distiller::run(ProjectStore &store, const DistillationOptions &options,
                                   const HeldOutSet &testSet, const EpochCallback &onEpoch,
                                   const ProgressCallback &progress, const CancellationFlag *cancel)
{
    options.validate();
    if (const QString problem = readinessProblem(store, options.method); !problem.isEmpty())
        throw Error(problem);
    // The run records which vectors it trains with (a bad file fails here, before any run).
    DistillationOptions recorded = options;
    recorded.bag.wordVectors = options.student == StudentKind::HashedBag
                                   ? identifyWordVectors(options.bag.wordVectors.path)
                                   : WordVectorsIdentity();
    ProjectLock lock;
    lockForDistillation(lock, store);
    DistillationData data = loadData(store);
    data.testTexts = testSet.texts;
    data.testGold = testSet.gold;

    QJsonObject parameters = recorded.toJson();
    parameters.insert(QStringLiteral("threads_used"), effectiveThreads(recorded));
    const qint64 runId = store.beginRun(methodName(recorded.method), parameters);
    DistillationEngine engine(recorded);
    engine.setResumeCheckpointDirectory(resumeDirectory(store, runId));
    return trainAndRecord(store, runId, engine, data, onEpoch, progress, cancel);
}

QString Distiller::readinessProblem(const ProjectStore &store, DistillationMethod method)
{
    if (store.sampleCount() == 0)
        return QStringLiteral("%1: the project has no samples to distil").arg(store.path());
    if (method == DistillationMethod::Gold)
        return {}; // trains on gold, not on candidate sets (the engine checks there is gold)
    if (store.teacherResultCount(TeacherStatus::Ok) > 0 || !store.humanLabels().empty())
        return {};
    return QStringLiteral("%1: the project has no candidate sets to distil from: no teacher "
                          "result with candidates and no human label. Run teach (or "
                          "import-annotations) first.")
        .arg(store.path());
}

int Distiller::recoverInterruptedRuns(ProjectStore &store)
{
    ProjectLock lock;
    if (!lock.tryLock(lockPath(store), QLatin1String(kDistillLockSuffix)))
        return 0; // a distillation is in progress: its run is alive
    return store.markRunningRunsInterrupted();
}

std::optional<qint64> Distiller::resumableRun(const ProjectStore &store)
{
    const QVector<DistillationRunInfo> runs = store.runs();
    for (auto it = runs.crbegin(); it != runs.crend(); ++it)
        if (it->status != QLatin1String("finished") &&
            DistillationEngine::hasResumeCheckpoint(resumeDirectory(store, it->id)))
            return it->id;
    return std::nullopt;
}

DistillationSummary Distiller::resume(ProjectStore &store, std::optional<qint64> runId,
                                      std::optional<int> threads, const HeldOutSet &testSet,
                                      const EpochCallback &onEpoch,
                                      const ProgressCallback &progress,
                                      const CancellationFlag *cancel, const QString &wordVectors)
{
    if (!runId) {
        runId = resumableRun(store);
        if (!runId)
            throw Error(
                Error::Kind::BadInput, {store.path()},
                StudentText::tr(
                    "no interrupted distillation run with a checkpoint to resume (finished "
                    "runs and runs stopped before their first checkpoint cannot be resumed)"));
    }
    const QVector<DistillationRunInfo> runs = store.runs();
    const auto info = std::find_if(runs.cbegin(), runs.cend(), [&](const DistillationRunInfo &run) {
        return run.id == *runId;
    });
    if (info == runs.cend())
        throw Error(Error::Kind::BadInput, {store.path()},
                    StudentText::tr("there is no distillation run %1").arg(*runId));
    if (info->status == QLatin1String("finished"))
        throw Error(Error::Kind::BadInput, {store.path()},
                    StudentText::tr("run %1 finished; there is nothing to resume").arg(*runId));
    const QString directory = resumeDirectory(store, *runId);
    if (!DistillationEngine::hasResumeCheckpoint(directory))
        throw Error(
            Error::Kind::BadInput, {store.path()},
            StudentText::tr("run %1 (%2) has no checkpoint to resume from: it stopped before its "
                            "first one (written every checkpoint_interval_seconds and at the end "
                            "of the warm-up)")
                .arg(*runId)
                .arg(info->status));
    ProjectLock lock;
    lockForDistillation(lock, store);
    DistillationOptions options = DistillationOptions::fromJson(info->parameters);
    if (threads)
        options.threads = *threads;
    options.bag.wordVectors = wordVectorsForRun(options.bag.wordVectors, wordVectors,
                                                QStringLiteral("run %1").arg(*runId));
    options.validate();
    DistillationData data = loadData(store);
    data.testTexts = testSet.texts;
    data.testGold = testSet.gold;
    try {
        DistillationEngine::verifyResumeCheckpoint(directory, data);
    } catch (const Error &error) {
        throw Error(
            Error::Kind::BadInput, {store.path()},
            StudentText::tr("run %1 cannot be resumed: %2").arg(*runId).arg(error.message()));
    }
    store.reopenRun(*runId);
    DistillationEngine engine(options);
    engine.resumeFrom(directory);
    engine.setResumeCheckpointDirectory(directory);
    return trainAndRecord(store, *runId, engine, data, onEpoch, progress, cancel);
}

} // namespace candist
