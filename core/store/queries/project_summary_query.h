#pragma once

#include "store/project_store.h"

namespace candist::project_summary_query {

// True once anything refers to the label schema by index (teacher, student, human or gold
// labels): from then on the schema editor may rename labels but not reorder or remove them.
bool labelsInUse(const ProjectStore &store);

} // namespace candist::project_summary_query
