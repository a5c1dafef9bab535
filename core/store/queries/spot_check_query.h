#pragma once

#include <optional>

#include <QVector>

#include "store/project_store.h"

namespace candist::spot_check_query {

// The samples a spot check may draw, in row order: no human label (a skip keeps the machine's
// label, so a skipped sample is part of what the estimate is about) and not drawn before.
QVector<SampleRow> eligibleRows(const ProjectStore &store);

// One machine label of a sample and the confidence stored with it.
struct MachineLabel
{
    int label = -1; // -1: this source gives the sample no label
    std::optional<double> confidence;
};

// A spot-check sample a human has labelled: the truth, and what each machine source said.
struct Answer
{
    SampleRow row = 0;
    int human = -1;
    MachineLabel teacher; // the teacher's first candidate (an `ok` result only)
    MachineLabel student; // the latest student's prediction
    MachineLabel final; // machine_labels: the final label had no human decided (student › teacher)
};

// Over the population the spot checks were drawn from (samples without a human label, and the
// spot checks themselves), per machine source: how many labels it gives and the sums of their
// stored confidences (for the prediction-powered estimate). Read only when there are answers.
struct ConfidenceSums
{
    qint64 labelled = 0;       // samples this source gives a label
    qint64 withConfidence = 0; // ...of them with a stored confidence
    double sum = 0;
    double sumOfSquares = 0;
};

struct Evidence
{
    qint64 drawn = 0; // spot-check samples, answered or not
    QVector<Answer> answers;
    ConfidenceSums teacher, student, final;
    qint64 machineLabelled = 0; // samples whose final label is the machine's; with answers only
};

Evidence evidence(const ProjectStore &store);

} // namespace candist::spot_check_query
