// File › Import Annotations: the wizard maps a file's columns (or recognises Batch API results),
// the import runs as a background job that writes the teacher's candidate sets in one
// transaction, a bad file names its line and changes nothing, and Cancel is an outcome.
#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include "background_job.h"
#include "import_annotations_wizard.h"
#include "io_actions.h"
#include "main_window.h"
#include "project_document.h"
#include "sample_table_model.h"
#include "setting_keys.h"
#include "store/project_store.h"
#include "teacher/batch_request_file.h"
#include "teacher/teacher_settings.h"
#include "test_files.h"
#include "window_fixture.h"

using namespace candist;

using Labels = QVector<int>;

namespace {

LabelSchema newsSchema()
{
    return LabelSchema({{QStringLiteral("World"), {}, {}, {}, {}},
                        {QStringLiteral("Sports"), {}, {}, {}, {}},
                        {QStringLiteral("Business"), {}, {}, {}, {}}});
}

// A project with `samples` samples "s1", "s2", ... with the texts "news item 1", ...
void createProject(const QString &path, int samples)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    store.setLabelSchema(newsSchema());
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    for (int i = 1; i <= samples; ++i)
        inserter.insert(QStringLiteral("s%1").arg(i), QStringLiteral("news item %1").arg(i), {},
                        std::nullopt);
    transaction.commit();
}

// Two annotators; s3 abstains (both cells empty); s5 and s6 are not in the file.
const QByteArray kTwoAnnotators = "id,text,annotator_a,annotator_b,note\n"
                                  "s1,news item 1,World,World,sure\n"
                                  "s2,news item 2,Sports,Business|Sports,\n"
                                  "s3,news item 3,,,no idea\n"
                                  "s4,news item 4,Business,,\n";

// One line of a Batch API output file, as OpenAI writes it, answering `customId` with `content`.
QByteArray batchAnswerLine(const QString &customId, const QString &content)
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), content}};
    const QJsonObject body{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 100},
                                              {QStringLiteral("completion_tokens"), 5},
                                              {QStringLiteral("total_tokens"), 105}}}};
    const QJsonObject line{
        {QStringLiteral("id"), QStringLiteral("batch_req_1")},
        {QStringLiteral("custom_id"), customId},
        {QStringLiteral("response"), QJsonObject{{QStringLiteral("status_code"), 200},
                                                 {QStringLiteral("request_id"), "req_1"},
                                                 {QStringLiteral("body"), body}}},
        {QStringLiteral("error"), QJsonValue()}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

// The status line's last job result (its full text is the tooltip).
QString jobResult(const MainWindow &window)
{
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        const QString tip = label->toolTip();
        if (tip.startsWith(QStringLiteral("Import annotations")))
            return tip;
    }
    return {};
}

} // namespace

class ImportAnnotationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardMapsTheColumnsOfAFixtureCsv();
    void wizardRefusesAMappingThePreviewContradicts();
    void menuImportsCandidateSetsAndTheTableShowsThem();
    void batchResultsAreRecognisedAndImported();
    void badFileNamesItsLineAndLeavesTheProjectUnchanged();
    void cancelLeavesNothingAndShowsNoModal();
    void actionNeedsAProjectWithSamples();

private:
    test::Scratch m_scratch;
};

void ImportAnnotationsTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    setting::importDirectory.remove();
}

