#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

namespace {

const QByteArray kSamples = "id,text,label\n"
                            "a1,Stocks rally,Business\n"
                            "a2,Team wins the cup,Sports\n"
                            "a3,\"Election\nresults\",World\n"
                            "a4,Markets fall,Business\n"
                            "a5,Goal in extra time,Sports\n"
                            "a6,Summit ends,World\n";

QJsonObject statsJson(const QString &project)
{
    const test::ProcessResult result = test::runCli({"stats", project, "--json"});
    if (result.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(result.standardOutput).object();
}

// A project with gold and a teacher that is right on a1, a2, a4, a5 and wrong on a3, a6.
QString makeProject(const test::Scratch &scratch)
{
    const QString project = scratch.path("p.candist");
    test::ProcessResult result =
        test::runCli({"import", project, "--input", scratch.write("in.csv", kSamples),
                      "--id-column", "id", "--gold-column", "label"});
    if (result.exitCode != 0)
        qFatal("%s", result.standardError.constData());
    const QString annotations = scratch.write(
        "ann.csv", "id,llm\na1,Business\na2,Sports\na3,Business\na4,Business\na5,Sports\na6,"
                   "Sports\n");
    result = test::runCli({"import-annotations", project, "--input", annotations, "--column", "llm",
                           "--id-column", "id"});
    if (result.exitCode != 0)
        qFatal("%s", result.standardError.constData());
    return project;
}

} // namespace

class CliSpotChecksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spotCheckWritesABlindFileAndResolveReadsItBack()
    {
        test::Scratch scratch;
        const QString project = makeProject(scratch);
        const QString file = scratch.path("check.csv");
        test::ProcessResult result =
            test::runCli({"spot-check", project, "--size", "4", "--seed", "3", "--output", file});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY2(result.standardOutput.contains("drew 4 spot checks (draw 1, seed 3) from 6 "
                                                "samples without a human label; the project has "
                                                "4 spot checks"),
                 result.standardOutput.constData());
        // id,text,label with the label empty: nothing machine-made to anchor the answer.
        const QList<QByteArray> lines = scratch.read("check.csv").split('\n');
        QCOMPARE(lines.first(), QByteArray("id,text,label"));
        QStringList drawn;
        {
            ProjectStore store(project);
            for (const SampleRow row : store.spotCheckRows())
                drawn << store.sample(row)->id;
        }
        QCOMPARE(drawn.size(), 4);
        const QByteArray firstRow = "id,text,label\n" + drawn[0].toUtf8() + ",";
        QVERIFY(scratch.read("check.csv").startsWith(firstRow));
        QVERIFY(scratch.read("check.csv").endsWith(",\n"));

        // The same seed on the same project state draws the same samples.
        const test::Scratch other;
        const QString twin = makeProject(other);
        result = test::runCli({"spot-check", twin, "--size", "4", "--seed", "3"});
        QCOMPARE(result.exitCode, 0);
        {
            ProjectStore store(twin);
            QStringList twinDrawn;
            for (const SampleRow row : store.spotCheckRows())
                twinDrawn << store.sample(row)->id;
            QCOMPARE(twinDrawn, drawn);
        }

        QJsonObject estimates = statsJson(project)["estimates"].toObject();
        QCOMPARE(estimates["spot_checks"].toObject()["drawn"].toInteger(), 4);
        QCOMPARE(estimates["spot_checks"].toObject()["answered"].toInteger(), 0);
        QVERIFY(estimates["teacher"].toObject()["accuracy"].isNull());

