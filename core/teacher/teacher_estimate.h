#pragma once

#include <functional>

#include <QVector>

#include "teacher/teacher_run.h"

namespace candist {

class TeachSession;

// TeacherRun::estimate: the requests, tokens and cost the session's run would spend, sending
// nothing. Prompt tokens are estimated at ~4 bytes each, answers at a few tokens per label;
// answers already cached count as free.
TeacherRunSummary estimateTeacherRun(TeachSession &session);

// TeacherRun::planRequests: the first chat requests the session's run would send for `samples`
// (null: its work list). Throws Error for what a request file cannot reproduce (select,
// demonstrations picked by /embeddings).
void planTeacherRequests(TeachSession &session,
                         const std::function<void(const PlannedChatRequest &)> &visit,
                         const QVector<Sample> *samples);

} // namespace candist
