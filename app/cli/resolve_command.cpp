#include <QCommandLineParser>

#include "cli_support.h"
#include "io/human_label_importer.h"
#include "store/project_store.h"

namespace candist::cli {

namespace {

// Who is at the keyboard, for decisions that name no annotator.
QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace

int runResolve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Records human decisions in bulk from a CSV or JSONL file (a spreadsheet "
                       "or a spot-check file): one label name or alias per row, matched by id. "
                       "An empty label cell leaves the sample as it was. One transaction: on "
                       "any error nothing is written."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The *.candist file."));
    parser.addOption(
        {QStringLiteral("input"), QStringLiteral("CSV or JSONL file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("id-column"), QStringLiteral("Column with the sample ids."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("label-column"),
                      QStringLiteral("Column with the human's label."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("annotator"),
                      QStringLiteral("Name recorded with every decision (default: the login "
                                     "name)."),
                      QStringLiteral("NAME")});
    parseArguments(parser, arguments, 1);

    HumanLabelImportOptions options;
    options.inputPath = requiredValue(parser, QStringLiteral("input"));
    options.idColumn = requiredValue(parser, QStringLiteral("id-column"));
    options.labelColumn = requiredValue(parser, QStringLiteral("label-column"));
    options.annotator = parser.isSet(QStringLiteral("annotator"))
                            ? parser.value(QStringLiteral("annotator")).trimmed()
                            : loginName();
    if (options.annotator.isEmpty())
        throw UsageError(QStringLiteral("--annotator needs a name"));

    ProjectStore store(parser.positionalArguments().constFirst());
    const auto report = runWithProgress(
        QStringLiteral("resolve"), [&](const ProgressCallback &progress, CancellationFlag &cancel) {
            return HumanLabelImporter::run(store, options, progress, &cancel);
        });
    out() << QStringLiteral("recorded %1 human decisions by %2 (%3 answer spot checks); %4 "
                            "unchanged, %5 rows without a label left as they were\n")
                 .arg(report.recorded)
                 .arg(options.annotator)
                 .arg(report.spotChecks)
                 .arg(report.unchanged)
                 .arg(report.unanswered);
    return 0;
}

} // namespace candist::cli
