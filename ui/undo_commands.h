#pragma once

#include <optional>

#include <QUndoCommand>

#include "model/annotation.h"
#include "model/label_schema.h"
#include "model/sample_note.h"
#include "store/queries/bulk_decision_query.h"

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

// One bulk action of the sample table (accept the student's or the teacher's label, clear) over
// any number of samples: one undo step. Redo records the plan's changes, undo the decisions the
// samples had before, each as one transaction in the database thread.
class BulkDecisionCommand : public QUndoCommand
{
public:
    BulkDecisionCommand(ProjectDocument *document, bulk_decision_query::Plan plan,
                        const QString &text);
    void undo() override;
    void redo() override;
    qint64 size() const { return m_plan.apply.size(); }

private:
    ProjectDocument *m_document;
    bulk_decision_query::Plan m_plan;
};

// A change of the annotators' notes (flags, comment) of one sample or of a selection: one undo
// step. Redo writes `after`, undo writes `before` (each note with the time it had), each as one
// transaction in the database thread.
class SampleNoteCommand : public QUndoCommand
{
public:
    SampleNoteCommand(ProjectDocument *document, QVector<SampleNote> before,
                      QVector<SampleNote> after, const QString &text);
    void undo() override;
    void redo() override;
    qint64 size() const { return m_after.size(); }

private:
    ProjectDocument *m_document;
    QVector<SampleNote> m_before;
    QVector<SampleNote> m_after;
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
