#pragma once

#include <vector>

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace candist {

struct ClassMetrics
{
    QString label;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int support = 0; // gold count
};

struct ClassificationReport
{
    int count = 0;
    double accuracy = 0;
    double macroF1 = 0; // mean F1 over the labels that occur in gold or predictions
    QVector<ClassMetrics> perClass;

    // {"count", "accuracy", "macro_f1", "per_class": {label: {precision, recall, f1, support}}}
    QJsonObject toJson() const;
};

// gold and predicted are label indices into labelNames (same length).
ClassificationReport classificationReport(const std::vector<int> &gold,
                                          const std::vector<int> &predicted,
                                          const QStringList &labelNames);

} // namespace candist
