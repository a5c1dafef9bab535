#include <QSignalSpy>
#include <QtTest>

#include "background_job.h"
#include "demo_project.h"
#include "distillation_actions.h"
#include "distillation_view.h"
#include "main_window.h"
#include "project_document.h"
#include "sample_table_model.h"
#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

class DistillationActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distillationRunStreamsEpochsIntoTheCurves();
};

void DistillationActionsTest::distillationRunStreamsEpochsIntoTheCurves()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    test::Scratch scratch;
    const QString project = scratch.path(QStringLiteral("distil.candist"));
    demo::DemoProjectOptions options;
    options.samples = 300;
    options.withStudent = false;
    demo::writeDemoProject(project, options);

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
    // The curves view shows the new run and the table the student's labels.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.distillationView()->isLoaded() &&
            window.distillationView()->checkedMetrics().contains(QStringLiteral("loss")),
        20000);
    SampleTableModel *model = window.sampleModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowData(0) && model->rowData(0)->studentLabel >= 0, 20000);
}

QTEST_MAIN(DistillationActionsTest)
#include "test_distillation_actions.moc"
