#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QtTest>

#include "agreement_view.h"
#include "decision_keys.h"
#include "detail_panel.h"
#include "filter_bar.h"
#include "label_schema_editor.h"
#include "main_window.h"
#include "project_document.h"
#include "review/review_ranker.h"
#include "review_fixture.h"
#include "review_view.h"
#include "review_widgets.h"
#include "sample_table_model.h"
#include "shortcut_catalog.h"
#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

using test::abcSchema;

class ReviewViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheRankersQueue();
    void hotkeysDecideAndAdvance();
    void enterAcceptsTheSuggestion();
    void skipKeyAndArrowsMove();
    void undoAndRedoAnyNumberOfDecisions();
    void clickingAChipOrABarDecides();
    void chipsFollowTheShownSample();
    void typingInATextFieldNeverDecides();
    void decisionsPersistAfterReopening();
    void weightsChangeTheOrder();
    void agreementViewCountsTheHumanAnswers();
    void schemaEditorRefusesReviewKeys();
    void reRankingStartsAtTheTop();
    void homeEndAndPageKeysMove();
    void everyListedKeyDoesWhatItSays();
    void bothRedoKeysRedoInTheReview();
    void closedOrNewProjectShowsNoOldLabels();
    void detailPanelFollowsTheReviewedSample();
    void tabStaysOnTheChipsAndBars();
    void reasonsMatchTheNumbers();
    void agreementLeavesOutLabelsTheStudentTrainedOn();
    void keyHelpIsNotCut();
    void clickingAHeatMapCellListsItsSamples();

private:
    void openWindow();
    std::optional<HumanDecision> storedDecision(SampleRow row) const;
    QVector<ReviewItem> expectedQueue(const ReviewWeights &weights = {}) const;

    test::Scratch m_scratch;
    QString m_path;
    int m_projects = 0;
    std::unique_ptr<MainWindow> m_window;
    ReviewView *m_view = nullptr;
};

void ReviewViewTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
}

void ReviewViewTest::init()
{
    // A fresh project per test: decisions of one test never leak into the next.
    m_path = m_scratch.path(QStringLiteral("review%1.candist").arg(++m_projects));
    test::writeReviewProject(m_path);
    openWindow();
}

void ReviewViewTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(MainWindow::Options{false, false});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window->document(), &ProjectDocument::opened);
    m_window->openProject(m_path);
    QVERIFY(opened.wait(20000));
    m_view = m_window->reviewView();
    QSignalSpy ready(m_view, &ReviewView::queueReady);
    m_window->showView(MainWindow::View::Review);
    QVERIFY(ready.count() > 0 || ready.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownRow() >= 0, 20000);
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void ReviewViewTest::cleanup()
{
    m_window.reset();
    m_view = nullptr;
}

std::optional<HumanDecision> ReviewViewTest::storedDecision(SampleRow row) const
{
    const ProjectStore store(m_path);
    return store.humanDecision(row);
}

QVector<ReviewItem> ReviewViewTest::expectedQueue(const ReviewWeights &weights) const
{
    const ProjectStore store(m_path);
    return ReviewRanker(weights).rank(store);
}

void ReviewViewTest::showsTheRankersQueue()
{
    const QVector<ReviewItem> expected = expectedQueue();
    QCOMPARE(m_view->queueSize(), expected.size());
    QVERIFY(expected.size() >= 5);
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(m_view->queue().at(i).row, expected.at(i).row);
    QCOMPARE(m_view->shownRow(), expected.first().row);
    QCOMPARE(m_view->labelButtons().size(), 3);
    QVERIFY(m_view->progressText().contains(QStringLiteral("remaining")));
}

