#include <QFileInfo>
#include <QJsonDocument>
#include <QtTest>

#include "io/project_statistics.h"
#include "model/error.h"
#include "store/project_files.h"
#include "store/project_lock.h"
#include "store/project_store.h"
#include "student/distiller.h"
#include "student/student_evaluation.h"
#include "synthetic_task.h"
#include "test_files.h"

using namespace candist;

namespace {

// Two projects with the same content: one to interrupt, one for the uninterrupted reference.
std::pair<QString, QString> makeTwinProjects(const test::Scratch &scratch, int samples)
{
    const QString path = scratch.path(QStringLiteral("p.candist"));
    const QString referencePath = scratch.path(QStringLiteral("reference.candist"));
    test::makeSyntheticProject(path, samples);
    test::makeSyntheticProject(referencePath, samples);
    return {path, referencePath};
}

// Every sample's stored student result in `store` equals the one in `reference`.
void compareStudentResults(const ProjectStore &store, const ProjectStore &reference, int samples)
{
    const QVector<Sample> all = store.samples(0, samples + 1);
    QCOMPARE(all.size(), samples);
    for (const Sample &sample : all) {
        const StudentResult got = *store.studentResult(sample.row);
        const StudentResult want = *reference.studentResult(sample.row);
        QCOMPARE(got.probabilities, want.probabilities);
        QCOMPARE(got.predicted, want.predicted);
        QCOMPARE(got.flags, want.flags);
    }
}

DistillationOptions quickOptions()
{
    DistillationOptions options;
    options.epochs = 10;
    options.threads = 1;
    options.refinery.initialTarget = InitialTarget::Uniform; // the synthetic order is noise
    return options;
}

} // namespace

class TestDistillerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsDataFromTheStore()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        const DistillationData data = test::makeSyntheticProject(path, 120);
        ProjectStore store(path);
        const SampleRow firstRow = store.samples(0, 1).front().row;
        store.recordHumanDecision(
            {firstRow, HumanAction::Label, 3, QDateTime::currentDateTimeUtc()});
        const DistillationData loaded = Distiller::loadData(store);
        QCOMPARE(loaded.numClasses, 4);
        QCOMPARE(loaded.texts, data.texts);
        QCOMPARE(loaded.gold, data.gold);
        QCOMPARE(loaded.humanLabels[0], 3);
        QVERIFY(loaded.candidates[7].empty()); // parse failure: all labels
        QCOMPARE(loaded.candidates[8], data.candidates[8]);
    }

    void spotCheckAnswersAreHeldOutOfTraining()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        const DistillationData data = test::makeSyntheticProject(path, 40);
        ProjectStore store(path);
        const QVector<Sample> samples = store.samples(0, 3);
        store.addSpotChecks({samples[1].row}, 7);
        for (const Sample &sample : samples)
            store.recordHumanDecision({sample.row, HumanAction::Label, 2, {}});
        const DistillationData loaded = Distiller::loadData(store);
        QCOMPARE(loaded.humanLabels[0], 2);
        // The spot check trains from the teacher's candidates, like a sample nobody answered.
        QCOMPARE(loaded.humanLabels[1], -1);
        QCOMPARE(loaded.candidates[1], data.candidates[1]);
        QCOMPARE(loaded.humanLabels[2], 2);
        // Its answer is kept apart, as evidence for choosing the configuration.
        std::vector<int> answers(size_t(data.size()), -1);
        answers[1] = 2;
        QCOMPARE(loaded.spotCheckAnswers, answers);
        // ...and it still leaves the workbench with the human's label.
        QCOMPARE(store.finalLabel(samples[1].row).source, LabelSource::Human);
    }

    void runWritesRunEpochsResultsAndCheckpoint()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        const DistillationData data = test::makeSyntheticProject(path, 500);
        ProjectStore store(path);
        int epochsSeen = 0;
        const DistillationSummary summary =
            Distiller::run(store, quickOptions(), {data.testTexts, data.testGold},
                           [&](const EpochMetrics &) { ++epochsSeen; });
        QCOMPARE(summary.status, QStringLiteral("finished"));
        QCOMPARE(epochsSeen, 10);
        QVERIFY(summary.poolAccuracy && *summary.poolAccuracy > 0.8);
        QVERIFY(summary.testAccuracy.has_value());

        const QVector<DistillationRunInfo> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.front().status, QStringLiteral("finished"));
        QCOMPARE(runs.front().method, QStringLiteral("candist"));
        QCOMPARE(DistillationOptions::fromJson(runs.front().parameters).toJson(),
                 quickOptions().toJson());
        const QVector<QJsonObject> epochs = store.runEpochs(summary.runId);
        QCOMPARE(epochs.size(), 10);
        QVERIFY(epochs.back().contains(QStringLiteral("pool_accuracy")));
        QVERIFY(epochs.back().contains(QStringLiteral("L_dr")));

        const SampleRow row = store.samples(0, 1).front().row;
        const std::optional<StudentResult> result = store.studentResult(row);
        QVERIFY(result.has_value());
        QCOMPARE(result->probabilities.size(), size_t(4));
        QCOMPARE(result->confidence, result->probabilities[size_t(result->predicted)]);
        // `stats` reads the stored results and gold the same way.
        QCOMPARE(ProjectStatistics::compute(store)
                     .value(QStringLiteral("student"))
                     .toObject()
                     .value(QStringLiteral("pool_accuracy"))
                     .toDouble(),
                 *summary.poolAccuracy);
        QVERIFY(QFileInfo::exists(summary.checkpointDirectory + QStringLiteral("/model.pt")));

        // evaluate: the reloaded checkpoint classifies the held-out set like training did.
        const ClassificationReport report = evaluateLatestRun(store, data.testTexts, data.testGold);
        QCOMPARE(report.count, 200);
        QVERIFY(std::abs(report.accuracy - *summary.testAccuracy) < 1e-9);
        QVERIFY(report.macroF1 > 0.5);
        QCOMPARE(report.perClass.size(), 4);
    }

    void cancelledRunKeepsPreviousResults()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::makeSyntheticProject(path, 300);
        ProjectStore store(path);
        DistillationOptions single = quickOptions();
        single.method = DistillationMethod::Single;
        single.epochs = 3;
        Distiller::run(store, single);
        const SampleRow row = store.samples(0, 1).front().row;
        const StudentResult before = *store.studentResult(row);
        CancellationFlag cancel;
        cancel.cancel();
        const DistillationSummary summary =
            Distiller::run(store, quickOptions(), {}, {}, {}, &cancel);
        QCOMPARE(summary.status, QStringLiteral("cancelled"));
        QCOMPARE(store.runs().back().status, QStringLiteral("cancelled"));
        QCOMPARE(store.studentResult(row)->probabilities, before.probabilities);
        QCOMPARE(*store.latestStudentRun(), store.runs().front().id);
    }

    void failedRunIsRecorded()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            QVector<Label> labels{Label{QStringLiteral("a"), {}, {}, {}, {}},
                                  Label{QStringLiteral("b"), {}, {}, {}, {}}};
            store.setLabelSchema(LabelSchema(labels));
            ProjectStore::SampleInserter inserter(store);
            inserter.insert(QStringLiteral("1"), QStringLiteral("text"), {}, std::nullopt);
        }
        ProjectStore store(path);
        DistillationOptions gold = quickOptions();
        gold.method = DistillationMethod::Gold;
        QVERIFY_THROWS_EXCEPTION(Error, Distiller::run(store, gold));
        QCOMPARE(store.runs().back().status, QStringLiteral("failed"));
        QVERIFY(store.runs()
                    .back()
                    .summary.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("gold")));
    }

    // Without a single candidate set the student would learn nothing and write junk labels.
    void refusesAProjectWithoutCandidateSets()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(LabelSchema({Label{QStringLiteral("a"), {}, {}, {}, {}},
                                              Label{QStringLiteral("b"), {}, {}, {}, {}}}));
            ProjectStore::SampleInserter inserter(store);
            inserter.insert(QStringLiteral("1"), QStringLiteral("one text"), {}, std::nullopt);
            inserter.insert(QStringLiteral("2"), QStringLiteral("two texts"), {}, std::nullopt);
        }
        ProjectStore store(path);
        const QString problem = Distiller::readinessProblem(store, DistillationMethod::CanDist);
        QVERIFY2(problem.contains(QStringLiteral("no candidate sets")), qPrintable(problem));
        try {
            Distiller::run(store, quickOptions());
            QFAIL("distilled without candidate sets");
        } catch (const Error &error) {
            QCOMPARE(error.message(), problem);
        }
        QVERIFY(store.runs().isEmpty());
        QVERIFY(!store.studentResult(*store.rowForId(QStringLiteral("1"))));
        const test::ProcessResult cli =
            test::runCli({QStringLiteral("distill"), path, QStringLiteral("--epochs"),
                          QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1")});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.standardError.contains("no candidate sets"), cli.standardError.constData());
        // One human label is a (singleton) candidate set.
        store.recordHumanDecision(
            {*store.rowForId(QStringLiteral("1")), HumanAction::Label, 1, {}});
        QVERIFY(Distiller::readinessProblem(store, DistillationMethod::CanDist).isEmpty());
    }

    // A run whose process died before its first checkpoint is not "running" forever: the next
    // distillation (or the window opening the project) marks it interrupted; a live one is
    // left alone.
    void runsOfDeadProcessesAreMarkedInterrupted()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::makeSyntheticProject(path, 200);
        ProjectStore store(path);
        const qint64 dead = store.beginRun(QStringLiteral("candist"), quickOptions().toJson());
        {
            ProjectLock live; // what a distillation in progress holds
            QVERIFY(live.tryLock(QFileInfo(path).canonicalFilePath(),
                                 QLatin1String(kDistillLockSuffix)));
            QCOMPARE(Distiller::recoverInterruptedRuns(store), 0);
            QCOMPARE(store.runs().back().status, QStringLiteral("running"));
            QVERIFY_THROWS_EXCEPTION(Error, Distiller::run(store, quickOptions()));
        }
        QCOMPARE(Distiller::recoverInterruptedRuns(store), 1);
        QCOMPARE(store.runs().front().id, dead);
        QCOMPARE(store.runs().front().status, QStringLiteral("interrupted"));
        const qint64 another = store.beginRun(QStringLiteral("candist"), quickOptions().toJson());
        Distiller::run(store, quickOptions());
        for (const DistillationRunInfo &run : store.runs())
            QVERIFY2(run.status != QLatin1String("running"), qPrintable(QString::number(run.id)));
        QCOMPARE(store.runs().at(1).id, another);
    }

    // Teacher results or human labels that change while a run trains make it stale.
    void aRunWhoseAnnotationsChangedIsStale()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::makeSyntheticProject(path, 200);
        ProjectStore store(path);
        const SampleRow row = store.samples(0, 1).front().row;
        DistillationOptions options = quickOptions();
        options.epochs = 3;
        bool changed = false;
        const DistillationSummary summary =
            Distiller::run(store, options, {}, [&](const EpochMetrics &) {
                if (changed)
                    return;
                changed = true;
                ProjectStore other(path); // the window's review, say
                other.recordHumanDecision({row, HumanAction::Label, 2, {}});
            });
        QVERIFY(changed);
        QVERIFY(summary.stale);
        QVERIFY(store.runs().back().stale);
        QVERIFY(store.runs().back().summary.value(QStringLiteral("stale")).toBool());
        const DistillationSummary fresh = Distiller::run(store, options);
        QVERIFY(!fresh.stale);
        QVERIFY(!store.runs().back().stale);
    }

    void resumeFinishesAnInterruptedRun()
    {
        test::Scratch scratch;
        const auto [path, referencePath] = makeTwinProjects(scratch, 400);
        DistillationOptions options = quickOptions();
        options.epochs = 8;
        options.checkpointIntervalSeconds = 0;
        ProjectStore reference(referencePath);
        Distiller::run(reference, options);

        ProjectStore store(path);
        CancellationFlag cancel;
        const DistillationSummary cancelled = Distiller::run(
            store, options, {},
            [&](const EpochMetrics &m) {
                if (m.epoch == 3)
                    cancel.cancel();
            },
            {}, &cancel);
        QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
        QCOMPARE(Distiller::resumableRun(store), std::optional<qint64>(cancelled.runId));
        QCOMPARE(store.runEpochs(cancelled.runId).size(), 3);

        std::vector<int> epochsSeen;
        const DistillationSummary resumed = Distiller::resume(
            store, {}, 2, {}, [&](const EpochMetrics &m) { epochsSeen.push_back(m.epoch); });
        QCOMPARE(resumed.runId, cancelled.runId);
        QCOMPARE(resumed.status, QStringLiteral("finished"));
        QCOMPARE(resumed.epochs, 8);
        QCOMPARE(epochsSeen, (std::vector<int>{4, 5, 6, 7, 8}));
        QCOMPARE(store.runs().size(), 1);
        QCOMPARE(store.runs().front().status, QStringLiteral("finished"));
        const QVector<QJsonObject> epochs = store.runEpochs(resumed.runId);
        const QVector<QJsonObject> expected = reference.runEpochs(1);
        QCOMPARE(epochs.size(), 8);
        for (int e = 0; e < 8; ++e)
            QCOMPARE(epochs[e].value(QStringLiteral("loss")),
                     expected[e].value(QStringLiteral("loss")));
        compareStudentResults(store, reference, 400);
        if (QTest::currentTestFailed())
            return;
        // The finished run's checkpoint replaces the resume state.
        QVERIFY(!QFileInfo::exists(Distiller::resumeDirectory(store, resumed.runId)));
        QVERIFY(QFileInfo::exists(resumed.checkpointDirectory + QStringLiteral("/model.pt")));
        QVERIFY(!Distiller::resumableRun(store));

        const auto expectError = [&](std::optional<qint64> run, const QString &part) {
            try {
                Distiller::resume(store, run);
                QFAIL("resume did not refuse");
            } catch (const Error &error) {
                QVERIFY2(error.message().contains(part), qPrintable(error.message()));
            }
        };
        expectError({}, QStringLiteral("no interrupted distillation run with a checkpoint"));
        expectError(resumed.runId, QStringLiteral("run 1 finished; there is nothing to resume"));
        expectError(99, QStringLiteral("there is no distillation run 99"));
    }

    void resumeRefusesChangedProjectsAndRunsWithoutCheckpoint()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::makeSyntheticProject(path, 300);
        ProjectStore store(path);
        DistillationOptions options = quickOptions();
        options.checkpointIntervalSeconds = 0;
        CancellationFlag cancel;
        cancel.cancel();
        const qint64 early = Distiller::run(store, options, {}, {}, {}, &cancel).runId;
        try {
            Distiller::resume(store, early);
            QFAIL("a run without checkpoint was resumed");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(
                         QStringLiteral("run 1 (cancelled) has no checkpoint to resume from")),
                     qPrintable(error.message()));
        }

        cancel.reset();
        const qint64 runId = Distiller::run(
                                 store, options, {},
                                 [&](const EpochMetrics &m) {
                                     if (m.epoch == 2)
                                         cancel.cancel();
                                 },
                                 {}, &cancel)
                                 .runId;
        QCOMPARE(Distiller::resumableRun(store), std::optional<qint64>(runId));
        const SampleRow row = store.samples(0, 1).front().row;
        store.recordHumanDecision({row, HumanAction::Label, 2, QDateTime::currentDateTimeUtc()});
        try {
            Distiller::resume(store);
            QFAIL("a changed project was resumed");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("run 2 cannot be resumed")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("samples or labels changed")));
        }
        QCOMPARE(store.runs().back().status, QStringLiteral("cancelled"));
    }

    // A CLI run killed with SIGKILL mid-training continues with `distill --resume` and ends with
    // the results of an uninterrupted run.
    void cliResumesARunKilledMidTraining()
    {
        test::Scratch scratch;
        const auto [path, referencePath] = makeTwinProjects(scratch, 800);
        const QStringList training{QStringLiteral("--epochs"),
                                   QStringLiteral("30"),
                                   QStringLiteral("--seed"),
                                   QStringLiteral("5"),
                                   QStringLiteral("--checkpoint-interval"),
                                   QStringLiteral("0"),
                                   QStringLiteral("--parallel-batches"),
                                   QStringLiteral("2")};
        const test::ProcessResult whole =
            test::runCli(QStringList{QStringLiteral("distill"), referencePath,
                                     QStringLiteral("--threads"), QStringLiteral("1")} +
                         training);
        QVERIFY2(whole.exitCode == 0, whole.standardError.constData());

        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(test::cliPath(),
                      QStringList{QStringLiteral("distill"), path, QStringLiteral("--threads"),
                                  QStringLiteral("2")} +
                          training);
        QVERIFY(process.waitForStarted());
        process.setReadChannel(QProcess::StandardError);
        QByteArray seen;
        // "epoch 3" is printed after epoch 2's checkpoint was committed.
        while (!seen.contains("epoch 3 ") && process.state() == QProcess::Running)
            if (process.waitForReadyRead(60000))
                seen += process.readAllStandardError();
        QVERIFY2(seen.contains("epoch 3 "), seen.constData());
        process.kill(); // SIGKILL: no handler runs, the run stays "running"
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        {
            ProjectStore store(path);
            QCOMPARE(store.runs().back().status, QStringLiteral("running"));
        }

        const test::ProcessResult wrong =
            test::runCli({QStringLiteral("distill"), path, QStringLiteral("--resume"),
                          QStringLiteral("--epochs"), QStringLiteral("3")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.standardError.contains("--epochs cannot be combined"),
                 wrong.standardError.constData());
        const test::ProcessResult resumed =
            test::runCli({QStringLiteral("distill"), path, QStringLiteral("--resume"),
                          QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(resumed.exitCode == 0, resumed.standardError.constData());
        QVERIFY2(resumed.standardOutput.contains("run 1 finished after 30 epochs"),
                 resumed.standardOutput.constData());
        const test::ProcessResult again =
            test::runCli({QStringLiteral("distill"), path, QStringLiteral("--resume")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.standardError.contains("no interrupted distillation run"),
                 again.standardError.constData());

        ProjectStore store(path);
        ProjectStore reference(referencePath);
        QCOMPARE(store.runEpochs(1).size(), 30);
        compareStudentResults(store, reference, 800);
    }

    void cliDistillRunsAndPrintsJson()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::makeSyntheticProject(path, 300);
        const test::ProcessResult result = test::runCli(
            {QStringLiteral("distill"), path, QStringLiteral("--epochs"), QStringLiteral("4"),
             QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--method"),
             QStringLiteral("vanilla"), QStringLiteral("--no-aux"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        const QJsonObject summary = QJsonDocument::fromJson(result.standardOutput).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(summary.value(QStringLiteral("epochs")).toInt(), 4);
        ProjectStore store(path);
        QCOMPARE(store.runs().back().method, QStringLiteral("vanilla"));
        QCOMPARE(store.runs()
                     .back()
                     .parameters.value(QStringLiteral("refinery"))
                     .toObject()
                     .value(QStringLiteral("auxiliary"))
                     .toBool(),
                 false);

        // evaluate reloads the run's checkpoint and scores a labelled CSV.
        const DistillationData fresh = test::makeSyntheticTask({300, 60});
        QByteArray csv = "label,text\n";
        const char *names[] = {"alpha", "beta", "gamma", "delta"};
        for (qsizetype i = 0; i < fresh.testTexts.size(); ++i)
            csv += QByteArray(names[fresh.testGold[size_t(i)]]) + ",\"" +
                   fresh.testTexts.at(i).toUtf8() + "\"\n";
        const QString testCsv = scratch.write(QStringLiteral("test.csv"), csv);
        const test::ProcessResult evaluated = test::runCli(
            {QStringLiteral("evaluate"), path, QStringLiteral("--input"), testCsv,
             QStringLiteral("--gold-column"), QStringLiteral("label"), QStringLiteral("--json")});
        QVERIFY2(evaluated.exitCode == 0, evaluated.standardError.constData());
        const QJsonObject report = QJsonDocument::fromJson(evaluated.standardOutput).object();
        QCOMPARE(report.value(QStringLiteral("count")).toInt(), 60);
        QVERIFY(report.value(QStringLiteral("accuracy")).toDouble() > 0.5);
        QVERIFY(report.value(QStringLiteral("macro_f1")).toDouble() > 0.4);
        QCOMPARE(report.value(QStringLiteral("per_class")).toObject().size(), 4);

        const QString badCsv =
            scratch.write(QStringLiteral("bad.csv"), "label,text\nalpha,c0w1 f2\nomega,c1w1\n");
        const test::ProcessResult badLabel =
            test::runCli({QStringLiteral("evaluate"), path, QStringLiteral("--input"), badCsv,
                          QStringLiteral("--gold-column"), QStringLiteral("label")});
        QCOMPARE(badLabel.exitCode, 1);
        QVERIFY2(badLabel.standardError.contains("bad.csv:3:1"),
                 badLabel.standardError.constData());
        QVERIFY(badLabel.standardError.contains("omega"));

        const test::ProcessResult bad = test::runCli(
            {QStringLiteral("distill"), path, QStringLiteral("--method"), QStringLiteral("magic")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.standardError.contains("magic"));

        const test::ProcessResult crossFitted = test::runCli(
            {QStringLiteral("distill"), path, QStringLiteral("--epochs"), QStringLiteral("3"),
             QStringLiteral("--method"), QStringLiteral("single"), QStringLiteral("--cross-fit"),
             QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(crossFitted.exitCode == 0, crossFitted.standardError.constData());
        QCOMPARE(QJsonDocument::fromJson(crossFitted.standardOutput)
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("finished"));
        QCOMPARE(ProjectStore(path)
                     .runs()
                     .back()
                     .parameters.value(QStringLiteral("cross_fit_folds"))
                     .toInt(),
                 2);
        const test::ProcessResult oneFold = test::runCli(
            {QStringLiteral("distill"), path, QStringLiteral("--cross-fit"), QStringLiteral("1")});
        QCOMPARE(oneFold.exitCode, 2);
        QVERIFY(oneFold.standardError.contains("--cross-fit"));
    }
};

QTEST_GUILESS_MAIN(TestDistillerStore)
#include "test_distiller_store.moc"
