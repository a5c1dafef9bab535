#pragma once

#include <QJsonObject>
#include <QString>

namespace candist {

class ProjectStore;

// Everything `candist-cli stats` prints, computed with SQL aggregates (a 1M-sample project takes
// a few table scans, no per-sample C++). Keys (see docs/data-formats.md for the definitions):
//   samples, labels, label_names, gold.samples, gold.counts{label: n},
//   teacher.{annotated, pending, parse_failed, transport_failed, prompt_tokens,
//            completion_tokens, tokens, evaluated, single_accuracy, coverage, mean_set_size, f1},
//   student.{samples, latest_run, pool_accuracy},
//   resolved.{by_teacher, by_student, by_human, unresolved, accuracy},
//   human.{labelled, skipped},
//   estimates (io/label_quality_estimate.h): spot_checks.{drawn, answered},
//            {teacher, student, final}.{accuracy, ci_low, ci_high, n, ...}
// Accuracy figures appear only when the project has gold for the samples they are computed on;
// the estimates need no gold, only answered spot checks.
class ProjectStatistics
{
public:
    static QJsonObject compute(const ProjectStore &store);
    // The same figures as aligned, human-readable lines.
    static QString toText(const QJsonObject &statistics);
};

} // namespace candist