void ReviewViewTest::hotkeysDecideAndAdvance()
{
    const QVector<ReviewItem> queue = m_view->queue();
    QTest::keyClick(m_view, Qt::Key_2);
    QCOMPARE(m_view->position(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(storedDecision(queue.at(0).row).has_value(), 10000);
    QCOMPARE(storedDecision(queue.at(0).row)->action, HumanAction::Label);
    QCOMPARE(storedDecision(queue.at(0).row)->label, 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), queue.at(1).row, 10000);
    QTest::keyClick(m_view, Qt::Key_3);
    QCOMPARE(m_view->position(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(storedDecision(queue.at(1).row).has_value(), 10000);
    QCOMPARE(storedDecision(queue.at(1).row)->label, 2);
    QCOMPARE(m_view->resolvedCount(), 2);
    QCOMPARE(m_view->remainingCount(), queue.size() - 2);
    QVERIFY(m_view->progressText().contains(QStringLiteral("pace")));
}

void ReviewViewTest::enterAcceptsTheSuggestion()
{
    const ReviewItem first = m_view->queue().at(0);
    const int suggested = first.suggestedLabel;
    QVERIFY(suggested >= 0);
    QTest::keyClick(m_view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(storedDecision(first.row).has_value(), 10000);
    QCOMPARE(storedDecision(first.row)->label, suggested);
    QCOMPARE(m_view->position(), 1);
}

void ReviewViewTest::skipKeyAndArrowsMove()
{
    const QVector<ReviewItem> queue = m_view->queue();
    QTest::keyClick(m_view, Qt::Key_Question, Qt::ShiftModifier);
    QCOMPARE(m_view->position(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(storedDecision(queue.at(0).row).has_value(), 10000);
    QCOMPARE(storedDecision(queue.at(0).row)->action, HumanAction::Skip);
    QCOMPARE(m_view->resolvedCount(), 0); // unsure is not resolved
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->position(), 2);
    QTest::keyClick(m_view, Qt::Key_Space);
    QCOMPARE(m_view->position(), 3);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->position(), 4);
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->position(), 3);
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->position(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), queue.at(2).row, 10000);
    // Moving decides nothing.
    for (int i = 1; i < 5; ++i)
        QVERIFY(!storedDecision(queue.at(i).row).has_value());
}

void ReviewViewTest::undoAndRedoAnyNumberOfDecisions()
{
    const QVector<ReviewItem> queue = m_view->queue();
    const int decisions = 5;
    for (int i = 0; i < decisions; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), queue.at(i).row, 10000);
        QTest::keyClick(m_view, Qt::Key_1);
    }
    QCOMPARE(m_view->position(), decisions);
    for (int i = 0; i < decisions; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(storedDecision(queue.at(i).row).has_value(), 10000);

    for (int i = decisions - 1; i >= 0; --i) {
        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
        // Undo brings the view back to the sample it undid.
        QCOMPARE(m_view->currentRow(), queue.at(i).row);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_view->resolvedCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const ProjectStore store(m_path);
            return store.humanLabels().empty();
        }(),
        10000);

    for (int i = 0; i < decisions; ++i)
        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->resolvedCount(), decisions, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const ProjectStore store(m_path);
            return store.humanLabels().size() == size_t(decisions);
        }(),
        10000);
    for (int i = 0; i < decisions; ++i)
        QCOMPARE(storedDecision(queue.at(i).row)->label, 0);
}

void ReviewViewTest::clickingAChipOrABarDecides()
{
    const QVector<ReviewItem> queue = m_view->queue();
    // The first queued sample with two candidates: click the teacher's second one.
    int at = -1;
    QVector<int> candidates;
    for (int i = 0; i < queue.size() && at < 0; ++i) {
        const ProjectStore store(m_path);
        const std::optional<TeacherResult> teacher = store.teacherResult(queue.at(i).row);
        if (teacher && teacher->candidates.size() == 2) {
            at = i;
            candidates = teacher->candidates;
        }
    }
    QVERIFY(at >= 0);
    m_view->setPosition(at);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), queue.at(at).row, 10000);
    QCOMPARE(m_view->chipButtons().size(), 2);
    QTest::mouseClick(m_view->chipButtons().at(1), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(storedDecision(queue.at(at).row).has_value(), 10000);
    QCOMPARE(storedDecision(queue.at(at).row)->label, candidates.at(1));

    const SampleRow next = m_view->currentRow();
    QVERIFY(next != queue.at(at).row);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), next, 10000);
    QTest::mouseClick(m_view->labelButtons().at(2), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(storedDecision(next).has_value(), 10000);
    QCOMPARE(storedDecision(next)->label, 2);
}

