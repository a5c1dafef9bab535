#include "command_registry.h"

namespace candist::cli {

// One declaration per *_command.cpp; keep the list in the order `candist-cli --help` shows it.
int runImport(const QStringList &arguments);

const QVector<Command> &commands()
{
    static const QVector<Command> all = {
        {"import", "import samples from CSV or JSONL into a project", runImport},
    };
    return all;
}

} // namespace candist::cli
