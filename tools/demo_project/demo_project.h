#pragma once

#include <QString>
#include <QTextStream>

#include "model/progress.h"

namespace candist::demo {

struct DemoProjectOptions
{
    qint64 samples = 2000;
    unsigned seed = 7;
    bool withTeacher = true; // teacher candidate sets (off: every sample pending, no student)
    bool withStudent = true; // student results and three distillation runs with epoch curves
    bool withHuman = true;   // a few human decisions (about 1 %)
};

// Writes a TREC-like project (6 question types) with gold labels, teacher candidate sets
// (CA_add style: the right label first most of the time, some parse failures), student
// probabilities with out-of-candidate/overrule flags, per-epoch metrics for three runs and
// human decisions: everything the window shows, straight through ProjectStore. Deterministic
// for a given seed. Throws Error when `path` exists or cannot be written.
void writeDemoProject(const QString &path, const DemoProjectOptions &options,
                      const ProgressCallback &progress = {});

// Writes a demo project of `samples` samples at `path` unless the file exists: benchmarks reuse a
// generated million-sample project between runs. Reports the generation on `log`.
void ensureDemoProject(const QString &path, qint64 samples, QTextStream &log);

} // namespace candist::demo