// Issue 17: the chips are reused from sample to sample and painted without a style sheet (its
// polish per chip and key press was most of the key's cost); they still show the teacher's
// candidates in order, the suggestion in bold, and nothing of the sample before.
void ReviewViewTest::chipsFollowTheShownSample()
{
    const QVector<ReviewItem> queue = m_view->queue();
    QSet<CandidateChipButton *> created;
    int withTwo = 0;
    int withOne = 0;
    for (int i = 0; i < std::min<int>(queue.size(), 30); ++i) {
        m_view->setPosition(i);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), queue.at(i).row, 10000);
        const ProjectStore store(m_path);
        const std::optional<TeacherResult> teacher = store.teacherResult(queue.at(i).row);
        const QVector<int> candidates = teacher ? teacher->candidates : QVector<int>();
        const QList<QAbstractButton *> chips = m_view->chipButtons();
        QCOMPARE(chips.size(), candidates.size());
        withTwo += candidates.size() >= 2;
        withOne += candidates.size() == 1;
        for (int k = 0; k < chips.size(); ++k) {
            auto *chip = qobject_cast<CandidateChipButton *>(chips.at(k));
            QVERIFY(chip);
            QVERIFY(chip->isVisibleTo(m_view));
            QVERIFY(chip->styleSheet().isEmpty());
            QCOMPARE(chip->label(), candidates.at(k));
            QCOMPARE(chip->isEmphasised(), candidates.at(k) == queue.at(i).suggestedLabel);
            QVERIFY(chip->text().startsWith(QStringLiteral("%1. ").arg(k + 1)));
            created.insert(chip);
        }
        for (CandidateChipButton *chip : m_view->findChildren<CandidateChipButton *>())
            if (!chips.contains(chip))
                QVERIFY(!chip->isVisibleTo(m_view));
    }
    QVERIFY(withTwo > 0 && withOne > 0); // the fixture has both kinds of sets
    // As many chips as the largest set, not one per sample shown.
    QCOMPARE(m_view->findChildren<CandidateChipButton *>().size(), created.size());
    QVERIFY(created.size() <= m_window->document()->schema().size());
}

void ReviewViewTest::typingInATextFieldNeverDecides()
{
    const QVector<ReviewItem> queue = m_view->queue();
    // The ranking weight editors are text fields inside the review view.
    auto *spin = m_view->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    QTest::keyClicks(spin, QStringLiteral("12abc3?"));
    QTest::keyClick(spin, Qt::Key_Space);
    QCOMPARE(m_view->position(), 0);
    // The sample table's search box: label hotkeys never reach the review either.
    auto *search = m_window->filterBar()->findChild<QLineEdit *>();
    QVERIFY(search);
    m_window->showView(MainWindow::View::Table);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("123"));
    QCOMPARE(search->text(), QStringLiteral("123"));
    m_window->showView(MainWindow::View::Review);
    QCOMPARE(m_view->position(), 0);
    QTest::qWait(200);
    const ProjectStore store(m_path);
    for (const ReviewItem &item : queue)
        QVERIFY(!store.humanDecision(item.row).has_value());
}

void ReviewViewTest::decisionsPersistAfterReopening()
{
    const QVector<ReviewItem> queue = m_view->queue();
    QTest::keyClick(m_view, Qt::Key_1);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), queue.at(1).row, 10000);
    QTest::keyClick(m_view, Qt::Key_3);
    m_window->close(); // joins the database thread: both writes have landed
    m_window.reset();

    const ProjectStore store(m_path);
    QCOMPARE(store.humanDecision(queue.at(0).row)->label, 0);
    QCOMPARE(store.humanDecision(queue.at(1).row)->label, 2);

    openWindow();
    QCOMPARE(m_view->queueSize(), queue.size() - 2);
    for (const ReviewItem &item : m_view->queue()) {
        QVERIFY(item.row != queue.at(0).row);
        QVERIFY(item.row != queue.at(1).row);
    }
    QCOMPARE(m_view->shownRow(), queue.at(2).row);
}

void ReviewViewTest::weightsChangeTheOrder()
{
    ReviewWeights entropyOnly;
    entropyOnly.disagreement = 0;
    entropyOnly.margin = 0;
    entropyOnly.overrule = 0;
    entropyOnly.parseFailure = 0;
    entropyOnly.entropy = 10;
    const QVector<ReviewItem> before = m_view->queue();
    const QVector<ReviewItem> expected = expectedQueue(entropyOnly);
    QSignalSpy ready(m_view, &ReviewView::queueReady);
    m_view->setWeights(entropyOnly);
    QVERIFY(ready.wait(10000));
    QCOMPARE(m_view->queueSize(), expected.size());
    bool differs = false;
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(m_view->queue().at(i).row, expected.at(i).row);
        differs = differs || expected.at(i).row != before.at(i).row;
    }
    QVERIFY(differs);
    // Stored as project meta, so the next session ranks the same way.
    const ProjectStore store(m_path);
    const ReviewWeights stored = ReviewWeights::fromJson(
        QJsonDocument::fromJson(store.metaValue(QStringLiteral("review.weights")).toUtf8())
            .object());
    QCOMPARE(stored.entropy, 10.0);
    QCOMPARE(stored.disagreement, 0.0);
    // The editors show the weights in use.
    const QList<QDoubleSpinBox *> spins = m_view->findChildren<QDoubleSpinBox *>();
    QCOMPARE(spins.size(), 3);
    QCOMPARE(spins.at(2)->value(), 10.0);
}

