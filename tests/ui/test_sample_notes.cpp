// Flags and comments in the window (issue 15): the detail panel's flag buttons and comment
// field, their keys, undo and redo of every edit, flags over a table selection as one undo step,
// and the table's Flags column, sort and filters.
#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include "demo_project.h"
#include "detail_panel.h"
#include "filter_bar.h"
#include "main_window.h"
#include "project_document.h"
#include "sample_table_model.h"
#include "shortcut_catalog.h"
#include "store/project_store.h"
#include "store/queries/sample_note_query.h"
#include "test_files.h"
#include "window_fixture.h"

using namespace candist;

class SampleNotesUiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void flagButtonsAndKeysToggleWithUndoAndRedo();
    void commentIsOneUndoStepAndTypingNeverDecides();
    void flagsOverASelectionAreOneUndoStep();
    void tableShowsSortsAndFiltersNotes();
    void flagKeysClashWithNoOtherKey();

private:
    void showRow(int position);
    void waitSaved();
    SampleNote storedNote(SampleRow row) const;
    QAbstractButton *flagButton(SampleNote::Flag flag) const;
    QLineEdit *commentEdit() const;

    test::Scratch m_scratch;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void SampleNotesUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    m_path = m_scratch.path(QStringLiteral("notes.candist"));
    demo::writeDemoProject(m_path, demo::DemoProjectOptions{60});
}

void SampleNotesUiTest::init()
{
    m_window = test::openShownWindow(m_path);
    QVERIFY(m_window);
}

void SampleNotesUiTest::cleanup()
{
    // Every test leaves the project as it found it: undo what it did.
    if (m_window)
        QVERIFY(test::undoEverything(*m_window));
    m_window.reset();
    const sample_note_query::Counts counts = sample_note_query::counts(ProjectStore(m_path));
    QCOMPARE(counts.flagged + counts.commented, qint64(0));
}

void SampleNotesUiTest::waitSaved()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->isSaved(), 20000);
}

void SampleNotesUiTest::showRow(int position)
{
    DetailPanel *panel = m_window->detailPanel();
    QSignalSpy loaded(panel, &DetailPanel::detailLoaded);
    QTableView *table = m_window->sampleTable();
    table->setFocus();
    table->setCurrentIndex(m_window->sampleModel()->index(position, SampleTableModel::IdColumn));
    const SampleRow row = m_window->sampleModel()->sampleAt(position);
    QTRY_VERIFY_WITH_TIMEOUT(panel->detail() && panel->detail()->sample.row == row, 20000);
}

SampleNote SampleNotesUiTest::storedNote(SampleRow row) const
{
    return sample_note_query::note(ProjectStore(m_path), row);
}

QAbstractButton *SampleNotesUiTest::flagButton(SampleNote::Flag flag) const
{
    return m_window->detailPanel()->findChild<QAbstractButton *>(
        QStringLiteral("noteFlag_%1").arg(int(flag)));
}

QLineEdit *SampleNotesUiTest::commentEdit() const
{
    return m_window->detailPanel()->findChild<QLineEdit *>(QStringLiteral("commentEdit"));
}

