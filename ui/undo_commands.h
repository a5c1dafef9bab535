#pragma once

#include <optional>

#include <QUndoCommand>

#include "model/annotation.h"
#include "model/label_schema.h"

namespace candist {

class ProjectDocument;

// A human's label decision on one sample. Undo restores the decision that was current before
// (or clears it); the store's log keeps both steps, so the history stays honest.
class HumanDecisionCommand : public QUndoCommand
{
public:
    HumanDecisionCommand(ProjectDocument *document, SampleRow row, HumanAction action, int label,
                         const std::optional<HumanDecision> &previous, const QString &text);
    void undo() override;
    void redo() override;
    SampleRow row() const { return m_row; }
    HumanAction action() const { return m_action; }

private:
    ProjectDocument *m_document;
    SampleRow m_row;
    HumanAction m_action;
    int m_label;
    std::optional<HumanDecision> m_previous;
};

class LabelSchemaCommand : public QUndoCommand
{
public:
    LabelSchemaCommand(ProjectDocument *document, LabelSchema before, LabelSchema after);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    LabelSchema m_before;
    LabelSchema m_after;
};

} // namespace candist
