#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

#include "app_settings.h"
#include "background_job.h"
#include "demo_project.h"
#include "main_window.h"
#include "project_document.h"
#include "replay_server/chat_completion_server.h"
#include "sample_table_model.h"
#include "store/project_store.h"
#include "teacher/teacher_settings_resolution.h"
#include "teacher_actions.h"
#include "teacher_dialog.h"
#include "test_files.h"

using namespace candist;

namespace {

// A demo project of `samples` samples that nobody has annotated yet: no teacher results, no human
// labels.
QString writeUnannotatedProject(const test::Scratch &scratch, const QString &name, int samples)
{
    const QString project = scratch.path(name);
    demo::DemoProjectOptions options;
    options.samples = samples;
    options.withTeacher = false;
    options.withHuman = false;
    demo::writeDemoProject(project, options);
    return project;
}

} // namespace

class TeacherActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliAndWindowResolveTheSameSettings();
    void teacherRunAgainstTheLocalServerFillsTheTable();
    void dialogRoundTripsAndAsksForAnEstimate();
    void unreachableEndpointIsReportedAtOnce();
};

void TeacherActionsTest::initTestCase()
{
    // The user's Settings come from a scratch profile, never the developer's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("teacher-actions"));
    QSettings().clear();
}

// The same project and the same choices give the same settings in candist-cli teach and in
// Run › Teacher: both resolve them with resolveTeacherSettings and save them the same way.
void TeacherActionsTest::cliAndWindowResolveTheSameSettings()
{
    test::Scratch scratch;
    const QString project =
        writeUnannotatedProject(scratch, QStringLiteral("settings.candist"), 10);
    const TeacherSettings defaults;
    const auto cliTeach = [&](const QStringList &extra) {
        // --batch-file resolves and saves the settings like a live run, and sends nothing.
        const test::ProcessResult result = test::runCli(
            QStringList{QStringLiteral("teach"), project, QStringLiteral("--batch-file"),
                        scratch.path(QStringLiteral("requests.jsonl"))} +
            extra);
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
    };

    // A project without settings: the window (user Settings untouched) and the CLI (given only
    // the endpoint and model it requires) start from one set of defaults.
    const TeacherSettings window =
        TeacherActions::settingsFor(*std::make_unique<ProjectStore>(project));
    QCOMPARE(window.toJson(), defaults.toJson());
    cliTeach({QStringLiteral("--endpoint"), defaults.endpoint, QStringLiteral("--model"),
              defaults.model});
    QCOMPARE(TeacherSettings::load(ProjectStore(project)).toJson(), window.toJson());

    // Options on top of the stored settings: what the CLI saves is what the window resolves,
    // and what resolveTeacherSettings gives for the same overrides; the limit is per run.
    TeacherSettingsOverrides overrides;
    overrides.strategy = TeacherStrategy::Sa;
    overrides.concurrency = 3;
    overrides.samples = 2;
    overrides.inputPricePerMillion = 0.5;
    overrides.apiKeyEnv = QStringLiteral("CANDIST_TEST_KEY_VARIABLE");
    overrides.limit = 4;
    const TeacherSettings expected =
        resolveTeacherSettings(*std::make_unique<ProjectStore>(project), overrides);
    cliTeach({QStringLiteral("--strategy"), QStringLiteral("sa"), QStringLiteral("--concurrency"),
              QStringLiteral("3"), QStringLiteral("--samples"), QStringLiteral("2"),
              QStringLiteral("--price-in"), QStringLiteral("0.5"), QStringLiteral("--api-key-env"),
              QStringLiteral("CANDIST_TEST_KEY_VARIABLE"), QStringLiteral("--limit"),
              QStringLiteral("4")});
    TeacherSettings perRun = TeacherActions::settingsFor(*std::make_unique<ProjectStore>(project));
    QCOMPARE(perRun.limit, qint64(0));
    perRun.limit = 4;
    QCOMPARE(perRun.toJson(), expected.toJson());

    // The user's Settings are the window's defaults for a project that has none.
    AppSettings user;
    user.model = QStringLiteral("user-model");
    user.teacherStrategy = QStringLiteral("ca_add");
    user.save();
    const QString fresh = writeUnannotatedProject(scratch, QStringLiteral("fresh.candist"), 10);
    const TeacherSettings preferred =
        TeacherActions::settingsFor(*std::make_unique<ProjectStore>(fresh));
    QCOMPARE(preferred.model, QStringLiteral("user-model"));
    QCOMPARE(preferred.strategy, TeacherStrategy::CaAdd);
    QCOMPARE(TeacherActions::settingsFor(*std::make_unique<ProjectStore>(project)).toJson(),
             TeacherSettings::load(ProjectStore(project)).toJson());
    QSettings().clear();
}