        // Answer three of the four from gold, leave the fourth empty, as a person part-way
        // through the file would.
        const QHash<QString, QString> gold = {{"a1", "Business"}, {"a2", "Sports"},
                                              {"a3", "World"},    {"a4", "business "},
                                              {"a5", "Sports"},   {"a6", "World"}};
        QByteArray answers = "id,label\n";
        for (int i = 0; i < drawn.size(); ++i)
            answers +=
                drawn[i].toUtf8() + "," + (i < 3 ? gold[drawn[i]].toUtf8() : QByteArray()) + "\n";
        result =
            test::runCli({"resolve", project, "--input", scratch.write("answers.csv", answers),
                          "--id-column", "id", "--label-column", "label", "--annotator", "ana"});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY2(result.standardOutput.contains("recorded 3 human decisions by ana (3 answer spot "
                                                "checks); 0 unchanged, 1 rows without a label"),
                 result.standardOutput.constData());
        {
            ProjectStore store(project);
            const auto decision = store.humanDecision(*store.rowForId(drawn[0]));
            QVERIFY(decision);
            QCOMPARE(decision->annotator, QStringLiteral("ana"));
            QVERIFY(decision->decidedAt.isValid());
            QVERIFY(!store.humanDecision(*store.rowForId(drawn[3])));
        }

        const QJsonObject stats = statsJson(project);
        estimates = stats["estimates"].toObject();
        QCOMPARE(estimates["spot_checks"].toObject()["answered"].toInteger(), 3);
        const QJsonObject teacher = estimates["teacher"].toObject();
        QCOMPARE(teacher["n"].toInteger(), 3);
        int right = 0;
        for (int i = 0; i < 3; ++i)
            right += drawn[i] != "a3" && drawn[i] != "a6";
        QCOMPARE(teacher["correct"].toInteger(), right);
        QCOMPARE(teacher["accuracy"].toDouble(), right / 3.0);
        QVERIFY(teacher["ci_low"].toDouble() <= right / 3.0);
        QVERIFY(teacher["ci_high"].toDouble() >= right / 3.0);
        // No student yet: the final machine label is the teacher's.
        QCOMPARE(estimates["final"].toObject()["correct"].toInteger(), right);
        QCOMPARE(estimates["student"].toObject()["n"].toInteger(), 0);

        result = test::runCli({"stats", project});
        QVERIFY(result.standardOutput.contains("spot checks:               4 drawn, 3 answered\n"));
        QVERIFY2(result.standardOutput.contains("final labels ≈ "),
                 result.standardOutput.constData());
        QVERIFY(result.standardOutput.contains(" machine labels expected wrong ("));

        // Running again adds to the set, from the samples neither labelled nor drawn yet.
        result = test::runCli({"spot-check", project, "--size", "2", "--seed", "4"});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY2(result.standardOutput.contains("drew 2 spot checks (draw 2, seed 4) from 2 "
                                                "samples without a human label; the project has 6 "
                                                "spot checks"),
                 result.standardOutput.constData());
        result = test::runCli({"spot-check", project, "--size", "1"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("cannot draw 1 spot checks: only 0 sample(s)"),
                 result.standardError.constData());
    }

    void resolveNamesEveryOffenderAndWritesNothing()
    {
        test::Scratch scratch;
        const QString project = makeProject(scratch);
        const QString input = scratch.write("answers.csv", "id,label\n"
                                                           "a1,Business\n"
                                                           "a2,Sprots\n"
                                                           "zz,World\n"
                                                           "a1,World\n"
                                                           ",World\n");
        const test::ProcessResult result = test::runCli(
            {"resolve", project, "--input", input, "--id-column", "id", "--label-column", "label"});
        QCOMPARE(result.exitCode, 1);
        const QString message = QString::fromUtf8(result.standardError);
        // The first offender's line leads (an editor jumps there), then every problem.
        QVERIFY2(message.contains(input + ":3: "), qPrintable(message));
        QVERIFY2(message.contains("empty id in column \"id\" (line 6)"), qPrintable(message));
        QVERIFY2(message.contains("unknown id(s) in column \"id\", not in the project: \"zz\" "
                                  "(line 4)"),
                 qPrintable(message));
        QVERIFY2(message.contains("two rows decide the same sample: \"a1\" (lines 2 and 5)"),
                 qPrintable(message));
        QVERIFY2(message.contains("unknown label(s) in column \"label\": \"Sprots\" (line 3); the "
                                  "project's labels are: Business, Sports, World"),
                 qPrintable(message));
        ProjectStore store(project);
        QVERIFY(store.humanLabels().empty());
    }

