#include "io/label_quality_estimate.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

namespace candist {

namespace {

double clip01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

SourceQuality sourceQuality(const QVector<spot_check_query::Answer> &answers,
                            spot_check_query::MachineLabel spot_check_query::Answer::*source,
                            const spot_check_query::ConfidenceSums &pool)
{
    SourceQuality quality;
    quality.labelled = pool.labelled;
    std::vector<double> residuals;
    bool everyConfidence = pool.withConfidence == pool.labelled;
    for (const spot_check_query::Answer &answer : answers) {
        const spot_check_query::MachineLabel &label = answer.*source;
        if (label.label < 0)
            continue;
        const bool right = label.label == answer.human;
        ++quality.n;
        quality.correct += right ? 1 : 0;
        if (label.confidence)
            residuals.push_back((right ? 1.0 : 0.0) - *label.confidence);
        else
            everyConfidence = false;
    }
    quality.wilson = wilsonInterval(quality.correct, quality.n);
    if (everyConfidence && pool.labelled > 1) {
        const double n = double(pool.labelled);
        const double mean = pool.sum / n;
        const double variance = std::max(0.0, (pool.sumOfSquares - n * mean * mean) / (n - 1));
        quality.predictionPowered =
            predictionPoweredInterval(mean, variance, pool.labelled, residuals);
    }
    return quality;
}

QJsonValue number(const std::optional<EstimateInterval> &interval, double EstimateInterval::*member)
{
    return interval ? QJsonValue((*interval).*member) : QJsonValue(QJsonValue::Null);
}

QJsonObject intervalJson(const std::optional<EstimateInterval> &interval)
{
    return {{QStringLiteral("accuracy"), number(interval, &EstimateInterval::estimate)},
            {QStringLiteral("ci_low"), number(interval, &EstimateInterval::low)},
            {QStringLiteral("ci_high"), number(interval, &EstimateInterval::high)}};
}

QJsonObject sourceJson(const SourceQuality &quality)
{
    QJsonObject json = intervalJson(quality.wilson);
    json.insert(QStringLiteral("n"), quality.n);
    json.insert(QStringLiteral("correct"), quality.correct);
    json.insert(QStringLiteral("labelled"), quality.labelled);
    json.insert(QStringLiteral("prediction_powered"),
                quality.predictionPowered ? QJsonValue(intervalJson(quality.predictionPowered))
                                          : QJsonValue(QJsonValue::Null));
    return json;
}

QString percent(double share)
{
    return QString::number(std::lround(share * 100));
}

QString count(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

// "81 % correct (95 % CI 77–85 %, 300 spot checks)" of a sourceJson() object with answers.
QString sentence(const QString &what, const QJsonObject &source)
{
    const auto share = [](const QJsonObject &object, const char *key) {
        return percent(object.value(QLatin1String(key)).toDouble());
    };
    const qint64 n = source.value(QStringLiteral("n")).toInteger();
    QString text =
        QStringLiteral("%1 ≈ %2 % correct (95 % CI %3–%4 %, %5 spot check%6)")
            .arg(what, share(source, "accuracy"), share(source, "ci_low"), share(source, "ci_high"),
                 count(double(n)), n == 1 ? QString() : QStringLiteral("s"));
    const QJsonObject ppi = source.value(QStringLiteral("prediction_powered")).toObject();
    if (!ppi.isEmpty()) {
        text += QStringLiteral("; prediction-powered ≈ %1 % (95 % CI %2–%3 %)")
                    .arg(share(ppi, "accuracy"), share(ppi, "ci_low"), share(ppi, "ci_high"));
    }
    return text;
}

} // namespace

std::optional<EstimateInterval> wilsonInterval(qint64 successes, qint64 n, double z)
{
    if (n <= 0)
        return std::nullopt;
    const double share = double(successes) / double(n);
    const double z2n = z * z / double(n);
    const double centre = (share + z2n / 2) / (1 + z2n);
    const double half =
        z / (1 + z2n) * std::sqrt(share * (1 - share) / double(n) + z2n / (4 * double(n)));
    // At 0 and n successes the bound is exactly 0 or 1; rounding must not move it off.
    return EstimateInterval{share, successes == 0 ? 0.0 : clip01(centre - half),
                            successes == n ? 1.0 : clip01(centre + half)};
}

std::optional<EstimateInterval> predictionPoweredInterval(double poolMean, double poolVariance,
                                                          qint64 poolSize,
                                                          const std::vector<double> &residuals,
                                                          double z)
{
    const size_t n = residuals.size();
    if (n < 2 || poolSize <= 0)
        return std::nullopt;
    double mean = 0;
    for (const double residual : residuals)
        mean += residual;
    mean /= double(n);
    double squares = 0;
    for (const double residual : residuals)
        squares += (residual - mean) * (residual - mean);
    const double residualVariance = squares / double(n - 1);
    const double half =
        z * std::sqrt(poolVariance / double(poolSize) + residualVariance / double(n));
    const double estimate = poolMean + mean;
    return EstimateInterval{clip01(estimate), clip01(estimate - half), clip01(estimate + half)};
}

std::optional<SourceQuality::Chosen> SourceQuality::narrowerInterval() const
{
    if (!wilson)
        return std::nullopt;
    const auto width = [](const EstimateInterval &interval) {
        return interval.high - interval.low;
    };
    if (predictionPowered && width(*predictionPowered) < width(*wilson))
        return Chosen{*predictionPowered, true};
    return Chosen{*wilson, false};
}

LabelQualityEstimate LabelQualityEstimate::fromEvidence(const spot_check_query::Evidence &evidence)
{
    using spot_check_query::Answer;
    LabelQualityEstimate estimate;
    estimate.drawn = evidence.drawn;
    estimate.answered = evidence.answers.size();
    estimate.machineLabelled = evidence.machineLabelled;
    estimate.teacher = sourceQuality(evidence.answers, &Answer::teacher, evidence.teacher);
    estimate.student = sourceQuality(evidence.answers, &Answer::student, evidence.student);
    estimate.final = sourceQuality(evidence.answers, &Answer::final, evidence.final);
    return estimate;
}

QJsonObject LabelQualityEstimate::toJson() const
{
    QJsonObject final = sourceJson(this->final);
    if (this->final.wilson) {
        // Wrong labels among those the export takes from the machine: the lowest accuracy
        // bound gives the most wrong labels.
        const double labels = double(machineLabelled);
        final.insert(
            QStringLiteral("expected_wrong"),
            QJsonObject{{QStringLiteral("estimate"), (1 - this->final.wilson->estimate) * labels},
                        {QStringLiteral("low"), (1 - this->final.wilson->high) * labels},
                        {QStringLiteral("high"), (1 - this->final.wilson->low) * labels},
                        {QStringLiteral("machine_labelled"), machineLabelled}});
    }
    return {{QStringLiteral("spot_checks"),
             QJsonObject{{QStringLiteral("drawn"), drawn}, {QStringLiteral("answered"), answered}}},
            {QStringLiteral("teacher"), sourceJson(teacher)},
            {QStringLiteral("student"), sourceJson(student)},
            {QStringLiteral("final"), final}};
}

QStringList LabelQualityEstimate::describe(const QJsonObject &estimates)
{
    QStringList lines;
    const auto hasAnswers = [](const QJsonObject &source) {
        return source.value(QStringLiteral("accuracy")).isDouble();
    };
    for (const char *name : {"teacher", "student"}) {
        const QJsonObject source = estimates.value(QLatin1String(name)).toObject();
        if (hasAnswers(source))
            lines << sentence(QLatin1String(name) + QStringLiteral(" labels"), source);
    }
    const QJsonObject final = estimates.value(QStringLiteral("final")).toObject();
    if (hasAnswers(final)) {
        const QJsonObject wrong = final.value(QStringLiteral("expected_wrong")).toObject();
        const auto value = [&](const char *key) {
            return count(wrong.value(QLatin1String(key)).toDouble());
        };
        lines << sentence(QStringLiteral("final labels"), final) +
                     QStringLiteral(", about %1 of %2 machine labels expected wrong (%3–%4)")
                         .arg(value("estimate"), value("machine_labelled"), value("low"),
                              value("high"));
    }
    return lines;
}

} // namespace candist
