#pragma once

#include <QVector>

#include "store/queries/sample_page_query.h"

namespace candist {

namespace sample_query {

// Database-thread functions (they take the worker's store). The table's order: the store's
// filtered and sorted rows; for the review priority, the stored review scores (core/review
// stores them first when they are stale).
RowOrder orderedRows(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort);
// Rows in the order of `rows`; rows that vanished are left out.
inline QVector<SampleRowData> fetchRows(ProjectStore &store, const QVector<SampleRow> &rows)
{
    return sample_page_query::fetchRows(store, rows);
}

} // namespace sample_query

} // namespace candist