void TeacherActionsTest::dialogRoundTripsAndAsksForAnEstimate()
{
    TeacherSettings settings;
    settings.endpoint = QStringLiteral("http://127.0.0.1:9/v1");
    settings.model = QStringLiteral("m");
    settings.strategy = TeacherStrategy::CaAdd;
    settings.samples = 3;
    settings.inputPricePerMillion = 0.5;
    settings.maxTokens = 99; // not shown by the dialog: must survive
    TeacherDialog dialog(settings);
    const TeacherSettings back = dialog.settings();
    QCOMPARE(back.toJson(), settings.toJson());
    QSignalSpy estimate(&dialog, &TeacherDialog::estimateRequested);
    QPushButton *button = nullptr;
    for (QPushButton *candidate : dialog.findChildren<QPushButton *>())
        if (candidate->text().contains(QStringLiteral("stimate")))
            button = candidate;
    QVERIFY(button);
    button->click();
    QCOMPARE(estimate.size(), 1);
    QCOMPARE(estimate.first().first().value<TeacherSettings>().model, QStringLiteral("m"));
    dialog.showEstimate(QStringLiteral("40 requests"));
    QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("40")));
}

void TeacherActionsTest::teacherRunAgainstTheLocalServerFillsTheTable()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project = writeUnannotatedProject(scratch, QStringLiteral("teach.candist"), 40);

    // The local server answers every sample with two candidates, HUM first.
    QHash<QString, QStringList> answers;
    {
        ProjectStore store(project);
        store.forEachSample([&](const Sample &sample) {
            answers.insert(sample.text, {QStringLiteral("[\"HUM\", \"LOC\"]")});
        });
    }
    ChatCompletionServerThread server([&](ChatCompletionServer &s) { s.setAnswers(answers); });

    MainWindow window(MainWindow::Options{false, false});
    QSignalSpy ready(window.sampleModel(), &SampleTableModel::orderReady);
    window.openProject(project);
    QVERIFY(ready.wait(20000));
    auto *teacher = window.findChild<TeacherActions *>();
    QVERIFY(teacher);
    TeacherSettings settings;
    settings.endpoint = server.baseUrl();
    settings.model = QStringLiteral("replay");
    settings.strategy = TeacherStrategy::CaAll;
    settings.concurrency = 4;
    settings.apiKeyEnv = QStringLiteral("CANDIST_TEST_NO_SUCH_KEY");
    TeacherRunOptions runOptions;
    runOptions.useKeychain = false;
    runOptions.retryDelayScale = 0.001;
    BackgroundJob *job = teacher->startRun(settings, runOptions);
    QVERIFY(job);
    QSignalSpy progressed(job, &BackgroundJob::progressed);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY(!progressed.isEmpty());
    // Repeated texts are answered from the project's response cache: one request per distinct text.
    QCOMPARE(server.server().chatRequests(), qint64(answers.size()));
    QCOMPARE(ProjectStore(project).teacherResultCount(TeacherStatus::Ok), qint64(40));
    SampleTableModel *model = window.sampleModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowData(0) && model->rowData(0)->candidates == (QVector<int>{3, 4}), 20000);
    // The settings the run used are now the project's.
    QCOMPARE(TeacherActions::settingsFor(*std::make_unique<ProjectStore>(project)).endpoint,
             server.baseUrl());
}

// Issue 15, finding 4: a teacher endpoint nobody listens on stops the run within seconds (the
// circuit breaker), and the window says why, naming the endpoint and curl's reason, instead of
// retrying every sample for minutes.
void TeacherActionsTest::unreachableEndpointIsReportedAtOnce()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project =
        writeUnannotatedProject(scratch, QStringLiteral("dead-endpoint.candist"), 200);

    MainWindow window(MainWindow::Options{false, false});
    QSignalSpy ready(window.sampleModel(), &SampleTableModel::orderReady);
    window.openProject(project);
    QVERIFY(ready.wait(20000));
    auto *teacher = window.findChild<TeacherActions *>();
    QVERIFY(teacher);
    TeacherSettings settings;
    settings.endpoint = QStringLiteral("http://127.0.0.1:9/v1"); // the discard port: refused
    settings.model = QStringLiteral("nobody");
    settings.concurrency = 8;
    settings.apiKeyEnv = QStringLiteral("CANDIST_TEST_NO_SUCH_KEY");
    TeacherRunOptions runOptions;
    runOptions.useKeychain = false; // the real backoff delays: what a user waits
    QElapsedTimer clock;
    clock.start();
    BackgroundJob *job = teacher->startRun(settings, runOptions);
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!finished.first().at(0).toBool());
    const QString message = finished.first().at(2).toString();
    QVERIFY2(message.contains(settings.endpoint), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("onnect")), qPrintable(message)); // curl's reason
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(settings.endpoint),
                             5000);
    // Nothing was sent, so no sample is marked as answered.
    QCOMPARE(ProjectStore(project).teacherResultCount(TeacherStatus::Ok), qint64(0));
}

QTEST_MAIN(TeacherActionsTest)
#include "test_teacher_actions.moc"
