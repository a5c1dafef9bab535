#include "command_registry.h"

namespace candist::cli {

// One declaration per *_command.cpp; keep the list in the order `candist-cli --help` shows it.
int runReview(const QStringList &arguments);

const QVector<Command> &commands()
{
    static const QVector<Command> all = {
        {"review", "List the samples most worth a human's time, best first", runReview},
    };
    return all;
}

} // namespace candist::cli
