// Trains the default student with method candist on AG News (10 000 samples, candidates = the
// human majority label, gold for the metrics) once with 1 thread and once with N threads, and
// once as plain sequential SGD (parallel batches 1) for the accuracy the rounds cost or save.
// Checks that the thread count does not change a single probability and prints the speed-up.
//
// Usage: bench_student_threads [--epochs N] [--threads N] [--parallel-batches R] [--samples N]
// Last line: RESULT student_thread_speedup=<1-thread seconds / N-thread seconds>.

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "labelled_csv.h"
#include "model/error.h"
#include "student/distillation_engine.h"

using namespace candist;

namespace {

struct Trained
{
    DistillationOutcome outcome;
    double seconds = 0;
};

Trained train(const DistillationData &data, DistillationOptions options)
{
    QElapsedTimer timer;
    timer.start();
    DistillationEngine engine(std::move(options));
    Trained trained{engine.train(data), 0};
    trained.seconds = timer.elapsed() / 1000.0;
    return trained;
}

void print(const char *name, const DistillationOptions &options, int poolSize,
           const Trained &trained)
{
    const EpochMetrics &last = trained.outcome.epochs.back();
    std::printf("%-22s R %2d threads %2d | pool %6.2f%% test %6.2f%% | %7.2f s\n", name,
                parallelBatchCount(options, poolSize), effectiveThreads(options),
                100 * last.poolAccuracy.value_or(0), 100 * last.testAccuracy.value_or(0),
                trained.seconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DistillationOptions options; // the run's defaults: 30 epochs, automatic batches and rounds
    options.threads = 2;
    int samples = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--epochs"))
            options.epochs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--threads"))
            options.threads = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--parallel-batches"))
            options.parallelBatches = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--samples"))
            samples = args.at(i + 1).toInt();
    }
    try {
        const bench::CsvTable pool = bench::readCsv(bench::sharedDataPath(
            QStringLiteral("human_annotations/agnews_human_majority/annotations.csv")));
        const bench::CsvTable test =
            bench::readCsv(bench::sharedDataPath(QStringLiteral("agnews/test.csv")));
        QStringList labels = pool.values(QStringLiteral("label"));
        labels.removeDuplicates();
        labels.sort();
        DistillationData data;
        data.numClasses = int(labels.size());
        const QStringList texts = pool.values(QStringLiteral("text"));
        const QStringList gold = pool.values(QStringLiteral("label"));
        const QStringList majority = pool.values(QStringLiteral("human_mv_label"));
        for (int i = 0; i < std::min<int>(samples, int(texts.size())); ++i) {
            data.texts << texts.at(i);
            data.gold.push_back(int(labels.indexOf(gold.at(i))));
            const int label = int(labels.indexOf(majority.at(i)));
            data.candidates.push_back(label >= 0 ? std::vector<int>{label} : std::vector<int>{});
        }
        data.testTexts = test.values(QStringLiteral("text"));
        for (const QString &label : test.values(QStringLiteral("label")))
            data.testGold.push_back(int(labels.indexOf(label)));

        DistillationOptions one = options;
        one.threads = 1;
        const Trained single = train(data, one);
        print("candist, 1 thread", one, data.size(), single);
        const Trained many = train(data, options);
        print("candist, N threads", options, data.size(), many);
        DistillationOptions sequential = one;
        sequential.parallelBatches = 1;
        const Trained plain = train(data, sequential);
        print("sequential SGD", sequential, data.size(), plain);

        const bool identical = single.outcome.probabilities == many.outcome.probabilities;
        std::printf("%d samples, %d epochs; 1 vs %d threads: probabilities %s\n", data.size(),
                    options.epochs, effectiveThreads(options), identical ? "identical" : "DIFFER");
        std::printf("RESULT student_thread_speedup=%.3f\n", single.seconds / many.seconds);
        return identical ? 0 : 1;
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
}
