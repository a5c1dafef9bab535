// candist: the workbench window. Everything here is argument handling; the window lives in ui/.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "app_settings.h"
#include "color_scheme.h"
#include "main_window.h"
#include "screenshot_runner.h"
#include "translation_loader.h"

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("CanDist"));
    QApplication::setOrganizationDomain(QStringLiteral("candist.github.io"));
    QApplication::setApplicationName(QStringLiteral("CanDist Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CANDIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.candist.Workbench"));
    QApplication app(argc, argv);
    // Before anything builds a text, --help included: the stored choice, else the system locale.
    candist::TranslationLoader::install(app, candist::TranslationLoader::storedLanguage());
    candist::applyColorScheme(candist::AppSettings::load().colorScheme);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "CanDist Workbench: LLM-driven data annotation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window after loading PROJECT into OUT.png "
                                        "and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main",
                                "With --screenshot: table, detail, curves, review or agreement."),
        QStringLiteral("VIEW"), QStringLiteral("table"));
    parser.addOption(screenshot);
    parser.addOption(view);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QApplication::translate("main", "The .candist project to open."),
                                 QStringLiteral("[PROJECT]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    QTextStream err(stderr);
    if (positional.size() > 1) {
        err << QApplication::translate("main", "candist: expected at most one PROJECT, got %1\n")
                   .arg(positional.size());
        return 2;
    }

    if (parser.isSet(screenshot)) {
        const std::optional<candist::MainWindow::View> chosen =
            candist::viewFromName(parser.value(view));
        if (!chosen) {
            err << QApplication::translate("main", "candist: --view expects table, detail, curves, "
                                                   "review or agreement, got \"%1\"\n")
                       .arg(parser.value(view));
            return 2;
        }
        if (positional.isEmpty()) {
            err << QApplication::translate("main", "candist: --screenshot needs a PROJECT\n");
            return 2;
        }
        candist::MainWindow window(candist::MainWindow::Options{false, false});
        candist::ScreenshotRunner runner(&window, *chosen, parser.value(screenshot));
        QObject::connect(&runner, &candist::ScreenshotRunner::finished, &app,
                         [&app](int code) { app.exit(code); });
        runner.start(QDir::current().absoluteFilePath(positional.first()));
        return app.exec();
    }
    if (parser.isSet(view)) {
        err << QApplication::translate("main", "candist: --view only applies with --screenshot\n");
        return 2;
    }

    candist::MainWindow window;
    window.show();
    if (!positional.isEmpty())
        window.openProject(QDir::current().absoluteFilePath(positional.first()));
    else
        window.reopenLastProject(); // where the user left off, with the same view and filters
    return app.exec();
}
