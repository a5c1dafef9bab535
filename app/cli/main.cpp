#include <QCoreApplication>

#include "cli_support.h"
#include "command_registry.h"
#include "model/error.h"
#include "model/printable_text.h"

using namespace candist;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "usage: candist-cli <command> [options]\n\ncommands:\n";
    for (const cli::Command &command : cli::commands())
        stream << QStringLiteral("  %1 %2\n")
                      .arg(QLatin1String(command.name), -20)
                      .arg(QLatin1String(command.summary));
    stream << "\nRun 'candist-cli <command> --help' for a command's options.\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("candist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDIST_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(cli::err());
        return 2;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printUsage(cli::out());
        return 0;
    }
    if (name == QLatin1String("--version")) {
        cli::out() << "candist-cli " << CANDIST_VERSION << "\n";
        return 0;
    }
    for (const cli::Command &command : cli::commands()) {
        if (name != QLatin1String(command.name))
            continue;
        QStringList commandArguments = arguments.mid(1);
        commandArguments[0] = QStringLiteral("candist-cli ") + name;
        try {
            return command.run(commandArguments);
        } catch (const cli::UsageError &error) {
            cli::err() << "candist-cli " << name << ": "
                       << escapeControlCharacters(QString::fromUtf8(error.what()))
                       << "\nRun 'candist-cli " << name << " --help' for usage.\n";
            return 2;
        } catch (const Cancelled &cancelled) {
            // Ctrl+C or SIGTERM: the job rolled back. 130 is what a shell reports after SIGINT.
            cli::err() << "candist-cli " << name << ": "
                       << escapeControlCharacters(cancelled.message()) << "\n";
            return 130;
        } catch (const Error &error) {
            // Messages quote input files: what a terminal would act on is shown escaped.
            cli::err() << "candist-cli " << name << ": " << escapeControlCharacters(error.message())
                       << "\n";
            return 1;
        } catch (const std::exception &error) {
            cli::err() << "candist-cli " << name << ": "
                       << escapeControlCharacters(QString::fromUtf8(error.what())) << "\n";
            return 1;
        }
    }
    cli::err() << "candist-cli: unknown command \"" << escapeControlCharacters(name) << "\"\n\n";
    printUsage(cli::err());
    return 2;
}
