#include <QSet>
#include <QtTest>

#include "model/error.h"
#include "review/spot_check_draw.h"
#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

namespace {

QVector<SampleRow> makeProject(ProjectStore &store, int size)
{
    store.setLabelSchema(LabelSchema({{"a", {}, {}, {}, {}}, {"b", {}, {}, {}, {}}}));
    QVector<SampleRow> rows;
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    for (int i = 0; i < size; ++i)
        rows << inserter.insert(QString::number(i), QStringLiteral("text %1").arg(i), {},
                                std::nullopt);
    transaction.commit();
    return rows;
}

} // namespace

class SpotCheckDrawTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseIsASeededDrawWithoutReplacement()
    {
        const QVector<SampleRow> items = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        const QVector<SampleRow> first = SpotCheckDraw::choose(items, 4, 42);
        QCOMPARE(first.size(), 4);
        QCOMPARE(SpotCheckDraw::choose(items, 4, 42), first);
        QCOMPARE(QSet<SampleRow>(first.cbegin(), first.cend()).size(), 4);
        for (const SampleRow row : first)
            QVERIFY(items.contains(row));
        QVERIFY(SpotCheckDraw::choose(items, 4, 43) != first);
        QCOMPARE(SpotCheckDraw::choose(items, 20, 1).size(), 10);
    }

    // Uniform: over many seeds every item is drawn with probability size / count, and lands in
    // every position of the draw equally often (a biased shuffle fails one or the other).
    void chooseIsUniform()
    {
        const QVector<SampleRow> items = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        constexpr int kSeeds = 20000;
        std::vector<int> chosen(10, 0), first(10, 0);
        for (int seed = 0; seed < kSeeds; ++seed) {
            const QVector<SampleRow> draw = SpotCheckDraw::choose(items, 3, seed);
            for (const SampleRow row : draw)
                ++chosen[size_t(row)];
            ++first[size_t(draw.front())];
        }
        for (int i = 0; i < 10; ++i) {
            // Binomial standard deviations: sqrt(20000 * 0.3 * 0.7) = 65, sqrt(20000 * 0.09) = 42.
            QVERIFY2(std::abs(chosen[size_t(i)] - 6000) < 300, qPrintable(QString::number(i)));
            QVERIFY2(std::abs(first[size_t(i)] - 2000) < 200, qPrintable(QString::number(i)));
        }
    }

    void drawsFromSamplesWithoutAHumanLabelAndAddsToTheSet()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path("p.candist"), ProjectStore::OpenMode::CreateIfMissing);
        const QVector<SampleRow> rows = makeProject(store, 10);
        store.recordHumanDecision({rows[0], HumanAction::Label, 1, {}});
        store.recordHumanDecision({rows[1], HumanAction::Label, 0, {}});
        // A skip keeps the machine's label: the sample is still part of what is estimated.
        store.recordHumanDecision({rows[2], HumanAction::Skip, -1, {}});

        const SpotCheckDrawReport first = SpotCheckDraw::run(store, 5, 9);
        QCOMPARE(first.draw, 1);
        QCOMPARE(first.eligible, 8);
        QCOMPARE(first.total, 5);
        QCOMPARE(store.spotCheckRows(), first.rows);
        QVERIFY(!first.rows.contains(rows[0]) && !first.rows.contains(rows[1]));

        const SpotCheckDrawReport second = SpotCheckDraw::run(store, 3, 9);
        QCOMPARE(second.draw, 2);
        QCOMPARE(second.eligible, 3);
        QCOMPARE(second.total, 8);
        QCOMPARE(store.spotCheckRows(), first.rows + second.rows);
        const QVector<SampleRow> all = store.spotCheckRows();
        QCOMPARE(QSet<SampleRow>(all.cbegin(), all.cend()).size(), 8);
        QVERIFY(all.contains(rows[2]));

        // Asking for more than remain draws nothing at all.
        try {
            SpotCheckDraw::run(store, 1, 1);
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains("cannot draw 1 spot checks: only 0 sample(s)"),
                     qPrintable(error.message()));
        }
        QCOMPARE(store.spotCheckRows().size(), 8);
    }

    void decisionsCarryTheirAnnotator()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path("p.candist"), ProjectStore::OpenMode::CreateIfMissing);
        const QVector<SampleRow> rows = makeProject(store, 2);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000000000);
        store.recordHumanDecision({rows[0], HumanAction::Label, 1, at, "ana"});
        store.recordHumanDecision({rows[0], HumanAction::Label, 0, at.addSecs(5), "ben"});
        QCOMPARE(store.humanDecision(rows[0])->annotator, QStringLiteral("ben"));
        const QVector<HumanDecision> history = store.humanHistory(rows[0]);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].annotator, QStringLiteral("ana"));
        QCOMPARE(history[0].decidedAt, at);
        QCOMPARE(history[1].annotator, QStringLiteral("ben"));
        store.recordHumanDecision({rows[1], HumanAction::Label, 1, {}});
        QCOMPARE(store.humanDecision(rows[1])->annotator, QString());
    }
};

QTEST_GUILESS_MAIN(SpotCheckDrawTest)
#include "test_spot_check_draw.moc"