void ReviewViewTest::agreementViewCountsTheHumanAnswers()
{
    {
        // s2: all agree on C; s5: teacher and student say B, the human A; s1: teacher B, student
        // C, the human B (sides with the teacher).
        ProjectStore store(m_path);
        store.recordHumanDecision(
            HumanDecision{store.rowForId(QStringLiteral("s2")).value(), HumanAction::Label, 2, {}});
        store.recordHumanDecision(
            HumanDecision{store.rowForId(QStringLiteral("s5")).value(), HumanAction::Label, 0, {}});
        store.recordHumanDecision(
            HumanDecision{store.rowForId(QStringLiteral("s1")).value(), HumanAction::Label, 1, {}});
    }
    AgreementView *view = m_window->agreementView();
    QSignalSpy loaded(view, &AgreementView::loaded);
    m_window->showView(MainWindow::View::Agreement);
    view->reload();
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && view->report().humanLabelled == 3, 10000);
    const AgreementReport &report = view->report();
    QCOMPARE(report.teacher.confusion.at(2).at(2), 1);
    QCOMPARE(report.teacher.confusion.at(0).at(1), 1);
    QCOMPARE(report.teacher.confusion.at(1).at(1), 1);
    QCOMPARE(report.student.confusion.at(2).at(2), 1);
    QCOMPARE(report.student.confusion.at(0).at(1), 1);
    QCOMPARE(report.student.confusion.at(1).at(2), 1);
    QCOMPARE(report.teacher.agreed, 2);
    QCOMPARE(report.student.agreed, 1);
    QCOMPARE(report.humanSidedWithTeacher, 1);
    QCOMPARE(report.humanSidedWithStudent, 0);
    auto *table = view->findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("B"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("1"));
    QVERIFY(table->item(1, 2)->text().startsWith(QStringLiteral("100")));
    QVERIFY(table->item(1, 3)->text().startsWith(QStringLiteral("0.0")));

    // A decision in the review refreshes the report. The labels above were written behind the
    // window's back, so the queue is re-ranked first.
    m_window->showView(MainWindow::View::Review);
    QSignalSpy ranked(m_view, &ReviewView::queueReady);
    m_view->refresh();
    QVERIFY(ranked.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownRow() >= 0, 10000);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_1);
    m_window->showView(MainWindow::View::Agreement);
    QTRY_VERIFY_WITH_TIMEOUT(view->report().humanLabelled == 4, 10000);
}

void ReviewViewTest::schemaEditorRefusesReviewKeys()
{
    // Space, Enter, arrows and "?" drive the review: a label hotkey must be a letter or digit.
    for (const QString &key : {QStringLiteral("?"), QStringLiteral("-"), QStringLiteral("x")}) {
        QVector<Label> labels = m_window->document()->schema().labels();
        labels[0].hotkey = key;
        LabelSchemaEditor editor(LabelSchema(labels), false);
        editor.accept();
        QCOMPARE(editor.result(),
                 key == QStringLiteral("x") ? int(QDialog::Accepted) : int(QDialog::Rejected));
    }
}

// Issue 15, finding 3: after a re-rank (a distillation ended, Apply and Re-rank) the review
// shows the sample now worth most, not the one that happened to be on screen.
void ReviewViewTest::reRankingStartsAtTheTop()
{
    const QVector<ReviewItem> queue = m_view->queue();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->position(), 5);
    QSignalSpy ranked(m_view, &ReviewView::queueReady);
    m_view->refresh(); // what the window does when a job ends
    QVERIFY(ranked.wait(10000));
    QCOMPARE(m_view->position(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), m_view->queue().first().row, 10000);

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_view, Qt::Key_Right);
    ranked.clear();
    QPushButton *rerank = nullptr;
    for (QPushButton *button : m_view->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Apply and Re-rank"))
            rerank = button;
    QVERIFY(rerank);
    rerank->click();
    QVERIFY(ranked.wait(10000));
    QCOMPARE(m_view->position(), 0);
    QCOMPARE(m_view->currentRow(), queue.first().row);
}

void ReviewViewTest::homeEndAndPageKeysMove()
{
    const int last = m_view->queueSize() - 1;
    QVERIFY(last >= 5);
    QTest::keyClick(m_view, Qt::Key_End);
    QCOMPARE(m_view->position(), last);
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_view->position(), 0);
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->position(), last);
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->position(), 0);
    QTest::keyClick(m_view, Qt::Key_PageDown);
    QCOMPARE(m_view->position(), std::min(ReviewView::kPageStep, last));
    QTest::keyClick(m_view, Qt::Key_PageUp);
    QCOMPARE(m_view->position(), 0);
}

