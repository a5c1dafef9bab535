#include <QCommandLineParser>

#include "cli_support.h"
#include "io/annotation_importer.h"
#include "store/project_store.h"
#include "teacher/batch_results_importer.h"

namespace candist::cli {

int runImportAnnotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports existing annotations (\"bring your own teacher\") as the "
                       "teacher's candidate sets. A cell holds one label or an ordered "
                       "'|'-separated list; an empty cell is an abstention. Several columns "
                       "(C1,C2,...) are merged into one set ranked by votes."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The *.candist file."));
    parser.addOption(
        {QStringLiteral("input"), QStringLiteral("CSV or JSONL file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("column"),
                      QStringLiteral("Annotation column, or several separated by ','."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("id-column"),
                      QStringLiteral("Match rows to samples by this id column (default: by exact "
                                     "text in --text-column)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("text-column"),
                      QStringLiteral("Text column for matching without ids (default: text)."),
                      QStringLiteral("C"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("batch-results"),
                      QStringLiteral("Instead: an OpenAI Batch API output file answering a "
                                     "request file of teach --batch-file."),
                      QStringLiteral("FILE")});
    parseArguments(parser, arguments, 1);

    if (parser.isSet(QStringLiteral("batch-results"))) {
        for (const char *other : {"input", "column", "id-column"}) {
            if (parser.isSet(QLatin1String(other))) {
                throw UsageError(
                    QStringLiteral("--batch-results cannot be combined with --%1").arg(other));
            }
        }
        const QString path = parser.value(QStringLiteral("batch-results"));
        ProjectStore store(parser.positionalArguments().constFirst());
        const auto report =
            runWithProgress(QStringLiteral("import-annotations"),
                            [&](const ProgressCallback &progress, CancellationFlag &cancel) {
                                return BatchResultsImporter::run(store, path, progress, &cancel);
                            });
        out() << QStringLiteral("imported %1 batch answers: ok %2, parse-failed %3, "
                                "transport-failed %4, incomplete (left pending) %5\n")
                     .arg(report.lines)
                     .arg(report.annotated)
                     .arg(report.parseFailed)
                     .arg(report.transportFailed)
                     .arg(report.incomplete);
        out() << QStringLiteral("tokens: %1 prompt + %2 completion, cost %3; %4 answers cached\n")
                     .arg(report.promptTokens)
                     .arg(report.completionTokens)
                     .arg(report.cost, 0, 'f', 4)
                     .arg(report.cachedAnswers);
        return 0;
    }

    AnnotationImportOptions options;
    options.inputPath = requiredValue(parser, QStringLiteral("input"));
    for (const QString &column :
         requiredValue(parser, QStringLiteral("column")).split(QLatin1Char(','))) {
        if (column.trimmed().isEmpty())
            throw UsageError(QStringLiteral("--column names an empty column"));
        options.columns << column.trimmed();
    }
    options.idColumn = parser.value(QStringLiteral("id-column"));
    options.textColumn = parser.value(QStringLiteral("text-column"));

    ProjectStore store(parser.positionalArguments().constFirst());
    const auto report =
        runWithProgress(QStringLiteral("import-annotations"),
                        [&](const ProgressCallback &progress, CancellationFlag &cancel) {
                            return AnnotationImporter::run(store, options, progress, &cancel);
                        });
    out() << QStringLiteral("imported annotations for %1 samples (%2 abstained) from %3 rows\n")
                 .arg(report.annotated + report.abstained)
                 .arg(report.abstained)
                 .arg(report.rows);
    return 0;
}

} // namespace candist::cli
