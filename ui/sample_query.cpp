#include "sample_query.h"

#include <algorithm>

#include <QSet>

#include "review/review_ranker.h"

namespace candist::sample_query {

RowOrder orderedRows(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort)
{
    if (sort.key != SampleSort::Key::ReviewPriority)
        return sample_page_query::orderedRows(store, filter, sort);
    // The ranker orders the samples still waiting for a human; the filter then narrows it.
    const QVector<ReviewItem> queue = ReviewRanker().rank(store);
    QVector<SampleRow> rows;
    rows.reserve(queue.size());
    if (filter.isEmpty()) {
        for (const ReviewItem &item : queue)
            rows.append(item.row);
    } else {
        const RowOrder allowed = sample_page_query::orderedRows(store, filter, SampleSort());
        QSet<SampleRow> allowedSet;
        allowedSet.reserve(allowed.size());
        for (qint64 i = 0; i < allowed.size(); ++i)
            allowedSet.insert(allowed.at(i));
        for (const ReviewItem &item : queue)
            if (allowedSet.contains(item.row))
                rows.append(item.row);
    }
    if (sort.order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return RowOrder(rows);
}

} // namespace candist::sample_query
