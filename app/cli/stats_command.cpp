#include <QCommandLineParser>
#include <QJsonDocument>

#include "cli_support.h"
#include "io/project_statistics.h"
#include "store/project_store.h"

namespace candist::cli {

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the project's statistics: samples, labels, teacher coverage and "
                       "accuracy (when gold exists), student and final labels."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The *.candist file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parseArguments(parser, arguments, 1);

    const ProjectStore store(parser.positionalArguments().constFirst());
    const QJsonObject statistics = ProjectStatistics::compute(store);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(statistics).toJson(QJsonDocument::Indented);
    else
        out() << ProjectStatistics::toText(statistics);
    return 0;
}

} // namespace candist::cli
