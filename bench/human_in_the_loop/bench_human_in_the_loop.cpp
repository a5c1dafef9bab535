// Does ranking the review queue pay? Gold labels play the human: the student gets human labels
// for 2/5/10/20 % of the pool, chosen (a) at random, as in the paper's hybrid setting, and (b)
// from the top of our review queue (core/review), is re-distilled, and the pool's final labels
// are scored against gold. Prints a table, writes the curves as a PNG and prints
//   RESULT ranked_minus_random_at_5pct=<points, mean over datasets and seeds>
// Then the queue's top-5 % lift (issue 16): after the first distillation (defaults, seed 1, no
// human labels) the queue is ranked with the project's weights, and
//   lift = wrong final labels among the queue's top 5 % / wrong final labels among all samples
// without a human label, gold playing the judge, on the real teachers above and on simulated weak
// teachers (../shared/tools/simulate_teacher.py at single accuracy 0.55 and 0.70 on AG News,
// DBpedia and TREC, 10,000-sample pools, cached like bench_student_quality's). It ends with
//   RESULT review_top5_lift_min=<min over cases> mean=<mean over cases>
//
// usage: bench_human_in_the_loop [--lift-only] [--keep DIR] [SHARED_DATA_DIR] [OUT.png]
// --lift-only skips the re-distillation curves (about 48 distillations) and prints only the lift.
// --keep DIR keeps the lift's distilled projects (one per case, NAME.candist) to inspect.
// SHARED_DATA_DIR overrides $CANDIST_SHARED_DATA (default ../shared/data) for every data set.
#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <qcustomplot.h>

#include "io/annotation_importer.h"
#include "io/sample_importer.h"
#include "labelled_csv.h"
#include "model/error.h"
#include "review/review_ranker.h"
#include "simulated_teacher.h"
#include "store/project_files.h"
#include "store/project_store.h"
#include "store/sql_helpers.h"
#include "student/distiller.h"

using namespace candist;

