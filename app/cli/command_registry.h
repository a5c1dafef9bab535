#pragma once

#include <QStringList>
#include <QVector>

namespace candist::cli {

// A command receives its arguments with arguments[0] = "candist-cli <name>" and returns the exit
// code. It throws UsageError for bad usage and candist::Error for everything else.
using CommandFunction = int (*)(const QStringList &arguments);

struct Command
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

const QVector<Command> &commands();

} // namespace candist::cli
