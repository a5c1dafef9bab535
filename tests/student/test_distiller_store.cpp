#include <QJsonDocument>
#include <QtTest>

#include "io/project_statistics.h"
#include "model/error.h"
#include "store/project_store.h"
#include "student/distiller.h"
#include "student/student_evaluation.h"
#include "synthetic_task.h"
#include "test_files.h"

using namespace candist;

namespace {

// Writes the synthetic task into a new project: samples with gold, teacher candidates (a few
// parse failures), and returns the data used.
DistillationData makeProject(const QString &path, int samples)
{
    const DistillationData data = test::makeSyntheticTask({samples, 200});
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    QVector<Label> labels;
    for (const char *name : {"alpha", "beta", "gamma", "delta"})
        labels.push_back(Label{QLatin1String(name), {}, {}, {}, {}});
    store.setLabelSchema(LabelSchema(labels));
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    QVector<TeacherResult> results;
    for (int i = 0; i < data.size(); ++i) {
        const SampleRow row =
            inserter.insert(QString::number(i + 1), data.texts.at(i), {}, data.gold[size_t(i)]);
        TeacherResult result;
        result.row = row;
        result.strategy = QStringLiteral("imported");
        if (i % 50 == 7) {
            result.status = TeacherStatus::ParseFailed;
        } else {
            result.status = TeacherStatus::Ok;
            for (const int c : data.candidates[size_t(i)])
                result.candidates.push_back(c);
        }
        results.push_back(result);
    }
    transaction.commit();
    store.saveTeacherResults(results);
    return data;
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
        const DistillationData data = makeProject(path, 120);
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

    void runWritesRunEpochsResultsAndCheckpoint()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        const DistillationData data = makeProject(path, 500);
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
        makeProject(path, 300);
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

    void cliDistillRunsAndPrintsJson()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        makeProject(path, 300);
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
