#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

#include "background_job.h"
#include "demo_project.h"
#include "distillation_actions.h"
#include "distillation_view.h"
#include "main_window.h"
#include "project_document.h"
#include "review/review_ranker.h"
#include "review_view.h"
#include "sample_table_model.h"
#include "store/project_store.h"
#include "student/distiller.h"
#include "test_files.h"

using namespace candist;

namespace {

// A 300-sample demo project with teacher results and no student yet.
void writeProjectWithoutStudent(const QString &path)
{
    demo::DemoProjectOptions options;
    options.samples = 300;
    options.withStudent = false;
    demo::writeDemoProject(path, options);
}

// A project with two labels and one sample that no teacher and no human has seen.
void writeProjectWithoutCandidateSets(const QString &path)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    store.setLabelSchema(LabelSchema(
        {Label{QStringLiteral("a"), {}, {}, {}, {}}, Label{QStringLiteral("b"), {}, {}, {}, {}}}));
    ProjectStore::SampleInserter inserter(store);
    inserter.insert(QStringLiteral("1"), QStringLiteral("no teacher yet"), {}, std::nullopt);
}

// Shows the window and opens `project` in it; false when it did not open in time.
bool showAndOpen(MainWindow &window, const QString &project)
{
    window.show();
    QSignalSpy opened(window.document(), &ProjectDocument::opened);
    window.openProject(project);
    return opened.wait(20000);
}

// Closes every modal dialog that opens while it lives, counting them (a dialog the code under
// test should not have shown must not hang the test).
class ModalDialogCloser
{
public:
    explicit ModalDialogCloser(QObject *context)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                ++m_closed;
                dialog->reject();
            }
        });
        m_timer.start();
    }
    int closed() const { return m_closed; }

private:
    QTimer m_timer;
    int m_closed = 0;
};

} // namespace

class DistillationActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void distillationRunStreamsEpochsIntoTheCurves();
    void redistillFromTheReviewReusesTheLastRunAndReranks();
    void resumeActionFinishesACancelledRun();
    void distilWithoutCandidateSetsSaysWhy();
    void refusesWithoutCandidateSets_data();
    void refusesWithoutCandidateSets();
};

void DistillationActionsTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
}

void DistillationActionsTest::distillationRunStreamsEpochsIntoTheCurves()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project = scratch.path(QStringLiteral("distil.candist"));
    writeProjectWithoutStudent(project);

    MainWindow window(MainWindow::Options{false, false});
    window.show();
    QSignalSpy ready(window.sampleModel(), &SampleTableModel::orderReady);
    window.openProject(project);
    QVERIFY(ready.wait(20000));
    auto *distil = window.findChild<DistillationActions *>();
    QVERIFY(distil);
    DistillationOptions run;
    run.epochs = 3;
    run.threads = 1;
    QSignalSpy epochs(distil, &DistillationActions::epochFinished);
    BackgroundJob *job = distil->startRun(run);
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(epochs.size(), 3);
    QCOMPARE(epochs.last().first().toInt(), 3);
    ProjectStore store(project);
    QCOMPARE(store.runs().size(), 1);
    QCOMPARE(store.runEpochs(store.runs().first().id).size(), 3);
    // The job stored the review scores of its results: the Review view opens on them.
    QVERIFY(ReviewRanker(ReviewWeights::ofProject(store)).storedScoresAreCurrent(store));
    // The curves view shows the new run and the table the student's labels.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.distillationView()->isLoaded() &&
            window.distillationView()->checkedMetrics().contains(QStringLiteral("loss")),
        20000);
    SampleTableModel *model = window.sampleModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowData(0) && model->rowData(0)->studentLabel >= 0, 20000);
}

void DistillationActionsTest::redistillFromTheReviewReusesTheLastRunAndReranks()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project = scratch.path(QStringLiteral("redistil.candist"));
    writeProjectWithoutStudent(project);
    {
        // A first run with known parameters: Re-distil Now must repeat them.
        ProjectStore store(project);
        DistillationOptions first;
        first.epochs = 2;
        first.threads = 1;
        first.seed = 11;
        store.finishRun(store.beginRun(QStringLiteral("candist"), first.toJson()),
                        QStringLiteral("finished"), QJsonObject());
    }
    MainWindow window(MainWindow::Options{false, false});
    QVERIFY(showAndOpen(window, project));
    ReviewView *review = window.reviewView();
    QSignalSpy ranked(review, &ReviewView::queueReady);
    window.showView(MainWindow::View::Review);
    QVERIFY(ranked.wait(20000));
    // Without a student every unlabelled sample waits for a human.
    const int before = review->queueSize();
    QVERIFY(before > 0);
    ranked.clear();

    auto *distil = window.findChild<DistillationActions *>();
    QVERIFY(distil);
    QVERIFY(window.runMenu()->actions().contains(distil->redistillAction()));
    QSignalSpy epochs(distil, &DistillationActions::epochFinished);
    Q_EMIT review->redistillRequested(); // the review's button
    // A small run finishes within one turn of the event loop: wait on its effects.
    QTRY_COMPARE_WITH_TIMEOUT(epochs.size(), 2, 120000);
    // The review stays in front and ranks again with the student's new output.
    QTRY_VERIFY_WITH_TIMEOUT(!ranked.isEmpty(), 30000);
    QVERIFY(review->isVisible());
    QVERIFY(window.document()->longJob() == nullptr);
    ProjectStore store(project);
    QCOMPARE(store.runs().size(), 2);
    const DistillationOptions again = DistillationOptions::fromJson(store.runs().last().parameters);
    QCOMPARE(again.epochs, 2);
    QCOMPARE(again.seed, quint64(11));
    QTRY_VERIFY_WITH_TIMEOUT(review->shownRow() >= 0, 20000);
    QVERIFY(review->queue().first().suggestedLabel >= 0);
}

