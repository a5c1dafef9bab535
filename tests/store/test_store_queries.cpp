// The store's read functions for the window and the CLI (core/store/queries/), without widgets.
#include <QDateTime>
#include <QtTest>

#include "model/annotation.h"
#include "model/error.h"
#include "store/project_store.h"
#include "store/queries/curves_query.h"
#include "store/queries/export_query.h"
#include "store/queries/import_query.h"
#include "store/queries/project_summary_query.h"
#include "store/queries/review_query.h"
#include "store/queries/review_score_query.h"
#include "store/queries/sample_detail_query.h"
#include "store/queries/sample_page_query.h"
#include "store/queries/statistics_query.h"
#include "test_files.h"

using namespace candist;

namespace {

LabelSchema threeLabels()
{
    return LabelSchema({{QStringLiteral("sports"), {}, {}, {}, {}},
                        {QStringLiteral("politics"), {}, {}, {}, {}},
                        {QStringLiteral("tech"), {}, {}, {}, {}}});
}

TeacherResult teacher(SampleRow row, QVector<int> candidates, TeacherStatus status)
{
    TeacherResult result;
    result.row = row;
    result.strategy = QStringLiteral("ca_all");
    result.candidates = std::move(candidates);
    result.status = status;
    result.promptTokens = 10;
    result.completionTokens = 2;
    return result;
}

StudentResult student(SampleRow row, int predicted, float confidence, quint8 flags = 0)
{
    StudentResult result;
    result.row = row;
    result.probabilities = {0.1f, 0.1f, 0.1f};
    result.probabilities[size_t(predicted)] = confidence;
    result.predicted = predicted;
    result.confidence = confidence;
    result.flags = flags;
    return result;
}

// Six samples s1..s6 with gold i % 3:
//   s1 teacher ok {0}, student 0 (0.95)      s2 teacher ok {1, 2}, student 2 (0.55, InOut)
//   s3 teacher parse failed, student 1 (0.25) s4 teacher pending
//   s5 human label 2                          s6 human skip
struct Fixture
{
    test::Scratch scratch;
    ProjectStore store{scratch.path(QStringLiteral("p.candist")),
                       ProjectStore::OpenMode::CreateIfMissing};
    qint64 runId = 0;

    Fixture()
    {
        store.setLabelSchema(threeLabels());
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 1; i <= 6; ++i)
                inserter.insert(QStringLiteral("s%1").arg(i), QStringLiteral("text %1").arg(i), {},
                                i % 3);
            transaction.commit();
        }
        store.saveTeacherResults(
            {teacher(1, {0}, TeacherStatus::Ok), teacher(2, {1, 2}, TeacherStatus::Ok),
             teacher(3, {}, TeacherStatus::ParseFailed), teacher(4, {}, TeacherStatus::Pending)});
        runId = store.beginRun(QStringLiteral("candist"), {});
        store.saveStudentResults(
            runId, {student(1, 0, 0.95f), student(2, 2, 0.55f, InOut), student(3, 1, 0.25f)});
        store.recordHumanDecision({5, HumanAction::Label, 2, {}});
        store.recordHumanDecision({6, HumanAction::Skip, -1, {}});
    }
};

QVector<SampleRow> rowsOf(const RowOrder &order)
{
    return order.mid(0, order.size());
}

QVector<SampleRow> filtered(ProjectStore &store, SampleFilter filter, SampleSort sort = {})
{
    return rowsOf(sample_page_query::orderedRows(store, filter, sort));
}

} // namespace

class StoreQueriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplePageOrdersAndFilters()
    {
        Fixture f;
        const RowOrder all = sample_page_query::orderedRows(f.store, SampleFilter(), SampleSort());
        QVERIFY(all.isRange()); // no gaps: a range, no million ids read
        QCOMPARE(rowsOf(all), (QVector<SampleRow>{1, 2, 3, 4, 5, 6}));

        using Status = SampleFilter::Status;
        SampleFilter filter;
        filter.status = Status::TeacherOk;
        QCOMPARE(filtered(f.store, filter), (QVector<SampleRow>{1, 2}));
        filter.status = Status::ParseFailed;
        QCOMPARE(filtered(f.store, filter), (QVector<SampleRow>{3}));
        filter.status = Status::TeacherPending; // no result at all is pending too
        QCOMPARE(filtered(f.store, filter), (QVector<SampleRow>{4, 5, 6}));
        filter.status = Status::HumanLabelled;
        QCOMPARE(filtered(f.store, filter), (QVector<SampleRow>{5}));
        filter.status = Status::Skipped;
        QCOMPARE(filtered(f.store, filter), (QVector<SampleRow>{6}));
        filter.status = Status::Unreviewed;
        QCOMPARE(filtered(f.store, filter), (QVector<SampleRow>{1, 2, 3, 4}));

        SampleFilter flags;
        flags.flags = SampleFilter::OutOfCandidate;
        QCOMPARE(filtered(f.store, flags), (QVector<SampleRow>{2}));
        flags.flags = SampleFilter::Ambiguous;
        QCOMPARE(filtered(f.store, flags), (QVector<SampleRow>{2}));

        SampleFilter text; // bound as parameters: LIKE's wildcards are escaped
        text.text = QStringLiteral("S3");
        QCOMPARE(filtered(f.store, text), (QVector<SampleRow>{3}));
        text.text = QStringLiteral("%");
        QVERIFY(filtered(f.store, text).isEmpty());

        SampleFilter status; // status and text bindings keep their order
        status.status = Status::TeacherOk;
        status.text = QStringLiteral("text 2");
        QCOMPARE(filtered(f.store, status), (QVector<SampleRow>{2}));

        SampleSort byConfidence;
        byConfidence.key = SampleSort::Key::Confidence;
        byConfidence.order = Qt::DescendingOrder; // rows without a value go last
        QCOMPARE(filtered(f.store, SampleFilter(), byConfidence),
                 (QVector<SampleRow>{1, 2, 3, 4, 5, 6}));
    }

    // Every key: the rows with a value in value order (descending: the exact reverse, ties by
    // row descending), then the rows without one in row order, in both directions.
    void samplePageSortsByEveryKeyWithMissingValuesLast()
    {
        Fixture f;
        using Key = SampleSort::Key;
        const auto sorted = [&](Key key, Qt::SortOrder order, SampleFilter filter = {}) {
            return filtered(f.store, filter, SampleSort{key, order});
        };
        QCOMPARE(sorted(Key::Confidence, Qt::AscendingOrder),
                 (QVector<SampleRow>{3, 2, 1, 4, 5, 6}));
        QCOMPARE(sorted(Key::Margin, Qt::AscendingOrder), (QVector<SampleRow>{3, 2, 1, 4, 5, 6}));
        QCOMPARE(sorted(Key::Margin, Qt::DescendingOrder), (QVector<SampleRow>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(sorted(Key::Entropy, Qt::AscendingOrder), (QVector<SampleRow>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(sorted(Key::Entropy, Qt::DescendingOrder), (QVector<SampleRow>{3, 2, 1, 4, 5, 6}));
        QCOMPARE(sorted(Key::StudentLabel, Qt::AscendingOrder),
                 (QVector<SampleRow>{1, 3, 2, 4, 5, 6}));
        QCOMPARE(sorted(Key::StudentLabel, Qt::DescendingOrder),
                 (QVector<SampleRow>{2, 3, 1, 4, 5, 6}));
        // s3 and s4 both have an empty set: a tie, by row, reversed when descending.
        QCOMPARE(sorted(Key::SetSize, Qt::AscendingOrder), (QVector<SampleRow>{3, 4, 1, 2, 5, 6}));
        QCOMPARE(sorted(Key::SetSize, Qt::DescendingOrder), (QVector<SampleRow>{2, 1, 4, 3, 5, 6}));
        // Final labels: s1 0, s3 1, s2 and s5 2; s4 (pending) and s6 (skipped, no machine
        // label) have none.
        QCOMPARE(sorted(Key::FinalLabel, Qt::AscendingOrder),
                 (QVector<SampleRow>{1, 3, 2, 5, 4, 6}));
        QCOMPARE(sorted(Key::FinalLabel, Qt::DescendingOrder),
                 (QVector<SampleRow>{5, 2, 3, 1, 4, 6}));
        QCOMPARE(sorted(Key::Id, Qt::DescendingOrder), (QVector<SampleRow>{6, 5, 4, 3, 2, 1}));

        SampleFilter unreviewed;
        unreviewed.status = SampleFilter::Status::Unreviewed;
        QCOMPARE(sorted(Key::Confidence, Qt::DescendingOrder, unreviewed),
                 (QVector<SampleRow>{1, 2, 3, 4}));
        QCOMPARE(sorted(Key::FinalLabel, Qt::DescendingOrder, unreviewed),
                 (QVector<SampleRow>{2, 3, 1, 4}));
        SampleFilter text;
        text.text = QStringLiteral("text");
        text.minSetSize = 1;
        QCOMPARE(sorted(Key::SetSize, Qt::DescendingOrder, text), (QVector<SampleRow>{2, 1}));
    }

    // The orders SQLite reads from an index without sorting the rows.
    void samplePageOrdersAreIndexScans()
    {
        // Filtered: still in index order, the other tables looked up by row.
        {
            Fixture f;
            SampleFilter unreviewed;
            unreviewed.status = SampleFilter::Status::Unreviewed;
            const QStringList plan = sample_page_query::queryPlan(
                f.store, unreviewed, SampleSort{SampleSort::Key::Confidence, Qt::DescendingOrder});
            QVERIFY2(plan.first() == QLatin1String("SCAN st USING COVERING INDEX "
                                                   "student_results_by_confidence") &&
                         !plan.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(plan.join(QStringLiteral(" | "))));
        }
        Fixture f;
        using Key = SampleSort::Key;
        const QVector<std::pair<Key, QString>> indexed = {
            {Key::Confidence, QStringLiteral("student_results_by_confidence")},
            {Key::Margin, QStringLiteral("student_results_by_margin")},
            {Key::Entropy, QStringLiteral("student_results_by_entropy")},
            {Key::StudentLabel, QStringLiteral("student_results_by_predicted")},
            {Key::SetSize, QStringLiteral("teacher_results_by_set_size")},
            {Key::Id, QStringLiteral("sqlite_autoindex_samples_1")}};
        for (const auto &[key, index] : indexed) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QStringList plan =
                    sample_page_query::queryPlan(f.store, SampleFilter(), SampleSort{key, order});
                // One step: the index alone, without visiting a table row.
                const QString text = plan.join(QStringLiteral(" | "));
                QVERIFY2(plan.size() == 1 && plan.first().startsWith(QLatin1String("SCAN")) &&
                             plan.first().endsWith(QStringLiteral("USING COVERING INDEX ") + index),
                         qPrintable(text));
            }
        }
        // The review queue: the samples without a decision in index order; only the few
        // skipped ones are sorted.
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QStringList plan = sample_page_query::queryPlan(
                f.store, SampleFilter(), SampleSort{Key::ReviewPriority, order});
            const QString text = plan.join(QStringLiteral(" | "));
            QVERIFY2(plan.first().startsWith(QLatin1String("SCAN r USING COVERING INDEX "
                                                           "review_scores_by_score")) &&
                         text.count(QLatin1String("TEMP B-TREE")) <= 1 &&
                         !text.contains(QLatin1String("RIGHT PART")),
                     qPrintable(text));
        }
        const QString finalLabel =
            sample_page_query::queryPlan(f.store, SampleFilter(),
                                         SampleSort{Key::FinalLabel, Qt::DescendingOrder})
                .join(QStringLiteral(" | "));
        QVERIFY2(!finalLabel.contains(QLatin1String("TEMP B-TREE")), qPrintable(finalLabel));
    }

    // The review order of the table: the stored scores, undecided samples first, then the
    // skipped ones; decided samples are out of the queue.
    void samplePageOrdersByStoredReviewScores()
    {
        Fixture f;
        {
            review_score_query::ScoreWriter writer(f.store, QStringLiteral("test weights"));
            const double scores[] = {0.5, 2.0, 2.0, 1.0, 9.0, 3.0};
            for (int row = 1; row <= 6; ++row)
                writer.add({row, scores[row - 1], 0, -1, false});
            writer.commit();
        }
        QVERIFY(review_score_query::scoresAreCurrent(f.store, QStringLiteral("test weights")));
        QVERIFY(!review_score_query::scoresAreCurrent(f.store, QStringLiteral("other weights")));
        using Key = SampleSort::Key;
        QCOMPARE(filtered(f.store, {}, SampleSort{Key::ReviewPriority, Qt::AscendingOrder}),
                 (QVector<SampleRow>{2, 3, 4, 1, 6}));
        QCOMPARE(filtered(f.store, {}, SampleSort{Key::ReviewPriority, Qt::DescendingOrder}),
                 (QVector<SampleRow>{6, 1, 4, 3, 2}));
        SampleFilter ok;
        ok.status = SampleFilter::Status::TeacherOk;
        QCOMPARE(filtered(f.store, ok, SampleSort{Key::ReviewPriority, Qt::AscendingOrder}),
                 (QVector<SampleRow>{2, 1}));
        QVector<SampleRow> queued;
        review_score_query::forEachQueued(f.store, [&](const review_score_query::StoredScore &s) {
            queued << s.row;
            QCOMPARE(s.skipped, s.row == 6);
        });
        QCOMPARE(queued, (QVector<SampleRow>{2, 3, 4, 1, 6}));

        // New results make the scores stale; a new sample does too.
        f.store.saveTeacherResults({teacher(5, {1}, TeacherStatus::Ok)});
        QVERIFY(!review_score_query::scoresAreCurrent(f.store, QStringLiteral("test weights")));
    }

    // Issue 15, finding 6: a cell of the agreement report opens exactly its samples. The
    // student's map leaves out human labels its run trained on, as the report does.
    void agreementCellFilterMatchesTheReport()
    {
        Fixture f;
        const QDateTime now = QDateTime::currentDateTime();
        // s1 (student 0): decided before the run began, so the student trained on it.
        f.store.recordHumanDecision({1, HumanAction::Label, 0, now.addSecs(-3600), {}});
        // s2 (teacher 1 first, student 2): decided after it, an independent answer.
        f.store.recordHumanDecision({2, HumanAction::Label, 1, now.addSecs(3600), {}});
        SampleFilter cell;
        cell.status = SampleFilter::Status::HumanLabelled;
        cell.finalLabel = 1;
        cell.teacherLabel = 1;
        QCOMPARE(filtered(f.store, cell), (QVector<SampleRow>{2}));
        cell.teacherLabel = 2; // not the teacher's first candidate
        QCOMPARE(filtered(f.store, cell), (QVector<SampleRow>{}));

        SampleFilter student;
        student.status = SampleFilter::Status::HumanLabelled;
        student.finalLabel = 1;
        student.studentLabel = 2;
        student.independentStudent = true;
        QCOMPARE(filtered(f.store, student), (QVector<SampleRow>{2}));
        student.finalLabel = 0;
        student.studentLabel = 0;
        QCOMPARE(filtered(f.store, student), (QVector<SampleRow>{})); // trained on it
        student.independentStudent = false;
        QCOMPARE(filtered(f.store, student), (QVector<SampleRow>{1}));

        // The same rule as the report's rows.
        QVector<bool> trainedOn;
        review_query::forEachHumanLabel(f.store, [&](const review_query::HumanLabelRow &row) {
            if (row.human == 0 || row.human == 1)
                trainedOn << row.studentTrainedOnIt;
        });
        QCOMPARE(trainedOn.size(), 2);
        QCOMPARE(trainedOn.count(true), 1);
    }

    void samplePageFetchesRowsInTheAskedOrder()
    {
        Fixture f;
        const QVector<SampleRowData> rows = sample_page_query::fetchRows(f.store, {5, 2, 99});
        QCOMPARE(rows.size(), 2); // row 99 does not exist
        QCOMPARE(rows.at(0).row, SampleRow(5));
        QCOMPARE(rows.at(0).humanAction, std::optional<HumanAction>(HumanAction::Label));
        QCOMPARE(rows.at(0).finalLabel, 2);
        QCOMPARE(rows.at(0).finalSource, LabelSource::Human);
        QCOMPARE(rows.at(1).id, QStringLiteral("s2"));
        QCOMPARE(rows.at(1).candidates, (QVector<int>{1, 2}));
        QCOMPARE(rows.at(1).studentLabel, 2);
        QVERIFY(rows.at(1).flags() & SampleFilter::OutOfCandidate);
    }

    void detailSummaryAndCurves()
    {
        Fixture f;
        const auto run = sample_detail_query::studentRunOf(f.store, 1);
        QVERIFY(run);
        QCOMPARE(run->id, f.runId);
        QCOMPARE(run->method, QStringLiteral("candist"));
        QVERIFY(!sample_detail_query::studentRunOf(f.store, 4));

        QVERIFY(project_summary_query::labelsInUse(f.store));
        test::Scratch scratch;
        ProjectStore empty(scratch.path(QStringLiteral("e.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        QVERIFY(!project_summary_query::labelsInUse(empty));

        const curves_query::AnnotationHistograms histograms =
            curves_query::annotationHistograms(f.store, 10);
        // Only ok answers count: the parse failure and the pending row stay out.
        QCOMPARE(histograms.setSizes, (QMap<int, qint64>{{1, 1}, {2, 1}}));
        QCOMPARE(histograms.confidenceBins.size(), 10);
        QCOMPARE(histograms.confidenceBins.at(9), 1); // 0.95
        QCOMPARE(histograms.confidenceBins.at(5), 1); // 0.55
        QCOMPARE(histograms.confidenceBins.at(2), 1); // 0.25
    }

    void statisticsCounts()
    {
        Fixture f;
        const statistics_query::ProjectCounts counts = statistics_query::projectCounts(f.store, 3);
        QCOMPARE(counts.samples, 6);
        QCOMPARE(counts.goldByLabel, (QMap<int, qint64>{{0, 2}, {1, 2}, {2, 2}}));
        QCOMPARE(counts.teacher.withResult, 4);
        QCOMPARE(counts.teacher.ok, 2);
        QCOMPARE(counts.teacher.pending, 1);
        QCOMPARE(counts.teacher.parseFailed, 1);
        QCOMPARE(counts.teacher.transportFailed, 0);
        QCOMPARE(counts.teacher.promptTokens, 40);
        QVERIFY(counts.teacherOnGold);
        QCOMPARE(counts.teacherOnGold->evaluated, 3); // s1, s2, s3: answered
        // s1 gold 1, first candidate 0: wrong; s2 gold 2 in {1, 2}: covered; s3: all labels.
        QCOMPARE(counts.teacherOnGold->firstCandidateRight, 0.0);
        QCOMPARE(counts.teacherOnGold->covered, 2.0);
        QCOMPARE(counts.teacherOnGold->setSizeSum, 1.0 + 2.0 + 3.0);
        QCOMPARE(counts.student.samples, 3);
        QCOMPARE(counts.student.latestRun, std::optional<qint64>(f.runId));
        QCOMPARE(counts.humanLabelled, 1);
        QCOMPARE(counts.humanSkipped, 1);
        QCOMPARE(counts.finalBySource.value(int(LabelSource::Human)), 1);
    }

    void reviewRowsAndHumanLabels()
    {
        Fixture f;
        QVector<review_query::ReviewRow> undecided;
        review_query::forEachUndecided(
            f.store, [&](const review_query::ReviewRow &row) { undecided << row; });
        QCOMPARE(undecided.size(), 5); // every sample but the labelled s5; s6 is skipped
        QCOMPARE(undecided.at(1).row, SampleRow(2));
        QVERIFY(undecided.at(1).teacherOk);
        QCOMPARE(decodeIndexList(undecided.at(1).candidates), (QVector<int>{1, 2}));
        QCOMPARE(undecided.at(1).studentFlags, quint8(InOut));
        QCOMPARE(undecided.at(1).probabilities.size(), qsizetype(3 * sizeof(float)));
        QVERIFY(!undecided.at(2).teacherOk); // parse failure
        QVERIFY(undecided.last().skipped);

        review_query::RowReader reader(f.store);
        QVERIFY(reader.read(5));
        QVERIFY(!reader.read(5)->skipped);
        QVERIFY(!reader.read(99));

        QVector<review_query::HumanLabelRow> humans;
        review_query::forEachHumanLabel(
            f.store, [&](const review_query::HumanLabelRow &row) { humans << row; });
        QCOMPARE(humans.size(), 1);
        QCOMPARE(humans.first().human, 2);
        QVERIFY(!humans.first().teacher);
    }

    void exportAndImportQueries()
    {
        Fixture f;
        export_query::Columns columns;
        columns.gold = true;
        columns.probabilities = true;
        QCOMPARE(export_query::rowCount(f.store, columns), 6);
        QVector<export_query::Row> rows;
        export_query::forEachRow(f.store, columns,
                                 [&](const export_query::Row &row) { rows << row; });
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0).id, QStringLiteral("s1"));
        QCOMPARE(rows.at(0).gold, std::optional<int>(1));
        QCOMPARE(rows.at(4).source, LabelSource::Human);
        QCOMPARE(rows.at(4).label, std::optional<int>(2));
        QCOMPARE(rows.at(0).probabilities.size(), qsizetype(3 * sizeof(float)));
        QVERIFY(rows.at(3).probabilities.isEmpty());

        QHash<SampleRow, QString> texts;
        import_query::forEachSampleText(
            f.store, [&](SampleRow row, const QString &text) { texts.insert(row, text); });
        QCOMPARE(texts.size(), 6);
        QCOMPARE(texts.value(3), QStringLiteral("text 3"));
    }

    // Gold written after the samples, in batches and the rest one by one: every pair lands,
    // and the foreign key still refuses a row that is not a sample.
    void insertsGoldLabelsInBatches()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("g.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        std::vector<std::pair<SampleRow, int>> gold;
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 0; i < 700; ++i) {
                const QByteArray id = QByteArray::number(i);
                const QByteArray text = "text " + id;
                const SampleRow row = inserter.insertUtf8(id, text, {});
                if (i % 7 != 3)
                    gold.emplace_back(row, i % 5);
            }
            import_query::insertGoldLabels(store, gold);
            transaction.commit();
        }
        QVERIFY(gold.size() > 512 && gold.size() % 256 != 0);
        QCOMPARE(store.goldLabels(), gold);
        {
            ProjectStore::Transaction transaction(store);
            QVERIFY_THROWS_EXCEPTION(Error, import_query::insertGoldLabels(store, {{9999, 1}}));
            QVERIFY_THROWS_EXCEPTION(Error, import_query::insertGoldLabels(store, {gold.front()}));
        }
        QCOMPARE(store.goldLabels(), gold);
    }
};

QTEST_GUILESS_MAIN(StoreQueriesTest)
#include "test_store_queries.moc"
