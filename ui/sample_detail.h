#pragma once

#include <optional>

#include <QString>
#include <QVector>

#include "model/annotation.h"
#include "model/sample_note.h"
#include "store/project_store.h"

namespace candist {

// Everything the detail panel shows about one sample, read in one database-thread job.
struct SampleDetail
{
    Sample sample;
    std::optional<TeacherResult> teacher;
    std::optional<StudentResult> student;
    std::optional<qint64> studentRunId;
    QString studentRunMethod;
    std::optional<HumanDecision> decision;
    QVector<HumanDecision> history;
    FinalLabel finalLabel;
    // core/review's reason to show this sample to a human; empty once a human labelled it.
    QString reviewExplanation;
    // The annotators' flags and comment (empty when none).
    SampleNote note;

    // Reads the sample; throws Error when it does not exist.
    static SampleDetail load(ProjectStore &store, SampleRow row);
};

} // namespace candist
