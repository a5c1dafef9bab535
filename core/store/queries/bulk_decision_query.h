#pragma once

#include <QVector>

#include "store/project_store.h"

namespace candist::bulk_decision_query {

// What a bulk action in the sample table decides for each selected sample.
enum class Target
{
    StudentLabel,          // label it with the student's prediction
    TeacherFirstCandidate, // label it with the teacher's first candidate (an `ok` answer only)
    Clear,                 // withdraw the human decision
};

// A bulk decision worked out before anything is written: the changes to record and, for undo,
// the decision each changed sample had before (Clear where it had none).
struct Plan
{
    QVector<ProjectStore::DecisionChange> apply;
    QVector<ProjectStore::DecisionChange> restore; // restore[i] undoes apply[i]
    qint64 unchanged = 0;                          // already decided exactly so: nothing to write
    qint64 withoutTarget = 0; // no student result, no usable teacher answer, or nothing to clear
};

// Reads the selected samples' student, teacher and human state (in chunks, so a selection of a
// million rows stays a few hundred statements) and returns the plan in the order of `rows`.
// Rows that are not in the project are left out.
Plan plan(const ProjectStore &store, const QVector<SampleRow> &rows, Target target);

} // namespace candist::bulk_decision_query
