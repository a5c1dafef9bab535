#include <limits>

#include <QCommandLineParser>
#include <QRandomGenerator>

#include "cli_support.h"
#include "io/spot_check_file.h"
#include "review/spot_check_draw.h"
#include "store/project_store.h"

namespace candist::cli {

int runSpotCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Draws N samples uniformly at random, without replacement, from the "
                       "samples without a human label, and adds them to the project's "
                       "spot-check set. Answered (resolve, or the window), they give unbiased "
                       "estimates of how often the teacher's, the student's and the exported "
                       "labels are right (stats)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The *.candist file."));
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("How many samples to draw."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Seed of the draw (default: random; printed either way)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("output"),
                      QStringLiteral("Also write this draw as id,text,label with label empty, "
                                     "to answer outside the workbench."),
                      QStringLiteral("FILE.csv")});
    parseArguments(parser, arguments, 1);

    requiredValue(parser, QStringLiteral("size"));
    const int size = intValue(parser, QStringLiteral("size"), 0, 1, 100000000);
    qint64 seed = qint64(QRandomGenerator::global()->generate64() >> 1);
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toLongLong(&ok);
        if (!ok || seed < 0)
            throw UsageError(QStringLiteral("--seed needs a whole number from 0 to %1, not \"%2\"")
                                 .arg(std::numeric_limits<qint64>::max())
                                 .arg(parser.value(QStringLiteral("seed"))));
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && output.trimmed().isEmpty())
        throw UsageError(QStringLiteral("--output needs a file name"));

    ProjectStore store(parser.positionalArguments().constFirst());
    // The draw is kept only when its file was written too: a failed --output leaves no
    // spot checks that nobody has the file for.
    ProjectStore::Transaction transaction(store);
    const SpotCheckDrawReport report = SpotCheckDraw::run(store, size, seed);
    if (!output.isEmpty())
        SpotCheckFile::write(store, report.rows, output);
    transaction.commit();
    out() << QStringLiteral("drew %1 spot checks (draw %2, seed %3) from %4 samples without a "
                            "human label; the project has %5 spot checks\n")
                 .arg(report.rows.size())
                 .arg(report.draw)
                 .arg(report.seed)
                 .arg(report.eligible)
                 .arg(report.total);
    if (!output.isEmpty())
        out() << QStringLiteral("wrote %1; answer it with: candist-cli resolve PROJECT --input %1 "
                                "--id-column id --label-column label\n")
                     .arg(output);
    return 0;
}

} // namespace candist::cli