void ImportAnnotationsTest::wizardMapsTheColumnsOfAFixtureCsv()
{
    ImportAnnotationsWizard wizard(newsSchema());
    const QString csv = m_scratch.write(QStringLiteral("two.csv"), kTwoAnnotators);
    wizard.setInputPath(csv);
    QCOMPARE(wizard.preview().header.size(), 5);
    QCOMPARE(wizard.preview().rows.size(), 4);
    QCOMPARE(wizard.kind(), ImportAnnotationsWizard::Kind::Annotations);
    // Guessed: samples by the id column; the columns whose cells all name labels are annotators.
    QVERIFY(wizard.matchesById());
    QCOMPARE(wizard.keyColumn(), QStringLiteral("id"));
    QCOMPARE(wizard.labelColumns(),
             (QStringList{QStringLiteral("annotator_a"), QStringLiteral("annotator_b")}));
    QCOMPARE(wizard.mappingProblem(), QString());
    AnnotationImportRequest request = wizard.request();
    QCOMPARE(request.kind, ImportAnnotationsWizard::Kind::Annotations);
    QCOMPARE(request.annotations.inputPath, csv);
    QCOMPARE(request.annotations.idColumn, QStringLiteral("id"));
    QCOMPARE(request.annotations.columns, wizard.labelColumns());

    // Matching by text instead: the text column names the samples, no id column is passed.
    wizard.setMatchById(false);
    wizard.setKeyColumn(QStringLiteral("text"));
    request = wizard.request();
    QCOMPARE(request.annotations.idColumn, QString());
    QCOMPARE(request.annotations.textColumn, QStringLiteral("text"));
    QCOMPARE(wizard.mappingProblem(), QString());

    // JSONL annotations hold JSON arrays of labels; without an id the text names the samples.
    wizard.setInputPath(m_scratch.write(
        QStringLiteral("arrays.jsonl"),
        "{\"text\": \"news item 1\", \"labels\": [\"World\", \"Sports\"], \"score\": 3}\n"
        "{\"text\": \"news item 2\", \"labels\": [], \"score\": 1}\n"));
    QCOMPARE(wizard.kind(), ImportAnnotationsWizard::Kind::Annotations);
    QVERIFY(!wizard.matchesById());
    QCOMPARE(wizard.keyColumn(), QStringLiteral("text"));
    QCOMPARE(wizard.labelColumns(), QStringList{QStringLiteral("labels")});
    QCOMPARE(wizard.mappingProblem(), QString());
}

void ImportAnnotationsTest::wizardRefusesAMappingThePreviewContradicts()
{
    ImportAnnotationsWizard wizard(newsSchema());
    wizard.show(); // a wizard starts at its first page when shown
    wizard.setInputPath(m_scratch.write(QStringLiteral("refused.csv"), kTwoAnnotators));
    wizard.next();
    QCOMPARE(wizard.currentId(), 1);
    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    QVERIFY(finish->isEnabled());

    wizard.setLabelColumns({QStringLiteral("annotator_a"), QStringLiteral("note")});
    QCOMPARE(wizard.mappingProblem(),
             QStringLiteral("Row 1 of the preview: column \"note\" names \"sure\", which is not "
                            "one of the project's labels (World, Sports, Business)."));
    QVERIFY(!finish->isEnabled());
    wizard.setLabelColumns({});
    QCOMPARE(wizard.mappingProblem(), QStringLiteral("Check at least one label column."));
    wizard.setLabelColumns({QStringLiteral("id"), QStringLiteral("annotator_a")});
    QVERIFY(wizard.mappingProblem().contains(QStringLiteral("\"id\" cannot both")));
    QVERIFY(!finish->isEnabled());
    // A file of annotations is no Batch API results file.
    wizard.setLabelColumns({QStringLiteral("annotator_a")});
    wizard.setKind(ImportAnnotationsWizard::Kind::BatchResults);
    QVERIFY(wizard.mappingProblem().contains(QStringLiteral("custom_id")));
    QVERIFY(!finish->isEnabled());
    wizard.setKind(ImportAnnotationsWizard::Kind::Annotations);
    QVERIFY(finish->isEnabled());

    // A project without labels cannot take annotations.
    ImportAnnotationsWizard unlabelled{LabelSchema()};
    unlabelled.setInputPath(m_scratch.path(QStringLiteral("refused.csv")));
    QVERIFY(unlabelled.mappingProblem().contains(QStringLiteral("no labels yet")));
}

