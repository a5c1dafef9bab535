#include "sample_decision_view.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include "decision_keys.h"
#include "label_colors.h"
#include "project_document.h"
#include "review_widgets.h"

namespace candist {

SampleDecisionView::SampleDecisionView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_outer(new QHBoxLayout(this))
    , m_column(new QVBoxLayout)
{
    setFocusPolicy(Qt::StrongFocus);
    m_outer->setContentsMargins(16, 12, 16, 12);
    m_outer->setSpacing(16);
    m_column->setSpacing(10);
    m_outer->addLayout(m_column, 1);

    auto *header = new QHBoxLayout;
    m_title = createSampleTitle(this);
    m_positionLabel = new QLabel(this);
    header->addWidget(m_title, 1);
    header->addWidget(m_positionLabel);
    m_column->addLayout(header);
    m_text = createSampleText(this);
    m_column->addWidget(m_text, 1);

    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &SampleDecisionView::onUndoIndexChanged);
}

void SampleDecisionView::setPosition(int position)
{
    m_session.setPosition(position);
    render();
}

void SampleDecisionView::next()
{
    setPosition(m_session.position() + 1);
}

void SampleDecisionView::previous()
{
    setPosition(m_session.position() - 1);
}

void SampleDecisionView::decide(HumanAction action, int label)
{
    const SampleRow row = currentRow();
    if (row < 0)
        return;
    const std::optional<HumanDecision> previous = knownDecision(row);
    m_session.recordDecision();
    if (action == HumanAction::Label)
        m_session.setResolved(row, true);
    m_deciding = true; // the view moves on below, not in onUndoIndexChanged
    m_document->decide(row, action, label, previous);
    m_deciding = false;
    // The decision is in the undo stack and on its way to the store: move on at once.
    const int position = m_session.position();
    setPosition(action == HumanAction::Label ? m_session.nextUndecided(position + 1)
                                             : position + 1);
}

void SampleDecisionView::decideLabel(int label)
{
    if (label >= 0 && label < m_document->schema().size())
        decide(HumanAction::Label, label);
    setFocus();
}

void SampleDecisionView::skip()
{
    decide(HumanAction::Skip, -1);
}

void SampleDecisionView::onUndoIndexChanged(int index)
{
    const std::optional<ReviewSession::UndoStep> step =
        m_session.followUndo(m_document->undoStack(), index);
    if (!step || m_deciding)
        return;
    const int position = m_session.applyUndoStep(*step);
    if (position < 0)
        return;
    undoneOrRedone(step->row);
    setPosition(position);
}

void SampleDecisionView::keyPressEvent(QKeyEvent *event)
{
    // Keys a text field passed on (a spin box ignores letters) must not decide anything.
    if (textFieldHasFocus() || !isReady()) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (const std::optional<DecisionCommand> command = decision_keys::commandFor(event)) {
        if (*command == DecisionCommand::Accept)
            acceptSuggestion();
        else if (*command == DecisionCommand::Skip)
            skip();
        else if (const std::optional<int> position = m_session.positionFor(*command))
            setPosition(*position);
        return;
    }
    if ((event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int label = labelForHotkey(m_document->schema(), event);
    if (label >= 0) {
        decideLabel(label);
        return;
    }
    QWidget::keyPressEvent(event);
}

void SampleDecisionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_document->isOpen())
        refresh();
    setFocus();
}

QString SampleDecisionView::decisionText(const std::optional<HumanDecision> &decision) const
{
    if (decision && decision->action == HumanAction::Skip)
        return tr("You skipped this sample (unsure).");
    if (decision && decision->action == HumanAction::Label)
        return tr("You labelled this sample %1.")
            .arg(labelName(m_document->schema(), decision->label));
    return QString();
}

QString SampleDecisionView::positionText() const
{
    const int size = m_session.size();
    const QLocale locale;
    return size == 0 ? QString()
                     : tr("%1 / %2").arg(locale.toString(std::min(m_session.position() + 1, size)),
                                         locale.toString(size));
}

} // namespace candist
