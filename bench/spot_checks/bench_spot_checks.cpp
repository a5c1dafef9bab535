// Are the spot-check intervals honest, and how wide are they? On real pools with real annotator
// labels (../shared/data), a student is distilled once from the annotations; then, for every seed
// and every n in 100, 300, 1000, `n` spot checks are drawn with the product's draw
// (core/review/spot_check_draw), answered from gold as a human would answer them, and estimated
// with the product's estimate (io/label_quality_estimate, the figures `stats` prints); the draw is
// rolled back before the next one. Reports for the teacher's, the student's and the final
// machine labels how often the 95 % intervals hold the true accuracy of those labels over the
// pool, and their mean widths. Ends with
//   RESULT spot_check_coverage_min=<lowest Wilson coverage> width_n300=<mean Wilson width of the
//   final labels at n = 300, points> ppi_width_n300=<the same, prediction-powered>
//
// usage: bench_spot_checks [--seeds N] [--no-distill] [--pool NAME=FILE.csv:COLUMN]...
//                          [SHARED_DATA_DIR]
// --pool replaces the default pools by annotation files with `text`, gold `label` and the
// annotator's COLUMN (a label or a '|'-separated candidate list), e.g. a simulated GPT-3.5-like
// teacher that `bench_student_quality --suite simulated` caches in
// build/bench/student_quality/teachers/ag-sim70.csv (column llm_candidates).
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

#include "io/annotation_importer.h"
#include "io/label_quality_estimate.h"
#include "io/sample_importer.h"
#include "model/error.h"
#include "review/spot_check_draw.h"
#include "store/project_store.h"
#include "store/queries/spot_check_query.h"
#include "student/distiller.h"

using namespace candist;

