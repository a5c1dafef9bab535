// Bulk decisions of the sample table: the plan (bulk_decision_query) and the one-transaction
// write (ProjectStore::recordHumanDecisions).
#include <QtTest>

#include "model/error.h"
#include "store/project_store.h"
#include "store/queries/bulk_decision_query.h"
#include "test_files.h"

using namespace candist;
using Target = bulk_decision_query::Target;
using Change = ProjectStore::DecisionChange;

namespace {

TeacherResult teacher(SampleRow row, QVector<int> candidates, TeacherStatus status)
{
    TeacherResult result;
    result.row = row;
    result.strategy = QStringLiteral("ca_all");
    result.candidates = std::move(candidates);
    result.status = status;
    return result;
}

StudentResult student(SampleRow row, int predicted)
{
    StudentResult result;
    result.row = row;
    result.probabilities = {0.2f, 0.2f, 0.2f};
    result.probabilities[size_t(predicted)] = 0.6f;
    result.predicted = predicted;
    result.confidence = 0.6f;
    return result;
}

// s1 teacher ok {2, 0}, student 1     s2 teacher ok {1}, student 1, human label 1
// s3 teacher parse failed, student 0  s4 nothing but a human skip
struct Fixture
{
    test::Scratch scratch;
    ProjectStore store{scratch.path(QStringLiteral("p.candist")),
                       ProjectStore::OpenMode::CreateIfMissing};

    Fixture()
    {
        store.setLabelSchema(LabelSchema({{QStringLiteral("a"), {}, {}, {}, {}},
                                          {QStringLiteral("b"), {}, {}, {}, {}},
                                          {QStringLiteral("c"), {}, {}, {}, {}}}));
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 1; i <= 4; ++i)
                inserter.insert(QStringLiteral("s%1").arg(i), QStringLiteral("text %1").arg(i), {},
                                std::nullopt);
            transaction.commit();
        }
        store.saveTeacherResults({teacher(1, {2, 0}, TeacherStatus::Ok),
                                  teacher(2, {1}, TeacherStatus::Ok),
                                  teacher(3, {}, TeacherStatus::ParseFailed)});
        const qint64 run = store.beginRun(QStringLiteral("candist"), {});
        store.saveStudentResults(run, {student(1, 1), student(2, 1), student(3, 0)});
        store.recordHumanDecision({2, HumanAction::Label, 1, {}});
        store.recordHumanDecision({4, HumanAction::Skip, -1, {}});
    }
};

QString describe(const QVector<Change> &changes)
{
    QStringList parts;
    for (const Change &change : changes)
        parts
            << QStringLiteral("%1:%2:%3").arg(change.row).arg(int(change.action)).arg(change.label);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class BulkDecisionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void studentPlanSkipsTheDecidedAndTheUnknown()
    {
        Fixture f;
        const auto plan =
            bulk_decision_query::plan(f.store, {4, 3, 2, 1, 99}, Target::StudentLabel);
        // s4 has no student result, s2 already carries the student's label, row 99 is no sample.
        QCOMPARE(describe(plan.apply), QStringLiteral("3:0:0 1:0:1"));
        QCOMPARE(describe(plan.restore), QStringLiteral("3:2:-1 1:2:-1"));
        QCOMPARE(plan.unchanged, 1);
        QCOMPARE(plan.withoutTarget, 1);
    }

    void teacherPlanTakesTheFirstCandidateOfAnOkAnswer()
    {
        Fixture f;
        const auto plan =
            bulk_decision_query::plan(f.store, {1, 2, 3, 4}, Target::TeacherFirstCandidate);
        QCOMPARE(describe(plan.apply), QStringLiteral("1:0:2")); // s1: c, the first candidate
        QCOMPARE(plan.unchanged, 1);     // s2: the human already chose the teacher's b
        QCOMPARE(plan.withoutTarget, 2); // s3 parse failure, s4 no answer
    }

    void clearPlanRestoresEachPreviousDecision()
    {
        Fixture f;
        const auto plan = bulk_decision_query::plan(f.store, {1, 2, 4}, Target::Clear);
        QCOMPARE(describe(plan.apply), QStringLiteral("2:2:-1 4:2:-1"));
        QCOMPARE(describe(plan.restore), QStringLiteral("2:0:1 4:1:-1"));
        QCOMPARE(plan.withoutTarget, 1);
    }

    void recordsAllChangesAndLogsThem()
    {
        Fixture f;
        const qint64 revision = f.store.annotationRevision();
        QVector<qint64> progress;
        f.store.recordHumanDecisions(
            {{1, HumanAction::Label, 2}, {2, HumanAction::Clear, -1}, {3, HumanAction::Skip, -1}},
            [&progress](qint64 done) { progress << done; });
        QCOMPARE(f.store.humanDecision(1)->label, 2);
        QVERIFY(!f.store.humanDecision(2));
        QCOMPARE(int(f.store.humanDecision(3)->action), int(HumanAction::Skip));
        QCOMPARE(f.store.humanHistory(2).size(), 2); // the label, then its withdrawal
        QCOMPARE(int(f.store.humanHistory(2).last().action), int(HumanAction::Clear));
        QVERIFY(f.store.annotationRevision() > revision);
        QCOMPARE(progress.last(), 3);
    }

    void aBadLabelWritesNothing()
    {
        Fixture f;
        try {
            f.store.recordHumanDecisions({{1, HumanAction::Label, 0}, {3, HumanAction::Label, 7}});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("label index 7")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("sample row 3")), qPrintable(e.message()));
        }
        QVERIFY(!f.store.humanDecision(1));
    }

    void aLargeChangeReportsProgress()
    {
        // Enough rows to cross the progress interval: every row lands, the callback sees the
        // intermediate counts.
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("big.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        store.setLabelSchema(LabelSchema({{QStringLiteral("a"), {}, {}, {}, {}}}));
        constexpr int kRows = 10000;
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 1; i <= kRows; ++i)
                inserter.insert(QStringLiteral("s%1").arg(i), QStringLiteral("t"), {},
                                std::nullopt);
            transaction.commit();
        }
        QVector<SampleRow> rows;
        for (int i = 1; i <= kRows; ++i)
            rows << i;
        const auto plan = bulk_decision_query::plan(store, rows, Target::Clear);
        QCOMPARE(plan.withoutTarget, kRows);
        QVector<Change> changes;
        for (SampleRow row : rows)
            changes << Change{row, HumanAction::Label, 0};
        QVector<qint64> progress;
        store.recordHumanDecisions(changes, [&progress](qint64 done) { progress << done; });
        QCOMPARE(progress, (QVector<qint64>{4096, 8192, kRows}));
        QCOMPARE(int(store.humanLabels().size()), kRows);
    }
};

QTEST_GUILESS_MAIN(BulkDecisionsTest)
#include "test_bulk_decisions.moc"
