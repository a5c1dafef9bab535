// Distils real annotations with `single`, `vanilla` and `candist` (3 seeds each) and reports pool
// accuracy (the labels the student gives the annotated pool) and test accuracy beside the
// teacher's own single-label accuracy on the pool:
//  - TREC with a frontier LLM's candidate sets (strong teacher), test trec/test.csv;
//  - AG News with the human majority label (singletons, 20 % noise), test agnews/test.csv;
//  - AG News with three human annotators (candidates = their union, votes = how many chose it);
//  - Banking77 with two LLM runs (union; the more accurate run 2 first; empty = abstain).
//
// Usage: bench_student_quality [--epochs N] [--seeds N]
// Last line: RESULT candist_minus_single_pool=<mean over data sets of the pool-accuracy gain in
// points>.

#include <cstdio>
#include <map>
#include <numeric>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "labelled_csv.h"
#include "model/error.h"
#include "student/distillation_engine.h"

using namespace candist;

namespace {

struct Task
{
    const char *name;
    QString pool;
    QStringList annotators; // columns, in the order their labels are listed
    bool pipeList = false;  // one column holding "a|b|c", most likely first
    QString test;
};

// Candidates and votes from annotator columns: labels ordered by votes, then first appearance.
DistillationData buildData(const Task &task, QStringList &labels, double &teacherAccuracy)
{
    const bench::CsvTable pool = bench::readCsv(bench::sharedDataPath(task.pool));
    const bench::CsvTable test = bench::readCsv(bench::sharedDataPath(task.test));
    const auto indexOf = [&labels](const QString &label) {
        qsizetype index = labels.indexOf(label);
        if (index < 0) {
            labels << label;
            index = labels.size() - 1;
        }
        return int(index);
    };
    for (const QString &label : test.values(QStringLiteral("label")))
        indexOf(label);
    DistillationData data;
    const QStringList texts = pool.values(QStringLiteral("text"));
    const QStringList gold = pool.values(QStringLiteral("label"));
    std::vector<int> columns;
    for (const QString &annotator : task.annotators)
        columns.push_back(pool.column(annotator));
    int correct = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        std::vector<int> candidates;
        std::vector<int> votes;
        for (const int column : columns) {
            const QStringList given =
                task.pipeList
                    ? pool.rows[i].value(column).split(QLatin1Char('|'), Qt::SkipEmptyParts)
                    : QStringList{pool.rows[i].value(column)};
            for (const QString &label : given) {
                if (label.trimmed().isEmpty())
                    continue; // abstain
                const int index = indexOf(label.trimmed());
                const auto it = std::find(candidates.begin(), candidates.end(), index);
                if (it == candidates.end()) {
                    candidates.push_back(index);
                    votes.push_back(1);
                } else {
                    ++votes[size_t(it - candidates.begin())];
                }
            }
        }
        // Stable sort by votes keeps the listed order among equals.
        std::vector<size_t> order(candidates.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return votes[a] > votes[b]; });
        std::vector<int> sortedCandidates, sortedVotes;
        for (const size_t k : order) {
            sortedCandidates.push_back(candidates[k]);
            sortedVotes.push_back(votes[k]);
        }
        data.texts << texts.at(i);
        data.gold.push_back(indexOf(gold.at(i)));
        correct += !sortedCandidates.empty() && sortedCandidates.front() == data.gold.back();
        data.candidates.push_back(sortedCandidates);
        // Votes only carry information when several annotators voted.
        data.votes.push_back(columns.size() > 1 ? sortedVotes : std::vector<int>{});
    }
    teacherAccuracy = double(correct) / texts.size();
    data.testTexts = test.values(QStringLiteral("text"));
    for (const QString &label : test.values(QStringLiteral("label")))
        data.testGold.push_back(indexOf(label));
    data.numClasses = int(labels.size());
    return data;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int epochs = DistillationOptions().epochs;
    int seeds = 3;
    QString only;         // --only NAME: one data set
    QString finalLabel;   // --final-label all|candidates|confident
    bool verbose = false; // --verbose 1: per-seed lines
    double rankDecay = 0; // --rank-decay x: the ranked prior's decay (default: the library's)
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--epochs"))
            epochs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seeds"))
            seeds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--only"))
            only = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--rank-decay"))
            rankDecay = args.at(i + 1).toDouble();
        else if (args.at(i) == QLatin1String("--final-label"))
            finalLabel = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--verbose"))
            verbose = args.at(i + 1) == QLatin1String("1");
    }
    const std::vector<Task> tasks = {
        {"trec-llm",
         QStringLiteral("llm_annotations/trec_train_candidates/annotations.csv"),
         {QStringLiteral("llm_candidates")},
         true,
         QStringLiteral("trec/test.csv")},
        {"ag-major",
         QStringLiteral("human_annotations/agnews_human_majority/annotations.csv"),
         {QStringLiteral("human_mv_label")},
         false,
         QStringLiteral("agnews/test.csv")},
        {"ag-3human",
         QStringLiteral("human_annotations/agnews_3human_annotators/annotations.csv"),
         {QStringLiteral("human_1"), QStringLiteral("human_2"), QStringLiteral("human_3")},
         false,
         QStringLiteral("agnews/test.csv")},
        {"bank-llm",
         QStringLiteral("llm_annotations/autolabel_banking77_500/annotations.csv"),
         {QStringLiteral("llm_label_run2"), QStringLiteral("llm_label_run1")},
         false,
         QStringLiteral("banking77/test.csv")},
    };
    const std::vector<DistillationMethod> methods = {
        DistillationMethod::Single, DistillationMethod::Vanilla, DistillationMethod::CanDist};
    try {
        QElapsedTimer total;
        total.start();
        std::printf("epochs %d, %d seeds, default student and refinery\n", epochs, seeds);
        std::printf("%-10s %6s %8s | %-8s %9s %9s %6s\n", "data", "pool", "teacher", "method",
                    "pool acc", "test acc", "sec");
        double gainSum = 0;
        int wins = 0;
        int ran = 0;
        for (const Task &task : tasks) {
            if (!only.isEmpty() && only != QLatin1String(task.name))
                continue;
            ++ran;
            QStringList labels;
            double teacher = 0;
            const DistillationData data = buildData(task, labels, teacher);
            std::map<DistillationMethod, double> pool;
            for (const DistillationMethod method : methods) {
                double poolSum = 0, testSum = 0, seconds = 0;
                for (int seed = 1; seed <= seeds; ++seed) {
                    DistillationOptions options;
                    options.method = method;
                    options.epochs = epochs;
                    options.seed = quint64(seed);
                    if (rankDecay > 0)
                        options.refinery.rankDecay = rankDecay;
                    if (!finalLabel.isEmpty()) {
                        QJsonObject json = options.toJson();
                        json.insert(QStringLiteral("final_label"), finalLabel);
                        options = DistillationOptions::fromJson(json);
                    }
                    QElapsedTimer timer;
                    timer.start();
                    DistillationEngine engine(options);
                    const DistillationOutcome outcome = engine.train(data);
                    seconds += timer.elapsed() / 1000.0;
                    poolSum += *outcome.epochs.back().poolAccuracy;
                    if (verbose)
                        std::printf("  seed %d: pool %.2f%% test %.2f%% warm-up %d\n", seed,
                                    100 * *outcome.epochs.back().poolAccuracy,
                                    100 * *outcome.epochs.back().testAccuracy,
                                    outcome.warmupEpochs);
                    testSum += *outcome.epochs.back().testAccuracy;
                }
                pool[method] = poolSum / seeds;
                std::printf("%-10s %6d %7.2f%% | %-8s %8.2f%% %8.2f%% %6.1f\n", task.name,
                            data.size(), 100 * teacher, qPrintable(methodName(method)),
                            100 * pool[method], 100 * testSum / seeds, seconds / seeds);
                std::fflush(stdout);
            }
            const double gain =
                pool[DistillationMethod::CanDist] - pool[DistillationMethod::Single];
            gainSum += gain;
            const bool win =
                gain > 0 && pool[DistillationMethod::CanDist] > pool[DistillationMethod::Vanilla] &&
                pool[DistillationMethod::CanDist] >= teacher;
            wins += win;
            std::printf("%-10s candist - single %+.2f points, goal %s\n", task.name, 100 * gain,
                        win ? "met" : "missed");
        }
        std::printf("goal met on %d of %d data sets; %.1f s in all\n", wins, ran,
                    total.elapsed() / 1000.0);
        std::printf("RESULT candist_minus_single_pool=%.2f\n",
                    100 * gainSum / double(tasks.size()));
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
