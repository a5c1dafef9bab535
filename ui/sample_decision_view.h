#pragma once

#include <optional>

#include <QWidget>

#include "model/annotation.h"
#include "review_session.h"

class QHBoxLayout;
class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace candist {

class ProjectDocument;

// What the review and the blind spot check share: a ReviewSession shown one sample at a time,
// large, and decided with one key through the document's undo stack (the decision is queued to
// the database thread at once, and the view moves on without waiting). Keys (only while the
// view, not a text field, has the focus): a label's hotkey decides, "?" skips, Enter accepts
// the suggestion where there is one, Space/Right/Down next, Left/Up previous, Home/End
// first/last, Page Up/Down ten back/on. Undoing or redoing a decision moves the view back to
// that sample or on past it.
class SampleDecisionView : public QWidget
{
    Q_OBJECT
public:
    SampleDecisionView(ProjectDocument *document, QWidget *parent = nullptr);

    // Reads the queue again in the database thread.
    virtual void refresh() = 0;
    int position() const { return m_session.position(); }
    SampleRow currentRow() const { return m_session.currentRow(); }

    void decideLabel(int label);
    void skip();
    void next();
    void previous();
    void setPosition(int position);

protected:
    // Keys decide only once the queue is there.
    virtual bool isReady() const = 0;
    virtual void render() = 0;
    // Enter; a blind view has no suggestion to accept.
    virtual void acceptSuggestion() {}
    // The sample's decision as far as the view has read it, for the undo command.
    virtual std::optional<HumanDecision> knownDecision(SampleRow row) const = 0;
    // The undo stack moved over the decision of `row`: what the view read of it is stale.
    virtual void undoneOrRedone(SampleRow row) = 0;

    void keyPressEvent(QKeyEvent *event) override;
    // A queue marked dirty is read again when the view is shown.
    void showEvent(QShowEvent *event) override;
    // "3 / 300", empty for an empty queue.
    QString positionText() const;
    // What the human decided on the shown sample, for the status line; empty for nothing.
    QString decisionText(const std::optional<HumanDecision> &decision) const;

    QHBoxLayout *outerLayout() const { return m_outer; }
    // The sample column: the header (title, position) and the text; subclasses add below.
    QVBoxLayout *sampleColumn() const { return m_column; }

    ProjectDocument *m_document;
    ReviewSession m_session;
    QLabel *m_title;
    QLabel *m_positionLabel;
    QTextBrowser *m_text;
    bool m_dirty = true;

private:
    void decide(HumanAction action, int label);
    void onUndoIndexChanged(int index);

    QHBoxLayout *m_outer;
    QVBoxLayout *m_column;
    bool m_deciding = false;
};

} // namespace candist
