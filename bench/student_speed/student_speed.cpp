// Trains the default hashed n-gram student and `fasttext supervised` on the gold labels of TREC,
// AG News and DBpedia with the same tokens, epochs, dimension, word bigrams and threads, and
// prints test accuracy and wall time: one student (method gold), what `distill` runs by default
// on the same labels as singleton candidate sets (candist with the held-out selection: its
// cross-fitted students, the scoring and the final student), and fastText. Timing covers what
// each needs from text to test predictions: our hashing + training + prediction; fastText's train
// and test commands (reading its input files is part of fastText's work, as hashing is ours).
//
// Usage: bench_student_speed [--epochs N] [--threads N] [--parallel-batches R (0 = automatic)]
// Last line: RESULT student_time_over_fasttext=<distill's default total seconds / fastText's>.

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "labelled_csv.h"
#include "model/error.h"
#include "student/distillation_engine.h"
#include "student/text_hashing.h"
#include "student/word_vector_choice.h"

using namespace candist;

namespace {

struct Split
{
    QStringList texts;
    QStringList labels;
};

Split load(const QString &relative)
{
    const bench::CsvTable table = bench::readCsv(bench::sharedDataPath(relative));
    return {table.values(QStringLiteral("text")), table.values(QStringLiteral("label"))};
}

// fastText sees exactly our tokens: lowercased words and punctuation, space-separated.
void writeFastTextFile(const QString &path, const Split &split)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("%1: cannot write").arg(path));
    QTextStream out(&file);
    for (qsizetype i = 0; i < split.texts.size(); ++i)
        out << "__label__" << split.labels.at(i) << ' '
            << tokenizeWords(split.texts.at(i), true).join(QLatin1Char(' ')) << '\n';
}

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        throw Error(QStringLiteral("%1 %2 failed: %3")
                        .arg(program, arguments.join(QLatin1Char(' ')),
                             QString::fromUtf8(process.readAll())));
    return process.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int epochs = 5;
    int threads = 2;
    int parallelBatches = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--epochs"))
            epochs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--threads"))
            threads = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--parallel-batches"))
            parallelBatches = args.at(i + 1).toInt();
    }
    const QString fasttext = QStandardPaths::findExecutable(QStringLiteral("fasttext"));
    if (fasttext.isEmpty()) {
        std::fprintf(stderr, "fasttext not found (Debian package fasttext)\n");
        return 1;
    }
    try {
        const DistillationOptions defaults;
        // The default student reads the installed word vectors, as `distill` does.
        const QString vectors = resolveWordVectors({}).path;
        std::printf("word vectors: %s\n", vectors.isEmpty() ? "none" : qPrintable(vectors));
        double oursTotal = 0, distillTotal = 0, theirsTotal = 0;
        std::printf("%-8s %8s %8s | %10s %10s | %10s %10s | %10s %10s\n", "data", "train", "test",
                    "gold acc", "gold s", "distill acc", "distill s", "fastText", "fastText s");
        for (const char *name : {"trec", "agnews", "dbpedia"}) {
            const Split train = load(QStringLiteral("%1/train.csv").arg(QLatin1String(name)));
            const Split test = load(QStringLiteral("%1/test.csv").arg(QLatin1String(name)));
            QStringList labels = train.labels;
            labels.removeDuplicates();

            // Ours: method gold with the default student.
            DistillationOptions options;
            options.method = DistillationMethod::Gold;
            options.epochs = epochs;
            options.threads = threads;
            options.parallelBatches = parallelBatches;
            options.bag.wordVectors.path = vectors;
            DistillationData data;
            data.numClasses = int(labels.size());
            data.texts = train.texts;
            for (const QString &label : train.labels)
                data.gold.push_back(int(labels.indexOf(label)));
            QElapsedTimer timer;
            timer.start();
            DistillationEngine engine(options);
            engine.train(data);
            const std::vector<float> probabilities = engine.predict(test.texts);
            const double ours = timer.elapsed() / 1000.0;
            int correct = 0;
            for (qsizetype i = 0; i < test.texts.size(); ++i) {
                const float *row = probabilities.data() + i * data.numClasses;
                const int predicted = int(std::max_element(row, row + data.numClasses) - row);
                correct += labels.value(predicted) == test.labels.at(i);
            }
            const double oursAccuracy = double(correct) / test.texts.size();

            // What `distill` runs by default: candist with the held-out selection, on the same
            // labels given as singleton candidate sets (every extra pass counted).
            DistillationOptions defaultOptions;
            defaultOptions.epochs = epochs;
            defaultOptions.threads = threads;
            defaultOptions.parallelBatches = parallelBatches;
            defaultOptions.bag.wordVectors.path = vectors;
            DistillationData asCandidates = data;
            for (const int label : data.gold)
                asCandidates.candidates.push_back({label});
            timer.restart();
            DistillationEngine defaultEngine(defaultOptions);
            defaultEngine.train(asCandidates);
            const std::vector<float> defaultProbabilities = defaultEngine.predict(test.texts);
            const double distill = timer.elapsed() / 1000.0;
            correct = 0;
            for (qsizetype i = 0; i < test.texts.size(); ++i) {
                const float *row = defaultProbabilities.data() + i * data.numClasses;
                const int predicted = int(std::max_element(row, row + data.numClasses) - row);
                correct += labels.value(predicted) == test.labels.at(i);
            }
            const double distillAccuracy = double(correct) / test.texts.size();

            // fastText with the same epochs, threads, dimension and word bigrams.
            QTemporaryDir dir;
            writeFastTextFile(dir.filePath(QStringLiteral("train.txt")), train);
            writeFastTextFile(dir.filePath(QStringLiteral("test.txt")), test);
            timer.restart();
            runTool(fasttext,
                    {QStringLiteral("supervised"), QStringLiteral("-input"),
                     dir.filePath(QStringLiteral("train.txt")), QStringLiteral("-output"),
                     dir.filePath(QStringLiteral("model")), QStringLiteral("-epoch"),
                     QString::number(epochs), QStringLiteral("-thread"), QString::number(threads),
                     QStringLiteral("-dim"), QString::number(defaults.bag.dimension),
                     QStringLiteral("-wordNgrams"), QStringLiteral("2"), QStringLiteral("-lr"),
                     QStringLiteral("0.5"), QStringLiteral("-verbose"), QStringLiteral("0")});
            const QByteArray report = runTool(fasttext, {QStringLiteral("test"),
                                                         dir.filePath(QStringLiteral("model.bin")),
                                                         dir.filePath(QStringLiteral("test.txt"))});
            const double theirs = timer.elapsed() / 1000.0;
            double theirAccuracy = -1;
            for (const QByteArray &line : report.split('\n'))
                if (line.startsWith("P@1"))
                    theirAccuracy = line.split('\t').value(1).toDouble();

            std::printf("%-8s %8lld %8lld | %9.2f%% %10.2f | %9.2f%% %10.2f | %9.2f%% %10.2f  "
                        "(R %d)\n",
                        name, static_cast<long long>(train.texts.size()),
                        static_cast<long long>(test.texts.size()), 100 * oursAccuracy, ours,
                        100 * distillAccuracy, distill, 100 * theirAccuracy, theirs,
                        parallelBatchCount(options, int(train.texts.size())));
            std::fflush(stdout);
            oursTotal += ours;
            distillTotal += distill;
            theirsTotal += theirs;
        }
        std::printf("epochs %d, threads %d, dim %d, word bigrams; total: one student %.2f s, "
                    "distill's default %.2f s, fastText %.2f s (one student %.3f x fastText)\n",
                    epochs, threads, defaults.bag.dimension, oursTotal, distillTotal, theirsTotal,
                    oursTotal / theirsTotal);
        std::printf("RESULT student_time_over_fasttext=%.3f\n", distillTotal / theirsTotal);
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
