#include <QtTest>

#include "review/review_ranker.h"
#include "store/project_store.h"
#include "store/queries/review_score_query.h"
#include "test_files.h"

using namespace candist;

namespace {

const QStringList kNames = {QStringLiteral("sports"), QStringLiteral("politics"),
                            QStringLiteral("tech"), QStringLiteral("health")};

// Builds a 4-label project where sample i gets the given teacher candidates and student output.
struct Fixture
{
    test::Scratch scratch;
    ProjectStore store{scratch.path(QStringLiteral("r.candist")),
                       ProjectStore::OpenMode::CreateIfMissing};

    Fixture()
    {
        QVector<Label> labels;
        for (const QString &name : kNames)
            labels << Label{name};
        store.setLabelSchema(LabelSchema(labels));
    }

    SampleRow add(const QVector<int> &candidates, std::vector<float> probabilities,
                  quint8 flags = 0, TeacherStatus status = TeacherStatus::Ok)
    {
        const SampleRow row = ProjectStore::SampleInserter(store).insert(
            QStringLiteral("s%1").arg(store.sampleCount() + 1), QStringLiteral("text"), {}, {});
        TeacherResult teacher;
        teacher.row = row;
        teacher.strategy = QStringLiteral("ca_all");
        teacher.status = status;
        teacher.candidates = candidates;
        store.saveTeacherResults({teacher});
        if (!probabilities.empty()) {
            StudentResult student;
            student.row = row;
            student.probabilities = probabilities;
            student.predicted = int(std::max_element(probabilities.begin(), probabilities.end()) -
                                    probabilities.begin());
            student.confidence = probabilities[size_t(student.predicted)];
            student.flags = flags;
            store.saveStudentResults(1, {student});
        }
        return row;
    }
};

// The queue as streamed and scored now, ignoring any stored scores.
QVector<ReviewItem> streamedRanking(ProjectStore &store, const ReviewRanker &ranker)
{
    review_score_query::markStale(store);
    return ranker.rank(std::as_const(store));
}

// Weights under which the candidate-set signals outweigh the entropy, as the defaults did before
// issue 16: each signal then names its own reason.
ReviewWeights signalsFirst()
{
    ReviewWeights weights;
    weights.disagreement = 4.0;
    weights.margin = 2.0;
    weights.overrule = 1.0;
    weights.parseFailure = 3.0;
    weights.entropy = 0.5;
    return weights;
}

void compareQueues(const QVector<ReviewItem> &stored, const QVector<ReviewItem> &streamed)
{
    QCOMPARE(stored.size(), streamed.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).row, streamed.at(i).row);
        QCOMPARE(stored.at(i).score, streamed.at(i).score);
        QCOMPARE(stored.at(i).reason, streamed.at(i).reason);
        QCOMPARE(stored.at(i).suggestedLabel, streamed.at(i).suggestedLabel);
        QCOMPARE(stored.at(i).skipped, streamed.at(i).skipped);
    }
}

} // namespace

class ReviewRankerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresEachSignalWithItsReason()
    {
        const ReviewRanker ranker(signalsFirst());
        const ReviewItem outside = ranker.score(1, {0}, {0.1f, 0.6f, 0.2f, 0.1f}, InOut, kNames);
        QCOMPARE(outside.reason, ReviewReason::Disagreement);
        QCOMPARE(outside.suggestedLabel, 1);
        QVERIFY2(outside.explanation.contains(QLatin1String("politics")),
                 qPrintable(outside.explanation));
        QVERIFY(outside.explanation.contains(QLatin1String("60%")));

        const ReviewItem narrow = ranker.score(2, {2, 3}, {0.02f, 0.02f, 0.49f, 0.47f}, 0, kNames);
        QCOMPARE(narrow.reason, ReviewReason::NarrowMargin);
        QVERIFY2(narrow.explanation.contains(QLatin1String("tech vs health")),
                 qPrintable(narrow.explanation));

        const ReviewItem overrule =
            ranker.score(3, {0}, {0.005f, 0.005f, 0.98f, 0.01f}, InOut | InHc, kNames);
        QCOMPARE(overrule.reason, ReviewReason::StudentOverrule);

        const ReviewItem failed = ranker.score(4, {}, {0.3f, 0.3f, 0.2f, 0.2f}, 0, kNames);
        QCOMPARE(failed.reason, ReviewReason::ParseFailure);

        const ReviewItem settled = ranker.score(5, {1}, {0.01f, 0.97f, 0.01f, 0.01f}, 0, kNames);
        QCOMPARE(settled.reason, ReviewReason::Uncertain);

        // Best first: unsure disagreement, parse failure, narrow margin, overrule, settled.
        QVERIFY(outside.score > narrow.score);
        QVERIFY(failed.score > narrow.score);
        QVERIFY(narrow.score > overrule.score);
        QVERIFY(overrule.score > settled.score);
    }

    void lessConfidentDisagreementRanksHigher()
    {
        const ReviewRanker ranker(signalsFirst());
        const double unsure = ranker.score(1, {0}, {0.2f, 0.4f, 0.2f, 0.2f}, InOut, kNames).score;
        const double surer =
            ranker.score(2, {0}, {0.05f, 0.85f, 0.05f, 0.05f}, InOut, kNames).score;
        QVERIFY(unsure > surer);
    }

    void ranksTeacherAmbiguityBeforeAnyStudentExists()
    {
        const ReviewRanker ranker;
        const ReviewItem three = ranker.score(1, {0, 1, 2}, {}, 0, kNames);
        const ReviewItem two = ranker.score(2, {0, 1}, {}, 0, kNames);
        const ReviewItem one = ranker.score(3, {0}, {}, 0, kNames);
        QCOMPARE(three.suggestedLabel, 0);
        QVERIFY(three.score > two.score);
        QVERIFY(two.score > one.score);
        QCOMPARE(ranker.score(4, {}, {}, 0, kNames).reason, ReviewReason::ParseFailure);
    }

    // The stored probabilities are the posterior, which already weighs the teacher's candidates
    // by its reliability: a spread posterior where student and teacher agree is worth more than
    // a posterior that confidently left a single-candidate set (issue 16).
    void spreadPosteriorRanksAboveAConfidentDisagreement()
    {
        const ReviewRanker ranker;
        const ReviewItem spread = ranker.score(1, {0}, {0.4f, 0.3f, 0.2f, 0.1f}, 0, kNames);
        const ReviewItem outside =
            ranker.score(2, {0}, {0.05f, 0.85f, 0.05f, 0.05f}, InOut, kNames);
        QVERIFY(spread.score > outside.score);
    }

    // The flags keep the student's own opinion: outside the teacher's candidates (InOut,
    // confidently: InHc) while the posterior kept a candidate. Such labels are wrong far more
    // often than the rest, so they lead the queue by default.
    void labelKeptAgainstTheStudentRanksHigh()
    {
        const ReviewRanker ranker;
        const ReviewItem against = ranker.score(1, {0, 1}, {0.7f, 0.2f, 0.05f, 0.05f}, InOut | InHc,
                                                kNames, true, {TeacherStatus::Ok, 0});
        const ReviewItem leaning = ranker.score(2, {0, 1}, {0.7f, 0.2f, 0.05f, 0.05f}, InOut,
                                                kNames, true, {TeacherStatus::Ok, 0});
        const ReviewItem agreeing = ranker.score(3, {0, 1}, {0.7f, 0.2f, 0.05f, 0.05f}, 0, kNames,
                                                 true, {TeacherStatus::Ok, 0});
        const ReviewItem outside = ranker.score(4, {0}, {0.1f, 0.75f, 0.1f, 0.05f}, InOut, kNames);
        QVERIFY(against.score > leaning.score);
        QVERIFY(leaning.score > agreeing.score);
        QVERIFY(against.score > outside.score);
        QVERIFY2(against.explanation.contains(QLatin1String("sports stays")),
                 qPrintable(against.explanation));
        QVERIFY(!against.explanation.contains(QLatin1String("overrules")));

        ReviewWeights only;
        only.entropy = 0;
        only.disagreement = 0;
        only.margin = 0;
        only.overrule = 0;
        only.labelAgainstStudent = 3;
        const ReviewRanker alone(ReviewWeights::fromJson(only.toJson()));
        const ReviewItem sure = alone.score(1, {0, 1}, {0.7f, 0.2f, 0.05f, 0.05f}, InOut | InHc,
                                            kNames, false, {TeacherStatus::Ok, 0});
        QCOMPARE(sure.reason, ReviewReason::Disagreement);
        QCOMPARE(sure.score, 3.0);
        QCOMPARE(alone
                     .score(2, {0, 1}, {0.7f, 0.2f, 0.05f, 0.05f}, InOut, kNames, false,
                            {TeacherStatus::Ok, 0})
                     .score,
                 1.5);
        // A project's stored weights from before keep the default for the new signal.
        QCOMPARE(ReviewWeights::fromJson(QJsonObject{{QStringLiteral("entropy"), 1.0}})
                     .labelAgainstStudent,
                 ReviewWeights().labelAgainstStudent);
    }

    // A confident student outside the set overrules the teacher only where the label left the
    // set with it.
    void overrulesOnlyWhereTheLabelLeftTheSet()
    {
        ReviewWeights only;
        only.entropy = 0;
        only.disagreement = 0;
        only.margin = 0;
        only.labelAgainstStudent = 0;
        only.overrule = 1;
        const ReviewRanker ranker(only);
        const ReviewItem left =
            ranker.score(1, {0}, {0.005f, 0.005f, 0.98f, 0.01f}, InOut | InHc, kNames);
        QCOMPARE(left.reason, ReviewReason::StudentOverrule);
        QVERIFY(left.score > 0.9);
        const ReviewItem kept = ranker.score(2, {0, 1}, {0.6f, 0.3f, 0.05f, 0.05f}, InOut | InHc,
                                             kNames, true, {TeacherStatus::Ok, 0});
        QCOMPARE(kept.score, 0.0);
        QVERIFY(!kept.explanation.contains(QLatin1String("overrules")));
    }

    void weightsAreConfigurable()
    {
        ReviewWeights weights;
        weights.disagreement = 0;
        weights.overrule = 10;
        const ReviewRanker ranker(ReviewWeights::fromJson(weights.toJson()));
        const double outside = ranker.score(1, {0}, {0.1f, 0.6f, 0.2f, 0.1f}, InOut, kNames).score;
        const double overrule =
            ranker.score(2, {0}, {0.005f, 0.005f, 0.98f, 0.01f}, InOut | InHc, kNames).score;
        QVERIFY(overrule > outside);
    }

    void ranksAProjectExcludingDecidedAndSkippedLast()
    {
        Fixture fixture;
        const SampleRow settled = fixture.add({1}, {0.01f, 0.97f, 0.01f, 0.01f});
        const SampleRow narrow = fixture.add({2, 3}, {0.02f, 0.02f, 0.49f, 0.47f});
        const SampleRow outside = fixture.add({0}, {0.1f, 0.6f, 0.2f, 0.1f}, InOut);
        const SampleRow decided = fixture.add({0}, {0.1f, 0.6f, 0.2f, 0.1f}, InOut);
        const SampleRow skipped = fixture.add({0}, {0.1f, 0.6f, 0.2f, 0.1f}, InOut);
        const SampleRow failed =
            fixture.add({}, {0.3f, 0.3f, 0.2f, 0.2f}, 0, TeacherStatus::ParseFailed);
        fixture.store.recordHumanDecision({decided, HumanAction::Label, 1, {}});
        fixture.store.recordHumanDecision({skipped, HumanAction::Skip, -1, {}});

        const ReviewRanker ranker;
        const QVector<ReviewItem> queue = ranker.rank(fixture.store);
        QVector<SampleRow> order;
        for (const ReviewItem &item : queue) {
            order << item.row;
            QVERIFY(item.explanation.isEmpty()); // unbounded queues stay compact
        }
        // The parse failure's student is a coin flip between two labels: two signals at once.
        QCOMPARE(order, (QVector<SampleRow>{failed, outside, narrow, settled, skipped}));
        QVERIFY(queue.last().skipped);

        const QVector<ReviewItem> top = ranker.rank(fixture.store, 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.first().row, failed);
        QCOMPARE(top.last().row, outside);
        QVERIFY(!top.first().explanation.isEmpty());
        QVERIFY(ranker.explain(fixture.store, narrow)
                    ->explanation.contains(QLatin1String("tech vs health")));
        QVERIFY(!ranker.explain(fixture.store, 999));
    }

    // The stored scores give the streamed ranking, and human decisions (a label, a skip, an
    // undo) change the queue without rewriting them; other weights or new results do.
    void storedOrderEqualsTheStreamedRanking()
    {
        Fixture fixture;
        ProjectStore &store = fixture.store;
        const SampleRow settled = fixture.add({1}, {0.01f, 0.97f, 0.01f, 0.01f});
        const SampleRow narrow = fixture.add({2, 3}, {0.02f, 0.02f, 0.49f, 0.47f});
        const SampleRow twin = fixture.add({2, 3}, {0.02f, 0.02f, 0.49f, 0.47f}); // a tie
        const SampleRow outside = fixture.add({0}, {0.1f, 0.6f, 0.2f, 0.1f}, InOut);
        fixture.add({}, {0.3f, 0.3f, 0.2f, 0.2f}, 0, TeacherStatus::ParseFailed);
        fixture.add({1, 2, 3}, {}); // no student yet
        fixture.add({}, {}, 0, TeacherStatus::Pending);
        const SampleRow overrule = fixture.add({0}, {0.005f, 0.005f, 0.98f, 0.01f}, InOut | InHc);

        const ReviewRanker ranker;
        QVERIFY(!ranker.storedScoresAreCurrent(store));
        const QVector<ReviewItem> streamed = ranker.rank(std::as_const(store));
        QCOMPARE(streamed.size(), 8);
        compareQueues(ranker.rank(store), streamed);
        QVERIFY(ranker.storedScoresAreCurrent(store));
        // Equal scores go by row: the twin follows the first of the pair.
        const QVector<ReviewItem> tied = ranker.rank(std::as_const(store));
        const auto positionOf = [&](SampleRow row) {
            return std::find_if(tied.begin(), tied.end(),
                                [&](const ReviewItem &item) { return item.row == row; }) -
                   tied.begin();
        };
        QCOMPARE(positionOf(twin), positionOf(narrow) + 1);

        store.recordHumanDecision({outside, HumanAction::Label, 1, {}});
        store.recordHumanDecision({narrow, HumanAction::Skip, -1, {}});
        QVERIFY(ranker.storedScoresAreCurrent(store));
        QVector<ReviewItem> stored = ranker.rank(std::as_const(store));
        QCOMPARE(stored.size(), 7);
        QCOMPARE(stored.last().row, narrow);
        QVERIFY(stored.last().skipped);
        compareQueues(stored, streamedRanking(store, ranker));

        ranker.storeScores(store);
        store.recordHumanDecision({outside, HumanAction::Clear, -1, {}}); // undo
        QVERIFY(ranker.storedScoresAreCurrent(store));
        stored = ranker.rank(std::as_const(store));
        QCOMPARE(stored.size(), 8);
        compareQueues(stored, streamedRanking(store, ranker));

        ReviewWeights weights;
        weights.overrule = 40.0;
        const ReviewRanker reweighted(weights);
        stored = reweighted.rank(store);
        QCOMPARE(stored.first().row, overrule);
        QCOMPARE(stored.first().reason, ReviewReason::StudentOverrule);
        compareQueues(stored, streamedRanking(store, reweighted));

        // New student results make the stored scores stale until the next ranking stores them.
        reweighted.storeScores(store);
        StudentResult student;
        student.row = settled;
        student.probabilities = {0.25f, 0.25f, 0.25f, 0.25f};
        student.predicted = 0;
        student.confidence = 0.25f;
        store.saveStudentResults(2, {student});
        QVERIFY(!reweighted.storedScoresAreCurrent(store));
        const QVector<ReviewItem> fresh = reweighted.rank(std::as_const(store));
        compareQueues(reweighted.rank(store), fresh);
    }
};

QTEST_GUILESS_MAIN(ReviewRankerTest)
#include "test_review_ranker.moc"
