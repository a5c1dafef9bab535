#pragma once

#include <QStringList>
#include <QVector>

#include "model/progress.h"
#include "teacher/few_shot_pool.h"
#include "teacher/teacher_run.h"

namespace candist {

class ProjectStore;

// The examples a pool generation has collected so far, each text once.
class GeneratedPool
{
public:
    // Reads the JSON list of example texts in each answer for `label`; returns whether any
    // text was new (an answer with none counts as parse-failed).
    bool add(int label, const QStringList &answers);
    const QVector<FewShotExample> &examples() const { return m_examples; }

private:
    QVector<FewShotExample> m_examples;
};

// The strings of the first JSON list in `answer` (code fences and prose around it are ignored).
QStringList parseStringList(const QString &answer);

// TeacherRun::generatePool: `perLabel` texts asked for every label, one request each, through
// the same scheduler, retries and response cache as an annotation run.
QVector<FewShotExample> generateFewShotPool(ProjectStore &store, const TeacherSettings &settings,
                                            int perLabel, const ProgressCallback &progress,
                                            const CancellationFlag &cancel,
                                            const TeacherRunOptions &options,
                                            TeacherRunSummary *summary);

} // namespace candist