namespace {

struct Dataset
{
    QString name;
    QString annotations; // relative to the shared data folder
    QStringList columns; // annotator columns: one candidate list, or several single labels
};

const QVector<int> kBudgetsPercent = {2, 5, 10, 20};
const QVector<quint64> kSeeds = {1, 2, 3};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double finalLabelAccuracy(const ProjectStore &store)
{
    const QVariant correct = sql::scalar(
        store.database(), QStringLiteral("SELECT avg(f.label = g.label) FROM final_labels f "
                                         "JOIN gold_labels g ON g.sample_row = f.sample_row"));
    return correct.toDouble() * 100.0;
}

void distil(const QString &projectPath, quint64 seed)
{
    ProjectStore store(projectPath);
    DistillationOptions options;
    options.seed = seed;
    Distiller::run(store, options);
}

// Copies a closed project (the last connection's close folds the WAL into the file).
QString copyProject(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        throw Error(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    return to;
}

double labelAndDistil(const QString &projectPath, const QVector<SampleRow> &rows, quint64 seed)
{
    {
        ProjectStore store(projectPath);
        const auto gold = store.goldLabels();
        const std::map<SampleRow, int> goldByRow(gold.begin(), gold.end());
        ProjectStore::Transaction transaction(store);
        for (SampleRow row : rows)
            store.recordHumanDecision({row, HumanAction::Label, goldByRow.at(row), {}});
        transaction.commit();
    }
    distil(projectPath, seed);
    return finalLabelAccuracy(ProjectStore(projectPath));
}

struct Curve
{
    QVector<double> random;
    QVector<double> ranked;
    double baseline = 0;
};

// A new project of `annotations` (absolute path): its samples with gold, then its teacher columns.
QString importProject(const QString &annotations, const QStringList &columns, const QString &path)
{
    ImportOptions import;
    import.inputPath = annotations;
    import.goldColumn = QStringLiteral("label");
    SampleImporter::importIntoProject(path, import);
    ProjectStore store(path);
    AnnotationImportOptions teacher;
    teacher.inputPath = annotations;
    teacher.columns = columns;
    AnnotationImporter::run(store, teacher);
    return path;
}

Curve runDataset(const Dataset &dataset, const QString &workDir)
{
    const QString base =
        importProject(bench::sharedDataPath(dataset.annotations), dataset.columns,
                      workDir + QLatin1Char('/') + dataset.name + QStringLiteral("-base.candist"));
    qint64 poolSize = 0;
    {
        poolSize = ProjectStore(base).sampleCount();
    }

    Curve curve;
    curve.random.fill(0, kBudgetsPercent.size());
    curve.ranked.fill(0, kBudgetsPercent.size());
    for (quint64 seed : kSeeds) {
        const QString distilled = copyProject(base, workDir + QStringLiteral("/distilled.candist"));
        distil(distilled, seed);
        QVector<SampleRow> rankedRows;
        QVector<SampleRow> randomRows;
        {
            ProjectStore store(distilled);
            curve.baseline += finalLabelAccuracy(store) / kSeeds.size();
            const int most = int(poolSize * kBudgetsPercent.last() / 100);
            for (const ReviewItem &item : ReviewRanker().rank(store, most))
                rankedRows << item.row;
            store.forEachSample([&](const Sample &sample) { randomRows << sample.row; });
            QRandomGenerator generator(quint32(seed) * 7919u);
            std::shuffle(randomRows.begin(), randomRows.end(), generator);
        }
        for (int b = 0; b < kBudgetsPercent.size(); ++b) {
            const int count = int(poolSize * kBudgetsPercent[b] / 100);
            const QString trial = workDir + QStringLiteral("/trial.candist");
            copyProject(distilled, trial);
            curve.random[b] +=
                labelAndDistil(trial, randomRows.mid(0, count), seed) / kSeeds.size();
            copyProject(distilled, trial);
            curve.ranked[b] +=
                labelAndDistil(trial, rankedRows.mid(0, count), seed) / kSeeds.size();
        }
    }
    out() << QStringLiteral("\n%1 (%2 samples, %3 seeds): pool accuracy of the final labels, %\n")
                 .arg(dataset.name)
                 .arg(poolSize)
                 .arg(kSeeds.size());
    out() << QStringLiteral("  %1 %2 %3 %4\n")
                 .arg(QStringLiteral("human"), -7)
                 .arg(QStringLiteral("random"), 8)
                 .arg(QStringLiteral("ranked"), 8)
                 .arg(QStringLiteral("gain"), 8);
    out() << QStringLiteral("  %1 %2 %3\n")
                 .arg(QStringLiteral("0%"), -7)
                 .arg(curve.baseline, 8, 'f', 2)
                 .arg(curve.baseline, 8, 'f', 2);
    for (int b = 0; b < kBudgetsPercent.size(); ++b) {
        out() << QStringLiteral("  %1 %2 %3 %4\n")
                     .arg(QString::number(kBudgetsPercent[b]) + QLatin1Char('%'), -7)
                     .arg(curve.random[b], 8, 'f', 2)
                     .arg(curve.ranked[b], 8, 'f', 2)
                     .arg(curve.ranked[b] - curve.random[b], 8, 'f', 2);
    }
    out().flush();
    return curve;
}

// One case of the lift: a project with its teacher, distilled once without human labels.
struct LiftCase
{
    QString name;
    QString annotations; // absolute path
    QStringList columns;
};

struct Lift
{
    double teacherSingle = 0; // % of samples whose teacher's first candidate is gold
    double baseError = 0;     // % wrong final labels among the samples without a human label
    double topError = 0;      // the same among the queue's top 5 %
    double lift() const { return baseError > 0 ? topError / baseError : 0; }
};

Lift measureLift(const LiftCase &liftCase, const QString &projectPath)
{
    for (const QString &file : projectFilePaths(projectPath)) // a --keep folder's last run
        QFile::remove(file);
    const QString project = importProject(liftCase.annotations, liftCase.columns, projectPath);
    distil(project, 1);
    ProjectStore store(project);
    const auto gold = store.goldLabels();
    const std::map<SampleRow, int> goldByRow(gold.begin(), gold.end());
    Lift lift;
    int teacherRight = 0;
    store.forEachTeacherResult([&](const TeacherResult &result) {
        const auto it = goldByRow.find(result.row);
        teacherRight += !result.candidates.isEmpty() && it != goldByRow.end() &&
                        result.candidates.first() == it->second;
    });
    lift.teacherSingle = 100.0 * teacherRight / std::max<size_t>(goldByRow.size(), 1);
    // The queue holds exactly the samples without a human label, best first.
    const QVector<ReviewItem> queue = ReviewRanker(ReviewWeights::ofProject(store)).rank(store);
    const qsizetype top = std::max<qsizetype>(1, queue.size() * 5 / 100);
    int wrongAll = 0;
    int wrongTop = 0;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const bool wrong = store.finalLabel(queue[i].row).label != goldByRow.at(queue[i].row);
        wrongAll += wrong;
        wrongTop += wrong && i < top;
    }
    lift.baseError = 100.0 * wrongAll / std::max<qsizetype>(queue.size(), 1);
    lift.topError = 100.0 * wrongTop / top;
    return lift;
}

// The real teachers of the curves, then the simulated weak ones.
QVector<LiftCase> liftCases(const QVector<Dataset> &datasets)
{
    QVector<LiftCase> cases;
    for (const Dataset &dataset : datasets)
        cases.append({dataset.name, bench::sharedDataPath(dataset.annotations), dataset.columns});
    struct Pool
    {
        const char *name;
        const char *train;
        const char *test;
    };
    // The pools and sizes of bench_student_quality, so that both share the cached teachers.
    const Pool pools[] = {{"ag", "agnews/train.csv", "agnews/test.csv"},
                          {"dbp", "dbpedia/train.csv", "dbpedia/test.csv"},
                          {"trec", "trec/train.csv", "trec/test.csv"}};
    for (const double sa : {0.55, 0.70})
        for (const Pool &pool : pools) {
            bench::SimulatedTeacherSpec spec;
            spec.name = QStringLiteral("%1-sim%2").arg(QLatin1String(pool.name)).arg(int(sa * 100));
            spec.pool = QLatin1String(pool.train);
            spec.targetSa = sa;
            // TREC's 5,452 questions stay whole, as in bench_student_quality.
            spec.poolLimit = QLatin1String(pool.name) == QLatin1String("trec") ? 0 : 10000;
            spec.test = QLatin1String(pool.test);
            QString testFile;
            cases.append({spec.name,
                          bench::simulatedTeacher(spec, bench::simulatedTeacherCache(), testFile),
                          {QStringLiteral("llm_candidates")}});
        }
    return cases;
}

// Prints the lift table and its RESULT line; the projects are distilled into `projectDir`.
void reportLift(const QVector<LiftCase> &cases, const QString &projectDir)
{
    out() << QStringLiteral("\nreview queue, top 5 % after the first distillation (seed 1, no "
                            "human labels)\n");
    out() << QStringLiteral("  %1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("case"), -30)
                 .arg(QStringLiteral("teacher%"), 9)
                 .arg(QStringLiteral("base err%"), 10)
                 .arg(QStringLiteral("top5 err%"), 10)
                 .arg(QStringLiteral("lift"), 6);
    out().flush();
    std::vector<double> lifts;
    for (const LiftCase &liftCase : cases) {
        const Lift lift = measureLift(
            liftCase, QDir(projectDir).filePath(liftCase.name + QStringLiteral(".candist")));
        out() << QStringLiteral("  %1 %2 %3 %4 %5\n")
                     .arg(liftCase.name, -30)
                     .arg(lift.teacherSingle, 9, 'f', 2)
                     .arg(lift.baseError, 10, 'f', 2)
                     .arg(lift.topError, 10, 'f', 2)
                     .arg(lift.lift(), 6, 'f', 2);
        out().flush();
        lifts.push_back(lift.lift());
    }
    if (lifts.empty())
        return;
    out() << QStringLiteral("RESULT review_top5_lift_min=%1 mean=%2\n")
                 .arg(*std::min_element(lifts.begin(), lifts.end()), 0, 'f', 2)
                 .arg(std::accumulate(lifts.begin(), lifts.end(), 0.0) / double(lifts.size()), 0,
                      'f', 2);
}

void plot(const QVector<Dataset> &datasets, const QVector<Curve> &curves, const QString &path)
{
    QCustomPlot plot;
    plot.resize(900, 520);
    plot.legend->setVisible(true);
    plot.xAxis->setLabel(QStringLiteral("human labels (% of the pool)"));
    plot.yAxis->setLabel(QStringLiteral("pool accuracy of the final labels (%)"));
    const QVector<QColor> colors = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00)};
    QVector<double> x = {0};
    for (int budget : kBudgetsPercent)
        x << budget;
    double low = 100;
    double high = 0;
    for (int d = 0; d < datasets.size(); ++d) {
        for (bool ranked : {false, true}) {
            QVector<double> y = {curves[d].baseline};
            y += ranked ? curves[d].ranked : curves[d].random;
            low = std::min(low, *std::min_element(y.begin(), y.end()));
            high = std::max(high, *std::max_element(y.begin(), y.end()));
            QCPGraph *graph = plot.addGraph();
            graph->setData(x, y);
            graph->setName(QStringLiteral("%1, %2").arg(datasets[d].name,
                                                        ranked ? QStringLiteral("ranked queue")
                                                               : QStringLiteral("random (paper)")));
            QPen pen(colors[d % colors.size()], 2.5, ranked ? Qt::SolidLine : Qt::DashLine);
            graph->setPen(pen);
            graph->setScatterStyle(
                QCPScatterStyle(ranked ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssCircle, 7));
        }
    }
    plot.xAxis->setRange(-0.5, kBudgetsPercent.last() + 0.5);
    plot.yAxis->setRange(low - 1, std::min(100.0, high + 1));
    plot.legend->setBrush(QColor(255, 255, 255, 220));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    if (!plot.savePng(path, 900, 520, 1.0))
        throw Error(QStringLiteral("cannot write %1").arg(path));
    out() << QStringLiteral("\ncurves written to %1\n").arg(path);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QStringList positional = app.arguments().mid(1);
    const bool liftOnly = positional.removeAll(QStringLiteral("--lift-only")) > 0;
    QString keepDir; // --keep DIR: the lift's distilled projects stay there, to inspect
    const qsizetype keep = positional.indexOf(QStringLiteral("--keep"));
    if (keep >= 0) {
        if (keep + 1 >= positional.size()) {
            QTextStream(stderr) << "bench_human_in_the_loop: --keep expects a folder\n";
            return 2;
        }
        keepDir = positional.at(keep + 1);
        positional.remove(keep, 2);
        QDir().mkpath(keepDir);
    }
    if (!positional.isEmpty())
        qputenv("CANDIST_SHARED_DATA", QFile::encodeName(positional.at(0)));
    const QString png = positional.size() > 1
                            ? positional.at(1)
                            : QStringLiteral(CANDIST_SOURCE_DIR "/docs/human-in-the-loop.png");
    const QVector<Dataset> datasets = {
        {QStringLiteral("TREC (LLM candidates)"),
         QStringLiteral("llm_annotations/trec_train_candidates/annotations.csv"),
         {QStringLiteral("llm_candidates")}},
        {QStringLiteral("AG News (3 human annotators)"),
         QStringLiteral("human_annotations/agnews_3human_annotators/annotations.csv"),
         {QStringLiteral("human_1"), QStringLiteral("human_2"), QStringLiteral("human_3")}},
    };
    try {
        QTemporaryDir workDir;
        if (!liftOnly) {
            QVector<Curve> curves;
            for (const Dataset &dataset : datasets)
                curves << runDataset(dataset, workDir.path());
            plot(datasets, curves, png);
            const int fivePercent = int(kBudgetsPercent.indexOf(5));
            double gain = 0;
            for (const Curve &curve : curves)
                gain += (curve.ranked[fivePercent] - curve.random[fivePercent]) / curves.size();
            out() << QStringLiteral("RESULT ranked_minus_random_at_5pct=%1\n").arg(gain, 0, 'f', 2);
        }
        reportLift(liftCases(datasets), keepDir.isEmpty() ? workDir.path() : keepDir);
        return 0;
    } catch (const Error &error) {
        QTextStream(stderr) << "bench_human_in_the_loop: " << error.message() << '\n';
        return 1;
    }
}
