// Bulk actions of the Samples table (issue 15): Shift/Ctrl/Ctrl+A selections, accept the
// student's or the teacher's label or clear for all selected samples as ONE undo step, and a
// confirmation above MainWindow::kConfirmBulkAbove samples.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include "demo_project.h"
#include "filter_bar.h"
#include "main_window.h"
#include "project_document.h"
#include "sample_table_model.h"
#include "store/project_store.h"
#include "test_files.h"
#include "window_fixture.h"

using namespace candist;
using Target = bulk_decision_query::Target;

class BulkDecisionsUiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shiftAndCtrlClicksSelect();
    void ctrlASelectsTheWholeFilter();
    void acceptStudentIsOneUndoStep();
    void clearAndTeacherActionsDecide();
    void largeSelectionAsksFirst();

private:
    void click(int row, Qt::KeyboardModifiers modifiers);
    void waitSaved();
    std::map<SampleRow, std::pair<int, int>> decisions() const; // row -> (action, label)

    test::Scratch m_scratch;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void BulkDecisionsUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    m_path = m_scratch.path(QStringLiteral("bulk.candist"));
    // More samples than kConfirmBulkAbove, most of them with a student and a teacher label.
    demo::writeDemoProject(m_path, demo::DemoProjectOptions{1500});
}

void BulkDecisionsUiTest::init()
{
    m_window = test::openShownWindow(m_path);
    QVERIFY(m_window);
}

void BulkDecisionsUiTest::cleanup()
{
    // Every test leaves the project as it found it: undo what it did.
    if (m_window)
        QVERIFY(test::undoEverything(*m_window));
    m_window.reset();
}

void BulkDecisionsUiTest::waitSaved()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->isSaved(), 30000);
}

