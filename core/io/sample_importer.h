#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

#include "io/tabular_input.h"
#include "model/progress.h"

namespace candist {

class ProjectStore;

struct ImportOptions
{
    QString inputPath;
    QString textColumn = QStringLiteral("text");
    QString goldColumn; // empty: the input has no gold labels
    QString idColumn;   // empty: sample ids are the input's line numbers
    QString labelsPath; // empty: use the project's schema, or derive it from the gold values
};

struct SkippedRow
{
    qint64 line = 0;
    QString reason;
};

struct ImportReport
{
    qint64 imported = 0;
    qint64 withGold = 0;
    QVector<SkippedRow> skipped;
    QStringList createdLabels; // labels this import added to the project's schema
    QStringList warnings;
    bool createdProject = false;
};

// What the import wizard shows before anything is written.
struct ImportPreview
{
    InputFormat format = InputFormat::Csv;
    QChar delimiter;
    QStringList header;
    QVector<QStringList> rows;
    QString error; // set when the file breaks within the previewed rows; `rows` holds those before
};

// Imports samples from CSV or JSONL into a project as one transaction: on any error or on
// cancellation the project is exactly as before. See docs/data-formats.md for every rule.
class SampleImporter
{
public:
    // Throws Error when the file cannot be opened or has no header.
    static ImportPreview preview(const QString &path, int maxRows);

    // Opens the project (creating it when missing) and imports. When this call created the
    // project file and the import fails, the file (with its -wal and -shm) is removed again.
    static ImportReport importIntoProject(const QString &projectPath, const ImportOptions &options,
                                          const ProgressCallback &progress = {},
                                          const CancellationFlag *cancel = nullptr);

    // Imports into an open project in the calling thread.
    static ImportReport run(ProjectStore &store, const ImportOptions &options,
                            const ProgressCallback &progress = {},
                            const CancellationFlag *cancel = nullptr);
};

// Removes a project file and its SQLite companions (-wal, -shm, -journal).
void removeProjectFiles(const QString &projectPath);

} // namespace candist
