#include "cli_support.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace candist::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positionalCount)
{
    parseArguments(parser, arguments, positionalCount, positionalCount);
}

void parseArguments(QCommandLineParser &parser, const QStringList &arguments, int minimumPositional,
                    int maximumPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        std::exit(0);
    }
    const int count = int(parser.positionalArguments().size());
    if (count < minimumPositional || count > maximumPositional) {
        throw UsageError((minimumPositional == maximumPositional
                              ? QStringLiteral("expected %1 positional argument(s), got %2")
                                    .arg(minimumPositional)
                              : QStringLiteral("expected %1 to %2 positional arguments, got %3")
                                    .arg(minimumPositional)
                                    .arg(maximumPositional))
                             .arg(count));
    }
}

QString requiredValue(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        throw UsageError(QStringLiteral("--%1 is required").arg(option));
    return parser.value(option);
}

int intValue(const QCommandLineParser &parser, const QString &option, int fallback, int minimum,
             int maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        throw UsageError(QStringLiteral("--%1 expects an integer from %2 to %3, got \"%4\"")
                             .arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(parser.value(option)));
    }
    return value;
}

double doubleValue(const QCommandLineParser &parser, const QString &option, double fallback,
                   double minimum, double maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < minimum || value > maximum) {
        throw UsageError(QStringLiteral("--%1 expects a number from %2 to %3, got \"%4\"")
                             .arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(parser.value(option)));
    }
    return value;
}

namespace {

QString formatDuration(double seconds)
{
    const qint64 total = qint64(seconds + 0.5);
    if (total >= 3600)
        return QStringLiteral("%1h%2m")
            .arg(total / 3600)
            .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

CancellationFlag *g_interruptFlag = nullptr;

extern "C" void handleInterrupt(int signal)
{
    if (g_interruptFlag && !g_interruptFlag->isCancelled()) {
        g_interruptFlag->cancel();
        return;
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

ProgressPrinter::ProgressPrinter(QString label)
    : m_label(std::move(label)), m_terminal(::isatty(STDERR_FILENO) == 1)
{}

void ProgressPrinter::operator()(const ProgressUpdate &update)
{
    QString line = m_label + QLatin1Char(' ');
    if (update.total > 0) {
        const double fraction = double(update.done) / double(update.total);
        if (m_terminal) {
            constexpr int width = 28;
            const int filled = int(fraction * width);
            line += QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
                    QString(width - filled, QLatin1Char('.')) + QStringLiteral("] ");
        }
        line += QStringLiteral("%1/%2 (%3%)")
                    .arg(update.done)
                    .arg(update.total)
                    .arg(int(fraction * 100));
    } else {
        line += QString::number(update.done);
    }
    if (update.rate() > 0)
        line += QStringLiteral(", %1/s").arg(update.rate(), 0, 'f', update.rate() < 10 ? 1 : 0);
    if (const auto eta = update.etaSeconds())
        line += QStringLiteral(", ETA ") + formatDuration(*eta);
    if (!update.detail.isEmpty())
        line += QStringLiteral(", ") + update.detail;

    if (m_terminal) {
        err() << '\r' << line << "\x1b[K";
        err().flush();
        m_drawn = true;
    } else if (m_lastLineSeconds < 0 || update.elapsedSeconds - m_lastLineSeconds >= 5 ||
               (update.total > 0 && update.done == update.total)) {
        m_lastLineSeconds = update.elapsedSeconds;
        err() << line << '\n';
        err().flush();
    }
}

void ProgressPrinter::finish()
{
    if (m_terminal && m_drawn) {
        err() << '\n';
        err().flush();
    }
    m_drawn = false;
}

InterruptGuard::InterruptGuard(CancellationFlag &flag)
{
    g_interruptFlag = &flag;
    std::signal(SIGINT, handleInterrupt);
    std::signal(SIGTERM, handleInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_interruptFlag = nullptr;
}

} // namespace candist::cli
