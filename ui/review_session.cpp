#include "review_session.h"

#include <algorithm>
#include <cstdlib>

#include <QKeyEvent>
#include <QUndoStack>

#include "undo_commands.h"

namespace candist {

void ReviewSession::reset(QVector<ReviewItem> items)
{
    m_items = std::move(items);
    m_resolved.clear();
    m_position = 0;
}

void ReviewSession::clear()
{
    reset({});
}

void ReviewSession::setPosition(int position)
{
    m_position = std::clamp(position, 0, size());
}

SampleRow ReviewSession::currentRow() const
{
    const ReviewItem *item = currentItem();
    return item ? item->row : -1;
}

const ReviewItem *ReviewSession::currentItem() const
{
    return m_position >= 0 && m_position < size() ? &m_items.at(m_position) : nullptr;
}

int ReviewSession::indexOf(SampleRow row) const
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                 [row](const ReviewItem &item) { return item.row == row; });
    return it == m_items.cend() ? -1 : int(it - m_items.cbegin());
}

int ReviewSession::nextUndecided(int from) const
{
    for (int i = std::max(0, from); i < size(); ++i)
        if (!m_resolved.contains(m_items.at(i).row))
            return i;
    return std::min(from, size());
}

void ReviewSession::setResolved(SampleRow row, bool resolved)
{
    if (resolved)
        m_resolved.insert(row);
    else
        m_resolved.remove(row);
}

void ReviewSession::recordDecision()
{
    if (!m_clock.isValid())
        m_clock.start();
    ++m_decisions;
}

std::optional<double> ReviewSession::pacePerMinute() const
{
    const double elapsed = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    if (m_decisions < 2 || elapsed <= 0)
        return std::nullopt;
    return m_decisions / elapsed * 60.0;
}

std::optional<int> ReviewSession::positionFor(DecisionCommand command) const
{
    const int last = std::max(0, size() - 1);
    switch (command) {
    case DecisionCommand::Next:
        return std::min(m_position + 1, size());
    case DecisionCommand::Previous:
        return std::max(m_position - 1, 0);
    case DecisionCommand::First:
        return 0;
    case DecisionCommand::Last:
        return last;
    case DecisionCommand::PageOn:
        return std::min(m_position + kPageStep, last);
    case DecisionCommand::PageBack:
        return std::max(m_position - kPageStep, 0);
    case DecisionCommand::Accept:
    case DecisionCommand::Skip:
    case DecisionCommand::FocusRing:
        break;
    }
    return std::nullopt;
}

std::optional<ReviewSession::UndoStep> ReviewSession::followUndo(const QUndoStack *stack, int index)
{
    const int previous = m_undoIndex;
    m_undoIndex = index;
    if (index == previous)
        return std::nullopt;
    // Undo steps back over command `index`, redo re-applies command `index - 1`.
    const auto *decision = dynamic_cast<const HumanDecisionCommand *>(
        stack->command(index < previous ? index : index - 1));
    if (!decision)
        return std::nullopt;
    return UndoStep{decision->row(), index < previous, decision->action() == HumanAction::Label};
}

int ReviewSession::applyUndoStep(const UndoStep &step)
{
    const int at = indexOf(step.row);
    if (at < 0)
        return -1;
    if (step.undone) {
        setResolved(step.row, false);
        return at;
    }
    if (step.labelled)
        setResolved(step.row, true);
    return nextUndecided(at + 1);
}

QVector<SampleRow> ReviewSession::rowsAround(int ahead) const
{
    QVector<SampleRow> rows;
    for (int i = m_position; i < std::min(size(), m_position + ahead + 1); ++i)
        rows << m_items.at(i).row;
    if (m_position > 0 && m_position <= size())
        rows << m_items.at(m_position - 1).row;
    return rows;
}

bool ReviewSession::isFar(SampleRow row, int distance) const
{
    const int at = indexOf(row);
    return at < 0 || std::abs(at - m_position) > distance;
}

} // namespace candist
