// Distils real annotations with `single`, `vanilla` and `candist` (3 seeds each) and reports pool
// accuracy (the labels the student gives the annotated pool) and test accuracy beside the
// teacher's own single-label accuracy on the pool:
//  - TREC with a frontier LLM's candidate sets (strong teacher), test trec/test.csv;
//  - AG News with the human majority label (singletons, 20 % noise), test agnews/test.csv;
//  - AG News with three human annotators (candidates = their union, votes = how many chose it);
//  - Banking77 with two LLM runs (union; the more accurate run 2 first; empty = abstain).
//
// Usage: bench_student_quality [--epochs N] [--seeds N] [--only NAME] [--methods a,b]
//        [--final-label all|candidates|confident] [--rank-decay x]
//        [--set section.key=value]... [--verbose 1] [--held-out 1]
// --verbose 1 prints per seed where the labels differ from the teacher's first candidate and
// whether that fixed or broke the sample; --held-out 1 runs the two-fold diagnostic instead.
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

// "--set refinery.rank_decay=0.5": numbers, true/false or names into the options JSON.
void applySetting(QJsonObject &json, const QString &setting)
{
    const qsizetype eq = setting.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw Error(QStringLiteral("--set expects key=value, got '%1'").arg(setting));
    const QStringList path = setting.left(eq).split(QLatin1Char('.'));
    const QString text = setting.mid(eq + 1);
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    const QJsonValue value = isNumber                         ? QJsonValue(number)
                             : text == QLatin1String("true")  ? QJsonValue(true)
                             : text == QLatin1String("false") ? QJsonValue(false)
                                                              : QJsonValue(text);
    if (path.size() == 1) {
        json.insert(path.front(), value);
    } else {
        QJsonObject section = json.value(path.front()).toObject();
        section.insert(path.back(), value);
        json.insert(path.front(), section);
    }
}

// Where the labels differ from the teacher's first candidate: how often that was right.
void printChanges(const DistillationData &data, const DistillationOutcome &outcome)
{
    int inside[3] = {0, 0, 0}, outside[3] = {0, 0, 0}; // fixed, broke, both wrong
    for (int i = 0; i < data.size(); ++i) {
        const auto &candidates = data.candidates[size_t(i)];
        const int teacher = candidates.empty() ? -1 : candidates.front();
        const int label = outcome.predicted[size_t(i)];
        if (label == teacher)
            continue;
        const bool inSet =
            std::find(candidates.begin(), candidates.end(), label) != candidates.end();
        int *counts = inSet ? inside : outside;
        const int gold = data.gold[size_t(i)];
        ++counts[label == gold ? 0 : teacher == gold ? 1 : 2];
    }
    std::printf("    changes within S: %d fixed, %d broke, %d both wrong; overrules outside S: "
                "%d fixed, %d broke, %d both wrong\n",
                inside[0], inside[1], inside[2], outside[0], outside[1], outside[2]);
}

