#include <QCommandLineParser>

#include "cli_support.h"
#include "io/sample_importer.h"
#include "model/printable_text.h"

namespace candist::cli {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports samples from a CSV or JSONL file into PROJECT (created when "
                       "missing). The import is one transaction: on any error the project is "
                       "left exactly as before."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The *.candist file."));
    parser.addOption({QStringLiteral("input"), QStringLiteral("CSV or JSONL file to import."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("text-column"),
                      QStringLiteral("Column holding the text (default: text)."),
                      QStringLiteral("C"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("gold-column"),
                      QStringLiteral("Column holding the gold label (evaluation only)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("id-column"),
                      QStringLiteral("Column holding a unique sample id (default: line number)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("labels"),
                      QStringLiteral("Label schema JSON {\"labels\":[{\"name\":..}]} (default: "
                                     "the project's, else the distinct gold values)."),
                      QStringLiteral("L.json")});
    parseArguments(parser, arguments, 1);

    ImportOptions options;
    options.inputPath = requiredValue(parser, QStringLiteral("input"));
    options.textColumn = parser.value(QStringLiteral("text-column"));
    options.goldColumn = parser.value(QStringLiteral("gold-column"));
    options.idColumn = parser.value(QStringLiteral("id-column"));
    options.labelsPath = parser.value(QStringLiteral("labels"));
    for (const QString &option :
         {QStringLiteral("text-column"), QStringLiteral("gold-column"), QStringLiteral("id-column"),
          QStringLiteral("labels"), QStringLiteral("input")}) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            throw UsageError(QStringLiteral("--%1 needs a non-empty value").arg(option));
    }
    const QString project = parser.positionalArguments().constFirst();

    const auto report = runWithProgress(
        QStringLiteral("import"), [&](const ProgressCallback &progress, CancellationFlag &cancel) {
            return SampleImporter::importIntoProject(project, options, progress, &cancel);
        });
    for (const QString &warning : report.warnings)
        err() << "warning: " << escapeControlCharacters(warning) << '\n';
    out() << QStringLiteral("imported %1 samples (%2 with gold) into %3%4\n")
                 .arg(report.imported)
                 .arg(report.withGold)
                 .arg(project,
                      report.createdProject ? QStringLiteral(" (new project)") : QString());
    if (!report.createdLabels.isEmpty())
        out() << "labels: " << report.createdLabels.join(QStringLiteral(", ")) << '\n';
    if (!report.skipped.isEmpty())
        out() << "skipped " << report.skipped.size() << " rows (see the warning above)\n";
    return 0;
}

} // namespace candist::cli
