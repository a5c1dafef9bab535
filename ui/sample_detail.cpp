#include "sample_detail.h"

#include <QCoreApplication>

#include "model/error.h"
#include "review/review_ranker.h"
#include "store/queries/sample_detail_query.h"
#include "store/queries/sample_note_query.h"

namespace candist {

SampleDetail SampleDetail::load(ProjectStore &store, SampleRow row)
{
    SampleDetail detail;
    const std::optional<Sample> sample = store.sample(row);
    if (!sample)
        throw Error(
            QCoreApplication::translate("candist::SampleDetail", "Sample %1 no longer exists in %2")
                .arg(row)
                .arg(store.path()));
    detail.sample = *sample;
    detail.teacher = store.teacherResult(row);
    detail.student = store.studentResult(row);
    if (detail.student) {
        if (const auto run = sample_detail_query::studentRunOf(store, row)) {
            detail.studentRunId = run->id;
            detail.studentRunMethod = run->method;
        }
    }
    detail.decision = store.humanDecision(row);
    detail.history = store.humanHistory(row);
    detail.finalLabel = store.finalLabel(row);
    detail.note = sample_note_query::note(store, row);
    if (!detail.decision || detail.decision->action != HumanAction::Label) {
        if (const std::optional<ReviewItem> item = ReviewRanker().explain(store, row))
            detail.reviewExplanation = item->explanation;
    }
    return detail;
}

} // namespace candist