// Held-out diagnostic: two students, each trained on one half of the pool, label the other half;
// the within-set choice of a student that never saw the sample vs the teacher's order.
void heldOut(const DistillationData &data, DistillationOptions options, double decay)
{
    DistillationData pool = data;
    pool.normalise();
    std::vector<int> rows[2];
    for (int i = 0; i < pool.size(); ++i)
        rows[i % 2].push_back(i);
    const DistillationData halves[2] = {pool.subset(rows[0]), pool.subset(rows[1])};
    const int c = data.numClasses;
    int multi = 0, teacherOk = 0, studentOk = 0, posteriorOk = 0;
    int over[3] = {0, 0, 0};
    for (int half = 0; half < 2; ++half) {
        DistillationEngine engine(options);
        engine.train(halves[half]);
        const DistillationData &other = halves[1 - half];
        const std::vector<float> p = engine.predict(other.texts);
        for (int k = 0; k < other.size(); ++k) {
            const auto &cand = other.candidates[size_t(k)];
            const auto &votes = other.votes[size_t(k)];
            const int gold = other.gold[size_t(k)];
            const float *row = p.data() + std::int64_t(k) * c;
            const int top = int(std::max_element(row, row + c) - row);
            const bool topIn = std::find(cand.begin(), cand.end(), top) != cand.end();
            if (!cand.empty() && !topIn && row[top] > 0.95f)
                ++over[top == gold ? 0 : cand.front() == gold ? 1 : 2];
            if (cand.size() < 2)
                continue;
            ++multi;
            teacherOk += cand.front() == gold;
            int bestS = cand.front(), bestP = cand.front();
            double scoreS = -1, scoreP = -1;
            for (size_t r = 0; r < cand.size(); ++r) {
                const double w =
                    rankPriorWeight(int(r), votes.empty() ? 0 : votes[r], !votes.empty(), decay);
                if (row[cand[r]] > scoreS) {
                    scoreS = row[cand[r]];
                    bestS = cand[r];
                }
                if (row[cand[r]] * w > scoreP) {
                    scoreP = row[cand[r]] * w;
                    bestP = cand[r];
                }
            }
            studentOk += bestS == gold;
            posteriorOk += bestP == gold;
        }
    }
    std::printf("  held-out %s: |S|>1: %d samples, teacher first %d, student within S %d, "
                "posterior %d right; confident overrules %d fixed %d broke %d both wrong\n",
                qPrintable(methodName(options.method)), multi, teacherOk, studentOk, posteriorOk,
                over[0], over[1], over[2]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int epochs = DistillationOptions().epochs;
    int seeds = 3;
    QString only;             // --only NAME: one data set
    QString finalLabel;       // --final-label all|candidates|confident
    bool verbose = false;     // --verbose 1: per-seed lines
    double rankDecay = 0;     // --rank-decay x: the ranked prior's decay (default: the library's)
    QStringList settings;     // --set [section.]key=value: any option of the run's JSON
    QString methodFilter;     // --methods a,b: a subset of single,vanilla,candist
    bool heldOutOnly = false; // --held-out 1: the two-fold diagnostic instead of the table
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
        else if (args.at(i) == QLatin1String("--set"))
            settings << args.at(i + 1);
        else if (args.at(i) == QLatin1String("--held-out"))
            heldOutOnly = args.at(i + 1) == QLatin1String("1");
        else if (args.at(i) == QLatin1String("--methods"))
            methodFilter = args.at(i + 1);
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
    // The run's options: the library's defaults with the command line's overrides.
    const auto optionsFor = [&](DistillationMethod method, quint64 seed) {
        DistillationOptions options;
        options.method = method;
        options.epochs = epochs;
        options.seed = seed;
        if (rankDecay > 0)
            options.refinery.rankDecay = rankDecay;
        if (!finalLabel.isEmpty() || !settings.isEmpty()) {
            QJsonObject json = options.toJson();
            if (!finalLabel.isEmpty()) // the CLI's short name "all" is "all_labels" in JSON
                json.insert(QStringLiteral("final_label"), finalLabel == QLatin1String("all")
                                                               ? QStringLiteral("all_labels")
                                                               : finalLabel);
            for (const QString &setting : settings)
                applySetting(json, setting);
            options = DistillationOptions::fromJson(json);
        }
        return options;
    };
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
            if (heldOutOnly) {
                for (const DistillationMethod method : methods)
                    if (methodFilter.isEmpty() ||
                        methodFilter.split(QLatin1Char(',')).contains(methodName(method)))
                        heldOut(data, optionsFor(method, 1),
                                optionsFor(method, 1).refinery.rankDecay);
                continue;
            }
            for (const DistillationMethod method : methods) {
                if (!methodFilter.isEmpty() &&
                    !methodFilter.split(QLatin1Char(',')).contains(methodName(method)))
                    continue;
                double poolSum = 0, testSum = 0, seconds = 0;
                for (int seed = 1; seed <= seeds; ++seed) {
                    const DistillationOptions options = optionsFor(method, quint64(seed));
                    QElapsedTimer timer;
                    timer.start();
                    DistillationEngine engine(options);
                    const DistillationOutcome outcome = engine.train(data);
                    seconds += timer.elapsed() / 1000.0;
                    poolSum += *outcome.poolAccuracy;
                    if (verbose)
                        std::printf("  seed %d: pool %.2f%% test %.2f%% warm-up %d\n", seed,
                                    100 * *outcome.poolAccuracy,
                                    100 * *outcome.epochs.back().testAccuracy,
                                    outcome.warmupEpochs);
                    if (verbose)
                        printChanges(data, outcome);
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
        if (heldOutOnly)
            return 0; // a diagnostic, not the benchmark's figure
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