void SampleNotesUiTest::flagButtonsAndKeysToggleWithUndoAndRedo()
{
    showRow(3);
    const SampleRow row = m_window->sampleModel()->sampleAt(3);
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    QVERIFY(flagButton(SampleNote::Discuss));
    QVERIFY(!flagButton(SampleNote::Discuss)->isChecked());

    flagButton(SampleNote::Discuss)->click();
    QVERIFY(flagButton(SampleNote::Discuss)->isChecked());
    waitSaved();
    QCOMPARE(storedNote(row).flags, quint32(SampleNote::Discuss));

    // Alt+2 from the table: bad text, on the same sample.
    QTest::keyClick(m_window->sampleTable(), Qt::Key_2, Qt::AltModifier);
    waitSaved();
    QCOMPARE(storedNote(row).flags, quint32(SampleNote::Discuss | SampleNote::BadText));
    QTRY_VERIFY(flagButton(SampleNote::BadText)->isChecked());
    QCOMPARE(stack->count(), steps + 2);
    QCOMPARE(m_window->sampleTable()->currentIndex().row(), 3); // a flag does not move on
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Flag sample: bad text"));

    stack->undo();
    waitSaved();
    QCOMPARE(storedNote(row).flags, quint32(SampleNote::Discuss));
    QTRY_VERIFY(!flagButton(SampleNote::BadText)->isChecked());
    stack->undo();
    waitSaved();
    QVERIFY(storedNote(row).isEmpty());
    QTRY_VERIFY(!flagButton(SampleNote::Discuss)->isChecked());
    stack->redo();
    stack->redo();
    waitSaved();
    QCOMPARE(storedNote(row).flags, quint32(SampleNote::Discuss | SampleNote::BadText));
    QTRY_VERIFY(flagButton(SampleNote::BadText)->isChecked() &&
                flagButton(SampleNote::Discuss)->isChecked());

    // A flag key pressed before the next sample's detail has arrived flags nothing: the note
    // at hand is still the previous sample's.
    const int before = stack->count();
    m_window->detailPanel()->showSample(m_window->sampleModel()->sampleAt(4));
    m_window->detailPanel()->toggleFlag(SampleNote::SchemaGap);
    QCOMPARE(stack->count(), before);
    waitSaved();
    QCOMPARE(storedNote(row).flags, quint32(SampleNote::Discuss | SampleNote::BadText));

    // Two edits in a row, the second before the first one's reload: undoing the second puts
    // back the first exactly, its time included, and redo writes the second as it was.
    showRow(8);
    const SampleRow eighth = m_window->sampleModel()->sampleAt(8);
    m_window->detailPanel()->toggleFlag(SampleNote::SchemaGap);
    const SampleNote first = m_window->detailPanel()->detail()->note;
    m_window->detailPanel()->toggleFlag(SampleNote::Discuss);
    const SampleNote second = m_window->detailPanel()->detail()->note;
    waitSaved();
    QCOMPARE(storedNote(eighth).updatedAt, second.updatedAt);
    stack->undo();
    waitSaved();
    QCOMPARE(storedNote(eighth).flags, quint32(SampleNote::SchemaGap));
    QCOMPARE(storedNote(eighth).updatedAt, first.updatedAt);
    stack->redo();
    waitSaved();
    QCOMPARE(storedNote(eighth).updatedAt, second.updatedAt);
}

