#pragma once

#include <QString>
#include <QStringList>

#include "model/progress.h"

namespace candist {

class ProjectStore;

struct ExportOptions
{
    QString outputPath;
    bool onlyResolved = false;    // only samples that have a final label
    bool spreadsheetSafe = false; // neutralise cells a spreadsheet would run as a formula
    bool probabilities = false;   // one p_<label> column per label (the student's output)
    // When set, an ExportQualityReport (io/export_report.h) is written there after the CSV.
    QString reportPath;
};

struct ExportReport
{
    qint64 rows = 0;
    QStringList columns;
};

// Writes the project as CSV: id,text,label,source,confidence,candidates,flags,comment (+ gold
// when the project has gold, + p_<label> columns on request), one row per sample in import order.
// Streams with a forward-only query and writes through QSaveFile: a failed or cancelled export
// leaves an existing output file untouched.
class CsvExporter
{
public:
    static ExportReport run(ProjectStore &store, const ExportOptions &options,
                            const ProgressCallback &progress = {},
                            const CancellationFlag *cancel = nullptr);

    // OWASP CSV injection: a cell starting with = + - @ TAB or CR gets a leading apostrophe.
    static QString spreadsheetSafe(const QString &cell);
};

} // namespace candist
