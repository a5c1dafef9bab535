#include <cmath>

#include <QJsonArray>
#include <QtTest>

#include "io/label_quality_estimate.h"
#include "io/project_statistics.h"
#include "store/project_store.h"
#include "store/queries/sample_note_query.h"
#include "test_files.h"

using namespace candist;

namespace {

TeacherResult teacher(SampleRow row, TeacherStatus status, QVector<int> candidates,
                      int promptTokens = 0, int completionTokens = 0)
{
    TeacherResult result;
    result.row = row;
    result.strategy = "ca_all";
    result.status = status;
    result.candidates = std::move(candidates);
    result.promptTokens = promptTokens;
    result.completionTokens = completionTokens;
    return result;
}

StudentResult student(SampleRow row, int predicted)
{
    StudentResult result;
    result.row = row;
    result.probabilities = {0.1f, 0.1f, 0.1f};
    result.probabilities[size_t(predicted)] = 0.8f;
    result.predicted = predicted;
    result.confidence = 0.8f;
    return result;
}

// Labels a, b, c and samples "1".."6" with the given gold; s[i] is the row of sample i.
QVector<SampleRow> sixSamples(ProjectStore &store, const std::vector<std::optional<int>> &gold)
{
    store.setLabelSchema(
        LabelSchema({{"a", {}, {}, {}, {}}, {"b", {}, {}, {}, {}}, {"c", {}, {}, {}, {}}}));
    QVector<SampleRow> s(7);
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    for (int i = 1; i <= 6; ++i)
        s[i] = inserter.insert(QString::number(i), QStringLiteral("text %1").arg(i), {},
                               gold[size_t(i - 1)]);
    transaction.commit();
    return s;
}

} // namespace

class ProjectStatisticsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every figure below is computed by hand in the comments.
    void matchesHandComputedFigures()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path("p.candist"), ProjectStore::OpenMode::CreateIfMissing);
        const QVector<SampleRow> s = sixSamples(store, {0, 1, 2, 0, std::nullopt, 1});
        store.saveTeacherResults({
            teacher(s[1], TeacherStatus::Ok, {0}, 10, 5),      // right, covered, |S| 1
            teacher(s[2], TeacherStatus::Ok, {0, 1}, 20, 7),   // wrong, covered, |S| 2
            teacher(s[3], TeacherStatus::ParseFailed, {}),     // wrong, covered, |S| = C = 3
            teacher(s[4], TeacherStatus::Ok, {1, 2}),          // wrong, not covered, |S| 2
            teacher(s[5], TeacherStatus::Ok, {2}),             // no gold: not evaluated
            teacher(s[6], TeacherStatus::TransportFailed, {}), // not answered: not evaluated
        });
        const qint64 run = store.beginRun("candist", {});
        store.saveStudentResults(run, {student(s[1], 0), student(s[2], 0), student(s[4], 0)});
        store.recordHumanDecision({s[3], HumanAction::Label, 2, {}});
        store.recordHumanDecision({s[6], HumanAction::Skip, -1, {}});

        const QJsonObject stats = ProjectStatistics::compute(store);
        QCOMPARE(stats["samples"].toInteger(), 6);
        QCOMPARE(stats["labels"].toInteger(), 3);
        QCOMPARE(stats["label_names"].toArray(), QJsonArray({"a", "b", "c"}));
        const QJsonObject gold = stats["gold"].toObject();
        QCOMPARE(gold["samples"].toInteger(), 5);
        QCOMPARE(gold["counts"].toObject(), QJsonObject({{"a", 2}, {"b", 2}, {"c", 1}}));

        const QJsonObject t = stats["teacher"].toObject();
        QCOMPARE(t["annotated"].toInteger(), 4);
        QCOMPARE(t["pending"].toInteger(), 0);
        QCOMPARE(t["parse_failed"].toInteger(), 1);
        QCOMPARE(t["transport_failed"].toInteger(), 1);
        QCOMPARE(t["prompt_tokens"].toInteger(), 30);
        QCOMPARE(t["completion_tokens"].toInteger(), 12);
        QCOMPARE(t["tokens"].toInteger(), 42);
        QCOMPARE(t["evaluated"].toInteger(), 4);
        QCOMPARE(t["single_accuracy"].toDouble(), 0.25);
        QCOMPARE(t["coverage"].toDouble(), 0.75);
        QCOMPARE(t["mean_set_size"].toDouble(), 2.0); // (1 + 2 + 3 + 2) / 4
        // beta = (3 - 2) / (3 - 1) = 0.5; F1 = 2 * 0.75 * 0.5 / 1.25 = 0.6
        QCOMPARE(t["f1"].toDouble(), 0.6);

        const QJsonObject st = stats["student"].toObject();
        QCOMPARE(st["samples"].toInteger(), 3);
        QCOMPARE(st["latest_run"].toInteger(), run);
        QCOMPARE(st["pool_accuracy"].toDouble(), 2.0 / 3.0); // s1 right, s2 wrong, s4 right

        // s1 s2 s4 student, s3 human, s5 teacher, s6 skipped with a transport failure.
        const QJsonObject resolved = stats["resolved"].toObject();
        QCOMPARE(resolved["by_teacher"].toInteger(), 1);
        QCOMPARE(resolved["by_student"].toInteger(), 3);
        QCOMPARE(resolved["by_human"].toInteger(), 1);
        QCOMPARE(resolved["unresolved"].toInteger(), 1);
        QCOMPARE(resolved["accuracy"].toDouble(), 0.75); // s1 s3 s4 right, s2 wrong

        const QJsonObject human = stats["human"].toObject();
        QCOMPARE(human["labelled"].toInteger(), 1);
        QCOMPARE(human["skipped"].toInteger(), 1);

        const QString text = ProjectStatistics::toText(stats);
        QVERIFY(text.contains(QStringLiteral("teacher coverage:          75.00 %")));
        QVERIFY(text.contains(QStringLiteral("resolved by student:       3")));
    }

    void leavesOutAccuracyWithoutGold()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path("p.candist"), ProjectStore::OpenMode::CreateIfMissing);
        store.setLabelSchema(LabelSchema({{"a", {}, {}, {}, {}}, {"b", {}, {}, {}, {}}}));
        SampleRow row = 0;
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            row = inserter.insert("1", "x", {}, std::nullopt);
            inserter.insert("2", "y", {}, std::nullopt);
            transaction.commit();
        }
        store.saveTeacherResults({teacher(row, TeacherStatus::Ok, {1})});
        const QJsonObject stats = ProjectStatistics::compute(store);
        const QJsonObject t = stats["teacher"].toObject();
        QCOMPARE(t["annotated"].toInteger(), 1);
        QCOMPARE(t["pending"].toInteger(), 1);
        for (const char *key : {"single_accuracy", "coverage", "mean_set_size", "f1"})
            QVERIFY2(!t.contains(QLatin1String(key)), key);
        QVERIFY(!stats["student"].toObject().contains("pool_accuracy"));
        QVERIFY(!stats["resolved"].toObject().contains("accuracy"));
        QCOMPARE(stats["resolved"].toObject()["by_teacher"].toInteger(), 1);
    }

    // The annotators' notes are counted per flag and with a comment (issue 15).
    void countsFlaggedAndCommentedSamples()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path("p.candist"), ProjectStore::OpenMode::CreateIfMissing);
        store.setLabelSchema(LabelSchema({{"a", {}, {}, {}, {}}, {"b", {}, {}, {}, {}}}));
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (const char *id : {"1", "2", "3"})
                inserter.insert(QLatin1String(id), QStringLiteral("text"), {}, std::nullopt);
            transaction.commit();
        }
        const auto note = [](SampleRow row, quint32 flags, const QString &comment) {
            SampleNote result;
            result.row = row;
            result.flags = flags;
            result.comment = comment;
            return result;
        };
        sample_note_query::save(store, {note(1, SampleNote::Discuss | SampleNote::SchemaGap, {}),
                                        note(2, SampleNote::Discuss, QStringLiteral("why?")),
                                        note(3, 0, QStringLiteral("fine, but long"))});
        const QJsonObject stats = ProjectStatistics::compute(store);
        const QJsonObject notes = stats["notes"].toObject();
        QCOMPARE(notes["flagged"].toInteger(), 2);
        QCOMPARE(notes["discuss"].toInteger(), 2);
        QCOMPARE(notes["bad_text"].toInteger(), 0);
        QCOMPARE(notes["schema_gap"].toInteger(), 1);
        QCOMPARE(notes["commented"].toInteger(), 2);
        const QString text = ProjectStatistics::toText(stats);
        QVERIFY2(text.contains(QStringLiteral(
                     "flagged samples:           2 (discuss 2, bad text 0, schema gap 1)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("commented samples:         2")));
    }

    // A project by hand: rows 1-3 are spot checks, row 4 a review-queue label (outside the
    // population the spot checks stand for), rows 5 and 6 machine-labelled.
    void estimatesAProjectFromItsSpotChecks()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path("p.candist"), ProjectStore::OpenMode::CreateIfMissing);
        const QVector<SampleRow> s = sixSamples(store, std::vector<std::optional<int>>(6));
        QJsonObject estimates = ProjectStatistics::compute(store)["estimates"].toObject();
        QCOMPARE(estimates["spot_checks"].toObject()["drawn"].toInteger(), 0);
        QVERIFY(estimates["final"].toObject()["accuracy"].isNull());
        QCOMPARE(estimates["final"].toObject()["n"].toInteger(), 0);

        // Teacher: 0 0 1 0 2 1 (row 6 with votes 3:1, confidence 0.75); student: 0 1 2 0 1 on
        // rows 1-5 at confidence 0.8; humans: row 1 a, row 2 a, row 3 b, row 4 c.
        const TeacherStatus ok = TeacherStatus::Ok;
        TeacherResult voted = teacher(s[6], ok, {1, 2});
        voted.votes = {3, 1};
        store.saveTeacherResults({teacher(s[1], ok, {0}), teacher(s[2], ok, {0}),
                                  teacher(s[3], ok, {1}), teacher(s[4], ok, {0}),
                                  teacher(s[5], ok, {2}), voted});
        const qint64 run = store.beginRun("candist", {});
        store.saveStudentResults(run, {student(s[1], 0), student(s[2], 1), student(s[3], 2),
                                       student(s[4], 0), student(s[5], 1)});
        store.addSpotChecks({s[3], s[1], s[2]}, 11);
        store.recordHumanDecision({s[1], HumanAction::Label, 0, {}});
        store.recordHumanDecision({s[2], HumanAction::Label, 0, {}});
        store.recordHumanDecision({s[3], HumanAction::Label, 1, {}});
        store.recordHumanDecision({s[4], HumanAction::Label, 2, {}});

        const QJsonObject statistics = ProjectStatistics::compute(store);
        estimates = statistics["estimates"].toObject();
        QCOMPARE(estimates["spot_checks"].toObject()["drawn"].toInteger(), 3);
        QCOMPARE(estimates["spot_checks"].toObject()["answered"].toInteger(), 3);

        // Teacher right on rows 1, 2, 3 (0, 0, b): 3 of 3; no PPI, as rows 1-5 have no votes.
        const QJsonObject teacherEstimate = estimates["teacher"].toObject();
        QCOMPARE(teacherEstimate["n"].toInteger(), 3);
        QCOMPARE(teacherEstimate["correct"].toInteger(), 3);
        QCOMPARE(teacherEstimate["ci_high"].toDouble(), 1.0);
        QCOMPARE(teacherEstimate["ci_low"].toDouble(), wilsonInterval(3, 3)->low);
        QVERIFY(teacherEstimate["prediction_powered"].isNull());
        QCOMPARE(teacherEstimate["labelled"].toInteger(), 5); // rows 1, 2, 3, 5, 6

        // Student right on row 1 only; its population labels are rows 1, 2, 3, 5, all at 0.8:
        // 0.8 + mean(0.2, -0.8, -0.8) = 1/3, residual variance 1/3, pool variance 0.
        const QJsonObject studentEstimate = estimates["student"].toObject();
        QCOMPARE(studentEstimate["n"].toInteger(), 3);
        QCOMPARE(studentEstimate["correct"].toInteger(), 1);
        QCOMPARE(studentEstimate["accuracy"].toDouble(), 1.0 / 3);
        QCOMPARE(studentEstimate["ci_low"].toDouble(), wilsonInterval(1, 3)->low);
        QCOMPARE(studentEstimate["labelled"].toInteger(), 4);
        const QJsonObject studentPpi = studentEstimate["prediction_powered"].toObject();
        QVERIFY(std::abs(studentPpi["accuracy"].toDouble() - 1.0 / 3) < 1e-6);
        QCOMPARE(studentPpi["ci_low"].toDouble(), 0.0);
        QVERIFY(std::abs(studentPpi["ci_high"].toDouble() - (1.0 / 3 + kZ95 * std::sqrt(1.0 / 9))) <
                1e-6);

        // Final (the machine's): the student's on rows 1-5, the teacher's on row 6 (0.75), so
        // the pool mean is 0.79 with variance 0.0005.
        const QJsonObject finalEstimate = estimates["final"].toObject();
        QCOMPARE(finalEstimate["correct"].toInteger(), 1);
        const QJsonObject finalPpi = finalEstimate["prediction_powered"].toObject();
        QVERIFY(std::abs(finalPpi["accuracy"].toDouble() - (0.79 - 0.8 + 1.0 / 3)) < 1e-6);
        QVERIFY(std::abs(finalPpi["ci_high"].toDouble() -
                         (0.79 - 0.8 + 1.0 / 3 + kZ95 * std::sqrt(0.0005 / 5 + 1.0 / 9))) < 1e-6);
        // Rows 5 and 6 leave with machine labels: 2/3 of 2 expected wrong.
        const QJsonObject wrong = finalEstimate["expected_wrong"].toObject();
        QCOMPARE(wrong["machine_labelled"].toInteger(), 2);
        QVERIFY(std::abs(wrong["estimate"].toDouble() - 4.0 / 3) < 1e-9);

        const QString text = ProjectStatistics::toText(statistics);
        QVERIFY2(text.contains("spot checks:               3 drawn, 3 answered\n"),
                 qPrintable(text));
        QVERIFY2(text.contains("student labels ≈ 33 % correct (95 % CI 6–79 %, 3 spot checks); "
                               "prediction-powered ≈ 33 % (95 % CI 0–99 %)\n"),
                 qPrintable(text));
        QVERIFY2(text.contains(", about 1 of 2 machine labels expected wrong (0–2)\n"),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(ProjectStatisticsTest)
#include "test_project_statistics.moc"