void SampleNotesUiTest::commentIsOneUndoStepAndTypingNeverDecides()
{
    showRow(5);
    const SampleRow row = m_window->sampleModel()->sampleAt(5);
    const std::optional<HumanDecision> decision = ProjectStore(m_path).humanDecision(row);
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();

    // Alt+C puts the focus into the comment field.
    QTest::keyClick(m_window->sampleTable(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(commentEdit()->hasFocus());
    // Letters, digits and Space are the annotator keys on the table: here they are text.
    QTest::keyClicks(commentEdit(), QStringLiteral("jk 1 needs context"));
    QCOMPARE(stack->count(), steps);
    QTest::keyClick(commentEdit(), Qt::Key_Return);
    waitSaved();
    QCOMPARE(stack->count(), steps + 1); // the whole text is one step
    const SampleNote first = storedNote(row);
    QCOMPARE(first.comment, QStringLiteral("jk 1 needs context"));
    QCOMPARE(first.flags, quint32(0));
    QCOMPARE(m_window->sampleTable()->currentIndex().row(), 5);
    QCOMPARE(ProjectStore(m_path).humanDecision(row).has_value(), decision.has_value());

    // Esc goes back to the saved text without a step.
    QTest::keyClicks(commentEdit(), QStringLiteral(" (draft)"));
    QTest::keyClick(commentEdit(), Qt::Key_Escape);
    QCOMPARE(commentEdit()->text(), first.comment);
    QCOMPARE(stack->count(), steps + 1);

    // Leaving the field saves too.
    commentEdit()->selectAll();
    QTest::keyClicks(commentEdit(), QStringLiteral("second thoughts"));
    m_window->sampleTable()->setFocus();
    QTRY_VERIFY(!commentEdit()->hasFocus());
    waitSaved();
    QCOMPARE(stack->count(), steps + 2);
    QCOMPARE(storedNote(row).comment, QStringLiteral("second thoughts"));

    // Undo brings back the exact earlier note, time included; once more and it is gone.
    stack->undo();
    waitSaved();
    const SampleNote undone = storedNote(row);
    QCOMPARE(undone.comment, first.comment);
    QCOMPARE(undone.updatedAt, first.updatedAt);
    QTRY_COMPARE(commentEdit()->text(), first.comment);
    stack->undo();
    waitSaved();
    QVERIFY(storedNote(row).isEmpty());
    QTRY_VERIFY(commentEdit()->text().isEmpty());

    // A comment typed and left by moving to another sample belongs to the first sample.
    QTest::keyClick(m_window->sampleTable(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(commentEdit()->hasFocus());
    QTest::keyClicks(commentEdit(), QStringLiteral("for row five"));
    m_window->detailPanel()->showSample(m_window->sampleModel()->sampleAt(6));
    waitSaved();
    QCOMPARE(storedNote(row).comment, QStringLiteral("for row five"));
    QVERIFY(storedNote(m_window->sampleModel()->sampleAt(6)).isEmpty());

    // Text entered before the next sample's detail has arrived is saved for that sample, not
    // for the one before it.
    const SampleRow seventh = m_window->sampleModel()->sampleAt(7);
    const int beforeSeventh = stack->count();
    m_window->detailPanel()->showSample(seventh);
    commentEdit()->setFocus();
    QTest::keyClicks(commentEdit(), QStringLiteral("early"));
    m_window->detailPanel()->commitComment();
    QCOMPARE(stack->count(), beforeSeventh);
    QTRY_VERIFY(m_window->detailPanel()->detail()->sample.row == seventh);
    QCOMPARE(commentEdit()->text(), QStringLiteral("early"));
    QTest::keyClick(commentEdit(), Qt::Key_Return);
    waitSaved();
    QCOMPARE(storedNote(seventh).comment, QStringLiteral("early"));
    QCOMPARE(storedNote(m_window->sampleModel()->sampleAt(6)).comment, QString());
}

void SampleNotesUiTest::flagsOverASelectionAreOneUndoStep()
{
    SampleTableModel *model = m_window->sampleModel();
    QTableView *table = m_window->sampleTable();
    showRow(10);
    // Sample 12 has the flag already: the others get it, 12 keeps it.
    m_window->detailPanel()->showSample(model->sampleAt(12));
    QTRY_VERIFY(m_window->detailPanel()->detail() &&
                m_window->detailPanel()->detail()->sample.row == model->sampleAt(12));
    m_window->detailPanel()->toggleFlag(SampleNote::SchemaGap);
    waitSaved();
    table->selectionModel()->select(
        QItemSelection(model->index(10, 0), model->index(14, SampleTableModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    QCOMPARE(m_window->selectedSamples().size(), 5);
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();

    m_window->flagAction(SampleNote::SchemaGap)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(stack->count(), steps + 1, 20000);
    waitSaved();
    for (int position = 10; position <= 14; ++position)
        QCOMPARE(storedNote(model->sampleAt(position)).flags, quint32(SampleNote::SchemaGap));
    QCOMPARE(sample_note_query::counts(ProjectStore(m_path)).flagged, qint64(5));

    // All five have it now: the same key takes it off all of them.
    m_window->flagAction(SampleNote::SchemaGap)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(stack->count(), steps + 2, 20000);
    waitSaved();
    QCOMPARE(sample_note_query::counts(ProjectStore(m_path)).flagged, qint64(0));

    stack->undo();
    waitSaved();
    QCOMPARE(sample_note_query::counts(ProjectStore(m_path)).flagged, qint64(5));
    stack->undo();
    waitSaved();
    // Back to the one flag set before the selection.
    QCOMPARE(sample_note_query::counts(ProjectStore(m_path)).flagged, qint64(1));
    QCOMPARE(storedNote(model->sampleAt(12)).flags, quint32(SampleNote::SchemaGap));
}

void SampleNotesUiTest::tableShowsSortsAndFiltersNotes()
{
    SampleTableModel *model = m_window->sampleModel();
    const SampleRow discussed = model->sampleAt(20);
    const SampleRow bad = model->sampleAt(21);
    const SampleRow commented = model->sampleAt(22);
    showRow(20);
    m_window->detailPanel()->toggleFlag(SampleNote::Discuss);
    showRow(21);
    m_window->detailPanel()->toggleFlag(SampleNote::BadText);
    m_window->detailPanel()->toggleFlag(SampleNote::SchemaGap);
    showRow(22);
    QTest::keyClick(m_window->sampleTable(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(commentEdit()->hasFocus());
    QTest::keyClicks(commentEdit(), QStringLiteral("ask the lead"));
    QTest::keyClick(commentEdit(), Qt::Key_Return);
    waitSaved();

    // The Flags column shows the annotators' flags and comment first, before the machine's
    // flags, once the rows are refetched.
    const auto display = [model](int position) {
        return model->index(position, SampleTableModel::FlagsColumn).data().toString();
    };
    QTRY_VERIFY2(display(21).startsWith(QStringLiteral("bad text, schema gap")),
                 qPrintable(display(21)));
    QTRY_VERIFY2(display(22).startsWith(QStringLiteral("ask the lead")), qPrintable(display(22)));
    QCOMPARE(model->index(22, SampleTableModel::FlagsColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("ask the lead"));
    QCOMPARE(model->index(20, SampleTableModel::FlagsColumn)
                 .data(SampleTableModel::ChipsRole)
                 .toList()
                 .value(0)
                 .toMap()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("discuss"));

    // Clicking the column header sorts by the flags: bad text + schema gap (6) first.
    QSignalSpy ready(model, &SampleTableModel::orderReady);
    m_window->sampleTable()->sortByColumn(SampleTableModel::FlagsColumn, Qt::DescendingOrder);
    QVERIFY(ready.wait(20000));
    QCOMPARE(model->sortOrder().key, SampleSort::Key::NoteFlags);
    QCOMPARE(model->sampleAt(0), bad);
    QCOMPARE(model->sampleAt(1), discussed);
    QCOMPARE(model->sampleAt(2), commented);

    // The filter bar: any flag, one flag, a comment.
    SampleFilter filter;
    filter.anyNoteFlag = true;
    m_window->filterBar()->setFilter(filter);
    QVERIFY(ready.wait(20000));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(m_window->filterBar()->filter().anyNoteFlag, true);
    filter = SampleFilter();
    filter.noteFlags = SampleNote::SchemaGap;
    m_window->filterBar()->setFilter(filter);
    QVERIFY(ready.wait(20000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->sampleAt(0), bad);
    QCOMPARE(m_window->filterBar()->filter().noteFlags, quint32(SampleNote::SchemaGap));
    filter = SampleFilter();
    filter.hasComment = true;
    m_window->filterBar()->setFilter(filter);
    QVERIFY(ready.wait(20000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->sampleAt(0), commented);
    m_window->filterBar()->setFilter(SampleFilter());
    QVERIFY(ready.wait(20000));
    QCOMPARE(model->rowCount(), 60);
}

void SampleNotesUiTest::flagKeysClashWithNoOtherKey()
{
    QList<QAction *> noteActions = {m_window->commentAction()};
    for (const SampleNote::Flag flag : sampleNoteFlags())
        noteActions << m_window->flagAction(flag);
    QStringList reviewKeys;
    for (const ShortcutEntry &entry : shortcut_catalog::reviewKeys(m_window->document()->schema()))
        reviewKeys += entry.keys.split(QStringLiteral(", "));
    const QList<QAction *> all = m_window->findChildren<QAction *>();
    for (const QAction *noteAction : noteActions) {
        QVERIFY(noteAction);
        QCOMPARE(noteAction->shortcuts().size(), 1);
        const QKeySequence key = noteAction->shortcut();
        QVERIFY(!reviewKeys.contains(key.toString(QKeySequence::NativeText)));
        for (const QAction *other : all)
            QVERIFY2(other == noteAction || !other->shortcuts().contains(key),
                     qPrintable(other->text() + QStringLiteral(" shares ") + key.toString()));
    }
    // Help › Keyboard Shortcuts lists them under the Annotate menu.
    const QVector<ShortcutEntry> entries = shortcut_catalog::windowShortcuts(m_window.get());
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const ShortcutEntry &entry) {
        return entry.action == QLatin1String("Flag for Discussion") &&
               entry.keys == QKeySequence(Qt::ALT | Qt::Key_1).toString(QKeySequence::NativeText);
    }));
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const ShortcutEntry &entry) {
        return entry.action == QLatin1String("Comment on Sample");
    }));
}

QTEST_MAIN(SampleNotesUiTest)
#include "test_sample_notes.moc"
