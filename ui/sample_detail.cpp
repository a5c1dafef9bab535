#include "sample_detail.h"

#include <QCoreApplication>

#include "model/error.h"
#include "review/review_ranker.h"
#include "store/sql_helpers.h"

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
        const QVariant runId = sql::scalar(
            store.database(),
            QStringLiteral("SELECT r.id || ' ' || r.method FROM student_results s JOIN "
                           "distillation_runs r ON r.id = s.run_id WHERE s.sample_row = ?"),
            {row});
        if (runId.isValid()) {
            const QString value = runId.toString();
            detail.studentRunId = value.section(QLatin1Char(' '), 0, 0).toLongLong();
            detail.studentRunMethod = value.section(QLatin1Char(' '), 1);
        }
    }
    detail.decision = store.humanDecision(row);
    detail.history = store.humanHistory(row);
    detail.finalLabel = store.finalLabel(row);
    if (!detail.decision || detail.decision->action != HumanAction::Label) {
        if (const std::optional<ReviewItem> item = ReviewRanker().explain(store, row))
            detail.reviewExplanation = item->explanation;
    }
    return detail;
}

} // namespace candist
