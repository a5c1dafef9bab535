#include "undo_commands.h"

#include <QCoreApplication>

#include "project_document.h"

namespace candist {

HumanDecisionCommand::HumanDecisionCommand(ProjectDocument *document, SampleRow row,
                                           HumanAction action, int label,
                                           const std::optional<HumanDecision> &previous,
                                           const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_row(row)
    , m_action(action)
    , m_label(label)
    , m_previous(previous)
{}

void HumanDecisionCommand::undo()
{
    if (m_previous)
        m_document->applyHumanDecision(m_row, m_previous->action, m_previous->label);
    else
        m_document->applyHumanDecision(m_row, HumanAction::Clear, -1);
}

void HumanDecisionCommand::redo()
{
    m_document->applyHumanDecision(m_row, m_action, m_label);
}

BulkDecisionCommand::BulkDecisionCommand(ProjectDocument *document, bulk_decision_query::Plan plan,
                                         const QString &text)
    : QUndoCommand(text), m_document(document), m_plan(std::move(plan))
{}

void BulkDecisionCommand::undo()
{
    m_document->applyHumanDecisions(m_plan.restore);
}

void BulkDecisionCommand::redo()
{
    m_document->applyHumanDecisions(m_plan.apply);
}

SampleNoteCommand::SampleNoteCommand(ProjectDocument *document, QVector<SampleNote> before,
                                     QVector<SampleNote> after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SampleNoteCommand::undo()
{
    m_document->applySampleNotes(m_before);
}

void SampleNoteCommand::redo()
{
    m_document->applySampleNotes(m_after);
}

LabelSchemaCommand::LabelSchemaCommand(ProjectDocument *document, LabelSchema before,
                                       LabelSchema after)
    : QUndoCommand(QCoreApplication::translate("candist::LabelSchemaCommand", "Edit label schema"))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void LabelSchemaCommand::undo()
{
    m_document->applyLabelSchema(m_before);
}

void LabelSchemaCommand::redo()
{
    m_document->applyLabelSchema(m_after);
}

} // namespace candist