void ImportAnnotationsTest::menuImportsCandidateSetsAndTheTableShowsThem()
{
    const QString project = m_scratch.path(QStringLiteral("menu.candist"));
    createProject(project, 6);
    const QString csv = m_scratch.write(QStringLiteral("menu.csv"), kTwoAnnotators);
    const auto window = test::openShownWindow(project);
    QVERIFY(window);
    auto *io = window->findChild<IoActions *>();
    QVERIFY(io);
    QTRY_VERIFY_WITH_TIMEOUT(io->importAnnotationsAction()->isEnabled(), 20000);

    // The user: File › Import Annotations…, choose the file, Next, Finish.
    bool finishEnabled = false;
    QTimer user;
    connect(&user, &QTimer::timeout, this, [&] {
        auto *wizard = qobject_cast<ImportAnnotationsWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        user.stop();
        wizard->setInputPath(csv);
        wizard->next();
        finishEnabled = wizard->button(QWizard::FinishButton)->isEnabled();
        wizard->button(QWizard::FinishButton)->click();
    });
    user.start(20);
    QSignalSpy reloaded(window->document(), &ProjectDocument::reloaded);
    io->importAnnotationsAction()->trigger();
    QVERIFY(finishEnabled);
    BackgroundJob *job = window->document()->longJob();
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(finished.first().at(2).toString(),
             QStringLiteral("3 sample(s) annotated, 1 abstained, from 4 row(s)"));
    QCOMPARE(jobResult(*window),
             QStringLiteral("Import annotations: 3 sample(s) annotated, 1 abstained, from 4 "
                            "row(s)"));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() > 0, 20000);
    QCOMPARE(setting::importDirectory.get(), QFileInfo(csv).absolutePath());

    {
        ProjectStore store(project);
        const auto s1 = store.teacherResult(*store.rowForId(QStringLiteral("s1")));
        QVERIFY(s1);
        QCOMPARE(s1->strategy, QStringLiteral("imported"));
        QCOMPARE(s1->status, TeacherStatus::Ok);
        QCOMPARE(s1->candidates, Labels({0}));
        QCOMPARE(s1->votes, Labels({2}));
        // The union of both annotators, most votes first.
        const auto s2 = store.teacherResult(*store.rowForId(QStringLiteral("s2")));
        QCOMPARE(s2->candidates, Labels({1, 2}));
        QCOMPARE(s2->votes, Labels({2, 1}));
        const auto s3 = store.teacherResult(*store.rowForId(QStringLiteral("s3")));
        QCOMPARE(s3->status, TeacherStatus::ParseFailed); // abstained: every label stays possible
        QVERIFY(s3->candidates.isEmpty());
        QCOMPARE(store.teacherResult(*store.rowForId(QStringLiteral("s4")))->candidates,
                 Labels({2}));
        QVERIFY(!store.teacherResult(*store.rowForId(QStringLiteral("s5"))));
        QCOMPARE(store.teacherResultCount(), 4);
    }
    // The table re-read its rows: the new candidate sets are shown.
    SampleTableModel *model = window->sampleModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowData(1) && model->rowData(1)->candidates == Labels({1, 2}),
                             20000);
    QCOMPARE(model->rowData(0)->candidates, Labels({0}));
}

void ImportAnnotationsTest::batchResultsAreRecognisedAndImported()
{
    const QString project = m_scratch.path(QStringLiteral("batch.candist"));
    createProject(project, 3);
    const QString requests = m_scratch.path(QStringLiteral("requests.jsonl"));
    {
        ProjectStore store(project);
        TeacherSettings settings; // zero shots, one answer per sample
        settings.save(store);
        TeacherRunOptions options;
        options.useKeychain = false;
        BatchRequestFile::write(store, settings, requests, options);
    }
    QFile requestFile(requests);
    QVERIFY(requestFile.open(QIODevice::ReadOnly));
    QHash<QString, QString> customIdOf; // sample id -> custom_id
    while (!requestFile.atEnd()) {
        const QString customId = QJsonDocument::fromJson(requestFile.readLine())
                                     .object()
                                     .value(QStringLiteral("custom_id"))
                                     .toString();
        customIdOf.insert(BatchCustomId::parse(customId)->sampleId, customId);
    }
    QCOMPARE(customIdOf.size(), 3);
    // s3 is not answered (a partial file): it stays pending.
    const QString results = m_scratch.write(
        QStringLiteral("results.jsonl"),
        batchAnswerLine(customIdOf[QStringLiteral("s1")], QStringLiteral("[\"Sports\"]")) +
            batchAnswerLine(customIdOf[QStringLiteral("s2")],
                            QStringLiteral("[\"World\", \"Business\"]")));

    const auto window = test::openShownWindow(project);
    QVERIFY(window);
    ImportAnnotationsWizard wizard(window->document()->schema());
    wizard.setInputPath(results);
    QCOMPARE(wizard.kind(), ImportAnnotationsWizard::Kind::BatchResults);
    QCOMPARE(wizard.preview().rows.size(), 2);
    QCOMPARE(wizard.mappingProblem(), QString());
    BackgroundJob *job = window->findChild<IoActions *>()->startAnnotationImport(wizard.request());
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY2(finished.first().at(2).toString().startsWith(
                 QStringLiteral("2 sample(s) annotated, 0 without a valid label, 0 failed, 0 left "
                                "pending, from 2 answer line(s)")),
             qPrintable(finished.first().at(2).toString()));

    ProjectStore store(project);
    const auto s1 = store.teacherResult(*store.rowForId(QStringLiteral("s1")));
    QVERIFY(s1);
    QCOMPARE(s1->status, TeacherStatus::Ok);
    QCOMPARE(s1->candidates, Labels({1}));
    QCOMPARE(s1->promptTokens, 100);
    QCOMPARE(store.teacherResult(*store.rowForId(QStringLiteral("s2")))->candidates,
             Labels({0, 2}));
    QVERIFY(!store.teacherResult(*store.rowForId(QStringLiteral("s3"))));
}

