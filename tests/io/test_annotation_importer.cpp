#include <QtTest>

#include "io/annotation_importer.h"
#include "io/sample_importer.h"
#include "io_test_support.h"
#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

namespace {

// Project with labels World, Sports, Business and samples s1..s4 (s4 repeats s3's text).
QString makeProject(const test::Scratch &scratch)
{
    const QString project = scratch.path("p.candist");
    ImportOptions options;
    options.inputPath = scratch.write("samples.csv", "id,text\ns1,alpha\ns2,beta\ns3,gamma\n"
                                                     "s4,gamma\n");
    options.idColumn = "id";
    options.labelsPath = scratch.write(
        "labels.json",
        R"({"labels":[{"name":"World"},{"name":"Sports","aliases":["sport"]},{"name":"Business"}]})");
    SampleImporter::importIntoProject(project, options);
    return project;
}

AnnotationImportOptions byId(const QString &input, const QStringList &columns)
{
    AnnotationImportOptions options;
    options.inputPath = input;
    options.columns = columns;
    options.idColumn = "id";
    return options;
}

} // namespace

class AnnotationImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsSingleLabelsAndCandidateListsById()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        const QString input = scratch.write(
            "ann.csv", "id,llm\ns1,Sports\ns2,business | world|Business\ns3,\ns4,  sport \n");
        const AnnotationImportReport report = AnnotationImporter::run(store, byId(input, {"llm"}));
        QCOMPARE(report.rows, 4);
        QCOMPARE(report.annotated, 3);
        QCOMPARE(report.abstained, 1);

        const TeacherResult s1 = *store.teacherResult(*store.rowForId("s1"));
        QCOMPARE(s1.strategy, QStringLiteral("imported"));
        QCOMPARE(s1.status, TeacherStatus::Ok);
        QCOMPARE(s1.candidates, QVector<int>({1}));
        QVERIFY(s1.votes.isEmpty());
        QCOMPARE(s1.rawResponse, QStringLiteral("Sports"));
        const TeacherResult s2 = *store.teacherResult(*store.rowForId("s2"));
        QCOMPARE(s2.candidates, QVector<int>({2, 0})); // order kept, duplicate dropped
        const TeacherResult s3 = *store.teacherResult(*store.rowForId("s3"));
        QCOMPARE(s3.status, TeacherStatus::ParseFailed);
        QVERIFY(s3.candidates.isEmpty());
        QCOMPARE(store.teacherResult(*store.rowForId("s4"))->candidates, QVector<int>({1}));
    }

    void mergesSeveralAnnotatorColumnsByVotes()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        const QString input = scratch.write(
            "ann.csv", "id,h1,h2,h3\ns1,World,Sports,Sports\ns2,Business,,Business\ns3,,,\n");
        AnnotationImporter::run(store, byId(input, {"h1", "h2", "h3"}));
        const TeacherResult s1 = *store.teacherResult(*store.rowForId("s1"));
        QCOMPARE(s1.candidates, QVector<int>({1, 0}));
        QCOMPARE(s1.votes, QVector<int>({2, 1}));
        QCOMPARE(*s1.confidence(), 2.0 / 3.0);
        QCOMPARE(s1.rawResponse,
                 QStringLiteral("{\"h1\":\"World\",\"h2\":\"Sports\",\"h3\":\"Sports\"}"));
        const TeacherResult s2 = *store.teacherResult(*store.rowForId("s2"));
        QCOMPARE(s2.candidates, QVector<int>({2}));
        QCOMPARE(s2.votes, QVector<int>({2}));
        QCOMPARE(store.teacherResult(*store.rowForId("s3"))->status, TeacherStatus::ParseFailed);
    }

    void matchesByExactTextAnnotatingEverySampleWithThatText()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        AnnotationImportOptions options;
        options.inputPath = scratch.write("ann.csv", "text,label\ngamma,World\nalpha,Sports\n");
        options.columns = QStringList{"label"};
        AnnotationImporter::run(store, options);
        QCOMPARE(store.teacherResult(*store.rowForId("s3"))->candidates, QVector<int>({0}));
        QCOMPARE(store.teacherResult(*store.rowForId("s4"))->candidates, QVector<int>({0}));
        QCOMPARE(store.teacherResult(*store.rowForId("s1"))->candidates, QVector<int>({1}));
        QVERIFY(!store.teacherResult(*store.rowForId("s2")));

        options.inputPath = scratch.write("case.csv", "text,label\nGamma,World\n");
        QCOMPARE(test::errorMessage([&] { AnnotationImporter::run(store, options); }),
                 options.inputPath + QStringLiteral(": 1 row(s) match no sample by exact text: "
                                                    "\"Gamma\" (line 2)"));
    }

    void repeatedTextsPairUpWithDuplicateSamplesInOrder()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        AnnotationImportOptions options;
        options.inputPath =
            scratch.write("ann.csv", "text,label\ngamma,World\nalpha,Sports\ngamma,Business\n");
        options.columns = QStringList{"label"};
        const AnnotationImportReport report = AnnotationImporter::run(store, options);
        QCOMPARE(report.annotated, 3);
        QCOMPARE(store.teacherResult(*store.rowForId("s3"))->candidates, QVector<int>({0}));
        QCOMPARE(store.teacherResult(*store.rowForId("s4"))->candidates, QVector<int>({2}));

        options.inputPath = scratch.write("three.csv", "text,label\ngamma,World\ngamma,World\n"
                                                       "gamma,Sports\n");
        QCOMPARE(test::errorMessage([&] { AnnotationImporter::run(store, options); }),
                 options.inputPath + QStringLiteral(":4: the text \"gamma\" appears 3 times in the "
                                                    "file but only 2 time(s) in the project (first "
                                                    "on line 2); match by --id-column"));
        QCOMPARE(store.teacherResult(*store.rowForId("s4"))->candidates, QVector<int>({2}));
    }

    void unknownLabelsAndUnmatchedIdsFailAndChangeNothing()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        AnnotationImporter::run(store,
                                byId(scratch.write("ok.csv", "id,llm\ns1,World\n"), {"llm"}));
        const QString input = scratch.write(
            "bad.csv", "id,llm\ns1,Sports\ns2,Travel|World\nnope,World\ns3,Travel\ns4,Food\n");
        QCOMPARE(test::errorMessage([&] { AnnotationImporter::run(store, byId(input, {"llm"})); }),
                 input + QStringLiteral(": unknown label(s): \"Food\" (line 6), \"Travel\" (lines "
                                        "3, 5); the project's labels are: World, Sports, "
                                        "Business; 1 row(s) match no sample by id: \"nope\" "
                                        "(line 4)"));
        QCOMPARE(store.teacherResult(*store.rowForId("s1"))->candidates, QVector<int>({0}));
        QVERIFY(!store.teacherResult(*store.rowForId("s2")));
        QCOMPARE(store.teacherResultCount(), 1);
    }

    void readsJsonArraysOfLabelsFromJsonl()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        const QString input = scratch.write(
            "ann.jsonl", "{\"id\":\"s1\",\"llm\":[\"Business\",\"World\"]}\n"
                         "{\"id\":\"s2\",\"llm\":\"Sports\"}\n{\"id\":\"s3\",\"llm\":[]}\n");
        const AnnotationImportReport report = AnnotationImporter::run(store, byId(input, {"llm"}));
        QCOMPARE(report.annotated, 2);
        QCOMPARE(report.abstained, 1);
        QCOMPARE(store.teacherResult(*store.rowForId("s1"))->candidates, QVector<int>({2, 0}));
        QCOMPARE(store.teacherResult(*store.rowForId("s2"))->candidates, QVector<int>({1}));
        QCOMPARE(store.teacherResult(*store.rowForId("s3"))->status, TeacherStatus::ParseFailed);
    }

    void sameSampleTwiceIsAnError()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        const QString input = scratch.write("dup.csv", "id,llm\ns1,World\ns2,World\ns1,Sports\n");
        QCOMPARE(test::errorMessage([&] { AnnotationImporter::run(store, byId(input, {"llm"})); }),
                 input + QStringLiteral(":4: lines 2 and 4 both annotate sample \"s1\""));
        QCOMPARE(store.teacherResultCount(), 0);
    }

    void unknownColumnIsNamed()
    {
        test::Scratch scratch;
        ProjectStore store(makeProject(scratch));
        const QString input = scratch.write("c.csv", "id,llm\ns1,World\n");
        QCOMPARE(test::errorMessage([&] { AnnotationImporter::run(store, byId(input, {"gpt"})); }),
                 input + QStringLiteral(": no column \"gpt\" (given by --column); the CSV columns "
                                        "are: \"id\", \"llm\""));
    }
};

QTEST_GUILESS_MAIN(AnnotationImporterTest)
#include "test_annotation_importer.moc"
