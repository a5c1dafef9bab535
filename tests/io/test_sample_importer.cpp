#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include "io/sample_importer.h"
#include "io_test_support.h"
#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

namespace {

const QByteArray kLabels =
    R"({"labels":[{"name":"sports","aliases":["sport"]},{"name":"politics"},)"
    R"({"name":"tech","aliases":["technology"]}]})";

ImportOptions options(const QString &input, const QString &gold = {}, const QString &id = {},
                      const QString &labels = {})
{
    ImportOptions result;
    result.inputPath = input;
    result.goldColumn = gold;
    result.idColumn = id;
    result.labelsPath = labels;
    return result;
}

bool projectFilesExist(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return true;
    }
    return false;
}

// The rows of `table`, or of every table and the schema, as read from the file itself: one line
// a row, each value as "type:value" (type as SQLite's typeof), in key order. Two projects with
// the same dump answer every query alike.
QString projectDump(const QString &path, const QString &table = {})
{
    QString dump;
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        database.setDatabaseName(path);
        if (!database.open())
            return QStringLiteral("cannot open ") + path;
        QStringList tables{table};
        if (table.isEmpty()) {
            tables = {QStringLiteral("sqlite_schema")};
            QSqlQuery names(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "ORDER BY name"),
                            database);
            while (names.next())
                tables << names.value(0).toString();
        }
        for (const QString &name : tables) {
            if (table.isEmpty())
                dump += QStringLiteral("-- %1\n").arg(name);
            QSqlQuery rows(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(name), database);
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant value = rows.value(i);
                    const char *type = value.isNull()                            ? "null"
                                       : value.typeId() == QMetaType::LongLong   ? "integer"
                                       : value.typeId() == QMetaType::Double     ? "real"
                                       : value.typeId() == QMetaType::QByteArray ? "blob"
                                                                                 : "text";
                    values << QLatin1String(type) + QLatin1Char(':') + value.toString();
                }
                dump += values.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return dump;
}

} // namespace

class SampleImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Only the start of a file has a byte order mark: a text (or id) that starts with U+FEFF
    // keeps it, from CSV and JSONL, through the project file and back.
    void keepsAByteOrderMarkThatStartsAText()
    {
        test::Scratch scratch;
        const QByteArray bom = "\xEF\xBB\xBF";
        const QString csv =
            scratch.write("in.csv", bom + "id,text\nb1," + bom + "hello\n" + bom + "b2,plain\n");
        const QString jsonl =
            scratch.write("in.jsonl", bom + "{\"id\":\"j1\",\"text\":\"" + bom + "raw\"}\n" +
                                          "{\"id\":\"j2\",\"text\":\"\\ufeffescaped\"}\n");
        const QString project = scratch.path("p.candist");
        QCOMPARE(SampleImporter::importIntoProject(project, options(csv, {}, "id")).imported, 2);
        QCOMPARE(SampleImporter::importIntoProject(project, options(jsonl, {}, "id")).imported, 2);
        ProjectStore store(project);
        const QChar mark(0xFEFF);
        QCOMPARE(store.sample(*store.rowForId("b1"))->text, mark + QStringLiteral("hello"));
        QCOMPARE(store.sample(*store.rowForId(mark + QStringLiteral("b2")))->text,
                 QStringLiteral("plain"));
        QCOMPARE(store.sample(*store.rowForId("j1"))->text, mark + QStringLiteral("raw"));
        QCOMPARE(store.sample(*store.rowForId("j2"))->text, mark + QStringLiteral("escaped"));
        QCOMPARE(*store.rowForText(mark + QStringLiteral("raw")), *store.rowForId("j1"));
        QVERIFY(!store.rowForText(QStringLiteral("raw")));
    }

    void importsTextIdsGoldAndMetadata()
    {
        test::Scratch scratch;
        const QString input = scratch.write(
            "in.csv", "id,text,label,source\nx1,\"Hello, \"\"world\"\"\nbye\",tech,web\n"
                      "x2,  spaced  ,Sport,news\nx3,no gold,,web\n");
        const QString project = scratch.path("p.candist");
        const ImportReport report = SampleImporter::importIntoProject(
            project, options(input, "label", "id", scratch.write("labels.json", kLabels)));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.withGold, 2);
        QVERIFY(report.createdProject);
        QCOMPARE(report.createdLabels, QStringList({"sports", "politics", "tech"}));

        ProjectStore store(project);
        QCOMPARE(store.sampleCount(), 3);
        const Sample first = *store.sample(*store.rowForId("x1"));
        QCOMPARE(first.text, QStringLiteral("Hello, \"world\"\nbye"));
        QCOMPARE(QJsonDocument::fromJson(first.metadata.toUtf8()).object(),
                 QJsonObject({{"source", "web"}}));
        QCOMPARE(store.sample(*store.rowForId("x2"))->text, QStringLiteral("  spaced  "));
        QCOMPARE(store.goldLabel(*store.rowForId("x1")), std::optional<int>(2));
        QCOMPARE(store.goldLabel(*store.rowForId("x2")), std::optional<int>(0)); // by alias
        QCOMPARE(store.goldLabel(*store.rowForId("x3")), std::nullopt);
        QVERIFY(!store.labelSchema().at(0).hotkey.isEmpty());
    }

    void derivesSortedSchemaFromGoldAndUsesLineNumbersAsIds()
    {
        test::Scratch scratch;
        const QString input = scratch.write(
            "in.csv", "text,label\n\"multi\nline\",World\nb,Sports\nc,business\nd,world\n");
        const QString project = scratch.path("p.candist");
        const ImportReport report =
            SampleImporter::importIntoProject(project, options(input, "label"));
        QCOMPARE(report.createdLabels, QStringList({"business", "Sports", "World"}));
        ProjectStore store(project);
        QCOMPARE(store.labelSchema().names(), QStringList({"business", "Sports", "World"}));
        QCOMPARE(store.goldLabel(*store.rowForId("2")), std::optional<int>(2));
        QCOMPARE(store.goldLabel(*store.rowForId("4")), std::optional<int>(1));
        QCOMPARE(store.goldLabel(*store.rowForId("5")), std::optional<int>(0));
        QCOMPARE(store.goldLabel(*store.rowForId("6")), std::optional<int>(2)); // "world"
        QVERIFY(!store.rowForId("3")); // line 3 is inside the first record
    }

    void refusesToDeriveThousandsOfLabels()
    {
        test::Scratch scratch;
        QByteArray csv = "text,label\n";
        for (int i = 0; i <= 1000; ++i) {
            csv += "t,v";
            csv += QByteArray::number(i);
            csv += "\n";
        }
        const QString input = scratch.write("in.csv", csv);
        const QString project = scratch.path("p.candist");
        QCOMPARE(test::errorMessage(
                     [&] { SampleImporter::importIntoProject(project, options(input, "label")); }),
                 input + QStringLiteral(":1002: column \"label\" has more than 1000 distinct "
                                        "values, too many for labels (is it a text column?); give "
                                        "the labels with --labels"));
        QVERIFY(!QFileInfo::exists(project));
    }

    void sortsIntegerLabelsNumerically()
    {
        test::Scratch scratch;
        const QString input = scratch.write("in.csv", "text,label\na,10\nb,2\nc,1\n");
        const QString project = scratch.path("p.candist");
        SampleImporter::importIntoProject(project, options(input, "label"));
        QCOMPARE(ProjectStore(project).labelSchema().names(), QStringList({"1", "2", "10"}));
    }

    void skipsEmptyTextsWithWarning()
    {
        test::Scratch scratch;
        const QString input = scratch.write("in.csv", "text,label\na,x\n\"\",x\n   ,y\nb,y\n");
        const ImportReport report =
            SampleImporter::importIntoProject(scratch.path("p.candist"), options(input, "label"));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped.size(), 2);
        QCOMPARE(report.skipped[0].line, 3);
        QCOMPARE(report.skipped[1].line, 4);
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings[0],
                 input + QStringLiteral(": skipped 2 row(s) with an empty text (lines 3, 4)"));
    }

    // Blank is decided on the bytes for ASCII and by QChar::isSpace beyond it: a no-break or
    // ideographic space alone is blank, a letter after spaces is not.
    void blankTextsIncludeUnicodeSpaces()
    {
        test::Scratch scratch;
        const QString input = scratch.write(
            "in.csv", "text\n\xC2\xA0\n\t\xE3\x80\x80 \n \xC3\xA9\n\x0B\x0C\r\n\xE2\x80\x83x\n");
        const ImportReport report =
            SampleImporter::importIntoProject(scratch.path("p.candist"), options(input));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped.size(), 3);
        QCOMPARE(report.skipped[0].line, 2);
        QCOMPARE(report.skipped[1].line, 3);
        QCOMPARE(report.skipped[2].line, 5);
        ProjectStore store(scratch.path("p.candist"));
        QCOMPARE(store.sample(*store.rowForId("4"))->text, QStringLiteral(" \u00e9"));
        QCOMPARE(store.sample(*store.rowForId("6"))->text, QStringLiteral("\u2003x"));
    }

    // All or nothing: a file whose last row fails (after thousands of rows, gold and metadata
    // were written) leaves every table of the project exactly as it was.
    void failureAtTheLastRowLeavesTheProjectAsItWas()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        SampleImporter::importIntoProject(
            project,
            options(scratch.write("a.csv", "id,text,gold,note\nk1,keep,b,n\nk2,also,a,m\n"), "gold",
                    "id"));
        const QString before = projectDump(project);
        QByteArray rows = "id,text,gold,note\n";
        for (int i = 0; i < 3000; ++i)
            rows += "r" + QByteArray::number(i) + ",\"text, " + QByteArray::number(i) + "\",a,x\n";
        const QByteArray lastRows[] = {"r7,duplicate,a,x\n",       "k2,taken,a,x\n",
                                       "bad,\"unterminated,a,x\n", "bad,\xFF,a,x\n",
                                       "bad,ragged,a\n",           "bad,unknown,zzz,x\n",
                                       ",empty id,a,x\n"};
        for (const QByteArray &last : lastRows) {
            const QString input = scratch.write("b.csv", rows + last);
            QVERIFY2(!test::errorMessage([&] {
                          SampleImporter::importIntoProject(project, options(input, "gold", "id"));
                      }).isEmpty(),
                     last.constData());
            QCOMPARE(projectDump(project), before);
        }
        QCOMPARE(ProjectStore(project).sampleCount(), 2);
    }

    // What an import writes, cell for cell and type for type, pinned: quoted and multi-line
    // texts, a U+FEFF that starts a text, unicode, metadata as JSON text or NULL, gold by
    // derived label order, ids as text.
    void importWritesTheseRowsExactly()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        const QString input =
            scratch.write("in.csv", "id,text,gold,note\n7,\"a, \"\"b\"\"\nc\",Zed,\"q\"\"\\\x01\"\n"
                                    "x,\xEF\xBB\xBF"
                                    "caf\xC3\xA9,alpha,\n");
        SampleImporter::importIntoProject(project, options(input, "gold", "id"));
        QCOMPARE(projectDump(project, QStringLiteral("samples")),
                 QStringLiteral(
                     "integer:1|text:7|text:a, \"b\"\nc|text:{\"note\":\"q\\\"\\\\\\u0001\"}\n"
                     "integer:2|text:x|text:\uFEFFcaf\u00e9|text:{\"note\":\"\"}\n"));
        QCOMPARE(projectDump(project, QStringLiteral("gold_labels")),
                 QStringLiteral("integer:1|integer:1\ninteger:2|integer:0\n"));
        const QString noMetadata = scratch.write("n.csv", "id,text\ny,plain\n");
        SampleImporter::importIntoProject(project, options(noMetadata, {}, "id"));
        QVERIFY(projectDump(project, QStringLiteral("samples"))
                    .endsWith(QStringLiteral("integer:3|text:y|text:plain|null:\n")));
    }

    void duplicateIdsFailNamingBothLinesAndRemoveTheNewProject()
    {
        test::Scratch scratch;
        const QString input = scratch.write("in.csv", "id,text\na,one\nb,two\na,three\n");
        const QString project = scratch.path("p.candist");
        QCOMPARE(test::errorMessage(
                     [&] { SampleImporter::importIntoProject(project, options(input, {}, "id")); }),
                 input + QStringLiteral(":4: duplicate id \"a\": line 2 has the same id"));
        QVERIFY(!projectFilesExist(project));
    }

    // Rows go in by batches of 64: a duplicate inside a full batch, or across batches, is still
    // named by its own line and the first line, and an earlier duplicate is reported before a
    // later broken row that was read before the batch was written.
    void duplicatesInAndAcrossBatchesAreNamedByLine()
    {
        test::Scratch scratch;
        const auto rows = [](int count) {
            QByteArray csv = "id,text\n";
            for (int i = 0; i < count; ++i)
                csv += "i" + QByteArray::number(i) + ",text " + QByteArray::number(i) + "\n";
            return csv;
        };
        const QString project = scratch.path("p.candist");
        const struct
        {
            QByteArray extra;
            QString error;
        } cases[] = {
            {"i70,again\n" + rows(200).mid(8),
             ":202: duplicate id \"i70\": line 72 has the same id"},
            {"i3,again\nbroken\n", ":202: duplicate id \"i3\": line 5 has the same id"},
            {"x,a\nx,b\n" + rows(100).mid(8).replace('i', 'j'),
             ":203: duplicate id \"x\": line 202 has the same id"},
        };
        for (const auto &c : cases) {
            const QString input = scratch.write("in.csv", rows(200) + c.extra);
            QCOMPARE(test::errorMessage([&] {
                         SampleImporter::importIntoProject(project, options(input, {}, "id"));
                     }),
                     input + c.error);
            QVERIFY(!projectFilesExist(project));
        }
        const QString clean = scratch.write("clean.csv", rows(64 * 3 + 5));
        QCOMPARE(SampleImporter::importIntoProject(project, options(clean, {}, "id")).imported,
                 64 * 3 + 5);
        ProjectStore store(project);
        QCOMPARE(store.sampleCount(), 64 * 3 + 5);
        for (int i : {0, 63, 64, 191, 192, 196})
            QCOMPARE(*store.rowForId(QStringLiteral("i%1").arg(i)), SampleRow(i + 1));
        QCOMPARE(store.sample(197)->text, QStringLiteral("text 196"));
    }

    void duplicateIdAgainstExistingProjectLeavesItUnchanged()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        SampleImporter::importIntoProject(
            project, options(scratch.write("a.csv", "id,text\na,one\nb,two\n"), {}, "id"));
        const QString second = scratch.write("b.csv", "id,text\nc,three\nb,again\n");
        QCOMPARE(test::errorMessage([&] {
                     SampleImporter::importIntoProject(project, options(second, {}, "id"));
                 }),
                 second + QStringLiteral(":3: sample id \"b\" is already in the project"));
        ProjectStore store(project);
        QCOMPARE(store.sampleCount(), 2);
        QVERIFY(!store.rowForId("c"));
    }

    void invalidUtf8AndRaggedRowsRollBack()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        SampleImporter::importIntoProject(
            project, options(scratch.write("a.csv", "text,label\nfirst,x\n"), "label"));
        // The first file's ids are line numbers; these files bring their own.
        const QString badUtf8 = scratch.write("u.csv", "text,label,id\nok,x,u1\nab\xFE,x,u2\n");
        QCOMPARE(test::errorMessage([&] {
                     SampleImporter::importIntoProject(project, options(badUtf8, "label", "id"));
                 }),
                 badUtf8 + QStringLiteral(":3:3: invalid UTF-8 byte sequence (the file must be "
                                          "UTF-8 encoded)"));
        const QString ragged = scratch.write("r.csv", "text,label,id\nok,x,r1\nmore,x,r2,extra\n");
        QCOMPARE(test::errorMessage([&] {
                     SampleImporter::importIntoProject(project, options(ragged, "label", "id"));
                 }),
                 ragged + QStringLiteral(":3:11: expected 3 fields as in the header, found 4"));
        QCOMPARE(ProjectStore(project).sampleCount(), 1);
    }

    void unknownGoldLabelsAreNamedWithTheirLines()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        const QString labels = scratch.write("labels.json", kLabels);
        const QString input = scratch.write(
            "in.csv", "text,gold\na,sports\nb,cooking\nc,TECHNOLOGY\nd,art\ne,cooking\n");
        QCOMPARE(test::errorMessage([&] {
                     SampleImporter::importIntoProject(project, options(input, "gold", {}, labels));
                 }),
                 input + QStringLiteral(": unknown gold label(s) in column \"gold\": \"art\" "
                                        "(line 5), \"cooking\" (lines 3, 6). The project's "
                                        "labels are: sports, politics, tech (names or aliases, "
                                        "case-insensitive)"));
        QVERIFY(!projectFilesExist(project));
    }

    void manyUnknownGoldValuesKeepTheMessageShort()
    {
        test::Scratch scratch;
        QByteArray csv = "text,gold\n";
        for (int i = 0; i < 30; ++i) {
            csv += "t";
            csv += QByteArray::number(i);
            csv += ",value";
            csv += QByteArray::number(100 + i);
            csv += "\n";
        }
        const QString input = scratch.write("in.csv", csv);
        const QString message = test::errorMessage([&] {
            SampleImporter::importIntoProject(
                scratch.path("p.candist"),
                options(input, "gold", {}, scratch.write("labels.json", kLabels)));
        });
        QVERIFY2(message.contains(QStringLiteral("\"value100\" (line 2), \"value101\" (line 3)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"value119\" (line 21) and 10 more row(s) with "
                                                 "other values. The project's labels")),
                 qPrintable(message));
    }

    void labelsFileMustMatchTheStoredSchema()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        const QString labels = scratch.write("labels.json", kLabels);
        SampleImporter::importIntoProject(
            project, options(scratch.write("a.csv", "text\na\n"), {}, {}, labels));
        // The same file again is fine.
        SampleImporter::importIntoProject(
            project, options(scratch.write("b.csv", "id,text\nb1,b\n"), {}, "id", labels));
        const QString other = scratch.write(
            "other.json", R"({"labels":[{"name":"sports"},{"name":"science"},{"name":"tech"}]})");
        const QString message = test::errorMessage([&] {
            SampleImporter::importIntoProject(
                project, options(scratch.write("c.csv", "id,text\nc1,c\n"), {}, "id", other));
        });
        QCOMPARE(message, other + QStringLiteral(": differs from the label schema stored in ") +
                              project +
                              QStringLiteral(": the file lacks \"politics\", the file adds "
                                             "\"science\" (project: sports, politics, tech; file: "
                                             "sports, science, tech). Import without --labels to "
                                             "use the stored schema."));
        QCOMPARE(ProjectStore(project).sampleCount(), 2);
    }

    void unknownColumnListsTheAvailableOnes()
    {
        test::Scratch scratch;
        const QString input = scratch.write("in.csv", "sentence,label\na,b\n");
        QCOMPARE(test::errorMessage([&] {
                     SampleImporter::importIntoProject(scratch.path("p.candist"), options(input));
                 }),
                 input + QStringLiteral(": no column \"text\" (given by --text-column); the CSV "
                                        "columns are: \"sentence\", \"label\""));
    }

    void cancellationRollsBack()
    {
        test::Scratch scratch;
        QByteArray csv = "text\n";
        for (int i = 0; i < 5000; ++i)
            csv += "sample " + QByteArray::number(i) + "\n";
        const QString input = scratch.write("in.csv", csv);
        const QString project = scratch.path("p.candist");
        SampleImporter::importIntoProject(
            project, options(scratch.write("a.csv", "id,text\nk,keep\n"), {}, "id"));
        CancellationFlag cancel;
        cancel.cancel();
        QVERIFY(test::errorMessage([&] {
                    SampleImporter::importIntoProject(project, options(input), {}, &cancel);
                }).contains(QStringLiteral("import cancelled; the project is unchanged")));
        QCOMPARE(ProjectStore(project).sampleCount(), 1);
        const QString fresh = scratch.path("fresh.candist");
        QVERIFY(!test::errorMessage([&] {
                     SampleImporter::importIntoProject(fresh, options(input), {}, &cancel);
                 }).isEmpty());
        QVERIFY(!projectFilesExist(fresh));
    }

    void reportsProgress()
    {
        test::Scratch scratch;
        QByteArray csv = "text\n";
        for (int i = 0; i < 3000; ++i)
            csv += "sample " + QByteArray::number(i) + "\n";
        const QString input = scratch.write("in.csv", csv);
        QVector<ProgressUpdate> updates;
        SampleImporter::importIntoProject(scratch.path("p.candist"), options(input),
                                          [&](const ProgressUpdate &u) { updates << u; });
        QVERIFY(!updates.isEmpty());
        QCOMPARE(updates.last().done, 3000);
        QCOMPARE(updates.last().total, 3000);
        QVERIFY2(updates.last().detail.endsWith(QStringLiteral(" MiB read")),
                 qPrintable(updates.last().detail));
        // Intermediate totals are estimates from the bytes read; rows never run backwards.
        for (qsizetype i = 1; i < updates.size(); ++i)
            QVERIFY(updates[i].done >= updates[i - 1].done);
        for (const ProgressUpdate &update : updates)
            QVERIFY(update.total >= update.done);
    }

    void importsJsonl()
    {
        test::Scratch scratch;
        const QString input = scratch.write(
            "in.jsonl", "{\"id\":1,\"text\":\"first\\nline\",\"label\":\"b\",\"meta\":2}\n"
                        "{\"id\":2,\"text\":\"second\",\"label\":\"a\",\"meta\":3}\n");
        const QString project = scratch.path("p.candist");
        const ImportReport report =
            SampleImporter::importIntoProject(project, options(input, "label", "id"));
        QCOMPARE(report.imported, 2);
        ProjectStore store(project);
        QCOMPARE(store.labelSchema().names(), QStringList({"a", "b"}));
        const Sample first = *store.sample(*store.rowForId("1"));
        QCOMPARE(first.text, QStringLiteral("first\nline"));
        QCOMPARE(first.metadata, QStringLiteral("{\"meta\":\"2\"}"));
        QCOMPARE(store.goldLabel(first.row), std::optional<int>(1));
    }

    void metadataIsValidJsonForAnyCellText()
    {
        test::Scratch scratch;
        const QString input = scratch.write(
            "in.csv", "text,note,\"odd \"\"key\"\"\"\nt,\"a \"\"q\"\" \\ b\nc\td\x01\u00e9\",x\n");
        const QString project = scratch.path("p.candist");
        SampleImporter::importIntoProject(project, options(input));
        ProjectStore store(project);
        QJsonParseError error;
        const QJsonObject metadata =
            QJsonDocument::fromJson(store.sample(*store.rowForId("2"))->metadata.toUtf8(), &error)
                .object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(metadata.value("note").toString(), QStringLiteral("a \"q\" \\ b\nc\td\x01\u00e9"));
        QCOMPARE(metadata.value("odd \"key\"").toString(), QStringLiteral("x"));
    }

    void previewShowsFormatHeaderAndRows()
    {
        test::Scratch scratch;
        const QString input = scratch.write("in.csv", "text;label\na;x\nb;y\nc;z\n\"bad;x\n");
        const ImportPreview preview = SampleImporter::preview(input, 2);
        QCOMPARE(preview.format, InputFormat::Csv);
        QCOMPARE(preview.delimiter, QLatin1Char(';'));
        QCOMPARE(preview.header, QStringList({"text", "label"}));
        QCOMPARE(preview.rows, QVector<QStringList>({{"a", "x"}, {"b", "y"}}));
        QVERIFY(preview.error.isEmpty());
        const ImportPreview all = SampleImporter::preview(input, 10);
        QCOMPARE(all.rows.size(), 3);
        QVERIFY(all.error.startsWith(input + QStringLiteral(":5:1: unterminated quoted field")));
    }
};

QTEST_GUILESS_MAIN(SampleImporterTest)
#include "test_sample_importer.moc"