void BulkDecisionsUiTest::click(int row, Qt::KeyboardModifiers modifiers)
{
    QTableView *table = m_window->sampleTable();
    const QRect rect =
        table->visualRect(m_window->sampleModel()->index(row, SampleTableModel::IdColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
}

std::map<SampleRow, std::pair<int, int>> BulkDecisionsUiTest::decisions() const
{
    std::map<SampleRow, std::pair<int, int>> result;
    const ProjectStore store(m_path);
    for (SampleRow row = 1; row <= store.sampleCount(); ++row)
        if (const auto decision = store.humanDecision(row))
            result[row] = {int(decision->action), decision->label};
    return result;
}

void BulkDecisionsUiTest::shiftAndCtrlClicksSelect()
{
    SampleTableModel *model = m_window->sampleModel();
    click(2, Qt::NoModifier);
    click(5, Qt::ShiftModifier);
    click(8, Qt::ControlModifier);
    QCOMPARE(m_window->selectedSamples(),
             (QVector<SampleRow>{model->sampleAt(2), model->sampleAt(3), model->sampleAt(4),
                                 model->sampleAt(5), model->sampleAt(8)}));
    click(3, Qt::ControlModifier); // Ctrl+click again takes a row out
    QCOMPARE(m_window->selectedSamples().size(), 4);
    QVERIFY(!m_window->selectedSamples().contains(model->sampleAt(3)));
}

void BulkDecisionsUiTest::ctrlASelectsTheWholeFilter()
{
    SampleFilter filter;
    filter.finalLabel = 2;
    QSignalSpy ready(m_window->sampleModel(), &SampleTableModel::orderReady);
    m_window->filterBar()->setFilter(filter);
    QVERIFY(ready.wait(20000));
    SampleTableModel *model = m_window->sampleModel();
    QVERIFY(model->rowCount() > 10 && model->rowCount() < 1500);
    m_window->sampleTable()->setFocus();
    QTest::keySequence(m_window->sampleTable(), QKeySequence::SelectAll);
    const QVector<SampleRow> selected = m_window->selectedSamples();
    QCOMPARE(selected.size(), model->rowCount());
    for (int position = 0; position < model->rowCount(); ++position)
        QCOMPARE(selected.at(position), model->sampleAt(position));
}

void BulkDecisionsUiTest::acceptStudentIsOneUndoStep()
{
    const auto before = decisions();
    SampleTableModel *model = m_window->sampleModel();
    click(10, Qt::NoModifier);
    click(29, Qt::ShiftModifier);
    const QVector<SampleRow> selected = m_window->selectedSamples();
    QCOMPARE(selected.size(), 20);
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    m_window->decideSelection(Target::StudentLabel);
    QTRY_COMPARE_WITH_TIMEOUT(stack->count(), steps + 1, 20000);
    waitSaved();

    auto after = decisions();
    int labelled = 0;
    {
        const ProjectStore store(m_path);
        for (SampleRow row : selected) {
            const auto student = store.studentResult(row);
            if (!student)
                continue;
            QCOMPARE(after[row], std::make_pair(int(HumanAction::Label), student->predicted));
            ++labelled;
        }
    }
    QVERIFY(labelled >= 15);
    // The table shows them as the human's now.
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowData(10) && model->rowData(10)->finalSource == LabelSource::Human, 20000);

    stack->undo();
    waitSaved();
    QCOMPARE(decisions(), before);
    stack->redo();
    waitSaved();
    QCOMPARE(decisions(), after);
}

void BulkDecisionsUiTest::clearAndTeacherActionsDecide()
{
    const auto before = decisions();
    QVERIFY(!before.empty()); // the demo has a few human decisions
    m_window->sampleTable()->setFocus();
    QTest::keySequence(m_window->sampleTable(), QKeySequence::SelectAll);
    QUndoStack *stack = m_window->document()->undoStack();
    m_window->decideSelection(Target::Clear);
    QTRY_COMPARE_WITH_TIMEOUT(stack->count(), 1, 20000);
    waitSaved();
    QVERIFY(decisions().empty());
    stack->undo();
    waitSaved();
    QCOMPARE(decisions(), before);

    click(0, Qt::NoModifier);
    click(4, Qt::ShiftModifier);
    const QVector<SampleRow> selected = m_window->selectedSamples();
    m_window->decideSelection(Target::TeacherFirstCandidate);
    QTRY_COMPARE_WITH_TIMEOUT(stack->index(), 1, 20000);
    waitSaved();
    const auto after = decisions();
    const ProjectStore store(m_path);
    for (SampleRow row : selected) {
        const auto teacher = store.teacherResult(row);
        if (teacher && teacher->status == TeacherStatus::Ok && !teacher->candidates.isEmpty())
            QCOMPARE(after.at(row),
                     std::make_pair(int(HumanAction::Label), teacher->candidates.first()));
    }
}

void BulkDecisionsUiTest::largeSelectionAsksFirst()
{
    const auto before = decisions();
    m_window->sampleTable()->setFocus();
    QTest::keySequence(m_window->sampleTable(), QKeySequence::SelectAll);
    QUndoStack *stack = m_window->document()->undoStack();
    // The box opens once the plan is back from the database thread: answer it when it is there.
    int asked = 0;
    const auto answerWith = [this, &asked](const QString &button) {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, button, &asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->deleteLater();
            timer->stop();
            if (box->text().contains(QStringLiteral("One undo")))
                ++asked;
            for (QAbstractButton *candidate : box->buttons())
                if (candidate->text().remove(QLatin1Char('&')) == button)
                    candidate->click();
        });
        timer->start();
    };
    answerWith(QStringLiteral("Cancel"));
    m_window->decideSelection(Target::StudentLabel);
    QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isBusy(), 20000);
    QCOMPARE(stack->count(), 0);
    QCOMPARE(decisions(), before);

    answerWith(QStringLiteral("Change Them"));
    m_window->decideSelection(Target::StudentLabel);
    QTRY_COMPARE_WITH_TIMEOUT(stack->count(), 1, 20000);
    QCOMPARE(asked, 2);
    waitSaved();
    const auto after = decisions();
    QVERIFY2(after.size() > size_t(MainWindow::kConfirmBulkAbove),
             qPrintable(QString::number(after.size())));
    stack->undo();
    waitSaved();
    QCOMPARE(decisions(), before);
}

QTEST_MAIN(BulkDecisionsUiTest)
#include "test_bulk_decisions.moc"