    // JSON Lines as from a labelling tool; a label matched case-insensitively;
    // running the same file again changes nothing.
    void resolveReadsJsonLinesAndIsIdempotent()
    {
        test::Scratch scratch;
        const QString project = makeProject(scratch);
        const QString input =
            scratch.write("answers.jsonl", "{\"sample\": \"a3\", \"answer\": \"world\"}\n"
                                           "{\"sample\": \"a6\", \"answer\": \"World\"}\n");
        const QStringList arguments = {"resolve",     project,  "--input",        input,
                                       "--id-column", "sample", "--label-column", "answer",
                                       "--annotator", "ben"};
        test::ProcessResult result = test::runCli(arguments);
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY(result.standardOutput.contains("recorded 2 human decisions by ben (0 answer spot "
                                               "checks); 0 unchanged"));
        result = test::runCli(arguments);
        QVERIFY(result.standardOutput.contains("recorded 0 human decisions by ben (0 answer spot "
                                               "checks); 2 unchanged"));
        ProjectStore store(project);
        QCOMPARE(store.humanLabels().size(), size_t(2));
        QCOMPARE(store.humanHistory(*store.rowForId("a3")).size(), 1);
        QCOMPARE(store.finalLabel(*store.rowForId("a3")).label, 2);
    }

    // The report beside the CSV: what `stats --json` estimates, the counts by source, the
    // student run whose labels the export holds, and where everything is.
    void exportWritesAReportBesideTheCsv()
    {
        test::Scratch scratch;
        const QString project = makeProject(scratch);
        qint64 run = 0;
        {
            // A student that says Business everywhere, right on a1 and a4 only.
            ProjectStore store(project);
            run = store.beginRun(QStringLiteral("candist"),
                                 QJsonObject{{QStringLiteral("epochs"), 3}});
            QVector<StudentResult> results;
            for (const char *id : {"a1", "a2", "a3", "a4", "a5", "a6"}) {
                StudentResult result;
                result.row = *store.rowForId(QLatin1String(id));
                result.probabilities = {0.8f, 0.1f, 0.1f};
                result.predicted = 0;
                result.confidence = 0.8f;
                results << result;
            }
            store.saveStudentResults(run, results);
            store.finishRun(run, QStringLiteral("finished"), QJsonObject());
        }
        test::ProcessResult result = test::runCli({"spot-check", project, "--size", "3"});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QStringList drawn;
        {
            ProjectStore store(project);
            for (const SampleRow row : store.spotCheckRows())
                drawn << store.sample(row)->id;
        }
        const QHash<QString, QString> gold = {{"a1", "Business"}, {"a2", "Sports"},
                                              {"a3", "World"},    {"a4", "Business"},
                                              {"a5", "Sports"},   {"a6", "World"}};
        QByteArray answers = "id,label\n";
        for (const QString &id : drawn)
            answers += id.toUtf8() + "," + gold[id].toUtf8() + "\n";
        result = test::runCli({"resolve", project, "--input", scratch.write("answers.csv", answers),
                               "--id-column", "id", "--label-column", "label"});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());

