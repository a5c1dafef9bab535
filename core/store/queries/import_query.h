#pragma once

#include <functional>
#include <utility>
#include <vector>

#include <QString>

#include "store/project_store.h"

namespace candist::import_query {

// Adds gold labels (sample row, label index) for samples without one, in the caller's
// transaction. An import collects them while it reads and writes them at the end, once a label
// order derived from the gold column is known, rather than a statement per row and a renumbering
// UPDATE. Throws Error on a row that is not a sample or already has gold.
void insertGoldLabels(ProjectStore &store, const std::vector<std::pair<SampleRow, int>> &labels);

// Every sample's row and text, in no particular order (an annotation import matches by text).
void forEachSampleText(const ProjectStore &store,
                       const std::function<void(SampleRow, const QString &)> &visit);

} // namespace candist::import_query
