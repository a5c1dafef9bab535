#include "student/classification_metrics.h"

#include "model/error.h"

namespace candist {

QJsonObject ClassificationReport::toJson() const
{
    QJsonObject classes;
    for (const ClassMetrics &m : perClass)
        classes.insert(m.label, QJsonObject{{QStringLiteral("precision"), m.precision},
                                            {QStringLiteral("recall"), m.recall},
                                            {QStringLiteral("f1"), m.f1},
                                            {QStringLiteral("support"), m.support}});
    return QJsonObject{{QStringLiteral("count"), count},
                       {QStringLiteral("accuracy"), accuracy},
                       {QStringLiteral("macro_f1"), macroF1},
                       {QStringLiteral("per_class"), classes}};
}

ClassificationReport classificationReport(const std::vector<int> &gold,
                                          const std::vector<int> &predicted,
                                          const QStringList &labelNames)
{
    if (gold.size() != predicted.size())
        throw Error(QStringLiteral("classification report: %1 gold labels but %2 predictions")
                        .arg(gold.size())
                        .arg(predicted.size()));
    const int c = int(labelNames.size());
    std::vector<int> truePositive(static_cast<size_t>(c), 0);
    std::vector<int> goldCount(static_cast<size_t>(c), 0);
    std::vector<int> predictedCount(static_cast<size_t>(c), 0);
    ClassificationReport report;
    report.count = int(gold.size());
    int correct = 0;
    for (size_t i = 0; i < gold.size(); ++i) {
        if (gold[i] < 0 || gold[i] >= c || predicted[i] < 0 || predicted[i] >= c)
            throw Error(
                QStringLiteral("classification report: label index out of range at %1").arg(i + 1));
        ++goldCount[size_t(gold[i])];
        ++predictedCount[size_t(predicted[i])];
        if (gold[i] == predicted[i]) {
            ++truePositive[size_t(gold[i])];
            ++correct;
        }
    }
    report.accuracy = gold.empty() ? 0.0 : double(correct) / double(gold.size());
    int present = 0;
    double f1Sum = 0;
    for (int j = 0; j < c; ++j) {
        ClassMetrics m;
        m.label = labelNames.at(j);
        m.support = goldCount[size_t(j)];
        const int tp = truePositive[size_t(j)];
        m.precision = predictedCount[size_t(j)] > 0 ? double(tp) / predictedCount[size_t(j)] : 0.0;
        m.recall = goldCount[size_t(j)] > 0 ? double(tp) / goldCount[size_t(j)] : 0.0;
        m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall)
                                          : 0.0;
        if (goldCount[size_t(j)] > 0 || predictedCount[size_t(j)] > 0) {
            ++present;
            f1Sum += m.f1;
        }
        report.perClass.push_back(m);
    }
    report.macroF1 = present > 0 ? f1Sum / present : 0.0;
    return report;
}

} // namespace candist
