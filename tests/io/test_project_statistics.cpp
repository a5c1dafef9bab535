#include <QJsonArray>
#include <QtTest>

#include "io/project_statistics.h"
#include "store/project_store.h"
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
        store.setLabelSchema(
            LabelSchema({{"a", {}, {}, {}, {}}, {"b", {}, {}, {}, {}}, {"c", {}, {}, {}, {}}}));
        QVector<SampleRow> s(7);
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            const std::optional<int> gold[] = {0, 1, 2, 0, std::nullopt, 1};
            for (int i = 1; i <= 6; ++i)
                s[i] = inserter.insert(QString::number(i), QStringLiteral("text %1").arg(i), {},
                                       gold[i - 1]);
            transaction.commit();
        }
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
};

QTEST_GUILESS_MAIN(ProjectStatisticsTest)
#include "test_project_statistics.moc"
