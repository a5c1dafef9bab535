#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include "background_job.h"
#include "demo_project.h"
#include "import_wizard.h"
#include "io_actions.h"
#include "main_window.h"
#include "project_document.h"
#include "sample_table_model.h"
#include "store/project_store.h"
#include "test_files.h"
#include "window_fixture.h"

using namespace candist;

class IoActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardPreviewsAndGuessesTheMapping();
    void importIntoANewProjectFillsTheTable();
    void exportWritesTheFinalLabelsEndToEnd();
    void statisticsAreShown();
    void cancelledImportIsAnOutcomeNotAWarning();

private:
    QString writeCsv();
    test::Scratch m_scratch;
};

void IoActionsTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
}

QString IoActionsTest::writeCsv()
{
    QByteArray csv = "id,question,category\n";
    for (int i = 0; i < 60; ++i)
        csv += QByteArray("s") + QByteArray::number(i) + ",\"What is item " +
               QByteArray::number(i) + ", really?\"," +
               (i % 3 == 0   ? "NUM"
                : i % 3 == 1 ? "LOC"
                             : "HUM") +
               "\n";
    return m_scratch.write(QStringLiteral("input.csv"), csv);
}

void IoActionsTest::wizardPreviewsAndGuessesTheMapping()
{
    ImportWizard wizard;
    wizard.setInputPath(writeCsv());
    QCOMPARE(wizard.preview().header, (QStringList{QStringLiteral("id"), QStringLiteral("question"),
                                                   QStringLiteral("category")}));
    QCOMPARE(wizard.preview().rows.size(), ImportWizard::kPreviewRows);
    QCOMPARE(wizard.preview().rows.first().at(1), QStringLiteral("What is item 0, really?"));
    const ImportOptions options = wizard.options();
    QCOMPARE(options.textColumn, QStringLiteral("question"));
    QCOMPARE(options.goldColumn, QStringLiteral("category"));
    QCOMPARE(options.idColumn, QStringLiteral("id"));
}

void IoActionsTest::importIntoANewProjectFillsTheTable()
{
    MainWindow window(MainWindow::Options{false, false});
    auto *io = window.findChild<IoActions *>();
    QVERIFY(io);
    QSignalSpy opened(window.document(), &ProjectDocument::opened);
    window.document()->open(m_scratch.path(QStringLiteral("imported.candist")), true);
    QVERIFY(opened.wait(20000));
    ImportWizard wizard;
    wizard.setInputPath(writeCsv());
    BackgroundJob *job = io->startImport(wizard.options());
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("60")));
    QTRY_COMPARE_WITH_TIMEOUT(window.sampleModel()->rowCount(), 60, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->schema().size(), 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.sampleModel()->rowData(0) != nullptr, 20000);
    QCOMPARE(window.sampleModel()->rowData(0)->id, QStringLiteral("s0"));
}

void IoActionsTest::exportWritesTheFinalLabelsEndToEnd()
{
    const QString project = m_scratch.path(QStringLiteral("export.candist"));
    demo::DemoProjectOptions options;
    options.samples = 120;
    options.withHuman = false;
    demo::writeDemoProject(project, options);
    MainWindow window(MainWindow::Options{false, false});
    QSignalSpy ready(window.sampleModel(), &SampleTableModel::orderReady);
    window.openProject(project);
    QVERIFY(ready.wait(20000));
    // A human decision made in the window must reach the export.
    QTRY_VERIFY_WITH_TIMEOUT(window.sampleModel()->rowData(0) != nullptr, 20000);
    const SampleRow first = window.sampleModel()->rowData(0)->row;
    window.document()->decide(first, HumanAction::Label, 2, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->isSaved(), 20000);

    ExportOptions exportOptions;
    exportOptions.outputPath = m_scratch.path(QStringLiteral("labels.csv"));
    BackgroundJob *job = window.findChild<IoActions *>()->startExport(exportOptions);
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QFile file(exportOptions.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 121);
    QVERIFY(lines.first().startsWith("id,text,label,source"));
    QVERIFY2(lines.at(1).startsWith("q000001,") && lines.at(1).contains(",ENTY,human,"),
             lines.at(1).constData());
}

// Cancel rolls the import back and says so in the status line; a warning dialog would call the
// user's own decision a failure (issue 14).
void IoActionsTest::cancelledImportIsAnOutcomeNotAWarning()
{
    QByteArray csv = "id,text\n";
    for (int i = 0; i < 20000; ++i)
        csv += "n" + QByteArray::number(i) + ",a sample text that takes some room\n";
    const QString input = m_scratch.write(QStringLiteral("big.csv"), csv);
    MainWindow window(MainWindow::Options{false, true});
    QSignalSpy opened(window.document(), &ProjectDocument::opened);
    window.document()->open(m_scratch.path(QStringLiteral("cancelled.candist")), true);
    QVERIFY(opened.wait(20000));

    const test::ModalRecorder modals; // a dialog that opens is recorded and closed

    ImportOptions options;
    options.inputPath = input;
    options.idColumn = QStringLiteral("id");
    BackgroundJob *job = window.findChild<IoActions *>()->startImport(options);
    QVERIFY(job);
    QSignalSpy finished(job, &BackgroundJob::finished);
    job->cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false); // rolled back, not completed
    QCOMPARE(finished.first().at(1).toBool(), true);  // ... because the user cancelled
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("project is unchanged")));
    QCoreApplication::processEvents();
    QVERIFY2(modals.titles().isEmpty(), qPrintable(modals.titles().join(QLatin1Char(','))));
    bool reported = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        reported = reported || label->toolTip().startsWith(QStringLiteral("Import cancelled"));
    QVERIFY2(reported, "the status line does not say the import was cancelled");
    ProjectStore store(window.document()->path());
    QCOMPARE(store.sampleCount(), 0);
}

void IoActionsTest::statisticsAreShown()
{
    const QString project = m_scratch.path(QStringLiteral("stats.candist"));
    demo::DemoProjectOptions options;
    options.samples = 50;
    demo::writeDemoProject(project, options);
    MainWindow window(MainWindow::Options{false, false});
    QSignalSpy opened(window.document(), &ProjectDocument::opened);
    window.openProject(project);
    QVERIFY(opened.wait(20000));
    auto *io = window.findChild<IoActions *>();
    QSignalSpy shown(io, &IoActions::statisticsShown);
    io->statisticsAction()->trigger();
    QVERIFY(shown.wait(20000));
    QVERIFY(shown.first().first().toString().contains(QStringLiteral("50")));
}

QTEST_MAIN(IoActionsTest)
#include "test_io_actions.moc"
