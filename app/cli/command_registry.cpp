#include "command_registry.h"

namespace candist::cli {

// One declaration per *_command.cpp; keep the list in the order `candist-cli --help` shows it.
int runDistill(const QStringList &arguments);

const QVector<Command> &commands()
{
    static const QVector<Command> all = {
        {"distill", "train the student (CanDist or a baseline) and label the pool", runDistill},
    };
    return all;
}

} // namespace candist::cli
