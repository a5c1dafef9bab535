#include <QCommandLineParser>

#include "cli_support.h"
#include "io/csv_exporter.h"
#include "store/project_store.h"

namespace candist::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports the project as CSV: id,text,label,source,confidence,candidates,"
                       "flags,comment "
                       "(+ gold when present). Written atomically: an existing OUT.csv stays "
                       "untouched unless the export succeeds."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The *.candist file."));
    parser.addOption({QStringLiteral("output"), QStringLiteral("CSV file to write."),
                      QStringLiteral("OUT.csv")});
    parser.addOption(
        {QStringLiteral("only-resolved"), QStringLiteral("Only samples that have a final label.")});
    parser.addOption({QStringLiteral("spreadsheet-safe"),
                      QStringLiteral("Prefix cells starting with = + - @ TAB CR with ' so that "
                                     "spreadsheets do not run them as formulas (changes text).")});
    parser.addOption({QStringLiteral("probabilities"),
                      QStringLiteral("Add one p_<label> column per label (student output).")});
    parser.addOption({QStringLiteral("report"),
                      QStringLiteral("Also write a JSON report beside the CSV: the label-quality "
                                     "estimates, the counts by label source, the student run "
                                     "used, the project and export paths."),
                      QStringLiteral("FILE.json")});
    parseArguments(parser, arguments, 1);

    ExportOptions options;
    options.outputPath = requiredValue(parser, QStringLiteral("output"));
    if (options.outputPath.trimmed().isEmpty())
        throw UsageError(QStringLiteral("--output needs a file name"));
    options.onlyResolved = parser.isSet(QStringLiteral("only-resolved"));
    options.spreadsheetSafe = parser.isSet(QStringLiteral("spreadsheet-safe"));
    options.probabilities = parser.isSet(QStringLiteral("probabilities"));
    if (parser.isSet(QStringLiteral("report"))) {
        options.reportPath = parser.value(QStringLiteral("report"));
        if (options.reportPath.trimmed().isEmpty())
            throw UsageError(QStringLiteral("--report needs a file name"));
    }

    ProjectStore store(parser.positionalArguments().constFirst());
    const auto report = runWithProgress(
        QStringLiteral("export"), [&](const ProgressCallback &progress, CancellationFlag &cancel) {
            return CsvExporter::run(store, options, progress, &cancel);
        });
    out() << QStringLiteral("exported %1 rows to %2\n").arg(report.rows).arg(options.outputPath);
    if (!options.reportPath.isEmpty())
        out() << QStringLiteral("wrote the export report to %1\n").arg(options.reportPath);
    return 0;
}

} // namespace candist::cli
