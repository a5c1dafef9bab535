// candist-demo-project OUT.candist [SAMPLES] [SEED]: writes the demo project the screenshots,
// the GUI tests and the GUI benchmark use.
#include <QCoreApplication>
#include <QTextStream>

#include "demo_project.h"
#include "model/error.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2 || args.size() > 4) {
        err << "usage: candist-demo-project OUT.candist [SAMPLES] [SEED]\n";
        return 2;
    }
    candist::demo::DemoProjectOptions options;
    bool ok = true;
    if (args.size() > 2)
        options.samples = args.at(2).toLongLong(&ok);
    if (!ok || options.samples <= 0) {
        err << "candist-demo-project: SAMPLES must be a positive integer, got " << args.at(2)
            << "\n";
        return 2;
    }
    if (args.size() > 3)
        options.seed = args.at(3).toUInt(&ok);
    if (!ok) {
        err << "candist-demo-project: SEED must be a non-negative integer, got " << args.at(3)
            << "\n";
        return 2;
    }
    try {
        candist::demo::writeDemoProject(args.at(1), options);
    } catch (const candist::Error &error) {
        err << "candist-demo-project: " << error.message() << "\n";
        return 1;
    }
    return 0;
}
