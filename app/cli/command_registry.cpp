#include "command_registry.h"

namespace candist::cli {

// One declaration per *_command.cpp; keep the list in the order `candist-cli --help` shows it.
int runTeachCommand(const QStringList &arguments);
int runServeReplayCommand(const QStringList &arguments);
int runReview(const QStringList &arguments);

const QVector<Command> &commands()
{
    static const QVector<Command> all = {
        {"teach", "annotate samples with an LLM teacher (candidate sets)", runTeachCommand},
        {"serve-replay", "serve recorded teacher answers as an OpenAI-compatible endpoint",
         runServeReplayCommand},
        {"review", "List the samples most worth a human's time, best first", runReview},
    };
    return all;
}

} // namespace candist::cli
