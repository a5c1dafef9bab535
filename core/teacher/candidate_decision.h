#pragma once

#include <QVector>

#include "model/annotation.h"
#include "teacher/teacher_settings.h"

namespace candist {

struct CandidateDecision
{
    QVector<int> candidates; // most likely first
    QVector<int> votes;      // self-consistency votes; empty for a single answer
    TeacherStatus status = TeacherStatus::Ok;
    bool readable = true; // false: no answer named a valid label (counted as a parse failure)
};

// How the parsed answers of one sample become its teacher result:
//  - one answer: its labels in order (single-label strategies keep the first);
//  - K answers: self-consistency (combineAnswers) with SC-k = `scTop` (0: SC-all), SC-1 for
//    single-label strategies; after a re-ask only the re-asked (last) answer counts;
//  - no valid label: ParseFailed without candidates, except for `select`, where the earlier
//    candidate set stays;
//  - `select`: the pick moves to the front of the earlier set, whose other members (and votes)
//    follow in their old order.
CandidateDecision decideCandidates(TeacherStrategy strategy, int scTop,
                                   const QVector<QVector<int>> &answers, bool reasked,
                                   const QVector<int> &previousCandidates = {},
                                   const QVector<int> &previousVotes = {});

} // namespace candist