// Issue 15: the review's keys, the side panel's key help and Help › Keyboard Shortcuts come from
// one table (ui/decision_keys), and every key it lists does what it says.
void ReviewViewTest::everyListedKeyDoesWhatItSays()
{
    const int last = m_view->queueSize() - 1;
    QVERIFY(last >= 4);
    const int middle = last / 2;
    const QVector<ShortcutEntry> catalog =
        shortcut_catalog::reviewKeys(m_window->document()->schema());
    QStringList panelTexts;
    for (QLabel *label : m_view->findChildren<QLabel *>())
        panelTexts << label->text();
    const QString panel = panelTexts.join(QLatin1Char('\n'));
    int checked = 0;
    for (const DecisionKeyBinding &binding : decision_keys::bindings()) {
        const QString keys = decision_keys::keyNames(binding);
        QVERIFY2(std::any_of(catalog.cbegin(), catalog.cend(),
                             [&](const ShortcutEntry &entry) {
                                 return entry.action == binding.description && entry.keys == keys;
                             }),
                 qPrintable(binding.description));
        if (binding.command == DecisionCommand::FocusRing)
            continue; // tabStaysOnTheChipsAndBars
        const QString plain = decision_keys::keyNames(binding, true);
        QVERIFY2(panel.contains(plain.toHtmlEscaped()), qPrintable(plain));
        for (const QKeyCombination key : binding.keys) {
            m_view->setPosition(middle);
            const SampleRow row = m_view->currentRow();
            const int suggested = m_view->queue().at(middle).suggestedLabel;
            QTest::keyClick(m_view, key.key(), key.keyboardModifiers());
            switch (binding.command) {
            case DecisionCommand::Accept:
                QCOMPARE(m_view->position(), middle + 1);
                QTRY_VERIFY_WITH_TIMEOUT(storedDecision(row).has_value(), 10000);
                QCOMPARE(storedDecision(row)->label, suggested);
                break;
            case DecisionCommand::Skip:
                QCOMPARE(m_view->position(), middle + 1);
                QTRY_VERIFY_WITH_TIMEOUT(storedDecision(row).has_value(), 10000);
                QCOMPARE(storedDecision(row)->action, HumanAction::Skip);
                break;
            case DecisionCommand::Next:
                QCOMPARE(m_view->position(), middle + 1);
                break;
            case DecisionCommand::Previous:
                QCOMPARE(m_view->position(), middle - 1);
                break;
            case DecisionCommand::First:
                QCOMPARE(m_view->position(), 0);
                break;
            case DecisionCommand::Last:
                QCOMPARE(m_view->position(), last);
                break;
            case DecisionCommand::PageBack:
                QCOMPARE(m_view->position(), std::max(middle - ReviewView::kPageStep, 0));
                break;
            case DecisionCommand::PageOn:
                QCOMPARE(m_view->position(), std::min(middle + ReviewView::kPageStep, last));
                break;
            case DecisionCommand::FocusRing:
                break;
            }
            if (binding.command == DecisionCommand::Accept ||
                binding.command == DecisionCommand::Skip) {
                QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier); // leave it undecided
                QTRY_VERIFY_WITH_TIMEOUT(!storedDecision(row).has_value(), 10000);
            }
            ++checked;
        }
    }
    QVERIFY(checked >= 13);
}

