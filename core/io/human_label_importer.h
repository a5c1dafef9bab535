#pragma once

#include <QDateTime>
#include <QString>

#include "model/progress.h"

namespace candist {

class ProjectStore;

struct HumanLabelImportOptions
{
    QString inputPath;
    QString idColumn;
    QString labelColumn;
    QString annotator;   // recorded with every decision
    QDateTime decidedAt; // recorded with every decision; invalid: now
};

struct HumanLabelImportReport
{
    qint64 rows = 0;
    qint64 recorded = 0;   // new or changed human labels
    qint64 unchanged = 0;  // the sample already had this human label
    qint64 unanswered = 0; // rows with an empty label cell, left as they were
    qint64 spotChecks = 0; // recorded decisions that answer a spot check
};

// `candist-cli resolve`: human decisions in bulk from a CSV or JSONL file (a spreadsheet, or the
// file `spot-check --output` wrote). Rows are matched by id; a label cell holds one label name or
// alias. An empty label cell leaves the sample as it was, so a half-answered spot-check file can
// be read back. Every offender (empty or unknown id, unknown label, two rows for one sample) is
// reported with its line before anything is written, and the decisions are one transaction.
class HumanLabelImporter
{
public:
    static HumanLabelImportReport run(ProjectStore &store, const HumanLabelImportOptions &options,
                                      const ProgressCallback &progress = {},
                                      const CancellationFlag *cancel = nullptr);
};

} // namespace candist
