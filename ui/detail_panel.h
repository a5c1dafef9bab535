#pragma once

#include <optional>

#include <QHash>
#include <QWidget>

#include "sample_detail.h"

class QCustomPlot;
class QCPBars;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTextBrowser;
class QToolButton;

namespace candist {

class ProjectDocument;

// Shows the current sample in full: text, the teacher's candidates and raw answer, the student's
// probability for every label (candidates highlighted), provenance and the human history; its
// buttons record human decisions through the document's undo stack.
class DetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPanel(ProjectDocument *document, QWidget *parent = nullptr);

    // Loads `row` in the database thread; -1 clears the panel.
    void showSample(SampleRow row);
    SampleRow currentRow() const { return m_row; }
    const std::optional<SampleDetail> &detail() const { return m_detail; }
    // Records a decision for the shown sample (hotkeys and buttons end here).
    // False, deciding nothing, while the shown sample's detail has not arrived: its decision,
    // which the undo step restores, is not known yet.
    bool decide(HumanAction action, int label = -1);
    // Sets or clears one of the annotators' flags on the shown sample: one undo step.
    void toggleFlag(SampleNote::Flag flag);
    // Puts the keyboard focus into the comment field, its text selected.
    void focusComment();
    // Saves the comment field's text as the sample's comment (one undo step) when it differs;
    // Enter and leaving the field call it.
    void commitComment();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void detailLoaded(qint64 row);

private:
    // The shown sample's detail has arrived: until then the decision and note at hand are the
    // previous sample's, and an edit built on them would undo to the wrong state.
    bool hasCurrentDetail() const;
    void reload();
    void rebuildButtons();
    void render();
    void renderChart();
    void renderNote();
    // Widens the panel's minimum to what its content needs (called when the buttons change).
    void fitWidthToContent();

    ProjectDocument *m_document;
    SampleRow m_row = -1;
    quint64 m_requests = 0;
    std::optional<SampleDetail> m_detail;

    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_final;
    QLabel *m_review;
    QTextBrowser *m_text;
    QWidget *m_buttonBox;
    QGridLayout *m_buttonLayout;
    QToolButton *m_skip;
    QToolButton *m_clear;
    QHash<SampleNote::Flag, QToolButton *> m_flagButtons;
    QLineEdit *m_comment;
    QLabel *m_candidates;
    QLabel *m_teacherInfo;
    QPlainTextEdit *m_rawAnswer;
    QCustomPlot *m_chart;
    QCPBars *m_candidateBars = nullptr;
    QCPBars *m_otherBars = nullptr;
    QLabel *m_studentInfo;
    QLabel *m_history;
};

} // namespace candist
