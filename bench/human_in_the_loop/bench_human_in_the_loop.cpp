// Does ranking the review queue pay? Gold labels play the human: the student gets human labels
// for 2/5/10/20 % of the pool, chosen (a) at random, as in the paper's hybrid setting, and (b)
// from the top of our review queue (core/review), is re-distilled, and the pool's final labels
// are scored against gold. Prints a table, writes the curves as a PNG and ends with
//   RESULT ranked_minus_random_at_5pct=<points, mean over datasets and seeds>
//
// usage: bench_human_in_the_loop [SHARED_DATA_DIR] [OUT.png]
#include <algorithm>
#include <cstdio>
#include <map>
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
#include "model/error.h"
#include "review/review_ranker.h"
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

Curve runDataset(const Dataset &dataset, const QString &dataDir, const QString &workDir)
{
    const QString base =
        workDir + QLatin1Char('/') + dataset.name + QStringLiteral("-base.candist");
    ImportOptions import;
    import.inputPath = dataDir + QLatin1Char('/') + dataset.annotations;
    import.goldColumn = QStringLiteral("label");
    SampleImporter::importIntoProject(base, import);
    {
        ProjectStore store(base);
        AnnotationImportOptions annotations;
        annotations.inputPath = import.inputPath;
        annotations.columns = dataset.columns;
        AnnotationImporter::run(store, annotations);
    }
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
    const QString dataDir = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QStringLiteral(CANDIST_SOURCE_DIR "/../shared/data");
    const QString png = argc > 2 ? QString::fromLocal8Bit(argv[2])
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
        QVector<Curve> curves;
        for (const Dataset &dataset : datasets)
            curves << runDataset(dataset, dataDir, workDir.path());
        plot(datasets, curves, png);
        const int fivePercent = int(kBudgetsPercent.indexOf(5));
        double gain = 0;
        for (const Curve &curve : curves)
            gain += (curve.ranked[fivePercent] - curve.random[fivePercent]) / curves.size();
        out() << QStringLiteral("RESULT ranked_minus_random_at_5pct=%1\n").arg(gain, 0, 'f', 2);
        return 0;
    } catch (const Error &error) {
        QTextStream(stderr) << "bench_human_in_the_loop: " << error.message() << '\n';
        return 1;
    }
}