        const QString csv = scratch.path("labels.csv");
        const QString reportPath = scratch.path("labels.report.json");
        result = test::runCli({"export", project, "--output", csv, "--report", reportPath});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY(result.standardOutput.contains(
            QByteArray("wrote the export report to " + reportPath.toUtf8())));
        const QJsonObject report =
            QJsonDocument::fromJson(scratch.read("labels.report.json")).object();
        QCOMPARE(report["format"].toString(), QStringLiteral("candist-export-report"));
        QCOMPARE(report["version"].toInt(), 1);
        QCOMPARE(report["project"].toString(), QFileInfo(project).absoluteFilePath());
        const QJsonObject exported = report["export"].toObject();
        QCOMPARE(exported["path"].toString(), QFileInfo(csv).absoluteFilePath());
        QCOMPARE(exported["rows"].toInteger(), 6);
        QCOMPARE(exported["columns"].toArray().first().toString(), QStringLiteral("id"));
        const QJsonObject sources = report["counts_by_source"].toObject();
        QCOMPARE(sources["human"].toInteger(), 3);
        QCOMPARE(sources["student"].toInteger(), 3);
        QCOMPARE(sources["teacher"].toInteger(), 0);
        QCOMPARE(sources["unresolved"].toInteger(), 0);
        // The estimates are those of `stats --json`, computed the same way.
        const QJsonObject estimates = report["estimates"].toObject();
        QCOMPARE(estimates, statsJson(project)["estimates"].toObject());
        int right = 0;
        for (const QString &id : drawn)
            right += gold[id] == QStringLiteral("Business");
        QCOMPARE(estimates["student"].toObject()["correct"].toInteger(), right);
        QCOMPARE(estimates["spot_checks"].toObject()["answered"].toInteger(), 3);
        const QJsonObject student = report["student_run"].toObject();
        QCOMPARE(student["id"].toInteger(), run);
        QCOMPARE(student["method"].toString(), QStringLiteral("candist"));
        QCOMPARE(student["status"].toString(), QStringLiteral("finished"));
        QCOMPARE(student["parameters"].toObject()["epochs"].toInt(), 3);
    }

    void exportReportErrorsNameTheFile()
    {
        test::Scratch scratch;
        const QString project = makeProject(scratch);
        const QString csv = scratch.path("labels.csv");
        test::ProcessResult result =
            test::runCli({"export", project, "--output", csv, "--report", csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("needs a file of its own"),
                 result.standardError.constData());
        QVERIFY(!QFileInfo::exists(csv));
        const QString missing = scratch.path("missing/dir/report.json");
        result = test::runCli({"export", project, "--output", csv, "--report", missing});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(
                     QByteArray(missing.toUtf8() + ": cannot write the export report")),
                 result.standardError.constData());
        QVERIFY(!QFileInfo::exists(csv));
        // A report without spot checks or a student: null estimates and no run.
        const QString reportPath = scratch.path("r.json");
        result = test::runCli({"export", project, "--output", csv, "--report", reportPath});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        const QJsonObject report = QJsonDocument::fromJson(scratch.read("r.json")).object();
        QVERIFY(report["student_run"].isNull());
        QVERIFY(report["estimates"].toObject()["final"].toObject()["accuracy"].isNull());
        QCOMPARE(report["counts_by_source"].toObject()["teacher"].toInteger(), 6);
        result = test::runCli({"export", project, "--output", csv, "--report", ""});
        QCOMPARE(result.exitCode, 2);
    }

    void resolveUsageErrors()
    {
        test::Scratch scratch;
        const QString project = makeProject(scratch);
        const QString input = scratch.write("answers.csv", "id,label\na1,Business\n");
        test::ProcessResult result =
            test::runCli({"resolve", project, "--input", input, "--id-column", "id"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("--label-column"));
        result = test::runCli(
            {"resolve", project, "--input", input, "--id-column", "id", "--label-column", "gold"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("gold"), result.standardError.constData());
        result = test::runCli({"spot-check", project});
        QCOMPARE(result.exitCode, 2);
        result = test::runCli({"spot-check", project, "--size", "2", "--seed", "-1"});
        QCOMPARE(result.exitCode, 2);
        // A spot-check file that cannot be written keeps no draw.
        result = test::runCli({"spot-check", project, "--size", "2", "--output",
                               scratch.path("missing/dir/check.csv")});
        QCOMPARE(result.exitCode, 1);
        ProjectStore store(project);
        QVERIFY(store.spotCheckRows().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliSpotChecksTest)
#include "test_cli_spot_checks.moc"
