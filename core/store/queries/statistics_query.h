#pragma once

#include <optional>

#include <QMap>

#include "store/project_store.h"

namespace candist::statistics_query {

// The raw counts behind `candist-cli stats` (io/project_statistics.h turns them into figures),
// read with SQL aggregates: a 1M-sample project takes a few table scans, no per-sample C++.
struct ProjectCounts
{
    qint64 samples = 0;
    QMap<int, qint64> goldByLabel; // label index -> samples with that gold label

    struct Teacher
    {
        qint64 withResult = 0; // samples with any teacher row (the others are pending too)
        qint64 ok = 0;
        qint64 pending = 0;
        qint64 parseFailed = 0;
        qint64 transportFailed = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
    } teacher;
    // Answered teacher results (ok or parse-failed) of samples with gold; only with gold.
    struct TeacherOnGold
    {
        qint64 evaluated = 0;
        double firstCandidateRight = 0; // ok and the first candidate is the gold label
        double covered = 0;             // the gold label is a candidate (a parse failure: all)
        double setSizeSum = 0;          // a parse failure counts as the whole label set
    };
    std::optional<TeacherOnGold> teacherOnGold;

    struct Student
    {
        qint64 samples = 0;
        std::optional<qint64> latestRun;
        QString latestRunParameters; // the run's options as stored (JSON), empty without a run
        qint64 withGold = 0;
        double right = 0;
    } student;

    QMap<int, qint64> finalBySource; // int(LabelSource) -> samples
    struct FinalOnGold
    {
        qint64 labelled = 0; // samples with gold and a final label
        double right = 0;
    };
    std::optional<FinalOnGold> finalOnGold;

    qint64 humanLabelled = 0;
    qint64 humanSkipped = 0;
};

// `labelCount`: the schema's size (the set size a parse failure stands for).
ProjectCounts projectCounts(const ProjectStore &store, int labelCount);

} // namespace candist::statistics_query
