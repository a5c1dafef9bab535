#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "demo_project.h"
#include "model/project_meta_keys.h"
#include "project_document.h"
#include "review/review_ranker.h"
#include "sample_table_model.h"
#include "store/project_store.h"
#include "store/sql_helpers.h"
#include "test_files.h"

using namespace candist;

class SampleTableModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTesterOverEveryPage();
    void filtersMatchTheStore_data();
    void filtersMatchTheStore();
    void textSearchEscapesWildcards();
    void sortsByConfidenceMarginAndEntropy_data();
    void sortsByConfidenceMarginAndEntropy();
    void reviewPriorityFollowsTheRanker();
    void changedSamplesAreRefetched();
    void supersededQueriesAreDropped();
    void jobRefreshesKeepVisibleRowsLoaded();

private:
    // Opens the project in a fresh document and waits for the first ordering.
    void openModel(ProjectDocument &document, SampleTableModel &model);
    void loadAll(SampleTableModel &model);
    QVector<SampleRow> rowsOf(SampleTableModel &model);
    qint64 countWhere(const QString &condition);

    test::Scratch m_scratch;
    QString m_path;
};

void SampleTableModelTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_scratch.path(QStringLiteral("model.candist"));
    demo::writeDemoProject(m_path, demo::DemoProjectOptions{1500});
}

void SampleTableModelTest::openModel(ProjectDocument &document, SampleTableModel &model)
{
    QSignalSpy ready(&model, &SampleTableModel::orderReady);
    document.open(m_path);
    QVERIFY(ready.wait(20000));
}

void SampleTableModelTest::loadAll(SampleTableModel &model)
{
    for (int row = 0; row < model.rowCount(); row += SampleTableModel::kPageSize)
        QTRY_VERIFY_WITH_TIMEOUT(model.rowData(row) != nullptr, 20000);
}

QVector<SampleRow> SampleTableModelTest::rowsOf(SampleTableModel &model)
{
    QVector<SampleRow> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const SampleRowData *data = model.rowData(row);
        if (!data) {
            [&] { QTRY_VERIFY_WITH_TIMEOUT(model.rowData(row) != nullptr, 20000); }();
            data = model.rowData(row);
        }
        if (!data)
            return {};
        rows << data->row;
    }
    return rows;
}

qint64 SampleTableModelTest::countWhere(const QString &condition)
{
    ProjectStore store(m_path);
    return sql::scalar(store.database(),
                       QStringLiteral("SELECT count(*) FROM samples s"
                                      " LEFT JOIN teacher_results t ON t.sample_row = s.row"
                                      " LEFT JOIN student_results st ON st.sample_row = s.row"
                                      " LEFT JOIN human_labels h ON h.sample_row = s.row"
                                      " LEFT JOIN final_labels f ON f.sample_row = s.row WHERE ") +
                           condition)
        .toLongLong();
}

void SampleTableModelTest::modelTesterOverEveryPage()
{
    ProjectDocument document;
    SampleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openModel(document, model);
    QCOMPARE(model.rowCount(), 1500);
    QCOMPARE(model.columnCount(), int(SampleTableModel::ColumnCount));
    // Rows not fetched yet answer with a placeholder rather than blocking.
    QVERIFY(!model.data(model.index(1499, 0), SampleTableModel::LoadedRole).toBool());
    loadAll(model);
    QCOMPARE(model.data(model.index(0, SampleTableModel::IdColumn)).toString(),
             QStringLiteral("q000001"));
    QCOMPARE(model.data(model.index(1499, SampleTableModel::IdColumn)).toString(),
             QStringLiteral("q001500"));
    // Every candidate chip names a schema label in teacher order.
    ProjectStore store(m_path);
    const TeacherResult teacher = *store.teacherResult(model.rowData(0)->row);
    const QVariantList chips =
        model.data(model.index(0, SampleTableModel::CandidatesColumn), SampleTableModel::ChipsRole)
            .toList();
    QCOMPARE(chips.size(), teacher.candidates.size());
    for (int i = 0; i < chips.size(); ++i)
        QCOMPARE(chips.at(i).toMap().value(QStringLiteral("text")).toString(),
                 store.labelSchema().at(teacher.candidates.at(i)).name);
    document.close();
    QCOMPARE(model.rowCount(), 0);
}

