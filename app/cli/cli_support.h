#pragma once

#include <stdexcept>

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include "model/progress.h"

namespace candist::cli {

// Thrown for wrong command-line usage; main() turns it into exit code 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

QTextStream &out();
QTextStream &err();

// Parses `arguments` (arguments[0] is "candist-cli <command>") and handles --help. Throws
// UsageError on unknown options, missing values or a wrong number of positional arguments.
void parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positionalCount);
// The same with minimum..maximum positional arguments (a trailing optional one).
void parseArguments(QCommandLineParser &parser, const QStringList &arguments, int minimumPositional,
                    int maximumPositional);

// The value of a required option; throws UsageError naming it when absent.
QString requiredValue(const QCommandLineParser &parser, const QString &option);

// The value of an integer option within [minimum, maximum]; `fallback` when absent.
int intValue(const QCommandLineParser &parser, const QString &option, int fallback, int minimum,
             int maximum);
double doubleValue(const QCommandLineParser &parser, const QString &option, double fallback,
                   double minimum, double maximum);

// Prints ProgressUpdates to stderr: a redrawn bar on a terminal, a line every few seconds
// otherwise (logs and CI stay readable).
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QString label);
    void operator()(const ProgressUpdate &update);
    // Ends the bar's line; call once the job is done.
    void finish();

private:
    QString m_label;
    bool m_terminal = false;
    bool m_drawn = false;
    double m_lastLineSeconds = -1;
};

// Routes SIGINT/SIGTERM to `flag` for the lifetime of the object, so Ctrl+C stops a job cleanly
// at the next batch (a second Ctrl+C kills at once).
class InterruptGuard
{
public:
    explicit InterruptGuard(CancellationFlag &flag);
    ~InterruptGuard();
};

// Runs a cancellable job with a progress printer labelled `label` and Ctrl+C wired to its
// cancellation flag: `job(progressCallback, cancellationFlag)` returns the job's report.
template<typename Job>
auto runWithProgress(const QString &label, Job &&job)
{
    CancellationFlag cancel;
    InterruptGuard guard(cancel);
    ProgressPrinter printer(label);
    struct FinishLine
    {
        ProgressPrinter &printer;
        ~FinishLine() { printer.finish(); }
    } finishLine{printer};
    return job([&](const ProgressUpdate &update) { printer(update); }, cancel);
}

} // namespace candist::cli
