#pragma once

#include <QString>
#include <QStringList>

#include "model/progress.h"

namespace candist {

class ProjectStore;

struct AnnotationImportOptions
{
    QString inputPath;
    // One column: a label or an ordered '|'-separated candidate list per cell. Several columns
    // (several annotators): the candidates are the union, most votes first, with the vote counts.
    QStringList columns;
    QString idColumn; // empty: rows are matched to samples by exact text (column "text")
    QString textColumn = QStringLiteral("text");
};

struct AnnotationImportReport
{
    qint64 annotated = 0; // samples given a candidate list
    qint64 abstained = 0; // samples whose cells were all empty (stored as parse failures)
    qint64 rows = 0;
};

// "Bring your own teacher": stores existing annotations as TeacherResult{strategy "imported"}.
// One transaction; unknown labels, unmatched rows and rows naming the same sample twice are errors
// that list every offender with its lines.
class AnnotationImporter
{
public:
    static AnnotationImportReport run(ProjectStore &store, const AnnotationImportOptions &options,
                                      const ProgressCallback &progress = {},
                                      const CancellationFlag *cancel = nullptr);

    // The label names one cell holds, in order: a JSON array of strings (what JSONL annotations
    // usually hold, e.g. ["World", "Business"]), or else names separated by '|'. Names are not
    // trimmed; blank ones mean nothing.
    static QStringList candidateNames(const QString &cell);
};

} // namespace candist
