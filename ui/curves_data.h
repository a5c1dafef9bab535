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

// Numeric leaves of an epoch's metrics object, nested objects joined with '.'; "epoch" itself
// is the x axis and is left out.
QMap<QString, double> numericMetrics(const QJsonObject &metrics);

} // namespace candist
