#include "curves_data.h"

#include <QJsonValue>
#include <QPointF>
#include <QSet>

#include "store/queries/curves_query.h"

namespace candist {

namespace {

void flatten(const QJsonObject &object, const QString &prefix, QMap<QString, double> &out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it->isDouble())
            out.insert(key, it->toDouble());
        else if (it->isBool())
            continue;
        else if (it->isObject())
            flatten(it->toObject(), key, out);
    }
}

} // namespace

QMap<QString, double> numericMetrics(const QJsonObject &metrics)
{
    QMap<QString, double> result;
    flatten(metrics, QString(), result);
    result.remove(QStringLiteral("epoch"));
    return result;
}

QStringList CurvesData::metricNames() const
{
    QSet<QString> names;
    for (const RunCurves &run : runs)
        for (auto it = run.series.constBegin(); it != run.series.constEnd(); ++it)
            names.insert(it.key());
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

CurvesData CurvesData::load(ProjectStore &store)
{
    CurvesData data;
    for (const DistillationRunInfo &info : store.runs()) {
        RunCurves curves;
        curves.info = info;
        const QVector<QJsonObject> epochs = store.runEpochs(info.id);
        for (int i = 0; i < epochs.size(); ++i) {
            const QJsonObject &epoch = epochs.at(i);
            const double x = epoch.contains(QStringLiteral("epoch"))
                                 ? epoch.value(QStringLiteral("epoch")).toDouble()
                                 : double(i + 1);
            const QMap<QString, double> metrics = numericMetrics(epoch);
            for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it)
                curves.series[it.key()].append(QPointF(x, it.value()));
        }
        data.runs.append(curves);
    }
    curves_query::AnnotationHistograms histograms =
        curves_query::annotationHistograms(store, kConfidenceBins);
    data.setSizes = std::move(histograms.setSizes);
    data.confidenceBins = std::move(histograms.confidenceBins);
    return data;
}

} // namespace candist
