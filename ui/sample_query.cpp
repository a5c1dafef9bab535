#include "sample_query.h"

#include <algorithm>

#include <QSet>

#include "review/review_ranker.h"

namespace candist::sample_query {

RowOrder orderedRows(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort)
{
    if (sort.key != SampleSort::Key::ReviewPriority)
        return sample_page_query::orderedRows(store, filter, sort);
    // The review queue with the project's weights, as the review mode ranks it: the store orders
    // it by the stored scores, which core/review writes first when they are stale.
    const ReviewRanker ranker(ReviewWeights::ofProject(store));
    if (ranker.ensureStoredScores(store))
        return sample_page_query::orderedRows(store, filter, sort);
    // The scores could not be stored: rank by streaming, then narrow by the filter.
    const QVector<ReviewItem> queue = ranker.rank(std::as_const(store));
    const RowOrder allowed = sample_page_query::orderedRows(store, filter, SampleSort());
    QSet<SampleRow> allowedSet;
    allowedSet.reserve(allowed.size());
    for (qint64 i = 0; i < allowed.size(); ++i)
        allowedSet.insert(allowed.at(i));
    QVector<SampleRow> rows;
    rows.reserve(queue.size());
    for (const ReviewItem &item : queue)
        if (allowedSet.contains(item.row))
            rows.append(item.row);
    if (sort.order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return RowOrder(rows);
}

} // namespace candist::sample_query