void SampleTableModelTest::filtersMatchTheStore_data()
{
    QTest::addColumn<SampleFilter>("filter");
    QTest::addColumn<QString>("condition");
    SampleFilter parse;
    parse.flags = SampleFilter::ParseFailure;
    QTest::newRow("parse failure") << parse << QStringLiteral("t.status = 2");
    SampleFilter out;
    out.flags = SampleFilter::OutOfCandidate;
    QTest::newRow("out of set") << out << QStringLiteral("(st.flags & 1) != 0");
    SampleFilter overruled;
    overruled.flags = SampleFilter::Overruled | SampleFilter::OutOfCandidate;
    QTest::newRow("overruled") << overruled << QStringLiteral("(st.flags & 2) != 0");
    SampleFilter ambiguous;
    ambiguous.flags = SampleFilter::Ambiguous;
    QTest::newRow("ambiguous") << ambiguous
                               << QStringLiteral("(t.set_size > 1 OR (st.flags & 1) != 0)");
    SampleFilter size;
    size.minSetSize = 2;
    size.maxSetSize = 2;
    QTest::newRow("set size 2") << size << QStringLiteral("t.set_size = 2");
    SampleFilter label;
    label.finalLabel = 3;
    QTest::newRow("final HUM") << label << QStringLiteral("f.label = 3");
    SampleFilter human;
    human.status = SampleFilter::Status::HumanLabelled;
    QTest::newRow("human labelled") << human << QStringLiteral("h.action = 0");
    SampleFilter unreviewed;
    unreviewed.status = SampleFilter::Status::Unreviewed;
    unreviewed.finalLabel = 1;
    QTest::newRow("unreviewed DESC")
        << unreviewed << QStringLiteral("h.sample_row IS NULL AND f.label = 1");
    SampleFilter text;
    text.text = QStringLiteral("BRAZIL");
    QTest::newRow("text") << text << QStringLiteral("s.text LIKE '%brazil%'");
}

void SampleTableModelTest::filtersMatchTheStore()
{
    QFETCH(SampleFilter, filter);
    QFETCH(QString, condition);
    ProjectDocument document;
    SampleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openModel(document, model);
    QSignalSpy ready(&model, &SampleTableModel::orderReady);
    model.setFilter(filter);
    QVERIFY(ready.wait(20000));
    const qint64 expected = countWhere(condition);
    QVERIFY2(expected > 0, "the demo project should contain matching samples");
    QVERIFY(expected < 1500);
    QCOMPARE(qint64(model.rowCount()), expected);
    loadAll(model);
    for (int row = 0; row < model.rowCount(); ++row) {
        const SampleRowData *data = model.rowData(row);
        QVERIFY(data);
        if (filter.flags)
            QVERIFY((data->flags() & filter.flags) == filter.flags);
        if (filter.finalLabel >= 0)
            QCOMPARE(data->finalLabel, filter.finalLabel);
        if (filter.minSetSize > 0)
            QVERIFY(data->candidates.size() >= filter.minSetSize);
    }
}

void SampleTableModelTest::textSearchEscapesWildcards()
{
    ProjectDocument document;
    SampleTableModel model(&document);
    openModel(document, model);
    QSignalSpy ready(&model, &SampleTableModel::orderReady);
    SampleFilter filter;
    filter.text = QStringLiteral("%");
    model.setFilter(filter);
    QVERIFY(ready.wait(20000));
    QCOMPARE(model.rowCount(), 0); // no demo text contains a literal percent sign
    filter.text = QStringLiteral("q00012");
    model.setFilter(filter);
    QVERIFY(ready.wait(20000));
    QCOMPARE(model.rowCount(), 10); // ids q000120..q000129
}

void SampleTableModelTest::sortsByConfidenceMarginAndEntropy_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("column");
    QTest::newRow("confidence") << int(SampleSort::Key::Confidence) << QStringLiteral("confidence");
    QTest::newRow("margin") << int(SampleSort::Key::Margin) << QStringLiteral("margin");
    QTest::newRow("entropy") << int(SampleSort::Key::Entropy) << QStringLiteral("entropy");
}

void SampleTableModelTest::sortsByConfidenceMarginAndEntropy()
{
    QFETCH(int, key);
    QFETCH(QString, column);
    ProjectDocument document;
    SampleTableModel model(&document);
    openModel(document, model);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QSignalSpy ready(&model, &SampleTableModel::orderReady);
        model.setSort(SampleSort{SampleSort::Key(key), order});
        QVERIFY(ready.wait(20000));
        const QVector<SampleRow> rows = rowsOf(model);
        QCOMPARE(rows.size(), 1500);
        ProjectStore store(m_path);
        QHash<SampleRow, double> value;
        QSqlQuery query =
            sql::exec(store.database(),
                      QStringLiteral("SELECT sample_row, %1 FROM student_results").arg(column));
        while (query.next())
            value.insert(query.value(0).toLongLong(), query.value(1).toDouble());
        for (int i = 1; i < rows.size(); ++i) {
            const double previous = value.value(rows.at(i - 1));
            const double current = value.value(rows.at(i));
            QVERIFY2(order == Qt::AscendingOrder ? previous <= current : previous >= current,
                     qPrintable(QStringLiteral("%1 out of order at %2").arg(column).arg(i)));
        }
    }
}

