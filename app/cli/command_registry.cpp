#include "command_registry.h"

namespace candist::cli {

// One declaration per *_command.cpp; keep the list in the order `candist-cli --help` shows it.

const QVector<Command> &commands()
{
    static const QVector<Command> all = {};
    return all;
}

} // namespace candist::cli