void DistillationActionsTest::resumeActionFinishesACancelledRun()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project = scratch.path(QStringLiteral("resume.candist"));
    writeProjectWithoutStudent(project);
    DistillationOptions options;
    options.epochs = 5;
    options.threads = 1;
    options.checkpointIntervalSeconds = 0;
    qint64 runId = 0;
    {
        ProjectStore store(project);
        CancellationFlag cancel;
        const DistillationSummary cancelled = Distiller::run(
            store, options, {},
            [&](const EpochMetrics &metrics) {
                if (metrics.epoch == 2)
                    cancel.cancel();
            },
            {}, &cancel);
        QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
        runId = cancelled.runId;
    }

    MainWindow window(MainWindow::Options{false, false});
    window.show();
    auto *distil = window.findChild<DistillationActions *>();
    QVERIFY(distil);
    QVERIFY(!distil->resumeAction()->isEnabled());
    window.openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(distil->resumeAction()->isEnabled(), 20000);
    QSignalSpy epochs(distil, &DistillationActions::epochFinished);
    BackgroundJob *job = distil->startResume();
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(epochs.size(), 3); // epochs 3 to 5; 1 and 2 were already in the store
    ProjectStore store(project);
    QCOMPARE(store.runs().size(), 1);
    QCOMPARE(store.runs().first().id, runId);
    QCOMPARE(store.runs().first().status, QStringLiteral("finished"));
    QCOMPARE(store.runEpochs(runId).size(), 5);
    // Nothing is left to resume.
    QTRY_VERIFY_WITH_TIMEOUT(!distil->resumeAction()->isEnabled(), 20000);
}

// The window refuses like the CLI, with the message of the shared check in core.
void DistillationActionsTest::distilWithoutCandidateSetsSaysWhy()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project = scratch.path(QStringLiteral("bare.candist"));
    writeProjectWithoutCandidateSets(project);
    MainWindow window(MainWindow::Options{false, false});
    QVERIFY(showAndOpen(window, project));
    auto *distil = window.findChild<DistillationActions *>();
    QVERIFY(distil);
    DistillationOptions run;
    run.epochs = 2;
    run.threads = 1;
    BackgroundJob *job = distil->startRun(run);
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().at(0).toBool());
    QString expected;
    {
        ProjectStore store(project);
        expected = Distiller::readinessProblem(store, DistillationMethod::CanDist);
        QVERIFY(store.runs().isEmpty());
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY2(finished.first().at(2).toString().contains(expected),
             qPrintable(finished.first().at(2).toString()));
}

void DistillationActionsTest::refusesWithoutCandidateSets_data()
{
    QTest::addColumn<bool>("redistil");
    QTest::newRow("Run › Distil Student…") << false;
    QTest::newRow("Re-distil Now") << true;
}

// Issue 15, finding 1: on a project without candidate sets, Run › Distil Student says why at
// once, before the options dialog, and Re-distil Now (the review's button) the same, instead of
// failing a run; neither starts anything.
void DistillationActionsTest::refusesWithoutCandidateSets()
{
    QFETCH(bool, redistil);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project = scratch.path(QStringLiteral("no-sets.candist"));
    writeProjectWithoutCandidateSets(project);
    MainWindow window(MainWindow::Options{false, false});
    QVERIFY(showAndOpen(window, project));
    auto *distil = window.findChild<DistillationActions *>();
    QVERIFY(distil);
    QAction *action = redistil ? distil->redistillAction() : distil->runAction();
    QVERIFY(action->isEnabled());
    ModalDialogCloser closer(this);
    action->trigger();
    // The window's own advice, not a failed job's message.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QStringLiteral("Run Teacher")), 20000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("no candidate sets")));
    QCOMPARE(closer.closed(), 0);
    QVERIFY(window.document()->longJob() == nullptr);
    QVERIFY(ProjectStore(project).runs().isEmpty());
}

QTEST_MAIN(DistillationActionsTest)
#include "test_distillation_actions.moc"
