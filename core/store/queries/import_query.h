#pragma once

#include <functional>

#include <QString>
#include <QVector>

#include "store/project_store.h"

namespace candist::import_query {

// Renumbers every gold label: old index i becomes newIndex[i] (an import that derived its
// labels from the gold column sorts them once all rows are in). Runs in the caller's
// transaction.
void remapGoldLabels(ProjectStore &store, const QVector<int> &newIndex);

// Every sample's row and text, in no particular order (an annotation import matches by text).
void forEachSampleText(const ProjectStore &store,
                       const std::function<void(SampleRow, const QString &)> &visit);

} // namespace candist::import_query
