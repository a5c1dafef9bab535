#pragma once

#include <QVector>

namespace candist {

struct CombinedAnswer
{
    QVector<int> candidates; // most voted first
    QVector<int> votes;      // answers that named each candidate
};

// Self-consistency over K parsed answers (each a label list, most likely first; empty answers
// abstain). A label's vote is the number of answers naming it; ties go to the label ranked
// higher on average, then to the lower index. `top` = k keeps the k most voted labels (SC-k,
// SC-1 = majority vote); 0 keeps them all (SC-all). `firstOnly` counts only each answer's first
// label (single-label strategies).
CombinedAnswer combineAnswers(const QVector<QVector<int>> &answers, int top, bool firstOnly);

} // namespace candist