// The table's review order is the review queue with the project's weights, read from the scores
// the store keeps; a decision takes its sample out without a re-ranking.
void SampleTableModelTest::reviewPriorityFollowsTheRanker()
{
    ReviewWeights weights;
    weights.overrule = 9.0;
    QVector<ReviewItem> expected;
    {
        ProjectStore store(m_path);
        store.setMetaValue(
            meta::kReviewWeights,
            QString::fromUtf8(QJsonDocument(weights.toJson()).toJson(QJsonDocument::Compact)));
        const ReviewRanker ranker(weights);
        QVERIFY(!ranker.storedScoresAreCurrent(store));
        expected = ranker.rank(std::as_const(store)); // streamed: nothing stored yet
    }
    ProjectDocument document;
    SampleTableModel model(&document);
    openModel(document, model);
    QSignalSpy ready(&model, &SampleTableModel::orderReady);
    model.setSort(SampleSort{SampleSort::Key::ReviewPriority, Qt::AscendingOrder});
    QVERIFY(ready.wait(20000));
    QCOMPARE(model.rowCount(), int(expected.size()));
    QVector<SampleRow> rows = rowsOf(model);
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(rows.at(i), expected.at(i).row);
    QVERIFY(ReviewRanker(weights).storedScoresAreCurrent(ProjectStore(m_path)));

    const SampleRow top = expected.first().row;
    document.decide(top, HumanAction::Label, 0, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(document.isSaved(), 20000);
    model.setSort(SampleSort{SampleSort::Key::ReviewPriority, Qt::DescendingOrder});
    QVERIFY(ready.wait(20000));
    rows = rowsOf(model);
    QCOMPARE(rows.size(), expected.size() - 1);
    for (int i = 1; i < expected.size(); ++i)
        QCOMPARE(rows.at(rows.size() - i), expected.at(i).row);
    QVERIFY(ReviewRanker(weights).storedScoresAreCurrent(ProjectStore(m_path)));

    document.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(document.isSaved(), 20000);
    ProjectStore(m_path).setMetaValue(meta::kReviewWeights, QStringLiteral("{}"));
}

void SampleTableModelTest::changedSamplesAreRefetched()
{
    ProjectDocument document;
    SampleTableModel model(&document);
    openModel(document, model);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowData(5) != nullptr, 20000);
    const SampleRow sample = model.rowData(5)->row;
    const int label = (model.rowData(5)->finalLabel + 1) % document.schema().size();
    const std::optional<HumanDecision> previous = ProjectStore(m_path).humanDecision(sample);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    document.decide(sample, HumanAction::Label, label, previous);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowData(5)->finalSource == LabelSource::Human, 20000);
    QCOMPARE(model.rowData(5)->finalLabel, label);
    QVERIFY(!changed.isEmpty());
    document.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowData(5)->finalLabel != label ||
                                 model.rowData(5)->finalSource != LabelSource::Human,
                             20000);
    QTRY_VERIFY(document.isSaved());
    QCOMPARE(ProjectStore(m_path).humanDecision(sample).has_value(), previous.has_value());
    document.undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowData(5)->finalSource == LabelSource::Human, 20000);
    QTRY_VERIFY(document.isSaved());
    document.undoStack()->undo();
    QTRY_VERIFY(document.isSaved());
}

void SampleTableModelTest::supersededQueriesAreDropped()
{
    ProjectDocument document;
    SampleTableModel model(&document);
    openModel(document, model);
    QSignalSpy ready(&model, &SampleTableModel::orderReady);
    SampleFilter first;
    first.flags = SampleFilter::ParseFailure;
    SampleFilter second;
    second.minSetSize = 3;
    model.setFilter(first);
    model.setFilter(second);
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.size(), 1); // the first query's result never reset the model
    QCOMPARE(qint64(model.rowCount()), countWhere(QStringLiteral("t.set_size >= 3")));
}

void SampleTableModelTest::jobRefreshesKeepVisibleRowsLoaded()
{
    ProjectDocument document;
    SampleTableModel model(&document);
    openModel(document, model);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowData(0) != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowData(1400) != nullptr, 20000);
    QSignalSpy loaded(&model, &SampleTableModel::pageLoaded);
    Q_EMIT document.samplesChanged({}); // what a running job does once a second
    // The recently used pages keep their rows while the fresh copies are fetched...
    QVERIFY(model.data(model.index(0, 0), SampleTableModel::LoadedRole).toBool());
    QVERIFY(model.data(model.index(1400, 0), SampleTableModel::LoadedRole).toBool());
    // ...and are replaced in place.
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, 20000);
    QCOMPARE(model.rowCount(), 1500);
}

QTEST_MAIN(SampleTableModelTest)
#include "test_sample_table_model.moc"
