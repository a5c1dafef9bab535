#include "student/distiller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

#include "model/error.h"
#include "store/project_store.h"
#include "student/distillation_engine.h"

namespace candist {

namespace {

constexpr int kResultBatch = 2000;

} // namespace

QJsonObject DistillationSummary::toJson() const
{
    QJsonObject json{
        {QStringLiteral("run"), double(runId)},
        {QStringLiteral("status"), status},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("warmup_epochs"), warmupEpochs},
        {QStringLiteral("teacher_agreement"), teacherAgreement},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("checkpoint"), checkpointDirectory},
    };
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
    for (const auto &[row, label] : store.humanLabels()) {
        const auto it = index.constFind(row);
        if (it != index.constEnd())
            data.humanLabels[size_t(it.value())] = label;
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

DistillationSummary Distiller::run(ProjectStore &store, const DistillationOptions &options,
                                   const HeldOutSet &testSet, const EpochCallback &onEpoch,
                                   const ProgressCallback &progress, const CancellationFlag *cancel)
{
    options.validate();
    QElapsedTimer timer;
    timer.start();
    DistillationData data = loadData(store);
    if (data.texts.isEmpty())
        throw Error(QStringLiteral("%1: the project has no samples to distil").arg(store.path()));
    const std::vector<SampleRow> rows = [&] {
        std::vector<SampleRow> all;
        store.forEachSample([&](const Sample &sample) { all.push_back(sample.row); });
        return all;
    }();
    data.testTexts = testSet.texts;
    data.testGold = testSet.gold;

    QJsonObject parameters = options.toJson();
    parameters.insert(QStringLiteral("threads_used"), trainingThreads(options));
    const qint64 runId = store.beginRun(methodName(options.method), parameters);
    DistillationSummary summary;
    summary.runId = runId;
    try {
        DistillationEngine engine(options);
        const EpochCallback record = [&](const EpochMetrics &metrics) {
            store.saveEpoch(runId, metrics.epoch, metrics.toJson());
            if (onEpoch)
                onEpoch(metrics);
        };
        const DistillationOutcome outcome = engine.train(data, record, progress, cancel);
        summary.epochs = int(outcome.epochs.size());
        summary.warmupEpochs = outcome.warmupEpochs;
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
        summary.checkpointDirectory = checkpointDirectory(store, runId);
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
        store.finishRun(runId, summary.status, summary.toJson());
        transaction.commit();
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

} // namespace candist
