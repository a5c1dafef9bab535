#include "cli_support.h"

#include <cstdio>

namespace candist::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positionalCount)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        std::exit(0);
    }
    if (parser.positionalArguments().size() != positionalCount) {
        throw UsageError(QStringLiteral("expected %1 positional argument(s), got %2")
                             .arg(positionalCount)
                             .arg(parser.positionalArguments().size()));
    }
}

QString requiredValue(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        throw UsageError(QStringLiteral("--%1 is required").arg(option));
    return parser.value(option);
}

int intValue(const QCommandLineParser &parser, const QString &option, int fallback, int minimum,
             int maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        throw UsageError(QStringLiteral("--%1 expects an integer from %2 to %3, got \"%4\"")
                             .arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(parser.value(option)));
    }
    return value;
}

double doubleValue(const QCommandLineParser &parser, const QString &option, double fallback,
                   double minimum, double maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < minimum || value > maximum) {
        throw UsageError(QStringLiteral("--%1 expects a number from %2 to %3, got \"%4\"")
                             .arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(parser.value(option)));
    }
    return value;
}

} // namespace candist::cli
