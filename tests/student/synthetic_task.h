#pragma once

#include "student/distillation_data.h"

namespace candist::test {

// A 4-class keyword task with a noisy teacher: each text mixes words of its class with shared
// filler; the teacher lists a wrong label first for `wrongFirstRate` of the samples (with the gold
// label second), and gives a singleton wrong label for `wrongSingletonRate`.
struct SyntheticTaskSpec
{
    int samples = 1200;
    int testSamples = 400;
    double wrongFirstRate = 0.35;
    double wrongSingletonRate = 0.05;
    unsigned seed = 7;
};

DistillationData makeSyntheticTask(const SyntheticTaskSpec &spec);

// Writes a synthetic task of `samples` (and 200 test texts) into a new project at `path`: labels
// alpha..delta, samples with gold, teacher candidates (every 50th a parse failure). Returns the
// data written.
DistillationData makeSyntheticProject(const QString &path, int samples);

// Share of samples whose teacher's first candidate is the gold label.
double teacherAccuracy(const DistillationData &data);

} // namespace candist::test
