#include "command_registry.h"

namespace candist::cli {

// One declaration per *_command.cpp; keep the list in the order `candist-cli --help` shows it.
int runImport(const QStringList &arguments);
int runImportAnnotations(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runExport(const QStringList &arguments);

const QVector<Command> &commands()
{
    static const QVector<Command> all = {
        {"import", "import samples from CSV or JSONL into a project", runImport},
        {"import-annotations", "import existing annotations as teacher candidates",
         runImportAnnotations},
        {"stats", "print project statistics (--json for one JSON object)", runStats},
        {"export", "export samples and final labels as CSV", runExport},
    };
    return all;
}

} // namespace candist::cli
