#pragma once

#include <QMap>
#include <QVector>

#include "store/project_store.h"

namespace candist::curves_query {

// The annotation histograms the distillation view plots beside the runs' curves.
struct AnnotationHistograms
{
    QMap<int, qint64> setSizes;     // candidate-set size -> samples the teacher answered
    QVector<qint64> confidenceBins; // `bins` equal bins of the student's confidence over [0, 1]
};

AnnotationHistograms annotationHistograms(const ProjectStore &store, int bins);

} // namespace candist::curves_query
