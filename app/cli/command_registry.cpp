#include "command_registry.h"

namespace candist::cli {

// One declaration per *_command.cpp; keep the list in the order `candist-cli --help` shows it.
int runImport(const QStringList &arguments);
int runImportAnnotations(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runTeach(const QStringList &arguments);
int runServeReplay(const QStringList &arguments);
int runReview(const QStringList &arguments);
int runDistill(const QStringList &arguments);
int runEvaluate(const QStringList &arguments);
int runSpotCheck(const QStringList &arguments);
int runResolve(const QStringList &arguments);

const QVector<Command> &commands()
{
    static const QVector<Command> all = {
        {"import", "Import samples from CSV or JSONL into a project", runImport},
        {"import-annotations", "Import existing annotations as teacher candidates",
         runImportAnnotations},
        {"teach", "Annotate samples with an LLM teacher (candidate sets)", runTeach},
        {"distill", "Train the student (CanDist or a baseline) and label the pool", runDistill},
        {"evaluate", "Score the latest student on a labelled CSV (accuracy, macro-F1)",
         runEvaluate},
        {"serve-replay", "Serve recorded teacher answers as an OpenAI-compatible endpoint",
         runServeReplay},
        {"stats", "Print project statistics (--json for one JSON object)", runStats},
        {"export", "Export samples and final labels as CSV", runExport},
        {"review", "List the samples most worth a human's time, best first", runReview},
        {"spot-check", "Draw random samples for a human to check (unbiased label accuracy)",
         runSpotCheck},
        {"resolve", "Record human decisions in bulk from a CSV or JSONL file", runResolve},
    };
    return all;
}

} // namespace candist::cli