// Issue 15, finding 2, in the review: Ctrl+Shift+Z and Ctrl+Y both redo.
void ReviewViewTest::bothRedoKeysRedoInTheReview()
{
    const SampleRow first = m_view->queue().at(0).row;
    QTest::keyClick(m_view, Qt::Key_1);
    QCOMPARE(m_view->resolvedCount(), 1);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_view->currentRow(), first);
        QCOMPARE(m_view->resolvedCount(), 0);
        QTest::keySequence(m_view, key);
        QVERIFY2(m_view->resolvedCount() == 1, qPrintable(key.toString()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(storedDecision(first).has_value(), 10000);
}

namespace {

int detailLabelButtons(MainWindow &window)
{
    int buttons = 0;
    for (const QToolButton *button : window.detailPanel()->findChildren<QToolButton *>())
        buttons += button->property("labelIndex").isValid() ? 1 : 0;
    return buttons;
}

int labelShortcuts(MainWindow &window)
{
    int actions = 0;
    for (const QAction *action : window.findChildren<QAction *>())
        actions += action->text().startsWith(QStringLiteral("Label as")) ? 1 : 0;
    return actions;
}

} // namespace

// Issue 15, finding 7: closing a project, or opening a new one, leaves none of the previous
// project's labels behind (review bars, detail buttons, label hotkeys).
void ReviewViewTest::closedOrNewProjectShowsNoOldLabels()
{
    QCOMPARE(m_view->labelButtons().size(), 3);
    QCOMPARE(detailLabelButtons(*m_window), 3);
    QCOMPARE(labelShortcuts(*m_window), 3);
    m_window->document()->close();
    QCOMPARE(m_view->labelButtons().size(), 0);
    QCOMPARE(detailLabelButtons(*m_window), 0);
    QCOMPARE(labelShortcuts(*m_window), 0);

    QSignalSpy opened(m_window->document(), &ProjectDocument::opened);
    m_window->openProject(m_path);
    QVERIFY(opened.wait(20000));
    QCOMPARE(m_view->labelButtons().size(), 3);
    QCOMPARE(detailLabelButtons(*m_window), 3);
    opened.clear();
    m_window->document()->open(m_scratch.path(QStringLiteral("new-project.candist")), true);
    QVERIFY(opened.wait(20000));
    QCOMPARE(m_window->document()->schema().size(), 0);
    QCOMPARE(m_view->labelButtons().size(), 0);
    QCOMPARE(detailLabelButtons(*m_window), 0);
    QCOMPARE(labelShortcuts(*m_window), 0);
}

// Issue 15, finding 7: the Sample Details dock, shown in the review, describes the sample
// under review and follows it.
void ReviewViewTest::detailPanelFollowsTheReviewedSample()
{
    const QVector<ReviewItem> queue = m_view->queue();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(dock);
    dock->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPanel()->currentRow(), queue.at(0).row, 10000);
    QTest::keyClick(m_view, Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), queue.at(1).row, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPanel()->currentRow(), queue.at(1).row, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPanel()->detail() &&
                                 m_window->detailPanel()->detail()->sample.row == queue.at(1).row,
                             10000);
}

// Issue 15, finding 9: Tab and Shift+Tab move over the chips and bars only (never into a weight
// field, where the next hotkey would be typed), and the focused one is drawn differently.
void ReviewViewTest::tabStaysOnTheChipsAndBars()
{
    const QList<QAbstractButton *> ring = m_view->chipButtons() + m_view->labelButtons();
    QVERIFY(ring.size() >= 3);
    QAbstractButton *bar = m_view->labelButtons().first();
    const QImage unfocused = bar->grab().toImage();
    for (int i = 0; i < 2 * ring.size() + 1; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *focus = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
        QVERIFY2(focus && ring.contains(focus),
                 qPrintable(QApplication::focusWidget()
                                ? QApplication::focusWidget()->metaObject()->className()
                                : "nothing"));
    }
    for (int i = 0; i < ring.size() + 1; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        auto *focus = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
        QVERIFY(focus && ring.contains(focus));
    }
    bar->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(bar->hasFocus());
    QVERIFY(bar->grab().toImage() != unfocused); // a visible focus frame

    // The next hotkey decides instead of editing a weight.
    const QList<QDoubleSpinBox *> spins = m_view->findChildren<QDoubleSpinBox *>();
    QVector<double> weights;
    for (const QDoubleSpinBox *spin : spins)
        weights << spin->value();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    QCOMPARE(m_view->resolvedCount(), 1);
    for (int i = 0; i < spins.size(); ++i)
        QCOMPARE(spins.at(i)->value(), weights.at(i));
}