void ImportAnnotationsTest::badFileNamesItsLineAndLeavesTheProjectUnchanged()
{
    const QString project = m_scratch.path(QStringLiteral("bad.candist"));
    createProject(project, 40);
    // The unknown label is on line 31, past the preview: the wizard cannot see it, the import must.
    QByteArray csv = "id,llm\n";
    for (int i = 1; i <= 40; ++i)
        csv += "s" + QByteArray::number(i) + "," + (i == 30 ? "Weather" : "World|Sports") + "\n";
    const QString input = m_scratch.write(QStringLiteral("bad.csv"), csv);
    const auto window = test::openShownWindow(project);
    QVERIFY(window);
    ImportAnnotationsWizard wizard(window->document()->schema());
    wizard.setInputPath(input);
    QCOMPARE(wizard.labelColumns(), QStringList{QStringLiteral("llm")});
    QCOMPARE(wizard.mappingProblem(), QString());

    BackgroundJob *job = window->findChild<IoActions *>()->startAnnotationImport(wizard.request());
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toBool(), false);
    const QString expected = input + QStringLiteral(": unknown label(s): \"Weather\" (line 31); "
                                                    "the project's labels are: World, Sports, "
                                                    "Business");
    QCOMPARE(finished.first().at(2).toString(), expected);
    QCOMPARE(jobResult(*window), QStringLiteral("Import annotations failed: ") + expected);
    ProjectStore store(project);
    QCOMPARE(store.teacherResultCount(), 0); // the 39 good rows were rolled back with it
}

// Cancel rolls the import back and says so in the status line; a warning dialog would call the
// user's own decision a failure (issue 14).
void ImportAnnotationsTest::cancelLeavesNothingAndShowsNoModal()
{
    constexpr int kSamples = 6000; // three batches of the importer
    const QString project = m_scratch.path(QStringLiteral("cancel.candist"));
    createProject(project, kSamples);
    QByteArray csv = "id,llm\n";
    for (int i = 1; i <= kSamples; ++i)
        csv += "s" + QByteArray::number(i) + ",Business\n";
    const QString input = m_scratch.write(QStringLiteral("cancel.csv"), csv);
    MainWindow window(MainWindow::Options{false, true}); // errors would be modal here
    QSignalSpy opened(window.document(), &ProjectDocument::opened);
    window.openProject(project);
    QVERIFY(opened.wait(20000));

    const test::ModalRecorder modals; // a dialog that opens is recorded and closed

    AnnotationImportRequest request;
    request.annotations.inputPath = input;
    request.annotations.idColumn = QStringLiteral("id");
    request.annotations.columns = {QStringLiteral("llm")};
    BackgroundJob *job = window.findChild<IoActions *>()->startAnnotationImport(request);
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    job->cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false); // rolled back, not completed
    QCOMPARE(finished.first().at(1).toBool(), true);  // ... because the user cancelled
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("project is unchanged")));
    QCoreApplication::processEvents();
    QVERIFY2(modals.titles().isEmpty(), qPrintable(modals.titles().join(QLatin1Char(','))));
    QVERIFY2(jobResult(window).startsWith(QStringLiteral("Import annotations cancelled: ")),
             qPrintable(jobResult(window)));
    ProjectStore store(project);
    QCOMPARE(store.teacherResultCount(), 0);
}

void ImportAnnotationsTest::actionNeedsAProjectWithSamples()
{
    MainWindow window(MainWindow::Options{false, false});
    QAction *action = window.findChild<IoActions *>()->importAnnotationsAction();
    QVERIFY(!action->isEnabled()); // no project
    QSignalSpy opened(window.document(), &ProjectDocument::opened);
    window.document()->open(m_scratch.path(QStringLiteral("empty.candist")), true);
    QVERIFY(opened.wait(20000));
    QCoreApplication::processEvents();
    QVERIFY(!action->isEnabled()); // a project, but nothing to annotate
    window.document()->close();
    const QString project = m_scratch.path(QStringLiteral("six.candist"));
    createProject(project, 6);
    window.openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 20000);
}

QTEST_MAIN(ImportAnnotationsTest)
#include "test_import_annotations.moc"
