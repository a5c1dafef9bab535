#include "curves_data.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QPointF>
#include <QSet>

#include "store/queries/curves_query.h"
#include "store/queries/run_query.h"

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

// Metric names are translated in the context "CurvesData", declared so that lupdate files the
// tr() calls and the QT_TRANSLATE_NOOP table under the same context.
class CurvesText
{
    Q_DECLARE_TR_FUNCTIONS(CurvesData)
};

const char *const kDefaultMetrics[] = {
    "pool_accuracy", "teacher_agreement", "share_out", "share_hc", "share_sl", "loss",
    "L_dr",          "L_cr_in",           "L_cr_out",  "L_mix"};

} // namespace

QString MetricStyle::axisLabel() const
{
    return unit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, unit);
}

MetricStyle metricStyle(const QString &key)
{
    const QString percent = QStringLiteral("%");
    struct Known
    {
        const char *key;
        const char *title;
        bool isFraction;
    };
    // The distiller's keys (core/student EpochMetrics::toJson); the loss terms keep the paper's
    // symbols, which is what a researcher looks for.
    static const Known known[] = {
        {"pool_accuracy", QT_TRANSLATE_NOOP("CurvesData", "pool accuracy"), true},
        {"test_accuracy", QT_TRANSLATE_NOOP("CurvesData", "test accuracy"), true},
        {"teacher_agreement", QT_TRANSLATE_NOOP("CurvesData", "agreement with the teacher"), true},
        {"share_out", QT_TRANSLATE_NOOP("CurvesData", "D_out share"), true},
        {"share_hc", QT_TRANSLATE_NOOP("CurvesData", "D_hc share"), true},
        {"share_sl", QT_TRANSLATE_NOOP("CurvesData", "D_sl share"), true},
        {"share_inside", QT_TRANSLATE_NOOP("CurvesData", "inside-set share"), true},
        {"mean_confidence", QT_TRANSLATE_NOOP("CurvesData", "mean confidence"), true},
        {"loss", QT_TRANSLATE_NOOP("CurvesData", "total loss"), false},
        {"L_dr", QT_TRANSLATE_NOOP("CurvesData", "loss L_dr (refined distribution)"), false},
        {"L_cr_in", QT_TRANSLATE_NOOP("CurvesData", "loss L_cr_in (inside the set)"), false},
        {"L_cr_out", QT_TRANSLATE_NOOP("CurvesData", "loss L_cr_out (outside the set)"), false},
        {"L_mix", QT_TRANSLATE_NOOP("CurvesData", "loss L_mix"), false},
        {"eta", QT_TRANSLATE_NOOP("CurvesData", "η (refinery weight)"), false},
    };
    for (const Known &metric : known) {
        if (key == QLatin1String(metric.key))
            return MetricStyle{CurvesText::tr(metric.title),
                               metric.isFraction ? percent : QString(),
                               metric.isFraction ? 100.0 : 1.0};
    }
    if (key == QLatin1String("seconds"))
        return MetricStyle{CurvesText::tr("epoch time"), CurvesText::tr("s"), 1.0};
    return MetricStyle{key, QString(), 1.0};
}

QStringList defaultMetrics(const QStringList &available)
{
    QStringList result;
    for (const char *key : kDefaultMetrics)
        if (available.contains(QLatin1String(key)))
            result << QLatin1String(key);
    return result;
}

QStringList orderedMetrics(const QStringList &available)
{
    QStringList result = defaultMetrics(available);
    QStringList rest;
    for (const QString &key : available)
        if (!result.contains(key))
            rest << key;
    rest.sort();
    return result + rest;
}

QString runTitle(const RunCurves &run)
{
    if (!run.name.isEmpty())
        return run.name;
    return CurvesText::tr("#%1 %2").arg(run.info.id).arg(run.info.method);
}

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
    const QHash<qint64, QString> names = run_query::runNames(store);
    for (const DistillationRunInfo &info : store.runs()) {
        RunCurves curves;
        curves.info = info;
        curves.name = names.value(info.id);
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
