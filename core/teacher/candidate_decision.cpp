#include "teacher/candidate_decision.h"

#include "teacher/self_consistency.h"

namespace candist {

namespace {

// The pick leads; the rest of the earlier set (and its votes) follows in its old order.
void moveToFront(CandidateDecision &decision, int pick, const QVector<int> &previousCandidates,
                 const QVector<int> &previousVotes)
{
    decision.candidates = {pick};
    decision.votes.clear();
    const bool hasVotes = previousVotes.size() == previousCandidates.size();
    for (qsizetype i = 0; i < previousCandidates.size(); ++i) {
        if (previousCandidates[i] == pick) {
            if (hasVotes)
                decision.votes.prepend(previousVotes[i]);
            continue;
        }
        decision.candidates << previousCandidates[i];
        if (hasVotes)
            decision.votes << previousVotes[i];
    }
}

} // namespace

CandidateDecision decideCandidates(TeacherStrategy strategy, int scTop,
                                   const QVector<QVector<int>> &answers, bool reasked,
                                   const QVector<int> &previousCandidates,
                                   const QVector<int> &previousVotes)
{
    const bool select = strategy == TeacherStrategy::Select;
    const bool singleLabel = strategy == TeacherStrategy::Sa || select;
    QVector<QVector<int>> counted = answers;
    if (reasked && counted.size() > 1)
        counted = {counted.last()};
    bool anyLabel = false;
    for (const QVector<int> &answer : counted)
        anyLabel = anyLabel || !answer.isEmpty();

    CandidateDecision decision;
    if (!anyLabel) {
        decision.readable = false;
        if (select) {
            decision.candidates = previousCandidates;
            decision.votes = previousVotes;
        } else {
            decision.status = TeacherStatus::ParseFailed;
        }
        return decision;
    }
    if (counted.size() == 1) {
        decision.candidates = singleLabel ? counted.first().mid(0, 1) : counted.first();
    } else {
        const CombinedAnswer combined =
            combineAnswers(counted, singleLabel ? 1 : scTop, singleLabel);
        decision.candidates = combined.candidates;
        decision.votes = combined.votes;
    }
    if (select)
        moveToFront(decision, decision.candidates.first(), previousCandidates, previousVotes);
    return decision;
}

} // namespace candist
