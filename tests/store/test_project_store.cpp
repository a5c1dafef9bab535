#include <cmath>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include "model/error.h"
#include "store/project_store.h"
#include "store/queries/sample_note_query.h"
#include "store/schema_migrations.h"
#include "test_files.h"

using namespace candist;

namespace {

LabelSchema threeLabels()
{
    return LabelSchema(
        {{QStringLiteral("sports"), QStringLiteral("games"), {QStringLiteral("sport")}, {}, {}},
         {QStringLiteral("politics"), {}, {}, {}, {}},
         {QStringLiteral("tech"), {}, {QStringLiteral("technology")}, {}, {}}});
}

// A project with three labels and `count` samples s1..sN; sample i has gold i % 3.
void populate(ProjectStore &store, int count)
{
    store.setLabelSchema(threeLabels());
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    for (int i = 1; i <= count; ++i)
        inserter.insert(QStringLiteral("s%1").arg(i), QStringLiteral("text %1").arg(i), {}, i % 3);
    transaction.commit();
}

QString sqliteValue(const QString &path, const QString &statement)
{
    QString value;
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        database.setDatabaseName(path);
        database.open();
        QSqlQuery query(database);
        query.exec(statement);
        if (query.next())
            value = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

// Removes what schema 4 added, as a project written before it looks.
void downgradeToSchema3(const QString &path)
{
    for (const char *statement :
         {"DROP TABLE sample_notes", "UPDATE schema_version SET version = 3"})
        sqliteValue(path, QLatin1String(statement));
}

// Removes what schemas 3 and 4 added, as a project written before them looks.
LabelSchema twoLabels()
{
    return LabelSchema({{"a", {}, {}, {}, {}}, {"b", {}, {}, {}, {}}});
}

void downgradeToSchema2(const QString &path)
{
    downgradeToSchema3(path);
    for (const char *statement :
         {"DROP INDEX student_results_by_confidence", "DROP INDEX student_results_by_margin",
          "DROP INDEX student_results_by_entropy", "DROP INDEX student_results_by_predicted",
          "DROP INDEX teacher_results_by_set_size", "DROP TABLE review_scores",
          "UPDATE schema_version SET version = 2"})
        sqliteValue(path, QLatin1String(statement));
}

} // namespace

class ProjectStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsProjectInWalModeWithSchemaVersion()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            QVERIFY(store.wasCreated());
            QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
        }
        QCOMPARE(sqliteValue(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 SchemaMigrations::latestVersion());
        ProjectStore reopened(path);
        QVERIFY(!reopened.wasCreated());
    }

    void refusesMissingForeignAndGarbageFiles()
    {
        test::Scratch scratch;
        const QString missing = scratch.path(QStringLiteral("missing.candist"));
        try {
            ProjectStore store(missing);
            QFAIL("a missing file was opened");
        } catch (const Error &error) {
            // A typed error: the kind says what failed, the location which file.
            QCOMPARE(error.kind(), Error::Kind::FileSystem);
            QCOMPARE(error.location().file, missing);
            QCOMPARE(error.message(), missing + QStringLiteral(": no such project file"));
        }

        const QString garbage =
            scratch.write(QStringLiteral("garbage.candist"), QByteArray(4096, 'x'));
        try {
            ProjectStore store(garbage);
            QFAIL("a garbage file was opened");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("not a CanDist project")),
                     qPrintable(error.message()));
        }

        const QString foreign = scratch.path(QStringLiteral("foreign.sqlite"));
        sqliteValue(foreign, QStringLiteral("CREATE TABLE other (x)"));
        try {
            ProjectStore store(foreign);
            QFAIL("a foreign SQLite file was opened");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("another application")),
                     qPrintable(error.message()));
            QCOMPARE(error.kind(), Error::Kind::Database);
            QCOMPARE(error.location().file, foreign);
        }
        // Refusing must not have modified the foreign file.
        QCOMPARE(sqliteValue(foreign, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt(),
                 1);
    }

    void refusesProjectsOfANewerSchema()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        }
        sqliteValue(path, QStringLiteral("UPDATE schema_version SET version = 999"));
        try {
            ProjectStore store(path);
            QFAIL("a newer schema was opened");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("newer CanDist Workbench")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QLatin1String("999")));
        }
    }

    // A project written before spot checks (schema 1) opens, keeps its decisions and gains the
    // spot-check table, the annotator column and the machine_labels view.
    void migratesASchema1Project()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        SampleRow row = 0;
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(twoLabels());
            ProjectStore::SampleInserter inserter(store);
            row = inserter.insert(QStringLiteral("s1"), QStringLiteral("text"), {}, std::nullopt);
            store.recordHumanDecision({row, HumanAction::Label, 1, {}, QStringLiteral("ana")});
        }
        downgradeToSchema2(path);
        for (const char *statement : {"DROP VIEW machine_labels", "DROP TABLE spot_checks",
                                      "ALTER TABLE human_labels DROP COLUMN annotator",
                                      "ALTER TABLE human_log DROP COLUMN annotator",
                                      "UPDATE schema_version SET version = 1"})
            sqliteValue(path, QLatin1String(statement));
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                                  "'spot_checks'")),
                 QStringLiteral("0"));

        ProjectStore store(path);
        QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
        const auto decision = store.humanDecision(row);
        QVERIFY(decision);
        QCOMPARE(decision->label, 1);
        QCOMPARE(decision->annotator, QString());
        QCOMPARE(store.addSpotChecks({row}, 5), 1);
        QCOMPARE(store.spotCheckRows(), QVector<SampleRow>{row});
    }

    // A project of schema 2 opens and gains the sort indexes and the stored review scores.
    void migratesASchema2Project()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        SampleRow row = 0;
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(twoLabels());
            row = ProjectStore::SampleInserter(store).insert(QStringLiteral("s1"),
                                                             QStringLiteral("text"), {}, 1);
        }
        downgradeToSchema2(path);
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name "
                                                  "LIKE '%_by_confidence' OR name = "
                                                  "'review_scores'")),
                 QStringLiteral("0"));

        {
            ProjectStore store(path);
            QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
            QCOMPARE(store.goldLabel(row), std::optional<int>(1));
        }
        QCOMPARE(
            sqliteValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                             "('student_results_by_confidence', "
                                             "'student_results_by_margin', "
                                             "'student_results_by_entropy', "
                                             "'student_results_by_predicted', "
                                             "'teacher_results_by_set_size', "
                                             "'review_scores', 'review_scores_by_score')")),
            QStringLiteral("7"));
    }

    // A project of schema 3 opens with its decisions intact and gains the notes table (flags and
    // comments, issue 15) with its index; notes then save and read back.
    void migratesASchema3Project()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        SampleRow row = 0;
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(twoLabels());
            row = ProjectStore::SampleInserter(store).insert(QStringLiteral("s1"),
                                                             QStringLiteral("text"), {}, 1);
            store.recordHumanDecision({row, HumanAction::Label, 0, {}, QStringLiteral("ana")});
        }
        downgradeToSchema3(path);
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name "
                                                  "LIKE 'sample_notes%'")),
                 QStringLiteral("0"));
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT version FROM schema_version")),
                 QStringLiteral("3"));
        {
            ProjectStore store(path);
            QCOMPARE(SchemaMigrations::latestVersion(), 4);
            QCOMPARE(store.schemaVersion(), 4);
            QCOMPARE(store.humanDecision(row)->label, 0);
            SampleNote note;
            note.row = row;
            note.flags = SampleNote::SchemaGap;
            note.comment = QStringLiteral("needs a label 'other'");
            sample_note_query::save(store, {note});
            QCOMPARE(sample_note_query::note(store, row).comment, note.comment);
        }
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name "
                                                  "IN ('sample_notes', 'sample_notes_by_flags')")),
                 QStringLiteral("2"));
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT version FROM schema_version")),
                 QStringLiteral("4"));
        // The table itself refuses an empty note: an empty note is no row.
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM sample_notes")),
                 QStringLiteral("1"));
        sqliteValue(path, QStringLiteral("INSERT INTO sample_notes (sample_row, flags, comment, "
                                         "updated_at) VALUES (%1, 0, '', 0)")
                              .arg(row + 1));
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM sample_notes")),
                 QStringLiteral("1"));
    }

    // A distillation's write of every result drops the sort indexes and rebuilds them before it
    // commits; a write that rolls back keeps them too.
    void rebuildsTheStudentIndexesAfterALargeWrite()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        const int count = 50000;
        QVector<StudentResult> results;
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(twoLabels());
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 0; i < count; ++i) {
                const SampleRow row = inserter.insert(QStringLiteral("s%1").arg(i),
                                                      QStringLiteral("t"), {}, std::nullopt);
                const float p = float((i * 7919) % count) / count; // a shuffled confidence
                StudentResult result;
                result.row = row;
                result.probabilities = {p, 1.f - p};
                result.predicted = p >= 0.5f ? 0 : 1;
                result.confidence = std::max(p, 1.f - p);
                results << result;
            }
            transaction.commit();
            const qint64 run = store.beginRun(QStringLiteral("candist"), {});
            {
                ProjectStore::Transaction failed(store);
                store.saveStudentResults(run, results);
            } // rolled back
            ProjectStore::Transaction written(store);
            store.saveStudentResults(run, results.mid(0, count / 2));
            store.saveStudentResults(run, results.mid(count / 2));
            written.commit();
        }
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                                  "'index' AND tbl_name = 'student_results'")),
                 QStringLiteral("4"));
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT count(*) FROM student_results")),
                 QString::number(count));
        QCOMPARE(sqliteValue(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void roundTripsLabelSchemaAndRefusesRemovalOnceAnnotated()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        LabelSchema schema = threeLabels();
        schema.assignDefaults();
        store.setLabelSchema(schema);
        QCOMPARE(store.labelSchema(), schema);
        QCOMPARE(store.labelSchema().indexOf(u"Technology"), 2);

        ProjectStore::SampleInserter(store).insert(QStringLiteral("a"), QStringLiteral("x"), {}, 1);
        LabelSchema smaller({schema.at(0)});
        QVERIFY_THROWS_EXCEPTION(Error, store.setLabelSchema(smaller));
        QCOMPARE(store.labelSchema().size(), 3);
    }

    void keepsGoldApartAndRejectsDuplicateIds()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        populate(store, 10);
        QCOMPARE(store.sampleCount(), 10);
        QVERIFY(store.hasGold());
        const SampleRow row = *store.rowForId(QStringLiteral("s4"));
        QCOMPARE(store.sample(row)->text, QStringLiteral("text 4"));
        QCOMPARE(store.goldLabel(row), std::optional<int>(1));
        QCOMPARE(store.goldLabels().size(), size_t(10));
        QCOMPARE(store.rowForText(QStringLiteral("text 7")), store.rowForId(QStringLiteral("s7")));

        try {
            ProjectStore::SampleInserter(store).insert(QStringLiteral("s4"),
                                                       QStringLiteral("again"), {}, {});
            QFAIL("duplicate id accepted");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QLatin1String("s4")));
        }
        QCOMPARE(store.sampleCount(), 10);
    }

    // The byte path an import takes: the same rows as the QString path, empty metadata as NULL,
    // a leading U+FEFF kept, a taken id named in the error and nothing written.
    void insertsUtf8BytesLikeStrings()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        store.setLabelSchema(threeLabels());
        const QString bomText = QChar(0xFEFF) + QStringLiteral("caf\u00e9");
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            const SampleRow a =
                inserter.insert(QStringLiteral("a"), bomText, QStringLiteral("{\"k\":\"v\"}"), 2);
            const SampleRow b = inserter.insertUtf8("b", bomText.toUtf8(), "{\"k\":\"v\"}");
            const SampleRow c = inserter.insertUtf8("c", "", {});
            QCOMPARE(b, a + 1);
            QCOMPARE(c, b + 1);
            try {
                inserter.insertUtf8("a", "again", {});
                QFAIL("duplicate id accepted");
            } catch (const Error &error) {
                QCOMPARE(error.message(), QStringLiteral("duplicate sample id \"a\""));
            }
            // The failed statement is reset: the inserter goes on.
            inserter.insertUtf8("d", "after", {});
            transaction.commit();
        }
        const Sample a = *store.sample(*store.rowForId(QStringLiteral("a")));
        const Sample b = *store.sample(*store.rowForId(QStringLiteral("b")));
        QCOMPARE(b.text, bomText);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.metadata, a.metadata);
        QVERIFY(!store.goldLabel(b.row));
        QCOMPARE(store.goldLabel(a.row), std::optional<int>(2));
        QCOMPARE(store.sample(*store.rowForId(QStringLiteral("c")))->text, QString());
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT typeof(metadata) || typeof(text) FROM "
                                                  "samples WHERE ext_id = 'c'")),
                 QStringLiteral("nulltext"));
        QCOMPARE(sqliteValue(path, QStringLiteral("SELECT typeof(ext_id) || typeof(text) || "
                                                  "typeof(metadata) FROM samples WHERE ext_id = "
                                                  "'b'")),
                 QStringLiteral("texttexttext"));
        QCOMPARE(store.sampleCount(), 4);
    }

    void paginatesAndStreamsSamplesInRowOrder()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        populate(store, 25);
        QVector<Sample> page = store.samples(0, 10);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().id, QStringLiteral("s1"));
        page = store.samples(page.last().row, 100);
        QCOMPARE(page.size(), 15);
        QCOMPARE(page.last().id, QStringLiteral("s25"));
        int visited = 0;
        SampleRow previous = 0;
        store.forEachSample([&](const Sample &sample) {
            QVERIFY(sample.row > previous);
            previous = sample.row;
            ++visited;
        });
        QCOMPARE(visited, 25);
    }

    void rollsBackUncommittedTransactionsIncludingNestedFailures()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        populate(store, 3);
        {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter(store).insert(QStringLiteral("x"), QStringLiteral("x"), {},
                                                       {});
            // no commit: destroyed, rolled back
        }
        QCOMPARE(store.sampleCount(), 3);
        {
            ProjectStore::Transaction outer(store);
            ProjectStore::SampleInserter(store).insert(QStringLiteral("y"), QStringLiteral("y"), {},
                                                       {});
            {
                ProjectStore::Transaction inner(store); // fails without commit
            }
            QVERIFY_THROWS_EXCEPTION(Error, outer.commit());
        }
        QCOMPARE(store.sampleCount(), 3);
    }

    void storesTeacherResultsAndResponseCache()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        populate(store, 4);
        TeacherResult result;
        result.row = 1;
        result.strategy = QStringLiteral("ca_all");
        result.candidates = {2, 0};
        result.votes = {3, 1};
        result.rawResponse = QStringLiteral("[\"tech\", \"sports\"]");
        result.status = TeacherStatus::Ok;
        result.promptTokens = 120;
        result.completionTokens = 7;
        result.latencyMs = 250;
        TeacherResult failed;
        failed.row = 2;
        failed.strategy = QStringLiteral("ca_all");
        failed.status = TeacherStatus::ParseFailed;
        failed.rawResponse = QStringLiteral("I don't know");
        store.saveTeacherResults({result, failed});

        const TeacherResult loaded = *store.teacherResult(1);
        QCOMPARE(loaded.candidates, result.candidates);
        QCOMPARE(loaded.votes, result.votes);
        QCOMPARE(loaded.rawResponse, result.rawResponse);
        QCOMPARE(loaded.promptTokens, 120);
        QCOMPARE(store.teacherResultCount(), 2);
        QCOMPARE(store.teacherResultCount(TeacherStatus::ParseFailed), 1);
        QVERIFY(!store.teacherResult(3));

        const FinalLabel final = store.finalLabel(1);
        QCOMPARE(final.label, 2);
        QCOMPARE(final.source, LabelSource::Teacher);
        QCOMPARE(*final.confidence, 0.75);
        QCOMPARE(store.finalLabel(2).source, LabelSource::None);

        QVERIFY(!store.cachedResponse(QStringLiteral("k")));
        store.cacheResponse(QStringLiteral("k"), {QStringLiteral("body"), 10, 2});
        QCOMPARE(store.cachedResponse(QStringLiteral("k"))->response, QStringLiteral("body"));
        QCOMPARE(store.cachedResponse(QStringLiteral("k"))->completionTokens, 2);
    }

    void storesStudentRunsAndDerivesMarginAndEntropy()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("p.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        populate(store, 3);
        const qint64 run =
            store.beginRun(QStringLiteral("candist"), {{QStringLiteral("epochs"), 5}});
        store.saveEpoch(run, 1, {{QStringLiteral("loss"), 1.5}});
        store.saveEpoch(run, 0, {{QStringLiteral("loss"), 2.5}});
        StudentResult result;
        result.row = 1;
        result.probabilities = {0.7f, 0.2f, 0.1f};
        result.predicted = 0;
        result.confidence = 0.7f;
        result.flags = InOut | InHc;
        store.saveStudentResults(run, {result});
        store.finishRun(run, QStringLiteral("finished"), {{QStringLiteral("pool_accuracy"), 0.9}});

        const QVector<DistillationRunInfo> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, QStringLiteral("finished"));
        QCOMPARE(runs.first().parameters.value(QStringLiteral("epochs")).toInt(), 5);
        QVERIFY(runs.first().finishedAt.isValid());
        const QVector<QJsonObject> epochs = store.runEpochs(run);
        QCOMPARE(epochs.size(), 2);
        QCOMPARE(epochs.first().value(QStringLiteral("loss")).toDouble(), 2.5); // ordered by epoch

        const StudentResult loaded = *store.studentResult(1);
        QCOMPARE(loaded.probabilities, result.probabilities);
        QCOMPARE(loaded.flags, quint8(InOut | InHc));
        QCOMPARE(store.latestStudentRun(), std::optional<qint64>(run));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT margin, entropy FROM student_results")));
        QVERIFY(query.next());
        QVERIFY(std::abs(query.value(0).toDouble() - 0.5) < 1e-6);
        const double entropy = -(0.7 * std::log(0.7) + 0.2 * std::log(0.2) + 0.1 * std::log(0.1));
        QVERIFY(std::abs(query.value(1).toDouble() - entropy) < 1e-5);
        QCOMPARE(store.finalLabel(1).source, LabelSource::Student);
    }

    void humanDecisionsWinAreLoggedAndCanBeCleared()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            populate(store, 3);
            TeacherResult teacher;
            teacher.row = 1;
            teacher.strategy = QStringLiteral("sa");
            teacher.status = TeacherStatus::Ok;
            teacher.candidates = {0};
            store.saveTeacherResults({teacher});
            store.recordHumanDecision({1, HumanAction::Label, 2, {}});
            QCOMPARE(store.finalLabel(1).label, 2);
            QCOMPARE(store.finalLabel(1).source, LabelSource::Human);
            store.recordHumanDecision({1, HumanAction::Skip, -1, {}});
            QCOMPARE(store.finalLabel(1).source,
                     LabelSource::Teacher); // a skip keeps the machine label
            store.recordHumanDecision({1, HumanAction::Label, 1, {}});
            store.recordHumanDecision({2, HumanAction::Label, 0, {}});
            store.recordHumanDecision({2, HumanAction::Clear, -1, {}});
            QVERIFY_THROWS_EXCEPTION(Error,
                                     store.recordHumanDecision({3, HumanAction::Label, 7, {}}));
        }
        // Each decision was committed at once: a fresh connection sees all of them.
        ProjectStore store(path);
        QCOMPARE(store.humanDecision(1)->label, 1);
        QVERIFY(!store.humanDecision(2));
        QCOMPARE(store.humanHistory(1).size(), 3);
        QCOMPARE(store.humanHistory(1).at(1).action, HumanAction::Skip);
        QCOMPARE(store.humanHistory(2).size(), 2);
        const auto labels = store.humanLabels();
        QCOMPARE(labels.size(), size_t(1));
        QCOMPARE(labels.front(), std::make_pair(SampleRow(1), 1));
    }

    void metaValuesPersist()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setMetaValue(QStringLiteral("teacher.model"), QStringLiteral("m1"));
            store.setMetaValue(QStringLiteral("teacher.model"), QStringLiteral("m2"));
        }
        ProjectStore store(path);
        QCOMPARE(store.metaValue(QStringLiteral("teacher.model")), QStringLiteral("m2"));
        QCOMPARE(store.metaValue(QStringLiteral("absent"), QStringLiteral("d")),
                 QStringLiteral("d"));
    }

    void twoConnectionsSeeEachOthersCommits()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        ProjectStore writer(path, ProjectStore::OpenMode::CreateIfMissing);
        populate(writer, 2);
        ProjectStore reader(path);
        QCOMPARE(reader.sampleCount(), 2);
        writer.recordHumanDecision({1, HumanAction::Label, 0, {}});
        QCOMPARE(reader.humanDecision(1)->label, 0);
    }
};

QTEST_GUILESS_MAIN(ProjectStoreTest)
#include "test_project_store.moc"