// Issue 15, finding 5: the "Why" line says what the numbers say. Four samples over A, B, C:
// never sent to the teacher; an unreadable answer; a confident student agreeing with the
// teacher; a student whose final-label policy kept the teacher's candidate B (22 %) over its
// argmax A (76 %) outside the set.
void ReviewViewTest::reasonsMatchTheNumbers()
{
    m_window.reset();
    m_path = m_scratch.path(QStringLiteral("reasons%1.candist").arg(++m_projects));
    {
        ProjectStore store(m_path, ProjectStore::OpenMode::CreateIfMissing);
        store.setLabelSchema(abcSchema());
        ProjectStore::SampleInserter inserter(store);
        QHash<QString, SampleRow> rows;
        for (const char *id : {"never-sent", "unreadable", "sure", "policy"})
            rows.insert(QLatin1String(id),
                        inserter.insert(QLatin1String(id),
                                        QStringLiteral("text of ") + QLatin1String(id), QString(),
                                        std::nullopt));
        const auto teacher = [&](const char *id, QVector<int> candidates) {
            TeacherResult t;
            t.row = rows.value(QLatin1String(id));
            t.strategy = QStringLiteral("ca_add");
            t.candidates = candidates;
            t.status = candidates.isEmpty() ? TeacherStatus::ParseFailed : TeacherStatus::Ok;
            t.rawResponse = QStringLiteral("answer");
            return t;
        };
        store.saveTeacherResults(
            {teacher("unreadable", {}), teacher("sure", {0}), teacher("policy", {1})});
        const auto student = [&](const char *id, std::vector<float> probabilities, int label,
                                 quint8 flags) {
            StudentResult s;
            s.row = rows.value(QLatin1String(id));
            s.probabilities = probabilities;
            s.predicted = label;
            s.confidence = probabilities[size_t(label)];
            s.flags = flags;
            return s;
        };
        const qint64 run = store.beginRun(QStringLiteral("candist"), QJsonObject());
        store.saveStudentResults(run, {student("sure", {0.994f, 0.003f, 0.003f}, 0, 0),
                                       student("policy", {0.76f, 0.217f, 0.023f}, 1, InOut)});
        store.finishRun(run, QStringLiteral("finished"), QJsonObject());
    }
    openWindow();
    QLabel *why = nullptr;
    for (QLabel *label : m_view->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Why review this sample"))
            why = label;
    QVERIFY(why);
    QHash<QString, QString> reasons;
    QHash<QString, int> suggested;
    for (int i = 0; i < m_view->queueSize(); ++i) {
        m_view->setPosition(i);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->shownRow(), m_view->queue().at(i).row, 10000);
        const QString id = ProjectStore(m_path).sample(m_view->shownRow())->id;
        reasons.insert(id, why->text());
        suggested.insert(id, m_view->queue().at(i).suggestedLabel);
    }
    QCOMPARE(reasons.size(), 4);
    const QString neverSent = reasons.value(QStringLiteral("never-sent"));
    QVERIFY2(neverSent.contains(QStringLiteral("not been asked")), qPrintable(neverSent));
    QVERIFY2(!neverSent.contains(QStringLiteral("usable")), qPrintable(neverSent));
    QVERIFY2(!neverSent.contains(QStringLiteral("unsure")), qPrintable(neverSent));
    const QString unreadable = reasons.value(QStringLiteral("unreadable"));
    QVERIFY2(unreadable.contains(QStringLiteral("no usable label")), qPrintable(unreadable));
    const QString sure = reasons.value(QStringLiteral("sure"));
    QVERIFY2(!sure.contains(QStringLiteral("unsure")), qPrintable(sure));
    QVERIFY2(sure.contains(QStringLiteral("99%")), qPrintable(sure));
    const QString policy = reasons.value(QStringLiteral("policy"));
    QVERIFY2(policy.contains(QStringLiteral("A (76%)")) &&
                 policy.contains(QStringLiteral("B (22%)")),
             qPrintable(policy));
    // Enter accepts the label the table shows for the student, B.
    QCOMPARE(suggested.value(QStringLiteral("policy")), 1);
}

// Issue 15, finding 6: after Re-distil the student learnt the human answers; the agreement
// report must not count its "agreement" with them (it was 100 %, by construction).
void ReviewViewTest::agreementLeavesOutLabelsTheStudentTrainedOn()
{
    const QVector<ReviewItem> queue = m_view->queue();
    QTest::keyClick(m_view, Qt::Key_1);
    QTest::keyClick(m_view, Qt::Key_2);
    m_window.reset(); // every decision has landed
    {
        // What Re-distil writes: a run that began after the decisions, whose student repeats them.
        ProjectStore store(m_path);
        QThread::msleep(5);
        const qint64 run = store.beginRun(QStringLiteral("candist"), QJsonObject());
        QVector<StudentResult> results;
        for (int i = 0; i < 2; ++i) {
            StudentResult s;
            s.row = queue.at(i).row;
            s.probabilities = {0.1f, 0.1f, 0.1f};
            s.predicted = store.humanDecision(s.row)->label;
            s.probabilities[size_t(s.predicted)] = 0.8f;
            s.confidence = 0.8f;
            results << s;
        }
        store.saveStudentResults(run, results);
        store.finishRun(run, QStringLiteral("finished"), QJsonObject());
    }
    openWindow();
    AgreementView *view = m_window->agreementView();
    m_window->showView(MainWindow::View::Agreement);
    view->reload();
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && view->report().humanLabelled == 2, 10000);
    QCOMPARE(view->report().student.compared, 0);
    QCOMPARE(view->report().studentTrainedOnHuman, 2);
    QLabel *summary = nullptr;
    for (QLabel *label : view->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Agreement summary"))
            summary = label;
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("trained on 2")), qPrintable(summary->text()));
}

