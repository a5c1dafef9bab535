#include <QtTest>

#include "io/csv_exporter.h"
#include "io/csv_reader.h"
#include "io/sample_importer.h"
#include "io_test_support.h"
#include "store/project_store.h"
#include "store/queries/sample_note_query.h"
#include "test_files.h"

using namespace candist;

namespace {

const QByteArray kLabels = R"({"labels":[{"name":"neg"},{"name":"pos"}]})";

QString importProject(const test::Scratch &scratch, const QByteArray &csv, bool withGold)
{
    const QString project = scratch.path("p.candist");
    ImportOptions options;
    options.inputPath = scratch.write("in.csv", csv);
    options.idColumn = "id";
    options.goldColumn = withGold ? QStringLiteral("gold") : QString();
    options.labelsPath = scratch.write("labels.json", kLabels);
    SampleImporter::importIntoProject(project, options);
    return project;
}

// s1: teacher neg|pos; s2: teacher pos + student neg (0.8); s3: human pos; s4: nothing.
void annotate(ProjectStore &store)
{
    const auto row = [&](const char *id) { return *store.rowForId(QString::fromLatin1(id)); };
    TeacherResult t1;
    t1.row = row("s1");
    t1.strategy = "ca_all";
    t1.status = TeacherStatus::Ok;
    t1.candidates = {0, 1};
    t1.votes = {3, 1};
    TeacherResult t2 = t1;
    t2.row = row("s2");
    t2.candidates = {1};
    t2.votes = {};
    store.saveTeacherResults({t1, t2});
    StudentResult st;
    st.row = row("s2");
    st.probabilities = {0.8f, 0.2f};
    st.predicted = 0;
    st.confidence = 0.8f;
    store.saveStudentResults(store.beginRun("candist", {}), {st});
    store.recordHumanDecision({row("s3"), HumanAction::Label, 1, {}});
}

QVector<QStringList> readCsv(const QString &path, QStringList *header = nullptr)
{
    CsvReader reader(path);
    if (header)
        *header = reader.header();
    QVector<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows << record.fields;
    return rows;
}

} // namespace

class CsvExporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsEveryColumnWithProvenance()
    {
        test::Scratch scratch;
        ProjectStore store(
            importProject(scratch, "id,text,gold\ns1,a,neg\ns2,b,pos\ns3,c,\ns4,d,pos\n", true));
        annotate(store);
        ExportOptions options;
        options.outputPath = scratch.path("out.csv");
        const ExportReport report = CsvExporter::run(store, options);
        QCOMPARE(report.rows, 4);
        QCOMPARE(scratch.read("out.csv"),
                 QByteArray("id,text,label,source,confidence,candidates,flags,comment,gold\n"
                            "s1,a,neg,teacher,0.75,neg|pos,,,neg\n"
                            "s2,b,neg,student,0.8,pos,,,pos\n"
                            "s3,c,pos,human,1,,,,\n"
                            "s4,d,,,,,,,pos\n"));
    }

    void leavesOutGoldWhenThereIsNoneAndAddsProbabilities()
    {
        test::Scratch scratch;
        ProjectStore store(importProject(scratch, "id,text\ns1,a\ns2,b\ns3,c\ns4,d\n", false));
        annotate(store);
        ExportOptions options;
        options.outputPath = scratch.path("out.csv");
        options.probabilities = true;
        options.onlyResolved = true;
        CsvExporter::run(store, options);
        QStringList header;
        const QVector<QStringList> rows = readCsv(options.outputPath, &header);
        QCOMPARE(header, QStringList({"id", "text", "label", "source", "confidence", "candidates",
                                      "flags", "comment", "p_neg", "p_pos"}));
        QCOMPARE(rows.size(), 3); // s4 has no final label
        QCOMPARE(rows[0].mid(8), QStringList({"", ""}));
        QCOMPARE(rows[1].mid(8), QStringList({"0.8", "0.2"}));
    }

    // The annotators' notes: `flags` joins the flag names with |, `comment` is the text as typed
    // (quoted like any field), and --spreadsheet-safe neutralises a comment as well.
    void exportsFlagsAndComments()
    {
        test::Scratch scratch;
        ProjectStore store(importProject(scratch, "id,text\ns1,a\ns2,b\ns3,c\n", false));
        SampleNote first;
        first.row = 1;
        first.flags = SampleNote::Discuss | SampleNote::BadText | SampleNote::SchemaGap;
        SampleNote third;
        third.row = 3;
        third.flags = SampleNote::SchemaGap;
        third.comment = QStringLiteral("=maybe \"other\", see\nline 2");
        sample_note_query::save(store, {first, third});
        ExportOptions options;
        options.outputPath = scratch.path("notes.csv");
        CsvExporter::run(store, options);
        QCOMPARE(scratch.read("notes.csv"),
                 QByteArray("id,text,label,source,confidence,candidates,flags,comment\n"
                            "s1,a,,,,,discuss|bad text|schema gap,\n"
                            "s2,b,,,,,,\n"
                            "s3,c,,,,,schema gap,\"=maybe \"\"other\"\", see\nline 2\"\n"));
        options.outputPath = scratch.path("safe.csv");
        options.spreadsheetSafe = true;
        CsvExporter::run(store, options);
        const QVector<QStringList> rows = readCsv(options.outputPath);
        QCOMPARE(rows[2][7], QStringLiteral("'=maybe \"other\", see\nline 2"));
    }

    void spreadsheetSafeNeutralisesFormulaCellsOnly()
    {
        test::Scratch scratch;
        ProjectStore store(importProject(scratch,
                                         "id,text\n=id,=SUM(A1)\ns2,+1\ns3,-2\ns4,@cmd\n"
                                         "s5,\"\tx\"\ns6,\"\rx\"\ns7,a=b\n",
                                         false));
        ExportOptions options;
        options.outputPath = scratch.path("safe.csv");
        options.spreadsheetSafe = true;
        CsvExporter::run(store, options);
        const QVector<QStringList> rows = readCsv(options.outputPath);
        QCOMPARE(rows[0].mid(0, 2), QStringList({"'=id", "'=SUM(A1)"}));
        QStringList texts;
        for (const QStringList &row : rows)
            texts << row[1];
        QCOMPARE(texts, QStringList({"'=SUM(A1)", "'+1", "'-2", "'@cmd", "'\tx", "'\rx", "a=b"}));

        options.outputPath = scratch.path("raw.csv");
        options.spreadsheetSafe = false;
        CsvExporter::run(store, options);
        QCOMPARE(readCsv(options.outputPath)[0][1], QStringLiteral("=SUM(A1)"));
    }

    void textRoundTripsByteForByte()
    {
        test::Scratch scratch;
        const QStringList texts = {
            QStringLiteral("commas, \"quotes\"\nnewlines\r\nCRLF"),
            QStringLiteral("  leading spaces"),
            QStringLiteral("unicode \u00e9 \u4e2d\u6587 \U0001F600"),
            QStringLiteral("trailing spaces   "),
            QStringLiteral("semi;colon\ttab"),
        };
        QByteArray csv = "id,text\n";
        for (int i = 0; i < texts.size(); ++i) {
            QString quoted = texts[i];
            quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
            csv += "r" + QByteArray::number(i) + ",\"" + quoted.toUtf8() + "\"\n";
        }
        ProjectStore store(importProject(scratch, csv, false));
        ExportOptions options;
        options.outputPath = scratch.path("out.csv");
        CsvExporter::run(store, options);
        const QVector<QStringList> rows = readCsv(options.outputPath);
        QCOMPARE(rows.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i)
            QCOMPARE(rows[i][1].toUtf8(), texts[i].toUtf8());
    }

    void failedExportLeavesExistingFileUntouched()
    {
        test::Scratch scratch;
        QByteArray csv = "id,text\n";
        for (int i = 0; i < 2500; ++i)
            csv += "s" + QByteArray::number(i) + ",text " + QByteArray::number(i) + "\n";
        ProjectStore store(importProject(scratch, csv, false));
        const QString output = scratch.write("out.csv", "precious old export\n");
        ExportOptions options;
        options.outputPath = output;
        CancellationFlag cancel;
        cancel.cancel();
        QCOMPARE(test::errorMessage([&] { CsvExporter::run(store, options, {}, &cancel); }),
                 output + QStringLiteral(": export cancelled; nothing was written"));
        QCOMPARE(scratch.read("out.csv"), QByteArray("precious old export\n"));
        QCOMPARE(QDir(scratch.path(".")).entryList(QDir::Files).filter("out.csv").size(), 1);

        options.outputPath = scratch.path("missing-dir/out.csv");
        QVERIFY(test::errorMessage([&] {
                    CsvExporter::run(store, options);
                }).startsWith(options.outputPath + QStringLiteral(": cannot write")));
    }
};

QTEST_GUILESS_MAIN(CsvExporterTest)
#include "test_csv_exporter.moc"