namespace {

struct Dataset
{
    QString name;
    QString annotations; // relative to the shared data folder, or absolute
    QString column;      // the annotator's column
};

const QVector<Dataset> kDefaultDatasets = {
    {QStringLiteral("AG News, human majority"),
     QStringLiteral("human_annotations/agnews_human_majority/annotations.csv"),
     QStringLiteral("human_mv_label")},
    {QStringLiteral("TREC, LLM candidates"),
     QStringLiteral("llm_annotations/trec_train_candidates/annotations.csv"),
     QStringLiteral("llm_candidates")},
};
const QVector<int> kSizes = {100, 300, 1000};
const char *const kSources[] = {"teacher", "student", "final"};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The true accuracy of each machine source over the pool (no human labels yet, so the final
// label is the machine's); nullopt when the source labels nothing.
std::map<QString, double> trueAccuracies(const ProjectStore &store)
{
    const auto gold = store.goldLabels();
    std::map<QString, std::pair<double, double>> counts; // right, labelled
    for (const auto &[row, label] : gold) {
        const auto teacher = store.teacherResult(row);
        if (teacher && teacher->status == TeacherStatus::Ok && !teacher->candidates.isEmpty()) {
            counts["teacher"].first += teacher->candidates.first() == label;
            counts["teacher"].second += 1;
        }
        if (const auto student = store.studentResult(row)) {
            counts["student"].first += student->predicted == label;
            counts["student"].second += 1;
        }
        const FinalLabel final = store.finalLabel(row);
        if (final.label >= 0) {
            counts["final"].first += final.label == label;
            counts["final"].second += 1;
        }
    }
    std::map<QString, double> result;
    for (const auto &[source, count] : counts)
        result[source] = count.first / count.second;
    return result;
}

struct Cell
{
    int repeats = 0;
    int wilsonCovered = 0;
    int ppiRepeats = 0;
    int ppiCovered = 0;
    double wilsonWidth = 0;
    double ppiWidth = 0;
};

double ratio(double a, int b)
{
    return b > 0 ? a / b : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seeds = 100;
    bool distil = true;
    QVector<Dataset> datasets;
    QString dataDir = QStringLiteral(CANDIST_SOURCE_DIR "/../shared/data");
    if (qEnvironmentVariableIsSet("CANDIST_SHARED_DATA"))
        dataDir = qEnvironmentVariable("CANDIST_SHARED_DATA");
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--seeds") && i + 1 < arguments.size())
            seeds = std::max(1, arguments[++i].toInt());
        else if (arguments[i] == QLatin1String("--no-distill"))
            distil = false;
        else if (arguments[i] == QLatin1String("--pool") && i + 1 < arguments.size()) {
            const QString pool = arguments[++i];
            const qsizetype equals = pool.indexOf(QLatin1Char('='));
            const qsizetype colon = pool.lastIndexOf(QLatin1Char(':'));
            if (equals < 1 || colon < equals) {
                QTextStream(stderr) << "bench_spot_checks: --pool wants NAME=FILE.csv:COLUMN\n";
                return 2;
            }
            datasets << Dataset{pool.left(equals), pool.mid(equals + 1, colon - equals - 1),
                                pool.mid(colon + 1)};
        } else
            dataDir = arguments[i];
    }

    if (datasets.isEmpty())
        datasets = kDefaultDatasets;
    try {
        QTemporaryDir work;
        double coverageMin = 1;
        double ppiCoverageMin = 1;
        double widthN300 = 0;
        double ppiWidthN300 = 0;
        int widthPools = 0;
        int ppiWidthPools = 0;
        for (int d = 0; d < datasets.size(); ++d) {
            const Dataset &dataset = datasets[d];
            const QString project = work.filePath(QStringLiteral("pool-%1.candist").arg(d));
            ImportOptions import;
            import.inputPath = QDir::isAbsolutePath(dataset.annotations)
                                   ? dataset.annotations
                                   : dataDir + QLatin1Char('/') + dataset.annotations;
            import.goldColumn = QStringLiteral("label");
            SampleImporter::importIntoProject(project, import);
            ProjectStore store(project);
            AnnotationImportOptions annotations;
            annotations.inputPath = import.inputPath;
            annotations.columns = {dataset.column};
            AnnotationImporter::run(store, annotations);
            if (distil) {
                DistillationOptions options;
                options.seed = 1;
                Distiller::run(store, options);
            }
            const std::map<QString, double> truth = trueAccuracies(store);
            const auto gold = store.goldLabels();
            const std::map<SampleRow, int> goldByRow(gold.begin(), gold.end());

            std::map<std::pair<int, QString>, Cell> cells;
            for (const int n : kSizes) {
                for (int seed = 1; seed <= seeds; ++seed) {
                    // Rolled back at the end of the scope: every draw starts from the same pool.
                    ProjectStore::Transaction transaction(store);
                    const SpotCheckDrawReport draw = SpotCheckDraw::run(store, n, seed);
                    for (const SampleRow row : draw.rows)
                        store.recordHumanDecision({row, HumanAction::Label, goldByRow.at(row), {}});
                    const QJsonObject estimates =
                        LabelQualityEstimate::fromEvidence(spot_check_query::evidence(store))
                            .toJson();
                    for (const char *source : kSources) {
                        const auto known = truth.find(QLatin1String(source));
                        const QJsonObject estimate =
                            estimates.value(QLatin1String(source)).toObject();
                        if (known == truth.end() || !estimate.value("accuracy").isDouble())
                            continue;
                        Cell &cell = cells[{n, QLatin1String(source)}];
                        const double low = estimate.value("ci_low").toDouble();
                        const double high = estimate.value("ci_high").toDouble();
                        ++cell.repeats;
                        cell.wilsonCovered += low <= known->second && known->second <= high;
                        cell.wilsonWidth += high - low;
                        const QJsonObject ppi = estimate.value("prediction_powered").toObject();
                        if (!ppi.isEmpty()) {
                            const double pLow = ppi.value("ci_low").toDouble();
                            const double pHigh = ppi.value("ci_high").toDouble();
                            ++cell.ppiRepeats;
                            cell.ppiCovered += pLow <= known->second && known->second <= pHigh;
                            cell.ppiWidth += pHigh - pLow;
                        }
                    }
                }
            }

            out() << QStringLiteral("\n%1: %2 samples, %3 draws per n\n")
                         .arg(dataset.name)
                         .arg(store.sampleCount())
                         .arg(seeds);
            out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                         .arg(QStringLiteral("labels"), -8)
                         .arg(QStringLiteral("true %"), 7)
                         .arg(QStringLiteral("n"), 5)
                         .arg(QStringLiteral("Wilson cover"), 13)
                         .arg(QStringLiteral("width"), 6)
                         .arg(QStringLiteral("PPI cover"), 10)
                         .arg(QStringLiteral("width"), 6);
            for (const char *source : kSources) {
                const auto known = truth.find(QLatin1String(source));
                if (known == truth.end())
                    continue;
                for (const int n : kSizes) {
                    const Cell &cell = cells[{n, QLatin1String(source)}];
                    const double coverage = ratio(cell.wilsonCovered, cell.repeats);
                    const double ppiCoverage = ratio(cell.ppiCovered, cell.ppiRepeats);
                    out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                                 .arg(QLatin1String(source), -8)
                                 .arg(known->second * 100, 7, 'f', 2)
                                 .arg(n, 5)
                                 .arg(coverage, 13, 'f', 3)
                                 .arg(ratio(cell.wilsonWidth, cell.repeats) * 100, 6, 'f', 2)
                                 .arg(ppiCoverage, 10, 'f', 3)
                                 .arg(ratio(cell.ppiWidth, cell.ppiRepeats) * 100, 6, 'f', 2);
                    if (cell.repeats > 0)
                        coverageMin = std::min(coverageMin, coverage);
                    if (cell.ppiRepeats > 0)
                        ppiCoverageMin = std::min(ppiCoverageMin, ppiCoverage);
                }
            }
            const Cell &final300 = cells[{300, QStringLiteral("final")}];
            if (final300.repeats > 0) {
                widthN300 += ratio(final300.wilsonWidth, final300.repeats) * 100;
                ++widthPools;
            }
            if (final300.ppiRepeats > 0) {
                ppiWidthN300 += ratio(final300.ppiWidth, final300.ppiRepeats) * 100;
                ++ppiWidthPools;
            }
            out().flush();
        }
        out() << QStringLiteral("\nprediction-powered coverage, lowest: %1\n")
                     .arg(ppiWidthPools > 0 ? ppiCoverageMin
                                            : std::numeric_limits<double>::quiet_NaN(),
                          0, 'f', 3);
        out() << QStringLiteral("RESULT spot_check_coverage_min=%1 width_n300=%2 "
                                "ppi_width_n300=%3\n")
                     .arg(coverageMin, 0, 'f', 3)
                     .arg(ratio(widthN300, widthPools), 0, 'f', 2)
                     .arg(ratio(ppiWidthN300, ppiWidthPools), 0, 'f', 2);
    } catch (const Error &error) {
        QTextStream(stderr) << "bench_spot_checks: " << error.message() << '\n';
        return 1;
    }
    return 0;
}
