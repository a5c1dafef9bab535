#pragma once

#include <optional>

#include <QElapsedTimer>
#include <QSet>
#include <QString>
#include <QVector>

#include "decision_keys.h"
#include "review/review_ranker.h"

class QKeyEvent;
class QUndoStack;

namespace candist {

// One pass of a human over a queue of samples, without widgets: the queue, the position on it,
// the samples resolved (labelled) in it, and the pace of the decisions. The review queue and the
// blind spot check both keep their state here.
class ReviewSession
{
public:
    static constexpr int kPageStep = decision_keys::kPageStep;

    // A new queue: position 0, nothing resolved; the pace runs on.
    void reset(QVector<ReviewItem> items);
    void clear();

    const QVector<ReviewItem> &items() const { return m_items; }
    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    // 0..size(); size() is the end of the queue, after the last sample.
    int position() const { return m_position; }
    void setPosition(int position);
    SampleRow currentRow() const;
    const ReviewItem *currentItem() const;
    // A linear scan (about a millisecond for a million items) keeps the queue one compact
    // vector; callers use it on undo/redo and re-ranking, never per key press.
    int indexOf(SampleRow row) const;
    // The first position from `from` on whose sample is not resolved (or `from`, clamped, when
    // there is none).
    int nextUndecided(int from) const;

    void setResolved(SampleRow row, bool resolved);
    bool isResolved(SampleRow row) const { return m_resolved.contains(row); }
    int resolvedCount() const { return int(m_resolved.size()); }
    int remainingCount() const { return size() - resolvedCount(); }

    // Counts a decision for the pace; the clock starts at the first one.
    void recordDecision();
    // Decisions per minute since the first, once there are two.
    std::optional<double> pacePerMinute() const;

    // The position a navigation key moves to (Space, arrows, Home/End with or without Ctrl,
    // Page Up/Down); nullopt for any other key.
    std::optional<int> positionFor(DecisionCommand command) const;

    // The decision (a HumanDecisionCommand) that the undo stack's move to `index` undid or
    // redid, with whether it labelled; nullopt for any other command.
    struct UndoStep
    {
        SampleRow row = -1;
        bool undone = false;
        bool labelled = false;
    };
    std::optional<UndoStep> followUndo(const QUndoStack *stack, int index);
    // Marks the step's sample resolved or not and returns where the view goes: back to the
    // sample undone, or on to the next undecided one after a redo; -1 when it is not queued.
    int applyUndoStep(const UndoStep &step);

    // The rows worth having read: the current one, `ahead` after it and the one before.
    QVector<SampleRow> rowsAround(int ahead) const;
    // More than `distance` from the position, or not in the queue.
    bool isFar(SampleRow row, int distance) const;

private:
    QVector<ReviewItem> m_items;
    QSet<SampleRow> m_resolved;
    int m_position = 0;
    QElapsedTimer m_clock;
    int m_decisions = 0;
    int m_undoIndex = 0;
};

} // namespace candist
