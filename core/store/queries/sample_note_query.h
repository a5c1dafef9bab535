#pragma once

#include <QVector>

#include "model/sample_note.h"
#include "store/project_store.h"

namespace candist::sample_note_query {

// The sample's note; an empty one (no flags, no comment, no time) when it has none.
SampleNote note(const ProjectStore &store, SampleRow row);
// The notes of `rows` in their order, an empty note for a sample without one; rows that are not
// in the project are left out. Reads in chunks, so a million rows are a few thousand statements.
QVector<SampleNote> notes(const ProjectStore &store, const QVector<SampleRow> &rows);

// Writes every note in ONE transaction (all or none) and commits it unless the caller holds a
// Transaction. An empty note deletes the sample's row. A note without a time is stamped now; one
// with a time keeps it, so that undo puts a note back exactly as it was. Throws Error for a flag
// outside SampleNote::kAllFlags or a sample that is not in the project.
void save(ProjectStore &store, const QVector<SampleNote> &notes);

// One flag set on, or taken off, a selection of samples, worked out before anything is written.
// The flag goes on every sample unless all of them have it already; then it comes off all of
// them (a toggle, like a check box over the selection).
struct FlagPlan
{
    SampleNote::Flag flag = SampleNote::Discuss;
    bool set = true;
    QVector<SampleNote> apply;   // stamped with the time of planning
    QVector<SampleNote> restore; // restore[i] undoes apply[i]: the note as it was, with its time
};
FlagPlan planFlag(const ProjectStore &store, const QVector<SampleRow> &rows, SampleNote::Flag flag);

struct Counts
{
    qint64 flagged = 0; // samples with at least one flag
    qint64 discuss = 0;
    qint64 badText = 0;
    qint64 schemaGap = 0;
    qint64 commented = 0; // samples with a comment
};
Counts counts(const ProjectStore &store);

} // namespace candist::sample_note_query
