// The teacher stage's entry points. Each sets up a TeachSession (settings, work list,
// demonstrations, questions) and hands it to the part that does the job:
//   annotation_run     a live run: the loop over the work, answers into results
//   request_scheduler  concurrency, cache, retries with backoff, circuit breaker
//   teacher_estimate   the dry run and the request plan (nothing sent)
//   pool_generation    the LLM-written few-shot pool
#include "teacher/teacher_run.h"

#include "teacher/annotation_run.h"
#include "teacher/pool_generation.h"
#include "teacher/teach_session.h"
#include "teacher/teacher_estimate.h"

namespace candist {

TeacherRunSummary TeacherRun::run(ProjectStore &store, const TeacherSettings &settings,
                                  const ProgressCallback &progress, const CancellationFlag &cancel,
                                  const TeacherRunOptions &options)
{
    TeachSession session(store, settings, options);
    return AnnotationRun(session, progress, cancel).run();
}

TeacherRunSummary TeacherRun::estimate(ProjectStore &store, const TeacherSettings &settings,
                                       const TeacherRunOptions &options)
{
    TeachSession session(store, settings, options);
    return estimateTeacherRun(session);
}

void TeacherRun::planRequests(ProjectStore &store, const TeacherSettings &settings,
                              const std::function<void(const PlannedChatRequest &)> &visit,
                              const QVector<Sample> *samples, const TeacherRunOptions &options)
{
    TeachSession session(store, settings, options);
    planTeacherRequests(session, visit, samples);
}

QVector<FewShotExample>
TeacherRun::generatePool(ProjectStore &store, const TeacherSettings &settings, int perLabel,
                         const ProgressCallback &progress, const CancellationFlag &cancel,
                         const TeacherRunOptions &options, TeacherRunSummary *summary)
{
    return generateFewShotPool(store, settings, perLabel, progress, cancel, options, summary);
}

} // namespace candist
