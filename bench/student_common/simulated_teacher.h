#pragma once

#include <QString>

namespace candist::bench {

// A weak teacher simulated on a labelled pool by ../shared/tools/simulate_teacher.py.
struct SimulatedTeacherSpec
{
    QString name;        // the cached teacher file's stem, e.g. "ag-sim70"
    QString pool;        // a labelled file (text,label) under the shared data folder
    double targetSa = 0; // the teacher's target single-label accuracy
    int poolLimit = 0;   // rows kept of the shuffled pool; 0: all
    // The test set under the shared data folder; empty: testRows rows of the shuffled pool,
    // held out of it.
    QString test;
    int testRows = 0;
};

// The folder the simulated teachers are cached in (they are deterministic for their seed), shared
// by every benchmark so that each teacher is simulated once.
QString simulatedTeacherCache();

// The spec's pool and test files (written once into `cache`), then the teacher's annotations of
// the pool (text,label,llm_single,llm_candidates,...): the cached file, or a new run of the
// simulator. `testFile` receives the test set's path.
QString simulatedTeacher(const SimulatedTeacherSpec &spec, const QString &cache, QString &testFile);

} // namespace candist::bench