// Issue 15, finding 8: the key table in the side panel is as wide as its longest row.
void ReviewViewTest::keyHelpIsNotCut()
{
    QLabel *keys = nullptr;
    for (QLabel *label : m_view->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("Ctrl+Shift+Z")))
            keys = label;
    QVERIFY(keys);
    QVERIFY2(
        keys->width() >= keys->sizeHint().width(),
        qPrintable(QStringLiteral("%1 < %2").arg(keys->width()).arg(keys->sizeHint().width())));
}

// Issue 15, finding 6: clicking a heat-map cell opens the table with the samples the human gave
// the cell's row label, and says how many of them the machine put in the cell.
void ReviewViewTest::clickingAHeatMapCellListsItsSamples()
{
    {
        // s5: teacher (and student) B, the human A.
        ProjectStore store(m_path);
        store.recordHumanDecision(
            HumanDecision{store.rowForId(QStringLiteral("s5")).value(), HumanAction::Label, 0, {}});
    }
    AgreementView *view = m_window->agreementView();
    m_window->showView(MainWindow::View::Agreement);
    view->reload();
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && view->report().humanLabelled == 1, 10000);
    // The teacher's map, row human A, column teacher B.
    QTest::mouseClick(view->heatMap(false), Qt::LeftButton, {}, view->cellCenter(false, 0, 1));
    QTRY_VERIFY(m_window->sampleTable()->isVisible());
    QCOMPARE(int(m_window->sampleModel()->filter().status),
             int(SampleFilter::Status::HumanLabelled));
    QCOMPARE(m_window->sampleModel()->filter().finalLabel, 0);
    QCOMPARE(m_window->sampleModel()->filter().teacherLabel, 1);
    QCOMPARE(m_window->sampleModel()->filter().studentLabel, -1);
    // Exactly the cell's samples, not every sample the human labelled A.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sampleModel()->rowCount(), 1, 10000);
    QCOMPARE(m_window->sampleModel()->sampleAt(0),
             ProjectStore(m_path).rowForId(QStringLiteral("s5")).value());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 QStringLiteral("you labelled A that the teacher labelled B")) &&
                 m_window->statusBar()->currentMessage().startsWith(QLatin1Char('1')),
             qPrintable(m_window->statusBar()->currentMessage()));
    auto *cellButton = m_window->findChild<QToolButton *>();
    for (QToolButton *button : m_window->findChildren<QToolButton *>())
        if (button->accessibleName() == QStringLiteral("Agreement cell filter"))
            cellButton = button;
    QVERIFY(cellButton->isVisible());
    QVERIFY(cellButton->text().contains(QStringLiteral("teacher said B")));

    // The diagonal of the teacher's map: human A, teacher A -- none (s5 is the only label).
    m_window->showView(MainWindow::View::Agreement);
    QTest::mouseClick(view->heatMap(false), Qt::LeftButton, {}, view->cellCenter(false, 0, 0));
    QTRY_VERIFY(m_window->sampleTable()->isVisible());
    QCOMPARE(m_window->sampleModel()->filter().teacherLabel, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sampleModel()->rowCount(), 0, 10000);

    // The student's map: its run began before the decision, so it is an independent answer.
    m_window->showView(MainWindow::View::Agreement);
    QTest::mouseClick(view->heatMap(true), Qt::LeftButton, {}, view->cellCenter(true, 0, 1));
    QTRY_VERIFY(m_window->sampleTable()->isVisible());
    QCOMPARE(m_window->sampleModel()->filter().studentLabel, 1);
    QVERIFY(m_window->sampleModel()->filter().independentStudent);
    QCOMPARE(m_window->sampleModel()->filter().teacherLabel, -1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sampleModel()->rowCount(), 1, 10000);
    QVERIFY(cellButton->text().contains(QStringLiteral("student said B")));
    // Its button removes the cell's part of the filter and keeps the rest.
    cellButton->click();
    QVERIFY(!cellButton->isVisible());
    QCOMPARE(m_window->sampleModel()->filter().studentLabel, -1);
    QCOMPARE(m_window->sampleModel()->filter().finalLabel, 0);
}

QTEST_MAIN(ReviewViewTest)
#include "test_review_view.moc"
