#pragma once

#include <QJsonObject>
#include <QString>

#include "io/csv_exporter.h"

namespace candist {

class ProjectStore;

// The small JSON file `candist-cli export --report FILE.json` writes beside the CSV (CsvExporter
// writes it, opened before and committed after the CSV), so that an
// exported label set says how good it is and where it came from (docs/data-formats.md):
//   format ("candist-export-report"), version (1), created (UTC, ISO 8601),
//   project (absolute path), export {path, rows, columns, only_resolved, spreadsheet_safe,
//   probabilities}, counts_by_source {human, student, teacher, unresolved},
//   estimates (as `stats --json` computes them, io/label_quality_estimate.h),
//   student_run {id, method, status, started, finished, parameters} | null (the run whose
//   labels the export holds).
class ExportQualityReport
{
public:
    static QJsonObject build(const ProjectStore &store, const ExportOptions &options,
                             const ExportReport &exported);
};

} // namespace candist
