#pragma once

#include <QMap>
#include <QString>
#include <QVector>

#include "store/project_store.h"

namespace candist {

// The stored runs and the annotation histograms the distillation view plots, read in one job.
struct RunCurves
{
    DistillationRunInfo info;
    QString name; // the user's name for the run (project meta), empty when unnamed
    // metric name ("loss", "share.out", ...) -> one value per epoch (x = epoch number)
    QMap<QString, QVector<QPointF>> series;
};

struct CurvesData
{
    QVector<RunCurves> runs;
    QMap<int, qint64> setSizes;     // candidate-set size -> samples
    QVector<qint64> confidenceBins; // kConfidenceBins equal bins over [0, 1]
    static constexpr int kConfidenceBins = 20;

    QStringList metricNames() const;
    static CurvesData load(ProjectStore &store);
};

// How a stored metric reads on a plot: a name a researcher recognises, its unit, and the factor
// from the stored value to the plotted one (fractions are plotted as percentages).
struct MetricStyle
{
    QString title; // "pool accuracy"
    QString unit;  // "%", "s", or empty
    double scale = 1.0;
    // "pool accuracy (%)": the axis label.
    QString axisLabel() const;
};
MetricStyle metricStyle(const QString &key);
// The metrics that get a plot of their own by default, in the order the small multiples show
// them: pool accuracy (written only when the project has gold), agreement with the teacher, the
// D_out / D_hc / D_sl shares, then the loss terms. Keys the runs did not write are left out.
QStringList defaultMetrics(const QStringList &available);
// `available` with the default metrics first (in their order), then the others sorted.
QStringList orderedMetrics(const QStringList &available);

// What the view calls a run: its name, or "#id method" when it has none.
QString runTitle(const RunCurves &run);

// Numeric leaves of an epoch's metrics object, nested objects joined with '.'; "epoch" itself
// is the x axis and is left out.
QMap<QString, double> numericMetrics(const QJsonObject &metrics);

} // namespace candist
